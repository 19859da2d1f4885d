"""Reading seeds: bytes on disk to verbatim text, plus the optional sidecar metadata.

Offsets everywhere in Dossier are offsets into the *normalised* text: line endings turned into
``\\n`` and the text in Unicode NFC. Nothing else is changed, so a quoted sentence is the seed's own.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import MetadataError, OverrideError, SeedError
from .lexicon import LANGUAGES  # a sidecar may name any language Dossier has a lexicon for

SEED_SUFFIX = ".txt"
METADATA_SUFFIX = ".yml"
# Also read: editors and tools write ".yaml" and capitals. A sidecar that is not read would silently
# drop its corrections, so every spelling is either read or refused (see sidecar_path).
METADATA_SUFFIXES = (".yml", ".yaml")
_METADATA_SPELLINGS = (".yml", ".yaml", ".YML", ".YAML", ".Yml", ".Yaml")
KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
METADATA_FIELDS = ("title", "published", "outlet", "url", "language", "key", "byline", "rights", "overrides",
                   "corrections")
CORRECTION_FIELDS = ("find", "replace", "note")
# Control characters other than tab and newline mean the file is not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# C1 controls (U+0080-U+009F) in decoded text are Windows-1252 bytes read as Latin-1: "„" became
# U+0084. They are invisible, and YAML refuses them (MkDocs then drops a page's front matter). NEL
# (U+0085) is a line break in some texts and harmless, so it stays.
_C1_CONTROL = re.compile(r"[\x80-\x84\x86-\x9f]")
# In a one-line field: every control character, and the characters that break a line.
_FIELD_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
MAX_FIELD_LENGTH = 500  # characters of one sidecar text field: a title, a name, a label
MAX_URL_LENGTH = 2000
# Years a publication date may have: "am Montag" is resolved against it, and a year like 9999 is a
# typing error that would overflow the calendar.
PUBLISHED_YEARS = range(1000, 3000)
# Digits of an integer in a sidecar: a figure has at most 18; Python refuses to read more than 4,300.
MAX_NUMBER_DIGITS = 30
_SAVE_AS_UTF8 = "save the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt)"


@dataclass(frozen=True)
class CorrectionRequest:
    """One item of the sidecar's ``corrections:``: replace these exact words of the seed."""

    find: str
    replace: str
    note: str | None = None
    line: int | None = None  # of the item in the sidecar, for error messages


@dataclass(frozen=True)
class TextCorrection:
    """A correction as applied: ``text[start:end]`` of the corrected text was ``original`` in the seed."""

    start: int
    end: int
    original: str
    replacement: str
    note: str | None = None


@dataclass(frozen=True)
class SeedMetadata:
    """What the sidecar ``seeds/<stem>.yml`` says; ``None`` means "detect it from the text"."""

    key: str
    title: str | None = None
    published: str | None = None  # ISO date, as precise as known: 2019, 2019-03 or 2019-03-25
    outlet: str | None = None
    url: str | None = None
    rights: str | None = None  # one line: who holds the rights to the reprinted article, under what licence
    language: str | None = None
    byline: tuple[str, ...] | None = None
    overrides: tuple[dict[str, Any], ...] = ()
    corrections: tuple[CorrectionRequest, ...] = ()  # of the seed's text, applied by read_seed
    path: str | None = None  # the sidecar file, for error messages
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # field -> line in sidecar


@dataclass(frozen=True)
class Seed:
    """A seed as read from disk: its key, its normalised text and its metadata."""

    key: str
    path: str
    text: str  # with the sidecar's corrections applied: the text that is segmented and quoted
    metadata: SeedMetadata
    corrections: tuple[TextCorrection, ...] = ()


