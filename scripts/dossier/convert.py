"""``seeds/`` to the generated files of ``docs/``: pure planning, then one safe write.

:func:`generate` reads every seed, extracts its facts, applies the editors' overrides and renders
the pages, the sentence index and the exports, returning ``{path: bytes}``. :func:`convert`
compares that with ``docs/`` (see :mod:`dossier.tree`) and writes it, or, with ``check=True``,
only reports what is stale.

Incremental: :func:`convert` records what it read and wrote in a signed state beside the cache
(:class:`ConvertState`). The next run compares sizes, modification times and inodes, backed by
the content hashes recorded with them:

- nothing changed (no seed, sidecar, code, option or generated file): nothing is read or rendered;
- some seeds changed: only those are segmented and extracted again (by a worker process, while this
  one decodes the others from the cache; only their changed paragraphs are split into sentences
  again), only their article pages are rendered again (an article depends on its own seed, the site
  language and the code), the exports and the sentence index are joined from each seed's share,
  kept in the cache (:class:`SeedShare`), the parts of the timeline, figures and sources whose
  signature (:class:`dossier.pages.Page`) is the one recorded for their file are kept without being
  rendered, and the other merged pages are rendered and compared by hash; only files whose bytes
  differ are written.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import difflib
import functools
import gc
import hashlib
import json
import multiprocessing
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import cache
from .citations import article_path
from .errors import DossierError, MetadataError, SeedError, StaleError
from .exports import SeedExports, export_files, seed_exports
from .index import document_json, dumps_index
from .model import Facts
from .overrides import apply_overrides
from .pages import (
    HOME_PAGE,
    Dossier,
    Page,
    figure_pages,
    render_article,
    render_home,
    source_pages,
    timeline_pages,
)
from .seed import find_orphan_sidecars, find_seeds, read_seed, refuse_special_file, sidecar_path
from .segment import segment, sentence_splits
from .site_settings import config_path, read_home_text
from .tree import (
    MANIFEST,
    Changes,
    apply_changes,
    clean_up_after_dead_converts,
    has_leftovers,
    plan_changes,
    reading_lock,
    refuse_unsafe,
    sha256,
    write_error,
    writing_lock,
)

INDEX_PATH = ".dossier/index.json"
CACHE_DIR = ".dossier-cache"  # beside seeds/, ignored by git
STATE_DIR = "state"  # in the cache folder: one signed ConvertState per docs/ folder
SHARES_DIR = "shares"  # in the cache folder: each seed's share of the exports and of the index (SeedShare)
# Longer than any article (the sample is 4 KB, a long read 100 KB); SoMaJo splits about 40 KB a
# second, so a larger seed could not convert in the 10 seconds `make bench --hostile` allows.
MAX_SEED_BYTES = 250_000
ASSETS = {"assets/dossier.css": Path(__file__).with_name("assets") / "dossier.css"}
# A file changed within this many seconds before the state was recorded may change again within
# the same timestamp tick: its stat is not trusted, its content is hashed (git's "racy clean").
RACY_SECONDS = 2.0
# Fewer seeds to extract than this per worker are not worth starting processes for.
SEEDS_PER_WORKER = 4
# ... unless this process has this many cached seeds to decode meanwhile: then one worker is.
OVERLAP_MIN_CACHED = 50


@dataclass
class Generated:
    files: dict[str, bytes]
    dossier: Dossier
    # Files not rendered again because their inputs did not change: path -> SHA-256 of their bytes.
    reused: dict[str, str] = field(default_factory=dict)
    # Of the timeline, figures and sources pages: path -> what the page shows (pages.Page.signature),
    # recorded in the state; and the pages reused, to render should their file have changed meanwhile.
    signatures: dict[str, str] = field(default_factory=dict)
    unrendered: dict[str, Page] = field(default_factory=dict)


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
    """A hash of the package's own code: what is rendered is only reused by the code that made it."""
    return _hash_sources(sorted(Path(__file__).parent.rglob("*.py")))


# Where a seed's facts are made: these modules and every module they import from the package.
FACTS_MODULES = ("extract", "segment", "seed", "model", "cache")


@functools.cache
def _facts_code_version() -> str:
    """A hash of the code a seed's facts are made by (:func:`facts_modules`), which keys the facts
    in the cache: a change to the pages, the exports or the hook renders again, but does not
    extract every seed again."""
    return _hash_sources(facts_modules())


