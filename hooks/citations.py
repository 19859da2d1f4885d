"""MkDocs hook: citation markers to footnotes that quote the source sentence and link to it.

Thin by design: the work is in the ``dossier`` package (``scripts/dossier``). This module only
loads the sentence index that ``scripts/convert.py`` wrote, hands each page to
:func:`dossier.citations.cite_page`, and reports what does not resolve:

- ``mkdocs build --strict`` (or ``strict: true``): the hook counts its own errors and stops the
  build after the last page with one message listing them all. It does not leave this to MkDocs'
  warning counter, which never sees warnings hidden by ``-q`` (mkdocs/mkdocs#4126).
- a build that is not strict: one warning per error.
- ``mkdocs serve``: errors are printed, never raised, and shown as a banner on every served page
  (see :mod:`dossier.preview`); a page with a broken citation is served as it last was without
  one, a seed that does not convert leaves the last good pages, and a build that fails anyway is
  reported without stalling the server (MkDocs would otherwise hold every request until a build
  succeeds). Under serve the hook also regenerates ``docs/`` from ``seeds/`` before each build, so
  editing a seed updates the preview, with one rebuild: the files it writes do not trigger another.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import re
import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.utils import get_relative_url

# The package is installed in the venv; this keeps the hook working from a plain checkout too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from dossier import preview  # noqa: E402
from dossier.citations import (  # noqa: E402
    HTML_PAGE_KEY,
    CitedPage,
    FootnoteStyle,
    body_first_line,
    check_front_matter,
    cite_html_page,
    cite_page,
    front_matter_needs_source,
    plain_footnote_extensions,
    strict_summary,
)
from dossier.errors import DossierError  # noqa: E402
from dossier.html_blocks import anchor_ids  # noqa: E402
from dossier.index import load_index_file  # noqa: E402
from dossier.pages import is_part_page, navigation  # noqa: E402
from dossier.search_aside import put_back, set_aside  # noqa: E402
from dossier.sharing import head_additions, insert_into_head  # noqa: E402
from dossier.updated import last_updated, updated_text  # noqa: E402

log = logging.getLogger("mkdocs.plugins.dossier")

INDEX = ".dossier/index.json"
# on_startup is the only event that tells `mkdocs serve` from `mkdocs build`, and it runs once per
# process; the environment keeps the answer whether or not MkDocs loads the hook again for a rebuild.
# (`mkdocs serve --clean` reports itself as "build", and is treated as one.)
_SERVING = "DOSSIER_MKDOCS_SERVE"

_documents: dict = {}
_language = "de"
_index_missing = False
_strict = False
_errors: list = []  # of this build, for the summary that ends a strict build
_footnote_style = FootnoteStyle()  # the site's settings of Python-Markdown's footnotes
_cited: dict[str, CitedPage] = {}  # per page: what on_page_content completes its HTML with
_set_aside: dict[str, list[str]] = {}  # per page: what the search plugin need not read (search_aside)


def _serving() -> bool:
    return bool(os.environ.get(_SERVING))


def _print(level: str, message: str) -> None:
    """Report without logging: under serve, a logged warning would count against strict mode and
    fail the rebuild. Shown in the browser too, as a banner on every page."""
    print(f"{level:<8} -  {message}", file=sys.stderr, flush=True)
    preview.report(message)


def _survives_serve(event):
    """Under serve, an unexpected error in the hook is printed and the page goes on unchanged."""
    @functools.wraps(event)
    def guarded(item, *args, **kwargs):
        if not _serving():
            return event(item, *args, **kwargs)
        try:
            return event(item, *args, **kwargs)
        except Exception as error:  # the preview must keep running; a build raises
            page = kwargs.get("page")
            where = f"{page.file.src_path}: " if page is not None else ""
            _print("ERROR", f"dossier: {where}{type(error).__name__}: {error} (in {event.__name__}; "
                            "the preview goes on without it)\n  hint: `mkdocs build --strict` shows the details")
            return item
    return guarded


def on_startup(command, dirty):
    os.environ[_SERVING] = "1" if command == "serve" else ""


@_survives_serve
def on_config(config):
    global _documents, _language, _index_missing, _strict, _footnote_style
    _errors.clear()
    _strict = bool(config.strict)
    _footnote_style = FootnoteStyle.from_settings(config.mdx_configs.get("footnotes"))
    docs_dir = Path(config.docs_dir)
    if _serving():
        if preview.prepared:  # the serve builder converted already, to choose a dirty or a full build
            preview.prepared = False
        else:
            preview.start_build()
            _regenerate(Path(config.config_file_path).parent / "seeds", docs_dir)
        _keep_search_index_between_builds(config)
        _list_theme_once(config)
    index = docs_dir / INDEX
    try:
        _documents, _language = load_index_file(index)
        _index_missing = False
    except FileNotFoundError:
        _index_problem(f"{index}: the sentence index is missing, so citations cannot be resolved\n"
                       "  hint: run `make docs` (python scripts/convert.py) first")
    except ValueError as error:
        _index_problem(f"{index}: cannot read the sentence index ({error})\n  hint: run `make docs` to regenerate it")
    # The footer's "Stand": decided now, reproducibly (see dossier.updated), never written into docs/.
    updated = last_updated(Path(config.config_file_path).parent)
    if updated:
        config.extra["dossier_updated"] = updated
        config.extra["dossier_updated_text"] = html.escape(updated_text(updated, _language))
    theme_language = config.theme.get("language")
    if _documents and theme_language != _language:
        _report([DossierError(f"theme.language is {theme_language!r} but the seeds are mostly in {_language!r}",
                              path=Path(config.config_file_path).name,
                              hint=f"set theme.language: {_language} in mkdocs.yml, or run "
                                   f"scripts/convert.py --language {theme_language}")])
    return config


def _list_theme_once(config) -> None:
    """Under serve, the installed theme's files are listed once, not on every rebuild (preview.ThemeListing)."""
    theme = config.theme
    make_env = getattr(theme, "get_env", None)
    if make_env is None or getattr(make_env, "dossier_listing", False):
        return
    project = str(Path(config.config_file_path).parent)

    def get_env():
        env = make_env()
        if hasattr(env.loader, "searchpath"):
            preview.theme_listing.keep_installed(env.loader, project)
        return env

    get_env.dossier_listing = True
    theme.get_env = get_env


