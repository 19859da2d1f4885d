"""Hostile seeds (tests/hostile/, see its README.md): each one converts into an inert site or fails cleanly.

(a) Success: the seeds are converted together into a temporary docs/ that already holds hand-written
    pages, the site is built with ``mkdocs build --strict`` (one build for the whole batch) and the
    HTML is checked: the seed's text is visible verbatim as text, and nothing of it became markup:
    no script, no event handler, no ``javascript:`` link, no footnote from a marker typed into a seed.
(b) Failure: a DossierError whose message names the file (and the line where there is one),
    ``scripts/convert.py`` exits with 2-5 without a traceback, and docs/ is byte-identical afterwards.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import mkdocs_build, snapshot, write_config

from dossier.convert import convert
from dossier.errors import DossierError, MetadataError, OverrideError, SeedError
from dossier.seed import read_seed
from dossier.segment import segment

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).with_name("hostile")
PYTHON = ROOT / ".venv" / "bin" / "python"
if not PYTHON.exists():
    PYTHON = Path(sys.executable)

# Pages an editor wrote before any conversion: never touched, and citing seeds works on them.
HAND_WRITTEN = {
    "notes.md": "# Notizen\n\nEin Beleg aus einem feindlichen Seed.[@markup_html:p2-s1]\n\n"
                "Code zeigt die Syntax: `[@markup_html:p2-s1]`.\n\n"
                "Ein umbrochener Satz mit „1999.“ und „===“ am Zeilenanfang.[@markup_line_starts:p2-s1]\n\n"
                "Ein Satz, dessen Artikel „P2 S1“ heißt.[@meta_title_anchor:p2-s1]\n",
    "articles/handwritten.md": "# Von Hand\n\nEine handgeschriebene Seite zwischen den Artikeln.\n",
}


# --- the corpus and what each file must do -------------------------------------------------------

@dataclass(frozen=True)
class Fails:
    error: type[DossierError]
    file: str  # the file the message must name: the seed (.txt) or its sidecar (.yml, .yaml)
    line: int | None  # the line the message must name; None where no line makes sense
    fragment: str  # part of the message


FAILS: dict[str, Fails] = {
    "empty": Fails(SeedError, ".txt", None, "the file is empty"),
    "whitespace_only": Fails(SeedError, ".txt", None, "the file is empty"),
    "binary_png": Fails(SeedError, ".txt", 1, "byte 0x89 is not UTF-8"),
    "nul_bytes": Fails(SeedError, ".txt", 3, "NUL byte"),
    "ansi_escape": Fails(SeedError, ".txt", 2, "U+001B"),
    "latin1_german": Fails(SeedError, ".txt", 2, "byte 0xf6 is not UTF-8"),
    "cp1252_german": Fails(SeedError, ".txt", 2, "byte 0x84 is not UTF-8"),
    "utf16_without_bom": Fails(SeedError, ".txt", 1, "NUL byte"),
    "utf32_bom": Fails(SeedError, ".txt", 1, "UTF-32"),
    "meta_python_tag": Fails(MetadataError, ".yml", 1, "YAML tag"),
    "meta_alias_bomb": Fails(MetadataError, ".yml", 1, "aliases"),
    "meta_alias_in_overrides": Fails(MetadataError, ".yml", 3, "aliases"),
    "meta_list_not_mapping": Fails(MetadataError, ".yml", 1, "must be a mapping"),
    "meta_bad_date": Fails(MetadataError, ".yml", 2, "'2019-02-30' is not a date"),
    "meta_date_not_a_date": Fails(MetadataError, ".yml", 2, "is not a date"),
    "meta_duplicate_keys": Fails(MetadataError, ".yml", 3, "duplicate key 'title' (first on line 1)"),
    "meta_unknown_field": Fails(MetadataError, ".yml", 2, "unknown field 'autor'"),
    "meta_bad_language": Fails(MetadataError, ".yml", 2, "language 'fr' is not supported"),
    "meta_key_traversal": Fails(MetadataError, ".yml", 1, "cannot be used"),
    "meta_url_javascript": Fails(MetadataError, ".yml", 1, "not a web address"),
    "meta_syntax_error": Fails(MetadataError, ".yml", 2, "invalid YAML"),
    "meta_deep_nesting": Fails(MetadataError, ".yml", 1, "nested"),
    "meta_unhashable_key": Fails(MetadataError, ".yml", 1, "field name"),
    "meta_multi_document": Fails(MetadataError, ".yml", 2, "invalid YAML"),
    "meta_latin1": Fails(MetadataError, ".yml", 2, "byte 0xfc is not UTF-8"),
    "meta_nul_byte": Fails(MetadataError, ".yml", 2, "U+0000"),
    "control_c1": Fails(SeedError, ".txt", 1, "U+0086"),
    "meta_title_control": Fails(MetadataError, ".yml", 1, "U+0086"),
    "meta_two_sidecars": Fails(MetadataError, ".yaml", None, "has 2 metadata files"),
    "meta_huge_integer": Fails(MetadataError, ".yml", 4, "a number of 5,000 digits"),
    "meta_byline_newline": Fails(MetadataError, ".yml", 1, "must be a single line"),
    "meta_published_far_future": Fails(MetadataError, ".yml", 2, "'9999-12-31' is not a plausible date"),
    "meta_override_nan": Fails(OverrideError, ".yml", 2, "value is not a number"),
    "meta_override_inf": Fails(OverrideError, ".yml", 2, "value is too large"),
    "meta_override_long_decimal": Fails(OverrideError, ".yml", 2, "value is too large"),
    "meta_override_bad_day": Fails(OverrideError, ".yml", 2, "'2019-02-30' is not a day of the calendar"),
    "meta_override_year_zero": Fails(OverrideError, ".yml", 2, "year 0"),
    "meta_override_bad_period": Fails(OverrideError, ".yml", 2, "period 'bogus' is not known"),
    "meta_override_empty_name": Fails(OverrideError, ".yml", 2, "name is empty"),
    "meta_override_newline": Fails(OverrideError, ".yml", 2, "title must be a single line"),
}

# Seeds that convert. The value lists strings that must be visible, verbatim, as text on the article
# page (on top of every sentence of the seed, which is checked for all of them).
SUCCEEDS: dict[str, tuple[str, ...]] = {
    "utf16le_bom": ("„Größe zählt“",),
    "utf16be_bom": ("big endian",),
    "utf8_bom": ("Äußerst übliche Umlaute",),
    "mixed_line_endings": ("Dritte Zeile mit CR.", "Nach einer Leerzeile."),
    "nfd_umlauts": ("Jürgen Müller", "„äußerst übel“"),
    "no_sentence_end": ("hört nie richtig auf",),
    "unbalanced_quotes": ("„Dieses Zitat wird nie geschlossen", "»Auch das nicht.", "“Verkehrt herum„"),
    "only_punctuation": ("!!!",),
    "furniture_only": (),
    "markup_html": ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
                    '<a href="javascript:alert(2)">klick</a>', "</div></div></article>",
                    "<style>body{display:none}</style>"),
    "markup_markdown": ("[x](javascript:alert(1))", "![b](javascript:alert(1))", "<javascript:alert(1)>",
                        "`backticks`", "```drei```", "*emphasis*", "__fett__", "# heading mitten im Artikel",
                        "indented code line here", "|table|cell|", "> ein Zitatblock", "- eine Liste",
                        "[ref]: javascript:alert(1)", '{: onclick="alert(1)" }'),
    "markup_jinja": ("{{ jinja }}", "{{ config.site_name }}", "{% raw %}", "{% endraw %}", "{# kommentar #}",
                     "${HOME}"),
    "markup_citations": ("Fußnote[^1]", "[^note]", "[^1]: Diese", "[@markup_citations:p1-s1]",
                         "[@nicht_da:p1-s1]", '[@markup_citations "harmlose erste Zeile"]',
                         "[@markup_citations:p999-s9]", "[^dossier-1]"),
    "markup_comment": ("<!-- und wird nie geschlossen", "Dieser Satz muss sichtbar bleiben.", "-->",
                       "<!--x--> und --!> und <!--->"),
    "markup_entities": ("&amp;", "&lt;b&gt;fett&lt;/b&gt;", "&#60;script&#62;", "&nbsp;", "AT&T", "5 < 6 > 4",
                        '\\ * _ { } [ ] ( ) # + - . ! | ~ ^ $ : @ ` "'),
    "glued_sentences": ("<!-- Kommentar -->", "<![CDATA[ daten ]]>", "<?php echo 1; ?>"),
    "apostrophe": ("The company's lawyer", "didn't", "'We take these allegations seriously,'"),
    "unicode_oddities": ("TEXT RÜCKWÄRTS", "👩‍⚖️", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
    "numbers_and_dates": ("99999999999999999999999 Euro", "31. Februar 2019", "25:61 p.m."),
    "meta_hostile_values": ("<img src=x onerror=alert(1)> Outlet [x](javascript:alert(1))",),
    # Markup in what becomes the page title: MkDocs puts titles into <title>, the header and the navigation
    # of *every* page unescaped, so these two also test every other page of the site.
    "markup_title": ("<script>alert(1)</script> Überschrift <img src=x onerror=alert(1)>",),
    "meta_title_markup": ('<script>alert(1)</script>" onmouseover="alert(1)',),
    # Hard-wrapped lines starting with what Markdown reads as a list, a heading, a rule, a table …
    "markup_line_starts": ("der - so der Bürgermeister", "Zahlen 1999. noch niedriger", "mit === 50 Millionen",
                           "* nichts gewusst", "+ nichts geahnt", "1) gelte", "# die Verwaltung", "> die Polizei",
                           "___ alle", "| Tabelle | Zelle | und", '<div class="x"> ohne Ende',
                           '„=HYPERLINK("https://example.org/?x=1";"Klick mich") und - nichts weiter“'),
    "meta_title_anchor": ("P2 S1",),
    # Sidecars named .yaml and .YML are read, overrides included.
    "meta_yaml_suffix": ("Titel aus einer .yaml-Datei",),
    "meta_upper_suffix": ("Titel aus einer .YML-Datei",),
}
SIDECAR_SUFFIXES = (".yml", ".yaml", ".YML", ".YAML", ".Yml", ".Yaml")

def corpus_stems() -> set[str]:
    return {p.stem for p in CORPUS.glob("*.txt")}


def test_every_corpus_file_has_an_expected_outcome() -> None:
    stems = corpus_stems()
    assert len(stems) >= 30
    assert stems == set(FAILS) | set(SUCCEEDS)
    for sidecar in (p for p in CORPUS.iterdir() if p.suffix in SIDECAR_SUFFIXES):
        assert sidecar.with_suffix(".txt").exists(), f"{sidecar.name} has no seed"
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for stem in stems:
        assert f"`{stem}.txt`" in readme, f"{stem}.txt is not listed in tests/hostile/README.md"


# --- helpers --------------------------------------------------------------------------------------

def copy_seed(stem: str, seeds: Path) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for suffix in (".txt", *SIDECAR_SUFFIXES):
        source = CORPUS / f"{stem}{suffix}"
        if source.exists():
            shutil.copyfile(source, seeds / source.name)


def write_hand_written(docs: Path, *, citing: bool = True) -> None:
    for path, text in HAND_WRITTEN.items():
        if not citing and "[@" in text:
            continue
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")


def build_site(tmp: Path, docs: Path) -> Path:
    site = tmp / "site"
    result = mkdocs_build(write_config(tmp, docs_dir=str(docs)), site)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return site


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PYTHON), str(ROOT / "scripts" / "convert.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


class Html(HTMLParser):
    """What a browser would see: tags with attributes, text, and the region each tag is in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], str | None]] = []  # tag, attributes, region
        self.text: list[str] = []
        self.scripts: list[tuple[str, str]] = []  # (type, content)
        self._stack: list[tuple[str, str | None]] = []
        self._in_script = False

    def region(self) -> str | None:
        for _, region in reversed(self._stack):
            if region:
                return region
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        classes = attributes.get("class", "").split()
        region = next((c for c in ("dossier-text", "dossier-meta") if c in classes), None)
        self.tags.append((tag, attributes, self.region()))
        if tag in ("img", "br", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed",
                   "path", "circle", "rect", "use"):
            return
        self._stack.append((tag, region))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append((attributes.get("type", ""), ""))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            kind, content = self.scripts[-1]
            self.scripts[-1] = (kind, content + data)
        else:
            self.text.append(data)


