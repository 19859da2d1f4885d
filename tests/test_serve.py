"""Live preview: `mkdocs serve` regenerates the pages when a seed changes, and survives a bad seed."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from helpers import write_config

from dossier.convert import convert

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
NEW_SENTENCE = "Am 3. März 2019 wies ein Gericht in Kalifornien einen ersten Antrag von Salesforce ab."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def article_body(page: str) -> str:
    """The page without the live-reload script, whose numbers change on every build."""
    return page[page.index("<article"):page.index("</article>")]


def wait_for(condition, timeout: float = 90.0, step: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    return None


@pytest.fixture
def server(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", tmp_path / "seeds")
    convert(tmp_path / "seeds", tmp_path / "docs")
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
