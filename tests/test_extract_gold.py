"""The sample seed scores 1.00 on every line against the gold facts, through the real command line."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
SEED = ROOT / "seeds" / "000_309a6589a2c97f54.txt"


def load_score():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extracted() -> dict:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "extract.py"), str(SEED)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)[0]


def test_sample_scores_one_on_every_line():
    gold = json.loads((EVAL / "seed-gold.json").read_text(encoding="utf-8"))
    rows = load_score().score(gold, extracted())
    assert set(rows) == {"timeline", "figures", "sources", "quotes"}
    for name, (precision, recall, f1) in rows.items():
        assert (round(precision, 2), round(recall, 2), round(f1, 2)) == (1.0, 1.0, 1.0), name


def test_document_metadata_and_provenance():
    facts = extracted()
    assert (facts["id"], facts["language"], facts["byline"], facts["editors"], facts["outlet"],
            facts["dateline"], facts["published"]) == ("000_309a6589a2c97f54", "de", ["Kate Ryan"],
                                                       ["Katy Migiro"], "Thomson Reuters Foundation",
                                                       "NEW YORK", None)
    from dossier.seed import read_seed

    text = read_seed(SEED).text  # the seed with its sidecar's corrections, which is what is quoted
    cites = [f["cite"] for kind in ("timeline", "figures") for f in facts[kind]]
    cites += [q["cite"] for s in facts["sources"] for q in s["quotes"]]
    cites += [c for s in facts["sources"] for c in s["statements"]]
    assert len(cites) > 20
    for cite in cites:
        assert text[cite["start"]:cite["end"]] == cite["text"]
    for source in facts["sources"]:
        for quote in source["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
    names = {s["name"] for s in facts["sources"]}
    assert not names & {"Kate Ryan", "Katy Migiro", "Thomson Reuters Foundation"}


def test_extract_help_has_examples():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "extract.py"), "--help"],
                            capture_output=True, text=True, check=True)
    assert "examples:" in result.stdout and "exit codes:" in result.stdout
