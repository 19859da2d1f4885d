"""Exports linked from the pages: TimelineJS JSON, the facts in the extract schema, and CSV files.

All deterministic: sorted keys, fixed line endings, no timestamps.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any

from .i18n import format_event_date
from .pages import EXPORTS_DIR, UNATTRIBUTED, Dossier, event_headline, sorted_events


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
        start["display_date"] = _html(format_event_date(event.date, event.precision, event.period,
                                                         dossier.language))
        events.append({
            "unique_id": f"{event.cite.key}-{event.cite.anchor}-{number}",
            "start_date": start,
            # who did what, from the sentence (never the bare date, which TimelineJS shows anyway)
            "text": {"headline": _html(event_headline(event)), "text": _html(event.cite.text)},
            "group": parts[0],
            "media": {"url": "", "caption": "", "credit": _html(f"{event.cite.key}#{event.cite.anchor}")},
        })
    documents = dossier.documents
    title = documents[0].title if documents else "Dossier"
    return {"title": {"text": {"headline": _html(title), "text": ""}}, "events": events}


def _html(text: str) -> str:
    """Seed text for a TimelineJS field, which TimelineJS puts into the page as HTML."""
    return html.escape(text, quote=True)


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


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    # Every cell in double quotes, as OWASP recommends: a "," or ";" in a quote cannot start a new cell.
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def render_exports(dossier: Dossier) -> dict[str, str]:
    dated, undated = sorted_events(dossier)
    timeline_rows = [[e.date, e.precision, e.period, e.when, e.title, e.attribution, e.cite.key, e.cite.anchor,
                      e.cite.text] for e in dated + undated]
    figure_rows = [[g.value, g.value_to, g.unit, g.qualifier, g.text, g.label, g.attribution, g.cite.key,
                    g.cite.anchor, g.cite.text] for f in dossier.facts for g in f.figures]
    sources = dossier.merged_sources
    source_rows = [[s.name, s.kind, "; ".join(s.roles), len(s.quotes), len(s.statements)] for s in sources
                   if s.kind != UNATTRIBUTED]
    # the list of unattributed quotations has no name: its rows have an empty source
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
