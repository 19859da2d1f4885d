"""A sidecar's rights: line (issue 12): validated like the other text fields, shown on the article
page and, when short, in every footnote that cites the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.citations import FOOTNOTE_RIGHTS_LENGTH, cite_page
from dossier.errors import MetadataError
from dossier.pages import render_article
from dossier.seed import parse_metadata, read_seed
from dossier.segment import segment

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
RIGHTS = "© 2019 Thomson Reuters Foundation"


def _document(folder: Path, rights: str):
    (folder / f"{KEY}.txt").write_bytes((ROOT / "seeds" / f"{KEY}.txt").read_bytes())
    (folder / f"{KEY}.yml").write_text(f"title: Fünfzig Frauen verklagen Salesforce\nrights: '{rights}'\n",
                                       encoding="utf-8")
    return segment(read_seed(folder / f"{KEY}.txt"))


def test_the_rights_line_is_read_from_the_sidecar():
    assert parse_metadata(f"rights: {RIGHTS}\n", path="x.yml", default_key="x").rights == RIGHTS
    assert parse_metadata("title: T\n", path="x.yml", default_key="x").rights is None


@pytest.mark.parametrize("text, problem", [
    ("rights: [a, b]\n", "'rights' must be text"),
    ('rights: "erste Zeile\\nzweite Zeile"\n', "'rights' must be a single line of text"),
    ('rights: "unsichtbar\\u0007"\n', "invisible control character U+0007"),
])
def test_a_rights_line_that_is_not_one_line_of_text_is_refused(text, problem):
    with pytest.raises(MetadataError) as caught:
        parse_metadata(text, path="seeds/x.yml", default_key="x")
    assert problem in str(caught.value) and str(caught.value).startswith("seeds/x.yml:1: ")
    assert caught.value.hint


@pytest.mark.parametrize("language, label", [("de", "Rechte"), ("en", "Rights")])
def test_the_article_page_shows_the_rights_line(tmp_path, language, label):
    page = render_article(_document(tmp_path, RIGHTS), language)
    meta = page.split('<dl class="dossier-meta">', 1)[1].split("</dl>", 1)[0]
    assert f"<dt>{label}</dt>" in meta
    assert '<span class="dossier-article-rights">© 2019 Thomson Reuters Foundation</span>' in meta


def test_a_footnote_repeats_a_short_rights_line_only(tmp_path):
    short = _document(tmp_path, RIGHTS + ".")
    note = cite_page(f"x[@{KEY}:p4-s1]", "index.md", {KEY: short}, "de").markdown.split("\n\n")[1]
    assert '<span class="dossier-footnote-rights">© 2019 Thomson Reuters Foundation</span>.' in note
    long_rights = "Nachdruck mit freundlicher Genehmigung; " * (FOOTNOTE_RIGHTS_LENGTH // 20)
    (tmp_path / "long").mkdir()
    long = _document(tmp_path / "long", long_rights.strip())
    note = cite_page(f"x[@{KEY}:p4-s1]", "index.md", {KEY: long}, "de").markdown.split("\n\n")[1]
    assert "dossier-footnote-rights" not in note and "Genehmigung" not in note
    assert "dossier-article-rights" in render_article(long, "de")  # the article page still shows it
