"""Editors' corrections, kept in ``seeds/<stem>.yml`` so that they survive every regeneration.

Each item of ``overrides:`` does one thing to the extracted facts::

    overrides:
      - drop: timeline            # drop a wrong fact: timeline, figures or sources
        anchor: p3-s1             # the sentence it stands in
        match: am Mittwoch        # which one, if the sentence has several: the event's words
                                  # as written, the figure as written, or the source's name
      - fix: timeline             # correct a fact; only the fields given change
        anchor: p4-s1
        date: 2018-04-06
        precision: day
        title: Bundesbehörden schließen Backpage
      - fix: figures
        anchor: p17-s1
        label: Wert der Vertragsverlängerung 2017
      - add: timeline             # add what the extractor missed; the citation must resolve
        words: im April 2018      # or anchor: p4-s1
        date: 2018-04
        title: Backpage wird geschlossen
      - add: figures
        words: 14 Dienstleistungen
        value: 14
        unit: Dienstleistungen
        label: Dienstleistungen für Backpage

A correction that matches no fact, or more than one, is refused with the line and the candidates,
so a regenerated seed can never make a correction silently apply to the wrong fact.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import OverrideError
from .i18n import _PERIODS, _QUALIFIERS
from .model import PRECISIONS, SOURCE_KINDS, Citation, Event, Facts, KeyFigure, Quote, Source
from .seed import field_text_problem, iso_date_problem
from .segment import Document

KINDS = ("timeline", "figures", "sources")
ACTIONS = ("drop", "fix", "add")
# The words an editor may give for these fields: the ones the site can show in both languages.
_CHOICES = {"precision": PRECISIONS, "kind": SOURCE_KINDS, "period": tuple(_PERIODS),
            "qualifier": tuple(_QUALIFIERS)}
# Fields a fact cannot do without: "name: null" would leave a source without a name.
_NOT_NULL = {"precision", "when", "value", "unit", "label", "name", "kind"}
# Larger than any amount a news article reports (Japan's public debt is about 1.3e15 yen); beyond
# 2**53 a number is no longer exact in JSON.
MAX_FIGURE = 10**18
# Digits of the date each precision needs: "day" needs 2018-04-06, "year" 2018, "relative" none.
_DATE_PARTS = {"year": 1, "half": 1, "quarter": 1, "season": 1, "month": 2, "week": 3, "day": 3, "relative": 0}
_FIELDS = {
    "timeline": {"date", "precision", "period", "when", "title", "attribution"},
    "figures": {"value", "value_to", "unit", "qualifier", "label", "attribution"},
    "sources": {"name", "kind", "role"},
}
_ITEM_KEYS = {"drop", "fix", "add", "anchor", "match", "words", "quote"} | set().union(*_FIELDS.values())


def apply_overrides(facts: Facts) -> Facts:
    """Apply the seed's corrections in order. Raises OverrideError naming the sidecar line."""
    metadata = facts.document.metadata
    if not metadata.overrides:
        return facts
    lines = _item_lines(metadata.path)
    for number, item in enumerate(metadata.overrides):
        line = lines[number] if number < len(lines) else metadata.lines.get("overrides")
        facts = _apply(facts, item, metadata.path, line)
    return facts