def decode_seed(data: bytes, path: str) -> str:
    """Decode a seed's bytes: UTF-8 with or without BOM, or UTF-16 with a BOM.

    Anything else is refused with the line of the first byte that is not UTF-8, rather than
    guessed: a wrong guess would put misspelt quotes on a published page.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        raise SeedError("the file is UTF-32, which Dossier does not read", path=path, line=1, hint=_SAVE_AS_UTF8)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise SeedError("the file starts with a UTF-16 mark but is not valid UTF-16",
                            path=path, hint=_SAVE_AS_UTF8) from error
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = _line_of_byte(data, error.start)
            raise SeedError(f"byte 0x{data[error.start]:02x} is not UTF-8 text",
                            path=path, line=line, hint=_SAVE_AS_UTF8) from error
    return normalise_text(text, path)


def _line_of_byte(data: bytes, offset: int) -> int:
    """The line of byte ``offset``, counting CRLF, LF and a lone CR as one line break each."""
    before = data[:offset]
    return before.count(b"\n") + before.replace(b"\r\n", b"\n").count(b"\r") + 1


def normalise_text(text: str, path: str = "<text>") -> str:
    """Turn CRLF and CR into LF and compose to NFC; refuse binary content."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        name = "a NUL byte" if bad.group() == "\x00" else f"control character U+{ord(bad.group()):04X}"
        raise SeedError(f"{name} in the text: this looks like a binary file, not an article",
                        path=path, line=line,
                        hint="seeds must be plain text; export the article as .txt in UTF-8")
    bad = _C1_CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise SeedError(f"invisible control character U+{ord(bad.group()):04X} in the text",
                        path=path, line=line,
                        hint="the text was probably converted from Windows-1252 as if it were Latin-1 "
                             "(„ becomes U+0084); copy it again from the original, or delete the character")
    return unicodedata.normalize("NFC", text)


def field_text_problem(value: str, max_length: int = MAX_FIELD_LENGTH) -> str | None:
    """Why ``value`` cannot be a one-line text field (a title, a name, a label), or None.

    A line break would push Markdown structure into a heading, a list or a footnote; a control
    character is invisible and breaks YAML front matter.
    """
    bad = _FIELD_CONTROL.search(value)
    if bad:
        if bad.group() in _LINE_BREAKS:
            return "must be a single line of text"
        return f"holds the invisible control character U+{ord(bad.group()):04X}"
    if not value.strip():
        return "is empty"
    if len(value) > max_length:
        return f"is {len(value):,} characters long; at most {max_length:,} are allowed"
    return None


def read_seed(path: Path) -> Seed:
    """Read ``path`` and its sidecar ``<stem>.yml`` if there is one."""
    shown = _shown(path)
    if not KEY_PATTERN.match(path.stem):
        raise SeedError(f"the file name {path.name!r} cannot be used as a page name",
                        path=shown,
                        hint="use letters, digits, '-' and '_' only, e.g. 2019-03-salesforce.txt")
    refuse_special_file(path, shown, SeedError)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SeedError(f"cannot read the file ({error.strerror})", path=shown) from error
    text = decode_seed(data, shown)
    if not text.strip():
        raise SeedError("the file is empty", path=shown,
                        hint="paste the article's text into it, one paragraph per line, or delete it")
    metadata = read_metadata(sidecar_path(path), default_key=path.stem)
    text, corrections = apply_corrections(text, metadata, shown)
    return Seed(key=metadata.key, path=shown, text=text, metadata=metadata, corrections=corrections)


