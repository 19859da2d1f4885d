"""``seeds/`` to the generated files of ``docs/``: pure planning, then one safe write.

:func:`generate` reads every seed, extracts its facts, applies the editors' overrides and renders
the pages, the sentence index and the exports, returning ``{path: bytes}``. :func:`convert`
compares that with ``docs/`` (see :mod:`dossier.tree`) and writes it, or, with ``check=True``,
only reports what is stale.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DossierError, StaleError
from .exports import render_exports
from .extract import extract
from .index import dumps_index
from .model import Facts
from .overrides import apply_overrides
from .pages import Dossier, render_pages
from .seed import find_seeds, read_seed
from .segment import segment
from .tree import Changes, apply_changes, plan_changes, refuse_unsafe

INDEX_PATH = ".dossier/index.json"
ASSETS = {"assets/dossier.css": Path(__file__).with_name("assets") / "dossier.css"}


@dataclass
class Generated:
    files: dict[str, bytes]
    dossier: Dossier
    errors: list[DossierError] = field(default_factory=list)


def site_language(languages: list[str], configured: str | None = None) -> str:
    """The configured language, else the language of most seeds (German on a tie: the sample's)."""
    if configured in ("de", "en"):
        return configured
    counts = Counter(languages)
    if not counts:
        return "de"
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def read_facts(seeds_dir: Path, progress: Callable[[int, int], None] | None = None) -> list[Facts]:
    """Facts of every seed, sorted by key. Raises the first DossierError, naming the file."""
    paths = find_seeds(seeds_dir)
    facts: list[Facts] = []
    seen: dict[str, str] = {}
    for number, path in enumerate(paths, start=1):
        seed = read_seed(path)
        if seed.key in seen:
            raise DossierError(f"two seeds have the key {seed.key!r}: {seen[seed.key]} and {seed.path}",
                               path=seed.path, hint="give one of them another key: in its sidecar .yml")
        seen[seed.key] = seed.path
        document = segment(seed)
        facts.append(apply_overrides(extract(document)))
        if progress:
            progress(number, len(paths))
    return sorted(facts, key=lambda f: f.document.key)


def generate(seeds_dir: Path, *, language: str | None = None, site_title: str | None = None,
             progress: Callable[[int, int], None] | None = None) -> Generated:
    facts = read_facts(seeds_dir, progress)
    dossier = Dossier(tuple(facts), site_language([f.document.language for f in facts], language))
    files: dict[str, bytes] = {path: text.encode() for path, text in
                               render_pages(dossier, site_title).items()}
    files.update({path: data.encode() for path, data in render_exports(dossier).items()})
    files[INDEX_PATH] = dumps_index(dossier.documents, dossier.language).encode()
    files.update({path: source.read_bytes() for path, source in ASSETS.items()})
    return Generated(files, dossier)


@dataclass
class Report:
    changes: Changes
    generated: Generated


def convert(seeds_dir: Path, docs_dir: Path, *, check: bool = False, force: bool = False,
            atomic: bool = True, language: str | None = None, site_title: str | None = None,
            progress: Callable[[int, int], None] | None = None) -> Report:
    """Regenerate ``docs/`` from ``seeds/``; with ``check``, raise StaleError instead of writing."""
    generated = generate(seeds_dir, language=language, site_title=site_title, progress=progress)
    changes = plan_changes(docs_dir, generated.files)
    if check:
        stale = sorted(set(changes.write) | set(changes.delete) | set(changes.collisions))
        if stale:
            listed = "\n".join(f"    {docs_dir / p}" for p in stale[:20])
            more = f"\n    … and {len(stale) - 20} more" if len(stale) > 20 else ""
            raise StaleError(f"docs/ does not match seeds/; stale:\n{listed}{more}", path=str(docs_dir),
                             hint="run make docs (python scripts/convert.py) and commit the result")
        return Report(changes, generated)
    refuse_unsafe(changes, docs_dir, force=force)
    apply_changes(docs_dir, changes, atomic=atomic)
    return Report(changes, generated)
