"""Language data as data: one lexicon per language, loaded once, checked, shared by every extractor.

A language is one module in this package, named by its code (``de.py``, ``en.py``), holding only
data: one upper-case constant per *slot* (``MONTHS``, ``VERBS_OF_SAYING``, ``PAGE_LABELS`` …), keyed
by the words as written and valued by what they mean. ``lexicon("de")`` imports it once, checks that
every slot is there with the right shape and meaning, and returns a frozen :class:`Lexicon`;
a missing or malformed slot stops with a :class:`LexiconError` naming the language, the slot and the
fix. Dropping a new module in here adds the language to ``LANGUAGES``.

Unlike dateparser's translation data (flat lists of spellings, unchecked) or spaCy's language
``Defaults`` (class attributes a pipeline may or may not read), every slot here has a declared
shape and meaning (``SLOTS``), words keep their written case (German nouns are capitalised, and
"morgen" is not "Morgen"), full names and abbreviations are kept apart ("Jan." is a month, "Jan
Böhmermann" is not), and the first word of each meaning is its canonical form, used when Dossier
writes the word itself. Patterns that several modules need (the alternation of all month names) are
built here once and cached.

Extractors that read every text with every language's words (the timeline's rules are written for
German and English side by side) use :func:`merged` and the cached patterns below.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType, ModuleType

from ..errors import DossierError

# The codes Dossier stores for periods and qualifiers; lexicons map their words onto these.
PERIOD_CODES = ("early", "mid", "late", "spring", "summer", "autumn", "winter", "Q1", "Q2", "Q3", "Q4", "H1", "H2")
QUALIFIER_CODES = ("more than", "less than", "about", "nearly", "almost", "up to", "at least", "at most",
                   "between")
TIME_UNIT_CODES = ("day", "week", "month", "year", "quarter", "half")
GENDERS = ("f", "m", "n", "pl")
FURNITURE_KINDS = ("byline", "reading_time_label", "reading_time_unit", "reading_time_after", "approximately",
                   "date_line_label", "date_line_on", "credit_roles", "editing_roles", "credit_by", "boilerplate")

_HERE = Path(__file__).resolve().parent


class LexiconError(DossierError):
    """A language's lexicon is missing, or one of its slots is missing or has the wrong shape."""

    exit_code = 1


# --- slots: name -> (shape, check of the values, what it means) -------------------------------

def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _words_of(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(w, str) and w.strip() for w in value) and len(value) > 0


def _between(low: int, high: int) -> Callable[[object], bool]:
    return lambda v: _is_int(v) and low <= v <= high


def _one_of(choices: Iterable[object]) -> Callable[[object], bool]:
    allowed = tuple(choices)
    return lambda v: v in allowed


@dataclass(frozen=True)
class Slot:
    shape: str  # "words": a tuple of words; "map": words -> values; "flag": True or False
    value: Callable[[object], bool] | None  # for "map": whether a value is allowed
    means: str  # what the values are, for the error message
    covers: tuple[object, ...] = ()  # for "map": values that must all occur (every month …)
    keys: tuple[str, ...] = ()  # for "map": keys that must all occur