def parse(path: Path) -> Html:
    parser = Html()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def folded(text: str) -> str:
    return " ".join(text.split())


def markup_problems(html: Html, *, article: bool) -> list[str]:
    """Everything in a page that only a seed could have put there as markup."""
    problems = []
    for tag, attributes, region in html.tags:
        for name, value in attributes.items():
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=…>")
            if re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(("javascript:", "vbscript:", "data:text")):
                problems.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed", "base"):
            problems.append(f"<{tag}>")
        if tag == "img" and attributes.get("src") == "x":
            problems.append("<img src=x>")
        if tag == "li" and attributes.get("id", "").startswith("fn:") \
                and not re.fullmatch(r"fn:dossier-\d+", attributes["id"]):
            problems.append(f"footnote {attributes['id']} that the hook did not make")
        if article:
            if region == "dossier-text" and tag not in ("p", "span"):
                problems.append(f"<{tag}> inside the article text")
            if region == "dossier-text" and tag == "span" and attributes.get("class") != "dossier-sentence":
                problems.append(f"<span class={attributes.get('class')!r}> inside the article text")
            if region == "dossier-meta" and tag not in ("dt", "dd", "div", "span", "time", "a", "cite"):
                problems.append(f"<{tag}> inside the article's metadata")
            if tag in ("sup", "li") and attributes.get("id", "").startswith(("fn", "fnref")):
                problems.append(f"footnote {attributes['id']} on an article page")
    for kind, content in html.scripts:
        if kind == "application/ld+json":  # data, not code, as long as nothing in it can end the element
            json.loads(content)
            if "<" in content:
                problems.append(f"'<' in JSON-LD: {content[:60]!r}")
        elif "alert" in content:
            problems.append(f"<script> running {content.strip()[:40]!r}")
    return problems


