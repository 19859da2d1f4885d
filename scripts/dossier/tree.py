"""Writing generated files into ``docs/`` without ever losing what an editor wrote.

``docs/.dossier/manifest.json`` records every generated file with the SHA-256 of what was written.
That tells three kinds of file apart:

- generated and untouched (its hash matches): regenerated freely;
- generated, then edited by hand (its hash differs): never overwritten without ``--force``;
- hand-written (not in the manifest): never touched; a generated page may not take its place.

A conversion is all or nothing. The new tree is assembled beside ``docs/`` (unchanged files are
hard links, so this is cheap) and swapped in with one atomic ``renameat2(RENAME_EXCHANGE)``: a
convert killed at any moment leaves ``docs/`` as it was before or as it is after, never mixed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CollisionError, HandEditedError

MANIFEST = ".dossier/manifest.json"
STAGING_PREFIX = ".dossier-staging-"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Changes:
    """What a conversion would do to ``docs/``."""

    write: dict[str, bytes] = field(default_factory=dict)  # new or changed generated files
    delete: list[str] = field(default_factory=list)  # generated files whose seed is gone
    hand_edited: list[str] = field(default_factory=list)  # generated files changed by hand
    collisions: list[str] = field(default_factory=list)  # hand-written files in the way
    manifest: bytes = b""

    @property
    def empty(self) -> bool:
        return not self.write and not self.delete


def read_manifest(docs_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.get("files", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def dumps_manifest(files: dict[str, bytes]) -> bytes:
    payload = {"generator": "dossier", "note": "written by scripts/convert.py; do not edit",
               "files": {path: sha256(files[path]) for path in sorted(files)}}
    return (json.dumps(payload, indent=1, sort_keys=True) + "\n").encode()


def plan_changes(docs_dir: Path, files: dict[str, bytes]) -> Changes:
    """Compare what should be generated with what is in ``docs/``."""
    recorded = read_manifest(docs_dir)
    changes = Changes(manifest=dumps_manifest(files))
    for path in sorted(files):
        target = docs_dir / path
        current = _read(target)
        if current == files[path]:
            continue
        if current is not None:
            if path not in recorded:
                changes.collisions.append(path)
                continue
            if sha256(current) != recorded[path]:
                changes.hand_edited.append(path)
        changes.write[path] = files[path]
    for path in sorted(set(recorded) - set(files)):
        current = _read(docs_dir / path)
        if current is None:
            continue
        if sha256(current) != recorded[path]:
            changes.hand_edited.append(path)
        changes.delete.append(path)
    if _read(docs_dir / MANIFEST) != changes.manifest and not changes.collisions:
        changes.write.setdefault(MANIFEST, changes.manifest)
    return changes


def refuse_unsafe(changes: Changes, docs_dir: Path, *, force: bool) -> None:
    """Raise when the conversion would overwrite a hand-written page or a hand edit."""
    if changes.collisions:
        path = changes.collisions[0]
        raise CollisionError(
            f"{path} is a hand-written page, and a seed would generate a page in its place",
            path=str(docs_dir / path),
            hint="rename the seed, or give it another key in its seeds/<stem>.yml (key: other-name); "
                 "hand-written pages are never overwritten")
    if changes.hand_edited and not force:
        listed = ", ".join(str(docs_dir / p) for p in changes.hand_edited)
        raise HandEditedError(
            f"generated page edited by hand: {listed}; converting would overwrite the edit",
            path=str(docs_dir / changes.hand_edited[0]),
            hint="put the correction in the seed's overrides (seeds/<stem>.yml, see CONTRIBUTING.md) "
                 "or move your text to a hand-written page; to discard the edit, run "
                 "scripts/convert.py --force")


def apply_changes(docs_dir: Path, changes: Changes, *, atomic: bool = True) -> None:
    """Write the changes. ``atomic=False`` writes file by file (each one atomically), for
    ``mkdocs serve``, whose file watcher would lose track of a swapped directory."""
    if changes.empty:
        return
    if not atomic:
        for path, data in changes.write.items():
            _write_file(docs_dir / path, data)
        for path in changes.delete:
            (docs_dir / path).unlink(missing_ok=True)
        return
    remove_stale_staging(docs_dir)
    staging = Path(f"{docs_dir.parent / (STAGING_PREFIX + docs_dir.name)}-{os.getpid()}")
    try:
        if docs_dir.exists():
            _link_tree(docs_dir, staging, skip=set(changes.delete) | set(changes.write))
        for path, data in changes.write.items():
            _write_file(staging / path, data, fsync=False)
        _fsync_tree(staging)
        if docs_dir.exists():
            _exchange(staging, docs_dir)
        else:
            os.rename(staging, docs_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove_stale_staging(docs_dir: Path) -> None:
    """Staging folders of a convert that was killed: half-built trees, never swapped in."""
    for leftover in docs_dir.parent.glob(f"{STAGING_PREFIX}{docs_dir.name}-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def _write_file(path: Path, data: bytes, *, fsync: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(temporary, "wb") as handle:
        handle.write(data)
        if fsync:
            handle.flush()
            os.fsync(handle.fileno())
    os.replace(temporary, path)


def _link_tree(source: Path, target: Path, *, skip: set[str]) -> None:
    for directory, subdirectories, names in os.walk(source):
        relative = Path(directory).relative_to(source)
        (target / relative).mkdir(parents=True, exist_ok=True)
        for name in names:
            path = (relative / name).as_posix()
            if path in skip:
                continue
            try:
                os.link(Path(directory) / name, target / relative / name)
            except OSError:  # file systems without hard links
                shutil.copy2(Path(directory) / name, target / relative / name)
        subdirectories.sort()


def _fsync_tree(root: Path) -> None:
    """Make the staged tree durable before it becomes ``docs/``."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    for directory, _, names in os.walk(root):
        for name in names:
            try:
                fd = os.open(Path(directory) / name, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two directories in one step (Linux renameat2); elsewhere, two quick renames."""
    libc_name = ctypes.util.find_library("c")
    renameat2 = getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None) if libc_name else None
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
        if result == 0:
            return
    # Not atomic: there is a moment without docs/. Kept for file systems without RENAME_EXCHANGE.
    old = a.with_name(a.name + "-old")
    os.rename(b, old)
    os.rename(a, b)
    os.rename(old, a)
