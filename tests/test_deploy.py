"""The GitHub Pages workflow cannot run here, so its shape is checked; the site works under a sub-path."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from helpers import mkdocs_build, write_config

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def load_workflow() -> dict:
    # YAML reads the key `on` as True.
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_workflow_tests_then_publishes_site_to_pages():
    workflow = load_workflow()
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = workflow["jobs"]["build"]
    steps = build["steps"]
    runs = [s.get("run", "") for s in steps]
    uses = [s.get("uses", "") for s in steps]
    assert uses[0].startswith("actions/checkout@")
    assert any(u.startswith("actions/setup-python@") for u in uses)
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"
    test_step = runs.index("make test")
    site_step = runs.index("make site")
    upload = next(i for i, u in enumerate(uses) if u.startswith("actions/upload-pages-artifact@"))
    assert test_step < site_step < upload
    assert steps[upload]["with"]["path"] == "site"
    assert steps[test_step]["env"]["DOSSIER_REQUIRE_BROWSER"] == "1"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])


def test_make_targets_the_workflow_uses_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test:", makefile, re.MULTILINE) and re.search(r"^site:", makefile, re.MULTILINE)


def test_the_site_works_under_a_sub_path(tmp_path):
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    config = write_config(tmp_path, docs_dir=str(tmp_path / "docs"), site_url="https://example.github.io/dossier/")
    result = mkdocs_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    timeline = (tmp_path / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.github.io/dossier/timeline/">' in timeline
    assert '<meta property="og:url" content="https://example.github.io/dossier/timeline/">' in timeline
    # Every internal link and asset is relative, so the site works wherever it is published.
    for url in re.findall(r'(?:href|src)="(/[^"]*)"', timeline):
        raise AssertionError(f"absolute link {url} breaks under a sub-path")
