"""Footnotes written as HTML by the hook are byte for byte what Python-Markdown and MkDocs make of them.

A build hands Python-Markdown a placeholder as each footnote's text and puts the footnote's HTML
into the page afterwards (``cite_page(article_url=…)``, ``fill_footnotes``), which halves the
Markdown work of hand-written pages. The generated pages go further (front matter ``dossier_html``,
``cite_html_page``): their lists are HTML, the hook writes their footnotes whole and sets their
HTML blocks aside while Markdown converts the rest. Readers must get the same page: these tests
render pages both ways through MkDocs' own page rendering and compare the HTML.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from dossier import html_blocks, pages, search_aside
from dossier.citations import (
    PLAIN_FOOTNOTE_EXTENSIONS,
    FootnoteStyle,
    article_path,
    cite_html_page,
    cite_page,
    link_pages,
    plain_footnote_extensions,
)
from dossier.extract import extract
from dossier.seed import read_seed
from dossier.segment import segment

ROOT = Path(__file__).resolve().parent.parent
PROJECT_EXTENSIONS = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]
# Every extension the fast path accepts, at once: none may touch a footnote's text.
ALL_PLAIN_EXTENSIONS = sorted(PLAIN_FOOTNOTE_EXTENSIONS - {"toc", "tables", "fenced_code"})  # MkDocs adds those

# Every character Markdown could read as syntax, in every field a footnote shows.
AWKWARD_TEXT = ("Von Anna O'Neil & Co\n\n"
                "Sie sagte, *Sternchen* und _Striche_ seien [Klammern](x.md) wie <b>Tags</b> & 5 $ wert. "
                "Ein Satz mit `Backticks`, \\Backslash, #Raute, {: .klasse} und ~~Strich~~ am Ende!\n\n"
                "„Das ist ein Zitat“, sagte sie am 3. Mai 2024 um 10:30 Uhr [^1] in https://example.org.\n")
AWKWARD_SIDECAR = {"title": 'Ein "Titel" & <Tag> [mit](klammern) *Stern*', "outlet": "A & B <Verlag>",
                   "published": "2024-05", "url": "https://example.org/a?b=1&c=2#x",
                   "rights": '© "Agentur" & Partner_innen'}


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    (folder / "awkward.txt").write_text(AWKWARD_TEXT, encoding="utf-8")
    (folder / "awkward.yml").write_text(yaml.safe_dump(AWKWARD_SIDECAR, allow_unicode=True), encoding="utf-8")
    for source in (ROOT / "seeds" / "000_309a6589a2c97f54", ROOT / "tests" / "texts" / "harbour_bridge"):
        for suffix in (".txt", ".yml"):
            shutil.copy(source.with_suffix(suffix), folder / f"{source.name}{suffix}")
    return {path.stem: segment(read_seed(path)) for path in sorted(folder.glob("*.txt"))}


def citing_everything(documents) -> str:
    """A page that cites every sentence, twice (the second reference of a footnote is numbered
    apart), by words too, from a list, a heading and a paragraph; and a quote and a note as on the
    generated pages."""
    lines = ["# Alles [@awkward:p1-s1]", ""]
    for key, document in documents.items():
        for sentence in document.all_sentences():
            lines += [f"- Satz [@{key}:{sentence.anchor}] und noch einmal [@{key}:{sentence.anchor}]", ""]
    lines += ['Mit Worten: [@awkward "Backslash"].', "", '<p class="dossier-hint">Ein Hinweis.</p>', "",
              '- <span class="dossier-attribution">laut ihr:</span> <q class="dossier-quote" lang="de">Ein '
              '<mark>Satz</mark>.</q> [@awkward:p2-s1]', ""]
    return "\n".join(lines)


def render(markdown: str, page_path: str, documents, *, extensions, directory_urls: bool, fast: bool,
           html_page: str | None = None) -> str:
    """The page's HTML as MkDocs renders it, with the hook's steps around the rendering: Markdown
    footnotes (``fast``: their text as placeholders), or, for an ``html_page``, the hook's HTML
    footnotes with the HTML blocks set aside ("whole") or left to Markdown ("blocks in place")."""
    config = MkDocsConfig()
    docs = next(iter(documents.values())).path.rsplit("/", 1)[0]  # any existing folder: nothing is read
    config.load_dict({"site_name": "Test", "docs_dir": docs, "use_directory_urls": directory_urls,
                      "markdown_extensions": copy.deepcopy(extensions)})  # MkDocs empties the dicts
    errors, _ = config.validate()
    assert not errors, errors
    style = FootnoteStyle.from_settings(config.mdx_configs.get("footnotes"))
    paths = [page_path] + [article_path(key) for key in documents]
    files = Files([File(path, config.docs_dir, config.site_dir, directory_urls) for path in dict.fromkeys(paths)])
    page_file = files.get_file_from_path(page_path)

    def article_url(path: str) -> str | None:
        target = files.get_file_from_path(path)
        return None if target is None else get_relative_url(target.url, page_file.url)

    if html_page == "whole":
        cited = cite_html_page(markdown, page_path, documents, "de", article_url, style)
    elif html_page == "blocks in place":
        linked, errors = link_pages(markdown, page_path, article_url)
        assert not errors
        cited = cite_page(linked, page_path, documents, "de", article_url=article_url, html_style=style)
    else:
        cited = cite_page(markdown, page_path, documents, "de",
                          article_url=article_url if fast and plain_footnote_extensions(config.markdown_extensions)
                          else None)
        assert bool(cited.footnotes) == fast
    assert not cited.errors
    page = Page(None, page_file, config)
    page.markdown = cited.markdown
    page.render(config, files)
    return cited.completed(page.content)


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("page_path", ["index.md", "timeline/3.md", "articles/awkward.md"])
@pytest.mark.parametrize("extensions", [PROJECT_EXTENSIONS, ALL_PLAIN_EXTENSIONS], ids=["project", "all-plain"])
def test_footnotes_written_as_html_equal_those_markdown_makes(documents, page_path, directory_urls, extensions):
    markdown = citing_everything(documents)
    through_markdown = render(markdown, page_path, documents, extensions=extensions,
                              directory_urls=directory_urls, fast=False)
    written = render(markdown, page_path, documents, extensions=extensions, directory_urls=directory_urls, fast=True)
    assert "dossier-fn-text-" not in written
    assert written.count('<li id="fn:dossier-') == sum(len(d.all_sentences()) for d in documents.values()) + 1
    assert written == through_markdown


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("page_path", ["index.md", "timeline/3.md"])
@pytest.mark.parametrize("extensions", [PROJECT_EXTENSIONS, ["footnotes", "toc"]], ids=["project", "defaults"])
def test_a_page_whose_citations_stand_in_html_reads_as_markdown_would_make_it(documents, page_path, directory_urls,
                                                                              extensions):
    """References and footnotes written by the hook, links and the site's footnote settings included.
    A footnote cited again is numbered in the order of the text (fnref:x, fnref2:x, …), where Markdown
    numbers in the order it happens to visit the page's elements: only that may differ."""
    markdown = citing_everything(documents).replace("# Alles [@awkward:p1-s1]", "# Alles")  # see the next test
    through_markdown = render(markdown, page_path, documents, extensions=extensions,
                              directory_urls=directory_urls, fast=False)
    written = render(markdown, page_path, documents, extensions=extensions, directory_urls=directory_urls,
                     fast=True, html_page="whole")
    assert written.count('class="footnote-backref"') > written.count('<li id="fn:dossier-') > 40  # cited twice
    references = re.findall(r'<sup id="fnref(\d*):(dossier-\d+)"', written)
    seen: dict[str, int] = {}
    for use, name in references:  # in the order of the text
        seen[name] = seen.get(name, 0) + 1
        assert use == (str(seen[name]) if seen[name] > 1 else "")
    backlinks = re.findall(r'class="footnote-backref" href="#fnref(\d*):(dossier-\d+)"', written)
    assert sorted(backlinks) == sorted(references) and ("3", "dossier-25") in references
    in_any_order = re.compile(r"fnref\d*:")
    assert in_any_order.sub("fnref:", written) == in_any_order.sub("fnref:", through_markdown)


