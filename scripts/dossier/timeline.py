"""Timeline extraction (stub: being written)."""

from __future__ import annotations

from .model import Event
from .segment import Document


def publication_date(document: Document) -> str | None:
    return document.metadata.published


def extract_timeline(document: Document, published: str | None) -> list[Event]:
    return []
