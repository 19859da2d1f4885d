"""A per-seed cache of extracted facts that can hold data only, and only data this machine wrote.

The cache folder sits in the working tree (``.dossier-cache/``, ignored by git), so a pull request
can put files there. Two rules make that harmless:

* **Data, not code.** An entry is JSON, decoded field by field against the type hints of the
  dataclasses in :mod:`dossier.model`; nothing in it can name a class, a function or a module, so
  loading it can run nothing (``pickle`` could, and did).
* **Signed here.** Each entry carries an HMAC-SHA256 over its bytes and its cache key, made with a
  secret that lives outside the repository (in the user's cache folder, mode 0600). An entry that
  came with a clone or a pull request fails the check, is ignored and recomputed, so it cannot put
  invented quotes on the site either.

Any damaged, foreign, truncated or mistyped entry costs time, never correctness.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import hmac
import json
import math
import os
import secrets
import types
import typing
from pathlib import Path
from typing import Any

FORMAT = "dossier-cache-3"  # part of every key: a change of format never reads old entries
SUFFIX = ".json"
_SECRET_ENV = "DOSSIER_CACHE_SECRET_FILE"  # tests point this at a temporary file


class CacheEntryError(ValueError):
    """An entry that does not decode to the expected type: discarded and recomputed."""


# --- the secret ----------------------------------------------------------------------------------

def _secret_path() -> Path:
    configured = os.environ.get(_SECRET_ENV)
    if configured:
        return Path(configured)
    import platformdirs  # a dependency of MkDocs; imported late, only a cache miss or hit needs it

    return Path(platformdirs.user_cache_dir("dossier")) / "cache-secret"


def secret() -> bytes:
    """Make sure the signing key exists (before worker processes start and would race for it)."""
    return _secret()


@functools.cache
def _secret() -> bytes:
    """This machine's signing key. Without a writable home, a per-process key: the cache then only
    lives for one run, which costs time and nothing else."""
    path = _secret_path()
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except OSError:
        pass
    data = secrets.token_bytes(32)
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
        return path.read_bytes()  # whichever process won the race, everybody signs with it
    except OSError:
        try:
            temporary.unlink()  # a full disk must not leave it behind
        except OSError:
            pass
        return data


def _signature(key: str, body: bytes) -> str:
    return hmac.new(_secret(), key.encode() + b"\0" + body, hashlib.sha256).hexdigest()


# --- typed JSON codec ----------------------------------------------------------------------------
#
# Compact: a span of the seed (a sentence, a paragraph, a citation, a quote: a dataclass with
# ``start``, ``end`` and ``text``) whose text is exactly the seed's text at its offsets is written
# without its text, and decoded by slicing the document's text again. That is most of an entry's
# bytes, and most of the time a warm convert spent reading the cache.

def _root_text(value: Any) -> str | None:
    """The seed text that spans inside ``value`` point into: a Document's text, or a Facts' document's."""
    names = _field_names(type(value))
    if "text" in names and "paragraphs" in names:
        return value.text
    if "document" in names:
        return getattr(value.document, "text", None)
    return None


