"""The footer's "Stand" / "Last updated": the date of the last commit that changed the dossier's
content, decided at build time, the same on every machine (see dossier.updated)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import mkdocs_build, write_config

from dossier.convert import convert
from dossier.updated import last_commit_date, last_updated

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(project: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Redaktion", "GIT_AUTHOR_EMAIL": "redaktion@example.org",
           "GIT_COMMITTER_NAME": "Redaktion", "GIT_COMMITTER_EMAIL": "redaktion@example.org"}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True)


@pytest.fixture
def dossier(tmp_path, monkeypatch):
    """The sample dossier in a git repository of its own, its content committed on 3 March 2025."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", tmp_path / "seeds")
    convert(tmp_path / "seeds", tmp_path / "docs")
    write_config(tmp_path, docs_dir="docs")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "seeds", "docs", "mkdocs.yml")
    _git(tmp_path, "commit", "-q", "-m", "Das Dossier", date="2025-03-03T10:00:00+01:00")
    return tmp_path


def test_the_date_is_that_of_the_last_commit_that_changed_the_content(dossier):
    assert last_commit_date(dossier) == "2025-03-03"
    (dossier / "README.md").write_text("Notizen\n", encoding="utf-8")  # not content: the date stays
    _git(dossier, "add", "README.md")
    _git(dossier, "commit", "-q", "-m", "Notizen", date="2025-04-01T09:00:00+02:00")
    assert last_commit_date(dossier) == "2025-03-03"
    (dossier / "docs" / "analyse.md").write_text("# Analyse\n\nText.\n", encoding="utf-8")
    _git(dossier, "add", "docs/analyse.md")
    _git(dossier, "commit", "-q", "-m", "Analyse", date="2025-05-06T23:30:00+02:00")
    assert last_commit_date(dossier) == "2025-05-06"  # the committer's day, not UTC's


def test_source_date_epoch_comes_first_and_a_folder_without_git_falls_back(dossier, tmp_path_factory, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert last_updated(dossier) == "2023-11-14"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    # Outside git: the newest date of publication, on every page.
    plain = tmp_path_factory.mktemp("plain")
    shutil.copytree(dossier / "seeds", plain / "seeds")
    (plain / "seeds" / f"{KEY}.yml").write_text("published: 2024-03-13\n", encoding="utf-8")
    assert last_commit_date(plain) is None and last_updated(plain) is None
    convert(plain / "seeds", plain / "docs")
    result = mkdocs_build(write_config(plain, docs_dir="docs"), plain / "site")
    assert result.returncode == 0, result.stderr
    footer = '<p class="dossier-updated"><time datetime="2024-03-13">Stand: 13. März 2024</time></p>'
    assert all(footer in page.read_text(encoding="utf-8") for page in (plain / "site").rglob("*.html"))


def test_every_built_page_shows_the_date_and_two_builds_agree(dossier):
    config = dossier / "mkdocs.yml"
    for site in ("site", "site-again"):
        result = mkdocs_build(config, dossier / site)
        assert result.returncode == 0, result.stderr
    pages = sorted((dossier / "site").rglob("*.html"))
    assert len(pages) >= 5
    footer = '<p class="dossier-updated"><time datetime="2025-03-03">Stand: 3. März 2025</time></p>'
    for page in pages:
        assert footer in page.read_text(encoding="utf-8"), page
        assert page.read_bytes() == (dossier / "site-again" / page.relative_to(dossier / "site")).read_bytes()


def test_an_english_dossier_says_last_updated(dossier):
    config = write_config(dossier, docs_dir="docs", theme={"name": "material", "language": "en",
                                                           "custom_dir": str(ROOT / "overrides")})
    convert(dossier / "seeds", dossier / "docs", language="en")
    result = mkdocs_build(config, dossier / "site")
    assert result.returncode == 0, result.stderr
    assert "Last updated March 3, 2025" in (dossier / "site" / "index.html").read_text(encoding="utf-8")