def test_a_citation_in_a_heading_of_an_html_page_becomes_a_footnote_too(documents):
    # Markdown's table of contents reads an inline HTML reference as text where it would drop its own:
    # the heading's HTML is the same, only its entry in the table of contents differs.
    html = render("# Alles [@awkward:p1-s1]\n", "index.md", documents, extensions=PROJECT_EXTENSIONS,
                  directory_urls=True, fast=True, html_page="whole")
    assert html.startswith('<h1 id="alles-1">Alles <sup id="fnref:dossier-1"><a class="footnote-ref" '
                           'href="#fn:dossier-1">1</a></sup>')


@pytest.fixture(scope="module")
def generated_pages(documents):
    """Every page Dossier generates from the three seeds, with lists long enough to be cut into parts."""
    dossier = pages.Dossier(tuple(extract(document) for document in documents.values()), "de")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "PART_BUDGET", 3_000)
        generated = pages.render_pages(dossier)
    assert any(pages.is_part_page(path) for path in generated)
    return {path: text.split("\n---\n", 1)[1] for path, text in generated.items()}


@pytest.mark.parametrize("directory_urls", [True, False])
def test_generated_pages_read_the_same_with_their_html_blocks_set_aside(documents, generated_pages, directory_urls):
    blocks = 0
    for path, markdown in generated_pages.items():
        whole = render(markdown, path, documents, extensions=PROJECT_EXTENSIONS, directory_urls=directory_urls,
                       fast=True, html_page="whole")
        in_place = render(markdown, path, documents, extensions=PROJECT_EXTENSIONS, directory_urls=directory_urls,
                          fast=True, html_page="blocks in place")
        assert whole == in_place, path
        assert not re.search(r'href="[^"]*articles/[^"]*\.md\b', whole), path  # links to articles are URLs
        blocks += len(html_blocks.set_aside(markdown)[1])
    assert blocks > 50


