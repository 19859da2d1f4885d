"""MkDocs hook: citation markers to footnotes that quote the source sentence and link to it.

Thin by design: the work is in the ``dossier`` package (``scripts/dossier``). This module only
loads the sentence index that ``scripts/convert.py`` wrote, hands each page to
:func:`dossier.citations.cite_page`, and reports what does not resolve:

- ``mkdocs build --strict`` (or ``strict: true``): the hook counts its own errors and stops the
  build after the last page with one message listing them all. It does not leave this to MkDocs'
  warning counter, which never sees warnings hidden by ``-q`` (mkdocs/mkdocs#4126).
- a build that is not strict: one warning per error.
- ``mkdocs serve``: errors are printed, never raised, so a bad page or seed cannot stop the
  preview (a failed build leaves the server waiting for a good one). Under serve the hook also
  regenerates ``docs/`` from ``seeds/`` before each build, so editing a seed updates the preview.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError

# The package is installed in the venv; this keeps the hook working from a plain checkout too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from dossier.citations import body_first_line, check_front_matter, cite_page, strict_summary  # noqa: E402
from dossier.errors import DossierError  # noqa: E402
from dossier.index import loads_index  # noqa: E402
from dossier.pages import navigation  # noqa: E402
from dossier.sharing import head_additions, insert_into_head  # noqa: E402

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


def _serving() -> bool:
    return bool(os.environ.get(_SERVING))


def _print(level: str, message: str) -> None:
    """Report without logging: under serve, a logged warning would count against strict mode and
    fail the rebuild, which leaves the preview stuck on the last good build."""
    print(f"{level:<8} -  {message}", file=sys.stderr, flush=True)


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
    global _documents, _language, _index_missing, _strict
    _errors.clear()
    _strict = bool(config.strict)
    docs_dir = Path(config.docs_dir)
    if _serving():
        _regenerate(Path(config.config_file_path).parent / "seeds", docs_dir)
    index = docs_dir / INDEX
    try:
        _documents, _language = loads_index(index.read_text(encoding="utf-8"))
        _index_missing = False
    except FileNotFoundError:
        _index_problem(f"{index}: the sentence index is missing, so citations cannot be resolved\n"
                       "  hint: run `make docs` (python scripts/convert.py) first")
    except ValueError as error:
        _index_problem(f"{index}: cannot read the sentence index ({error})\n  hint: run `make docs` to regenerate it")
    theme_language = config.theme.get("language")
    if _documents and theme_language != _language:
        _report([DossierError(f"theme.language is {theme_language!r} but the seeds are mostly in {_language!r}",
                              path=Path(config.config_file_path).name,
                              hint=f"set theme.language: {_language} in mkdocs.yml, or run "
                                   f"scripts/convert.py --language {theme_language}")])
    return config


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
    return files


@_survives_serve
def on_page_markdown(markdown, page, config, files):
    # Messages name the page as the user sees it: relative to mkdocs.yml, usually docs/….
    docs_dir = Path(os.path.relpath(config.docs_dir, Path(config.config_file_path).parent)).as_posix()
    source = _source(page)
    page.meta, problems = check_front_matter(page.meta, f"{docs_dir}/{page.file.src_uri}", source)
    _report(problems)
    if _index_missing:
        return markdown
    result = cite_page(markdown, page.file.src_uri, _documents, _language, docs_dir=docs_dir,
                       first_line=body_first_line(source, markdown))
    _report(result.errors)
    return result.markdown


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


def on_post_build(config):
    # After the last page, so that one strict build lists every broken citation, at any verbosity.
    if _errors and _strict and not _serving():
        log.error(strict_summary(_errors))
        count = len(_errors)
        raise Abort(f"Aborted with {count} dossier {'error' if count == 1 else 'errors'} in strict mode!")


def _regenerate(seeds_dir: Path, docs_dir: Path) -> None:
    """Live preview: convert again; on a bad seed, say why and keep the last good pages."""
    from dossier.convert import convert

    try:
        report = convert(seeds_dir, docs_dir, atomic=False)
    except DossierError as error:
        # Printed rather than logged: under strict mode a logged error would abort the build and
        # stall the server, and the preview should keep showing the last good pages.
        _print("ERROR", f"dossier: conversion failed; still serving the last good pages\n{error}")
        return
    except Exception as error:  # a bug must not stop the preview either
        _print("ERROR", f"dossier: conversion failed ({type(error).__name__}: {error}); still serving the "
                        "last good pages\n  hint: run python scripts/convert.py to see where")
        return
    if not report.changes.empty:
        log.info(f"dossier: regenerated {len(report.changes.write)} file(s) from {seeds_dir}")


@_survives_serve
def on_post_page(output, page, config):
    # Open Graph, Twitter and (on article pages) schema.org NewsArticle, for sharing and search.
    article = _documents.get(page.meta.get("dossier_article", ""))
    # Titles and descriptions of generated pages arrive HTML-escaped; head_additions escapes itself.
    description = html.unescape(page.meta.get("description") or "") or config.site_description
    additions = head_additions(title=html.unescape(page.title or "") or config.site_name, description=description,
                               site_name=config.site_name, language=_language,
                               url=page.canonical_url, article=article)
    return insert_into_head(output, additions)
