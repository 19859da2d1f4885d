"""``seeds/`` to the generated files of ``docs/``: pure planning, then one safe write.

:func:`generate` reads every seed, extracts its facts, applies the editors' overrides and renders
the pages, the sentence index and the exports, returning ``{path: bytes}``. :func:`convert`
compares that with ``docs/`` (see :mod:`dossier.tree`) and writes it, or, with ``check=True``,
only reports what is stale.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import cache
from .errors import MetadataError, SeedError, StaleError
from .exports import render_exports
from .extract import extract
from .index import dumps_index
from .model import Facts
from .overrides import apply_overrides
from .pages import Dossier, render_pages
from .seed import find_orphan_sidecars, find_seeds, read_seed, refuse_special_file, sidecar_path
from .segment import segment
from .tree import (
    Changes,
    apply_changes,
    clean_up_after_dead_converts,
    plan_changes,
    refuse_unsafe,
    write_error,
    writing_lock,
)

INDEX_PATH = ".dossier/index.json"
CACHE_DIR = ".dossier-cache"  # beside seeds/, ignored by git
# Longer than any article (the sample is 4 KB, a long read 100 KB); SoMaJo splits about 40 KB a
# second, so a larger seed could not convert in the 10 seconds `make bench --hostile` allows.
MAX_SEED_BYTES = 250_000
ASSETS = {"assets/dossier.css": Path(__file__).with_name("assets") / "dossier.css"}


@dataclass
class Generated:
    files: dict[str, bytes]
    dossier: Dossier


def site_language(languages: list[str], configured: str | None = None) -> str:
    """The configured language, else the language of most seeds (German on a tie: the sample's)."""
    if configured in ("de", "en"):
        return configured
    counts = Counter(languages)
    if not counts:
        return "de"
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def default_cache_dir(seeds_dir: Path) -> Path:
    return seeds_dir.resolve().parent / CACHE_DIR


@functools.cache
def _code_version() -> str:
    """A hash of the package's own code: a cached result is only reused by the code that made it."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


def _extract_cached(path: Path, cache_dir: Path | None) -> Facts:
    """Segment and extract one seed, or load the result of an identical earlier run.

    SoMaJo makes segmentation the slow step; the cache makes a warm convert of a large dossier
    take about a second. The key covers the seed, its sidecar and the code, so it is never stale.
    """
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(f"the seed is {size / 1000:,.0f} KB; Dossier reads articles of up to "
                        f"{MAX_SEED_BYTES // 1000:,} KB", path=str(path),
                        hint="a news article is a few kilobytes: remove what is not the article, or split it "
                             "into several seeds")
    if cache_dir is None:
        return extract(segment(read_seed(path)))
    # A hit needs neither decoding nor the sidecar's YAML: on a warm run of a large dossier that
    # parsing was a quarter of the time. Links out of seeds/ and FIFOs are refused before reading.
    sidecar = sidecar_path(path)  # .yml, .yaml or .YML: the one read_seed reads
    refuse_special_file(path, str(path), SeedError)
    refuse_special_file(sidecar, str(sidecar), MetadataError)
    # The key names everything the result depends on; the entry itself is signed (see dossier.cache).
    key = hashlib.sha256(cache.FORMAT.encode() + b"\0" + path.read_bytes() + b"\0"
                         + (sidecar.read_bytes() if sidecar.exists() else b"")
                         + b"\0" + _code_version().encode() + b"\0" + str(path).encode()).hexdigest()
    facts = cache.load(cache_dir, key, Facts)
    if facts is not None:
        return facts
    facts = extract(segment(read_seed(path)))
    cache.store(cache_dir, key, facts)
    return facts


def read_facts(seeds_dir: Path, progress: Callable[[int, int], None] | None = None,
               cache_dir: Path | None = None) -> list[Facts]:
    """Facts of every seed, sorted by key. Raises the first DossierError, naming the file."""
    paths = find_seeds(seeds_dir)
    orphans = find_orphan_sidecars(seeds_dir, paths)
    if orphans:
        close = difflib.get_close_matches(orphans[0].stem, [p.stem for p in paths], n=1)
        raise MetadataError(f"{orphans[0].name} belongs to no seed: there is no {orphans[0].stem}.txt beside it",
                            path=str(orphans[0]),
                            hint=(f"rename it to {close[0]}.yml if it is that seed's metadata, " if close else "")
                            + "or delete it")
    facts: list[Facts] = []
    seen: dict[str, str] = {}
    for number, path in enumerate(paths, start=1):
        extracted = _extract_cached(path, cache_dir)
        # Case-insensitive: on macOS and Windows articles/Artikel.md and articles/artikel.md are one file.
        key = extracted.document.key.casefold()
        if key in seen:
            raise SeedError(f"two seeds have the key {extracted.document.key!r}: {seen[key]} and "
                            f"{extracted.document.path}",
                               path=extracted.document.path,
                               hint="give one of them another key: in its sidecar .yml")
        seen[key] = extracted.document.path
        facts.append(apply_overrides(extracted))
        if progress:
            progress(number, len(paths))
    return sorted(facts, key=lambda f: f.document.key)


def generate(seeds_dir: Path, *, language: str | None = None, site_title: str | None = None,
             progress: Callable[[int, int], None] | None = None, cache_dir: Path | None = None) -> Generated:
    facts = read_facts(seeds_dir, progress, cache_dir)
    dossier = Dossier(tuple(facts), site_language([f.document.language for f in facts], language))
    files: dict[str, bytes] = {path: text.encode() for path, text in
                               render_pages(dossier, site_title).items()}
    files.update({path: data.encode() for path, data in render_exports(dossier).items()})
    files[INDEX_PATH] = dumps_index(dossier.documents, dossier.language).encode()
    files.update({path: source.read_bytes() for path, source in ASSETS.items()})
    return Generated(files, dossier)


@dataclass
class Report:
    changes: Changes
    generated: Generated


def convert(seeds_dir: Path, docs_dir: Path, *, check: bool = False, force: bool = False,
            atomic: bool = True, language: str | None = None, site_title: str | None = None,
            progress: Callable[[int, int], None] | None = None, cache: bool = True) -> Report:
    """Regenerate ``docs/`` from ``seeds/``; with ``check``, raise StaleError instead of writing.

    Writing happens under a lock (:func:`dossier.tree.writing_lock`): a second convert of the same
    ``docs/`` waits a few seconds, then raises LockError. A write that fails (disk full, read-only
    folder) raises WriteError and leaves ``docs/`` as it was, with no temporary file behind.
    """
    generated = generate(seeds_dir, language=language, site_title=site_title, progress=progress,
                         cache_dir=default_cache_dir(seeds_dir) if cache else None)
    if not check:
        return _write_locked(docs_dir, generated, force=force, atomic=atomic)
    changes = plan_changes(docs_dir, generated.files)
    stale = sorted(set(changes.write) | set(changes.delete) | set(changes.collisions))
    if stale:
        listed = "\n".join(f"    {docs_dir / p}" for p in stale[:20])
        more = f"\n    … and {len(stale) - 20} more" if len(stale) > 20 else ""
        raise StaleError(f"docs/ does not match seeds/; stale:\n{listed}{more}", path=str(docs_dir),
                         hint="run make docs (python scripts/convert.py) and commit the result")
    return Report(changes, generated)


def _write_locked(docs_dir: Path, generated: Generated, *, force: bool, atomic: bool) -> Report:
    # Generating (the slow part) needs no lock; planning must see the docs/ it then writes.
    try:
        with writing_lock(docs_dir):
            clean_up_after_dead_converts(docs_dir)
            changes = plan_changes(docs_dir, generated.files)
            refuse_unsafe(changes, docs_dir, force=force)
            apply_changes(docs_dir, changes, atomic=atomic)
    except OSError as error:
        outcome = "docs/ was left as it was" if atomic else "the files written before it are complete"
        raise write_error(error, docs_dir, outcome=outcome) from None
    return Report(changes, generated)
