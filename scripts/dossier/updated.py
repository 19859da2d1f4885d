"""When the dossier was last updated: the date every page's footer shows ("Stand: 2. Dezember 2026").

Decided when the site is built, not written into ``docs/`` (a date of the commit that holds the
generated pages could not be in those pages), and reproducible: the same commit gives the same
date on every machine, in CI as on an editor's laptop. In this order:

1. ``SOURCE_DATE_EPOCH``, the reproducible-builds convention for "the time of the source";
2. the date of the last git commit that changed the dossier's content (``seeds/``, ``docs/``,
   ``mkdocs.yml``); uncommitted edits show the last commit's date until they are committed;
3. the newest date of publication of the articles (what convert writes into the home page), when
   the folder is not a git checkout.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from .citations import published_text
from .i18n import label

# What a commit must change to move the date: the articles, the pages and the site's settings;
# not the code, the tests or the README.
CONTENT_PATHS = ("seeds", "docs", "mkdocs.yml")
GIT_TIMEOUT_S = 10


def last_updated(project: Path) -> str | None:
    """The date (ISO, 2026-12-02) the dossier in ``project`` (the folder of mkdocs.yml) was last
    updated, or None outside git: the footer then shows the newest date of publication, which
    convert writes into the home page's front matter (pages.newest_publication)."""
    return source_date_epoch() or last_commit_date(project)


def source_date_epoch() -> str | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(value), dt.UTC).date().isoformat()


def last_commit_date(project: Path) -> str | None:
    """The committer date (in the committer's time zone, as ``git log`` prints it) of the last
    commit that changed the content paths of ``project``; None outside a git checkout, without git,
    or before the first commit. In a shallow clone the oldest commit present stands for the ones
    cut off: clone with its whole history (``fetch-depth: 0``) to publish."""
    paths = [p for p in CONTENT_PATHS if (project / p).exists()]
    if not paths:
        return None
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%cs", "--", *paths], cwd=project,
                                capture_output=True, text=True, timeout=GIT_TIMEOUT_S, check=False,
                                env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"})
    except (OSError, subprocess.SubprocessError):
        return None
    date = result.stdout.strip()
    try:
        return dt.date.fromisoformat(date).isoformat() if result.returncode == 0 and date else None
    except ValueError:
        return None


def updated_text(date: str, language: str) -> str:
    """ "Stand: 2. Dezember 2026" / "Last updated December 2, 2026"."""
    return label("updated", language).format(date=published_text(date, language))
