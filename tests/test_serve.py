"""Live preview: `mkdocs serve` regenerates the pages when a seed changes, with one rebuild, and
survives a bad seed, a broken citation and a failing build: it keeps answering, serves the last good
pages and shows the problem in the terminal and on the page."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import fetch, free_port, wait_for, write_config

from dossier.convert import convert

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
NEW_SENTENCE = "Am 3. März 2019 wies ein Gericht in Kalifornien einen ersten Antrag von Salesforce ab."


def article_body(page: str) -> str:
    """The page without the live-reload script, whose numbers change on every build."""
    return page[page.index("<article"):page.index("</article>")]


BANNER = 'id="dossier-preview-problems"'
GOOD_PAGE = f"""# Analyse

Fünfzig Frauen und Mädchen haben Salesforce verklagt.[@{KEY}:p3-s1]
"""


def rebuilds(log: Path) -> int:
    return log.read_text().count("Detected file changes")


@pytest.fixture
def server(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", tmp_path / "seeds")
    convert(tmp_path / "seeds", tmp_path / "docs")
    (tmp_path / "docs" / "analyse.md").write_text(GOOD_PAGE, encoding="utf-8")
    write_config(tmp_path, docs_dir="docs", watch=["seeds"])
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                               cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: fetch(f"{base}/timeline/")), (tmp_path / "serve.log").read_text()
        yield tmp_path, base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        log.close()


def test_editing_a_seed_updates_the_served_timeline(server):
    root, base = server
    seed = root / "seeds" / f"{KEY}.txt"
    before = fetch(f"{base}/timeline/")
    assert "März 2019" not in before
    lines = seed.read_text(encoding="utf-8").splitlines()
    lines.insert(18, NEW_SENTENCE)  # a new story paragraph, before the credits
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    updated = wait_for(lambda: "3. März 2019" in (fetch(f"{base}/timeline/") or ""))
    assert updated, (root / "serve.log").read_text()
    # One rebuild for one edit: the files the hook regenerated in docs/ do not start another.
    # (The watcher polls every 0.5 s: a second build would have started well within 5 s.)
    time.sleep(5)
    log = (root / "serve.log").read_text()
    assert rebuilds(root / "serve.log") == 1, log
    assert re.search(r"dossier: rebuilding \d+ changed page", log)  # a dirty build: no page was added or renamed
    assert "rebuilding every page" not in log
    timeline = fetch(f"{base}/timeline/")
    assert BANNER not in timeline
    # Only the changed pages were rebuilt; the navigation still names the others, and search still
    # finds every page, each once.
    assert ">Analyse<" in timeline.replace("\n", "").replace(" ", "")
    locations = [entry["location"] for entry in json.loads(fetch(f"{base}/search/search_index.json"))["docs"]]
    assert "analyse/" in locations and f"articles/{KEY}/" in locations
    assert len(locations) == len(set(locations))


def test_a_bad_seed_is_reported_and_the_last_good_site_stays(server):
    root, base = server
    good = fetch(f"{base}/articles/{KEY}/")
    (root / "seeds" / "kaputt.txt").write_bytes(b"\x00\x01binary")
    log = root / "serve.log"
    assert wait_for(lambda: "kaputt.txt" in log.read_text()), log.read_text()
    assert "conversion failed" in log.read_text()
    assert "Traceback" not in log.read_text()
    after = wait_for(lambda: fetch(f"{base}/articles/{KEY}/"))
    assert article_body(after) == article_body(good) and "dossier-sentence" in article_body(good)
    # the browser shows it too, on every page
    banner = wait_for(lambda: BANNER in (fetch(f"{base}/timeline/") or "") and fetch(f"{base}/timeline/"))
    assert banner and "kaputt.txt" in banner


def test_a_broken_citation_keeps_the_last_good_page_and_shows_the_error(server):
    root, base = server
    good = fetch(f"{base}/analyse/")
    assert "dossier-1" in article_body(good) and BANNER not in good
    page = root / "docs" / "analyse.md"
    page.write_text(GOOD_PAGE.replace("p3-s1]", "p99-s1]") + "\nEin neuer Satz, noch ohne Beleg.\n",
                    encoding="utf-8")
    shown = wait_for(lambda: BANNER in (fetch(f"{base}/analyse/") or "") and fetch(f"{base}/analyse/"))
    log = root / "serve.log"
    assert shown, log.read_text()
    assert "p99-s1" in shown[shown.index(BANNER):]  # the banner names the broken marker
    assert article_body(shown) == article_body(good)  # the last good version of the page
    assert "unknown anchor" in log.read_text() and "Traceback" not in log.read_text()
    other = fetch(f"{base}/timeline/")  # the server answers every page, under the banner
    assert other is not None and BANNER in other
    page.write_text(GOOD_PAGE + "\nEin neuer Satz, noch ohne Beleg.\n", encoding="utf-8")
    fixed = wait_for(lambda: "Ein neuer Satz" in (fetch(f"{base}/analyse/") or "") and fetch(f"{base}/analyse/"))
    assert fixed and BANNER not in fixed, log.read_text()


def test_a_failing_build_is_reported_and_the_server_keeps_answering(server):
    """A strict build that MkDocs aborts (here: a link to a missing page) used to leave every request
    waiting for a good build."""
    root, base = server
    (root / "docs" / "kaputt.md").write_text("# Kaputt\n\nSiehe [dort](fehlt.md).\n", encoding="utf-8")
    log = root / "serve.log"
    assert wait_for(lambda: "the build failed" in log.read_text()), log.read_text()
    page = fetch(f"{base}/timeline/")
    assert page is not None and BANNER in page and "build failed" in page[page.index(BANNER):]
    (root / "docs" / "kaputt.md").unlink()
    assert wait_for(lambda: BANNER not in (fetch(f"{base}/timeline/") or BANNER)), log.read_text()
