"""Incremental converts (issue 13): whatever a warm convert reuses — cached facts, each seed's share of
the exports and of the index, the sentence splits of a seed's unchanged paragraphs, a worker that
extracts while the cache is read — it writes the bytes a cold convert with ``--jobs 1`` writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import snapshot

from dossier import cache, exports, segment
from dossier import convert as convert_module
from dossier.convert import SHARES_DIR, convert, default_cache_dir
from dossier.corpus import amend, generate_corpus, write_corpus


@pytest.fixture
def corpus(tmp_path):
    """Twelve generated seeds (German and English, some with a sidecar), converted once."""
    texts = generate_corpus(12)
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    write_corpus(texts, seeds)
    convert(seeds, docs)
    return texts, seeds, docs


def cold(seeds: Path, folder: Path) -> dict[str, bytes]:
    """What a convert from scratch writes: no cache, one process."""
    convert(seeds, folder, jobs=1, cache=False)
    return snapshot(folder)


def seed_names(texts: dict[str, str]) -> list[str]:
    return sorted(name for name in texts if name.endswith(".txt"))


def longest_paragraph(text: str) -> int:
    """The line (paragraph) with the most sentences."""
    lines = text.split("\n")
    return max(range(len(lines)), key=lambda i: lines[i].count(". "))


def test_a_run_of_edits_converts_to_the_bytes_of_a_cold_convert(corpus, tmp_path, monkeypatch):
    texts, seeds, docs = corpus
    names = seed_names(texts)
    # the worker that extracts while the cache is decoded, with a dozen seeds as with a thousand
    monkeypatch.setattr(convert_module, "OVERLAP_MIN_CACHED", 3)
    # 1. a sentence added inside a paragraph of several sentences
    lines = texts[names[3]].split("\n")
    number = longest_paragraph(texts[names[3]])
    lines[number] = lines[number].replace(". ", ". Das Gericht vertagte sich am Dienstag. ", 1)
    (seeds / names[3]).write_text("\n".join(lines), encoding="utf-8")
    convert(seeds, docs)
    assert snapshot(docs) == cold(seeds, tmp_path / "cold-1")
    # 2. a paragraph of one sentence added to another seed, and a third seed removed
    (seeds / names[5]).write_text(amend(texts[names[5]], number=7), encoding="utf-8")
    (seeds / names[8]).unlink()
    (seeds / names[8]).with_suffix(".yml").unlink(missing_ok=True)
    convert(seeds, docs)
    assert snapshot(docs) == cold(seeds, tmp_path / "cold-2")
    # 3. an override in a sidecar, and the removed seed back
    (seeds / names[8]).write_text(texts[names[8]], encoding="utf-8")
    sidecar = names[8].replace(".txt", ".yml")
    if sidecar in texts:
        (seeds / sidecar).write_text(texts[sidecar], encoding="utf-8")
    facts = {f["id"]: f for f in json.loads((docs / "exports" / "facts.json").read_text(encoding="utf-8"))}
    stem = next(Path(n).stem for n in names if facts.get(Path(n).stem, {}).get("figures"))
    anchor = facts[stem]["figures"][0]["cite"]["anchor"]
    (seeds / f"{stem}.yml").write_text(
        texts.get(f"{stem}.yml", "") + "overrides:\n  - fix: figures\n"
        f"    anchor: {anchor}\n    label: Von der Redaktion benannt\n", encoding="utf-8")
    convert(seeds, docs)
    assert "Von der Redaktion benannt" in (docs / "exports" / "figures.csv").read_text(encoding="utf-8")
    assert snapshot(docs) == cold(seeds, tmp_path / "cold-3")


def test_an_edited_seed_is_split_again_only_where_it_changed(corpus, monkeypatch):
    texts, seeds, docs = corpus
    name = seed_names(texts)[2]
    tokenized: list[str] = []
    real = segment._tokenizer

    class Counting:
        def __init__(self, language):
            self.tokenizer = real(language)

        def tokenize_text(self, paragraphs):
            tokenized.extend(paragraphs)
            return self.tokenizer.tokenize_text(paragraphs)

    monkeypatch.setattr(segment, "_tokenizer", Counting)
    # a new paragraph of one sentence: no paragraph needs SoMaJo, so its tokenizer is never made
    (seeds / name).write_text(amend(texts[name], number=11), encoding="utf-8")
    convert(seeds, docs, jobs=1)
    assert tokenized == []
    # a sentence added to a paragraph of several: that paragraph alone is tokenized again
    lines = (seeds / name).read_text(encoding="utf-8").split("\n")
    number = longest_paragraph("\n".join(lines))
    lines[number] = lines[number] + " Ein weiterer Satz folgt. Und noch einer."
    (seeds / name).write_text("\n".join(lines), encoding="utf-8")
    convert(seeds, docs, jobs=1)
    assert tokenized == [lines[number]]


def test_one_changed_seed_renders_only_its_share_of_the_exports_and_the_index(corpus, tmp_path, monkeypatch):
    texts, seeds, docs = corpus
    name = seed_names(texts)[6]
    rendered: list[str] = []
    real = exports.seed_exports
    monkeypatch.setattr(convert_module, "seed_exports",
                        lambda facts, language: rendered.append(facts.document.key) or real(facts, language))
    (seeds / name).write_text(amend(texts[name], number=5), encoding="utf-8")
    report = convert(seeds, docs)
    assert rendered == [Path(name).stem]
    assert {"exports/facts.json", "exports/timeline.csv", ".dossier/index.json"} <= set(report.changes.write)
    # the parts of the timeline, figures and sources that show nothing of it are not rendered either
    kept = [p for p in report.generated.reused if p.startswith(("timeline/", "figures/", "sources/"))]
    assert kept and not set(kept) & set(report.generated.files)
    assert snapshot(docs) == cold(seeds, tmp_path / "cold")


def test_a_forged_or_damaged_share_never_reaches_the_exports(corpus, tmp_path):
    texts, seeds, docs = corpus
    folder = default_cache_dir(seeds) / SHARES_DIR
    entries = sorted(folder.glob("*" + cache.SUFFIX))
    assert len(entries) == len(seed_names(texts))
    forged_line = json.dumps({"id": "erfunden", "title": "Erfunden, und nie gesagt."})
    for entry in entries:
        signature, _, body = entry.read_bytes().partition(b"\n")
        head, _, data = body.partition(b"\n")
        lengths = json.loads(head)
        texts_of_entry = []
        start = 0
        for length in lengths:
            texts_of_entry.append(data[start:start + length])
            start += length
        texts_of_entry[2] = forged_line.encode()  # facts.json's line (see SeedShare.parts)
        forged = json.dumps([len(t) for t in texts_of_entry]).encode() + b"\n" + b"".join(texts_of_entry)
        entry.write_bytes(signature + b"\n" + forged)  # the old signature: not this body's
    damaged = entries[0]
    body = b"[3, 4]\nabc"  # lengths that do not add up, signed as this machine signs
    damaged.write_bytes(cache._signature(damaged.stem, body).encode() + b"\n" + body)
    # a new site title renders every page again, and reads every share
    convert(seeds, docs, site_title="Neuer Titel")
    assert "Erfunden" not in (docs / "exports" / "facts.json").read_text(encoding="utf-8")
    convert(seeds, tmp_path / "cold", site_title="Neuer Titel", cache=False)
    assert snapshot(docs) == snapshot(tmp_path / "cold")
