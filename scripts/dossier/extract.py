"""Extraction: a segmented Document to Facts with provenance.

Each kind of fact has its own module; this one puts them together and marks claims that the
text attributes to a source, so that pages never present an allegation as established fact.
"""

from __future__ import annotations

from dataclasses import replace

from .attribution import attribution_of
from .figures import extract_figures
from .model import Facts
from .segment import Document
from .sources import extract_sources, unattributed_quotes
from .timeline import extract_timeline, publication_date


def extract(document: Document) -> Facts:
    """All facts of one document, in the order they appear in the text."""
    published = publication_date(document)
    timeline = tuple(
        replace(event, attribution=event.attribution or attribution_of(document, event.cite))
        for event in extract_timeline(document, published))
    figures = tuple(
        replace(figure, attribution=figure.attribution or attribution_of(document, figure.cite))
        for figure in extract_figures(document))
    sources = tuple(extract_sources(document))
    return Facts(document=document, published=published, timeline=timeline, figures=figures,
                 sources=sources, unattributed_quotes=tuple(unattributed_quotes(document)))
