"""Editors' corrections from ``seeds/<stem>.yml``: applied after extraction, so they survive it."""

from __future__ import annotations

from .model import Facts


def apply_overrides(facts: Facts) -> Facts:
    return facts
