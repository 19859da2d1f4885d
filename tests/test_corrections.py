"""Corrections of a seed's text (sidecar ``corrections:``): exact, validated, line-numbered (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import MetadataError, OverrideError
from dossier.seed import read_seed
from dossier.segment import segment

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
GARBLED, FIXED = "Backpage für Sex zu verkaufen.com", "Backpage.com für Sex zu verkaufen"


def sample_with(tmp_path: Path, sidecar: str) -> Path:
    seed = tmp_path / f"{KEY}.txt"
    seed.write_bytes((ROOT / "seeds" / f"{KEY}.txt").read_bytes())
    seed.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    return seed


def test_the_corrected_text_is_what_is_segmented(tmp_path):
    seed = read_seed(sample_with(tmp_path, f"corrections:\n  - find: {GARBLED}\n    replace: {FIXED}\n"))
    assert GARBLED not in seed.text and FIXED in seed.text
    (correction,) = seed.corrections
    assert seed.text[correction.start:correction.end] == FIXED and correction.original == GARBLED
    document = segment(seed)
    assert FIXED in document.sentence("p3-s1").text and document.corrections == seed.corrections
    assert document.sentence("p4-s1").text.startswith("Die Klage behauptet")  # later anchors unchanged


def test_offsets_after_a_longer_correction_point_into_the_corrected_text(tmp_path):
    sidecar = ("corrections:\n  - find: Fünfzig Frauen\n    replace: Fünfzig (50) Frauen\n"
               "  - find: Annie McAdams\n    replace: Annie McAdams (Anwältin)\n    note: ergänzt\n")
    seed = read_seed(sample_with(tmp_path, sidecar))
    assert [seed.text[c.start:c.end] for c in seed.corrections] == ["Fünfzig (50) Frauen", "Annie McAdams (Anwältin)"]
    assert seed.corrections[1].note == "ergänzt"


@pytest.mark.parametrize("sidecar, line, message, hint", [
    ("title: x\ncorrections:\n  - find: Backpage für Sex zu verkaufen.de\n    replace: y\n", 3,
     "the words “Backpage für Sex zu verkaufen.de” to correct are not in", f"the closest words are “{GARBLED}”"),
    ("corrections:\n  - find: Kate Ryan\n    replace: K. Ryan\n", 2,
     "occur 2 times", "give more of the words around them"),
    (f"corrections:\n  - find: {GARBLED}\n    replace: a\n  - find: Sex zu\n    replace: b\n", 4,
     "overlaps the correction of", "merge the two corrections"),
])
def test_a_correction_that_does_not_match_exactly_once_names_its_line(tmp_path, sidecar, line, message, hint):
    with pytest.raises(OverrideError) as caught:
        read_seed(sample_with(tmp_path, sidecar))
    error = caught.value
    assert error.line == line and message in error.message and hint in error.hint
    assert str(error).startswith(f"{tmp_path / KEY}.yml:{line}: ") or f".yml:{line}: " in str(error)


@pytest.mark.parametrize("sidecar, line, message", [
    ("corrections: Backpage\n", 1, "'corrections' must be a list"),
    ("corrections:\n  - find: x\n", 2, "needs both find: (the words as the seed has them) and replace:"),
    ("corrections:\n  - find: x\n    replace: y\n    grund: z\n", 2, "unknown field 'grund'"),
    ("corrections:\n  - find: \"a\\nb\"\n    replace: y\n", 2, "'find' of a correction must be a single line"),
    ("corrections:\n  - find: ''\n    replace: y\n", 2, "'find' of a correction is empty"),
])
def test_a_malformed_correction_is_refused_with_its_line(tmp_path, sidecar, line, message):
    with pytest.raises(MetadataError) as caught:
        read_seed(sample_with(tmp_path, sidecar))
    assert caught.value.line == line and message in caught.value.message
    assert "find:" in caught.value.hint


def test_the_sample_seed_ships_the_correction_of_its_garbled_lead():
    seed = read_seed(ROOT / "seeds" / f"{KEY}.txt")
    assert GARBLED in (ROOT / "seeds" / f"{KEY}.txt").read_text(encoding="utf-8")  # the seed stays as received
    assert GARBLED not in seed.text and [c.replacement for c in seed.corrections] == [FIXED]
