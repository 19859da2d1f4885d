"""Integration: a dossier of the sample seed and an English article, built with `mkdocs build --strict`."""

from __future__ import annotations

import html
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import fetch, free_port, mkdocs_build, wait_for, write_config

from dossier.convert import convert

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
ENGLISH = "harbour_bridge"


def make_site(root: Path, extra_page: str | None = None) -> subprocess.CompletedProcess:
    """Build the converted docs/ in ``root`` with the project's mkdocs.yml and hook, strictly."""
    config = write_config(root, docs_dir=str(root / "docs"))
    if extra_page:
        (root / "docs" / "analyse.md").write_text(extra_page, encoding="utf-8")
    return mkdocs_build(config, root / "site")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("dossier")
    (root / "seeds").mkdir()
    for suffix in (".txt", ".yml"):  # the sample with its sidecar, which corrects its text
        shutil.copy(ROOT / "seeds" / f"{KEY}{suffix}", root / "seeds")
    for suffix in (".txt", ".yml"):
        shutil.copy(ROOT / "tests" / "texts" / f"{ENGLISH}{suffix}", root / "seeds")
    (root / "docs").mkdir()
    convert(root / "seeds", root / "docs")
    shutil.copy(ROOT / "docs" / "korrekturen.md", root / "docs")
    result = make_site(root, (ROOT / "examples" / "analyse.md").read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    return root


def page(site: Path, path: str) -> str:
    return (site / "site" / path).read_text(encoding="utf-8")


def sentence_ids(article_html: str) -> dict[str, str]:
    """Sentence anchors of an article page and their text."""
    return {m[1]: html.unescape(re.sub(r"<[^>]+>", "", m[2])) for m in
            re.finditer(r'<span class="dossier-sentence" id="(p\d+-s\d+)">(.*?)</span>', article_html)}


def test_every_footnote_links_to_an_existing_sentence(site):
    articles = {key: sentence_ids(page(site, f"articles/{key}/index.html")) for key in (KEY, ENGLISH)}
    checked = 0
    for html_file in (site / "site").rglob("index.html"):
        text = html_file.read_text(encoding="utf-8")
        depth = len(html_file.relative_to(site / "site").parts) - 1
        prefix = "../" * depth
        for match in re.finditer(rf'href="{re.escape(prefix)}articles/([^/]+)/#(p\d+-s\d+)"', text):
            assert match[2] in articles[match[1]], f"{html_file}: {match.group()}"
            checked += 1
    assert checked >= 20


def test_the_article_page_shows_every_story_paragraph_with_anchors(site):
    article = page(site, f"articles/{KEY}/index.html")
    ids = sentence_ids(article)
    seed_lines = (ROOT / "seeds" / f"{KEY}.txt").read_text(encoding="utf-8").splitlines()
    for number in range(3, 19):
        assert f'id="p{number}"' in article
        assert f"p{number}-s1" in ids
    assert ids["p4-s1"] == seed_lines[3]
    assert "NEW YORK (Thomson Reuters Foundation) –" not in ids["p3-s1"]
    assert '<html lang="de"' in article and '<div class="dossier-text" lang="de">' in article


def test_byline_and_credits_are_metadata_not_story(site):
    article = page(site, f"articles/{KEY}/index.html")
    meta, rest = article.split('<div class="dossier-text"', 1)
    assert 'id="p1-s1">Kate Ryan</span>' in meta and 'id="p2-s1">3 Min.</span>' in meta
    story, end = rest.split("</div>", 1)
    assert "Kate Ryan" not in story and "Bearbeitung von Katy Migiro" not in story
    assert '<dl class="dossier-meta dossier-meta-end">' in end
    assert 'id="p19-s1" title="Berichterstattung von Kate Ryan; Bearbeitung von Katy Migiro.">' \
           "Berichterstattung&#58; Kate Ryan; Bearbeitung&#58; Katy Migiro</span>" in end


def visible_text(page_html: str) -> str:
    """What a reader sees of a page's content: tags, attributes and footnote markup removed."""
    content = re.split(r'<article class="md-content__inner[^"]*">', page_html, maxsplit=1)[1].split("</article>", 1)[0]
    content = re.sub(r"<(script|style)\b.*?</\1>", " ", content, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", content)).split())


# --- pages a newsroom would publish (issue 12) ----------------------------------------------------

def test_the_german_article_page_shows_its_metadata_in_german(site):
    article = page(site, f"articles/{KEY}/index.html")
    shown = visible_text(article)
    for english in ("By Kate Ryan", "Min Read", "Reporting by", "Editing by"):
        assert english not in shown
    assert "Autorin/Autor Kate Ryan" in shown and "Lesezeit 3 Min." in shown
    assert "Ort New York" in shown and "Medium Thomson Reuters Foundation" in shown
    assert "(Thomson Reuters Foundation) –" not in shown  # the dateline's place, not the raw dateline
    assert "Mitarbeit Berichterstattung: Kate Ryan; Bearbeitung: Katy Migiro" in shown
    assert '<h1 id="dossier-title">Fünfzig Frauen verklagen Salesforce' in article  # the sidecar's title
    # The outlet's notes: collapsed, each sentence still has its anchor for a citation.
    notes = article.split('<details class="dossier-boilerplate">', 1)[1].split("</details>", 1)[0]
    assert "<summary>Hinweise des Mediums anzeigen</summary>" in notes
    assert 'id="p19-s2"' in notes and 'id="p20-s1">Unsere Standards' in notes


def test_an_english_article_on_the_german_site_has_german_labels_and_dates(site):
    article = page(site, f"articles/{ENGLISH}/index.html")
    shown = visible_text(article)
    assert "Veröffentlicht 27. März 2019" in shown and '<time datetime="2019-03-27">' in article
    assert "Lesezeit 4 Min." in shown and "Autorin/Autor Maria Lopez" in shown and "Ort London" in shown
    assert "4 min read" not in shown and "By Maria Lopez" not in shown
    # The headline-less article's title is its lead sentence, marked as such, never cut at a comma.
    title = re.search(r'<h1 id="dossier-title">(.*?)<', article)[1]
    assert not title.endswith(",") and "keine Überschrift" in shown


def test_every_footnote_cites_title_outlet_author_and_where_it_goes(site):
    checked = 0
    for html_file in (site / "site").rglob("index.html"):
        for note in re.findall(r'<li id="fn:dossier-\d+">(.*?)</li>', html_file.read_text(encoding="utf-8"), re.DOTALL):
            assert re.search(r'<a href="[^"]*articles/[^"/]+/"><cite lang="\w+">[^<]+</cite></a>', note), note
            if f"articles/{KEY}/" in note:
                assert "Kate Ryan, Thomson Reuters Foundation" in note and "<time" not in note
            else:  # its sidecar gives the date of publication
                assert "Maria Lopez, Reuters, " in note and '<time datetime="2019-03-27">27. März 2019</time>' in note
            links = re.findall(r'<a href="[^"]*#p\d+-s\d+"[^>]*>([^<]*)</a>', note)
            assert len(links) == 1 and re.fullmatch(r"Absatz \d+(, Satz \d+)?", links[0]), note
            checked += 1
    assert checked >= 20


def test_the_home_page_says_what_the_dossier_covers(site):
    home = page(site, "index.html")
    shown = visible_text(home)
    assert '<h1 id="uberblick">Überblick' in home
    assert "Quellartikel 2" in shown and "Medien Reuters, Thomson Reuters Foundation" in shown
    assert "Erschienen 27. März 2019" in shown and "Meistzitierte Quellen" in shown
    assert "Worum es geht" not in shown  # no repeated lead
    assert shown.index("Die jüngsten Ereignisse") < shown.index("Zahlen auf einen Blick") < shown.index(
        "Quellartikel ¶")
    assert "Fünfzig Frauen verklagen Salesforce — Kate Ryan, Thomson Reuters Foundation" in shown
    assert "Maria Lopez, Reuters, 27. März 2019" in shown


def test_every_page_has_a_footer_with_date_corrections_and_rights(site):
    pages = list((site / "site").rglob("index.html"))
    assert len(pages) >= 6
    for html_file in pages:
        footer = html_file.read_text(encoding="utf-8").split('<div class="md-copyright dossier-footer">', 1)[1]
        footer = footer.split("</div>", 1)[0]
        assert '<time datetime="2019-03-27">Stand: 27. März 2019</time>' in footer, html_file
        assert re.search(r'<a href="(\.\./)*\.?/?korrekturen/">Fehler gefunden\? Korrekturen und Hinweise</a>',
                         footer), footer
        assert "Die Quellartikel gehören ihren Medien" in footer
        assert "Made with" not in html_file.read_text(encoding="utf-8")
    assert (site / "site" / "korrekturen" / "index.html").exists()


def test_a_correction_of_the_text_shows_on_every_page_that_quotes_it(site):
    garbled, corrected = "Backpage für Sex zu verkaufen.com", "Backpage.com für Sex zu verkaufen"
    article = page(site, f"articles/{KEY}/index.html")
    note = html.unescape(article.split('<aside class="dossier-corrections"', 1)[1].split("</aside>", 1)[0])
    assert f'<a href="#p3-s1">Absatz 3</a>: Im Original steht „{garbled}“, korrigiert zu „{corrected}“.' in note
    assert f'<ins class="dossier-correction" title="Im Original: {garbled}">{corrected}</ins>' in html.unescape(article)
    for html_file in (site / "site").rglob("*.html"):
        text = html.unescape(html_file.read_text(encoding="utf-8"))
        if html_file.parent.name != KEY:
            assert garbled not in text, html_file  # pages, footnotes and Open Graph descriptions
    assert corrected in visible_text(page(site, "figures/index.html"))
    assert f'<meta property="og:description" content="Fünfzig Frauen und Mädchen haben das Softwareunternehmen ' \
           f'Salesforce verklagt, weil es Tools entwickelt hat, die Menschenhändlern geholfen haben, sie auf der ' \
           f'Kleinanzeigenseite {corrected}' in html.unescape(article)


def test_the_print_view_leaves_out_downloads_and_navigation(site):
    css = (site / "site" / "assets" / "dossier.css").read_text(encoding="utf-8")
    printed = css.split("@media print", 1)[1]
    for selector in (".dossier-downloads + p", ".md-header", ".md-sidebar", ".md-tabs", ".md-footer__inner"):
        assert selector in printed
    timeline = page(site, "timeline/index.html")
    downloads = timeline.split('<p class="dossier-downloads">', 1)[1]
    assert downloads.split("</p>", 1)[1].lstrip().startswith("<p><a href=")  # the links are that next <p>


def test_the_example_page_is_a_template_outside_the_published_docs():
    assert not (ROOT / "docs" / "analyse.md").exists()
    example = (ROOT / "examples" / "analyse.md").read_text(encoding="utf-8")
    assert "2013 unterzeichnet und 2017 erneuert" not in example and "kein Urteil" not in example
    assert "examples/analyse.md" in (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_hand_written_page_cites_by_anchor_and_by_words(site):
    analysis = page(site, "analyse/index.html")
    notes = re.findall(r'<li id="fn:(dossier-\d+)">(.*?)</li>', analysis, re.DOTALL)
    assert len(notes) == 8
    by_number = dict(notes)
    assert "Fünfzig Frauen und Mädchen haben das Softwareunternehmen" in by_number["dossier-1"]
    assert by_number["dossier-1"].count("footnote-backref") == 2  # cited twice, one footnote
    assert '#p3-s1"' in by_number["dossier-1"]
    assert ">auf drei Kontinenten zu vermarkten</q>" in by_number["dossier-2"]
    assert '#p5-s1"' in by_number["dossier-2"]
    assert "Thomson Reuters Foundation" in by_number["dossier-2"] and "Kate Ryan" in by_number["dossier-2"]


def test_both_articles_share_one_timeline_in_the_site_language(site):
    timeline = page(site, "timeline/index.html")
    assert "<h1" in timeline and "Chronologie" in timeline
    assert f"articles/{KEY}/#" in timeline and f"articles/{ENGLISH}/#" in timeline
    assert '<time datetime="' in timeline and "<ol>" in timeline


def test_the_site_requests_nothing_from_other_hosts(site):
    for html_file in (site / "site").rglob("*.html"):
        text = html_file.read_text(encoding="utf-8")
        for url in re.findall(r'<(?:link|script|img)[^>]+(?:href|src)="(https?://[^"]+)"', text):
            pytest.fail(f"{html_file}: loads {url}")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_a_broken_citation_fails_the_strict_build(site, tmp_path):
    root = tmp_path / "broken"
    shutil.copytree(site / "seeds", root / "seeds")
    shutil.copytree(site / "docs", root / "docs")
    words = "auf vier Kontinenten zu vermarkten"
    result = make_site(root, f"# Kaputt\n\nText.\n\nFalsch.[@{KEY}:p3-s7]\n\nAuch.[@{KEY} \"{words}\"]\n")
    assert result.returncode != 0
    assert f"analyse.md:5: unknown anchor 'p3-s7' in [@{KEY}:p3-s7]" in result.stderr
    assert f"[@{KEY} \"auf vier Kontinenten zu vermarkten\"]" in result.stderr
    assert "the closest sentence is p5-s1" in result.stderr
    assert "Aborted with 2 dossier errors in strict mode" in result.stdout + result.stderr


def test_a_theme_language_other_than_the_seeds_fails_with_a_hint(site, tmp_path):
    root = tmp_path / "english-theme"
    shutil.copytree(site / "seeds", root / "seeds")
    shutil.copytree(site / "docs", root / "docs")
    theme = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    result = mkdocs_build(write_config(root, docs_dir=str(root / "docs"), theme={**theme, "language": "en"}),
                          root / "site")
    assert result.returncode != 0
    assert "theme.language is 'en' but the seeds are mostly in 'de'" in result.stderr
    assert "hint: set theme.language: de" in result.stderr


# --- strict at any verbosity, hand-written pages, front matter, serve (issue 14) -------------------

def copy_site(site: Path, root: Path, pages: dict[str, str], **config_changes) -> Path:
    """A copy of the built dossier's seeds/ and docs/ with ``pages`` added; its mkdocs.yml."""
    shutil.copytree(site / "seeds", root / "seeds")
    shutil.copytree(site / "docs", root / "docs")
    for name, text in pages.items():
        (root / "docs" / name).write_text(text, encoding="utf-8")
    return write_config(root, docs_dir=str(root / "docs"), **config_changes)


def build(config: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(config.parent / "site")]
    return subprocess.run(command + list(flags), capture_output=True, text=True, cwd=config.parent,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), timeout=600)


@pytest.mark.parametrize("verbosity", ["-q", "-v"])
def test_a_broken_citation_fails_a_strict_build_at_any_verbosity(site, tmp_path, verbosity):
    # MkDocs 1.6 drops warnings below the log level before strict mode counts them (mkdocs#4126).
    config = copy_site(site, tmp_path, {"analyse.md": f"# Kaputt\n\nFalsch.[@{KEY}:p3-s7]\n"})
    result = build(config, "--strict", verbosity)
    assert result.returncode != 0, result.stdout + result.stderr
    assert f"analyse.md:3: unknown anchor 'p3-s7' in [@{KEY}:p3-s7]" in result.stderr
    assert "hint: p3 has sentences s1 to s1" in result.stderr
    assert "Aborted with 1 dossier error in strict mode" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


MISTAKES = f"""---
title: Fehler
---

# Fehler

Geteilt.[@{KEY}:
p3-s1] Mit Leerzeichen.[@ {KEY}:p3-s1] Und[@{KEY} : p4-s1].

Das Unternehmen`s Vertrag.[@{KEY}:p16-s1] Und weiter ` hier.

Eigene Fußnote.[^dossier-1]

[^dossier-1]: Von Hand.

Mehrdeutig.[@{KEY} "Backpage"]

Syntax: `[@{KEY}:p3-s1]`, richtig belegt.[@{KEY}:p4-s1]
"""

ODD_FRONT_MATTER = "---\ntitle: 2019\ndescription: 5\n---\n\nDas Jahr der Klage.\n"
WRONG_FRONT_MATTER = "---\ntitle: [a, b]\nhide: 2019\n---\n\n# Falsch\n\nText.\n"


def test_mistakes_in_hand_written_pages_fail_the_strict_quiet_build(site, tmp_path):
    config = copy_site(site, tmp_path, {"fehler.md": MISTAKES, "jahr.md": ODD_FRONT_MATTER,
                                        "falsch.md": WRONG_FRONT_MATTER})
    result = build(config, "--strict", "-q")
    assert result.returncode != 0
    errors = result.stderr
    assert "Traceback" not in errors
    assert f"fehler.md:7: the citation [@{KEY}:⏎p3-s1] is split over two lines" in errors
    assert f"hint: keep it on one line: [@{KEY}:p3-s1]" in errors
    assert f"fehler.md:8: the citation [@ {KEY}:p3-s1] has spaces in it" in errors
    assert f"fehler.md:8: the citation [@{KEY} : p4-s1] has spaces in it\n  hint: write [@{KEY}:p4-s1]" in errors
    assert f"fehler.md:10: the citation [@{KEY}:p16-s1] is inside code: the backticks on line 10" in errors
    assert "fehler.md:12: the footnote [^dossier-1] uses the label prefix dossier-" in errors
    assert "fehler.md:14: the footnote [^dossier-1]" in errors
    assert "fehler.md:16: the words “Backpage” are in 11 sentences" in errors
    assert f"[@{KEY}:p3-s1] “…" in errors
    assert "falsch.md:2: front matter: title must be text, not a list" in errors
    assert "falsch.md:3: front matter: hide must be a list, not a number" in errors
    assert "jahr.md" not in errors and "fehler.md:18" not in errors
    assert "Aborted with 9 dossier errors in strict mode" in result.stdout


def test_without_strict_mode_mistakes_are_warnings_and_odd_front_matter_builds(site, tmp_path):
    config = copy_site(site, tmp_path, {"fehler.md": MISTAKES, "jahr.md": ODD_FRONT_MATTER,
                                        "falsch.md": WRONG_FRONT_MATTER}, strict=False)
    result = build(config)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(re.findall(r"^WARNING +-  docs/(fehler|falsch)\.md:\d+: ", result.stderr, re.MULTILINE)) == 9
    year = (tmp_path / "site" / "jahr" / "index.html").read_text(encoding="utf-8")
    assert "<title>2019 - " in year and '<meta name="description" content="5"' in year
    assert '<meta property="og:title" content="2019"' in year
    wrong = (tmp_path / "site" / "falsch" / "index.html").read_text(encoding="utf-8")
    assert "<title>Falsch - " in wrong  # the dropped title falls back to the heading
    mistakes = (tmp_path / "site" / "fehler" / "index.html").read_text(encoding="utf-8")
    assert "richtig belegt.<sup" in mistakes and f"<code>[@{KEY}:p3-s1]</code>" in mistakes


def test_serve_reports_a_bad_page_and_goes_on_serving(site, tmp_path):
    config = copy_site(site, tmp_path, {"fehler.md": MISTAKES, "falsch.md": WRONG_FRONT_MATTER}, watch=["seeds"])
    port = free_port()
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config),
                                    "--dev-addr", f"127.0.0.1:{port}"],
                                   cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                   env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        try:
            served = wait_for(lambda: fetch(f"http://127.0.0.1:{port}/fehler/"))
            assert served, log_path.read_text()
            assert "Mehrdeutig" in served
            (tmp_path / "docs" / "fehler.md").write_text(MISTAKES + "\nNeu.[@nokey:p1-s1]\n", encoding="utf-8")
            assert wait_for(lambda: "Neu." in (fetch(f"http://127.0.0.1:{port}/fehler/") or "")), \
                log_path.read_text()
            assert wait_for(lambda: log_path.read_text().count("Reloading browsers") >= 1), log_path.read_text()
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
    text = log_path.read_text()
    assert "docs/fehler.md:7: the citation" in text and "unknown seed key 'nokey'" in text
    assert "docs/falsch.md:2: front matter: title must be text" in text
    assert "Traceback" not in text and "Aborted" not in text
    assert "An error happened during the rebuild" not in text


def test_links_to_the_sentences_of_an_article_are_checked_like_any_anchor(site, tmp_path):
    # The article's HTML is set aside while Markdown converts the page (html_blocks): its anchors must
    # still count for MkDocs' check of links to anchors.
    page = (f"# Anker\n\n[Der erste Satz](articles/{KEY}.md#p3-s1), [die Fußnote](timeline.md#fn:dossier-1) "
            f"und [kein Satz](articles/{KEY}.md#p99-s1).\n")
    result = build(copy_site(site, tmp_path, {"anker.md": page}), "--strict")
    assert result.returncode != 0
    assert "#p99-s1" in result.stderr and "does not contain an anchor" in result.stderr
    assert "#p3-s1" not in result.stderr and "#fn:dossier-1" not in result.stderr