def facts_modules() -> list[Path]:
    """The source files of FACTS_MODULES and of everything they import from the package, found by
    reading their relative imports (``from .x import``, ``from ..x import``, ``from . import x``,
    also inside functions); a package (the lexicons) counts with all its files."""
    package = Path(__file__).parent
    found: set[Path] = set()
    todo = [package / f"{name}.py" for name in FACTS_MODULES]
    while todo:
        source = todo.pop()
        if source in found or not source.is_file():
            continue
        found.add(source)
        for dots, module, names in _RELATIVE_IMPORT_RE.findall(source.read_text(encoding="utf-8")):
            base = source.parents[len(dots) - 1]  # "from .x" beside the file, "from ..x" one up
            for name in [module] if module else re.findall(r"\w+", names.split("#")[0]):
                target = base / name.split(".")[0]
                if not target.is_relative_to(package):
                    continue
                if target.is_dir():
                    todo += sorted(target.rglob("*.py"))
                else:
                    todo.append(target.with_suffix(".py"))
    return sorted(found)


# A relative import at the start of a line (at any indent): a regular expression rather than ast,
# which took a third of a second per convert. The names matter only for "from . import x".
_RELATIVE_IMPORT_RE = re.compile(r"^[ \t]*from[ \t]+(\.+)([\w.]*)[ \t]+import[ \t]+\(?([^)\n]*)", re.MULTILINE)


