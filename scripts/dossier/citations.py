"""Citation markers to footnotes.

Any Markdown page can cite a seed two ways::

    [@key:p3-s1]              the sentence with that anchor
    [@key "exact words"]      the sentence that contains those words (quoted as the words)

:func:`cite_page` replaces each marker by a footnote reference and appends one footnote per
distinct citation: the quoted sentence, the source (title, outlet, byline) and a link to the
highlighted sentence on the article page. Markers inside code are left alone, so documentation
can show the syntax. Pure: no MkDocs imports; the hook in ``hooks/`` only passes pages in.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from .errors import CitationError
from .i18n import label
from .segment import Document, Sentence

ARTICLES_DIR = "articles"
_KEY = r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}"
CITATION_RE = re.compile(
    rf"\[@(?P<key>{_KEY})(?::(?P<anchor>[^\]\s]+)|\s+(?P<q>[\"“„»«])(?P<words>[^\"“”„»«\]\n]+)[\"”“«»])\]")
# A marker that looks like a citation but does not parse: reported rather than shown raw.
_LOOSE_RE = re.compile(rf"\[@{_KEY}[^\]\n]*\]")
_ANCHOR_RE = re.compile(r"^p\d+-s\d+$")
_FENCE_RE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}).*?^(?P=indent)(?P=fence)[`~]*[ \t]*$",
                       re.MULTILINE | re.DOTALL)
_CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_FOOTNOTE_PREFIX = "dossier-"


@dataclass(frozen=True)
class ResolvedCitation:
    """A marker resolved to a sentence: what the footnote quotes and where it links."""

    key: str
    anchor: str
    quote: str  # the sentence, or the quoted words
    sentence: Sentence
    document: Document

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.key, self.anchor, self.quote)


def article_path(key: str) -> str:
    """The docs-relative path of a seed's article page."""
    return f"{ARTICLES_DIR}/{key}.md"


def resolve(key: str, anchor: str | None, words: str | None,
            documents: dict[str, Document]) -> ResolvedCitation:
    """Resolve one citation; raise CitationError that says what is unknown and what is close."""
    marker = f"[@{key}:{anchor}]" if anchor is not None else f'[@{key} "{words}"]'
    document = documents.get(key)
    if document is None:
        known = ", ".join(sorted(documents)) or "none: seeds/ is empty"
        close = _close(key, documents)
        raise CitationError(f"unknown seed key {key!r} in {marker}",
                            hint=(f"did you mean {close!r}? " if close else "") + f"known keys: {known}")
    if anchor is not None:
        sentence = document.sentence(anchor)
        if sentence is None:
            if not _ANCHOR_RE.match(anchor):
                hint = "anchors look like p3-s1: paragraph 3, sentence 1"
            else:
                last = document.paragraphs[-1].number if document.paragraphs else 0
                paragraph = document.paragraph(int(anchor[1:].split("-")[0]))
                if paragraph is None:
                    hint = f"{key} has paragraphs p1 to p{last}"
                else:
                    hint = f"p{paragraph.number} has sentences s1 to s{len(paragraph.sentences)}"
            raise CitationError(f"unknown anchor {anchor!r} in {marker}", hint=hint)
        return ResolvedCitation(key, anchor, sentence.text, sentence, document)
    found = document.find_words(words or "")
    if found is None:
        closest = document.closest_sentence(words or "")
        hint = (f"the closest sentence is {closest.anchor}: “{closest.text}”" if closest
                else "quote the words exactly as they stand in the seed")
        raise CitationError(f"the words “{words}” are not in {key} in {marker}", hint=hint)
    sentence, start, end = found
    return ResolvedCitation(key, sentence.anchor, document.text[start:end], sentence, document)


