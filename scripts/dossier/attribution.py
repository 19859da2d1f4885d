"""Claim attribution (stub: being written)."""

from __future__ import annotations

from .model import Citation
from .segment import Document


def attribution_of(document: Document, cite: Citation) -> str | None:
    return None