SLOTS: dict[str, Slot] = {
    # dates
    "MONTHS": Slot("map", _between(1, 12), "month number 1-12", covers=tuple(range(1, 13))),
    "MONTH_ABBREVIATIONS": Slot("map", _between(1, 12), "month number 1-12"),
    "WEEKDAYS": Slot("map", _between(0, 6), "weekday number, Monday 0 … Sunday 6", covers=tuple(range(7))),
    "WEEKDAY_ABBREVIATIONS": Slot("map", _between(0, 6), "weekday number, Monday 0 … Sunday 6"),
    "DAY_PARTS": Slot("map", _one_of(("morning", "noon", "afternoon", "evening", "night")),
                      "morning, noon, afternoon, evening or night"),
    "RELATIVE_DAYS": Slot("map", _between(-7, 7), "days from publication, e.g. -1 for yesterday"),
    "RELATIVE_WORDS": Slot("map", _one_of((-1, 0, 1)), "-1 past, 0 this, +1 next"),
    "PERIODS": Slot("map", _one_of(("early", "mid", "late")), "early, mid or late"),
    "SEASONS": Slot("map", _one_of(("spring", "summer", "autumn", "winter")), "spring, summer, autumn or winter"),
    "TIME_UNITS": Slot("map", _one_of(TIME_UNIT_CODES), "one of " + ", ".join(TIME_UNIT_CODES)),
    "ORDINALS": Slot("map", _between(1, 100), "the number, 1 for first", covers=(1, 2, 3, 4)),
    # numbers
    "NUMBER_WORDS": Slot("map", _between(0, 10**6), "the number", covers=tuple(range(1, 13))),
    "INDEFINITE_ARTICLES": Slot("words", None, ""),
    "DECADES": Slot("map", _one_of(range(20, 100, 10)), "the decade's first year, 20 … 90"),
    "SCALES": Slot("map", lambda v: _is_int(v) and v >= 10, "the factor, e.g. 10**6"),
    "CURRENCIES": Slot("map", lambda v: isinstance(v, str) and re.fullmatch("[A-Z]{3}", v) is not None,
                       "an ISO 4217 code such as EUR"),
    "CURRENCY_PREFIXES": Slot("map", lambda v: isinstance(v, str) and re.fullmatch("[A-Z]{3}", v) is not None,
                              "an ISO 4217 code such as EUR"),
    "QUALIFIERS": Slot("map", _one_of(QUALIFIER_CODES), "one of " + ", ".join(QUALIFIER_CODES)),
    "ELLIPSIS_WORDS": Slot("words", None, ""),  # after a bare number: its noun is the one before ("two more")
    "PERSON_RELATIVES": Slot("words", None, ""),  # after a number: it counts people ("2.8 million who voted")
    "ANAPHORIC_DATES": Slot("map", _between(-7, 7), "days from the event told just before, e.g. -1"),
    "SCORE_WORDS": Slot("words", None, ""),  # nouns that make "41:22" a vote or a score
    # speakers
    "VERBS_OF_SAYING": Slot("map", lambda v: isinstance(v, str) and bool(v), "the infinitive"),
    "QUOTE_ONLY_VERBS": Slot("words", None, ""),
    "INVERTING_VERBS": Slot("words", None, ""),
    "REPORTING_PARTICIPLES": Slot("words", None, ""),
    "OUTLET_VERBS": Slot("words", None, ""),
    "DOCUMENT_VERBS": Slot("map", lambda v: isinstance(v, str) and bool(v), "the infinitive"),
    "DOCUMENT_ONLY_VERBS": Slot("words", None, ""),
    "ATTRIBUTION_CUES": Slot("map", _words_of, "a tuple of phrases with X for the source",
                             keys=("according_to",)),
    "RECEIVER_CUES": Slot("words", None, ""),
    "OUTLET_WORDS": Slot("words", None, ""),
    "OUTLETS": Slot("words", None, ""),
    "ROLE_WORDS": Slot("map", _one_of(("f", "m", None)), '"f", "m" or None when the word does not show it'),
    "GENDER_ENDINGS": Slot("map", _one_of(GENDERS), "one of " + ", ".join(GENDERS)),
    "SURNAME_LIKE_ROLES": Slot("words", None, ""),
    "HONORIFICS": Slot("words", None, ""),
    "TITLES": Slot("words", None, ""),
    "ORGANISATION_WORDS": Slot("words", None, ""),
    "INSTITUTION_WORDS": Slot("words", None, ""),
    "ORGANISATION_TYPES": Slot("words", None, ""),
    "ANAPHORIC_ORGANISATION_WORDS": Slot("words", None, ""),
    "DOCUMENT_WORDS": Slot("words", None, ""),
    "GROUP_WORDS": Slot("words", None, ""),
    "ANONYMOUS_WORDS": Slot("words", None, ""),
    "VAGUE_SOURCES": Slot("words", None, ""),
    "QUANTIFIERS": Slot("map", lambda v: isinstance(v, str) and bool(v), "the form after 'according to'"),
    "PRONOUNS": Slot("map", lambda v: isinstance(v, tuple) and bool(v) and all(g in GENDERS for g in v),
                     "a tuple of what it refers to: " + ", ".join(GENDERS)),
    "POSSESSIVES": Slot("map", lambda v: isinstance(v, dict) and bool(v) and all(
        k in GENDERS and isinstance(f, str) for k, f in v.items()), "{gender or pl: the dative form}"),
    "ARTICLES": Slot("words", None, ""),
    "NOT_NAMES": Slot("words", None, ""),
    "PREPOSITIONS": Slot("words", None, ""),
    "RELATIVE_PRONOUNS": Slot("words", None, ""),
    "QUOTE_PAIRS": Slot("map", lambda v: isinstance(v, str) and bool(v) and not any(c.isalnum() for c in v),
                        "the marks that may close the opener, e.g. '“”'"),
    # the page
    "FURNITURE": Slot("map", _words_of, "a tuple of literal cues", keys=FURNITURE_KINDS),
    "COMPOUNDS": Slot("flag", None, "True when the language glues nouns together"),
    "PAGE_LABELS": Slot("map", lambda v: isinstance(v, str) and bool(v), "the text shown on the site"),
    "QUALIFIER_LABELS": Slot("map", lambda v: isinstance(v, str) and bool(v), "the text shown on the site",
                             keys=QUALIFIER_CODES),
    "PERIOD_LABELS": Slot("map", lambda v: isinstance(v, str) and "{}" in v, "a text with {} for the year",
                          keys=PERIOD_CODES),
}


