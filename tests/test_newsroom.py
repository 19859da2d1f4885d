"""Issue 11: figures and a timeline a journalist would publish.

Checked on a German newspaper-style article written for this test (tests/texts/newspaper_de_stadthalle.txt:
long sentences, "412 Millionen Euro", "rund 60.000", "41:22", "am Mittwoch, dem 13. März 2024", "soll …
beginnen", and its date only in a closing "Stand: …" line) and over every article of the dev set
(../shared/eval/dev, skipped where that folder is not checked out).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dossier.exports import render_exports
from dossier.extract import extract
from dossier.figures import LABEL_MAX_WORDS
from dossier.headlines import HEADLINE_MAX_WORDS
from dossier.pages import Dossier, render_home, render_pages
from dossier.seed import read_seed
from dossier.segment import segment
from dossier.timeline import publication_date

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "texts"
DEV = ROOT.parent / "shared" / "eval" / "dev"
DEV_ARTICLES = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
STADTHALLE = TEXTS / "newspaper_de_stadthalle.txt"


def facts_of(path: Path):
    return extract(segment(read_seed(path)))


@pytest.fixture(scope="module")
def stadthalle():
    return facts_of(STADTHALLE)


@pytest.fixture(scope="module")
def dev_facts():
    if not DEV_ARTICLES:
        pytest.skip("../shared/eval/dev is not checked out")
    return [facts_of(path) for path in DEV_ARTICLES]


# --- the German newspaper article --------------------------------------------------------------

def test_german_newspaper_figures_are_read_as_written(stadthalle):
    got = [(f.text, f.value, f.unit, f.qualifier, f.value_to, f.cite.anchor, f.label) for f in stadthalle.figures]
    assert got == [
        # "…, der nach den Berechnungen der Verwaltung 412 Millionen Euro kosten wird": who computed it is
        # no label, and one amount is one figure (no second card "412.000.000")
        ("412 Millionen Euro", 412000000, "EUR", None, None, "p3-s2", ""),
        ("41:22", 41, "score", None, 22, "p3-s3", "Stimmen"),  # a vote, as written
        ("3", 3, "Enthaltungen", None, None, "p3-s3", "Enthaltungen"),
        ("rund 60.000", 60000, "Besucher", "about", None, "p5-s1", "Besucher im Jahr"),
        ("bis zu 2.400", 2400, "Plätze", "up to", None, "p5-s1", "Plätze"),
        ("knapp 95 Millionen Euro", 95000000, "EUR", "nearly", None, "p5-s2", "Land"),
        ("etwa 11,5 Millionen Euro", 11500000, "EUR", "about", None, "p5-s2", "Stadt"),
        ("230 Millionen Euro", 230000000, "EUR", None, None, "p6-s2", "Ausgaben"),
    ]


def test_german_newspaper_timeline_has_one_item_per_event(stadthalle):
    assert stadthalle.published == "2024-03-14"  # from "Stand: 14.03.2024, 18:05 Uhr" at the end
    got = [(e.date, e.precision, e.period, e.when, e.announced) for e in stadthalle.timeline]
    assert got == [
        # "am Mittwoch, dem 13. März 2024": one item at the most precise date, not two
        ("2024-03-13", "day", None, "am Mittwoch, dem 13. März 2024", False),
        ("1962", "year", None, "seit 1962", False),
        ("2021", "season", "autumn", "im Herbst 2021", False),
        ("2019", "year", None, "im Jahr 2019", False),
        # "Der Bau soll im Frühjahr 2025 beginnen und Ende 2028 abgeschlossen sein": announced
        ("2025", "season", "spring", "im Frühjahr 2025", True),
        ("2028", "year", "late", "Ende 2028", True),
        ("2024-03-11", "day", None, "am Montag", False),  # resolved against the "Stand:" date
    ]
    assert stadthalle.timeline[4].headline == "Der Bau soll beginnen und Ende 2028 abgeschlossen sein"


def test_german_newspaper_pages(stadthalle):
    pages = render_pages(Dossier((stadthalle,), "de"))
    figures = pages["figures.md"]
    assert '<span class="dossier-figure-value">412\u00a0Millionen Euro</span>' in figures
    assert '<span class="dossier-figure-qualifier">rund</span> <span class="dossier-figure-value">60.000</span>' \
        in figures
    assert "412.000.000" not in figures
    timeline = pages["timeline.md"]
    sections = [line for line in timeline.splitlines() if line.startswith("## ")]
    assert sections == ["## 1962", "## 2019", "## 2021", "## 2024", "## Angekündigt"]
    announced = timeline.split("## Angekündigt", 1)[1]
    assert "im Frühjahr 2025" in announced and "Ende 2028" in announced
    assert '<strong class="dossier-event-headline">Der Bau soll beginnen' in announced
    # one article: no article named on each item
    assert "dossier-event-article" not in timeline


# --- publication date from the text ------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "published"), [
    ("en", "Saturday, February 2, 2019\n\nFifty women sued the company on Thursday.\n", "2019-02-02"),
    ("de", "Stand: 13.03.2024, 10:32 Uhr\n\nDer Stadtrat hat am Montag den Haushalt beschlossen.\n", "2024-03-13"),
    ("de", "Der Stadtrat hat am Montag den Haushalt beschlossen.\n\nStand: 13. März 2024\n", "2024-03-13"),
    ("de", "BERLIN, 13. März 2024 (dpa) – Der Stadtrat hat am Montag den Haushalt beschlossen.\n", "2024-03-13"),
    ("en", "LONDON, March 13, 2024 (Reuters) - The council approved the budget on Monday.\n", "2024-03-13"),
    ("en", "Updated 13 March 2024\n\nThe council approved the budget on Monday.\n", "2024-03-13"),
    # a year in the story is no date of publication
    ("en", "The council approved the budget on Monday.\n\nIt had been planned since 2019.\n", None),
])
def test_publication_date_from_the_text(tmp_path, language, text, published):
    (tmp_path / "seed.txt").write_text(text, encoding="utf-8")
    (tmp_path / "seed.yml").write_text(f"language: {language}\n", encoding="utf-8")
    document = segment(read_seed(tmp_path / "seed.txt"))
    assert publication_date(document) == published
    facts = extract(document)
    weekday = next(e for e in facts.timeline if e.when in ("am Montag", "on Monday", "on Thursday"))
    assert (weekday.date is not None) == (published is not None)  # weekdays resolve against it


# --- every dev article --------------------------------------------------------------------------

_GERMAN_VERB_END = re.compile(r"(?:en|te|t)$")
_ENGLISH_VERBS = {"said", "says", "is", "are", "was", "were", "has", "have", "had", "would", "will", "pay", "fell",
                  "rose", "led", "agreed", "think", "found"}


def test_every_dev_figure_label_is_a_short_noun_phrase_or_none(dev_facts):
    for facts in dev_facts:
        for figure in facts.figures:
            label = figure.label
            if not label:
                continue
            where = f"{facts.document.key} {figure.cite.anchor} {figure.text!r}: {label!r}"
            assert len(label.split()) <= LABEL_MAX_WORDS, where
            assert not re.search(r"[.,;:!?\-–—(]$", label), where  # no final punctuation
            assert label.split()[-1].lower() not in _ENGLISH_VERBS, where  # no verb-final fragment
            assert not label.split()[0][0].isdigit(), where  # never starts with a number or a year
            assert all(word in figure.cite.text for word in label.split()), where  # the sentence's words


def test_every_dev_timeline_item_is_told_once_with_a_headline(dev_facts):
    for facts in dev_facts:
        seen = set()
        for event in facts.timeline:
            where = f"{facts.document.key} {event.cite.anchor} {event.when!r}"
            assert (event.cite.anchor, event.date) not in seen, where  # no two items: same sentence, same date
            seen.add((event.cite.anchor, event.date))
            assert event.headline, where
            words = event.headline.split()
            assert len(words) <= HEADLINE_MAX_WORDS, where
            assert not event.headline.endswith((" ", ",", ";", ":")), where
            sentence = {w.strip(".,;:!?\"'“”„()[]").lower() for w in event.cite.text.split()}
            assert all(w.strip(".,;:!?\"'“”„()[]").lower() in sentence for w in words), where  # not invented
            assert event.headline != event.date and not re.fullmatch(r"\d{4}", event.headline), where


def test_the_home_page_never_lists_an_announced_event_among_the_latest(dev_facts):
    dossier = Dossier(tuple(dev_facts), "en")
    announced = [e for f in dev_facts for e in f.timeline if e.announced]
    assert announced, "the dev set announces events (a sentencing, a mission's end)"
    home = render_home(dossier)
    latest = home.split("## Latest events", 1)[1].split("\n## ", 1)[0]
    for event in announced:
        assert event.cite.marker() not in latest or any(
            e.cite == event.cite and not e.announced for f in dev_facts for e in f.timeline), event.when
    for facts in dev_facts:
        for event in facts.timeline:
            if event.date and facts.published and not event.announced:
                assert event.date <= facts.published[:len(event.date)], (facts.document.key, event.when)


def test_a_dossier_of_several_articles_names_each_items_article(dev_facts):
    pages = render_pages(Dossier(tuple(dev_facts[:3]), "en"))
    timeline = pages["timeline.md"] if "timeline.md" in pages else ""
    items = [line for page, text in pages.items() if page.startswith("timeline")
             for line in text.split("\n<li>")[1:]]
    assert items and timeline
    for item in items:
        key = re.search(r"\[@([\w-]+):p\d+-s\d+\]", item)[1]
        assert f'href="articles/{key}.md"' in item or f'href="../articles/{key}.md"' in item, item[:200]
        assert '<span class="dossier-event-article">from</span>' in item


def test_timeline_json_headlines_are_never_bare_dates(dev_facts):
    exported = json.loads(render_exports(Dossier(tuple(dev_facts), "en"))["exports/timeline.json"])
    headlines = [event["text"]["headline"] for event in exported["events"]]
    assert headlines and not any(re.fullmatch(r"\d{4}(?:-\d\d){0,2}", h) for h in headlines)


def test_an_event_told_twice_shows_both_citations(stadthalle):
    first = stadthalle.timeline[0]
    again = first.cite.__class__(key=first.cite.key, anchor="p7-s2", text=first.cite.text, start=first.cite.start,
                                 end=first.cite.end)
    told_twice = stadthalle.__class__(**{**stadthalle.__dict__,
                                         "timeline": (first.__class__(**{**first.__dict__, "also": (again,)}),)})
    page = render_pages(Dossier((told_twice,), "de"))["timeline.md"]
    assert f"{first.cite.marker()} {again.marker()}" in page
