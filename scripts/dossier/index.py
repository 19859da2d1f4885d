"""The sentence index: segmented documents as JSON, for the citation hook.

Segmenting takes SoMaJo a second per hundred kilobytes; the hook must not pay that on every build.
``convert`` writes the index beside the pages (``docs/.dossier/index.json``, a dot folder that MkDocs
does not publish) and the hook reads it back into :class:`~dossier.segment.Document` objects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .seed import SeedMetadata
from .segment import Document, Paragraph, Sentence, Span

INDEX_VERSION = 1


def document_to_json(document: Document) -> dict[str, Any]:
    return {
        "key": document.key,
        "path": document.path,
        "language": document.language,
        "title": document.title,
        "title_detected_from": document.title_detected_from,
        "byline": list(document.byline),
        "editors": list(document.editors),
        "outlet": document.outlet,
        "dateline": document.dateline,
        "published": document.metadata.published,
        "url": document.metadata.url,
        "paragraphs": [
            [p.number, p.kind, p.start, p.end, [[s.start, s.end] for s in p.sentences],
             [p.dateline.start, p.dateline.end] if p.dateline else None]
            for p in document.paragraphs],
        "text": document.text,
    }


def document_from_json(data: dict[str, Any]) -> Document:
    text = data["text"]
    paragraphs = []
    for number, kind, start, end, spans, dateline in data["paragraphs"]:
        sentences = tuple(Sentence(f"p{number}-s{i}", number, i, s, e, text[s:e])
                          for i, (s, e) in enumerate(spans, start=1))
        paragraphs.append(Paragraph(number, start, end, text[start:end], kind, sentences,
                                    Span(dateline[0], dateline[1], text[dateline[0]:dateline[1]])
                                    if dateline else None))
    metadata = SeedMetadata(key=data["key"], title=data["title"], published=data.get("published"),
                            outlet=data["outlet"], url=data.get("url"), language=data["language"])
    return Document(key=data["key"], path=data["path"], text=text, language=data["language"],
                    metadata=metadata, paragraphs=tuple(paragraphs), title=data["title"],
                    title_detected_from=data["title_detected_from"], byline=tuple(data["byline"]),
                    editors=tuple(data["editors"]), outlet=data["outlet"], dateline=data["dateline"])


def document_json(document: Document) -> str:
    """One document's entry of the index: a convert keeps it in the cache and joins the entries of
    unchanged seeds instead of encoding a thousand documents again."""
    return json.dumps(document_to_json(document), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps_index(documents: list[Document], site_language: str, entries: Mapping[str, str] | None = None) -> str:
    """The index; ``entries`` holds the :func:`document_json` of some documents (by key)."""
    entries = entries or {}
    joined = ",".join(entries.get(d.key) or document_json(d) for d in sorted(documents, key=lambda d: d.key))
    # as json.dumps of {"version", "language", "documents"} with sorted keys and compact separators
    language = json.dumps(site_language, ensure_ascii=False)
    return f'{{"documents":[{joined}],"language":{language},"version":{INDEX_VERSION}}}\n'


def loads_index(raw: str) -> tuple[dict[str, Document], str]:
    """Documents by key and the site language. Raises ValueError on an index of another version
    or of another shape (a truncated or hand-edited file)."""
    payload = json.loads(raw)
    if not isinstance(payload, dict) or payload.get("version") != INDEX_VERSION:
        version = payload.get("version") if isinstance(payload, dict) else None
        raise ValueError(f"index version {version!r}, expected {INDEX_VERSION}")
    try:
        documents = {d["key"]: document_from_json(d) for d in payload["documents"]}
        language = payload["language"]
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise ValueError(f"the index is damaged ({type(error).__name__}: {error})") from None
    return documents, language


_loaded: dict[str, tuple[tuple[int, ...], tuple[dict[str, Document], str]]] = {}


def load_index_file(path: Path) -> tuple[dict[str, Document], str]:
    """:func:`loads_index` of a file, remembered while the file keeps its size, time and inode:
    under ``mkdocs serve`` each rebuild would otherwise parse the whole index again. Raises
    FileNotFoundError or ValueError as reading and :func:`loads_index` do."""
    st = path.stat()
    stamp = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)
    key = str(path.absolute())
    remembered = _loaded.get(key)
    if remembered is not None and remembered[0] == stamp:
        return remembered[1]
    result = loads_index(path.read_text(encoding="utf-8"))
    _loaded.clear()  # one docs/ at a time: an old index is not kept alive
    _loaded[key] = (stamp, result)
    return result


def last_loaded(path: Path) -> dict[str, Document] | None:
    """The documents :func:`load_index_file` last read from ``path``, whatever the file holds now:
    the live preview compares them with the new index to rebuild only the pages whose footnotes
    change."""
    remembered = _loaded.get(str(path.absolute()))
    return remembered[1][0] if remembered is not None else None
