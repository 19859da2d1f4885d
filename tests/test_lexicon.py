"""The lexicons: every language has every slot, in the right shape, and the extractors read them.

Three groups: the shape of each language's data (what ``dossier.lexicon`` checks on loading, and what
it cannot: the same page labels in every language, lower-case vocabularies, quotation marks that
pair up), the errors a contributor sees when a slot is wrong, and the modules that were migrated:
every weekday, month, relative day and furniture cue of every lexicon is really recognised, and
the modules hold no weekday or month names of their own.
"""

from __future__ import annotations

import ast
import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from dossier import corpus, figures, i18n, numbers, segment, timeline
from dossier.lexicon import (
    LANGUAGES,
    SLOTS,
    Lexicon,
    LexiconError,
    build,
    lexicon,
    lexicons,
    merged,
    month_pattern,
    quote_pairs,
)
from dossier.lexicon import en as english_module
from dossier.segment import BOILERPLATE, BYLINE, CREDITS, DATE, READING_TIME, STORY, classify_paragraphs
from dossier.timeline import find_time_expressions

PACKAGE = Path(segment.__file__).parent
# The modules that read their words from the lexicon; sources.py and attribution.py move next.
MIGRATED = ("timeline.py", "figures.py", "numbers.py", "i18n.py", "segment.py", "corpus.py")
WEDNESDAY = "2019-03-27"
# Slots whose words are matched case-folded, so they are written in lower case.
LOWER_CASE_SLOTS = ("time_units", "ordinals", "number_words", "indefinite_articles", "decades", "currencies",
                    "currency_prefixes", "qualifiers", "verbs_of_saying", "document_verbs", "outlet_words",
                    "outlets", "role_words", "surname_like_roles", "honorifics", "organisation_words",
                    "institution_words", "organisation_types", "anaphoric_organisation_words", "document_words",
                    "group_words", "anonymous_words", "vague_sources", "quantifiers", "pronouns", "possessives",
                    "articles", "not_names", "prepositions", "relative_pronouns", "relative_words")


# --- the data ------------------------------------------------------------------------------------

def test_the_languages_are_the_modules_of_the_package() -> None:
    assert LANGUAGES == ("de", "en")
    assert [each.language for each in lexicons()] == list(LANGUAGES)
    assert lexicon("de") is lexicon("de")  # loaded once


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_slot_is_there_and_not_empty(language: str) -> None:
    loaded = lexicon(language)
    for name, slot in SLOTS.items():
        value = getattr(loaded, name.lower())
        if slot.shape == "flag":
            assert isinstance(value, bool), name
        else:
            assert len(value) > 0, f"{language}: {name} is empty"
            if slot.shape == "words":
                assert isinstance(value, tuple) and len(set(value)) == len(value), f"{language}: {name} repeats"


def test_every_slot_is_a_field_of_the_lexicon() -> None:
    fields = set(Lexicon.__dataclass_fields__) - {"language"}
    assert fields == {name.lower() for name in SLOTS}


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_cover_every_month_and_weekday_in_canonical_order(language: str) -> None:
    loaded = lexicon(language)
    assert len(loaded.month_names) == 12 and len(loaded.weekday_names) == 7
    assert [loaded.months[m] for m in loaded.month_names] == list(range(1, 13))
    assert [loaded.weekdays[d] for d in loaded.weekday_names] == list(range(7))


def test_canonical_names_are_the_usual_ones() -> None:
    assert lexicon("de").weekday_names[5] == "Samstag"  # not "Sonnabend", listed after it
    assert lexicon("de").month_names[0] == "Januar"  # not "Jänner"
    assert lexicon("en").weekday_names == ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                           "Sunday")