def _close(key: str, documents: dict[str, Document]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(key, list(documents), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _masked(markdown: str) -> str:
    """The page with code blocks and code spans blanked out, offsets unchanged."""
    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group())

    return _CODE_SPAN_RE.sub(blank, _FENCE_RE.sub(blank, markdown))


def escape_text(text: str) -> str:
    """Seed text as inert HTML: no Markdown, no tags, no citation markers, no Jinja.

    Python-Markdown leaves character references alone, so every character that could start
    markup becomes one.
    """
    # One pass: escaping "&" first and then "#" would break the references just written.
    return _UNSAFE.sub(lambda m: f"&#{ord(m.group())};", text)


_QUOTE_MARKS = "„“”\"»«‚‘’›‹"


def quoted_html(escaped: str, raw: str, lang: str) -> str:
    """Seed words as a quotation. ``<q>`` adds the language's quotation marks, unless the words
    bring their own (a sentence that opens with „…“): those stay as written, never doubled."""
    if raw[:1] in _QUOTE_MARKS or raw[-1:] in _QUOTE_MARKS:
        return f'<span class="dossier-quote" lang="{lang}">{escaped}</span>'
    return f'<q class="dossier-quote" lang="{lang}">{escaped}</q>'


_UNSAFE = re.compile(r"[&<>\"'\\`*_{}\[\]()#+!|~^$:@]")


@dataclass
class CitedPage:
    markdown: str
    errors: list[CitationError]
    citations: list[ResolvedCitation]


def cite_page(markdown: str, page_path: str, documents: dict[str, Document],
              language: str = "de", docs_dir: str = "docs") -> CitedPage:
    """Replace citation markers in one page by footnotes. Errors are collected, not raised.

    ``page_path`` is the page's path relative to ``docs/`` (for relative links and messages).
    """
    masked = _masked(markdown)
    errors: list[CitationError] = []
    order: list[ResolvedCitation] = []
    labels: dict[tuple[str, str, str], str] = {}
    pieces: list[str] = []
    position = 0
    for match in _LOOSE_RE.finditer(masked):
        line = markdown.count("\n", 0, match.start()) + 1
        parsed = CITATION_RE.fullmatch(match.group())
        if not parsed:
            errors.append(CitationError(
                f"cannot read the citation {match.group()}", path=f"{docs_dir}/{page_path}", line=line,
                hint='write [@key:p3-s1] or [@key "exact words"]'))
            continue
        try:
            citation = resolve(parsed["key"], parsed["anchor"], parsed["words"], documents)
        except CitationError as error:
            error.path, error.line = f"{docs_dir}/{page_path}", line
            errors.append(error)
            continue
        name = labels.get(citation.identity)
        if name is None:
            name = labels[citation.identity] = f"{_FOOTNOTE_PREFIX}{len(labels) + 1}"
            order.append(citation)
        pieces.append(markdown[position:match.start()])
        pieces.append(f"[^{name}]")
        position = match.end()
    if not order:
        return CitedPage(markdown, errors, [])
    pieces.append(markdown[position:])
    body = "".join(pieces).rstrip("\n")
    notes = [f"[^{labels[c.identity]}]: {footnote_text(c, page_path, language)}" for c in order]
    return CitedPage(body + "\n\n" + "\n".join(notes) + "\n", errors, order)


def footnote_text(citation: ResolvedCitation, page_path: str, language: str) -> str:
    """One footnote: the quote, then the source, then a link to the sentence."""
    document = citation.document
    source = [f"<cite>{escape_text(document.title)}</cite>"]
    if document.outlet:
        source.append(escape_text(document.outlet))
    if document.byline:
        source.append(escape_text(", ".join(document.byline)))
    link = posixpath.relpath(article_path(citation.key), posixpath.dirname(page_path) or ".")
    return (f"{quoted_html(escape_text(citation.quote), citation.quote, document.language)} "
            f"— {', '.join(source)}. "
            f'[{label("to_sentence", language)} {citation.anchor}]({link}#{citation.anchor} '
            f'"{escape_text(label("to_sentence_title", language))}")')
