"""Override fields are validated for type, range and characters before they touch a fact.

Each refusal is an OverrideError (exit 3) naming the sidecar and the line of the correction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import OverrideError
from dossier.extract import extract
from dossier.overrides import apply_overrides
from dossier.seed import read_seed
from dossier.segment import segment

SEED = "Die Stadt zahlte am 3. März 2019 rund 5 Millionen Euro, sagte Anna Schmidt.\nEin zweiter Absatz folgt.\n"


def applied(tmp_path: Path, overrides: str):
    (tmp_path / "stadt.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "stadt.yml").write_text("title: Stadt\noverrides:\n" + overrides, encoding="utf-8")
    return apply_overrides(extract(segment(read_seed(tmp_path / "stadt.txt"))))


def refused(tmp_path: Path, overrides: str) -> OverrideError:
    with pytest.raises(OverrideError) as info:
        applied(tmp_path, overrides)
    error = info.value
    assert error.path.endswith("stadt.yml") and error.line == 3, str(error)
    assert "\n  hint: " in str(error) and error.exit_code == 3
    return error


@pytest.mark.parametrize("item, message", [
    ("  - add: figures\n    anchor: p2-s1\n    value: .nan\n    label: x\n", "value is not a number"),
    ("  - add: figures\n    anchor: p2-s1\n    value: -.inf\n    label: x\n", "value is too large"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 1.0e+19\n    label: x\n", "value is too large"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 10000000000000000000\n    label: x\n", "too large"),
    ("  - add: figures\n    anchor: p2-s1\n    value: true\n    label: x\n", "must be a number"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 5\n    value_to: 2\n    label: x\n", "smaller than value"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 5\n    label: x\n    qualifier: ca.\n",
     "qualifier 'ca.' is not known"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 5\n    label: null\n", "label cannot be null"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 5\n    label: '   '\n", "label is empty"),
    ("  - add: figures\n    anchor: p2-s1\n    value: 5\n    label: 2019\n", "label must be text"),
    ("  - add: timeline\n    anchor: p2-s1\n    date: 2019-03\n    precision: day\n", "does not fit the date"),
    ("  - add: timeline\n    anchor: p2-s1\n    date: 2019\n    precision: relative\n", "does not fit"),
    ("  - add: timeline\n    anchor: p2-s1\n    date: '2019-13'\n", "not a month of the calendar"),
    ("  - add: timeline\n    anchor: p2-s1\n    date: '2019-1-5'\n", "not an ISO date"),
    ("  - add: timeline\n    anchor: p2-s1\n    date: 2019-03-05 10:00:00\n", "not an ISO date"),
    ("  - fix: timeline\n    anchor: p1-s1\n    when: \"am\\u2028Montag\"\n", "single line"),
    ("  - fix: timeline\n    anchor: p1-s1\n    attribution: \"laut\\x86 Klage\"\n", "U+0086"),
    ("  - fix: timeline\n    anchor: p1-s1\n    title: " + "x" * 501 + "\n", "501 characters long"),
    ("  - add: sources\n    anchor: p2-s1\n    name: null\n", "name cannot be null"),
    ("  - add: sources\n    anchor: p2-s1\n    name: Anna\n    quote: ja\n", "quote must be true or false"),
    ("  - add: sources\n    anchor: p2-s1\n    name: Anna\n    kind: alien\n", "kind 'alien' is not known"),
    ("  - add: sources\n    words: \"zweiter\\nAbsatz\"\n    name: Anna\n", "words must be a single line"),
    ("  - drop: figures\n    anchor: [p1-s1]\n", "anchor must be text"),
])
def test_bad_override_values_are_refused_on_their_line(tmp_path: Path, item: str, message: str) -> None:
    assert message in refused(tmp_path, item).message


def test_good_values_still_apply(tmp_path: Path) -> None:
    facts = applied(tmp_path, "  - add: figures\n    anchor: p2-s1\n    value: -2.5\n    value_to: 1000000000000\n"
                              "    qualifier: about\n    unit: EUR\n    label: Spanne\n"
                              "  - add: timeline\n    anchor: p2-s1\n    date: 2019-03-05\n    precision: week\n"
                              "  - add: timeline\n    anchor: p2-s1\n    date: 2019\n    period: Q3\n"
                              "    precision: quarter\n"
                              "  - add: sources\n    words: zweiter Absatz\n    name: Anna Schmidt\n    quote: true\n")
    added = [f for f in facts.figures if f.label == "Spanne"][0]
    assert (added.value, added.value_to, added.qualifier) == (-2.5, 10**12, "about")
    dates = {(e.date, e.precision, e.period) for e in facts.timeline}
    assert {("2019-03-05", "week", None), ("2019", "quarter", "Q3")} <= dates
    anna = [s for s in facts.sources if s.name == "Anna Schmidt"][0]
    assert [q.text for q in anna.quotes] == ["zweiter Absatz"]
