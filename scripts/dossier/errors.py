"""Small named exceptions. Each one knows the file, the line and the fix.

Entry points print ``str(error)``, never a traceback: ``path:line: message`` and a ``hint:`` line.
"""

from __future__ import annotations


class DossierError(Exception):
    """An error a newsroom user can fix: it names the file, the line and a hint."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class SeedError(DossierError):
    """A seed file cannot be read as an article."""

    exit_code = 2


class MetadataError(DossierError):
    """A sidecar ``seeds/<stem>.yml`` is not valid."""

    exit_code = 2


class CitationError(DossierError):
    """A citation marker does not resolve to a sentence of a seed."""

    exit_code = 3


class OverrideError(DossierError):
    """A correction in a sidecar file does not apply to the extracted facts."""

    exit_code = 3


class HandEditedError(DossierError):
    """A generated page was changed by hand; regenerating would lose the change."""

    exit_code = 4


class CollisionError(DossierError):
    """A generated page would take the place of a hand-written one."""

    exit_code = 4


class StaleError(DossierError):
    """``docs/`` does not match what ``seeds/`` generates."""

    exit_code = 5


class LockError(DossierError):
    """Another convert is writing the same ``docs/`` and did not finish in time."""

    exit_code = 6


class WriteError(DossierError):
    """``docs/`` or the folder beside it cannot be written: disk full, read-only, no permission."""

    exit_code = 7