@dataclass(frozen=True)
class Lexicon:
    """One language's words, checked. Mappings are read-only views; word lists are tuples."""

    language: str
    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_abbreviations: Mapping[str, int]
    day_parts: Mapping[str, str]
    relative_days: Mapping[str, int]
    relative_words: Mapping[str, int]
    periods: Mapping[str, str]
    seasons: Mapping[str, str]
    time_units: Mapping[str, str]
    ordinals: Mapping[str, int]
    number_words: Mapping[str, int]
    indefinite_articles: tuple[str, ...]
    decades: Mapping[str, int]
    scales: Mapping[str, int]
    currencies: Mapping[str, str]
    currency_prefixes: Mapping[str, str]
    qualifiers: Mapping[str, str]
    ellipsis_words: tuple[str, ...]
    person_relatives: tuple[str, ...]
    anaphoric_dates: Mapping[str, int]
    score_words: tuple[str, ...]
    verbs_of_saying: Mapping[str, str]
    quote_only_verbs: tuple[str, ...]
    inverting_verbs: tuple[str, ...]
    reporting_participles: tuple[str, ...]
    outlet_verbs: tuple[str, ...]
    document_verbs: Mapping[str, str]
    document_only_verbs: tuple[str, ...]
    attribution_cues: Mapping[str, tuple[str, ...]]
    receiver_cues: tuple[str, ...]
    outlet_words: tuple[str, ...]
    outlets: tuple[str, ...]
    role_words: Mapping[str, str | None]
    gender_endings: Mapping[str, str]
    surname_like_roles: tuple[str, ...]
    honorifics: tuple[str, ...]
    titles: tuple[str, ...]
    organisation_words: tuple[str, ...]
    institution_words: tuple[str, ...]
    organisation_types: tuple[str, ...]
    anaphoric_organisation_words: tuple[str, ...]
    document_words: tuple[str, ...]
    group_words: tuple[str, ...]
    anonymous_words: tuple[str, ...]
    vague_sources: tuple[str, ...]
    quantifiers: Mapping[str, str]
    pronouns: Mapping[str, tuple[str, ...]]
    possessives: Mapping[str, Mapping[str, str]]
    articles: tuple[str, ...]
    not_names: tuple[str, ...]
    prepositions: tuple[str, ...]
    relative_pronouns: tuple[str, ...]
    quote_pairs: Mapping[str, str]
    furniture: Mapping[str, tuple[str, ...]]
    compounds: bool
    page_labels: Mapping[str, str]
    qualifier_labels: Mapping[str, str]
    period_labels: Mapping[str, str]

    @property
    def weekday_names(self) -> tuple[str, ...]:
        """The canonical weekday names, Monday first: ("Montag", …, "Sonntag")."""
        return canonical(self.weekdays, range(7))

    @property
    def month_names(self) -> tuple[str, ...]:
        """The canonical month names, January first."""
        return canonical(self.months, range(1, 13))


LANGUAGES: tuple[str, ...] = tuple(sorted(
    module.name for module in pkgutil.iter_modules([str(_HERE)]) if re.fullmatch(r"[a-z]{2,3}", module.name)))


def lexicon(language: str) -> Lexicon:
    """The checked lexicon of ``language`` ("de", "en"), loaded once."""
    if language not in LANGUAGES:
        raise LexiconError(f"there is no lexicon for the language {language!r} (known: {', '.join(LANGUAGES)})",
                           path=str(_HERE / f"{language}.py"),
                           hint="copy scripts/dossier/lexicon/en.py to that name and translate every slot")
    return _load(language)


def lexicons() -> tuple[Lexicon, ...]:
    """Every language's lexicon, in the order of ``LANGUAGES``."""
    return tuple(lexicon(language) for language in LANGUAGES)


@functools.cache
def _load(language: str) -> Lexicon:
    module = importlib.import_module(f"{__name__}.{language}")
    return build(language, module)


def build(language: str, module: ModuleType | Mapping[str, object]) -> Lexicon:
    """A Lexicon from a module (or a mapping of slot names, for tests), after checking every slot."""
    data = vars(module) if isinstance(module, ModuleType) else module
    path = str(_HERE / f"{language}.py")
    fields: dict[str, object] = {"language": language}
    for name, slot in SLOTS.items():
        if name not in data:
            raise LexiconError(f"the {language!r} lexicon has no slot {name}", path=path,
                               hint=f"add {name} to {language}.py (see en.py for its shape: {_shape(slot)})")
        fields[name.lower()] = _checked(language, path, name, slot, data[name])
    return Lexicon(**fields)  # type: ignore[arg-type]


