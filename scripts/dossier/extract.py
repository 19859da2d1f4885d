"""Extraction: a segmented Document to Facts with provenance.

Each kind of fact has its own module; this one puts them together and marks claims that the
text attributes to a source, so that pages never present an allegation as established fact.
"""

from __future__ import annotations

from dataclasses import replace

from .attribution import attribution_of
from .figures import extract_figures
from .model import Facts
from .seed import Seed, SeedMetadata
from .segment import Document, segment
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


# A short report per language: enough to load SoMaJo and compile what extraction compiles on first use.
_WARM_UP_TEXTS = {
    "de": ("Stadt plant neue Brücke\n\nDie Stadt will bis 2027 für 12 Millionen Euro eine neue Brücke bauen, "
           "sagte Bürgermeisterin Anna Berg am Montag in Kassel. „Wir beginnen im Frühjahr“, sagte sie.\n"),
    "en": ("City plans new bridge\n\nThe city will build a new bridge for 12 million pounds by 2027, Mayor "
           "Anna Berg said on Monday in Leeds. \"We will start in the spring,\" she said.\n"),
}


def warm_up() -> None:
    """Extract a short report in each language once. A long-running process (the live preview)
    calls it in the background, so that the first seed edit does not wait for SoMaJo to load and
    for the speech patterns to compile (about half a second per language)."""
    for language, text in _WARM_UP_TEXTS.items():
        metadata = SeedMetadata(key=f"warm-up-{language}", language=language)
        extract(segment(Seed(key=metadata.key, path="<warm-up>", text=text, metadata=metadata)))