def _hash_sources(sources: list[Path]) -> str:
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for source in sources:
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _gc_paused():
    """Python's cycle collector paused for a convert, which holds the facts of every seed.

    Those are millions of objects that live until the convert ends and hold no reference cycles;
    each time the heap grew by a quarter, the collector walked all of them again: a second and a
    half of a 1,000-seed convert. At the end, what is still alive joins the oldest generation, so
    that switching the collector back on does not walk it at once either.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # every tracked object into the permanent generation …
        gc.unfreeze()  # … and from there into the oldest one
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _gc_running():
    """The collector on while this process segments seeds (SoMaJo's tokens hold cycles), where it
    was paused: without walking what is alive so far (see :func:`_gc_paused`)."""
    if gc.isenabled():
        yield
        return
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        gc.disable()
        gc.unfreeze()


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
                          + b"\0" + _facts_code_version().encode() + b"\0" + str(path).encode()).hexdigest()


def _extract(path: Path, known=None) -> Facts:
    # Imported here: its patterns take a fifth of a second to compile, and a convert that finds every
    # seed in the cache never needs them (nor does this process, when a worker extracts).
    from .extract import extract

    return extract(segment(read_seed(path), known))


def _extract_cached(path: Path, cache_dir: Path | None) -> Facts:
    """Segment and extract one seed, or load the result of an identical earlier run.

    SoMaJo makes segmentation the slow step; the cache makes a warm convert of a large dossier
    take about a second. The key covers the seed, its sidecar and the code, so it is never stale.
    """
    _check_size(path)
    if cache_dir is None:
        return _extract(path)
    key = _cache_key(path)
    facts = cache.load(cache_dir, key, Facts)
    if facts is not None:
        return facts
    facts = _extract(path)
    cache.store(cache_dir, key, facts)
    return facts


def _extract_in_worker(path: Path, key: str | None, cache_dir: Path | None, known=None):
    """In a worker process: the facts, or the DossierError as plain data (its keyword-only
    constructor does not survive pickling). ``known``: sentence splits of the seed's last version."""
    try:
        facts = _extract(path, known)
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


class _Extraction:
    """Segmenting and extracting some seeds, in worker processes when that is worth it, while this
    process does other work (decodes the cache). The facts do not depend on the number of
    processes: each seed is extracted alone, by the same code.

    ``known``: sentence splits of the last version of some seeds (see segment.sentence_splits).
    ``overlap``: this process has work of its own meanwhile, so that one worker is worth forking
    even for one seed: it loads the extractor (and SoMaJo, if needed) on the other core.
    """

    def __init__(self, paths: list[Path], keys: dict[Path, str], cache_dir: Path | None, jobs: int,
                 done: Callable[[], None] = lambda: None, known: dict[Path, dict] | None = None, *,
                 overlap: bool = False):
        self.paths, self.keys, self.cache_dir, self.done = paths, keys, cache_dir, done
        self.known = known or {}
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        workers = min(jobs, len(paths) // SEEDS_PER_WORKER)
        context = _pool_context()
        if overlap and jobs > 1 and paths and context.get_start_method() == "fork":
            workers = max(workers, 1)
        elif workers <= 1:
            return  # extracted in this process, when the results are asked for
        if cache_dir is not None:
            cache.secret()  # made once here, not raced for by the workers
        # Segmenting needs the cycle collector (SoMaJo's tokens hold cycles), also where it is paused here.
        self.pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=gc.enable)
        chunk = max(1, min(16, len(paths) // (workers * 4)))
        self.outcomes = self.pool.map(_extract_in_worker, paths, [keys.get(p) for p in paths],
                                      [cache_dir] * len(paths), [self.known.get(p) for p in paths],
                                      chunksize=chunk)

    def results(self) -> dict[Path, Facts | DossierError]:
        results: dict[Path, Facts | DossierError] = {}
        if self.pool is None:
            outcomes = (_extract_in_worker(p, self.keys.get(p), self.cache_dir, self.known.get(p))
                        for p in self.paths)
        else:
            outcomes = self.outcomes
        try:
            with _gc_running():
                for path, (facts, error) in zip(self.paths, outcomes, strict=True):
                    results[path] = facts if error is None else _rebuild_error(error)
                    self.done()
        finally:
            self.close()
        return results

    def close(self) -> None:
        """Stop the workers, also when their results are not wanted any more (an error, Ctrl-C)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _extract_many(paths: list[Path], keys: dict[Path, str], cache_dir: Path | None,
                  jobs: int, done: Callable[[], None] = lambda: None,
                  known: dict[Path, dict] | None = None) -> dict[Path, Facts | DossierError]:
    """Segment and extract ``paths``, in ``jobs`` processes when there are enough of them."""
    return _Extraction(paths, keys, cache_dir, jobs, done, known).results()


def _rebuild_error(data) -> DossierError:
    kind, message, path, line, hint = data
    return kind(message, path=path, line=line, hint=hint)


# --- every seed ----------------------------------------------------------------------------------

def _stat_stamp(path: Path | str) -> tuple[int, ...]:
    """What tells a changed file from an unchanged one without reading it; () when missing."""
    try:
        st = os.stat(path)
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
    by_document: dict[str, str] = field(default_factory=dict)  # document key -> cache key of its seed


def _read_all(seeds_dir: Path, progress: Callable[[int, int], None] | None, cache_dir: Path | None,
              jobs: int | None, state: ConvertState | None,
              stamped: dict[str, tuple[int, ...]] | None = None) -> _Read:
    """``stamped``: seed path -> stamp, of the seeds :func:`_unchanged` stamped moments ago."""
    paths = find_seeds(seeds_dir)
    stamped = stamped or {}
    _refuse_orphans(seeds_dir, paths)
    keys: dict[Path, str] = {}
    stamps: dict[str, tuple[int, ...]] = {}
    loaded: dict[Path, Facts] = {}
    cached: list[Path] = []  # whose entry is in the cache
    missing: list[Path] = []
    splits: dict[Path, dict] = {}  # of the last version of a changed seed: only its changes are split again
    for path in paths:
        _check_size(path)
        if cache_dir is None:
            missing.append(path)
            continue
        stamp = stamps[str(path)] = stamped.get(str(path)) or _seed_stamp(path)
        known = state.seeds.get(str(path)) if state is not None else None
        if known is not None and known.stamp == stamp and not state.racy(stamp):
            refuse_special_file(path, str(path), SeedError)  # the stamp follows links; this does not
            keys[path] = known.key  # unchanged since the state was recorded: no need to hash it again
        else:
            keys[path] = _cache_key(path)
        if (known is not None and known.key == keys[path]) or cache.entry_path(cache_dir, keys[path]).exists():
            cached.append(path)
            continue
        missing.append(path)
        # The state's key is of the same code and options (else there is no state): its entry was
        # segmented by this code.
        previous = cache.load(cache_dir, known.key, Facts) if known is not None else None
        if previous is not None:
            splits[path] = sentence_splits(previous.document)
    finished = [0]

    def one_more() -> None:  # the progress bar moves as the workers finish seeds
        finished[0] += 1
        if progress:
            progress(finished[0], len(paths))

    # The seeds not in the cache are extracted by workers while this process decodes the others.
    extraction = _Extraction(missing, keys, cache_dir, jobs or default_jobs(), one_more, splits,
                             overlap=len(cached) >= OVERLAP_MIN_CACHED)
    try:
        damaged: list[Path] = []  # entries that do not decode (see dossier.cache): extracted again
        for path in cached:
            facts = cache.load(cache_dir, keys[path], Facts)
            if facts is None:
                damaged.append(path)
            else:
                loaded[path] = facts
        finished[0] = len(loaded)
        if progress and paths:
            progress(finished[0], len(paths))  # those found in the cache
        extracted = extraction.results()
    finally:
        extraction.close()
    if damaged:
        extracted.update(_extract_many(damaged, keys, cache_dir, jobs or default_jobs(), one_more))
    facts_list: list[Facts] = []
    seen: dict[str, str] = {}
    unchanged: set[str] = set()
    by_document: dict[str, str] = {}
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
        if path in keys:
            by_document[result.document.key] = keys[path]
        facts_list.append(apply_overrides(result))
    return _Read(sorted(facts_list, key=lambda f: f.document.key), {str(p): k for p, k in keys.items()}, stamps,
                 unchanged, by_document)


def read_facts(seeds_dir: Path, progress: Callable[[int, int], None] | None = None,
               cache_dir: Path | None = None, jobs: int | None = None) -> list[Facts]:
    """Facts of every seed, sorted by key. Raises the first DossierError, naming the file.
    ``jobs``: processes for the seeds not in the cache (default: all cores)."""
    return _read_all(seeds_dir, progress, cache_dir, jobs, None).facts


@dataclass(frozen=True)
class SeedShare:
    """What one seed adds to the exports and to the sentence index, as rendered for one site language."""

    index_entry: str
    exports: SeedExports

    def parts(self) -> list[bytes]:
        """As cache.store_parts stores it: the numbers of events and quotes, the index entry, facts.json's
        line, the figures' rows, then per event its row of timeline.csv, per event its TimelineJS item
        (empty if undated), and per quote its row of quotes.csv."""
        exports = self.exports
        counts = f"{len(exports.timeline_rows)} {len(exports.quote_rows)}".encode()
        return [counts, self.index_entry.encode(), exports.facts_json, exports.figure_rows, *exports.timeline_rows,
                *(item or b"" for item in exports.timelinejs_items), *exports.quote_rows]

    @classmethod
    def from_parts(cls, parts: list[bytes]) -> SeedShare | None:
        try:
            events, quotes = map(int, parts[0].split())
            index_entry = parts[1].decode()
        except (IndexError, ValueError):  # UnicodeDecodeError is a ValueError
            return None
        if len(parts) != 4 + 2 * events + quotes or min(events, quotes) < 0:
            return None
        rows, items, quote_rows = parts[4:4 + events], parts[4 + events:4 + 2 * events], parts[4 + 2 * events:]
        return cls(index_entry, SeedExports(parts[2], parts[3], tuple(rows), tuple(item or None for item in items),
                                            tuple(quote_rows)))


def _share_key(seed_key: str, language: str) -> str:
    # The seed's cache key names the code of its facts; the share is rendered by the rest too.
    return sha256(f"{seed_key}\0{_code_version()}\0{language}".encode())


def _seed_shares(dossier: Dossier, cache_dir: Path,
                 by_document: dict[str, str]) -> tuple[dict[str, SeedExports], dict[str, str]]:
    """Each seed's share of the exports and of the index (by document key): from the cache when an
    earlier convert rendered it from the same seed, sidecar, code and site language, else rendered
    now and kept. The exports (30 MB at 1,000 seeds) are then joined, not rendered again."""
    exports: dict[str, SeedExports] = {}
    entries: dict[str, str] = {}
    for facts in dossier.facts:
        key = facts.document.key
        if key not in by_document:
            continue
        share_key = _share_key(by_document[key], dossier.language)
        parts = cache.load_parts(cache_dir / SHARES_DIR, share_key)
        share = SeedShare.from_parts(parts) if parts is not None else None
        if share is None or not share.exports.fits(facts):
            share = SeedShare(document_json(facts.document), seed_exports(facts, dossier.language))
            cache.store_parts(cache_dir / SHARES_DIR, share_key, share.parts())
        exports[key], entries[key] = share.exports, share.index_entry
    return exports, entries


def _render(facts: list[Facts], language: str | None, site_title: str | None,
            reuse: dict[str, str] | None = None, intro: str | None = None,
            shares: tuple[Path, dict[str, str]] | None = None,
            known_pages: dict[str, tuple[str, str]] | None = None) -> Generated:
    """Every generated file, except the article pages named in ``reuse`` (path -> hash of what is
    in docs/): their inputs did not change, so they are not rendered again; nor the pages of
    ``known_pages`` (path -> the signature recorded for the file in docs/ and its hash) whose
    signature is still the same. ``shares``: the cache folder and the cache key of each seed (by
    document key), to keep each seed's share of the exports and the index there (see
    :func:`_seed_shares`)."""
    # Each seed's cache key names its facts and article: it signs the list parts (see pages.Page).
    dossier = Dossier(tuple(facts), site_language([f.document.language for f in facts], language),
                      shares[1] if shares else {})
    export_shares, index_entries = _seed_shares(dossier, *shares) if shares else ({}, {})
    reuse = reuse or {}
    known_pages = known_pages or {}
    generated = Generated({}, dossier)
    files, reused = generated.files, generated.reused
    for document in dossier.documents:
        path = article_path(document.key)
        if path in reuse:
            reused[path] = reuse[path]
        else:
            files[path] = render_article(document, dossier.language).encode()
    # As pages.render_pages, without the articles (a test checks that they agree).
    for path, page in {**timeline_pages(dossier), **figure_pages(dossier), **source_pages(dossier)}.items():
        if page.signature is None:
            files[path] = page.text.encode()
            continue
        generated.signatures[path] = page.signature
        recorded = known_pages.get(path)
        if recorded is not None and recorded[0] == page.signature:
            reused[path] = recorded[1]
            generated.unrendered[path] = page
        else:
            files[path] = page.text.encode()
    files[HOME_PAGE] = render_home(dossier, site_title, intro).encode()
    files.update(export_files(dossier, export_shares))
    files[INDEX_PATH] = dumps_index(dossier.documents, dossier.language, index_entries).encode()
    files.update({path: source.read_bytes() for path, source in ASSETS.items()})
    return generated


def _render_now(generated: Generated, path: str) -> None:
    """Render a page that was to be reused after all."""
    if path in generated.unrendered:
        generated.files[path] = generated.unrendered.pop(path).text.encode()
    else:
        document = next(d for d in generated.dossier.documents if article_path(d.key) == path)
        generated.files[path] = render_article(document, generated.dossier.language).encode()
    del generated.reused[path]


def generate(seeds_dir: Path, *, language: str | None = None, site_title: str | None = None,
             progress: Callable[[int, int], None] | None = None, cache_dir: Path | None = None,
             jobs: int | None = None, intro: str | None = None) -> Generated:
    with _gc_paused():
        read = _read_all(seeds_dir, progress, cache_dir, jobs, None)
        return _render(read.facts, language, site_title, intro=intro,
                       shares=(cache_dir, read.by_document) if cache_dir is not None else None)


# --- the recorded state --------------------------------------------------------------------------

@dataclass
class SeedState:
    stamp: tuple[int, ...]  # _seed_stamp when it was read
    key: str  # its cache key: the hash of its content, its sidecar's and the code


@dataclass
class OutputState:
    stamp: tuple[int, ...]  # _stat_stamp after it was written or checked
    sha: str  # SHA-256 of its bytes
    signature: str | None = None  # of a timeline, figures or sources page: what it shows (pages.Page)


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
                 outputs: dict[str, str], signatures: dict[str, str]) -> None:
    """Record the state after a successful write; ``outputs`` are path -> hash of every generated
    file, ``signatures`` path -> signature of the pages that have one."""
    recorded = time.time_ns()
    states = {}
    for path, sha in outputs.items():
        stamp = _stat_stamp(os.path.join(docs_dir, path))
        if stamp:
            states[path] = OutputState(stamp, sha, signatures.get(path))
    seeds = {path: SeedState(read.stamps[path], key) for path, key in read.keys.items() if path in read.stamps}
    cache.store(cache_dir / STATE_DIR, _state_key(docs_dir),
                ConvertState(options, language, recorded, seeds, states))


def _unchanged(seeds_dir: Path, docs_dir: Path, state: ConvertState | None, options: str,
               cache_dir: Path, stamped: dict[str, tuple[int, ...]] | None = None) -> int | None:
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
        if stamped is not None:
            stamped[str(path)] = stamp  # for _read_all, when something did change
        refuse_special_file(path, str(path), SeedError)  # a link swapped in keeps the target's stamp
        if known.stamp != stamp or state.racy(stamp):
            _check_size(path)
            if _cache_key(path) != known.key:
                return None
            known.stamp, verified = stamp, True
    for path, output in state.outputs.items():
        stamp = _stat_stamp(os.path.join(docs_dir, path))
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
        stamp = _stat_stamp(os.path.join(docs_dir, path))
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
    return {path: sha for path, (sha, stamp) in known.items() if _stat_stamp(os.path.join(docs_dir, path)) == stamp}


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
    with _gc_paused():
        return _convert(seeds_dir, docs_dir, check=check, force=force, atomic=atomic, language=language,
                        site_title=site_title, progress=progress, cache=cache, jobs=jobs)


def _convert(seeds_dir: Path, docs_dir: Path, *, check: bool, force: bool, atomic: bool, language: str | None,
             site_title: str | None, progress: Callable[[int, int], None] | None, cache: bool,
             jobs: int | None) -> Report:
    cache_dir = default_cache_dir(seeds_dir) if cache else None
    state = _load_state(cache_dir, docs_dir)
    home = read_home_text(config_path(docs_dir))  # the editor's title and introduction, if any
    site_title = site_title or home.title
    options = _options(language, site_title, home.intro)

    def regenerate() -> Generated:
        return generate(seeds_dir, language=language, site_title=site_title, cache_dir=cache_dir, jobs=jobs,
                        intro=home.intro)

    stamped: dict[str, tuple[int, ...]] = {}
    unchanged = _unchanged(seeds_dir, docs_dir, state, options, cache_dir, stamped) if cache_dir is not None else None
    if unchanged is not None:
        return Report(Changes(), seeds=unchanged, regenerate=regenerate)
    usable = state if state is not None and state.options == options else None
    read = _read_all(seeds_dir, progress, cache_dir, jobs, usable, stamped)
    known = _known_outputs(docs_dir, usable)
    reuse = {}
    if usable is not None and usable.language == site_language([f.document.language for f in read.facts],
                                                                language):
        for key in read.unchanged:
            path = article_path(key)
            if path in known:
                reuse[path] = known[path][0]
    # Pages whose file is as the last convert left it: kept if they would show the same again.
    recorded = usable.outputs if usable is not None else {}
    known_pages = {path: (output.signature, known[path][0]) for path, output in recorded.items()
                   if output.signature is not None and path in known}
    generated = _render(read.facts, language, site_title, reuse, home.intro,
                        (cache_dir, read.by_document) if cache_dir is not None else None, known_pages)
    if not check:
        return _write_locked(docs_dir, generated, force=force, atomic=atomic, known=known,
                             record=(cache_dir, options, read) if cache_dir is not None else None)
    with reading_lock(docs_dir):  # a convert writing meanwhile would show a half-swapped docs/
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
                # the manifest holds the hash of every generated file: not hashed again (35 MB at 1,000 seeds)
                outputs = json.loads(changes.manifest)["files"]
                outputs[MANIFEST] = sha256(changes.manifest)
                _store_state(cache_dir, docs_dir, options, generated.dossier.language, read, outputs,
                             generated.signatures)
                # Entries of old versions of the seeds (and of old code) that no convert has used for weeks.
                cache.prune(cache_dir, set(read.keys.values()))
                cache.prune(cache_dir / SHARES_DIR, {_share_key(key, generated.dossier.language)
                                                     for key in read.by_document.values()})
    except OSError as error:
        outcome = "docs/ was left as it was" if atomic else "the files written before it are complete"
        raise write_error(error, docs_dir, outcome=outcome) from None
    return Report(changes, generated)