def test_every_language_labels_the_same_things() -> None:
    for slot in ("page_labels", "qualifier_labels", "period_labels"):
        keys = {each.language: set(getattr(each, slot)) for each in lexicons()}
        assert len({frozenset(k) for k in keys.values()}) == 1, f"{slot} differ: {keys}"
    for each in lexicons():
        for name, text in each.page_labels.items():
            assert text.count("{") == lexicon("en").page_labels[name].count("{"), (each.language, name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_vocabularies_matched_case_folded_are_lower_case(language: str) -> None:
    loaded = lexicon(language)
    for slot in LOWER_CASE_SLOTS:
        upper = [w for w in getattr(loaded, slot) if w != w.lower()]
        assert not upper, f"{language}: {slot} has {upper}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_quote_pairs_are_balanced(language: str) -> None:
    pairs = lexicon(language).quote_pairs
    for opener, closers in pairs.items():
        assert len(opener) == 1 and closers, opener
        for mark in opener + closers:
            assert unicodedata.category(mark) in ("Pi", "Pf", "Ps", "Po"), mark
            assert "QUOTATION" in unicodedata.name(mark) or mark in "\"'", mark
    # a closer of one pair is never mistaken for text: each is a mark that also opens or only closes
    closers = {c for cs in pairs.values() for c in cs}
    assert closers - set(pairs) <= {"“", "”", "«", "‘", "’", "‹"}


def test_each_language_uses_its_own_marks() -> None:
    assert lexicon("de").quote_pairs["„"][0] == "“"  # „…“
    assert lexicon("de").quote_pairs["»"] == "«"  # »…«
    assert lexicon("en").quote_pairs["“"] == "”"
    assert "„" not in lexicon("en").quote_pairs


def test_roles_show_gender_where_the_word_does() -> None:
    assert lexicon("en").role_words["spokeswoman"] == "f" and lexicon("en").role_words["spokesman"] == "m"
    assert lexicon("en").role_words["lawyer"] is None
    assert lexicon("de").role_words["sprecher"] is None  # "Sprecherin": the ending shows it
    assert lexicon("de").gender_endings["in"] == "f" and lexicon("de").gender_endings["innen"] == "pl"
    assert lexicon("de").pronouns["sie"] == ("f", "pl") and lexicon("en").pronouns["they"] == ("pl",)


def test_languages_are_kept_apart() -> None:
    """Lists that used to mix German and English in one set are split by language."""
    assert "klage" in lexicon("de").document_words and "klage" not in lexicon("en").document_words
    assert "lawsuit" in lexicon("en").document_words and "lawsuit" not in lexicon("de").document_words
    assert "sagte" in lexicon("de").verbs_of_saying and "said" not in lexicon("de").verbs_of_saying
    assert "analysts" in lexicon("en").group_words and "analysten" not in lexicon("en").group_words


# --- errors a contributor sees ---------------------------------------------------------------------

def _english_slots() -> dict[str, object]:
    return {name: getattr(english_module, name) for name in SLOTS}


def test_a_copy_of_a_lexicon_builds() -> None:
    assert build("xx", _english_slots()).months["May"] == 5


def test_a_missing_slot_names_the_language_the_slot_and_the_fix() -> None:
    data = _english_slots()
    del data["WEEKDAYS"]
    with pytest.raises(LexiconError) as raised:
        build("fr", data)
    message = str(raised.value)
    assert "'fr' lexicon has no slot WEEKDAYS" in message
    assert "fr.py" in message and "hint: add WEEKDAYS to fr.py" in message


@pytest.mark.parametrize(("slot", "value", "problem"), [
    ("MONTHS", {"janvier": 1}, "has no word for 2"),
    ("WEEKDAYS", {"lundi": 7}, "maps 'lundi' to 7"),
    ("QUALIFIERS", {"plus de": "plus"}, "maps 'plus de' to 'plus', which is not one of more than"),
    ("GROUP_WORDS", (), "is empty"),
    ("GROUP_WORDS", ["analystes"], "is a list, not a tuple"),
    ("FURNITURE", {"byline": ("Par",)}, "has no entry 'reading_time_label'"),
    ("COMPOUNDS", "yes", "not True or False"),
    ("CURRENCIES", {"euro": "euro"}, "not an ISO 4217 code"),
])
def test_a_malformed_slot_is_refused(slot: str, value: object, problem: str) -> None:
    data = _english_slots() | {slot: value}
    with pytest.raises(LexiconError, match=problem) as raised:
        build("fr", data)
    assert f"slot {slot}" in str(raised.value) and "hint:" in str(raised.value)


def test_an_unknown_language_says_how_to_add_it() -> None:
    with pytest.raises(LexiconError, match="no lexicon for the language 'fr'") as raised:
        lexicon("fr")
    assert "copy scripts/dossier/lexicon/en.py" in str(raised.value)


# --- the migrated modules read the lexicon ---------------------------------------------------------

def _code_strings(path: Path) -> list[str]:
    """The string literals of a module that are code, not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


@pytest.mark.parametrize("module", MIGRATED)
def test_migrated_modules_hold_no_weekday_or_month_names(module: str) -> None:
    import re

    names = [w for each in lexicons() for w in (*each.weekdays, *each.months) if len(w) > 3]
    pattern = re.compile(r"(?<![A-Za-zÄÖÜäöüß])(?:" + "|".join(names) + r")(?![a-zäöüß])")
    found = [s for s in _code_strings(PACKAGE / module) if pattern.search(s)]
    assert not found, f"{module} spells weekdays or months itself: {found[:3]}"


def test_modules_share_the_lexicon_patterns() -> None:
    assert timeline.MONTH == month_pattern() == figures.MONTHS
    assert figures.QUALIFIERS == merged("qualifiers")
    assert numbers.SCALES["de"]["milliarden"] == 1e9 and numbers.SCALES["en"]["billion"] == 1e9
    assert segment._QUOTE_PAIRS is quote_pairs()
    assert corpus.WEEKDAYS["de"] == lexicon("de").weekday_names
    assert corpus.MONTHS["en"] == lexicon("en").month_names


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_weekday_is_dated(language: str) -> None:
    published = dt.date.fromisoformat(WEDNESDAY)
    for word, number in lexicon(language).weekdays.items():
        found = find_time_expressions(f"Es geschah am {word}.", WEDNESDAY)
        assert len(found) == 1, word
        date = dt.date.fromisoformat(found[0][2][0])
        assert date.weekday() == number and 0 <= (published - date).days < 7, word
        assert i18n.undated_label(f"am {word}", language) == lexicon(language).weekday_names[number]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_month_and_abbreviation_is_dated(language: str) -> None:
    loaded = lexicon(language)
    spellings = [*loaded.months.items(), *((f"{word}.", n) for word, n in loaded.month_abbreviations.items())]
    for written, number in spellings:
        found = find_time_expressions(f"Es geschah im {written} 2019.", WEDNESDAY)
        assert [f[2] for f in found] == [(f"2019-{number:02d}", "month", None)], written


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_relative_day_is_dated(language: str) -> None:
    for word, days in lexicon(language).relative_days.items():
        text = f"{word} Abend" if language == "de" else f"{word} evening"  # a bare "heute" means "nowadays"
        found = find_time_expressions(text, WEDNESDAY)
        expected = dt.date.fromisoformat(WEDNESDAY) + dt.timedelta(days=days)
        assert [f[2] for f in found] == [(expected.isoformat(), "day", None)], word


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_period_and_season_is_read(language: str) -> None:
    loaded = lexicon(language)
    for word, period in loaded.periods.items():
        text = f"{word} 2019" if not word.endswith(" of") else f"the {word} 2019"
        assert [f[2] for f in find_time_expressions(text, WEDNESDAY)] == [("2019", "year", period)], word
    for word, season in loaded.seasons.items():
        text = f"im {word} 2018" if language == "de" else f"in the {word} of 2018"
        assert [f[2] for f in find_time_expressions(text, WEDNESDAY)] == [("2018", "season", season)], word


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_furniture_cue_is_recognised(language: str) -> None:
    cues = lexicon(language).furniture
    story = "Der Stadtrat hat am Montag einen Plan gebilligt, der seit Jahren diskutiert wird."
    for cue in cues["byline"]:
        assert classify_paragraphs([f"{cue} Kate Ryan", story])[0] == BYLINE, cue
    for cue in cues["reading_time_label"]:
        assert classify_paragraphs([f"{cue}: 3 {cues['reading_time_unit'][0]}", story])[0] == READING_TIME, cue
    for cue in cues["date_line_label"]:
        assert classify_paragraphs([f"{cue} 27.03.2019", story])[0] == DATE, cue
    for role in cues["credit_roles"]:
        kinds = classify_paragraphs([story, f"{role} {cues['credit_by'][0]} Kate Ryan; Anna Klein"])
        assert kinds == [STORY, CREDITS], role
    for cue in cues["boilerplate"]:
        assert classify_paragraphs([story, f"{cue} weitere Hinweise"])[-1] == BOILERPLATE, cue


def test_a_boilerplate_cue_is_a_whole_phrase() -> None:
    story = "Der Stadtrat hat am Montag einen Plan gebilligt, der seit Jahren diskutiert wird."
    assert classify_paragraphs([story, "Visitors will find the bridge open again in May."]) == [STORY, STORY]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_currency_and_qualifier_is_read(language: str) -> None:
    loaded = lexicon(language)
    for word, code in loaded.currencies.items():
        assert figures.CURRENCY_AFTER_RE.match(f" {word}"), word
        assert figures.CURRENCY_WORDS[word] == code
    for word in loaded.currency_prefixes:
        assert figures.CURRENCY_BEFORE_RE.search(f"{word} "), word
    for phrase, code in loaded.qualifiers.items():
        match = figures.QUALIFIER_BEFORE_RE.search(f"{phrase} ")
        assert match and figures.QUALIFIERS[" ".join(match["qualifier"].lower().split())] == code, phrase
        assert i18n.qualifier_label(code, language) == loaded.qualifier_labels[code]


def test_page_labels_come_from_the_lexicon() -> None:
    for each in lexicons():
        for name, text in each.page_labels.items():
            assert i18n.label(name, each.language) == text
    assert i18n.label("sources", "fr") == lexicon("en").page_labels["sources"]  # unknown language: English
    assert i18n.format_event_date("2019-03-04", "week", None, "de").startswith("Woche vom ")
