"""Citation markers: parsing, resolution with helpful errors, and the footnotes they become."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.citations import CITATION_RE, cite_page, escape_text, resolve
from dossier.errors import CitationError
from dossier.seed import read_seed
from dossier.segment import segment

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"


@pytest.fixture(scope="module")
def documents():
    return {KEY: segment(read_seed(ROOT / "seeds" / f"{KEY}.txt"))}


@pytest.mark.parametrize("marker, key, anchor, words", [
    (f"[@{KEY}:p3-s1]", KEY, "p3-s1", None),
    ('[@k "drei Kontinenten"]', "k", None, "drei Kontinenten"),
    ("[@k “drei Kontinenten”]", "k", None, "drei Kontinenten"),
    ("[@k „drei Kontinenten“]", "k", None, "drei Kontinenten"),
    ("[@my-seed_2:p10-s12]", "my-seed_2", "p10-s12", None),
])
def test_markers_parse(marker, key, anchor, words):
    match = CITATION_RE.fullmatch(marker)
    assert match and (match["key"], match["anchor"], match["words"]) == (key, anchor, words)


def test_anchor_resolves_to_the_sentence(documents):
    citation = resolve(KEY, "p16-s1", None, documents)
    assert citation.quote.startswith("Salesforce unterzeichnete 2013 einen Vertrag")
    assert citation.sentence.anchor == "p16-s1"


def test_quoted_words_resolve_to_the_sentence_that_holds_them(documents):
    citation = resolve(KEY, None, "auf drei Kontinenten", documents)
    assert citation.anchor == "p5-s1"
    assert citation.quote == "auf drei Kontinenten"
    document = documents[KEY]
    assert document.text[citation.sentence.start:citation.sentence.end] == citation.sentence.text


def test_quoted_words_match_across_a_line_break_in_the_page(documents):
    assert resolve(KEY, None, "auf drei\n   Kontinenten", documents).anchor == "p5-s1"


def test_unknown_key_suggests_the_closest(documents):
    with pytest.raises(CitationError) as caught:
        resolve("000_309a6589a2c97f55", "p3-s1", None, documents)
    assert "unknown seed key" in caught.value.message
    assert f"did you mean '{KEY}'" in caught.value.hint


@pytest.mark.parametrize("anchor, hint", [
    ("p99-s1", "has paragraphs p1 to p20"),
    ("p6-s3", "p6 has sentences s1 to s2"),
    ("s1-p3", "anchors look like p3-s1"),
])
def test_unknown_anchor_says_what_exists(documents, anchor, hint):
    with pytest.raises(CitationError) as caught:
        resolve(KEY, anchor, None, documents)
    assert hint in caught.value.hint


def test_misquoted_words_show_the_closest_sentence(documents):
    with pytest.raises(CitationError) as caught:
        resolve(KEY, None, "auf vier Kontinenten zu vermarkten", documents)
    assert "not in" in caught.value.message
    assert "p5-s1" in caught.value.hint


def test_page_gets_numbered_footnotes_and_reuses_one_for_the_same_citation(documents):
    page = (f"Eins.[@{KEY}:p3-s1] Zwei.[@{KEY} \"drei Kontinenten\"] Wieder eins.[@{KEY}:p3-s1]\n")
    result = cite_page(page, "analyse.md", documents, "de")
    assert not result.errors
    body, notes = result.markdown.split("\n\n", 1)
    assert body == "Eins.[^dossier-1] Zwei.[^dossier-2] Wieder eins.[^dossier-1]"
    assert notes.count("[^dossier-1]:") == 1 and notes.count("[^dossier-2]:") == 1
    first = notes.splitlines()[0]
    assert "Fünfzig Frauen und Mädchen haben" in first
    assert "Thomson Reuters Foundation" in first and "Kate Ryan" in first
    assert f"(articles/{KEY}.md#p3-s1 " in first
    assert ">drei Kontinenten</q>" in notes.splitlines()[1]


def test_links_are_relative_to_the_citing_page(documents):
    result = cite_page(f"x[@{KEY}:p4-s1]", "analysis/deep/page.md", documents, "en")
    assert f"(../../articles/{KEY}.md#p4-s1 " in result.markdown
    assert "To the source" in result.markdown


def test_markers_in_code_are_left_alone(documents):
    page = f"Syntax: `[@{KEY}:p3-s1]`\n\n```\n[@nokey:p1-s1]\n```\n"
    result = cite_page(page, "index.md", documents)
    assert result.markdown == page and not result.errors


def test_errors_name_the_page_line_and_marker(documents):
    page = f"ok[@{KEY}:p3-s1]\n\nbroken[@{KEY}:p3-s9]\n[@{KEY}: p3-s1]\n"
    result = cite_page(page, "sub/page.md", documents)
    messages = [str(e) for e in result.errors]
    assert messages[0].startswith("docs/sub/page.md:3: unknown anchor 'p3-s9'")
    assert f"[@{KEY}:p3-s9]" in messages[0]
    assert messages[1].startswith("docs/sub/page.md:4: cannot read the citation")


def test_quoted_seed_text_cannot_become_markup():
    text = '<script>alert(1)</script> [x](javascript:alert(1)) *em* {{ jinja }} [@k:p1-s1] [^1]'
    escaped = escape_text(text)
    for dangerous in ("<script", "[x]", "(javascript", "*em*", "{{", "[@", "[^"):
        assert dangerous not in escaped
    import html
    assert html.unescape(escaped) == text


def test_errors_name_the_page_under_its_own_docs_folder(documents):
    result = cite_page(f"x[@{KEY}:p3-s9]", "index.md", documents, docs_dir="site-src")
    assert str(result.errors[0]).startswith("site-src/index.md:1: unknown anchor")
