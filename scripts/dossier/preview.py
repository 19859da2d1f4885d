"""What the live preview (``mkdocs serve``) remembers between rebuilds, and how it shows problems.

MkDocs loads the hook module again for every rebuild, so this state lives here, in the package:

- the problems of the last build (a seed that does not convert, a citation that does not resolve,
  a build that failed), printed in the terminal and shown as a banner on every served page;
- the last good cited version of each page, served again while the page has a broken citation;
- the files the hook's own convert wrote into ``docs/``, so that the file watcher does not start a
  second rebuild for them (the build that wrote them already reads them);
- the pages of the last build and their titles, from which :func:`dirty_build_plan` decides which
  pages a rebuild must render again, or that only a full build will do.

Pure Python, no MkDocs imports: the hook wires these into the server.
"""

from __future__ import annotations

import dataclasses
import html
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .index import last_loaded, load_index_file
from .pages import is_part_page

if TYPE_CHECKING:
    from .citations import CitedPage

_lock = threading.Lock()
_problems: list[str] = []
_last_good: dict[str, CitedPage] = {}  # page path (relative to docs/) -> the page cited
_own_writes: dict[str, tuple[int, ...]] = {}  # absolute path -> its stamp after we wrote it; () deleted
# The temporary files of dossier.tree._write_file: ".<name>.tmp-<pid>".
_TEMPORARY = re.compile(r"\.[^/]+\.tmp-[0-9]+")


def start_build() -> None:
    """A new build: its problems replace the last build's."""
    with _lock:
        _problems.clear()
    _titles.clear()


def report(problem: str) -> None:
    with _lock:
        if problem not in _problems:
            _problems.append(problem)


def problems() -> list[str]:
    with _lock:
        return list(_problems)


def remember_good(page: str, cited: CitedPage) -> None:
    _last_good[page] = cited


def last_good(page: str) -> CitedPage | None:
    return _last_good.get(page)


def _stamp(path: str) -> tuple[int, ...]:
    try:
        st = os.stat(path)
    except OSError:
        return ()
    return (st.st_size, st.st_mtime_ns, st.st_ino)


_writing = False
_pending: list[str] = []  # changes the watcher saw while the hook's convert was writing
_rebuild = None  # how to ask the server for a rebuild (set by the hook under serve)


def on_rebuild(request) -> None:
    global _rebuild
    _rebuild = request


def begin_writes() -> None:
    """The hook's convert starts: changes seen until :func:`end_writes` are judged then."""
    global _writing
    with _lock:
        _writing = True


def end_writes(paths: list[str]) -> None:
    """The hook's convert wrote (or deleted) these files. A change seen meanwhile that is not one
    of them (an editor saved a page) still gets its rebuild."""
    global _writing
    with _lock:
        for path in paths:
            _own_writes[os.path.abspath(path)] = _stamp(path)
        _writing = False
        pending = list(_pending)
        _pending.clear()
    seen = [path for path in pending if not is_own_write(path)]  # takes the lock itself
    if seen:
        note_changes(seen)
        if _rebuild is not None:
            _rebuild()


# --- dirty builds --------------------------------------------------------------------------------
# A rebuild of every page takes about 10 s at 100 seeds; one edit changes a few pages. When the
# last build succeeded and the edit changed only the content of existing pages and seeds, the hook
# asks MkDocs for a dirty build (only the pages whose source is newer than their HTML) and tells it
# which other pages to rebuild: those that cite a seed whose article changed.

_changes: set[str] = set()  # files changed (not by the hook) since the last build started
_last_build_ok = False
_pages: dict[str, str] = {}  # page path -> its title as the last build saw it
dirty_build = False  # the build running now is a dirty one
prepared = False  # the hook already converted for the build that starts now
force_pages: set[str] = set()  # pages a dirty build rebuilds although their source did not change


def note_changes(paths: list[str]) -> None:
    with _lock:
        _changes.update(os.path.abspath(p) for p in paths)


def take_changes() -> set[str]:
    with _lock:
        changed = set(_changes)
        _changes.clear()
    return changed


def build_finished(ok: bool) -> None:
    global _last_build_ok
    _last_build_ok = ok


def last_build_ok() -> bool:
    return _last_build_ok


_titles: dict[str, str] = {}  # page path -> title, of the pages the running build read


def note_title(page: str, title: str) -> None:
    _titles[page] = title


def record_pages(*, full: bool, removed: tuple[str, ...] = ()) -> None:
    """The build succeeded: remember its pages and their titles (what every page's navigation
    shows). A full build read every page; a dirty one only the changed ones, after the convert
    before it ``removed`` some (parts of lists that moved)."""
    if full:
        _pages.clear()
    for page in removed:
        _pages.pop(page, None)
    _pages.update(_titles)


def known_pages() -> dict[str, str]:
    return dict(_pages)


nav: list = []  # the navigation of the last build (MkDocs' nav: paths, and {section: [...]})


