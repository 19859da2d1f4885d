"""Direct quotations, found from their quotation marks before anyone asks who said them.

Quotation-first: every quotation of the story is found here, independently of attribution, so
that a quote whose speaker cannot be read still reaches the sources page (as unattributed) and is
never dropped. The marks are German „…“ and »…«, Swiss «…», English “…” and "…", and single
‚…‘, ‘…’ and '…'. A quote that runs over several paragraphs (each paragraph opens with a mark,
only the last one closes) gives one quotation per paragraph. Marks inside a quote (nested quotes)
stay part of the outer quote.

Each quotation keeps its exact offsets: ``document.text[q.start:q.end]`` is the quoted text,
without the marks and without a trailing comma that belongs to the attribution ('"…," said X').
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import LANGUAGES, lexicon, merged
from .segment import Document, Paragraph

_SINGLE = "‘'‚›‹"
# A single-quoted quote is short; beyond this, an unmatched ' is an apostrophe, not a quote.
_MAX_SINGLE = 400
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Quotation:
    start: int  # the quoted words, without marks
    end: int
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph's end when the quote runs on
    paragraph: int
    runs_on: bool = False  # no closing mark in this paragraph: the quote continues in the next
    continues: bool = False  # this paragraph goes on with the previous paragraph's quote

    def words(self, text: str) -> int:
        return len(_WORD_RE.findall(text[self.start:self.end]))


@dataclass(frozen=True)
class _Marks:
    """A language's quotation marks: opener -> the marks that may close it (from its lexicon)."""

    pairs: dict[str, str]
    openers: re.Pattern[str]
    closers: dict[str, re.Pattern[str]]


@functools.cache
def _marks(language: str) -> _Marks:
    # The article's own marks first, then other languages' marks it does not use itself: an English
    # article may quote a German speaker »…«.
    pairs = dict(lexicon(language).quote_pairs) if language in LANGUAGES else {}
    for opener, closers in merged("quote_pairs").items():
        if not any(opener in c or opener == o for o, c in pairs.items()):
            pairs[opener] = closers
    # A mark that closes only its own kind and closes another pair too (English ” … ”) opens nothing:
    # a stray closer must not swallow the paragraph.
    pairs = {o: c for o, c in pairs.items()
             if not (c == o and any(o in other for k, other in pairs.items() if k != o))}
    return _Marks(pairs, re.compile("[" + re.escape("".join(pairs)) + "]"),
                  {c: re.compile("[" + re.escape(c) + "]") for c in set(pairs.values())})


def find_quotations(document: Document) -> list[Quotation]:
    """The outer direct quotations of the story, in text order."""
    found: list[Quotation] = []
    running = False
    marks = _marks(document.language)
    for paragraph in document.story_paragraphs():
        quotes = _paragraph_quotations(paragraph, document.text, running, marks)
        running = bool(quotes) and quotes[-1].runs_on
        found.extend(quotes)
    return found


def _paragraph_quotations(paragraph: Paragraph, text: str, after_running: bool, marks: _Marks) -> list[Quotation]:
    spans: list[Quotation] = []
    i, end = paragraph.start, paragraph.end
    while i < end:
        opener = marks.openers.search(text, i, end)  # jump to the next mark: paragraphs can be long
        if opener is None:
            break
        i = opener.start()
        mark = text[i]
        if not _opens(text, i, paragraph.start, end):
            i += 1
            continue
        close = _find_closer(text, i + 1, end, marks.closers[marks.pairs[mark]], mark)
        runs_on = close is None
        if runs_on and not _runs_to_paragraph_end(text, i, paragraph.start, end):
            i += 1  # a stray mark or an apostrophe
            continue
        inner_start, inner_end = i + 1, (close if close is not None else end)
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        # “We will appeal,” said X: the comma before the closing mark belongs to the sentence.
        while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
            inner_end -= 1
        if inner_end > inner_start and _WORD_RE.search(text, inner_start, inner_end):
            continues = after_running and not spans and text[paragraph.start:i].strip() == ""
            spans.append(Quotation(inner_start, inner_end, i, close if close is not None else end,
                                   paragraph.number, runs_on, continues))
        i = (close if close is not None else end) + 1
    return spans


