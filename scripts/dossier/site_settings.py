"""The dossier's own title and introduction, set by the editor in ``mkdocs.yml``::

    extra:
      dossier:
        title: Salesforce und Backpage
        intro: >
          Fünfzig Frauen und Mädchen verklagen Salesforce. Dieses Dossier ordnet, was die Quellen sagen.

convert reads them from the ``mkdocs.yml`` next to ``docs/``; the home page then opens with them
instead of the generated "Overview" heading and sentence (the overview of articles, outlets and
dates still follows). Without them, or without ``mkdocs.yml``, the home page is generated as before.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import DossierError
from .seed import field_text_problem

CONFIG_FILE = "mkdocs.yml"
MAX_INTRO_LENGTH = 2000  # characters: a short introduction, not an article
_EXAMPLE = "extra:\n    dossier:\n      title: Salesforce und Backpage\n      intro: Worum es in diesem Dossier geht."
# Control characters other than tab and line breaks: invisible, and they break the front matter.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class SettingsError(DossierError):
    """``extra.dossier`` in mkdocs.yml is not valid."""

    exit_code = 2


@dataclass(frozen=True)
class HomeText:
    """What the editor set; None means "generate it"."""

    title: str | None = None
    intro: str | None = None  # paragraphs separated by blank lines, plain text


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags for MkDocs (!ENV, !!python/name:…); they are not ours to read."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def config_path(docs_dir: Path) -> Path:
    """The mkdocs.yml of a docs folder: MkDocs keeps it next to docs/."""
    return Path(docs_dir).absolute().parent / CONFIG_FILE


def read_home_text(path: Path) -> HomeText:
    """``extra.dossier.title`` and ``extra.dossier.intro`` of ``path``; empty when the file or the
    fields are missing. Raises SettingsError (file and line) when they are not text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return HomeText()
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"cannot read the site settings: {error}", path=str(path),
                            hint="save mkdocs.yml as UTF-8 text") from None
    try:
        node = yaml.compose(raw, Loader=_ConfigLoader)
        data = yaml.load(raw, Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SettingsError(f"invalid YAML: {getattr(error, 'problem', None) or error}", path=str(path),
                            line=mark.line + 1 if mark else None,
                            hint="check the indentation and quote values that contain ':' or '#'") from None
    extra = data.get("extra") if isinstance(data, dict) else None
    dossier = extra.get("dossier") if isinstance(extra, dict) else None
    if dossier is None:
        return HomeText()
    lines = _lines(node, ("extra", "dossier"))
    if not isinstance(dossier, dict):
        raise SettingsError("extra.dossier must be a mapping with title: and intro:", path=str(path),
                            line=lines.get(""), hint=_EXAMPLE)
    unknown = sorted(str(k) for k in dossier if k not in ("title", "intro"))
    if unknown:
        raise SettingsError(f"unknown field extra.dossier.{unknown[0]}", path=str(path),
                            line=lines.get(unknown[0]), hint="known fields: title, intro")
    return HomeText(_text(dossier, "title", path, lines), _text(dossier, "intro", path, lines))


def _text(fields: dict[str, Any], name: str, path: Path, lines: dict[str, int]) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SettingsError(f"extra.dossier.{name} must be text", path=str(path), line=lines.get(name),
                            hint=_EXAMPLE)
    value = unicodedata.normalize("NFC", value.strip())
    if not value:
        return None
    if name == "title":
        problem = field_text_problem(value)
    else:
        bad = _CONTROL.search(value)
        problem = (f"holds the invisible control character U+{ord(bad.group()):04X}" if bad
                   else f"is {len(value):,} characters long; at most {MAX_INTRO_LENGTH:,} are allowed"
                   if len(value) > MAX_INTRO_LENGTH else None)
    if problem:
        raise SettingsError(f"extra.dossier.{name} {problem}", path=str(path), line=lines.get(name),
                            hint="write plain visible text; quote it if it holds ':' or '#'")
    return value


def _lines(node: Any, keys: tuple[str, ...]) -> dict[str, int]:
    """Lines of the fields of the mapping at ``keys`` ("" is the mapping's own line)."""
    line = None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return {}
        found = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
        if found is None:
            return {}
        line, node = found[0].start_mark.line + 1, found[1]
    lines = {"": line} if line else {}
    if isinstance(node, yaml.MappingNode):
        lines.update({k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)})
    return lines


def intro_paragraphs(intro: str) -> list[str]:
    """The introduction's paragraphs: separated by blank lines; line breaks within one are spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", intro) if p.strip()]
