"""Key figure extraction (stub: being written)."""

from __future__ import annotations

from .model import KeyFigure
from .segment import Document


def extract_figures(document: Document) -> list[KeyFigure]:
    return []
