"""Exports linked from the pages: TimelineJS JSON, the facts in the extract schema, and CSV files.

All deterministic: sorted keys, fixed line endings, no timestamps.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .i18n import format_event_date
from .model import Event, Facts, Quote
from .pages import EXPORTS_DIR, UNATTRIBUTED, Dossier, event_headline


@dataclass(frozen=True)
class SeedExports:
    """One seed's share of the exports, rendered alone and encoded: a convert keeps it in the cache
    beside the seed's facts and joins the shares of unchanged seeds, instead of rendering and
    encoding a thousand seeds again (30 MB of exports at 1,000 seeds)."""

    facts_json: bytes  # its line of facts.json
    figure_rows: bytes  # its rows of figures.csv
    timeline_rows: tuple[bytes, ...]  # one row of timeline.csv per event, in the order of its timeline
    # one TimelineJS item per event (None for an undated one), cut off in its "unique_id" before the
    # event's number in the whole dossier (see _numbered)
    timelinejs_items: tuple[bytes | None, ...]
    # one row of quotes.csv per quotation (those of its sources, then those without a speaker), from
    # the comma after the speaker's name: the name is the one under which the speaker is merged
    quote_rows: tuple[bytes, ...]

    def fits(self, facts: Facts) -> bool:
        """Whether this share has a row for each event and each quotation of ``facts``."""
        return len(self.timeline_rows) == len(facts.timeline) and len(self.quote_rows) == len(_quotes(facts))


def seed_exports(facts: Facts, language: str) -> SeedExports:
    """The exports of one seed, whose dates are written in the site's ``language``."""
    return SeedExports(
        facts_json=_json_line(facts.to_json()).encode(),
        figure_rows=_csv_rows([[g.value, g.value_to, g.unit, g.qualifier, g.text, g.label, g.attribution, g.cite.key,
                                g.cite.anchor, g.cite.text] for g in facts.figures]).encode(),
        timeline_rows=tuple(_timeline_row(e) for e in facts.timeline),
        timelinejs_items=tuple(_timelinejs_item(e, language) if e.date else None for e in facts.timeline),
        quote_rows=tuple(_quote_row(q) for q in _quotes(facts)))


def _quotes(facts: Facts) -> list[Quote]:
    return [q for source in facts.sources for q in source.quotes] + list(facts.unattributed_quotes)


def _timeline_row(event: Event) -> bytes:
    return _csv_rows([[event.date, event.precision, event.period, event.when, event.title, event.attribution,
                       event.cite.key, event.cite.anchor, event.cite.text]]).encode()


def _quote_row(quote: Quote) -> bytes:
    # with QUOTE_ALL each cell is quoted alone: the row is the speaker's cell, a comma and these
    return b"," + _csv_rows([[quote.text, quote.cite.key, quote.cite.anchor]]).encode()


def _timelinejs_item(event: Event, language: str) -> bytes:
    """Knight Lab TimelineJS's item for a dated event, as JSON that ends before the event's number."""
    parts = (event.date or "").split("-")
    start: dict[str, str] = {"year": parts[0]}
    if len(parts) > 1 and parts[1].isdigit():
        start["month"] = str(int(parts[1]))
    if len(parts) > 2 and parts[2].isdigit():
        start["day"] = str(int(parts[2]))
    start["display_date"] = _html(format_event_date(event.date, event.precision, event.period, language))
    item = {
        "start_date": start,
        # who did what, from the sentence (never the bare date, which TimelineJS shows anyway)
        "text": {"headline": _html(event_headline(event)), "text": _html(event.cite.text)},
        "group": parts[0],
        "media": {"url": "", "caption": "", "credit": _html(f"{event.cite.key}#{event.cite.anchor}")},
    }
    # "unique_id" sorts after every other key, and JSON escapes character by character: the item
    # with its unique_id "key-anchor-number" is this text, the number and '"}' (see _numbered)
    unique_id = json.dumps(f"{event.cite.key}-{event.cite.anchor}-", ensure_ascii=False)
    return (_json_line(item)[:-1] + ', "unique_id": ' + unique_id[:-1]).encode()


def _numbered(item: bytes, number: int) -> bytes:
    """A TimelineJS item with the event's number: the bytes json.dumps(..., sort_keys=True) gives."""
    return b"%s%d\"}" % (item, number)


def _html(text: str) -> str:
    """Seed text for a TimelineJS field, which TimelineJS puts into the page as HTML."""
    return html.escape(text, quote=True)


def _json_line(item: Any) -> str:
    # The C encoder (which ``indent`` would switch off) keeps a thousand seeds fast.
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _json_lines(lines: list[bytes], before: bytes = b"", after: bytes = b"\n") -> bytes:
    """A JSON array with one item per line: a diff shows which seed changed. Joined once with what
    comes ``before`` and ``after`` it: each copy of facts.json's 20 MB costs time."""
    if not lines:
        return before + b"[]" + after
    pieces = [before, b"[\n"]
    for line in lines:
        pieces += (line, b",\n")
    pieces[-1] = b"\n]"
    pieces.append(after)
    return b"".join(pieces)