def siblings(page: str) -> list[str] | None:
    """The pages listed beside ``page`` in its section of the navigation: with navigation.prune,
    the only other pages that show its title. None when it is at the top level, which every page
    shows; [] when it is not in the navigation (a part of a list: only its list links to it)."""
    def find(items: list, top: bool) -> list[str] | str | None:
        names = [item for item in items if isinstance(item, str)]
        if page in names:
            return "top" if top else names
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    if isinstance(value, list) and (found := find(value, False)) is not None:
                        return found
        return None
    found = find(nav, True)
    return None if found == "top" else found or []


def quick_title(markdown: str) -> str:
    """The title a page's navigation entry shows, read without rendering: ``title:`` of its front
    matter, else its first ``# `` heading. Good enough to notice that a title changed."""
    match = re.match(r"---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", markdown, re.DOTALL)
    if match:
        title = re.search(r"^title:\s*(.+)$", match.group(1), re.MULTILINE)
        if title:
            return title.group(1).strip()
    heading = re.search(r"^# (.+)$", markdown, re.MULTILINE)
    return heading.group(1).strip() if heading else ""


def defer(paths: list[str]) -> bool:
    """True if the hook's convert is writing: the change is judged when it is done."""
    with _lock:
        if _writing:
            _pending.extend(paths)
        return _writing


def is_own_write(path: str) -> bool:
    """Whether a change the watcher saw at ``path`` is one the hook made itself: the file is still
    exactly as the hook left it, or is one of its temporary files."""
    if _TEMPORARY.fullmatch(os.path.basename(path)):
        return True
    with _lock:
        recorded = _own_writes.get(os.path.abspath(path))
    return recorded is not None and recorded == _stamp(path)


BANNER_ID = "dossier-preview-problems"


def banner_html() -> str:
    """A banner listing the last build's problems, or "" when there are none. Styled inline: the
    preview must show it whatever the theme's CSS is."""
    found = problems()
    if not found:
        return ""
    items = "".join(f"<li><pre style=\"white-space:pre-wrap;margin:0;font:inherit\">{html.escape(p)}</pre></li>"
                    for p in found[:20])
    more = f"<p>… and {len(found) - 20} more (see the terminal)</p>" if len(found) > 20 else ""
    return (f'<div id="{BANNER_ID}" role="alert" style="position:relative;z-index:10;background:#fff3cd;'
            'color:#3b2a00;border-bottom:3px solid #b45309;padding:.8em 1.2em;font:14px/1.4 monospace">'
            "<strong>Dossier preview: the last change has problems; the pages show the last good "
            f"version where they could.</strong><ul style=\"margin:.4em 0 0 1.2em\">{items}</ul>{more}</div>")


def with_banner(page: bytes) -> bytes:
    """``page`` (served HTML) with the banner right after ``<body…>``."""
    banner = banner_html()
    if not banner:
        return page
    match = re.search(rb"<body[^>]*>", page)
    at = match.end() if match else 0
    return page[:at] + banner.encode() + page[at:]


class CompiledTemplates:
    """Jinja's bytecode cache, kept in memory for the life of ``mkdocs serve``: every rebuild makes
    a new template environment, and compiling Material's templates again took most of a dirty
    rebuild. In memory only, keyed by the template's source checksum: nothing is read from disk."""

    def __init__(self):
        self._code: dict[tuple[str, str], object] = {}

    def cache(self):
        import jinja2

        code = self._code

        class InMemory(jinja2.BytecodeCache):
            def load_bytecode(self, bucket) -> None:
                found = code.get((bucket.key, bucket.checksum))
                if found is not None:
                    bucket.code = found

            def dump_bytecode(self, bucket) -> None:
                code[(bucket.key, bucket.checksum)] = bucket.code

        return InMemory()


compiled_templates = CompiledTemplates()


def stale_markers(key: str, old, new) -> tuple[str, ...]:
    """The beginnings of the citation markers whose footnotes read differently now that seed
    ``key`` changed from Document ``old`` to ``new`` (either None when missing): every marker of
    the seed when what each footnote names (title, author, outlet, date, link, rights, corrections)
    changed; else those of sentences that changed, appeared or went away (a sentence's place,
    "Absatz 3, Satz 2", depends on its paragraph's length too), and every ``[@key "words"]``,
    which could now find other words."""
    if old is None or new is None or _cited_metadata(old) != _cited_metadata(new):
        return (f"[@{key}",)
    before, after = _cited_sentences(old), _cited_sentences(new)
    anchors = sorted(a for a in before.keys() | after.keys() if before.get(a) != after.get(a))
    return (f'[@{key} "', *(f"[@{key}:{anchor}]" for anchor in anchors))


def _cited_metadata(document) -> tuple:
    return tuple(getattr(document, f.name) for f in dataclasses.fields(document)
                 if f.init and f.name not in ("text", "paragraphs"))


def _cited_sentences(document) -> dict[str, tuple[str, int]]:
    return {s.anchor: (s.text, len(p.sentences)) for p in document.paragraphs for s in p.sentences}


# Seconds between two looks at the watched files under mkdocs serve (MkDocs: always 0.5 s, which is
# half of the second an edit may take to show). Each look lists every watched file, about 35 µs a
# file on this machine: the interval grows with the files so that watching stays near a tenth of
# one core (0.12 s for the 370 files of a 100-seed dossier; MkDocs' 0.5 s from 1,500 files).
FASTEST_POLL_SECONDS = 0.1
SLOWEST_POLL_SECONDS = 0.5
FILES_PER_POLL_SECOND = 3_000