def _index_problem(problem: str) -> None:
    """No index: a build cannot check citations and stops; the preview goes on and shows them as typed."""
    global _documents, _index_missing
    if not _serving():
        raise PluginError(problem) from None
    _print("ERROR", f"dossier: {problem}\n  (the preview shows citation markers as typed)")
    _documents, _index_missing = {}, True


@_survives_serve
def on_files(files, config):
    # Built here rather than in mkdocs.yml so that a new seed or a new page needs no config edit.
    if not config.nav:
        pages = [f.src_uri for f in files.documentation_pages()]
        config.nav = navigation(pages, list(_documents.values()), _language)
        for file in files.documentation_pages():
            if is_part_page(file.src_uri):  # linked from its list's first page, not from the navigation
                file.inclusion = InclusionLevel.NOT_IN_NAV
    if _serving():
        preview.nav = config.nav
        if preview.dirty_build:
            rebuilt = []
            for file in files.documentation_pages():
                if file.src_uri in preview.force_pages:  # cites a changed seed, or lists a changed title
                    file.is_modified = lambda: True
                if file.is_modified():
                    rebuilt.append(file.src_uri)
            log.info(f"dossier: rebuilding {len(rebuilt)} changed page(s): {', '.join(sorted(rebuilt)[:8])}"
                     + (" …" if len(rebuilt) > 8 else ""))
    return files


@_survives_serve
def on_env(env, config, files):
    # A dirty build reads only the changed pages; the navigation of those it writes needs the
    # other pages' titles, which reading (front matter, no rendering) gives.
    if _serving() and preview.dirty_build:
        for file in files.documentation_pages():
            if file.page is not None and file.page.markdown is None:
                file.page.read_source(config)
    if _serving():
        env.bytecode_cache = preview.compiled_templates.cache()  # templates compiled once per serve
    return env


@_survives_serve
def on_page_markdown(markdown, page, config, files):
    # Messages name the page as the user sees it: relative to mkdocs.yml, usually docs/….
    docs_dir = _shown_docs_dir(config.docs_dir, config.config_file_path)
    # The page as written (front matter included) only serves line numbers in messages: read
    # again from disk only when there is something to report.
    source = _source(page) if front_matter_needs_source(page.meta) else ""
    page.meta, problems = check_front_matter(page.meta, f"{docs_dir}/{page.file.src_uri}", source)
    _report(problems)
    if _index_missing:
        return markdown
    result = _cite(markdown, page, config, files, docs_dir)
    if result.errors:  # rare: again, with the line numbers of the file as written
        source = source or _source(page)
        result = _cite(markdown, page, config, files, docs_dir, first_line=body_first_line(source, markdown))
    _report(result.errors)
    if _serving():
        preview.note_title(page.file.src_uri, preview.quick_title(source or _source(page)))
        # The preview keeps the last good version of a page whose citations broke, under the banner.
        if not result.errors:
            preview.remember_good(page.file.src_uri, result)
        elif (last_good := preview.last_good(page.file.src_uri)) is not None:
            result = last_good
    _cited[page.file.src_uri] = result
    return result.markdown