def _timelinejs_json(dossier: Dossier, items: list[bytes]) -> bytes:
    documents = dossier.documents
    title = documents[0].title if documents else "Dossier"
    head = _json_line({"text": {"headline": _html(title), "text": ""}})
    return _json_lines(items, b'{"events": ', f',\n "title": {head}}}\n'.encode())


# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (OWASP, "CSV Injection"): "=HYPERLINK(…)" quoted from a seed would run when a journalist opens it.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """One CSV cell: text that a spreadsheet would read as a formula gets a leading "'".

    Numbers stay numbers: ours come from Python (291000, -2.5) and cannot hold a formula.
    Leading white space is skipped in the test, as some programs trim it on import.
    """
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.lstrip(" \u00a0").startswith(_FORMULA_START) else text


def _csv_rows(rows: list[list[Any]]) -> str:
    """Rows as ``csv.writer(lineterminator="\\n", quoting=csv.QUOTE_ALL)`` writes them (a test
    compares the two on every kind of cell): every cell in double quotes, as OWASP recommends, so that
    a "," or ";" in a quote cannot start a new cell, and a double quote in a cell doubled. Written
    here, as the csv module's writer costs more to make than a row costs to write: the rows of a file
    are the rows of its seeds and its speakers, rendered one by one and joined."""
    return "".join(",".join('"' + str(_cell(v)).replace('"', '""') + '"' for v in row) + "\n" for row in rows)


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    return _csv_rows([header] + rows)


def _shares(dossier: Dossier, shares: Mapping[str, SeedExports]) -> list[SeedExports]:
    """The share of every seed, in the dossier's order: given, or rendered now."""
    return [shares.get(f.document.key) or seed_exports(f, dossier.language) for f in dossier.facts]


def render_exports(dossier: Dossier, shares: Mapping[str, SeedExports] | None = None) -> dict[str, str]:
    """Every export, as text."""
    return {path: data.decode() for path, data in export_files(dossier, shares).items()}


def export_files(dossier: Dossier, shares: Mapping[str, SeedExports] | None = None) -> dict[str, bytes]:
    """Every export, encoded; ``shares`` holds what is already rendered of some seeds (by seed key)."""
    given = _shares(dossier, shares or {})
    dated, undated = dossier.sorted_events
    # The events in the timeline's order, and the quotes under their merged speakers, are those of the
    # facts: their rows are found by identity (and rendered now, should one not be found).
    rows, items, quotes = {}, {}, {}
    for facts, share in zip(dossier.facts, given, strict=True):
        for event, row, item in zip(facts.timeline, share.timeline_rows, share.timelinejs_items, strict=True):
            rows[id(event)], items[id(event)] = row, item
        quotes.update(zip(map(id, _quotes(facts)), share.quote_rows, strict=True))
    timeline_rows = [rows.get(id(e)) or _timeline_row(e) for e in dated + undated]
    # TimelineJS needs a start date: dated events only
    numbered = [_numbered(items.get(id(e)) or _timelinejs_item(e, dossier.language), number)
                for number, e in enumerate(dated, start=1)]
    sources = dossier.merged_sources
    source_rows = [[s.name, s.kind, "; ".join(s.roles), len(s.quotes), len(s.statements)] for s in sources
                   if s.kind != UNATTRIBUTED]
    quote_rows = [_csv_rows([["source", "quote", "seed", "anchor"]]).encode()]
    for source in sources:
        # the list of unattributed quotations has no name: its rows have an empty source
        name = _csv_rows([[source.name]]).encode()[:-1]
        quote_rows += (name + (quotes.get(id(q)) or _quote_row(q)) for q in source.quotes)
    return {
        f"{EXPORTS_DIR}/timeline.json": _timelinejs_json(dossier, numbered),
        f"{EXPORTS_DIR}/facts.json": _json_lines([share.facts_json for share in given]),
        f"{EXPORTS_DIR}/timeline.csv": b"".join([_csv_rows([TIMELINE_HEADER]).encode()] + timeline_rows),
        f"{EXPORTS_DIR}/figures.csv": b"".join([_csv_rows([FIGURES_HEADER]).encode()]
                                               + [share.figure_rows for share in given]),
        f"{EXPORTS_DIR}/sources.csv": _csv(["name", "kind", "role", "quotes", "statements"], source_rows).encode(),
        f"{EXPORTS_DIR}/quotes.csv": b"".join(quote_rows),
    }


TIMELINE_HEADER = ["date", "precision", "period", "when", "title", "attribution", "seed", "anchor", "sentence"]
FIGURES_HEADER = ["value", "value_to", "unit", "qualifier", "text", "label", "attribution", "seed", "anchor",
                  "sentence"]
