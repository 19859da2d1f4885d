"""The editor's dossier title and introduction (extra.dossier in mkdocs.yml, issue 12): read and
validated with file and line, opening the home page; without them the generated overview stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.convert import convert
from dossier.extract import extract
from dossier.pages import Dossier, render_home
from dossier.seed import read_seed
from dossier.segment import segment
from dossier.site_settings import HomeText, SettingsError, read_home_text

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
SETTINGS = """\
site_name: Dossier Salesforce und Backpage
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
extra:
  corrections: korrekturen/
  dossier:
    title: Salesforce vor Gericht
    intro: |
      Fünfzig Frauen und Mädchen verklagen Salesforce.
      Dieses Dossier ordnet, was die Quellen sagen.

      Jede Angabe ist belegt: <b>nicht</b> erfunden.
"""


@pytest.fixture(scope="module")
def sample_dossier() -> Dossier:
    return Dossier((extract(segment(read_seed(ROOT / "seeds" / f"{KEY}.txt"))),), "de")


def test_title_and_intro_are_read_from_mkdocs_yml_despite_its_python_tags(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    home = read_home_text(tmp_path / "mkdocs.yml")
    assert home.title == "Salesforce vor Gericht"
    assert home.intro.startswith("Fünfzig Frauen und Mädchen verklagen Salesforce.\nDieses Dossier")


def test_without_mkdocs_yml_or_extra_dossier_nothing_is_set(tmp_path):
    assert read_home_text(tmp_path / "mkdocs.yml") == HomeText()
    (tmp_path / "mkdocs.yml").write_text("site_name: X\nextra:\n  corrections: k/\n", encoding="utf-8")
    assert read_home_text(tmp_path / "mkdocs.yml") == HomeText()
    assert isinstance(read_home_text(ROOT / "mkdocs.yml"), HomeText)  # the project's own file reads


@pytest.mark.parametrize("dossier, line, problem", [
    ("  dossier:\n    title: [a, b]\n", 4, "extra.dossier.title must be text"),
    ('  dossier:\n    title: "zwei\\nZeilen"\n', 4, "extra.dossier.title must be a single line of text"),
    ('  dossier:\n    intro: "Glocke\\u0007"\n', 4, "extra.dossier.intro holds the invisible control character U+0007"),
    ("  dossier:\n    titel: Salesforce\n", 4, "unknown field extra.dossier.titel"),
    ("  dossier: Salesforce\n", 3, "extra.dossier must be a mapping"),
])
def test_a_bad_setting_names_file_line_and_a_hint(tmp_path, dossier, line, problem):
    path = tmp_path / "mkdocs.yml"
    path.write_text("site_name: X\nextra:\n" + dossier, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        read_home_text(path)
    assert str(caught.value).startswith(f"{path}:{line}: {problem}"), str(caught.value)
    assert caught.value.hint


def test_the_home_page_opens_with_the_editors_title_and_intro(tmp_path, sample_dossier):
    (tmp_path / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    settings = read_home_text(tmp_path / "mkdocs.yml")
    home = render_home(sample_dossier, settings.title, settings.intro)
    assert home.startswith('---\ntitle: "Salesforce vor Gericht"\ndescription: "Fünfzig Frauen und Mädchen '
                           'verklagen Salesforce. Dieses Dossier ordnet, was die Quellen sagen."\n')
    body = home.split("-->", 1)[1]
    assert body.lstrip().startswith(
        "# Salesforce vor Gericht\n\n"
        '<p class="dossier-summary dossier-intro">Fünfzig Frauen und Mädchen verklagen Salesforce. '
        "Dieses Dossier ordnet, was die Quellen sagen.</p>\n\n"
        '<p class="dossier-summary dossier-intro">'
        "Jede Angabe ist belegt&#58; &#60;b&#62;nicht&#60;/b&#62; erfunden.</p>")
    assert "Überblick" not in body and "<dt>Quellartikel</dt><dd>1</dd>" in body  # the overview follows


def test_without_settings_the_generated_overview_opens_the_home_page(sample_dossier):
    home = render_home(sample_dossier)
    assert "\n# Überblick\n" in home and "dossier-intro" not in home


def test_convert_reads_the_mkdocs_yml_next_to_docs_and_rewrites_the_home_page_when_it_changes(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", tmp_path / "seeds")
    convert(tmp_path / "seeds", tmp_path / "docs")
    assert "\n# Überblick\n" in (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    report = convert(tmp_path / "seeds", tmp_path / "docs")
    assert sorted(report.changes.write) == [".dossier/manifest.json", "index.md"]  # the articles are kept
    assert "\n# Salesforce vor Gericht\n" in (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    convert(tmp_path / "seeds", tmp_path / "docs", check=True)  # up to date: no StaleError
