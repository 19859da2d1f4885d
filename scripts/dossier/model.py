"""The facts Dossier extracts, each with its provenance.

Every fact carries a :class:`Citation`: the sentence's anchor on the article page, the exact
sentence, and its character offsets in the seed text (``text == seed_text[start:end]``).
``to_json`` gives the schema of ``extract.py`` (see the README of the evaluation set).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .segment import Document, Sentence

# How precisely an event is dated. "relative" is a relative day ("am Montag") with no publication
# date to resolve it against: its date is None and its wording is kept.
PRECISIONS = ("year", "half", "quarter", "season", "month", "week", "day", "relative")
SOURCE_KINDS = ("person", "organisation", "document", "group", "anonymous")


@dataclass(frozen=True)
class Citation:
    """Where a fact comes from: a sentence of a seed (or a span of it, for a quote)."""

    key: str  # the seed key, as used in [@key:p3-s1]
    anchor: str  # p3-s1
    text: str  # exactly document.text[start:end]
    start: int
    end: int

    @classmethod
    def of_sentence(cls, document: Document, sentence: Sentence) -> Citation:
        return cls(document.key, sentence.anchor, sentence.text, sentence.start, sentence.end)

    def marker(self) -> str:
        """The citation marker that the hook turns into a footnote."""
        return f"[@{self.key}:{self.anchor}]"

    def to_json(self) -> dict[str, Any]:
        return {"anchor": self.anchor, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """A dated event of the timeline."""

    date: str | None  # ISO 8601 at the given precision ("2013", "2018-04", "2019-03-25") or None
    precision: str  # one of PRECISIONS
    when: str  # the time expression as written ("im April 2018")
    when_start: int  # offsets of ``when`` in the seed text
    when_end: int
    cite: Citation
    period: str | None = None  # part of the dated period: "early", "mid", "late", "spring", "Q3", "H1"
    attribution: str | None = None  # "laut Klage", "sagte McAdams": the claim is the source's
    title: str | None = None  # a short title an editor gave in an override
    headline: str | None = None  # who did what, in the sentence's own words (at most about twelve)
    announced: bool = False  # after its article's publication date: planned or expected, not happened
    also: tuple[Citation, ...] = ()  # the same event told again in the article: further sentences

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "period": self.period, "when": self.when,
                "text": self.cite.text, "attribution": self.attribution, "title": self.title,
                "headline": self.headline, "announced": self.announced,
                "also": [c.to_json() for c in self.also], "cite": self.cite.to_json()}


@dataclass(frozen=True)
class KeyFigure:
    """A number that matters, with what it counts."""

    value: float | int
    unit: str  # "percent", an ISO 4217 code, or the counted noun ("continents"), or "count"
    qualifier: str | None  # "more than", "about", "up to", "between" … (English, normalised)
    text: str  # the figure as written ("mehr als 291.000 US-Dollar")
    text_start: int
    text_end: int
    label: str  # what it counts, taken from the text
    cite: Citation
    value_to: float | int | None = None  # upper end of a range
    attribution: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "value_to": self.value_to, "unit": self.unit,
                "qualifier": self.qualifier, "text": self.text, "label": self.label,
                "attribution": self.attribution, "cite": self.cite.to_json()}


@dataclass(frozen=True)
class Quote:
    """A direct quote, verbatim, without its quotation marks."""

    text: str
    start: int  # offsets of the quoted words in the seed text
    end: int
    cite: Citation  # the sentence (or first sentence) the quote stands in

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "cite": self.cite.to_json()}


@dataclass(frozen=True)
class Source:
    """Someone or something the article quotes or reports: a person, an organisation, a document …"""

    name: str
    kind: str  # one of SOURCE_KINDS
    role: str | None
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Citation, ...] = ()  # indirect statements, by sentence

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "role": self.role,
                "quotes": [q.to_json() for q in self.quotes],
                "statements": [s.to_json() for s in self.statements]}


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one seed."""

    document: Document
    published: str | None
    timeline: tuple[Event, ...] = ()
    figures: tuple[KeyFigure, ...] = ()
    sources: tuple[Source, ...] = ()
    # Quotations of three words or more whose speaker the text does not let us name: listed, never dropped.
    unattributed_quotes: tuple[Quote, ...] = ()

    def to_json(self) -> dict[str, Any]:
        d = self.document
        return {
            "id": d.key,
            "language": d.language,
            "title": d.title,
            "byline": list(d.byline),
            "editors": list(d.editors),
            "outlet": d.outlet,
            "dateline": d.dateline,
            "published": self.published,
            "url": d.metadata.url,
            "timeline": [e.to_json() for e in self.timeline],
            "figures": [f.to_json() for f in self.figures],
            "sources": [s.to_json() for s in self.sources],
            "unattributed_quotes": [q.to_json() for q in self.unattributed_quotes],
        }