def _item_lines(path: str | None) -> list[int]:
    """Line numbers of the items of ``overrides:``, for error messages."""
    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader) if path else None
    except (OSError, yaml.YAMLError):
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "overrides" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _apply(facts: Facts, item: dict[str, Any], path: str | None, line: int | None) -> Facts:
    def fail(message: str, hint: str | None = None) -> OverrideError:
        return OverrideError(message, path=path, line=line,
                             hint=hint or "see 'Corrections' in CONTRIBUTING.md")

    actions = [a for a in ACTIONS if a in item]
    if len(actions) != 1:
        raise fail("each correction starts with one of drop:, fix: or add:, naming timeline, figures or sources")
    action = actions[0]
    kind = item[action]
    if kind not in KINDS:
        raise fail(f"{action}: {kind!r} is not a kind of fact", hint=f"use one of: {', '.join(KINDS)}")
    unknown = sorted(set(map(str, item)) - _ITEM_KEYS)
    if unknown:
        raise fail(f"unknown field {unknown[0]!r} in a correction of {kind}",
                   hint=f"fields for {kind}: {', '.join(sorted(_FIELDS[kind]))}")
    _check_item_fields(item, fail)
    changes = {k: v for k, v in item.items() if k in _FIELDS[kind]}
    _validate(kind, changes, fail)
    document = facts.document
    if action == "add":
        return _add(facts, kind, item, changes, fail)
    anchor = item.get("anchor")
    if not anchor:
        raise fail(f"{action}: {kind} needs the anchor of the sentence the fact stands in",
                   hint="anchor: p3-s1 (the anchors are shown on the article page)")
    if document.sentence(str(anchor)) is None:
        raise fail(f"no sentence {anchor!r} in {document.key}", hint="anchors look like p3-s1")
    items = list(getattr(facts, kind))
    wanted = item.get("match")
    candidates = [i for i, fact in enumerate(items) if _anchors(fact, kind) and str(anchor) in _anchors(fact, kind)
                  and (wanted is None or _selector_value(fact, kind) == str(wanted))]
    if len(candidates) != 1:
        there = [_selector_value(f, kind) for f in items if str(anchor) in _anchors(f, kind)]
        shown = ", ".join(repr(t) for t in there) or "none"
        if not candidates:
            raise fail(f"{action}: no {kind} fact in {anchor}" + (f" matches {wanted!r}" if wanted else ""),
                       hint=f"{kind} facts in {anchor}: {shown}")
        raise fail(f"{action}: {len(candidates)} {kind} facts in {anchor}; say which one",
                   hint=f"add match: with one of {shown}")
    index = candidates[0]
    if action == "drop":
        del items[index]
    else:
        items[index] = replace(items[index], **_coerce(kind, changes))
        if kind == "timeline" and {"date", "precision"} & changes.keys():
            _check_dating(items[index], fail)
    return replace(facts, **{kind: tuple(items)})


def _check_item_fields(item: dict[str, Any], fail) -> None:
    """``anchor``, ``match`` and ``words`` select a sentence or a fact: one line of text or a number."""
    for name in ("anchor", "match", "words"):
        value = item.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise fail(f"{name} must be text", hint=f'write it in quotes: {name}: "…"')
        _check_text(name, str(value), fail)
    if "quote" in item and not isinstance(item["quote"], bool):
        raise fail("quote must be true or false", hint="quote: true makes the words a direct quote")


def _anchors(fact: Any, kind: str) -> set[str]:
    if kind == "sources":
        return {c.anchor for c in fact.statements} | {q.cite.anchor for q in fact.quotes}
    return {fact.cite.anchor}


def _selector_value(fact: Any, kind: str) -> str:
    return {"timeline": lambda f: f.when, "figures": lambda f: f.text, "sources": lambda f: f.name}[kind](fact)


def _validate(kind: str, changes: dict[str, Any], fail) -> None:
    """Type, range and characters of every field; ``changes`` is normalised in place (dates as text)."""
    for name, value in list(changes.items()):
        if value is None:
            if name in _NOT_NULL:
                raise fail(f"{name} cannot be null", hint=f"give the {name}, or leave the field out")
            continue
        if name in ("value", "value_to"):
            _check_number(name, value, fail)
        elif name == "date":
            changes["date"] = _checked_date(value, fail)
        else:
            if not isinstance(value, str):
                raise fail(f"{name} must be text", hint=f'write it in quotes: {name}: "{value}"')
            _check_text(name, value, fail)
            if name in _CHOICES and value not in _CHOICES[name]:
                raise fail(f"{name} {value!r} is not known", hint=f"use one of: {', '.join(_CHOICES[name])}")
    if changes.get("value_to") is not None and changes.get("value") is not None \
            and changes["value_to"] < changes["value"]:
        raise fail(f"value_to {changes['value_to']} is smaller than value {changes['value']}",
                   hint="a range goes from value up to value_to")


def _check_number(name: str, value: Any, fail) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(f"{name} must be a number, written without grouping: 291000, 2.5")
    hint = f"write a number of at most {len(str(MAX_FIGURE)) - 1} digits, e.g. 291000 or 2.5"
    if math.isnan(value):
        raise fail(f"{name} is not a number (.nan)", hint=hint)
    if math.isinf(value) or abs(value) > MAX_FIGURE:  # a 400-digit decimal is read as .inf
        raise fail(f"{name} is too large for a figure", hint=hint)