def _cite(markdown: str, page, config, files, docs_dir: str, first_line: int = 1) -> CitedPage:
    """The page with its citations resolved. A page whose citations stand in HTML (the generated
    lists) gets its footnotes and links written as HTML, with no Markdown to parse; a build writes
    the footnotes' text as HTML on other pages too (much faster on long pages), the preview keeps
    them as Markdown."""
    path = page.file.src_uri
    if page.meta.get(HTML_PAGE_KEY) is True:
        return cite_html_page(markdown, path, _documents, _language, _page_url(page, files), _footnote_style,
                              docs_dir, first_line)
    plain = not _serving() and plain_footnote_extensions(config.markdown_extensions)
    page_url = _page_url(page, files) if plain else None
    return cite_page(markdown, path, _documents, _language, docs_dir, first_line, page_url)


def _page_url(page, files):
    """A docs file's URL relative to ``page``, as MkDocs writes a Markdown link to it; None where
    MkDocs would warn about that link instead (the Markdown footnotes then keep the warning)."""
    def url(path: str) -> str | None:
        target = files.get_file_from_path(path)
        if target is None or target.inclusion.is_excluded():
            return None
        return get_relative_url(target.url, page.file.url)
    return url


@functools.lru_cache(maxsize=4)
def _shown_docs_dir(docs_dir: str, config_file: str) -> str:
    return Path(os.path.relpath(docs_dir, Path(config_file).parent)).as_posix()


# A quotation is indexed once, in its article: the footnotes and the quoted sentences of the
# timeline, figures, sources and home pages repeat it, and made the search index four times larger.
# Material's search skips elements marked data-search-exclude, and strips the mark afterwards.
# The generated notes repeated on every page ("every sentence has an anchor") are left out too.
_REPEATED_QUOTES = re.compile(r'<(div class="footnote"|(?:q|span) class="dossier-quote"'
                              r'|p class="dossier-(?:hint|downloads)")')


@mkdocs.plugins.event_priority(50)  # other plugins see the footnotes filled in
def on_page_content(html_content, page, config, files):
    cited = _cited.pop(page.file.src_uri, None)
    if cited is not None:
        html_content = cited.completed(html_content)
        if page.present_anchor_ids is not None and (cited.html_blocks or cited.footnotes_div):
            # What MkDocs would have found in the HTML Markdown never saw, for its check of links to anchors.
            page.present_anchor_ids |= anchor_ids(cited.footnotes_div, *cited.html_blocks)
    marked = _REPEATED_QUOTES.sub(r'<\1 data-search-exclude="true"', html_content)
    # the footnote numbers ("¹ ²"), which would be indexed as text
    return marked.replace('<sup id="fnref', '<sup data-search-exclude="true" id="fnref')


# How Material's search plugin removes the data-search-* marks once it has read a page.
_SEARCH_MARKS = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")


def _material_search(config) -> bool:
    search = _search_plugin(config)
    return (type(search).__module__.startswith("material.plugins.search")
            and bool(getattr(getattr(search, "config", None), "enabled", False)))


@mkdocs.plugins.event_priority(100)  # before the search plugin reads the page
def on_page_context(context, page, config, nav):
    # The marked parts wait outside the page while the plugin reads it; on_post_page puts them back.
    # Not worth it for the few pages of a preview's rebuild.
    if _material_search(config) and not _serving():
        page.content, _set_aside[page.file.src_uri] = set_aside(page.content)
    return context


def _put_back(output: str, page) -> str:
    return put_back(output, _set_aside.pop(page.file.src_uri, []), lambda part: _SEARCH_MARKS.sub("", part))


def _source(page) -> str:
    """The page file as written, front matter included, for line numbers."""
    try:
        return page.file.content_string
    except (OSError, ValueError):
        return ""


def _report(errors) -> None:
    for error in errors:
        if _serving():
            _print("WARNING", str(error))
        elif _strict:
            _errors.append(error)
        else:
            log.warning(str(error))


@mkdocs.plugins.event_priority(100)  # before the search plugin writes its index
def on_post_build(config):
    if _serving():
        _merge_search_index(config)
    # After the last page, so that one strict build lists every broken citation, at any verbosity.
    if _errors and _strict and not _serving():
        log.error(strict_summary(_errors))
        count = len(_errors)
        raise Abort(f"Aborted with {count} dossier {'error' if count == 1 else 'errors'} in strict mode!")


