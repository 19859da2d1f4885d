"""Shared fixtures: the sample seed, segmented once, and a factory for small seeds written on the fly."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, settings

from dossier.seed import read_seed
from dossier.segment import Document, segment

# Property tests (tests/test_properties.py). `make test` and CI draw the same examples on every run
# (derandomized, and no example database that a fuzz run could have filled), so a green main stays
# green; `make fuzz` (--hypothesis-profile=fuzz, or HYPOTHESIS_PROFILE=fuzz) explores thousands of
# random ones, and whatever it finds becomes an @example there. No deadline: SoMaJo's first load
# and a loaded machine make timings meaningless.
_SLOW_IS_FINE = [HealthCheck.too_slow]
settings.register_profile("deterministic", max_examples=30, derandomize=True, database=None, deadline=None,
                          suppress_health_check=_SLOW_IS_FINE, print_blob=True)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "5000")), derandomize=False,
                          deadline=None, suppress_health_check=_SLOW_IS_FINE, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_KEY = "000_309a6589a2c97f54"
SAMPLE_PATH = ROOT / "seeds" / f"{SAMPLE_KEY}.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The sample seed shipped in ``seeds/``."""
    return SAMPLE_PATH


@pytest.fixture(scope="session")
def sample_document(sample_path: Path) -> Document:
    """The sample seed, read and segmented (once per test session: a Document is immutable)."""
    return segment(read_seed(sample_path))


@pytest.fixture
def make_document(tmp_path: Path) -> Callable[..., Document]:
    """A factory: ``make_document(text, **metadata)`` or ``make_document(folder, text, **metadata)``.

    It writes ``text`` as a seed (``str`` is written as UTF-8; ``bytes`` verbatim, for CRLF, BOM or
    UTF-16 cases) and, when metadata is given, a sidecar ``.yml`` with those fields. Then it returns
    ``segment(read_seed(path))``. ``stem=`` names the file (default: ``seed_1``, ``seed_2`` …), so
    several documents can share one folder.
    """
    counter = itertools.count(1)

    def make(*args: object, stem: str | None = None, **metadata: object) -> Document:
        if len(args) == 2 and isinstance(args[0], Path):
            folder, text = args
        elif len(args) == 1:
            folder, text = tmp_path, args[0]
        else:
            raise TypeError("make_document(text, **metadata) or make_document(folder, text, **metadata)")
        assert isinstance(text, str | bytes), "the seed text must be str or bytes"
        path = Path(folder) / f"{stem or f'seed_{next(counter)}'}.txt"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        if metadata:
            path.with_suffix(".yml").write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
        return segment(read_seed(path))

    return make


@pytest.fixture
def hook(monkeypatch):
    """hooks/citations.py, loaded as MkDocs loads it (a module of its own), for a build: the serve
    flag its on_startup sets is cleared."""
    import importlib.util

    monkeypatch.setenv("DOSSIER_MKDOCS_SERVE", "")
    spec = importlib.util.spec_from_file_location("dossier_hook_under_test", ROOT / "hooks" / "citations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
