"""Sources, their direct quotes and their indirect statements, as the sources page lists them.

Who says what is decided once, by :mod:`dossier.speakers`; this module only turns its reading into
:class:`~dossier.model.Source` facts. Quotations whose speaker cannot be read are kept as
unattributed quotes (:func:`unattributed_quotes`), never dropped.
"""

from __future__ import annotations

from .model import Quote, Source
from .segment import Document
from .speakers import read_speakers


def extract_sources(document: Document) -> list[Source]:
    """The sources the story quotes or reports, in order of first mention."""
    return [Source(name=e.name, kind=e.kind, role=e.role,
                   quotes=tuple(sorted(e.quotes, key=lambda q: q.start)),
                   statements=tuple(sorted(e.statements, key=lambda c: c.start)))
            for e in read_speakers(document).entries]


def unattributed_quotes(document: Document) -> list[Quote]:
    """Quotations of three words or more whose speaker the text does not let us name."""
    return sorted(read_speakers(document).unattributed, key=lambda q: q.start)