def _regenerate(seeds_dir: Path, docs_dir: Path):
    """Live preview: convert again; on a bad seed, say why and keep the last good pages.
    Returns what convert did, or None when it failed."""
    from dossier.convert import convert

    written: list[str] = []
    preview.begin_writes()
    try:
        report = convert(seeds_dir, docs_dir, atomic=False)
        written = [str(docs_dir / path) for path in [*report.changes.write, *report.changes.delete]]
    except DossierError as error:
        # Printed rather than logged: under strict mode a logged error would abort the build and
        # stall the server, and the preview should keep showing the last good pages.
        _print("ERROR", f"dossier: conversion failed; still serving the last good pages\n{error}")
        return None
    except Exception as error:  # a bug must not stop the preview either
        _print("ERROR", f"dossier: conversion failed ({type(error).__name__}: {error}); still serving the "
                        "last good pages\n  hint: run python scripts/convert.py to see where")
        return None
    finally:
        # The watcher sees these files change; this build reads them already: no rebuild for them.
        preview.end_writes(written)
    if not report.changes.empty:
        log.info(f"dossier: regenerated {len(report.changes.write)} file(s) from {seeds_dir}")
    return report


def on_serve(server, config, builder):
    """Make the preview keep up and never stall (see the module's docstring)."""
    _titles_of_first_build()
    _guard_builds(server, config)
    _watch_with_filter(server)
    _show_problems(server)
    _warm_up_segmenter()
    return server


def _titles_of_first_build() -> None:
    preview.record_pages(full=True)
    preview.build_finished(ok=True)  # MkDocs stops serving when its first build fails


def _guard_builds(server, config) -> None:
    """Each rebuild: convert, then a dirty build where one can do, else a full one. A build that
    raises is reported, and the server goes on serving what site/ holds: MkDocs' own loop would
    leave every request waiting for a build that succeeds."""
    build = server.builder
    config_file, serve_url = config.config_file_path, config.site_url
    docs_dir = Path(config.docs_dir)
    seeds_dir = Path(config_file).parent / "seeds"

    def guarded(*args, **kwargs):
        changed = preview.take_changes()
        preview.start_build()
        report = _regenerate(seeds_dir, docs_dir)
        preview.prepared = True
        force = _dirty_build_plan(changed, report, docs_dir, seeds_dir)
        ok = False
        try:
            if force is not None and not args and not kwargs:
                preview.dirty_build, preview.force_pages = True, force
                _dirty_build(config_file, server.root, serve_url)
                preview.record_pages(full=False, removed=tuple(Path(p).as_posix() for p in report.changes.delete))
            else:
                build(*args, **kwargs)
                preview.record_pages(full=True)
            ok = True
        except (Exception, SystemExit) as error:  # Abort is a SystemExit-like ClickException
            _print("ERROR", f"dossier: the build failed ({type(error).__name__}: {error}); still serving "
                            "the last pages built\n  hint: the messages above say where; fix it and save again")
        finally:
            preview.dirty_build, preview.force_pages, preview.prepared = False, set(), False
            preview.build_finished(ok)

    server.builder = guarded


def _dirty_build_plan(changed: set[str], report, docs_dir: Path, seeds_dir: Path) -> set[str] | None:
    """preview.dirty_build_plan, or None (and the reason logged) when only a full build is right."""
    try:
        if report is None:
            raise preview.FullBuild("the conversion failed")
        return preview.dirty_build_plan(changed, report.changes.write, report.changes.delete, docs_dir, seeds_dir,
                                        docs_dir / INDEX)
    except preview.FullBuild as why:
        log.info(f"dossier: rebuilding every page: {why}")
        return None


def _dirty_build(config_file: str, site_dir: str, serve_url: str) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file=config_file, site_dir=site_dir)
    config.site_url = serve_url
    # MkDocs warns that a dirty build's navigation may be stale (the hook made sure it is not);
    # under strict mode that warning alone would fail the build.
    config.strict = False
    build_log = logging.getLogger("mkdocs.commands.build")
    build_log.addFilter(_no_dirty_warning)
    try:
        build(config, serve_url=serve_url, dirty=True)
    finally:
        build_log.removeFilter(_no_dirty_warning)


def _no_dirty_warning(record: logging.LogRecord) -> bool:
    return "'dirty' build" not in record.getMessage()