def _checked_date(value: Any, fail) -> str:
    """The date as ISO text; a date YAML read as a date (2018-04-06) or a number (2018) is fine."""
    if isinstance(value, dt.datetime) or isinstance(value, bool) or not isinstance(value, str | int | dt.date):
        raise fail(f"date {value!r} is not an ISO date", hint="write 2018, 2018-04 or 2018-04-06")
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    problem = iso_date_problem(text)
    if problem:
        raise fail(f"date {text[:40]!r} {problem}", hint="write 2018, 2018-04 or 2018-04-06")
    return text


def _check_text(name: str, value: str, fail) -> None:
    problem = field_text_problem(value)
    if problem:
        raise fail(f"{name} {problem}", hint="write one line of visible text")


def _check_dating(event: Event, fail) -> None:
    """A date as precise as its precision says: "precision: day" with "date: 2018" is a contradiction."""
    parts = len(event.date.split("-")) if event.date else 0
    if _DATE_PARTS.get(event.precision) != parts:
        raise fail(f"precision {event.precision!r} does not fit the date {event.date!r}",
                   hint="leave precision out to take it from the date; 'relative' has no date")


def _coerce(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    if kind == "timeline" and "date" in changes and "precision" not in changes:
        changes = {**changes, "precision": _precision_of(changes["date"])}
    return changes


def _precision_of(date: str | None) -> str:
    if not date:
        return "relative"
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


def _add(facts: Facts, kind: str, item: dict[str, Any], changes: dict[str, Any], fail) -> Facts:
    document = facts.document
    cite, start, end = _resolve(document, item, fail)
    written = document.text[start:end]
    if kind == "timeline":
        if "date" not in changes:
            raise fail("add: timeline needs a date (2018, 2018-04 or 2018-04-06)")
        event = Event(date=changes["date"], precision=changes.get("precision") or _precision_of(changes["date"]),
                      when=changes.get("when") or written, when_start=start, when_end=end, cite=cite,
                      period=changes.get("period"), attribution=changes.get("attribution"),
                      title=changes.get("title"))
        _check_dating(event, fail)
        return replace(facts, timeline=facts.timeline + (event,))
    if kind == "figures":
        missing = [name for name in ("value", "label") if name not in changes]
        if missing:
            raise fail(f"add: figures needs {' and '.join(missing)}")
        figure = KeyFigure(value=changes["value"], unit=changes.get("unit") or "count",
                           qualifier=changes.get("qualifier"), text=written, text_start=start, text_end=end,
                           label=changes["label"], cite=cite, value_to=changes.get("value_to"),
                           attribution=changes.get("attribution"))
        return replace(facts, figures=facts.figures + (figure,))
    if "name" not in changes:
        raise fail("add: sources needs a name")
    quote = Quote(written, start, end, cite) if item.get("quote") else None
    for i, source in enumerate(facts.sources):
        if source.name == changes["name"]:
            updated = replace(source, quotes=source.quotes + ((quote,) if quote else ()),
                              statements=source.statements + (() if quote else (cite,)))
            return replace(facts, sources=facts.sources[:i] + (updated,) + facts.sources[i + 1:])
    source = Source(name=changes["name"], kind=changes.get("kind") or "person", role=changes.get("role"),
                    quotes=(quote,) if quote else (), statements=() if quote else (cite,))
    return replace(facts, sources=facts.sources + (source,))


def _resolve(document: Document, item: dict[str, Any], fail) -> tuple[Citation, int, int]:
    """The sentence an added fact cites, by ``anchor:`` or by ``words:``; it must resolve."""
    if item.get("words"):
        found = document.find_words(str(item["words"]))
        if found is None:
            closest = document.closest_sentence(str(item["words"]))
            raise fail(f"the words {item['words']!r} are not in {document.key}",
                       hint=f"the closest sentence is {closest.anchor}: “{closest.text}”" if closest else None)
        sentence, start, end = found
        return Citation.of_sentence(document, sentence), start, end
    if item.get("anchor"):
        sentence = document.sentence(str(item["anchor"]))
        if sentence is None:
            raise fail(f"no sentence {item['anchor']!r} in {document.key}", hint="anchors look like p3-s1")
        return Citation.of_sentence(document, sentence), sentence.start, sentence.end
    raise fail("add: a new fact needs its source: anchor: p3-s1 or words: \"exact words\"")


assert {f.name for f in fields(Event)} >= _FIELDS["timeline"]