# --- (a) hostile seeds that convert: one site for all of them ----------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile-site")
    seeds, docs = tmp / "seeds", tmp / "docs"
    for stem in SUCCEEDS:
        copy_seed(stem, seeds)
    docs.mkdir()
    write_hand_written(docs)
    before = snapshot(docs)
    report = convert(seeds, docs)
    after = snapshot(docs)
    for path, data in before.items():
        assert after[path] == data, f"hand-written {path} was changed"
    return build_site(tmp, docs), report.generated.dossier, seeds


@pytest.mark.parametrize("stem", sorted(SUCCEEDS))
def test_seed_text_stays_text(site, stem: str) -> None:
    site_dir, dossier, seeds = site
    document = next(d for d in dossier.documents if d.key == stem)
    page = site_dir / "articles" / stem / "index.html"
    html = parse(page)
    assert markup_problems(html, article=True) == []
    text = folded("".join(html.text))
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            assert folded(sentence.text) in text, f"{sentence.anchor} is not visible verbatim"
    for literal in SUCCEEDS[stem]:
        assert folded(literal) in text, f"{literal!r} is not visible as text"
    # Markers typed into the seed stayed text: the article page has no footnote at all.
    raw = page.read_text(encoding="utf-8")
    assert 'class="footnote"' not in raw and "footnote-ref" not in raw