def _shape(slot: Slot) -> str:
    if slot.shape == "words":
        return "a tuple of words"
    if slot.shape == "flag":
        return "True or False"
    return f"a dict of words -> {slot.means}"


def _checked(language: str, path: str, name: str, slot: Slot, value: object) -> object:
    def fail(problem: str) -> LexiconError:
        return LexiconError(f"the {language!r} lexicon's slot {name} {problem}", path=path,
                            hint=f"{name} must be {_shape(slot)}, not empty")

    if slot.shape == "flag":
        if not isinstance(value, bool):
            raise fail(f"is {type(value).__name__}, not True or False")
        return value
    if slot.shape == "words":
        if not isinstance(value, tuple) or not value:
            raise fail("is empty" if isinstance(value, tuple) else f"is a {type(value).__name__}, not a tuple")
        bad = [w for w in value if not isinstance(w, str) or not w.strip()]
        if bad:
            raise fail(f"holds {bad[0]!r}, which is not a word")
        return value
    if not isinstance(value, dict) or not value:
        raise fail("is empty" if isinstance(value, dict) else f"is a {type(value).__name__}, not a dict")
    for word, meaning in value.items():
        if not isinstance(word, str) or not word.strip():
            raise fail(f"has the key {word!r}, which is not a word")
        if slot.value is not None and not slot.value(meaning):
            raise fail(f"maps {word!r} to {meaning!r}, which is not {slot.means}")
    missing = [v for v in slot.covers if v not in value.values()]
    if missing:
        raise fail(f"has no word for {missing[0]!r}")
    missing_keys = [k for k in slot.keys if k not in value]
    if missing_keys:
        raise fail(f"has no entry {missing_keys[0]!r}")
    return MappingProxyType(dict(value))


# --- derived data, shared by the extractors ---------------------------------------------------

def canonical(mapping: Mapping[str, object], meanings: Iterable[object]) -> tuple[str, ...]:
    """The first (canonical) word of each meaning, in the order of ``meanings``."""
    first: dict[object, str] = {}
    for word, meaning in mapping.items():
        first.setdefault(meaning, word)
    return tuple(first[m] for m in meanings)


def merged(slot: str) -> dict:
    """A slot of every language in one: a dict (the first language wins a clash) or a tuple of words."""
    result: dict = {}
    for each in lexicons():
        value = getattr(each, slot)
        if isinstance(value, tuple):
            result.update(dict.fromkeys(value))
        else:
            for word, meaning in value.items():
                result.setdefault(word, meaning)
    return result


def words(slot: str) -> tuple[str, ...]:
    """The words of a slot in every language (keys of a mapping), without repeats, in order."""
    return tuple(merged(slot))


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first; a space matches any white space."""
    unique = sorted(set(items), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


@functools.cache
def month_pattern() -> str:
    """A month name of any language; an abbreviation only with its full stop ("Jan Böhmermann" is no month)."""
    return (rf"(?:(?:{alternation(words('months'))})\b"
            rf"|(?:{alternation(words('month_abbreviations'))})\.)")


@functools.cache
def month_in_date_pattern() -> str:
    """A month next to a day number, where an abbreviation needs no full stop: "Oct 17", "25 Jul 2024"."""
    return rf"(?:{month_pattern()}|(?:{alternation(words('month_abbreviations'))})\b)"


@functools.cache
def weekday_pattern() -> str:
    """A weekday name of any language."""
    return rf"(?:{alternation(words('weekdays'))})"


@functools.cache
def month_numbers() -> Mapping[str, int]:
    """Every month name and abbreviation of every language, lower case -> 1-12."""
    numbers: dict[str, int] = {}
    for slot in ("months", "month_abbreviations"):
        for word, number in merged(slot).items():
            numbers.setdefault(word.lower(), number)
    return MappingProxyType(numbers)


@functools.cache
def weekday_numbers() -> Mapping[str, int]:
    """Every weekday name of every language, case-folded -> 0 (Monday) … 6."""
    return MappingProxyType({word.casefold(): number for word, number in merged("weekdays").items()})


@functools.cache
def furniture_cues(kind: str) -> tuple[str, ...]:
    """The cues of one kind of page furniture ("byline", "boilerplate" …) in every language."""
    return tuple(dict.fromkeys(cue for each in lexicons() for cue in each.furniture[kind]))


@functools.cache
def quote_pairs() -> Mapping[str, str]:
    """Every language's quotation marks: opener -> the marks that may close it, the usual one first."""
    pairs: dict[str, str] = {}
    for each in lexicons():
        for opener, closers in each.quote_pairs.items():
            known = pairs.get(opener, "")
            pairs[opener] = known + "".join(c for c in closers if c not in known)
    return MappingProxyType(pairs)
