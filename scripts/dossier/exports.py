"""Exports linked from the pages: TimelineJS JSON, the facts in the extract schema, and CSV files.

All deterministic: sorted keys, fixed line endings, no timestamps.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .i18n import format_event_date
from .pages import EXPORTS_DIR, Dossier, sorted_events


def timelinejs(dossier: Dossier) -> dict[str, Any]:
    """Knight Lab TimelineJS's JSON: dated events only (TimelineJS needs a start date)."""
    dated, _ = sorted_events(dossier)
    events = []
    for number, event in enumerate(dated, start=1):
        parts = (event.date or "").split("-")
        start: dict[str, str] = {"year": parts[0]}
        if len(parts) > 1 and parts[1].isdigit():
            start["month"] = str(int(parts[1]))
        if len(parts) > 2 and parts[2].isdigit():
            start["day"] = str(int(parts[2]))
        start["display_date"] = format_event_date(event.date, event.precision, event.period, dossier.language)
        events.append({
            "unique_id": f"{event.cite.key}-{event.cite.anchor}-{number}",
            "start_date": start,
            "text": {"headline": event.title or event.when, "text": event.cite.text},
            "group": parts[0],
            "media": {"url": "", "caption": "", "credit": f"{event.cite.key}#{event.cite.anchor}"},
        })
    documents = dossier.documents
    title = documents[0].title if documents else "Dossier"
    return {"title": {"text": {"headline": title, "text": ""}}, "events": events}


def _json_lines(items: list[Any]) -> str:
    """A JSON array with one item per line: a diff shows which seed changed, and the C encoder
    (which ``indent`` would switch off) keeps a thousand seeds fast."""
    if not items:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items) + "\n]\n"


def _timelinejs_json(data: dict[str, Any]) -> str:
    head = json.dumps(data["title"], ensure_ascii=False, sort_keys=True)
    events = _json_lines(data["events"]).rstrip("\n")
    return f'{{"events": {events},\n "title": {head}}}\n'


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return buffer.getvalue()


def render_exports(dossier: Dossier) -> dict[str, str]:
    dated, undated = sorted_events(dossier)
    timeline_rows = [[e.date, e.precision, e.period, e.when, e.title, e.attribution, e.cite.key, e.cite.anchor,
                      e.cite.text] for e in dated + undated]
    figure_rows = [[g.value, g.value_to, g.unit, g.qualifier, g.text, g.label, g.attribution, g.cite.key,
                    g.cite.anchor, g.cite.text] for f in dossier.facts for g in f.figures]
    sources = dossier.merged_sources
    source_rows = [[s.name, s.kind, "; ".join(s.roles), len(s.quotes), len(s.statements)] for s in sources]
    quote_rows = [[s.name, q.text, q.cite.key, q.cite.anchor] for s in sources for q in s.quotes]
    facts = [f.to_json() for f in dossier.facts]
    return {
        f"{EXPORTS_DIR}/timeline.json": _timelinejs_json(timelinejs(dossier)),
        f"{EXPORTS_DIR}/facts.json": _json_lines(facts),
        f"{EXPORTS_DIR}/timeline.csv": _csv(["date", "precision", "period", "when", "title", "attribution",
                                             "seed", "anchor", "sentence"], timeline_rows),
        f"{EXPORTS_DIR}/figures.csv": _csv(["value", "value_to", "unit", "qualifier", "text", "label",
                                            "attribution", "seed", "anchor", "sentence"], figure_rows),
        f"{EXPORTS_DIR}/sources.csv": _csv(["name", "kind", "role", "quotes", "statements"], source_rows),
        f"{EXPORTS_DIR}/quotes.csv": _csv(["source", "quote", "seed", "anchor"], quote_rows),
    }
