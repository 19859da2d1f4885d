"""Reading numbers as written in German and English news: numerals, number words and scale words.

Pure helpers for :mod:`dossier.figures`. Everything here answers "what value does this spelling
stand for?"; deciding whether a number is a *figure* (and not a year, a date or a name) is left to
``figures.py``.
"""

from __future__ import annotations

import re

from .lexicon import lexicon, lexicons

# --- numerals ------------------------------------------------------------------------------------

# A numeral: either grouped in threes ("1.234.567", "291,000", "1'000") with an optional decimal
# part, or plain digits with an optional decimal part ("2,5", "2.5", "2013").
NUMERAL_PATTERN = (r"(?:\d{1,3}(?:[.,'’\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)")

# A run of more digits than this is a code, a hash or garbage, not a figure; reading it could also
# overflow a float or exceed Python's limit for int() (4,300 digits), which once crashed a conversion.
MAX_NUMERAL_DIGITS = 30

# A numeral with marks, unless it is a date or a time ("3.5.", "3.5.2019", "10.30 Uhr", "10:30").
_NUMERAL_WITH_MARKS = re.compile(r"(?<![\d.,:])\d[\d.,]*\d(?![\d.,:]|\s*(?:Uhr|h|a\.m\.|p\.m\.)\b)")
_MARKS_RE = re.compile(r"[.,]")


def decimal_mark(text: str, language: str) -> str:
    """The decimal mark a text uses: the language's convention unless the text clearly uses the other.

    Machine-translated German keeps English numbers ("2.5 percent" becomes "2.5 Prozent"), so a
    text that only ever shows the other convention unambiguously is read that way.
    """
    own, other = (",", ".") if language == "de" else (".", ",")
    evidence = {",": 0, ".": 0}
    for numeral in _NUMERAL_WITH_MARKS.findall(text):
        mark = _unambiguous_decimal_mark(numeral)
        if mark:
            evidence[mark] += 1
    if evidence[other] and not evidence[own]:
        return other
    return own


def _unambiguous_decimal_mark(numeral: str) -> str | None:
    """The decimal mark a numeral's shape proves: "2,5" and "1.234,5" use ","; "1,234,567" uses "."."""
    marks = [c for c in numeral if c in ".,"]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1] if marks.count(marks[-1]) == 1 else None
    parts = _MARKS_RE.split(numeral)
    if len(parts) > 2:  # several groups of three: the mark groups, so the other one is decimal
        if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
            return "," if marks[0] == "." else "."
        return None  # "3.5.2019" is a date
    return marks[0] if len(parts[1]) in (1, 2) else None


def parse_numeral(numeral: str, mark: str) -> float | int | None:
    """The value of a numeral, given the text's decimal mark ("," or ".").

    Unambiguous shapes decide by themselves: both marks present ("1.234,5"), several groups of three
    ("1,234,567"), or a fraction that is not three digits long ("2.5" is a decimal whatever the
    language). Only a single group of three ("291,000") follows the text's convention, except that a
    decimal part "000" is never written in prose, so it is a thousands group.
    """
    if sum(c.isdigit() for c in numeral) > MAX_NUMERAL_DIGITS:
        return None
    for space in "\u00a0\u202f\u2009'’":
        numeral = numeral.replace(space, "\u2009")
    separators = [c for c in numeral if not c.isdigit()]
    if not separators:
        return int(numeral)
    kinds = set(separators)
    if "\u2009" in kinds:  # spaces and apostrophes only ever group thousands
        others = kinds - {"\u2009"}
        if len(others) > 1:
            return None
        head, fraction = numeral, ""
        if others:
            decimal = others.pop()
            if numeral.count(decimal) != 1:
                return None
            head, _, fraction = numeral.partition(decimal)
        if not _grouped_in_threes(head, "\u2009"):
            return None
        return _number(head.replace("\u2009", ""), fraction) if fraction else int(head.replace("\u2009", ""))
    if len(kinds) == 2:  # "1.234,5" / "1,234.5": the last mark is the decimal one
        decimal = separators[-1]
        if separators.count(decimal) != 1:
            return None
        head, _, fraction = numeral.rpartition(decimal)
        grouping = "." if decimal == "," else ","
        if not _grouped_in_threes(head, grouping):
            return None
        return _number(head.replace(grouping, ""), fraction)
    separator = separators[0]
    parts = numeral.split(separator)
    if len(parts) > 2:
        return int("".join(parts)) if _grouped_in_threes(numeral, separator) else None
    head, fraction = parts
    if len(fraction) != 3:
        return _number(head, fraction)
    if separator == mark and fraction != "000":
        return _number(head, fraction)
    return int(head + fraction)


def _grouped_in_threes(digits: str, separator: str) -> bool:
    parts = digits.split(separator)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _number(head: str, fraction: str) -> float | int:
    value = float(f"{head}.{fraction}")
    return int(value) if value.is_integer() else value


