"""Citation markers: parsing, resolution with helpful errors, and the footnotes they become."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from dossier.citations import (
    CITATION_RE,
    body_first_line,
    check_front_matter,
    cite_page,
    escape_text,
    resolve,
    strict_summary,
)
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


def test_quoted_words_wrapped_over_lines_in_the_page_become_a_footnote(documents):
    page = f'Text[@{KEY} "auf drei\n   Kontinenten"] und[@{KEY}\n"ist es noch\nnicht klar"].\n'
    result = cite_page(page, "analyse.md", documents)
    assert not result.errors
    assert result.markdown.startswith("Text[^dossier-1] und[^dossier-2].")
    assert [c.anchor for c in result.citations] == ["p5-s1", "p15-s1"]
    assert ">auf drei Kontinenten</q>" in result.markdown  # quoted as in the seed, on one line


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
    assert f"[paragraph 4](../../articles/{KEY}.md#p4-s1 " in result.markdown
    assert f"](../../articles/{KEY}.md)" in result.markdown  # the title links to the article


# --- footnotes like an encyclopedia's: title, author, outlet, date, original, where (issue 12) -----

@pytest.fixture(scope="module")
def dated_documents(tmp_path_factory):
    """The sample with a sidecar that gives the date of publication and the original's address."""
    folder = tmp_path_factory.mktemp("dated")
    (folder / f"{KEY}.txt").write_bytes((ROOT / "seeds" / f"{KEY}.txt").read_bytes())
    (folder / f"{KEY}.yml").write_text("title: Fünfzig Frauen verklagen Salesforce\npublished: 2019-03-27\n"
                                       "url: https://news.trust.org/item/20190327\n", encoding="utf-8")
    return {KEY: segment(read_seed(folder / f"{KEY}.txt"))}


@pytest.mark.parametrize("language, date, where, original", [
    ("de", "27. März 2019", "Absatz 6, Satz 2", "Original"),
    ("en", "March 27, 2019", "paragraph 6, sentence 2", "Original"),
])
def test_a_footnote_names_title_author_outlet_date_original_and_where(dated_documents, language, date, where,
                                                                     original):
    note = cite_page(f"x[@{KEY}:p6-s2]", "timeline.md", dated_documents, language).markdown.split("\n\n")[1]
    assert f'[<cite lang="de">Fünfzig Frauen verklagen Salesforce</cite>](articles/{KEY}.md)' in note
    assert "Kate Ryan, Thomson Reuters Foundation" in note
    assert f'<time datetime="2019-03-27">{date}</time>' in note
    assert f'<a class="dossier-original" href="https&#58;//news.trust.org/item/20190327">{original}</a>' in note
    assert f"[{where}](articles/{KEY}.md#p6-s2 " in note
    link_texts = re.findall(r"\[([^\]]*)\]\(", note)
    assert not any(re.search(r"p\d+-s\d+", text) for text in link_texts)  # never an anchor id as link text


def test_a_footnote_leaves_out_what_the_sidecar_does_not_give(documents):
    note = cite_page(f"x[@{KEY}:p4-s1]", "index.md", documents, "de").markdown.split("\n\n")[1]
    assert "<time" not in note and "dossier-original" not in note
    assert f"[Absatz 4](articles/{KEY}.md#p4-s1 " in note


def test_markers_in_code_are_left_alone(documents):
    page = f"Syntax: `[@{KEY}:p3-s1]`\n\n```\n[@nokey:p1-s1]\n```\n"
    result = cite_page(page, "index.md", documents)
    assert result.markdown == page and not result.errors


def test_errors_name_the_page_line_and_marker(documents):
    page = f"ok[@{KEY}:p3-s1]\n\nbroken[@{KEY}:p3-s9]\n[@{KEY}]\n"
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


def messages(result) -> list[str]:
    return [str(error) for error in result.errors]


@pytest.mark.parametrize("page, line, message, fix", [
    (f"Eins.\nZwei.[@{KEY}:\np3-s1] weiter\n", 2, "is split over two lines", f"keep it on one line: [@{KEY}:p3-s1]"),
    (f"Zwei.[@{KEY}\n:p3-s1]\n", 1, "is split over two lines", f"[@{KEY}:p3-s1]"),
    (f"x [@ {KEY}:p3-s1]\n", 1, "has spaces in it", f"write [@{KEY}:p3-s1]"),
    (f"x [@{KEY} : p3-s1]\n", 1, "has spaces in it", f"write [@{KEY}:p3-s1]"),
    (f"x [@{KEY}: p3-s1 ]\n", 1, "has spaces in it", f"write [@{KEY}:p3-s1]"),
    (f'x [@ {KEY} "drei Kontinenten"]\n', 1, "has spaces in it", f'write [@{KEY} "drei Kontinenten"]'),
    (f"\n\nx [@{KEY}:p3-s1 und weiter.\n", 3, "has no closing ]", "close it"),
    ("x [@schlüssel:p3-s1]\n", 1, "cannot read the citation [@schlüssel:p3-s1]", "letters a-z"),
    (f'x [@ {KEY} "auf drei\nKontinenten"]\n', 1, "has spaces in it", f'write [@{KEY} "auf drei⏎Kontinenten"]'),
    ("x [@000_309a\n6589a2c97f54 : p3-s1]\n", 1, "is split over two lines", f"[@{KEY}:p3-s1]"),
])
def test_a_spaced_split_or_unclosed_marker_is_an_error_with_its_fix(documents, page, line, message, fix):
    result = cite_page(page, "notes.md", documents)
    assert len(result.errors) == 1, messages(result)
    error = result.errors[0]
    assert (error.path, error.line) == ("docs/notes.md", line)
    assert message in error.message and fix in error.hint
    assert "[^dossier" not in result.markdown  # nothing half-converted


