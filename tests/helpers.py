"""Helpers shared by the tests that build a site: the project's mkdocs.yml pointed elsewhere, a strict
build in a fresh process, and a snapshot of a folder to prove it was left alone."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "hooks" / "citations.py"


def write_config(root: Path, **changes: Any) -> Path:
    """``root/mkdocs.yml``: the project's configuration with the project's hook, no ``watch:`` (its paths
    are the project's) and ``changes`` applied, e.g. ``docs_dir=…`` or ``site_url=…``."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(hooks=[str(HOOK)], watch=[])
    if config.get("theme", {}).get("custom_dir"):  # relative to mkdocs.yml, which moves to ``root``
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    config.update(changes)
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def mkdocs_build(config: Path, site: Path, *, strict: bool = True) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    return subprocess.run(command + (["--strict"] if strict else []), capture_output=True, text=True,
                          cwd=config.parent, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), timeout=600)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on, for a `mkdocs serve` of a test."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page at ``url``, or None while the server is not answering."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(condition, timeout: float = 120.0, step: float = 0.5):
    """The first true value of ``condition()`` within ``timeout`` seconds, else None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(step)
    return None
