"""MkDocs hook: citation markers to footnotes that quote the source sentence and link to it.

Thin by design: the work is in the ``dossier`` package (``scripts/dossier``). This module only
loads the sentence index that ``scripts/convert.py`` wrote, hands each page to
:func:`dossier.citations.cite_page`, and reports broken citations as warnings, which
``mkdocs build --strict`` turns into a failed build. Under ``mkdocs serve`` it also regenerates
``docs/`` from ``seeds/`` before each build, so editing a seed updates the preview.
"""

from __future__ import annotations

import html
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

# The package is installed in the venv; this keeps the hook working from a plain checkout too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from dossier.citations import cite_page  # noqa: E402
from dossier.errors import DossierError  # noqa: E402
from dossier.index import loads_index  # noqa: E402
from dossier.pages import navigation  # noqa: E402
from dossier.sharing import head_additions, insert_into_head  # noqa: E402

log = logging.getLogger("mkdocs.plugins.dossier")

INDEX = ".dossier/index.json"
# MkDocs re-imports hooks on every rebuild of `mkdocs serve`, so module state does not survive
# between builds; the environment does.
_SERVING = "DOSSIER_MKDOCS_SERVE"

_documents: dict = {}
_language = "de"


def on_startup(command, dirty):
    os.environ[_SERVING] = "1" if command == "serve" else ""


def on_config(config):
    global _documents, _language
    docs_dir = Path(config.docs_dir)
    if os.environ.get(_SERVING):
        _regenerate(Path(config.config_file_path).parent / "seeds", docs_dir)
    index = docs_dir / INDEX
    try:
        _documents, _language = loads_index(index.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PluginError(f"{index}: the sentence index is missing, so citations cannot be resolved\n"
                          "  hint: run `make docs` (python scripts/convert.py) first") from None
    except ValueError as error:
        raise PluginError(f"{index}: cannot read the sentence index ({error})\n"
                          "  hint: run `make docs` to regenerate it") from None
    theme_language = config.theme.get("language")
    if _documents and theme_language != _language:
        log.warning(f"mkdocs.yml: theme.language is {theme_language!r} but the seeds are mostly in "
                    f"{_language!r}\n  hint: set theme.language: {_language} in mkdocs.yml, or run "
                    f"scripts/convert.py --language {theme_language}")
    return config


def on_files(files, config):
    # Built here rather than in mkdocs.yml so that a new seed or a new page needs no config edit.
    if not config.nav:
        pages = [f.src_uri for f in files.documentation_pages()]
        config.nav = navigation(pages, list(_documents.values()), _language)
    return files


def on_page_markdown(markdown, page, config, files):
    # Messages name the page as the user sees it: relative to mkdocs.yml, usually docs/….
    docs_dir = os.path.relpath(config.docs_dir, Path(config.config_file_path).parent)
    result = cite_page(markdown, page.file.src_uri, _documents, _language, docs_dir=Path(docs_dir).as_posix())
    for error in result.errors:
        log.warning(str(error))
    return result.markdown


def _regenerate(seeds_dir: Path, docs_dir: Path) -> None:
    """Live preview: convert again; on a bad seed, say why and keep the last good pages."""
    from dossier.convert import convert

    try:
        report = convert(seeds_dir, docs_dir, atomic=False)
    except DossierError as error:
        # Printed rather than logged: under strict mode a logged error would abort the build and
        # stall the server, and the preview should keep showing the last good pages.
        print(f"ERROR    -  dossier: conversion failed; still serving the last good pages\n{error}",
              file=sys.stderr, flush=True)
        return
    if not report.changes.empty:
        log.info(f"dossier: regenerated {len(report.changes.write)} file(s) from {seeds_dir}")


def on_post_page(output, page, config):
    # Open Graph, Twitter and (on article pages) schema.org NewsArticle, for sharing and search.
    article = _documents.get(page.meta.get("dossier_article", ""))
    # Titles and descriptions of generated pages arrive HTML-escaped; head_additions escapes itself.
    description = html.unescape(page.meta.get("description") or "") or config.site_description
    additions = head_additions(title=html.unescape(page.title or "") or config.site_name, description=description,
                               site_name=config.site_name, language=_language,
                               url=page.canonical_url, article=article)
    return insert_into_head(output, additions)
