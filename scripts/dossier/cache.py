"""A per-seed cache of extracted facts that can hold data only, and only data this machine wrote.

The cache folder sits in the working tree (``.dossier-cache/``, ignored by git), so a pull request
can put files there. Two rules make that harmless:

* **Data, not code.** An entry is JSON, decoded by msgspec against the type hints of the
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
import time
import types
import typing
from pathlib import Path
from typing import Any

import msgspec

FORMAT = "dossier-cache-4"  # part of every key: a change of format never reads old entries
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
# Written by Python's json (an entry is written once, on a miss); read by msgspec, which builds the
# dataclasses of dossier.model straight from the bytes and checks every value against their type
# hints: it constructs only the type asked for and its fields' types, so data cannot name a class.
# Reading a thousand entries so takes about a fifth of the time a decoder written in Python took.

def encode(value: Any) -> Any:
    """A dataclass tree as JSON-able data. Private fields (``_by_anchor``) are rebuilt on decoding."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: encode(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {_key(k): encode(v) for k, v in value.items()}
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


@functools.cache
def _msgspec_decoder(expected: Any) -> msgspec.json.Decoder:
    return msgspec.json.Decoder(expected)


def decode(expected: Any, body: bytes) -> Any:
    """The JSON ``body`` as an instance of ``expected``; CacheEntryError where it does not fit."""
    try:
        value = _msgspec_decoder(expected).decode(body)
    except msgspec.MsgspecError as error:  # not JSON, or not of the expected shape
        raise CacheEntryError(str(error)) from None
    return _untag(value, expected)


@functools.cache
def _holds_any(hint: Any) -> bool:
    """Whether values of type ``hint`` can hold untyped data (an override's fields), where dates are tagged."""
    if hint is Any:
        return True
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return any(_holds_any(hints[name]) for name in _field_names(hint))
    return any(_holds_any(argument) for argument in typing.get_args(hint) if argument is not Ellipsis)


def _untag(value: Any, hint: Any) -> Any:
    """``value`` with the dates in its untyped parts given back as dates (msgspec reads them as
    tagged mappings); the same object where there are none."""
    if value is None or not _holds_any(hint):
        return value
    if hint is Any:
        return _decode_plain(value)
    if dataclasses.is_dataclass(value):
        hints = _hints(type(value))
        changed = {}
        for name in _field_names(type(value)):
            if _holds_any(hints[name]):
                old = getattr(value, name)
                new = _untag(old, hints[name])
                if new is not old:
                    changed[name] = new
        return dataclasses.replace(value, **changed) if changed else value
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):  # the option msgspec decoded the value as
        kinds = [(typing.get_origin(o) or o, o) for o in arguments]
        option = next((o for kind, o in kinds if isinstance(kind, type) and isinstance(value, kind)), Any)
        return _untag(value, option)
    if origin in (tuple, list):
        items = [_untag(item, arguments[0]) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else type(value)(items)
    if origin is dict:
        return {k: _untag(v, arguments[1]) for k, v in value.items()}
    return value


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


# --- entries on disk -----------------------------------------------------------------------------

def entry_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"{key}{SUFFIX}"


def _signed_body(cache_dir: Path, key: str) -> bytes | None:
    """The body of the entry for ``key`` if this machine signed it, else None."""
    try:
        raw = entry_path(cache_dir, key).read_bytes()
    except OSError:
        return None
    signature, _, body = raw.partition(b"\n")
    try:
        if hmac.compare_digest(signature.decode("ascii"), _signature(key, body)):
            return body
    except UnicodeDecodeError:
        pass
    return None


def load(cache_dir: Path, key: str, expected: type) -> Any | None:
    """The cached value for ``key``, or None if there is none this machine signed, or it is damaged."""
    body = _signed_body(cache_dir, key)
    if body is None:
        return None
    try:
        return decode(expected, body)
    except (UnicodeDecodeError, ValueError, RecursionError):  # CacheEntryError is a ValueError
        return None


def load_parts(cache_dir: Path, key: str) -> list[bytes] | None:
    """The parts :func:`store_parts` stored for ``key``, or None as :func:`load` gives it.

    Rendered, encoded text (30 MB of exports at 1,000 seeds) is stored as it is, after a line with
    the length of each part: read back without parsing, decoding or encoding it again.
    """
    body = _signed_body(cache_dir, key)
    if body is None:
        return None
    head, _, data = body.partition(b"\n")
    try:
        lengths = msgspec.json.decode(head, type=list[int])
    except msgspec.MsgspecError:
        return None
    if any(length < 0 for length in lengths) or sum(lengths) != len(data):
        return None
    parts, start = [], 0
    for length in lengths:
        parts.append(data[start:start + length])
        start += length
    return parts


def store(cache_dir: Path, key: str, value: Any) -> None:
    """Write an entry atomically; a cache that cannot be written only costs time."""
    try:
        if _written_alike(type(value)):
            body = msgspec.json.encode(value)  # the state of a convert: a thousand seeds, three thousand files
        else:
            body = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False).encode("utf-8")
    except (CacheEntryError, ValueError, RecursionError, TypeError):
        return
    _write(cache_dir, key, body)


@functools.cache
def _written_alike(hint: Any) -> bool:
    """Whether msgspec writes values of type ``hint`` as :func:`encode` would, only faster: no
    private fields (msgspec would write them), no untyped data (whose dates encode() tags), no
    floats (encode() refuses what is not finite), mapping keys of text only."""
    if hint in (str, int, bool, type(None)):
        return True
    if dataclasses.is_dataclass(hint):
        fields = dataclasses.fields(hint)
        hints = _hints(hint)
        return all(f.init and not f.name.startswith("_") and _written_alike(hints[f.name]) for f in fields)
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin is dict:
        return arguments[0] is str and _written_alike(arguments[1])
    if origin in (tuple, list, typing.Union, types.UnionType):
        return all(_written_alike(argument) for argument in arguments if argument is not Ellipsis)
    return False


def store_parts(cache_dir: Path, key: str, parts: list[bytes]) -> None:
    """Write parts for :func:`load_parts`, as :func:`store` writes a value."""
    _write(cache_dir, key, json.dumps([len(part) for part in parts]).encode("ascii") + b"\n" + b"".join(parts))


# An entry no convert used for this long is deleted: a seed edited daily leaves one entry a day, a
# new version of Dossier a thousand; switching branches for a few days costs no extraction.
UNUSED_FOR = 14 * 24 * 3600


def prune(cache_dir: Path, keep: set[str], unused_for: float = UNUSED_FOR, now: float | None = None) -> int:
    """Delete the entries of ``cache_dir`` (its own files, not its subfolders) whose key is not in
    ``keep`` and that were last written ``unused_for`` seconds ago or more, and the temporary files
    of writes that died as long ago; returns how many. A file it cannot delete is left alone."""
    limit = (time.time() if now is None else now) - unused_for
    removed = 0
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        key = name[:-len(SUFFIX)] if name.endswith(SUFFIX) else None
        if (key is None or key in keep) and ".tmp-" not in name:
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime <= limit:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
    return removed


def _write(cache_dir: Path, key: str, body: bytes) -> None:
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
