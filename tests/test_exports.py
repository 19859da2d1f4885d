"""The exports' CSV rows are written by hand (a csv.writer per row cost more than the row): they must
be the bytes the csv module writes, for every kind of cell a seed can hold."""

from __future__ import annotations

import csv
import io
import random

from dossier.exports import _csv_rows

AWKWARD = ['a', '"', ',', ';', '\n', '\r', '\r\n', '\0', '\t', ' ', 'ä', '„', '“', '\u2028', '\ud800', "'", '\\',
           '=', '+', '-', '@']


def written_by_the_csv_module(rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return buffer.getvalue()


def test_rows_are_what_the_csv_module_writes():
    rng = random.Random(13)
    for _ in range(3000):
        rows = [["".join(rng.choice(AWKWARD) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 5))]
                for _ in range(rng.randint(1, 3))]
        # _csv_rows guards formulas ("=…" gets a leading "'"): so does the reference, by the same rule
        guarded = [["'" + c if c.lstrip(" \u00a0").startswith(("=", "+", "-", "@", "\t", "\r")) else c for c in row]
                   for row in rows]
        assert _csv_rows(rows) == written_by_the_csv_module(guarded), rows


def test_numbers_and_empty_cells_are_written_as_the_csv_module_writes_them():
    row = [3, 2.5, -1, 1e20, 12345678901234567890, 0.1 + 0.2, None, ""]
    assert _csv_rows([row]) == written_by_the_csv_module([[*row[:6], "", ""]])
