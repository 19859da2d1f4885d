"""One convert at a time writes docs/: two started together never lose a page, a lock held by a dead
process never blocks, and cleanup touches only its own or provably dead staging folders."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from helpers import snapshot

from dossier import tree
from dossier.cli import convert_main
from dossier.convert import convert
from dossier.errors import LockError, WriteError

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
ROUNDS = {"renameat2": 50, "two renames": 20}  # the fallback shares all but the swap itself


def hand_written_notes(docs: Path, count: int = 300) -> None:
    for number in range(count):
        page = docs / "notes" / f"band-{number // 30}" / f"notiz-{number}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# Notiz {number}\n\nVon Hand geschrieben.\n", encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    """Two small seeds (German, English), a docs/ with 300 hand-written notes, converted once (warm cache)."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / f"{KEY}.txt", seeds)
    shutil.copy(ROOT / "tests" / "texts" / "harbour_bridge.txt", seeds)
    shutil.copy(ROOT / "tests" / "texts" / "harbour_bridge.yml", seeds)
    docs.mkdir()
    (docs / "analyse.md").write_text("# Meine Analyse\n", encoding="utf-8")
    hand_written_notes(docs)
    convert(seeds, docs)
    return seeds, docs


def leftovers(folder: Path) -> list[str]:
    """Staging or swapped-out trees and temporary files anywhere under ``folder``."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.name.startswith((tree.STAGING_PREFIX, tree.PREVIOUS_PREFIX)) or ".tmp-" in p.name)


def start_convert(arguments: list[str], log: Path) -> int:
    """``convert.py ARGUMENTS`` in a forked process (a separate process without the interpreter's
    start-up, so that pairs really overlap); its stdout and stderr go to ``log``."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            # pytest's capture replaces sys.stderr: point both the streams and the descriptors at the log
            sys.stdout = sys.stderr = output = open(log, "w", encoding="utf-8")  # noqa: SIM115
            os.dup2(output.fileno(), 1)
            os.dup2(output.fileno(), 2)
            code = convert_main(arguments)
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    return pid


def exit_code(pid: int) -> int:
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.parametrize("swap", ["renameat2", "two renames"])
def test_two_converts_started_together_never_lose_a_page(project, tmp_path, monkeypatch, swap):
    seeds, docs = project
    if swap == "two renames":  # the fallback of systems without RENAME_EXCHANGE (macOS)
        monkeypatch.setattr(tree, "_renameat2", lambda: None)
    # German and English labels differ on every generated page, so both converts of a pair write.
    expected = {}
    for language in ("en", "de"):
        convert(seeds, docs, language=language)
        expected[language] = snapshot(docs)
    notes = {path: data for path, data in expected["de"].items() if path.startswith("notes/")}
    assert len(notes) == 300 and expected["de"] != expected["en"]

    for round_number in range(ROUNDS[swap]):
        (docs / "timeline.md").unlink()  # so that both converts of the pair have something to write
        pair = []
        for language in ("de", "en"):
            log = tmp_path / f"convert-{language}.log"
            arguments = ["--quiet", "--seeds", str(seeds), "--docs", str(docs), "--language", language]
            pair.append((start_convert(arguments, log), log))
        codes = []
        for pid, log in pair:
            code = exit_code(pid)
            codes.append(code)
            output = log.read_text(encoding="utf-8")
            assert code in (0, LockError.exit_code), f"round {round_number}: exit {code}\n{output}"
            if code == LockError.exit_code:
                assert "another convert" in output and "hint:" in output, output
            else:
                assert output == "", output
        assert 0 in codes, f"round {round_number}: neither convert wrote docs/"
        state = snapshot(docs)
        assert {p: d for p, d in state.items() if p.startswith("notes/")} == notes, f"round {round_number}"
        assert state in (expected["de"], expected["en"]), f"round {round_number}: docs/ is mixed"
        assert not leftovers(tmp_path), f"round {round_number}: {leftovers(tmp_path)}"


def hold_lock(docs: Path) -> subprocess.Popen[str]:
    """Another process holding the lock of ``docs``; returns once it holds it."""
    code = ("import sys, time\nfrom pathlib import Path\nfrom dossier.tree import writing_lock\n"
            "with writing_lock(Path(sys.argv[1])):\n    print('locked', flush=True)\n    time.sleep(600)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(docs)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_a_second_convert_gives_up_naming_the_holder_and_a_dead_holder_never_blocks(project, monkeypatch,
                                                                                    capsys):
    seeds, docs = project
    (seeds / f"{KEY}.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")
    before = snapshot(docs)
    monkeypatch.setattr(tree, "LOCK_WAIT_SECONDS", 0.3)
    holder = hold_lock(docs)
    try:
        code = convert_main(["--seeds", str(seeds), "--docs", str(docs)])
        error = capsys.readouterr().err
        assert code == LockError.exit_code == 6
        assert f"another convert (pid {holder.pid}) is writing {docs}" in error
        assert error.startswith(f"convert.py: {tree.lock_path(docs)}: ") and "\n  hint: " in error
        assert "Traceback" not in error
        assert snapshot(docs) == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The holder died with the lock held: the lock file is still there, and blocks nobody.
    assert tree.lock_path(docs).exists()
    assert convert_main(["--quiet", "--seeds", str(seeds), "--docs", str(docs)]) == 0
    assert "Ein neuer Titel" in (docs / "articles" / f"{KEY}.md").read_text(encoding="utf-8")


