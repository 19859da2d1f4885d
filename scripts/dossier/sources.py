"""Source and quote extraction (stub: being written)."""

from __future__ import annotations

from .model import Source
from .segment import Document


def extract_sources(document: Document) -> list[Source]:
    return []