def apply_corrections(text: str, metadata: SeedMetadata, seed_path: str = "<seed>"
                      ) -> tuple[str, tuple[TextCorrection, ...]]:
    """The seed's text with the sidecar's ``corrections:`` applied, and where each one now stands.

    Each ``find`` must occur exactly once in the seed as written (white space and all), so that a
    correction can never land on other words after the seed changes; corrections may not overlap.
    """
    found: list[tuple[int, int, CorrectionRequest]] = []
    for request in metadata.corrections:
        def fail(message: str, hint: str, line: int | None = request.line) -> OverrideError:
            return OverrideError(message, path=metadata.path, line=line, hint=hint)

        starts = [m.start() for m in re.finditer(re.escape(request.find), text)]
        if not starts:
            close = difflib.get_close_matches(request.find, _windows(text, len(request.find)), n=1, cutoff=0.6)
            raise fail(f"the words “{request.find}” to correct are not in {seed_path}",
                       f"the closest words are “{close[0]}”; copy them exactly from the seed" if close
                       else "copy the words exactly from the seed, with their punctuation")
        if len(starts) > 1:
            lines = ", ".join(str(text.count("\n", 0, s) + 1) for s in starts[:5])
            raise fail(f"the words “{request.find}” to correct occur {len(starts)} times in {seed_path} "
                       f"(lines {lines})", "give more of the words around them, so that they occur once")
        start = starts[0]
        for other_start, other_end, other in found:
            if start < other_end and other_start < start + len(request.find):
                raise fail(f"the correction of “{request.find}” overlaps the correction of “{other.find}” "
                           f"(line {other.line})", "merge the two corrections into one")
        found.append((start, start + len(request.find), request))
    if not found:
        return text, ()
    pieces, corrections, position, shift = [], [], 0, 0
    for start, end, request in sorted(found, key=lambda item: item[0]):
        pieces += [text[position:start], request.replace]
        corrections.append(TextCorrection(start + shift, start + shift + len(request.replace), request.find,
                                          request.replace, request.note))
        shift += len(request.replace) - (end - start)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), tuple(corrections)


def _windows(text: str, size: int) -> list[str]:
    """Runs of about ``size`` characters from the start of a word to the end of one, for the hint."""
    runs = []
    for match in itertools.islice(re.finditer(r"(?<!\w)\w", text), 20_000):
        end = match.start() + size
        while end < len(text) and not text[end].isspace():
            end += 1
        runs.append(text[match.start():end].split("\n")[0].rstrip(",;:"))
    return runs


def sidecar_path(seed: Path) -> Path:
    """The seed's sidecar: ``<stem>.yml``, or ``.yaml``, ``.YML`` … if that is the one there.

    Two of them (``a.yml`` and ``a.yaml``) are refused: which one wins must never be a surprise.
    Without any, the ``.yml`` path (which does not exist) is returned. Other spellings such as
    ``.yMl`` are refused by :func:`find_orphan_sidecars`.
    """
    found: dict[tuple[int, int], Path] = {}
    for suffix in _METADATA_SPELLINGS:
        candidate = seed.with_suffix(suffix)
        try:
            status = candidate.lstat()  # a dangling link counts: it is refused when read
        except OSError:
            continue
        # On a case-insensitive disk "a.YML" is "a.yml": one file, found under several spellings.
        found.setdefault((status.st_dev, status.st_ino), candidate)
    if len(found) > 1:
        names = sorted(p.name for p in found.values())
        raise MetadataError(f"{seed.name} has {len(names)} metadata files: {', '.join(names)}",
                            path=_shown(sorted(found.values())[0]),
                            hint="merge them into one file named " + seed.with_suffix(METADATA_SUFFIX).name)
    return next(iter(found.values()), seed.with_suffix(METADATA_SUFFIX))


def refuse_special_file(path: Path, shown: str, error: type[SeedError] | type[MetadataError]) -> None:
    """A seed or sidecar must be a regular file inside its folder: a link to ``/etc/passwd`` would
    publish it, and a FIFO or ``/dev/zero`` would hang the conversion."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(path.parent.resolve()):
            raise error(f"the file is a link to {str(target)!r}, outside {path.parent.name}/", path=shown,
                        hint="copy the article into the folder instead of linking to it")
    if path.exists() and not path.is_file():
        raise error("not a regular file", path=shown, hint="a seed is a plain .txt file, its metadata a .yml file")


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses duplicate keys instead of silently keeping the last."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a field name must be a word such as 'title', not a list or a mapping",
                key_node.start_mark) from None
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key]})", key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


def _construct_timestamp(loader: _UniqueKeyLoader, node: yaml.ScalarNode):
    """A YAML date such as 2019-02-30 that is not a real day: an error on its line, not a ValueError."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a date ({error})", node.start_mark) from None


