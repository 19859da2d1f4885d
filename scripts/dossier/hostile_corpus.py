"""Deterministic pathological seeds for the benchmark and the tests: ``hostile_seed("ranges", 50_000)``.

Each shape reproduces an input that once made conversion quadratic in time or output (issue 14):
paragraphs of thousands of words without a full stop, a whole seed that is one sentence of dates
and numbers, chains of quote pairs and of "sagte X,", and number ranges. Pure functions: the same
shape and size give the same text on every machine, at most ``size`` bytes of UTF-8.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

NAMES = ("Anna Müller", "Tom Weber", "Jana Klein", "Kate Ryan", "Paul Schulz", "Aylin Yilmaz", "Max Fischer")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
WORDS_DE = ("die", "Klage", "gegen", "das", "Unternehmen", "wurde", "eingereicht", "und", "Frauen", "verklagt",
            "Behörden", "prüfen", "den", "Fall", "weiter", "mit", "einem", "Plan", "für", "Radwege")
WORDS_EN = ("the", "lawsuit", "against", "company", "was", "filed", "and", "women", "sued", "officials",
            "review", "case", "further", "with", "plan", "for", "cycle", "lanes", "council", "approved")


def _date_de(r: random.Random) -> str:
    return f"am {r.randint(1, 28)}. {r.choice(MONTHS_DE)} {r.randint(1990, 2024)}"


def _figure_de(r: random.Random) -> str:
    return r.choice((f"{r.randint(2, 99)} Prozent", f"{r.randint(2, 999)}.000 Euro",
                     f"{r.randint(2, 90)} Millionen US-Dollar", f"mehr als {r.randint(11, 500)} Frauen"))


def _long_paragraph_words(r: random.Random) -> str:
    """A clause of story words, a date or a figure: never a full stop."""
    kind = r.randint(0, 9)
    if kind == 0:
        return _date_de(r)
    if kind == 1:
        return _figure_de(r)
    if kind == 2:
        return f"sagte {r.choice(NAMES)}"
    return " ".join(r.choice(WORDS_DE) for _ in range(r.randint(2, 8)))


def _paragraphs(r: random.Random) -> Iterator[str]:
    """Paragraphs of about 19,000 characters without sentence punctuation, separated by blank lines
    (just short enough for SoMaJo, which then finds no end of sentence in them)."""
    length = 0
    while True:
        chunk = _long_paragraph_words(r)
        length += len(chunk) + 1
        if length > 19_000:
            yield chunk + "\n\n"
            length = 0
        else:
            yield chunk + " "


def _chunks(make: Callable[[random.Random], str]) -> Callable[[random.Random], Iterator[str]]:
    def generate(r: random.Random) -> Iterator[str]:
        while True:
            yield make(r)
    return generate


SHAPES: dict[str, Callable[[random.Random], Iterator[str]]] = {
    # 95 KB of these took 116 s and wrote 2 GB into docs/ before sentences were cut into windows.
    "paragraphs": _paragraphs,
    # One German sentence of dates and numbers, commas only.
    "one-sentence": _chunks(lambda r: f"{_date_de(r)} stiegen die Kosten um {_figure_de(r)}, "),
    # The same in English.
    "one-sentence-en": _chunks(lambda r: f"on {r.choice(MONTHS_EN)} {r.randint(1, 28)}, {r.randint(1990, 2024)} "
                                         f"costs rose {r.randint(2, 99)} percent to ${r.randint(2, 999)},000, "),
    # Quote pairs, attributed and not, in one sentence.
    "quotes": _chunks(lambda r: f"„{' '.join(r.choice(WORDS_DE) for _ in range(r.randint(2, 6)))}“, sagte "
                                f"{r.choice(NAMES)}, „{' '.join(r.choice(WORDS_DE) for _ in range(3))}“ "),
    # "sagte X," after "sagte X," in one sentence.
    "sagte-chain": _chunks(lambda r: f"sagte {r.choice(NAMES)}, "),
    # Ranges and changes, in one sentence.
    "ranges": _chunks(lambda r: r.choice((f"zwischen {r.randint(2, 40)} und {r.randint(41, 90)} Prozent, ",
                                          f"{r.randint(2, 40)} bis {r.randint(41, 90)} Millionen Euro, ",
                                          f"von {r.randint(2, 40)} auf {r.randint(41, 90)} Prozent, ",
                                          f"{r.randint(2, 40)}-{r.randint(41, 90)} Menschen, "))),
}


def hostile_seed(shape: str, size: int) -> str:
    """A seed of ``shape`` (see SHAPES) of at most ``size`` bytes, ending in a full stop and a newline."""
    r = random.Random(f"{shape}-{size}")
    parts: list[str] = []
    used = 2  # the closing ".\n"
    for chunk in SHAPES[shape](r):
        chunk_bytes = len(chunk.encode())
        if used + chunk_bytes > size:
            break
        parts.append(chunk)
        used += chunk_bytes
    return "".join(parts).rstrip(" ,\n") + ".\n"