@pytest.mark.parametrize("markdown, expected", [
    ('<div class="a">\n<ol>\n<li>x</li>\n</ol>\n</div>', 1),
    ('Text.\n\n<p class="hint">A hint.</p>\n\n<ul>\n<li>a</li>\n</ul>\n', 2),
    ('<div class="a" markdown>\n\n*Markdown* inside\n\n</div>', 0),  # md_in_html parses it
    ('<div>\n<div>nested</div>\n</div>', 0),
    ('Text <p>inline</p>\n', 0),
    ('Text\n<p>after a line of text</p>\n', 0),
    ('<p>two</p> <p>on a line</p>\n', 0),
    ('    <p>indented: code</p>\n', 0),
    ('<p>a</p>\ntext after it\n', 0),
    ('<!--dossier-block-0-->\n\n<p>a</p>\n', 0),
])
def test_only_html_blocks_that_markdown_passes_through_are_set_aside(markdown, expected):
    shown, blocks = html_blocks.set_aside(markdown)
    assert len(blocks) == expected
    assert html_blocks.put_back(shown, blocks) == markdown


def test_the_anchors_of_what_markdown_never_saw_are_found():
    assert html_blocks.anchor_ids('<p id="p3">x <span class="s" id="p3-s1">y</span></p>',
                                  '<a name="old">a</a><div name="no">', "<p>none</p>") == {"p3", "p3-s1", "old"}


def test_links_in_html_become_the_urls_mkdocs_gives_markdown_links(documents):
    urls = {"articles/awkward.md": "../../articles/awkward/", "timeline.md": "../../timeline/"}
    page = ('<a href="../articles/awkward.md#p2-s1">a</a> <a href="../timeline.md">b</a>\n'
            '<a href="https://example.org/x.md">c</a> `<a href="x.md">`\n\n<a href="../gone.md">d</a>\n')
    linked, errors = link_pages(page, "timeline/3.md", urls.get, "docs", first_line=5)
    assert linked.startswith('<a href="../../articles/awkward/#p2-s1">a</a> <a href="../../timeline/">b</a>\n'
                             '<a href="https://example.org/x.md">c</a> `<a href="x.md">`')
    assert [str(error) for error in errors] == [
        "docs/timeline/3.md:8: the link to gone.md goes to no page of this site\n"
        "  hint: run `make docs` (python scripts/convert.py), or correct the link"]


def test_an_html_page_cannot_hold_markdown_footnotes_or_cite_an_article_that_is_not_a_page(documents):
    style = FootnoteStyle()
    own = cite_html_page("x [@awkward:p2-s1] y [^1]\n\n[^1]: Eine eigene.\n", "a.md", documents, "de",
                         lambda path: "x/", style)
    assert [error.message.split(",")[0] for error in own.errors] == [
        "the footnote [^1] is Markdown"]
    assert own.errors[0].line == 3
    missing = cite_html_page("x [@awkward:p2-s1]\n", "a.md", documents, "de", lambda path: None, style)
    assert missing.errors[0].message.startswith("articles/awkward.md is not a page of this site")
    assert "[^" not in missing.markdown and not missing.footnotes_div


def test_the_awkward_footnote_keeps_every_character_as_text(documents):
    html = render("x [@awkward:p2-s1]\n", "timeline/3.md", documents, extensions=PROJECT_EXTENSIONS,
                  directory_urls=True, fast=True)
    footnote = html[html.index('<li id="fn:dossier-1">'):]
    assert "<b>" not in footnote and "<em>" not in footnote and "<code>" not in footnote
    assert '<a href="../../articles/awkward/#p2-s1" title="Den Satz im Originaltext zeigen">' in footnote
    assert '<a href="../../articles/awkward/"><cite lang="de">' in footnote


