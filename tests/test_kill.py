"""A convert killed at a random moment leaves docs/ as it was before or as it is after, never mixed."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import snapshot

from dossier.convert import convert

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"



def test_killed_convert_never_leaves_docs_mixed(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    for number in range(6):
        shutil.copy(ROOT / "seeds" / f"{KEY}.txt", seeds / f"artikel-{number}.txt")
    shutil.copy(ROOT / "tests" / "texts" / "harbour_bridge.txt", seeds)
    shutil.copy(ROOT / "tests" / "texts" / "harbour_bridge.yml", seeds)
    docs.mkdir()
    (docs / "analyse.md").write_text("# Von Hand\n", encoding="utf-8")
    convert(seeds, docs, cache=False)
    before = snapshot(docs)
    # The change touches every page: a new title for one article, a new seed, one seed gone.
    (seeds / "artikel-0.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", seeds / "neu.txt")
    (seeds / "artikel-5.txt").unlink()
    expected = tmp_path / "expected"
    shutil.copytree(docs, expected)
    convert(seeds, expected, cache=False)
    after = snapshot(expected)
    assert after != before

    command = [sys.executable, str(ROOT / "scripts" / "convert.py"), "--no-cache", "--quiet",
               "--seeds", str(seeds), "--docs", str(docs)]
    started = time.monotonic()
    subprocess.run(command, check=True)
    duration = time.monotonic() - started
    assert snapshot(docs) == after

    outcomes = set()
    rng = random.Random(20261129)
    delays = sorted(rng.uniform(0.2, 1.05) * duration for _ in range(8))
    for delay in delays:
        shutil.rmtree(docs)
        docs.mkdir()
        for path, data in before.items():
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            (docs / path).write_bytes(data)
        process = subprocess.Popen(command)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = snapshot(docs)
        assert state in (before, after), f"mixed docs/ after a kill at {delay:.2f} s"
        outcomes.add("before" if state == before else "after")
        # The next convert cleans up the staging folder the killed one left.
        subprocess.run(command, check=True)
        assert snapshot(docs) == after
        assert not list(tmp_path.glob(".dossier-staging-*")) and not list(tmp_path.glob(".dossier-previous-*"))
    print(f"kills at {[round(d, 2) for d in delays]} s of {duration:.2f} s: {sorted(outcomes)}")


def leftovers(folder: Path) -> list[str]:
    """Staging or swapped-out trees and temporary files anywhere under ``folder`` (the cache included)."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.name.startswith((".dossier-staging-", ".dossier-previous-")) or ".tmp-" in p.name)


def _wait_until_it_catches(pid: int, signum: int, timeout: float = 10.0) -> None:
    """Until Python in process ``pid`` has its handler for ``signum``: a Ctrl-C in the first
    milliseconds of interpreter start-up kills any Python program before it can say a word (exit -2),
    on a loaded machine more often, and is no test of Dossier (nor a SIGTERM before convert starts)."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
        except (OSError, StopIteration):
            return  # not Linux, or already gone
        if int(caught.split()[1], 16) & (1 << (signum - 1)):
            return
        time.sleep(0.001)


@pytest.mark.parametrize(("signum", "code", "message"), [(signal.SIGINT, 130, "convert.py: interrupted"),
                                                       (signal.SIGTERM, 143, "convert.py: stopped (SIGTERM)")],
                         ids=["ctrl-c", "sigterm"])
def test_ctrl_c_or_sigterm_ends_with_one_line_and_no_temporary_files(tmp_path, signum, code, message):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    for number in range(4):
        shutil.copy(ROOT / "seeds" / f"{KEY}.txt", seeds / f"artikel-{number}.txt")
    docs.mkdir()
    (docs / "notes").mkdir()
    (docs / "notes" / "analyse.md").write_text("# Von Hand\n", encoding="utf-8")
    convert(seeds, docs, cache=False)
    before = snapshot(docs)
    (seeds / "artikel-0.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")
    expected = tmp_path / "expected"
    shutil.copytree(docs, expected)
    convert(seeds, expected, cache=False)
    after = snapshot(expected)
    shutil.rmtree(expected)

    # With the cache, cold: an interrupt can also land while a cache entry is being written.
    cache = tmp_path / ".dossier-cache"
    command = [sys.executable, str(ROOT / "scripts" / "convert.py"), "--quiet", "--seeds", str(seeds),
               "--docs", str(docs)]
    started = time.monotonic()
    subprocess.run(command, check=True)
    duration = time.monotonic() - started
    assert snapshot(docs) == after

    codes = []
    for fraction in (0.15, 0.3, 0.45, 0.6, 0.75, 0.9):
        shutil.rmtree(docs)
        shutil.rmtree(cache, ignore_errors=True)
        for path, data in before.items():
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            (docs / path).write_bytes(data)
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started = time.monotonic()
        _wait_until_it_catches(process.pid, signum)
        time.sleep(max(0.0, fraction * duration - (time.monotonic() - started)))
        process.send_signal(signum)
        out, err = process.communicate()
        codes.append(process.returncode)
        # It finished before the signal came; or the signal came while Python was shutting down, when
        # the handler is gone again (exit -2 or -15, nothing printed): done either way.
        if process.returncode == 0 or (process.returncode == -signum and not err):
            assert snapshot(docs) == after
        else:
            assert process.returncode == code, err
            assert len(err.splitlines()) == 1 and err.startswith(message), err
            assert snapshot(docs) in (before, after)
        assert out == ""
        assert not leftovers(tmp_path), leftovers(tmp_path)
    assert code in codes
    print(f"Ctrl-C at {[round(f * duration, 2) for f in (0.15, 0.3, 0.45, 0.6, 0.75, 0.9)]} s: exit {codes}")
