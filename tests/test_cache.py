"""The extraction cache is untrusted input: a pull request can put files into .dossier-cache/.

Nothing in it may run code (a planted pickle ran as root before) or put facts on the site that the
seed does not hold; a damaged or foreign entry is ignored and recomputed.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import shutil
from pathlib import Path

import pytest

from dossier import cache
from dossier.convert import _extract_cached, convert
from dossier.model import Facts

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
SAMPLE = ROOT / "seeds" / f"{KEY}.txt"


class _Payload:
    """Unpickling this writes a file: proof that code ran."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "pwned"))


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SAMPLE, folder)
    return folder


def _only_entry(cache_dir: Path) -> Path:
    entries = sorted(cache_dir.glob("*" + cache.SUFFIX))
    assert len(entries) == 1, entries
    return entries[0]


def test_a_planted_pickle_under_any_name_runs_nothing(seeds, tmp_path):
    cache_dir = seeds.parent / ".dossier-cache"
    convert(seeds, tmp_path / "docs")
    entry = _only_entry(cache_dir)
    marker = tmp_path / "marker"
    payload = pickle.dumps(_Payload(marker))
    # the attacker knows the key (every input is public): the payload goes under the real name,
    # under the old .pickle name, and beside it
    entry.write_bytes(payload)
    entry.with_suffix(".pickle").write_bytes(payload)
    (cache_dir / "x.pickle").write_bytes(payload)
    before = (tmp_path / "docs" / "articles" / f"{KEY}.md").read_bytes()
    convert(seeds, tmp_path / "docs", check=True)
    convert(seeds, tmp_path / "docs")
    assert not marker.exists()
    assert (tmp_path / "docs" / "articles" / f"{KEY}.md").read_bytes() == before


def test_a_forged_entry_without_this_machines_signature_is_ignored(seeds, tmp_path):
    cache_dir = seeds.parent / ".dossier-cache"
    good = _extract_cached(seeds / f"{KEY}.txt", cache_dir)
    entry = _only_entry(cache_dir)
    signature, _, body = entry.read_bytes().partition(b"\n")
    data = json.loads(body)
    data["sources"][0]["quotes"][0]["text"] = "Erfunden, und nie gesagt."
    forged = json.dumps(data).encode()
    for planted in (b"0" * 64 + b"\n" + forged, signature + b"\n" + forged, forged):
        entry.write_bytes(planted)
        facts = _extract_cached(seeds / f"{KEY}.txt", cache_dir)
        assert facts == good
        assert "Erfunden" not in json.dumps(facts.to_json(), ensure_ascii=False)


def test_entries_of_the_wrong_shape_are_recomputed(seeds):
    cache_dir = seeds.parent / ".dossier-cache"
    good = _extract_cached(seeds / f"{KEY}.txt", cache_dir)
    entry = _only_entry(cache_dir)
    for data in ({"document": 1}, [], {"__class__": "os.system"}, None):
        body = json.dumps(data).encode()
        # even correctly signed (as by an older version of the code), a wrong shape is refused
        entry.write_bytes(cache._signature(entry.stem, body).encode() + b"\n" + body)
        assert cache.load(cache_dir, entry.stem, Facts) is None
        assert _extract_cached(seeds / f"{KEY}.txt", cache_dir) == good


def test_an_entry_round_trips_overrides_with_dates(seeds, tmp_path):
    (seeds / f"{KEY}.yml").write_text(
        "overrides:\n  - fix: timeline\n    anchor: p4-s1\n    date: 2018-04-06\n    precision: day\n",
        encoding="utf-8")
    cache_dir = seeds.parent / ".dossier-cache"
    first = _extract_cached(seeds / f"{KEY}.txt", cache_dir)
    second = _extract_cached(seeds / f"{KEY}.txt", cache_dir)
    assert second == first
    assert second.document.metadata.overrides[0]["date"] == dt.date(2018, 4, 6)
    assert len(list(cache_dir.iterdir())) == 1  # no temporary file left behind


def test_the_cache_folder_is_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".dossier-cache/" in ignored


