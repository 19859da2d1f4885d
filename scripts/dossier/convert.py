"""``seeds/`` to the generated files of ``docs/``: pure planning, then one safe write.

:func:`generate` reads every seed, extracts its facts, applies the editors' overrides and renders
the pages, the sentence index and the exports, returning ``{path: bytes}``. :func:`convert`
compares that with ``docs/`` (see :mod:`dossier.tree`) and writes it, or, with ``check=True``,
only reports what is stale.

Incremental: :func:`convert` records what it read and wrote in a signed state beside the cache
(:class:`ConvertState`). The next run compares sizes, modification times and inodes, backed by
the content hashes recorded with them:

- nothing changed (no seed, sidecar, code, option or generated file): nothing is read or rendered;
- some seeds changed: only those are segmented and extracted again, only their article pages are
  rendered again (an article depends on its own seed, the site language and the code), and the
  pages that merge every seed (timeline, figures, sources, home, exports, index) are rendered and
  compared by hash; only files whose bytes differ are written.
"""

from __future__ import annotations

import concurrent.futures
import difflib
import functools
import hashlib
import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import cache
from .citations import article_path
from .errors import DossierError, MetadataError, SeedError, StaleError
from .exports import render_exports
from .extract import extract
from .index import dumps_index
from .model import Facts
from .overrides import apply_overrides
from .pages import (
    HOME_PAGE,
    Dossier,
    render_article,
    render_figures,
    render_home,
    render_sources,
    render_timeline,
)
from .seed import find_orphan_sidecars, find_seeds, read_seed, refuse_special_file, sidecar_path
from .segment import segment
from .site_settings import config_path, read_home_text
from .tree import (
    MANIFEST,
    Changes,
    apply_changes,
    clean_up_after_dead_converts,
    has_leftovers,
    plan_changes,
    refuse_unsafe,
    sha256,
    write_error,
    writing_lock,
)

INDEX_PATH = ".dossier/index.json"
CACHE_DIR = ".dossier-cache"  # beside seeds/, ignored by git
STATE_DIR = "state"  # in the cache folder: one signed ConvertState per docs/ folder
# Longer than any article (the sample is 4 KB, a long read 100 KB); SoMaJo splits about 40 KB a
# second, so a larger seed could not convert in the 10 seconds `make bench --hostile` allows.
MAX_SEED_BYTES = 250_000
ASSETS = {"assets/dossier.css": Path(__file__).with_name("assets") / "dossier.css"}
# A file changed within this many seconds before the state was recorded may change again within
# the same timestamp tick: its stat is not trusted, its content is hashed (git's "racy clean").
RACY_SECONDS = 2.0
# Fewer seeds to extract than this per worker are not worth starting processes for.
SEEDS_PER_WORKER = 4


@dataclass
class Generated:
    files: dict[str, bytes]
    dossier: Dossier
    # Files not rendered again because their inputs did not change: path -> SHA-256 of their bytes.
    reused: dict[str, str] = field(default_factory=dict)


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


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