def test_a_marker_in_a_blank_line_separated_paragraph_is_not_joined_to_the_next(documents):
    result = cite_page(f"x [@{KEY}:\n\np3-s1]\n", "notes.md", documents)
    assert [e.message for e in result.errors] == [f"the citation marker [@{KEY}:… has no closing ]"]


def test_a_link_to_a_handle_is_not_a_citation_but_a_citation_before_brackets_is(documents):
    page = "Folgen Sie [@dossier](https://example.org/@dossier).\n"
    result = cite_page(page, "notes.md", documents)
    assert result.markdown == page and not result.errors
    result = cite_page(f"Verklagt.[@{KEY}:p3-s1](2019)\n", "notes.md", documents)
    assert not result.errors and result.markdown.startswith("Verklagt.[^dossier-1](2019)")


def test_lone_backticks_in_different_paragraphs_do_not_hide_a_marker(documents):
    # Markdown pairs backticks only within a paragraph, so the marker between them is prose.
    page = f"Ein ` allein.\n\nBeleg.[@{KEY}:p4-s1]\n\nNoch ein ` allein.\n"
    result = cite_page(page, "notes.md", documents)
    assert not result.errors
    assert "Beleg.[^dossier-1]" in result.markdown


def test_a_marker_swallowed_by_a_stray_backtick_is_an_error(documents):
    page = f"Intro.\n\nDas Unternehmen`s Vertrag.[@{KEY}:p4-s1] Und\nweiter ` hier.\n"
    result = cite_page(page, "notes.md", documents, first_line=5)
    assert len(result.errors) == 1, messages(result)
    error = result.errors[0]
    assert error.line == 7
    assert f"[@{KEY}:p4-s1] is inside code: the backticks on lines 7 and 8" in error.message
    assert "remove the stray backtick" in error.hint
    assert result.markdown == page


@pytest.mark.parametrize("page", [
    f"Syntax: `[@{KEY}:p3-s1]` und ``[@{KEY} \"genaue Worte\"]``.\n",
    f"~~~\nText [@{KEY}:p3-s9] in a block\n~~~\n",
    "Escaped \\` then `[@nokey:p1-s1]`.\n",
])
def test_markers_shown_as_syntax_stay_literal_and_unchecked(documents, page):
    result = cite_page(page, "notes.md", documents)
    assert result.markdown == page and not result.errors


@pytest.mark.parametrize("page, line", [
    ("Meine Notiz.[^dossier-1]\n\n[^dossier-1]: Von Hand.\n", 1),
    ("Text.\n\n[^dossier-x]: Von Hand.\n", 3),
])
def test_the_generated_footnote_labels_cannot_be_taken_by_hand(documents, page, line):
    result = cite_page(page, "notes.md", documents)
    assert result.errors and result.errors[0].line == line
    assert "uses the label prefix dossier-" in result.errors[0].message
    assert "rename your footnote, e.g. [^note-" in result.errors[0].hint


def test_other_hand_written_footnotes_are_fine(documents):
    page = f"Notiz.[^1] Beleg.[@{KEY}:p3-s1]\n\n[^1]: Von Hand.\n"
    result = cite_page(page, "notes.md", documents)
    assert not result.errors and "[^1]: Von Hand." in result.markdown


def test_words_in_several_sentences_fail_with_the_candidates(documents):
    with pytest.raises(CitationError) as caught:
        resolve(KEY, None, "Backpage", documents)
    error = caught.value
    assert "are in 11 sentences" in error.message and "ambiguous" in error.message
    candidates = error.hint.splitlines()[1:]
    assert candidates[0].strip().startswith(f"[@{KEY}:p3-s1] “") and "Backpage" in candidates[0]
    assert len(candidates) == 6 and candidates[-1].strip() == "… and 6 more"


def test_words_in_the_story_win_over_the_credits(documents):
    # "Thomson Reuters Foundation" is in p8-s1 (story) and p19-s2 (credits): the story sentence is meant.
    assert resolve(KEY, None, "Thomson Reuters Foundation", documents).anchor == "p8-s1"