def test_no_page_of_the_site_has_markup_from_a_seed(site) -> None:
    site_dir, _, _ = site
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) >= len(SUCCEEDS) + 5
    for page in pages:
        assert markup_problems(parse(page), article=False) == [], page.relative_to(site_dir)


def test_generated_pages_only_have_the_hooks_footnotes(site) -> None:
    site_dir, _, _ = site
    notes = (site_dir / "notes" / "index.html").read_text(encoding="utf-8")
    assert 'id="fn:dossier-1"' in notes  # the hand-written page's citation of a hostile seed resolved
    assert "alert&#40;1&#41;" in notes or "alert(1)" in notes
    for page in site_dir.rglob("*.html"):
        ids = re.findall(r'id="(fn(?:ref)?:[^"]*)"', page.read_text(encoding="utf-8"))
        assert all(re.fullmatch(r"fn(?:ref)?:dossier-\d+(?::\d+)?", i) for i in ids), (page, ids)


def test_hand_written_pages_are_in_the_site(site) -> None:
    site_dir, _, _ = site
    assert (site_dir / "articles" / "handwritten" / "index.html").exists()
    assert "Eine handgeschriebene Seite" in (site_dir / "articles" / "handwritten" / "index.html").read_text()


def test_utf16_and_utf8_seeds_read_the_same_as_on_disk(site) -> None:
    _, dossier, _ = site
    texts = {d.key: d.text for d in dossier.documents}
    assert texts["utf16le_bom"].startswith("Eine Datei in UTF-16")
    assert "\ufeff" not in texts["utf8_bom"] and "\r" not in texts["mixed_line_endings"]
    assert "Jürgen" in texts["nfd_umlauts"] and "u\u0308" not in texts["nfd_umlauts"]