def _keep_search_index_between_builds(config) -> None:
    """Material's search plugin keeps the last index for dirty builds only when serve was started
    with --dirty; the hook's dirty builds need it too (see _merge_search_index)."""
    search = _search_plugin(config)
    if search is not None and hasattr(search, "is_dirty"):
        search.is_dirty = True


def _search_plugin(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            return plugin
    return None


def _merge_search_index(config) -> None:
    """Before the search plugin merges this build's entries into the last index: drop the old
    entries of every page rebuilt now (the plugin itself drops only those of the first page)."""
    search = _search_plugin(config)
    previous = getattr(search, "search_index_prev", None)
    current = getattr(search, "search_index", None)
    if previous is None or current is None or not current.entries:
        return
    if not preview.dirty_build:  # a full build: its index replaces the last one
        previous.entries = []
        return
    rebuilt = {entry["location"].split("#")[0] for entry in current.entries}
    kept = [entry for entry in previous.entries if entry["location"].split("#")[0] not in rebuilt]
    # Merged here, completely: the plugin's own merge drops every old entry whose location starts
    # with the first new one's, which is all of them when the home page (location "") was rebuilt.
    current.entries = kept + current.entries
    previous.entries = []


def _watch_with_filter(server) -> None:
    """Watch docs/, mkdocs.yml and the watch: folders as MkDocs does, minus the files this hook's
    convert just wrote (the build that wrote them reads them already), and noting what changed.
    Relies on LiveReloadServer internals; where they differ, MkDocs' own watch stays."""
    import watchdog.events

    try:
        condition = server._rebuild_cond
        watched = dict(server._watched_paths)
        original_watch = server.watch
    except AttributeError:
        return

    def callback(event):
        if event.is_directory:
            return
        paths = [os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        # Python's bytecode caches under scripts/ change when a module is first imported, not the site.
        paths = [p for p in paths if f"{os.sep}__pycache__{os.sep}" not in p]
        if not paths or preview.defer(paths) or all(preview.is_own_write(p) for p in paths):
            return
        preview.note_changes(paths)
        rebuild()

    def rebuild():
        with condition:
            server._want_rebuild = True
            condition.notify_all()

    def watch(path, func=None, *, recursive=True):
        path = os.path.abspath(path)
        if func is not None or path in server._watched_paths:
            return original_watch(path, func, recursive=recursive)
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = callback
        server._watched_paths[path] = 1
        server._watch_refs[path] = server.observer.schedule(handler, path, recursive=recursive)

    preview.on_rebuild(rebuild)
    for path, count in watched.items():
        if count == 1:
            server.unwatch(path)
    _poll_faster(server, watched)
    for path, count in watched.items():
        if count == 1:
            watch(path)
    server.watch = watch


def _poll_faster(server, watched: dict[str, int]) -> None:
    """MkDocs polls for changes every 0.5 s, half of the second an edit may take to show; a small
    dossier is polled more often (see preview.poll_interval)."""
    from watchdog.observers.polling import PollingObserver

    files = sum(len(names) for path in watched for _, _, names in os.walk(path)) if watched else 0
    interval = preview.poll_interval(files)
    if isinstance(server.observer, PollingObserver) and not server.observer.is_alive():
        server.observer = PollingObserver(timeout=interval)


def _warm_up_segmenter() -> None:
    """Load SoMaJo and compile the extractor's patterns in the background (dossier.extract.warm_up):
    the first seed edit then does not wait for them."""
    import threading

    def load():
        from dossier.extract import warm_up

        warm_up()

    threading.Thread(target=load, name="dossier-warm-up", daemon=True).start()


def _show_problems(server) -> None:
    """The last build's problems as a banner on every page served (not written into site/)."""
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:
        return

    def inject_with_banner(content, epoch):
        return preview.with_banner(inject(content, epoch))

    server._inject_js_into_html = inject_with_banner


@_survives_serve
@mkdocs.plugins.event_priority(100)  # the first to see the page whole again (_put_back)
def on_post_page(output, page, config):
    output = _put_back(output, page)
    # Open Graph, Twitter and (on article pages) schema.org NewsArticle, for sharing and search.
    article = _documents.get(page.meta.get("dossier_article", ""))
    # Titles and descriptions of generated pages arrive HTML-escaped; head_additions escapes itself.
    description = html.unescape(page.meta.get("description") or "") or config.site_description
    additions = head_additions(title=html.unescape(page.title or "") or config.site_name, description=description,
                               site_name=config.site_name, language=_language,
                               url=page.canonical_url, article=article)
    return insert_into_head(output, additions)