def _construct_int(loader: _UniqueKeyLoader, node: yaml.ScalarNode):
    """An integer of thousands of digits: an error on its line, not Python's ValueError (or a long wait)."""
    digits = sum(ch.isalnum() for ch in node.value)  # 0x… counts too: str() of it would fail later
    if digits > MAX_NUMBER_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, f"a number of {digits:,} digits is too long", node.start_mark)
    return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
# A sidecar is a flat list of fields and a few corrections: deeper nesting is a mistake or an attack
# (PyYAML's composer is recursive, so a few thousand '[' would raise RecursionError).
MAX_METADATA_DEPTH = 20
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")}


def _check_events(raw_text: str, path: str) -> None:
    """Refuse what a sidecar never needs: anchors and aliases (a "billion laughs" bomb), explicit
    tags (``!!python/object``) and deep nesting. Runs on parser events, before anything is built."""
    depth = 0
    for event in yaml.parse(raw_text, Loader=_UniqueKeyLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise MetadataError("anchors and aliases ('&name', '*name') are not allowed in metadata",
                                path=path, line=line, hint="write each value out in full")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _PLAIN_TAGS:
            raise MetadataError(f"the YAML tag {tag!r} is not allowed in metadata", path=path, line=line,
                                hint="remove the '!!…' tag and write a plain value")
        if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            depth += 1
            if depth > MAX_METADATA_DEPTH:
                raise MetadataError(f"the metadata is nested more than {MAX_METADATA_DEPTH} levels deep",
                                    path=path, line=line, hint="a sidecar holds simple fields; see CONTRIBUTING.md")
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            depth -= 1


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_metadata(path: Path, *, default_key: str) -> SeedMetadata:
    """Read and validate a sidecar file; a missing file means "detect everything"."""
    if not path.exists() and not path.is_symlink():
        return SeedMetadata(key=default_key)
    shown = _shown(path)
    refuse_special_file(path, shown, MetadataError)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise MetadataError(f"cannot read the metadata file ({error.strerror})", path=shown) from error
    try:
        raw_text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MetadataError(f"byte 0x{data[error.start]:02x} is not UTF-8 text", path=shown,
                            line=_line_of_byte(data, error.start), hint=_SAVE_AS_UTF8) from error
    return parse_metadata(raw_text, path=shown, default_key=default_key)


def parse_metadata(raw_text: str, *, path: str, default_key: str) -> SeedMetadata:
    """Validate sidecar YAML text. Unknown fields are refused with the closest known name."""
    try:
        _check_events(raw_text, path)
        node = yaml.compose(raw_text, Loader=_UniqueKeyLoader)
        data = yaml.load(raw_text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else None
        if isinstance(error, yaml.reader.ReaderError):  # a character YAML does not allow, e.g. NUL
            line = raw_text.count("\n", 0, error.position) + 1
            problem = f"character U+{error.character:04X} is not allowed" if isinstance(error.character, int) \
                else str(error.reason)
        else:
            problem = getattr(error, "problem", None) or str(error)
        message, hint = f"invalid YAML: {problem}", "check the indentation and quote values that contain ':' or '#'"
        if isinstance(error, yaml.constructor.ConstructorError):
            message = problem
            hint = ("write each field once" if "duplicate key" in problem
                    else "write it as YYYY-MM-DD, e.g. published: 2019-03-27" if "not a date" in problem
                    else f"write a number of at most {MAX_NUMBER_DIGITS} digits, or put text in quotes"
                    if "digits is too long" in problem
                    else "write plain values: text, a date, or a list of names")
        raise MetadataError(message, path=path, line=line, hint=hint) from None
    if data is None:
        return SeedMetadata(key=default_key, path=path)
    if not isinstance(data, dict):
        raise MetadataError("the metadata must be a mapping of fields such as 'title: …'",
                            path=path, line=1, hint=f"known fields: {', '.join(METADATA_FIELDS)}")
    lines = {}
    if isinstance(node, yaml.MappingNode):
        lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    for name in data:
        if name not in METADATA_FIELDS:
            close = difflib.get_close_matches(str(name), METADATA_FIELDS, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known fields: {', '.join(METADATA_FIELDS)}"
            raise MetadataError(f"unknown field {name!r}", path=path, line=lines.get(name), hint=hint)

    def text_field(name: str, max_length: int = MAX_FIELD_LENGTH) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise MetadataError(f"{name!r} must be text", path=path, line=lines.get(name),
                                hint=f'write one line of text, e.g. {name}: "…"')
        value = str(value).strip()
        if not value:  # "title: ''" means the same as no title: detect it from the text
            return None
        problem = field_text_problem(value, max_length)
        if problem:
            raise MetadataError(f"{name!r} {problem}", path=path, line=lines.get(name),
                                hint="write one line of visible text; quote it if it holds ':' or '#'")
        return unicodedata.normalize("NFC", value)

    key = text_field("key") or default_key
    if not KEY_PATTERN.match(key):
        raise MetadataError(f"key {key!r} cannot be used in a citation or a page name", path=path,
                            line=lines.get("key"), hint="use letters, digits, '-' and '_' only")
    language = text_field("language")
    if language is not None:
        language = language.lower()
        if language not in LANGUAGES:
            raise MetadataError(f"language {language!r} is not supported", path=path,
                                line=lines.get("language"), hint=f"use {' or '.join(map(repr, LANGUAGES))}")
    url = text_field("url", MAX_URL_LENGTH)
    if url is not None and not re.match(r"^https?://[^\s<>\"']+$", url):
        raise MetadataError(f"url {url!r} is not a web address", path=path, line=lines.get("url"),
                            hint="write the full address, starting with https://")
    byline = data.get("byline")
    if byline is not None:
        if isinstance(byline, str):
            byline = [byline]
        if not isinstance(byline, list) or not all(isinstance(b, str) and b.strip() for b in byline):
            raise MetadataError("'byline' must be a name or a list of names", path=path,
                                line=lines.get("byline"), hint="byline: [Kate Ryan, Ellen Wulfhorst]")
        for name in byline:
            problem = field_text_problem(name.strip())
            if problem:
                raise MetadataError(f"the byline name {name.strip()[:40]!r} {problem}", path=path,
                                    line=lines.get("byline"), hint="byline: [Kate Ryan, Ellen Wulfhorst]")
        byline = tuple(unicodedata.normalize("NFC", b.strip()) for b in byline)
    overrides = data.get("overrides") or []
    if not isinstance(overrides, list) or not all(isinstance(o, dict) for o in overrides):
        raise MetadataError("'overrides' must be a list of corrections, each starting with '- '",
                            path=path, line=lines.get("overrides"),
                            hint="see 'Corrections' in CONTRIBUTING.md")
    corrections = _parse_corrections(data.get("corrections"), node, path, lines.get("corrections"))
    return SeedMetadata(
        key=key,
        title=text_field("title"),
        published=_parse_published(data.get("published"), path, lines.get("published")),
        outlet=text_field("outlet"),
        url=url,
        rights=text_field("rights"),
        language=language,
        byline=byline,
        overrides=tuple(overrides),
        corrections=corrections,
        path=path,
        lines=lines,
    )


_CORRECTION_EXAMPLE = ('corrections:\n    - find: "Backpage für Sex zu verkaufen.com"\n'
                       '      replace: "Backpage.com für Sex zu verkaufen"\n'
                       '      note: Übersetzungsfehler')


def _parse_corrections(value: Any, node: Any, path: str, line: int | None) -> tuple[CorrectionRequest, ...]:
    """The ``corrections:`` list, checked for shape; each item keeps its line for later errors."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise MetadataError("'corrections' must be a list of corrections, each starting with '- find:'",
                            path=path, line=line, hint=_CORRECTION_EXAMPLE)
    item_lines: list[int | None] = [None] * len(value)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if getattr(key_node, "value", None) == "corrections" and isinstance(value_node, yaml.SequenceNode):
                item_lines = [item.start_mark.line + 1 for item in value_node.value]
    requests = []
    for item, item_line in zip(value, item_lines, strict=True):
        def fail(message: str, item_line: int | None = item_line) -> MetadataError:
            return MetadataError(message, path=path, line=item_line or line, hint=_CORRECTION_EXAMPLE)

        if not isinstance(item, dict):
            raise fail("each correction is a mapping with find: and replace:")
        unknown = [str(k) for k in item if k not in CORRECTION_FIELDS]
        if unknown:
            close = difflib.get_close_matches(unknown[0], CORRECTION_FIELDS, n=1)
            raise fail(f"unknown field {unknown[0]!r} in a correction"
                       + (f" (did you mean {close[0]!r}?)" if close else ""))
        if "find" not in item or "replace" not in item:
            raise fail("a correction needs both find: (the words as the seed has them) and replace:")
        fields = {}
        for name in CORRECTION_FIELDS:
            raw = item.get(name)
            if raw is None and name != "find":
                fields[name] = "" if name == "replace" else None
                continue
            if not isinstance(raw, str | int | float) or isinstance(raw, bool):
                raise fail(f"{name!r} of a correction must be text")
            text = unicodedata.normalize("NFC", str(raw))
            problem = field_text_problem(text) if text.strip() or name == "find" else None
            if problem:
                raise fail(f"{name!r} of a correction {problem}")
            fields[name] = text if name != "note" else text.strip()
        requests.append(CorrectionRequest(fields["find"], fields["replace"], fields["note"] or None, item_line))
    return tuple(requests)


def _parse_published(value: Any, path: str, line: int | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    if iso_date_problem(text) is None:
        year = int(text[:4])
        if year in PUBLISHED_YEARS:
            return text
        raise MetadataError(f"published {text!r} is not a plausible date of publication", path=path, line=line,
                            hint=f"write it as YYYY-MM-DD, in the years {PUBLISHED_YEARS.start} to "
                                 f"{PUBLISHED_YEARS.stop - 1}, e.g. published: 2019-03-27")
    raise MetadataError(f"published {text[:40]!r} is not a date", path=path, line=line,
                        hint="write it as YYYY-MM-DD, e.g. published: 2019-03-27")


def iso_date_problem(text: str) -> str | None:
    """Why ``text`` is not an ISO date (2019, 2019-03 or 2019-03-27) of the calendar, or None."""
    match = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", text)  # ASCII digits, not "٢٠١٩"
    if not match:
        return "is not an ISO date"
    if int(match[1]) < dt.MINYEAR:
        return "is in year 0, which the calendar does not have"
    try:
        dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return "is not a day of the calendar" if match[3] else "is not a month of the calendar"
    return None


def find_seeds(seeds_dir: Path) -> list[Path]:
    """The seed files in ``seeds_dir``, sorted by name so output order never depends on the disk."""
    if not seeds_dir.is_dir():
        return []
    # ".TXT" too: newsroom exports and Windows tools write the suffix in capitals.
    return sorted(p for p in seeds_dir.iterdir() if p.suffix.lower() == SEED_SUFFIX and p.is_file())


def find_orphan_sidecars(seeds_dir: Path, seeds: list[Path]) -> list[Path]:
    """Sidecar files with no seed beside them: usually a renamed seed, whose metadata would be lost."""
    stems = {p.stem for p in seeds}
    if not seeds_dir.is_dir():
        return []
    sidecars = [p for p in seeds_dir.iterdir() if p.suffix.lower() in METADATA_SUFFIXES and not p.name.startswith(".")]
    for path in sidecars:
        if path.stem in stems and path.suffix not in _METADATA_SPELLINGS:
            raise MetadataError(f"the metadata file {path.name} is not read: its suffix is spelt {path.suffix!r}",
                                path=_shown(path), hint=f"rename it to {path.stem}{METADATA_SUFFIX}")
    return sorted(p for p in sidecars if p.stem not in stems)