def test_markup_in_the_title_is_escaped_in_the_page_body(tmp_path: Path) -> None:
    """In the Markdown too: front matter, heading and text hold no raw tag, and the site's nav is text."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    copy_seed("markup_title", seeds)
    copy_seed("meta_title_markup", seeds)
    convert(seeds, docs)
    for key in ("markup_title", "meta_title_markup"):
        markdown = (docs / "articles" / f"{key}.md").read_text(encoding="utf-8")
        assert "<script>" not in markdown and "<img" not in markdown and '" onmouseover' not in markdown
        assert "&lt;script&gt;" in markdown
    assert "<script>" not in (docs / "index.md").read_text(encoding="utf-8")


# Block elements Markdown makes from a line start; on these pages only the hook and the templates may add them.
BLOCKS = re.compile(r"<(?:h[1-6]|hr|pre|table|blockquote|ul|ol|li|dl)\b[^>]*>")


def _inner(page: str, start: int, tag: str) -> str:
    """The HTML inside the element whose start tag begins at ``start`` (same tags nested counted)."""
    depth, position = 0, start
    for match in re.compile(rf"<(/?){tag}\b[^>]*>").finditer(page, start):
        depth += -1 if match[1] else 1
        position = match.end()
        if depth == 0:
            return page[page.index(">", start) + 1:match.start()]
    return page[start:position]


def test_hard_wrapped_lines_make_no_markdown_structure(site) -> None:
    """A seed line starting with "- ", "1999. " or "===" stays inside its sentence on every page."""
    site_dir, dossier, _ = site
    article = (site_dir / "articles" / "markup_line_starts" / "index.html").read_text(encoding="utf-8")
    content = article[article.index('<article'):article.index('</article>')]
    assert len(re.findall(r"<h1\b", content)) == 1  # the title is one heading, nothing else is
    assert not re.search(r"<h[1-6]\b", content.split("</h1>", 1)[1])
    shown = folded("".join(parse(site_dir / "index.html").text))
    for raw in ("](articles/", "<span lang=", 'class="dossier', "</q>"):  # the home page's own markup
        assert raw not in shown, f"{raw!r} shown as text on the home page"
    timeline = (site_dir / "timeline" / "index.html").read_text(encoding="utf-8")
    items = [_inner(timeline, m.start(), "li") for m in re.finditer(r"<li\b", timeline)
             if "dossier-date" in timeline[m.start():m.start() + 200]]
    events = [e for e in dossier.facts if e.document.key == "markup_line_starts"][0].timeline
    assert len(items) >= len(events) >= 4
    for item in items:
        assert item.count("<q ") == item.count("</q>"), item
        assert not re.search(r"<(?:ul|ol|li|h[1-6]|hr|pre|table|blockquote)\b", item), item
    for page in ("figures", "sources"):
        html = (site_dir / page / "index.html").read_text(encoding="utf-8")
        content = html[html.index("<article"):].split('<div class="footnote">')[0]
        assert not re.search(r"<(?:pre|table|hr|h[4-6])\b", content), page


def test_footnotes_quoting_wrapped_lines_are_one_paragraph(site) -> None:
    site_dir, _, _ = site
    notes = (site_dir / "notes" / "index.html").read_text(encoding="utf-8")
    notes_ids = re.findall(r'<li id="(fn:dossier-\d+)"', notes)
    assert len(notes_ids) == 3
    for note in notes_ids:
        body = _inner(notes, notes.index(f'<li id="{note}"'), "li")
        assert body.count("<p>") == 1 and not BLOCKS.search(body), body
    assert "1999. noch niedriger lagen und niemand mit === 50 Millionen" in folded("".join(parse(
        site_dir / "notes" / "index.html").text))


def test_a_title_like_an_anchor_leaves_the_anchor_to_its_sentence(site) -> None:
    """Sidecar ``title: "P2 S1"``: the heading's id is not "p2-s1", so footnote links land on the sentence."""
    site_dir, _, _ = site
    page = (site_dir / "articles" / "meta_title_anchor" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'id="p2-s1"', page) == ['id="p2-s1"']
    assert re.search(r'<span class="dossier-sentence" id="p2-s1">', page)
    assert re.search(r'<h1 id="dossier-title">P2 S1', page)
    notes = (site_dir / "notes" / "index.html").read_text(encoding="utf-8")
    assert 'href="../articles/meta_title_anchor/#p2-s1"' in notes