def poll_interval(files: int) -> float:
    return max(FASTEST_POLL_SECONDS, min(SLOWEST_POLL_SECONDS, files / FILES_PER_POLL_SECOND))


class ThemeListing:
    """MkDocs lists every file of the theme on each build, to copy its static files: 14,500 for
    Material (its icons), a seventh of a preview's rebuild. Under serve, the listing of an installed
    theme folder (outside the project) is kept for the life of the server; the project's own theme
    folder (``custom_dir``) is listed again on each rebuild, since it is edited."""

    def __init__(self):
        self._listed: dict[tuple[str, bool], list[str]] = {}

    def keep_installed(self, loader, project: str) -> None:
        """Make ``loader`` (a jinja2.FileSystemLoader) list as before, from memory where it may."""
        searchpath, followlinks = list(loader.searchpath), loader.followlinks
        project = os.path.abspath(project) + os.sep

        def list_templates() -> list[str]:
            found: set[str] = set()
            for folder in searchpath:
                if os.path.abspath(folder).startswith(project):
                    found.update(_templates_in(folder, followlinks))
                    continue
                key = (folder, followlinks)
                if key not in self._listed:
                    self._listed[key] = _templates_in(folder, followlinks)
                found.update(self._listed[key])
            return sorted(found)

        loader.list_templates = list_templates


def _templates_in(folder: str, followlinks: bool) -> list[str]:
    """As jinja2.FileSystemLoader.list_templates names the files of one folder."""
    names = []
    for dirpath, _, filenames in os.walk(folder, followlinks=followlinks):
        for filename in filenames:
            name = os.path.join(dirpath, filename)[len(folder):].strip(os.path.sep).replace(os.path.sep, "/")
            names.append(name[2:] if name[:2] == "./" else name)
    return names


theme_listing = ThemeListing()


class FullBuild(Exception):
    """Only a full build is right; the message says why (the preview's log shows it)."""


def dirty_build_plan(changed: set[str], written: Iterable[str], deleted: Iterable[str], docs_dir: Path,
                     seeds_dir: Path, index: Path) -> set[str]:
    """The pages a dirty build must rebuild besides the changed ones, after a convert that wrote
    ``written`` and deleted ``deleted`` (paths in docs/) for the file changes ``changed`` (absolute).
    Raises FullBuild when only a full build is right: the last build failed, the configuration, code
    or theme changed, a page was added or removed, or a title (which every page's navigation shows)
    changed."""
    known = known_pages()
    if not last_build_ok() or not known:
        raise FullBuild("the last build failed")
    deleted = {Path(path).as_posix() for path in deleted}
    # A part of a list that is gone or new is in no navigation: only its list links to it, and
    # the list was written again. Any other page gone or new changes the navigation.
    for path in deleted:
        if not is_part_page(path):
            raise FullBuild(f"{path} was removed")
    docs, seeds = docs_dir.resolve(), seeds_dir.resolve()
    written = {Path(path).as_posix() for path in written}
    for path in changed:
        where = Path(path).resolve()
        if where.is_relative_to(seeds) and where.exists():
            continue
        if where.is_relative_to(docs) and not where.exists() and is_part_page(where.relative_to(docs).as_posix()):
            continue  # a part the convert removed (see above)
        if not (where.is_relative_to(docs) and where.suffix == ".md" and where.exists()):
            raise FullBuild(f"{path} changed")
        written.add(where.relative_to(docs).as_posix())
    force: set[str] = set()
    for page in written:
        if page.startswith(".dossier/") or not page.endswith(".md"):
            continue
        if page not in known:
            if is_part_page(page):
                continue
            raise FullBuild(f"{page} is new")
        title = quick_title(_read(docs_dir, page))
        if title != known[page]:
            # Its navigation entry changed: the pages of its section show it (navigation.prune
            # keeps it off all others); a page at the top level is shown everywhere.
            listed_with = siblings(page)
            if listed_with is None:
                raise FullBuild(f"the title of {page}, which every page lists, changed")
            force.update(listed_with)
    changed_keys = [Path(page).stem for page in written if page.startswith("articles/")]
    if not changed_keys:
        return force
    # Only pages whose footnotes read differently: those citing a sentence that changed.
    before = last_loaded(index) or {}
    try:
        after, _ = load_index_file(index)
    except (OSError, ValueError):
        raise FullBuild(f"{index} cannot be read") from None
    markers = tuple(m for key in changed_keys for m in stale_markers(key, before.get(key), after.get(key)))
    for page in known:
        if page in written or page in deleted:
            continue
        text = _read(docs_dir, page)
        if any(marker in text for marker in markers):
            force.add(page)
    return force


def _read(docs_dir: Path, page: str) -> str:
    try:
        return (docs_dir / page).read_text(encoding="utf-8")
    except (OSError, ValueError):
        raise FullBuild(f"{page} cannot be read") from None