@functools.cache
def _code_version() -> str:
    """A hash of the package's own code: a cached result is only reused by the code that made it."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


# --- one seed ------------------------------------------------------------------------------------

def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(f"the seed is {size / 1000:,.0f} KB; Dossier reads articles of up to "
                        f"{MAX_SEED_BYTES // 1000:,} KB", path=str(path),
                        hint="a news article is a few kilobytes: remove what is not the article, or split it "
                             "into several seeds")


def _cache_key(path: Path) -> str:
    """The key names everything a seed's facts depend on; the entry itself is signed (see dossier.cache).
    A hit needs neither decoding nor the sidecar's YAML. Links out of seeds/ and FIFOs are refused
    before anything is read."""
    sidecar = sidecar_path(path)  # .yml, .yaml or .YML: the one read_seed reads
    refuse_special_file(path, str(path), SeedError)
    refuse_special_file(sidecar, str(sidecar), MetadataError)
    return hashlib.sha256(cache.FORMAT.encode() + b"\0" + path.read_bytes() + b"\0"
                          + (sidecar.read_bytes() if sidecar.exists() else b"")
                          + b"\0" + _code_version().encode() + b"\0" + str(path).encode()).hexdigest()


def _extract_cached(path: Path, cache_dir: Path | None) -> Facts:
    """Segment and extract one seed, or load the result of an identical earlier run.

    SoMaJo makes segmentation the slow step; the cache makes a warm convert of a large dossier
    take about a second. The key covers the seed, its sidecar and the code, so it is never stale.
    """
    _check_size(path)
    if cache_dir is None:
        return extract(segment(read_seed(path)))
    key = _cache_key(path)
    facts = cache.load(cache_dir, key, Facts)
    if facts is not None:
        return facts
    facts = extract(segment(read_seed(path)))
    cache.store(cache_dir, key, facts)
    return facts


def _extract_in_worker(path: Path, key: str | None, cache_dir: Path | None):
    """In a worker process: the facts, or the DossierError as plain data (its keyword-only
    constructor does not survive pickling)."""
    try:
        facts = extract(segment(read_seed(path)))
    except DossierError as error:
        return None, (type(error), error.message, error.path, error.line, error.hint)
    if cache_dir is not None and key is not None:
        cache.store(cache_dir, key, facts)
    return facts, None


def _pool_context():
    """fork where it is safe (no other thread: the command line); forkserver under mkdocs serve,
    whose server threads a fork could catch holding a lock."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _extract_many(paths: list[Path], keys: dict[Path, str], cache_dir: Path | None,
                  jobs: int, done: Callable[[], None] = lambda: None) -> dict[Path, Facts | DossierError]:
    """Segment and extract ``paths``, in ``jobs`` processes when there are enough of them. The
    facts do not depend on the number of processes: each seed is extracted alone, by the same code."""
    results: dict[Path, Facts | DossierError] = {}
    workers = min(jobs, len(paths) // SEEDS_PER_WORKER)
    if workers <= 1:
        for path in paths:
            facts, error = _extract_in_worker(path, keys.get(path), cache_dir)
            results[path] = facts if error is None else _rebuild_error(error)
            done()
        return results
    if cache_dir is not None:
        cache.secret()  # made once here, not raced for by the workers
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=_pool_context()) as pool:
        chunk = max(1, min(16, len(paths) // (workers * 4)))
        outcomes = pool.map(_extract_in_worker, paths, [keys.get(p) for p in paths],
                            [cache_dir] * len(paths), chunksize=chunk)
        for path, (facts, error) in zip(paths, outcomes, strict=True):
            results[path] = facts if error is None else _rebuild_error(error)
            done()
    return results


def _rebuild_error(data) -> DossierError:
    kind, message, path, line, hint = data
    return kind(message, path=path, line=line, hint=hint)


# --- every seed ----------------------------------------------------------------------------------

def _stat_stamp(path: Path) -> tuple[int, ...]:
    """What tells a changed file from an unchanged one without reading it; () when missing."""
    try:
        st = path.stat()
    except OSError:
        return ()
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


def _seed_stamp(path: Path) -> tuple[int, ...]:
    return _stat_stamp(path) + (-1,) + _stat_stamp(sidecar_path(path))


def _refuse_orphans(seeds_dir: Path, paths: list[Path]) -> None:
    orphans = find_orphan_sidecars(seeds_dir, paths)
    if orphans:
        close = difflib.get_close_matches(orphans[0].stem, [p.stem for p in paths], n=1)
        raise MetadataError(f"{orphans[0].name} belongs to no seed: there is no {orphans[0].stem}.txt beside it",
                            path=str(orphans[0]),
                            hint=(f"rename it to {close[0]}.yml if it is that seed's metadata, " if close else "")
                            + "or delete it")


@dataclass
class _Read:
    facts: list[Facts]  # sorted by key
    keys: dict[str, str]  # seed path -> cache key
    stamps: dict[str, tuple[int, ...]]  # seed path -> stamp of the seed and its sidecar
    unchanged: set[str] = field(default_factory=set)  # document keys whose seed has the key the state has


def _read_all(seeds_dir: Path, progress: Callable[[int, int], None] | None, cache_dir: Path | None,
              jobs: int | None, state: ConvertState | None) -> _Read:
    paths = find_seeds(seeds_dir)
    _refuse_orphans(seeds_dir, paths)
    keys: dict[Path, str] = {}
    stamps: dict[str, tuple[int, ...]] = {}
    loaded: dict[Path, Facts] = {}
    missing: list[Path] = []
    for path in paths:
        _check_size(path)
        if cache_dir is None:
            missing.append(path)
            continue
        stamp = stamps[str(path)] = _seed_stamp(path)
        known = state.seeds.get(str(path)) if state is not None else None
        if known is not None and known.stamp == stamp and not state.racy(stamp):
            refuse_special_file(path, str(path), SeedError)  # the stamp follows links; this does not
            keys[path] = known.key  # unchanged since the state was recorded: no need to hash it again
        else:
            keys[path] = _cache_key(path)
        facts = cache.load(cache_dir, keys[path], Facts)
        if facts is None:
            missing.append(path)
        else:
            loaded[path] = facts
    finished = [len(paths) - len(missing)]

    def one_more() -> None:  # the progress bar moves as the workers finish seeds
        finished[0] += 1
        if progress:
            progress(finished[0], len(paths))

    if progress and paths:
        progress(finished[0], len(paths))  # those found in the cache
    extracted = _extract_many(missing, keys, cache_dir, jobs or default_jobs(), one_more) if missing else {}
    facts_list: list[Facts] = []
    seen: dict[str, str] = {}
    unchanged: set[str] = set()
    for path in paths:
        result = loaded[path] if path in loaded else extracted[path]
        if isinstance(result, DossierError):
            raise result
        known = state.seeds.get(str(path)) if state is not None else None
        if known is not None and known.key == keys.get(path):
            unchanged.add(result.document.key)
        # Case-insensitive: on macOS and Windows articles/Artikel.md and articles/artikel.md are one file.
        key = result.document.key.casefold()
        if key in seen:
            raise SeedError(f"two seeds have the key {result.document.key!r}: {seen[key]} and "
                            f"{result.document.path}",
                            path=result.document.path,
                            hint="give one of them another key: in its sidecar .yml")
        seen[key] = result.document.path
        facts_list.append(apply_overrides(result))
    return _Read(sorted(facts_list, key=lambda f: f.document.key), {str(p): k for p, k in keys.items()}, stamps,
                 unchanged)


def read_facts(seeds_dir: Path, progress: Callable[[int, int], None] | None = None,
               cache_dir: Path | None = None, jobs: int | None = None) -> list[Facts]:
    """Facts of every seed, sorted by key. Raises the first DossierError, naming the file.
    ``jobs``: processes for the seeds not in the cache (default: all cores)."""
    return _read_all(seeds_dir, progress, cache_dir, jobs, None).facts


def _render(facts: list[Facts], language: str | None, site_title: str | None,
            reuse: dict[str, str] | None = None, intro: str | None = None) -> Generated:
    """Every generated file, except the article pages named in ``reuse`` (path -> hash of what is
    in docs/): their inputs did not change, so they are not rendered again."""
    dossier = Dossier(tuple(facts), site_language([f.document.language for f in facts], language))
    reuse = reuse or {}
    files: dict[str, bytes] = {}
    reused: dict[str, str] = {}
    for document in dossier.documents:
        path = article_path(document.key)
        if path in reuse:
            reused[path] = reuse[path]
        else:
            files[path] = render_article(document, dossier.language).encode()
    # As pages.render_pages, without the articles (a test checks that they agree).
    files.update({path: text.encode() for path, text in render_timeline(dossier).items()})
    files.update({path: text.encode() for path, text in render_figures(dossier).items()})
    files.update({path: text.encode() for path, text in render_sources(dossier).items()})
    files[HOME_PAGE] = render_home(dossier, site_title, intro).encode()
    files.update({path: data.encode() for path, data in render_exports(dossier).items()})
    files[INDEX_PATH] = dumps_index(dossier.documents, dossier.language).encode()
    files.update({path: source.read_bytes() for path, source in ASSETS.items()})
    return Generated(files, dossier, reused)


def _render_now(generated: Generated, path: str) -> None:
    """Render an article that was to be reused after all."""
    document = next(d for d in generated.dossier.documents if article_path(d.key) == path)
    generated.files[path] = render_article(document, generated.dossier.language).encode()
    del generated.reused[path]


def generate(seeds_dir: Path, *, language: str | None = None, site_title: str | None = None,
             progress: Callable[[int, int], None] | None = None, cache_dir: Path | None = None,
             jobs: int | None = None, intro: str | None = None) -> Generated:
    return _render(read_facts(seeds_dir, progress, cache_dir, jobs), language, site_title, intro=intro)


# --- the recorded state --------------------------------------------------------------------------

@dataclass
class SeedState:
    stamp: tuple[int, ...]  # _seed_stamp when it was read
    key: str  # its cache key: the hash of its content, its sidecar's and the code


@dataclass
class OutputState:
    stamp: tuple[int, ...]  # _stat_stamp after it was written or checked
    sha: str  # SHA-256 of its bytes


@dataclass
class ConvertState:
    """What the last successful convert of one ``docs/`` read and left there. Signed like every
    cache entry: a planted or edited state is ignored, and the next convert does the full work."""

    options: str  # code version and options: when they change, nothing is reused
    language: str  # the site language: articles render their labels in it
    recorded_ns: int  # time.time_ns() when it was recorded
    seeds: dict[str, SeedState]  # by seed path
    outputs: dict[str, OutputState]  # by docs-relative path: every generated file and the manifest

    def racy(self, stamp: tuple[int, ...]) -> bool:
        """Whether a file with this stamp was modified so shortly before the state was recorded
        that a later change could keep its size and timestamp."""
        # A stamp is (size, mtime, inode, ctime) of a file, or of a seed, -1, and of its sidecar.
        # Only the content's time counts: linking a file into a new docs/ changes its ctime.
        times = [stamp[i] for i in (1, 6) if i < len(stamp)]
        return any(self.recorded_ns - t < RACY_SECONDS * 1e9 for t in times)


def _state_key(docs_dir: Path) -> str:
    return "convert-" + sha256(str(docs_dir.resolve()).encode())[:32]


def _options(language: str | None, site_title: str | None, intro: str | None = None) -> str:
    """Everything besides the seeds that the generated files depend on."""
    assets = b"".join(sha256(source.read_bytes()).encode() for source in ASSETS.values())
    return sha256(f"{cache.FORMAT}\0{_code_version()}\0{language}\0{site_title}\0{intro}\0".encode() + assets)


def _load_state(cache_dir: Path | None, docs_dir: Path) -> ConvertState | None:
    if cache_dir is None:
        return None
    return cache.load(cache_dir / STATE_DIR, _state_key(docs_dir), ConvertState)


def _store_state(cache_dir: Path, docs_dir: Path, options: str, language: str, read: _Read,
                 outputs: dict[str, str]) -> None:
    """Record the state after a successful write; ``outputs`` are path -> hash of every generated file."""
    recorded = time.time_ns()
    states = {}
    for path, sha in outputs.items():
        stamp = _stat_stamp(docs_dir / path)
        if stamp:
            states[path] = OutputState(stamp, sha)
    seeds = {path: SeedState(read.stamps[path], key) for path, key in read.keys.items() if path in read.stamps}
    cache.store(cache_dir / STATE_DIR, _state_key(docs_dir),
                ConvertState(options, language, recorded, seeds, states))


def _unchanged(seeds_dir: Path, docs_dir: Path, state: ConvertState | None, options: str,
               cache_dir: Path) -> int | None:
    """The number of seeds when nothing changed since ``state`` was recorded, else None.

    Lists seeds/ and compares the stamps of every seed, sidecar and generated file; only a file
    whose stamp differs, or was taken too close to its last change to be trusted, is read and
    compared by its hash (a ``touch`` changes nothing). When any was, the state is recorded again
    with the new stamps, so that the next run reads nothing.
    """
    if state is None or state.options != options or has_leftovers(docs_dir):
        return None  # leftovers of a dead convert are cleaned up, under the lock, by the full path
    paths = find_seeds(seeds_dir)
    if len(paths) != len(state.seeds):
        return None
    _refuse_orphans(seeds_dir, paths)
    verified = False
    for path in paths:
        known = state.seeds.get(str(path))
        if known is None:
            return None
        stamp = _seed_stamp(path)
        refuse_special_file(path, str(path), SeedError)  # a link swapped in keeps the target's stamp
        if known.stamp != stamp or state.racy(stamp):
            _check_size(path)
            if _cache_key(path) != known.key:
                return None
            known.stamp, verified = stamp, True
    for path, output in state.outputs.items():
        stamp = _stat_stamp(docs_dir / path)
        if stamp != output.stamp or state.racy(stamp):
            try:
                if sha256((docs_dir / path).read_bytes()) != output.sha:
                    return None
            except OSError:
                return None
            output.stamp, verified = stamp, True
    if verified:
        state.recorded_ns = time.time_ns()
        cache.store(cache_dir / STATE_DIR, _state_key(docs_dir), state)
    return len(paths)


def _known_outputs(docs_dir: Path, state: ConvertState | None) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Generated files still as the last convert left them: path -> (hash of their bytes, their
    stamp now). Known by their stamp, or, when it changed or is too recent to be trusted, by
    hashing them again."""
    if state is None:
        return {}
    known = {}
    for path, output in state.outputs.items():
        stamp = _stat_stamp(docs_dir / path)
        if stamp == output.stamp and not state.racy(stamp):
            known[path] = (output.sha, stamp)
            continue
        try:
            if stamp and sha256((docs_dir / path).read_bytes()) == output.sha:
                known[path] = (output.sha, stamp)
        except OSError:
            pass
    return known


def _still_known(docs_dir: Path, known: dict[str, tuple[str, tuple[int, ...]]]) -> dict[str, str]:
    """Of ``known``, the files nobody changed since (under the lock: another convert may have
    written docs/ between our look and our turn): path -> hash."""
    return {path: sha for path, (sha, stamp) in known.items() if _stat_stamp(docs_dir / path) == stamp}


# --- convert -------------------------------------------------------------------------------------

class Report:
    """What a convert did. ``generated`` is computed on first use when the convert found nothing
    changed (it then rendered nothing)."""

    def __init__(self, changes: Changes, generated: Generated | None = None, *, seeds: int | None = None,
                 regenerate: Callable[[], Generated] | None = None):
        self.changes = changes
        self._generated = generated
        self._regenerate = regenerate
        self.seeds = seeds if seeds is not None else len(generated.dossier.facts) if generated else 0

    @property
    def generated(self) -> Generated:
        if self._generated is None:
            self._generated = self._regenerate()
        return self._generated


def convert(seeds_dir: Path, docs_dir: Path, *, check: bool = False, force: bool = False,
            atomic: bool = True, language: str | None = None, site_title: str | None = None,
            progress: Callable[[int, int], None] | None = None, cache: bool = True,
            jobs: int | None = None) -> Report:
    """Regenerate ``docs/`` from ``seeds/``; with ``check``, raise StaleError instead of writing.

    ``jobs``: processes that segment and extract the seeds not in the cache (default: all cores);
    the output is byte-identical whatever it is.

    Writing happens under a lock (:func:`dossier.tree.writing_lock`): a second convert of the same
    ``docs/`` waits a few seconds, then raises LockError. A write that fails (disk full, read-only
    folder) raises WriteError and leaves ``docs/`` as it was, with no temporary file behind.
    """
    cache_dir = default_cache_dir(seeds_dir) if cache else None
    state = _load_state(cache_dir, docs_dir)
    home = read_home_text(config_path(docs_dir))  # the editor's title and introduction, if any
    site_title = site_title or home.title
    options = _options(language, site_title, home.intro)

    def regenerate() -> Generated:
        return generate(seeds_dir, language=language, site_title=site_title, cache_dir=cache_dir, jobs=jobs,
                        intro=home.intro)

    unchanged = _unchanged(seeds_dir, docs_dir, state, options, cache_dir) if cache_dir is not None else None
    if unchanged is not None:
        return Report(Changes(), seeds=unchanged, regenerate=regenerate)
    usable = state if state is not None and state.options == options else None
    read = _read_all(seeds_dir, progress, cache_dir, jobs, usable)
    known = _known_outputs(docs_dir, usable)
    reuse = {}
    if usable is not None and usable.language == site_language([f.document.language for f in read.facts],
                                                                language):
        for key in read.unchanged:
            path = article_path(key)
            if path in known:
                reuse[path] = known[path][0]
    generated = _render(read.facts, language, site_title, reuse, home.intro)
    if not check:
        return _write_locked(docs_dir, generated, force=force, atomic=atomic, known=known,
                             record=(cache_dir, options, read) if cache_dir is not None else None)
    changes = plan_changes(docs_dir, generated.files, reused=generated.reused,
                           known=_still_known(docs_dir, known))
    stale = sorted(set(changes.write) | set(changes.delete) | set(changes.collisions))
    if stale:
        listed = "\n".join(f"    {docs_dir / p}" for p in stale[:20])
        more = f"\n    … and {len(stale) - 20} more" if len(stale) > 20 else ""
        raise StaleError(f"docs/ does not match seeds/; stale:\n{listed}{more}", path=str(docs_dir),
                         hint="run make docs (python scripts/convert.py) and commit the result")
    return Report(changes, generated)


def _write_locked(docs_dir: Path, generated: Generated, *, force: bool, atomic: bool,
                  known: dict[str, tuple[str, tuple[int, ...]]], record: tuple | None) -> Report:
    # Generating (the slow part) needs no lock; planning must see the docs/ it then writes, and
    # the state must describe the docs/ it leaves.
    try:
        with writing_lock(docs_dir):
            clean_up_after_dead_converts(docs_dir)
            still = _still_known(docs_dir, known)
            for path in [p for p in generated.reused if p not in still]:
                _render_now(generated, path)  # changed by someone else meanwhile: rendered after all
            changes = plan_changes(docs_dir, generated.files, reused=generated.reused, known=still)
            refuse_unsafe(changes, docs_dir, force=force)
            apply_changes(docs_dir, changes, atomic=atomic)
            if record is not None:
                cache_dir, options, read = record
                outputs = {path: sha256(data) for path, data in generated.files.items()}
                outputs.update(generated.reused)
                outputs[MANIFEST] = sha256(changes.manifest)
                _store_state(cache_dir, docs_dir, options, generated.dossier.language, read, outputs)
    except OSError as error:
        outcome = "docs/ was left as it was" if atomic else "the files written before it are complete"
        raise write_error(error, docs_dir, outcome=outcome) from None
    return Report(changes, generated)