def test_a_signed_entry_with_one_value_of_the_wrong_type_is_recomputed(seeds):
    """msgspec checks every value against the fact types, however deep: a sentence's offset given as
    text, a number beyond what a float holds, or a field no fact type has, and the entry is refused."""
    cache_dir = seeds.parent / ".dossier-cache"
    good = _extract_cached(seeds / f"{KEY}.txt", cache_dir)
    entry = _only_entry(cache_dir)
    data = json.loads(entry.read_bytes().partition(b"\n")[2])
    sentence = data["document"]["paragraphs"][2]["sentences"][0]
    figure = data["figures"][0]
    for field, holder, value in (("start", sentence, str(sentence["start"])), ("value", figure, "1e999"),
                                 ("cite", figure, {"__reduce__": "os.system"})):
        original = holder[field]
        holder[field] = value
        body = json.dumps(data, ensure_ascii=False).replace('"1e999"', "1e999").encode()
        entry.write_bytes(cache._signature(entry.stem, body).encode() + b"\n" + body)
        assert cache.load(cache_dir, entry.stem, Facts) is None, field
        holder[field] = original
    assert _extract_cached(seeds / f"{KEY}.txt", cache_dir) == good
    # and the good entry, as written, decodes to the same facts, sentence index included
    decoded = cache.load(cache_dir, entry.stem, Facts)
    assert decoded == good and decoded.document.sentence("p3-s1") == good.document.sentence("p3-s1")


def test_the_facts_cache_is_keyed_by_the_code_that_makes_facts_only():
    """Editing the pages or the hook renders again but does not extract every seed again; editing
    anything facts are made by (a lexicon, the speakers' grammar) does."""
    from dossier.convert import facts_modules

    names = {p.relative_to(p.parent.parent).as_posix() if p.parent.name == "lexicon" else p.name
             for p in facts_modules()}
    assert {"extract.py", "segment.py", "speakers.py", "quotes.py", "timeline.py", "figures.py", "numbers.py",
            "lexicon/de.py", "lexicon/en.py", "lexicon/__init__.py", "cache.py", "model.py"} <= names
    assert not names & {"pages.py", "citations.py", "exports.py", "convert.py", "preview.py", "tree.py"}


def test_entries_no_convert_has_used_for_two_weeks_are_deleted(seeds, tmp_path):
    import os
    import time

    from dossier.convert import SHARES_DIR

    sample = next(seeds.glob("*.txt"))
    (seeds / "zweiter.txt").write_text(sample.read_text(encoding="utf-8") + "\nEin Absatz mehr.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    convert(seeds, docs)
    cache_dir = seeds.parent / ".dossier-cache"
    folders = (cache_dir, cache_dir / SHARES_DIR)
    before = {folder: {p.name for p in folder.glob("*.json")} for folder in folders}
    assert all(len(names) == 2 for names in before.values())
    month_ago = time.time() - 30 * 24 * 3600
    for folder in folders:
        for path in folder.glob("*.json"):
            os.utime(path, (month_ago, month_ago))
    planted = {"a" * 64 + ".json": month_ago, "b" * 64 + ".json": time.time(), "c" * 64 + ".json.tmp-4242": month_ago}
    for name, when in planted.items():
        (cache_dir / name).write_text("{}", encoding="utf-8")
        os.utime(cache_dir / name, (when, when))
    sample.write_text(sample.read_text(encoding="utf-8") + "\nEin neuer Absatz am Ende.\n", encoding="utf-8")
    convert(seeds, docs)  # a convert that writes prunes: the old version of the edited seed goes
    after = {folder: {p.name for p in folder.glob("*.json")} for folder in folders}
    for folder in folders:
        assert len(before[folder] & after[folder]) == 1  # the unchanged seed's, a month old but in use
        assert len(after[folder] - before[folder] - set(planted)) == 1  # the edited seed's new entry
    names = {p.name for p in cache_dir.iterdir()}
    assert "b" * 64 + ".json" in names  # written recently: another branch's, say
    assert "a" * 64 + ".json" not in names and "c" * 64 + ".json.tmp-4242" not in names
