"""Integration: a dossier of the sample seed and an English article, built with `mkdocs build --strict`."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from helpers import mkdocs_build, write_config

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
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", root / "seeds")
    for suffix in (".txt", ".yml"):
        shutil.copy(ROOT / "tests" / "texts" / f"{ENGLISH}{suffix}", root / "seeds")
    (root / "docs").mkdir()
    convert(root / "seeds", root / "docs")
    result = make_site(root, (ROOT / "docs" / "analyse.md").read_text(encoding="utf-8"))
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
    assert "By Kate Ryan" in meta and "3 Min Read" in meta
    story, end = rest.split("</div>", 1)
    assert "Kate Ryan" not in story and "Bearbeitung von Katy Migiro" not in story
    assert "Berichterstattung von Kate Ryan" in end and '<dl class="dossier-meta dossier-meta-end">' in end


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
    assert "Aborted with 2 warnings in strict mode" in result.stdout + result.stderr


def test_a_theme_language_other_than_the_seeds_fails_with_a_hint(site, tmp_path):
    root = tmp_path / "english-theme"
    shutil.copytree(site / "seeds", root / "seeds")
    shutil.copytree(site / "docs", root / "docs")
    theme = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    result = mkdocs_build(write_config(root, docs_dir=str(root / "docs"), theme={**theme, "language": "en"}),
                          root / "site")
    assert result.returncode != 0
    assert "theme.language is 'en' but the seeds are mostly in 'de'" in result.stderr
    assert "hint: set theme.language: de" in result.stderr