def test_words_only_in_furniture_must_be_unique_there_too(documents):
    with pytest.raises(CitationError) as caught:
        resolve(KEY, None, "Kate Ryan", documents)
    assert "are in 2 sentences" in caught.value.message
    assert f"[@{KEY}:p1-s1]" in caught.value.hint and f"[@{KEY}:p19-s1]" in caught.value.hint


def test_line_numbers_count_the_front_matter():
    source = "---\ntitle: Analyse\n---\n\n# Analyse\n\nText.\n"
    assert body_first_line(source, "# Analyse\n\nText.\n") == 5
    assert body_first_line("# A\n", "# A\n") == 1
    assert body_first_line("anders", "# A\n") == 1  # a plugin changed the source: no guess


def test_error_lines_are_lines_of_the_file(documents):
    result = cite_page(f"# A\n\nx[@{KEY}:p3-s9]\n", "a.md", documents, first_line=5)
    assert result.errors[0].line == 7


@pytest.mark.parametrize("front_matter, key, expected", [
    ("title: 2019", "title", "2019"),
    ("title: 1.50", "title", "1.50"),
    ("title: 2019-03-27  # the day", "title", "2019-03-27"),
    ("description: 5", "description", "5"),
    ("title: yes", "title", "yes"),
])
def test_numbers_and_dates_in_the_front_matter_become_the_text_as_written(front_matter, key, expected):
    source = f"---\n{front_matter}\n---\n\n# Seite\n"
    meta = yaml.safe_load(front_matter)
    fixed, errors = check_front_matter(meta, "docs/seite.md", source)
    assert not errors and fixed[key] == expected


@pytest.mark.parametrize("front_matter, key, expected", [
    ("title: [a, b]", "title", "title must be text, not a list"),
    ("description: {a: 1}", "description", "description must be text, not a mapping"),
    ("hide: 2019", "hide", "hide must be a list, not a number"),
    ("search: 5", "search", "search must be a mapping, not a number"),
    ("dossier_article: [x]", "dossier_article", "dossier_article must be text, not a list"),
    ("dossier_html: 5", "dossier_html", "dossier_html must be true or false, not a number"),
])
def test_front_matter_of_the_wrong_shape_is_dropped_and_reported(front_matter, key, expected):
    source = f"---\nauthor: x\n{front_matter}\n---\n\n# Seite\n"
    fixed, errors = check_front_matter({"author": "x", **yaml.safe_load(front_matter)}, "docs/seite.md", source)
    assert key not in fixed and fixed["author"] == "x"
    assert [str(e).splitlines()[0] for e in errors] == [f"docs/seite.md:3: front matter: {expected}"]
    assert "hint: write it as" in str(errors[0])


def test_null_front_matter_values_are_dropped():
    fixed, errors = check_front_matter({"title": None, "hide": None, "template": None}, "docs/a.md")
    assert fixed == {} and not errors


def test_the_strict_summary_lists_every_error(documents):
    result = cite_page(f"a[@{KEY}:p3-s9]\n\nb[@ {KEY}:p3-s1]\n", "a.md", documents)
    summary = strict_summary(result.errors)
    lines = summary.splitlines()
    assert lines[0] == "dossier: 2 errors, so the strict build stops:"
    assert lines[1].startswith("docs/a.md:1: unknown anchor 'p3-s9'")
    assert any(line.startswith("docs/a.md:3: the citation [@ ") for line in lines)
    assert summary.count("hint:") == 2


# --- the hook: serve never raises, a build does ----------------------------------------------------

class _PageWithoutMeta:
    meta = None  # an event reading it fails, as a bug in the hook would

    class file:
        src_path = "broken.md"


def test_under_serve_an_error_in_the_hook_is_printed_and_the_page_goes_on(hook, capsys):
    hook.on_startup(command="serve", dirty=False)
    assert hook.on_post_page("<html></html>", page=_PageWithoutMeta(), config=None) == "<html></html>"
    printed = capsys.readouterr().err
    assert printed.startswith("ERROR    -  dossier: broken.md: AttributeError:")
    assert "Traceback" not in printed


def test_in_a_build_an_error_in_the_hook_is_raised(hook):
    hook.on_startup(command="build", dirty=False)
    with pytest.raises(AttributeError):
        hook.on_post_page("<html></html>", page=_PageWithoutMeta(), config=None)


def test_under_serve_a_conversion_that_crashes_keeps_the_last_good_pages(hook, capsys, monkeypatch, tmp_path):
    import dossier.convert

    def crash(*args, **kwargs):
        raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")

    monkeypatch.setattr(dossier.convert, "convert", crash)
    hook._regenerate(tmp_path / "seeds", tmp_path / "docs")
    printed = capsys.readouterr().err
    assert "conversion failed (ValueError: Exceeds the limit" in printed and "still serving" in printed


@pytest.mark.parametrize("raw", ['{"version": 1}', '{"version": 1, "language": "de", "documents": [{"key": "k"}]}',
                                 "[1]", '{"version": 1, "language": "de", "documents": 5}'])
def test_a_damaged_index_is_a_value_error(raw):
    from dossier.index import loads_index

    with pytest.raises(ValueError):
        loads_index(raw)