@pytest.mark.parametrize("extensions, plain", [
    (["toc", "tables", "fenced_code", "footnotes", "attr_list", "md_in_html"], True),
    (["markdown.extensions.footnotes", "toc"], True),
    (["toc", "tables"], False),  # no footnotes extension: the markers' footnotes are left to Markdown as ever
    (["footnotes", "abbr"], False),  # abbr would mark abbreviations inside the footnotes' text
    (["footnotes", "pymdownx.smartsymbols"], False),
    (["footnotes", object()], False),
])
def test_only_extensions_known_to_leave_footnote_text_alone_allow_html_footnotes(extensions, plain):
    assert plain_footnote_extensions(extensions) is plain


def test_a_page_without_a_link_target_or_with_a_placeholder_keeps_markdown_footnotes(documents):
    page = "x [@awkward:p2-s1]\n"
    assert cite_page(page, "a.md", documents, article_url=lambda path: None).footnotes == {}
    assert cite_page(page + "dossier-fn-text-1\n", "a.md", documents,
                     article_url=lambda path: "x/").footnotes == {}
    fast = cite_page(page, "a.md", documents, article_url=lambda path: "x/")
    assert fast.markdown.endswith("\n\n[^dossier-1]: dossier-fn-text-1\n")
    assert list(fast.footnotes) == ["dossier-fn-text-1"]


# --- the search plugin reads each page without what it would only skip -----------------------------

FOOTNOTES = ('<div class="footnote" data-search-exclude="true">\n<hr />\n<ol>\n<li id="fn:1">\n'
             '<p><q data-search-exclude="true">y</q></p>\n</li>\n</ol>\n</div>')
QUOTE = '<q class="dossier-quote" data-search-exclude="true" lang="de">Ein <mark>Satz</mark></q>'


@pytest.mark.parametrize("html, asides", [
    (f"<p>a {QUOTE} b</p>\n{FOOTNOTES}", [QUOTE, FOOTNOTES]),
    (f"<p>a</p>\n{FOOTNOTES}\n<p>after</p>", [FOOTNOTES]),
    (f'<p class="hint" data-search-exclude="true">first</p>\n<p>a {QUOTE}</p>', [QUOTE]),  # it starts a section
    ('<p>a <span data-search-exclude="true">x <span>in</span> y</span></p>', []),  # Material stops at </span>
    ('<div data-search-exclude="true"><h2 id="x">Heading</h2></div>', []),  # a heading starts a section
    ('<p>the mark as text: data-search-exclude="true"</p>', []),
    ("<p>nothing marked</p>", []),
    (f"<p>a</p><!--dossier-aside-0-->{QUOTE}", []),
])
def test_marked_elements_are_set_aside_where_the_search_plugin_would_only_skip_them(html, asides):
    shown, set_aside = search_aside.set_aside(html)
    assert set_aside == asides
    assert shown.count("<!--dossier-aside-") == len(asides) + html.count("<!--dossier-aside-")
    assert search_aside.put_back(shown, set_aside, lambda part: part) == html


class _Page:
    def __init__(self, content: str):
        self.content, self.meta, self.toc, self.url, self.title = content, {}, [], "timeline/3/", "Chronik"
        self.file = File("timeline/3.md", "/docs", "/site", True)


def _search(enabled: bool):
    from material.plugins.search.plugin import SearchIndex, SearchPlugin

    plugin = SearchPlugin()
    plugin.load_config({"enabled": enabled})
    plugin.search_index = SearchIndex(**plugin.config)

    class Config:
        plugins = {"material/search": plugin}
    return plugin, Config


@pytest.mark.parametrize("starts_with_a_hint", [False, True])
def test_the_search_index_and_the_page_are_the_same_with_the_marked_parts_set_aside(documents, hook,
                                                                                  starts_with_a_hint):
    markdown = citing_everything(documents)
    if starts_with_a_hint:  # before the first heading, as on the generated pages
        markdown = '<p class="dossier-hint">Ein Hinweis.</p>\n\n' + markdown
    content = render(markdown, "timeline/3.md", documents, extensions=PROJECT_EXTENSIONS,
                     directory_urls=True, fast=True)
    pages, entries = [], []
    for set_aside in (False, True):
        plugin, config = _search(enabled=True)
        page = _Page(content)
        page.content = hook.on_page_content(page.content, page=page, config=config, files=None)
        # Without Material's search enabled the hook sets nothing aside: then the plugin reads it all.
        hook.on_page_context({}, page=page, config=config if set_aside else _search(False)[1], nav=None)
        assert ("<!--dossier-aside-" in page.content) is set_aside
        plugin.on_page_context({}, page=page, config=config, nav=None)
        pages.append(hook._put_back(page.content, page))
        entries.append(plugin.search_index.entries)
    assert pages[1] == pages[0]
    assert "data-search-exclude" not in pages[1] and '<div class="footnote">' in pages[1]
    assert entries[1] == entries[0] and entries[0]
    assert not any("Verlag" in entry["text"] for entry in entries[0])  # the footnotes never were indexed