# --- number words --------------------------------------------------------------------------------

# The words of the lexicons, split the way each language builds its numbers from them.
_GERMAN_WORDS = lexicon("de").number_words
GERMAN_UNITS = {word: n for word, n in _GERMAN_WORDS.items() if n < 10}
GERMAN_TEENS = {word: n for word, n in _GERMAN_WORDS.items() if 10 <= n < 20}
GERMAN_TENS = {word: n for word, n in _GERMAN_WORDS.items() if 20 <= n < 100}
_ENGLISH_WORDS = lexicon("en").number_words
ENGLISH_SMALL = {word: n for word, n in _ENGLISH_WORDS.items() if n < 20}
ENGLISH_TENS = {word: n for word, n in _ENGLISH_WORDS.items() if 20 <= n < 100}


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_DE_UNIT = rf"(?:{_alternation(GERMAN_UNITS)})"
_DE_BELOW_100 = (rf"(?:(?:{_alternation(k for k in GERMAN_UNITS if k != 'eins')})und)?"
                 rf"(?:{_alternation(GERMAN_TENS)})|{_alternation(GERMAN_TEENS)}|{_DE_UNIT}")
_DE_BELOW_1000 = rf"(?:(?:{_DE_UNIT})?hundert(?:{_DE_BELOW_100})?|{_DE_BELOW_100})"
# One German number word, written as a single word as German does ("dreihundertfünfzig").
GERMAN_NUMBER_WORD_PATTERN = rf"(?:(?:{_DE_BELOW_1000})?tausend(?:{_DE_BELOW_1000})?|{_DE_BELOW_1000})"

_EN_DIGIT = _alternation(k for k in ENGLISH_SMALL if ENGLISH_SMALL[k] < 10)
_EN_SMALL = rf"(?:(?:{_alternation(ENGLISH_TENS)})(?:-(?:{_EN_DIGIT}))?|{_alternation(ENGLISH_SMALL)})"
_EN_BELOW_1000 = rf"(?:{_EN_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_EN_SMALL})?)?)"
# English number words: "fifty", "twenty-five", "three hundred", "two thousand five hundred".
ENGLISH_NUMBER_WORDS_PATTERN = rf"(?:{_EN_BELOW_1000}(?:\s+thousand(?:\s+(?:and\s+)?{_EN_BELOW_1000})?)?)"


def german_word_value(word: str) -> int | None:
    """The value of a German number word ("fünfzig", "dreihundertzwölf"); None if it is not one."""
    word = word.lower()
    try:
        if "tausend" in word:
            left, _, right = word.partition("tausend")
            thousands = _german_below_1000(left) if left else 1
            return thousands * 1000 + (_german_below_1000(right) if right else 0)
        return _german_below_1000(word)
    except (KeyError, ValueError):
        return None


def _german_below_1000(word: str) -> int:
    if "hundert" in word:
        left, _, right = word.partition("hundert")
        return (GERMAN_UNITS[left] if left else 1) * 100 + (_german_below_100(right) if right else 0)
    return _german_below_100(word)


def _german_below_100(word: str) -> int:
    if word in GERMAN_UNITS:
        return GERMAN_UNITS[word]
    if word in GERMAN_TEENS:
        return GERMAN_TEENS[word]
    if word in GERMAN_TENS:
        return GERMAN_TENS[word]
    unit, _, tens = word.partition("und")
    return GERMAN_UNITS[unit] + GERMAN_TENS[tens]


_WORD_SEPARATORS_RE = re.compile(r"[\s-]+")


def english_words_value(words: str) -> int | None:
    """The value of English number words ("twenty-five", "three hundred and ten"); None if not."""
    total = current = 0
    for token in _WORD_SEPARATORS_RE.split(words.lower()):
        if token in ENGLISH_SMALL:
            current += ENGLISH_SMALL[token]
        elif token in ENGLISH_TENS:
            current += ENGLISH_TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif token != "and":
            return None
    return total + current


# --- scale words ---------------------------------------------------------------------------------

# Scale words after a number, by language, lower case. German "Billion" is 10^12 (English "trillion").
SCALES = {each.language: {word.lower(): float(factor) for word, factor in each.scales.items()}
          for each in lexicons()}
# Abbreviations glued to a money amount: "$5m", "£3bn", "€20k".
GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}


def scale_value(word: str, language: str) -> float | None:
    """The factor of a scale word in ``language`` (falling back to the other languages)."""
    key = word.lower()
    own = SCALES.get(language, SCALES["en"])
    if key in own:
        return own[key]
    return next((factors[key] for factors in SCALES.values() if key in factors), None)


def scaled(value: float | int, factor: float | None) -> float | int:
    """``value`` times ``factor``, as an int when it is whole (2.5 million is 2500000)."""
    if factor is None:
        return value
    result = round(value * factor, 6)
    return int(result) if float(result).is_integer() else result