def encode(value: Any, root: str | None = None) -> Any:
    """A dataclass tree as JSON-able data. Private fields (``_by_anchor``) are rebuilt on decoding."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _field_names(type(value))
        root = _root_text(value) or root
        omit_text = (_is_span(names) and root is not None and isinstance(value.text, str)
                     and value.text == root[value.start:value.end])
        return {name: encode(getattr(value, name), root) for name in names if not (omit_text and name == "text")}
    if isinstance(value, (tuple, list)):
        return [encode(v, root) for v in value]
    if isinstance(value, dict):
        return {_key(k): encode(v, root) for k, v in value.items()}
    if isinstance(value, bool) or value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CacheEntryError("a number that is not finite")
        return value
    # YAML gives dates in sidecar overrides: tagged, so decoding can give them back as dates
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    raise CacheEntryError(f"cannot cache a {type(value).__name__}")


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise CacheEntryError("a mapping key that is not text")
    return key


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init and not f.name.startswith("_"))


def _is_span(names: tuple[str, ...]) -> bool:
    return "start" in names and "end" in names and "text" in names


def decode(expected: Any, data: Any) -> Any:
    """``data`` as an instance of ``expected``; CacheEntryError where it does not fit."""
    try:
        return _decoder(expected)(data, None)
    except (TypeError, IndexError, KeyError, AttributeError) as error:  # a shape no decoder foresaw
        raise CacheEntryError(f"{type(error).__name__}: {error}") from None


Decoder = typing.Callable[[Any, str | None], Any]


@functools.cache
def _decoder(expected: Any) -> Decoder:
    """A function that decodes data of type ``expected``, made once per type: a thousand cached
    seeds are decoded without looking at the type hints again for every value."""
    origin = typing.get_origin(expected)
    if expected is Any:
        return lambda data, root: _decode_plain(data)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(expected)
        if len(options) == 2 and type(None) in options:  # X | None, the common case
            decode_value = _decoder(next(o for o in options if o is not type(None)))
            return lambda data, root: None if data is None else decode_value(data, root)
        decoders = [_decoder(option) for option in options]

        def decode_union(data, root):
            for decode_option in decoders:
                try:
                    return decode_option(data, root)
                except CacheEntryError:
                    continue
            raise CacheEntryError(f"{data!r:.40} is none of {expected}")
        return decode_union
    if expected is type(None):
        def decode_none(data, root):
            if data is not None:
                raise CacheEntryError("expected null")
        return decode_none
    if origin in (tuple, list):
        decode_item = _decoder(typing.get_args(expected)[0])
        make = tuple if origin is tuple else list

        def decode_sequence(data, root):
            if not isinstance(data, list):
                raise CacheEntryError("expected a list")
            return make([decode_item(item, root) for item in data])
        return decode_sequence
    if origin is dict:
        key_type, value_type = typing.get_args(expected)
        decode_key, decode_value = _decoder(key_type), _decoder(value_type)

        def decode_mapping(data, root):
            if not isinstance(data, dict):
                raise CacheEntryError("expected a mapping")
            return {decode_key(k, root): decode_value(v, root) for k, v in data.items()}
        return decode_mapping
    if dataclasses.is_dataclass(expected):
        return _dataclass_decoder(expected)
    checks = {bool: (lambda d: isinstance(d, bool), "true or false"),
              int: (lambda d: isinstance(d, int) and not isinstance(d, bool), "an integer"),
              float: (lambda d: isinstance(d, float) and math.isfinite(d), "a finite number"),
              str: (lambda d: isinstance(d, str), "text")}
    if expected in checks:
        check, what = checks[expected]

        def decode_scalar(data, root):
            if not check(data):
                raise CacheEntryError(f"expected {what}")
            return data
        return decode_scalar
    raise CacheEntryError(f"no decoder for {expected}")


def _dataclass_decoder(cls: type) -> Decoder:
    names = _field_names(cls)
    allowed = frozenset(names)
    hints = _hints(cls)
    decoders = {name: _decoder(hints[name]) for name in names}
    span = _is_span(names)
    text_root = "text" in allowed and "paragraphs" in allowed  # a Document: its spans slice its text
    document_root = "document" in allowed  # a Facts: every span slices its document's text

    def decode_dataclass(data, root):
        if not isinstance(data, dict):
            raise CacheEntryError(f"expected a {cls.__name__}")
        if not allowed.issuperset(data):
            raise CacheEntryError(f"unknown fields in a {cls.__name__}: {sorted(set(data) - allowed)}")
        values = {}
        if text_root and "text" in data:
            root = values["text"] = decoders["text"](data["text"], root)
        if document_root and "document" in data:
            values["document"] = decoders["document"](data["document"], root)
            root = getattr(values["document"], "text", root)
        for name, value in data.items():
            if name not in values:
                values[name] = decoders[name](value, root)
        if span and "text" not in values:
            start, end = values.get("start"), values.get("end")
            if root is None or not isinstance(start, int) or not isinstance(end, int):
                raise CacheEntryError(f"a {cls.__name__} without its text")
            values["text"] = root[start:end]
        try:
            return cls(**values)
        except TypeError as error:  # a required field is missing
            raise CacheEntryError(str(error)) from None
    return decode_dataclass


def _decode_plain(data: Any) -> Any:
    """JSON data of an untyped field (an override's value): dates come back from their tags."""
    if isinstance(data, list):
        return [_decode_plain(v) for v in data]
    if isinstance(data, dict):
        if len(data) == 1 and ("$date" in data or "$datetime" in data):
            text = data.get("$date", data.get("$datetime"))
            try:
                return dt.date.fromisoformat(text) if "$date" in data else dt.datetime.fromisoformat(text)
            except (TypeError, ValueError):
                raise CacheEntryError("a date that is not a date") from None
        return {k: _decode_plain(v) for k, v in data.items()}
    if isinstance(data, float) and not math.isfinite(data):
        raise CacheEntryError("a number that is not finite")
    return data


def _refuse_constant(name: str) -> Any:
    raise CacheEntryError(f"{name} is not data Dossier writes")


# --- entries on disk -----------------------------------------------------------------------------

def entry_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"{key}{SUFFIX}"


def load(cache_dir: Path, key: str, expected: type) -> Any | None:
    """The cached value for ``key``, or None if there is none this machine signed, or it is damaged."""
    try:
        raw = entry_path(cache_dir, key).read_bytes()
    except OSError:
        return None
    signature, _, body = raw.partition(b"\n")
    try:
        if not hmac.compare_digest(signature.decode("ascii"), _signature(key, body)):
            return None
        data = json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
        return decode(expected, data)
    except (UnicodeDecodeError, ValueError, RecursionError):  # CacheEntryError is a ValueError
        return None


def store(cache_dir: Path, key: str, value: Any) -> None:
    """Write an entry atomically; a cache that cannot be written only costs time."""
    try:
        body = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False).encode("utf-8")
    except (CacheEntryError, ValueError, RecursionError):
        return
    path = entry_path(cache_dir, key)
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_signature(key, body).encode("ascii") + b"\n" + body)
        os.replace(temporary, path)
    except BaseException as error:  # disk full, read-only, Ctrl-C: no temporary stays behind
        try:
            temporary.unlink()
        except OSError:
            pass
        if not isinstance(error, OSError):
            raise