def test_the_lock_is_held_while_mkdocs_serve_regenerates(project, monkeypatch):
    """The hook of `mkdocs serve` calls convert(atomic=False): it waits for the lock like the CLI."""
    seeds, docs = project
    (seeds / f"{KEY}.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")
    before = snapshot(docs)
    monkeypatch.setattr(tree, "LOCK_WAIT_SECONDS", 0.3)
    holder = hold_lock(docs)
    try:
        with pytest.raises(LockError):
            convert(seeds, docs, atomic=False)
        assert snapshot(docs) == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()


def test_a_planted_link_as_lock_file_is_refused_and_its_target_untouched(project, tmp_path):
    seeds, docs = project
    target = tmp_path / "precious.txt"
    target.write_text("nicht anfassen\n", encoding="utf-8")
    tree.lock_path(docs).unlink()
    tree.lock_path(docs).symlink_to(target)
    (seeds / f"{KEY}.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")
    before = snapshot(docs)
    with pytest.raises(WriteError) as caught:
        convert(seeds, docs)
    assert caught.value.path == str(tree.lock_path(docs)) and "hint:" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "nicht anfassen\n"
    assert snapshot(docs) == before


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_cleanup_removes_staging_of_dead_converts_only(project):
    seeds, docs = project
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        dead_folder = docs.parent / f"{tree.STAGING_PREFIX}docs-{dead_pid()}"
        live_folder = docs.parent / f"{tree.STAGING_PREFIX}docs-{live.pid}"
        foreign = [docs.parent / f"{tree.STAGING_PREFIX}docs-123-old",  # not a name this code makes
                   docs.parent / f"{tree.STAGING_PREFIX}docs-abc",
                   docs.parent / f"{tree.STAGING_PREFIX}andere-docs-{dead_pid()}"]  # another docs folder
        for folder in [dead_folder, live_folder, *foreign]:
            (folder / "notes").mkdir(parents=True)
            (folder / "notes" / "seite.md").write_text("# Seite\n", encoding="utf-8")
        (seeds / f"{KEY}.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")
        convert(seeds, docs)
        assert not dead_folder.exists()
        assert (live_folder / "notes" / "seite.md").exists()
        for folder in foreign:
            assert (folder / "notes" / "seite.md").exists(), folder
    finally:
        live.kill()
        live.wait()


def test_a_docs_swapped_out_by_a_dead_convert_is_put_back(project):
    """A convert killed between the two renames of the fallback swap left no docs/, only the old tree."""
    seeds, docs = project
    before = snapshot(docs)
    previous = docs.parent / f"{tree.PREVIOUS_PREFIX}docs-{dead_pid()}"
    docs.rename(previous)
    convert(seeds, docs)
    assert snapshot(docs) == before
    assert not previous.exists()


def test_a_page_saved_into_the_old_tree_is_carried_over(project):
    """A convert killed after the swap left the old tree; a note saved into it while the new tree was
    built (or one newer there) is brought into docs/ before the old tree goes."""
    seeds, docs = project
    previous = docs.parent / f"{tree.PREVIOUS_PREFIX}docs-{dead_pid()}"
    shutil.copytree(docs, previous)
    (previous / "notes" / "neu.md").write_text("# Neu, während des Konvertierens\n", encoding="utf-8")
    changed = previous / "analyse.md"
    changed.write_text("# Meine Analyse, neuer\n", encoding="utf-8")
    os.utime(changed, ns=(changed.stat().st_mtime_ns + 10**9,) * 2)
    convert(seeds, docs)
    assert (docs / "notes" / "neu.md").read_text(encoding="utf-8") == "# Neu, während des Konvertierens\n"
    assert (docs / "analyse.md").read_text(encoding="utf-8") == "# Meine Analyse, neuer\n"
    assert not previous.exists()
    assert not leftovers(docs.parent)


def test_a_previous_tree_of_a_live_convert_is_left_alone(project):
    seeds, docs = project
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        previous = docs.parent / f"{tree.PREVIOUS_PREFIX}docs-{live.pid}"
        (previous / "notes").mkdir(parents=True)
        (previous / "notes" / "seite.md").write_text("# Seite\n", encoding="utf-8")
        convert(seeds, docs, force=True)
        assert (previous / "notes" / "seite.md").exists()
        assert not (docs / "notes" / "seite.md").exists()
    finally:
        live.kill()
        live.wait()


def test_check_waits_for_a_writing_convert_and_never_makes_the_lock_file(project, monkeypatch, capsys):
    """--check does not compare a docs/ that a convert is swapping (it could see old and new pages
    mixed): it takes the lock shared, so checks do not block each other, and creates nothing."""
    seeds, docs = project
    (seeds / f"{KEY}.yml").write_text("title: Ein neuer Titel\n", encoding="utf-8")  # stale: the full check
    monkeypatch.setattr(tree, "LOCK_WAIT_SECONDS", 0.3)
    holder = hold_lock(docs)
    try:
        code = convert_main(["--check", "--seeds", str(seeds), "--docs", str(docs)])
        assert code == LockError.exit_code, capsys.readouterr().err
        assert f"another convert (pid {holder.pid}) is writing {docs}" in capsys.readouterr().err
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with tree.reading_lock(docs):  # another check: shared, it does not block this one
        assert convert_main(["--check", "--seeds", str(seeds), "--docs", str(docs)]) == 5
    tree.lock_path(docs).unlink()  # as in a fresh, read-only checkout
    assert convert_main(["--check", "--seeds", str(seeds), "--docs", str(docs)]) == 5
    assert not tree.lock_path(docs).exists()