def _opens(text: str, i: int, floor: int, end: int) -> bool:
    """Whether the mark at ``i`` can open a quote: single marks only at the start of a word."""
    mark = text[i]
    if mark in _SINGLE:
        before = text[i - 1] if i > floor else " "
        after = text[i + 1] if i + 1 < end else " "
        # "rock ‘n’ roll", "'90s", "Jones'": not quotes. A quote opens after a space or a dash and
        # before a letter.
        if before.isalnum() or not (after.isalpha() or after in "[…"):
            return False
    if mark == '"' and i + 1 < end and text[i + 1].isspace() and i > floor and not text[i - 1].isspace():
        return False  # the closing half of a pair we could not open
    return True


def _find_closer(text: str, start: int, end: int, pattern: re.Pattern[str], opener: str) -> int | None:
    limit = min(end, start + _MAX_SINGLE) if opener in _SINGLE else end
    match = pattern.search(text, start, limit)
    while match is not None:
        j = match.start()
        following = text[j + 1] if j + 1 < end else " "
        preceding = text[j - 1] if j > start else " "
        # "company’s", "don't" are apostrophes; so is a ' after a space inside a single-quoted quote
        apostrophe = text[j] in "’'" and (following.isalpha() or (opener in "'‘" and preceding.isspace()))
        if not apostrophe:
            return j
        match = pattern.search(text, j + 1, limit)
    return None


def _runs_to_paragraph_end(text: str, i: int, floor: int, end: int) -> bool:
    """An unclosed mark opens a quote that runs on when it opens the paragraph or a sentence
    ('He said: "We will …', '… she says. ‘Moving them …') and the paragraph ends a sentence."""
    tail = text[i + 1:end].rstrip()
    before = text[floor:i].rstrip()
    return bool(tail) and tail[-1] in ".!?…" and (not before or before[-1] in ".!?:,;–—")


# Words that give something a name: what follows in quotation marks is that name.
_NAMED_BEFORE_RE = re.compile(r"\b(?:nennt|nannte|nennen|heißt|hieß|genannt|sogenannte[nmrs]?|namens|Titel|"
                              r"called|calls|named|dubbed|known\s+as|titled|so-called|entitled)\b"
                              r"(?:\s+[\w-]+){0,3}\s*$")


# Where a speaker's words went: "sagte er dem „Tagesspiegel“", "told the "Guardian"".
_OUTLET_BEFORE_RE = re.compile(r"\b(?:dem|der|des|im|vom|beim|zum|zur|told\s+the|told)\s*$", re.IGNORECASE)


def is_label(document: Document, quotation: Quotation) -> bool:
    """Quoted terms, titles and names of one or two words are labels, not quotes: "Radio Control Law",
    „Grüner Südosten“, "Ripley". A short lower-case fragment ("swindling"), a German noun
    („Trauerspiel“) or a quote that opens its sentence may still be someone's words."""
    text = document.text
    words = _WORD_RE.findall(text[quotation.start:quotation.end])
    if len(words) <= 3 and words and all(w[:1].isupper() for w in words) and \
            _OUTLET_BEFORE_RE.search(text, max(0, quotation.open - 20), quotation.open):
        return True  # "sagte er der «Hannoverschen Allgemeinen Zeitung»": a newspaper's name
    if len(words) >= 3:
        return False
    if not words:
        return True
    if not text[:quotation.open].rstrip() or text[:quotation.open].rstrip()[-1] in ".!?:\n":
        return False  # „C“, so Zimmermann: the whole sentence is the quote
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if _NAMED_BEFORE_RE.search(text, max(0, quotation.open - 60), quotation.open) and len(capitalised) == len(words):
        return True  # "nennt das Programm „Hilfe“", "known as the "Radio Law"": a name given to something
    if document.language == "de":
        return len(capitalised) == len(words) == 2 or (len(words) == 1 and words[0].isupper())
    return bool(capitalised)