def test_sidecars_named_yaml_are_read_with_their_overrides(site) -> None:
    site_dir, dossier, _ = site
    documents = {d.key: d for d in dossier.documents}
    assert documents["meta_yaml_suffix"].title == "Titel aus einer .yaml-Datei"
    assert documents["meta_upper_suffix"].title == "Titel aus einer .YML-Datei"
    figures = {f.document.key: f.figures for f in dossier.facts}
    assert figures["meta_upper_suffix"] and not figures["meta_yaml_suffix"]  # "drop: figures" applied


def test_exports_hold_no_markup_and_no_formula(site) -> None:
    site_dir, _, _ = site
    timeline = json.loads((site_dir / "exports" / "timeline.json").read_text(encoding="utf-8"))
    texts = [timeline["title"]["text"]["headline"]]
    texts += [e["text"][field] for e in timeline["events"] for field in ("headline", "text")]
    assert any("&lt;img src=x onerror=alert(1)&gt;" in text for text in texts)
    assert not [text for text in texts if "<" in text or ">" in text]  # TimelineJS shows these as HTML
    import csv
    for name in ("timeline.csv", "figures.csv", "sources.csv", "quotes.csv"):
        rows = list(csv.reader((site_dir / "exports" / name).open(encoding="utf-8", newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        assert not [c for c in cells if c.lstrip().startswith(("=", "+", "@", "\t", "\r"))], name
        assert not [c for c in cells if c.startswith("-") and not re.fullmatch(r"-\d+(?:\.\d+)?", c)], name
    quotes = (site_dir / "exports" / "quotes.csv").read_text(encoding="utf-8")
    assert '"\'=HYPERLINK(""https://example.org/?x=1"";""Klick mich"") und' in quotes


# --- (b) hostile seeds that fail: clear error, docs/ untouched ----------------------------------

def prepared(tmp_path: Path) -> tuple[Path, Path]:
    """A project with one good seed already converted and hand-written pages, as docs/ would be."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "zz_gut.txt").write_text("Ein guter Satz steht hier.\nUnd noch einer.\n", encoding="utf-8")
    docs.mkdir()
    write_hand_written(docs, citing=False)
    convert(seeds, docs)
    return seeds, docs


@pytest.mark.parametrize("stem", sorted(FAILS))
def test_failing_seed_names_file_and_line_and_changes_nothing(tmp_path: Path, monkeypatch, stem: str) -> None:
    expected = FAILS[stem]
    seeds, docs = prepared(tmp_path)
    copy_seed(stem, seeds)
    before = snapshot(docs)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DossierError) as info:
        convert(Path("seeds"), Path("docs"))
    error = info.value
    assert type(error) is expected.error
    assert 2 <= error.exit_code <= 5
    assert error.path == f"seeds/{stem}{expected.file}"
    assert error.line == expected.line
    assert expected.fragment in error.message
    where = f"seeds/{stem}{expected.file}:{expected.line}: " if expected.line else f"seeds/{stem}{expected.file}: "
    assert str(error).startswith(where + error.message)
    assert "\n  hint: " in str(error)
    assert snapshot(docs) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dossier-staging")]  # no half-built tree


CLI_CASES = ["empty", "binary_png", "latin1_german", "meta_python_tag", "meta_duplicate_keys", "meta_bad_date",
             "control_c1", "meta_huge_integer", "meta_override_nan", "meta_two_sidecars"]


@pytest.mark.parametrize("stem", CLI_CASES)
def test_cli_exit_code_and_no_traceback(tmp_path: Path, stem: str) -> None:
    expected = FAILS[stem]
    seeds, docs = prepared(tmp_path)
    copy_seed(stem, seeds)
    before = snapshot(docs)
    result = run_cli(tmp_path, "--seeds", "seeds", "--docs", "docs")
    assert result.returncode == expected.error.exit_code
    assert 2 <= result.returncode <= 5
    assert "Traceback" not in result.stderr + result.stdout
    line = f":{expected.line}" if expected.line else ""
    assert f"convert.py: seeds/{stem}{expected.file}{line}: " in result.stderr
    assert "  hint: " in result.stderr
    assert snapshot(docs) == before


def test_cli_check_reports_stale_with_exit_5(tmp_path: Path) -> None:
    seeds, docs = prepared(tmp_path)
    copy_seed("markup_html", seeds)
    before = snapshot(docs)
    result = run_cli(tmp_path, "--seeds", "seeds", "--docs", "docs", "--check")
    assert result.returncode == 5
    assert "Traceback" not in result.stderr and "articles/markup_html.md" in result.stderr
    assert snapshot(docs) == before
    result = run_cli(tmp_path, "--seeds", "seeds", "--docs", "docs", "--quiet")
    assert result.returncode == 0, result.stderr
    assert (docs / "articles" / "markup_html.md").exists()


# --- hostile names and collisions ----------------------------------------------------------------

@pytest.mark.parametrize("name", ["mit leerzeichen.txt", "punkt.im.namen.txt", ".versteckt.txt", "-minus.txt",
                                  "ümlaut.txt", "..txt", "x" * 101 + ".txt", "a;rm -rf.txt", "<script>.txt",
                                  "back\\slash.txt"])
def test_path_like_file_names_end_in_a_clear_error(tmp_path: Path, monkeypatch, name: str) -> None:
    seeds, docs = prepared(tmp_path)
    (seeds / name).write_text("Ein Satz.\n", encoding="utf-8")
    before = snapshot(docs)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SeedError) as info:
        convert(Path("seeds"), Path("docs"))
    assert info.value.path == f"seeds/{name}"
    assert repr(name) in info.value.message
    assert "hint: use letters, digits" in str(info.value)
    assert snapshot(docs) == before


def test_a_folder_named_like_a_seed_and_other_files_are_ignored(tmp_path: Path) -> None:
    seeds, docs = prepared(tmp_path)
    (seeds / "ordner.txt").mkdir()
    (seeds / "notiz.md").write_text("# nicht ein Seed\n", encoding="utf-8")
    (seeds / "zz_gut.txt.bak").write_bytes(b"\x00\x01")
    report = convert(seeds, docs)
    assert [d.key for d in report.generated.dossier.documents] == ["zz_gut"]


@pytest.mark.parametrize("name", ["index", "README", "handwritten_not", "404", "sitemap", "search"])
def test_keys_that_are_special_to_mkdocs_build(tmp_path: Path, name: str) -> None:
    seeds, docs = prepared(tmp_path)
    (seeds / f"{name}.txt").write_text(f"Ein Artikel namens {name} steht hier.\n", encoding="utf-8")
    convert(seeds, docs)
    site_dir = build_site(tmp_path, docs)
    html = (site_dir / "articles" / ("" if name in ("index", "README") else name) / "index.html")
    assert f"Ein Artikel namens {name} steht hier." in html.read_text(encoding="utf-8")


def collision(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    seeds, docs = prepared(tmp_path)
    (seeds / "handwritten.txt").write_text("Dieser Seed will die handgeschriebene Seite ersetzen.\n",
                                           encoding="utf-8")
    return seeds, docs, snapshot(docs)


def test_seed_colliding_with_a_hand_written_page_is_refused(tmp_path: Path, monkeypatch) -> None:
    seeds, docs, before = collision(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DossierError) as info:
        convert(Path("seeds"), Path("docs"))
    assert "articles/handwritten.md" in str(info.value)
    assert "hand-written" in info.value.message and "hint:" in str(info.value)
    assert snapshot(docs) == before


def test_key_colliding_with_a_hand_written_page_is_refused(tmp_path: Path) -> None:
    seeds, docs = prepared(tmp_path)
    (seeds / "anders.txt").write_text("Ein Satz.\n", encoding="utf-8")
    (seeds / "anders.yml").write_text("key: handwritten\n", encoding="utf-8")
    before = snapshot(docs)
    with pytest.raises(DossierError) as info:
        convert(seeds, docs)
    assert "articles/handwritten.md" in str(info.value)
    assert snapshot(docs) == before


def test_collision_exits_with_a_documented_code(tmp_path: Path) -> None:
    _, docs, before = collision(tmp_path)
    result = run_cli(tmp_path, "--seeds", "seeds", "--docs", "docs")
    assert "Traceback" not in result.stderr
    assert snapshot(docs) == before
    assert 2 <= result.returncode <= 5


def test_two_seeds_with_one_key_are_refused(tmp_path: Path, monkeypatch) -> None:
    seeds, docs = prepared(tmp_path)
    (seeds / "doppelt.txt").write_text("Ein Satz.\n", encoding="utf-8")
    (seeds / "doppelt.yml").write_text("key: zz_gut\n", encoding="utf-8")
    before = snapshot(docs)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DossierError) as info:
        convert(Path("seeds"), Path("docs"))
    assert "seeds/doppelt.txt" in str(info.value) and "seeds/zz_gut.txt" in str(info.value)
    assert snapshot(docs) == before


def test_two_seeds_with_one_key_exit_with_a_documented_code(tmp_path: Path) -> None:
    seeds, docs = prepared(tmp_path)
    (seeds / "doppelt.txt").write_text("Ein Satz.\n", encoding="utf-8")
    (seeds / "doppelt.yml").write_text("key: zz_gut\n", encoding="utf-8")
    result = run_cli(tmp_path, "--seeds", "seeds", "--docs", "docs")
    assert "Traceback" not in result.stderr
    assert 2 <= result.returncode <= 5


# --- big seeds, generated at run time -------------------------------------------------------------

# News prose: speakers, a quote, figures and dates in every few sentences, as in a real article.
WORDS = ("Die Firma zahlte 5 Millionen Euro, sagte der Anwalt am Montag in Berlin. "
         "„Wir prüfen das“, sagte eine Sprecherin. Im April 2018 waren es 5 Prozent mehr gewesen. ")


def test_four_thousand_paragraphs(tmp_path: Path) -> None:
    """Thousands of paragraphs, just under the size limit (250 KB): every one anchored and built."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    lines = ["Viertausend Absätze folgen, jeder eine eigene Zeile."]
    lines += [f"Absatz {'abcdefghij'[i % 10]}{'klmnopqrst'[i // 10 % 10]}: Straßen und Plätze blieben leer."
              for i in range(3_999)]
    (seeds / "many_paragraphs.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    convert(seeds, docs)
    document = segment(read_seed(seeds / "many_paragraphs.txt"))
    assert len(document.paragraphs) == 4_000
    assert document.sentence("p4000-s1") is not None
    site_dir = build_site(tmp_path, docs)
    page = (site_dir / "articles" / "many_paragraphs" / "index.html").read_text(encoding="utf-8")
    assert 'id="p4000-s1"' in page


def test_long_single_line(tmp_path: Path) -> None:
    """A 200 kB paragraph on one line converts and builds (5 MB: see the next test)."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "long_line.txt").write_text((WORDS * (200_000 // len(WORDS) + 1))[:200_000] + "\n", encoding="utf-8")
    convert(seeds, docs)
    site_dir = build_site(tmp_path, docs)
    assert (site_dir / "articles" / "long_line" / "index.html").stat().st_size > 200_000


FIVE_MB_BUDGET = 120  # seconds: a 5 MB seed must be converted or refused in reasonable time


def test_five_megabyte_single_line_is_refused_clearly(tmp_path: Path) -> None:
    """convert.py refuses seeds over 250 KB (a news article is a few kB): exit 2, the file named, docs/ unchanged."""
    seeds, docs = prepared(tmp_path)
    (seeds / "five_mb.txt").write_text((WORDS * (5_000_000 // len(WORDS) + 1))[:5_000_000] + "\n",
                                       encoding="utf-8")
    before = snapshot(docs)
    result = subprocess.run([str(PYTHON), str(ROOT / "scripts" / "convert.py"), "--seeds", "seeds", "--docs", "docs"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=FIVE_MB_BUDGET)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "convert.py: seeds/five_mb.txt: " in result.stderr and "  hint: " in result.stderr
    assert snapshot(docs) == before


def test_keys_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    """On macOS and Windows, articles/Artikel.md and articles/artikel.md are one file."""
    seeds, docs = prepared(tmp_path)
    (seeds / "Artikel.txt").write_text("Der erste Artikel.\n", encoding="utf-8")
    (seeds / "artikel.txt").write_text("Der zweite Artikel.\n", encoding="utf-8")
    before = snapshot(docs)
    try:
        convert(seeds, docs)
    except DossierError as error:
        message = str(error)
    else:
        message = None
    assert message is not None, "both seeds converted; their pages differ only in case"
    assert "Artikel.txt" in message and "artikel.txt" in message
    assert snapshot(docs) == before
