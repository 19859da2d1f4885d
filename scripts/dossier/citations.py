"""Citation markers to footnotes.

Any Markdown page can cite a seed two ways::

    [@key:p3-s1]              the sentence with that anchor
    [@key "exact words"]      the sentence that contains those words (quoted as the words)

:func:`cite_page` replaces each marker by a footnote reference and appends one footnote per
distinct citation: the quoted sentence, the source (title, outlet, byline) and a link to the
highlighted sentence on the article page. Markers inside code are left alone, so documentation
can show the syntax. Pure: no MkDocs imports; the hook in ``hooks/`` only passes pages in.

A page whose front matter says ``dossier_html: true`` (every generated page) may cite inside HTML:
:func:`cite_html_page` writes its footnote references and footnotes as HTML (:class:`FootnoteStyle`)
and its links to other pages as URLs (:func:`link_pages`), and sets its HTML blocks aside while
Markdown converts the rest (html_blocks); the page reads as Markdown would have made it.

Nothing that looks like a citation is dropped silently; each of these is an error that names the
page, the line and the fix:

- a marker that does not resolve, or words that occur in more than one sentence (story sentences
  are searched before bylines and credits; within that group the words must be unique);
- a marker with spaces (``[@ key:p3-s1]``), split over two lines (``[@key:⏎p3-s1]``) or without its
  closing ``]``; only the quoted words of ``[@key "words"]`` may wrap, as prose does;
- a marker swallowed by a stray backtick: a code span that holds a marker *and* other words is
  taken for an accident (to show the syntax, put only the marker between backticks);
- a hand-written footnote ``[^dossier-…]``: that label prefix belongs to the generated footnotes;
- on a ``dossier_html`` page, a Markdown footnote, a link to a page the site does not have, or a
  citation of an article whose page is not in the site.

:func:`check_front_matter` makes the front matter values that the site reads safe to use.
"""

from __future__ import annotations

import datetime
import functools
import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import CitationError, DossierError
from .html_blocks import put_back, set_aside
from .i18n import format_event_date, label
from .lexicon import quote_pairs
from .segment import STORY, Document, Sentence

ARTICLES_DIR = "articles"
_KEY = r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}"
# Quoted words may wrap over lines like the prose around them; _LOOSE_RE keeps them in one paragraph.
CITATION_RE = re.compile(
    rf"\[@(?P<key>{_KEY})(?::(?P<anchor>[^\]\s]+)|\s+(?P<q>[\"“„»«])(?P<words>[^\"“”„»«\]]+)[\"”“«»])\]")
# Anything that starts like a citation, up to its "]" within the paragraph (no blank line): parsed
# or reported, never shown raw; unless it does not parse and "(" follows: [@handle](https://…) is a link.
_LOOSE_RE = re.compile(r"\[@(?=[ \t]*(?:\n[ \t]*)?[\w-])(?:[^\]\n]|\n(?![ \t]*(?:\n|$))){1,500}\]")
_MARKER_START_RE = re.compile(r"\[@(?=[ \t]*(?:\n[ \t]*)?[\w-])")
_RESERVED_FOOTNOTE_RE = re.compile(r"\[\^(dossier-[^\]\s]*)\]")
_FOOTNOTE_DEFINITION_RE = re.compile(r"^[ ]{0,3}\[\^([^\]]*)\]:", re.MULTILINE)  # as Python-Markdown finds them
_ANCHOR_RE = re.compile(r"^p\d+-s\d+$")
_FENCE_RE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}).*?^(?P=indent)(?P=fence)[`~]*[ \t]*$",
                       re.MULTILINE | re.DOTALL)
# As Python-Markdown finds code spans: inside one block, from an unescaped backtick run.
_BLOCK_RE = re.compile(r"(?:^[ \t]*\S.*(?:\n|\Z))+", re.MULTILINE)
_TICKS_RE = re.compile(r"(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`")
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
    marker = f"[@{key}:{anchor}]" if anchor is not None else f'[@{key} "{" ".join((words or "").split())}"]'
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
    found = find_sentences_with_words(document, words or "")
    if not found:
        closest = document.closest_sentence(words or "")
        hint = (f"the closest sentence is {closest.anchor}: “{closest.text}”" if closest
                else "quote the words exactly as they stand in the seed")
        raise CitationError(f"the words “{' '.join((words or '').split())}” are not in {key} in {marker}",
                            hint=hint)
    if len(found) > 1:
        shown = [f"[@{key}:{s.anchor}] “{_excerpt(s.text, start - s.start, end - s.start)}”"
                 for s, start, end in found[:5]]
        if len(found) > 5:
            shown.append(f"… and {len(found) - 5} more")
        raise CitationError(
            f"the words “{' '.join((words or '').split())}” are in {len(found)} sentences of {key}, "
            f"so {marker} is ambiguous",
            hint="quote more words, or cite one sentence by its anchor:\n    " + "\n    ".join(shown))
    sentence, start, end = found[0]
    return ResolvedCitation(key, sentence.anchor, document.text[start:end], sentence, document)


def find_sentences_with_words(document: Document, words: str) -> list[tuple[Sentence, int, int]]:
    """Every sentence that holds ``words`` (white space folded), with the words' offsets.

    Story sentences first: when the words are in the story, bylines and credits do not count.
    """
    parts = unicodedata.normalize("NFC", words).split()
    if not parts:
        return []
    pattern = re.compile(r"\s+".join(re.escape(part) for part in parts))

    def search(sentences: list[Sentence]) -> list[tuple[Sentence, int, int]]:
        return [(s, s.start + m.start(), s.start + m.end()) for s in sentences if (m := pattern.search(s.text))]

    return (search(document.story_sentences())
            or search([s for s in document.all_sentences() if document.paragraph(s.paragraph).kind != STORY]))


def _excerpt(text: str, start: int, end: int, context: int = 30) -> str:
    """The words at ``start:end`` with a little text on each side, on one line."""
    before = text[max(0, start - context):start]
    after = text[end:end + context]
    excerpt = " ".join((before + text[start:end] + after).split())
    return ("…" if start > context else "") + excerpt + ("…" if end + context < len(text) else "")


def _close(key: str, documents: dict[str, Document]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(key, list(documents), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


@dataclass(frozen=True)
class _CodeSpan:
    start: int  # the opening backticks
    content_start: int
    content_end: int
    end: int  # after the closing backticks


def _code_spans(text: str) -> list[_CodeSpan]:
    """Inline code as Python-Markdown finds it: within one block (no blank line in between),
    from an unescaped run of backticks to the next run of the same length."""
    spans = []
    for block in _BLOCK_RE.finditer(text):
        position, last = block.start(), block.end()
        while (tick := _TICKS_RE.search(text, position, last)) is not None:
            if tick.group(1):  # escaped backslashes before a backtick: the backtick still counts
                position = tick.end()
                continue
            span = _code_span_at(text, tick.start(), last)
            if span is None:  # a lone run of backticks: literal text, skipped as a whole
                position = tick.start()
                while position < last and text[position] == "`":
                    position += 1
            else:
                spans.append(span)
                position = span.end
    return spans


def _code_span_at(text: str, begin: int, last: int) -> _CodeSpan | None:
    """Python-Markdown's BacktickInlineProcessor.find_code_spans, on ``text[begin:last]``."""
    start = begin
    while start < last and text[start] == "`":
        start += 1
    opening = start - begin
    longest, longest_end, i = 0, 0, start
    while i < last:
        run = 0
        while i < last and text[i] == "`":
            run, i = run + 1, i + 1
        if not run:
            i += 1
            continue
        if run == opening:
            return _CodeSpan(begin, start, i - run, i)
        if run > longest:
            longest, longest_end = run, i
    if 0 < longest < opening:  # no run as long as the opening one: Markdown pairs the longest run
        return _CodeSpan(begin, start - (opening - longest), longest_end - longest, longest_end)
    return None


def _masked(markdown: str) -> tuple[str, list[_CodeSpan]]:
    """The page with code blocks and code spans blanked out, offsets unchanged; and the spans."""
    if "`" not in markdown and "~~~" not in markdown:
        return markdown, []  # no code at all, as on every generated page: nothing to scan
    without_blocks = _FENCE_RE.sub(lambda m: _blank(m.group()), markdown)
    spans = _code_spans(without_blocks)
    pieces, position = [], 0
    for span in spans:
        pieces += [without_blocks[position:span.start], _blank(without_blocks[span.start:span.end])]
        position = span.end
    pieces.append(without_blocks[position:])
    return "".join(pieces), spans


def escape_text(text: str) -> str:
    """Seed text as inert HTML: no Markdown, no tags, no citation markers, no Jinja.

    Python-Markdown leaves character references alone, so every character that could start
    markup becomes one. Block syntax ("- ", "1999. ", "===", four spaces) counts only at the start
    of a line, so a line break becomes a space (HTML shows both alike): a hard-wrapped seed line
    cannot split a heading, a list item or a footnote. Callers never put the result at the start
    of a line.
    """
    # One pass: escaping "&" first and then "#" would break the references just written.
    return _UNSAFE.sub(lambda m: f"&#{ord(m.group())};", text.replace("\n", " "))


# Every language's quotation marks (the lexicons'); not the straight apostrophe, which opens words too.
_QUOTE_MARKS = frozenset("".join(quote_pairs()) + "".join(quote_pairs().values())) - {"'"}


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
    # The footnotes' HTML by the placeholder that stands for it in ``markdown``, for fill_footnotes.
    footnotes: dict[str, str] = field(default_factory=dict)
    # An HTML page's footnotes, whole (see FootnoteStyle): they follow the page's HTML.
    footnotes_div: str = ""
    # An HTML page's HTML blocks, set aside while Markdown converts the rest (see html_blocks).
    html_blocks: list[str] = field(default_factory=list)

    def completed(self, html: str) -> str:
        """The page's HTML as Markdown made it, with what the hook wrote itself put in."""
        html = put_back(fill_footnotes(html, self.footnotes), self.html_blocks)
        return f"{html}\n{self.footnotes_div}" if self.footnotes_div else html


@dataclass(frozen=True)
class FootnoteStyle:
    """How Python-Markdown's footnotes extension writes footnotes (its settings in mkdocs.yml), for
    pages whose citations stand in HTML (front matter ``dossier_html: true``, as on the generated
    lists): there the hook writes the footnote references and the footnotes itself, exactly as the
    extension would (tests/test_footnote_html.py), and Markdown parses none of it."""

    backlink_text: str = "&#8617;"
    backlink_title: str = "Jump back to footnote {} in the text"
    superscript_text: str = "{}"
    separator: str = ":"

    @classmethod
    def from_settings(cls, settings: dict[str, Any] | None) -> FootnoteStyle:
        settings = settings or {}
        style = cls()
        return cls(str(settings.get("BACKLINK_TEXT", style.backlink_text)),
                   str(settings.get("BACKLINK_TITLE", style.backlink_title)).replace("%d", "{}"),
                   str(settings.get("SUPERSCRIPT_TEXT", style.superscript_text)),
                   str(settings.get("SEPARATOR", style.separator)))

    def reference_id(self, name: str, use: int) -> str:
        """The id of the ``use``-th reference to a footnote (fnref:x, then fnref2:x, fnref3:x)."""
        return f"fnref{use if use > 1 else ''}{self.separator}{name}"

    # Cached: every page numbers its footnotes from 1, so the same few strings come up on each. (A style
    # lives as long as the hook module anyway: the cache keeps nothing alive that would go.)
    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def reference(self, name: str, number: int, use: int) -> str:
        return (f'<sup id="{_attribute(self.reference_id(name, use))}"><a class="footnote-ref" '
                f'href="#{_attribute("fn" + self.separator + name)}">'
                f"{_text(self.superscript_text.format(number))}</a></sup>")

    def footnotes(self, notes: list[tuple[str, str, int]]) -> str:
        """The footnotes' div: for each, its name, its HTML and how often the page refers to it."""
        items = []
        for number, (name, text, uses) in enumerate(notes, start=1):
            before, after = self._note_frame(name, number, uses)
            items.append(f"{before}{text}{after}")
        return '<div class="footnote">\n<hr />\n<ol>\n' + "\n".join(items) + "\n</ol>\n</div>"

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def _note_frame(self, name: str, number: int, uses: int) -> tuple[str, str]:
        """What stands before and after a footnote's text: its list item, and its links back."""
        title = _attribute(self.backlink_title.format(number))
        backlinks = "".join(f'<a class="footnote-backref" href="#{_attribute(self.reference_id(name, use))}" '
                            f'title="{title}">{self.backlink_text}</a>' for use in range(1, uses + 1))
        return f'<li id="{_attribute("fn" + self.separator + name)}">\n<p>', f"&#160;{backlinks}</p>\n</li>"


# Markdown extensions known to leave a footnote's text alone (tests/test_footnote_html.py renders
# footnotes with each): with others enabled, footnote_html might not be what Markdown would make.
PLAIN_FOOTNOTE_EXTENSIONS = frozenset({
    "footnotes", "attr_list", "md_in_html", "toc", "tables", "fenced_code", "admonition", "def_list",
    "sane_lists", "pymdownx.details", "pymdownx.superfences",
})
# Stands for a footnote's text in its Markdown definition; fill_footnotes puts the HTML there.
_FOOTNOTE_PLACEHOLDER = "dossier-fn-text-{}"
_FOOTNOTE_PLACEHOLDER_RE = re.compile(r"dossier-fn-text-\d+")
# What Python-Markdown removes or rewrites in any text (tabs, carriage returns, its own markers),
# so that HTML written past it would differ.
_NORMALIZED_BY_MARKDOWN = re.compile(r"[\t\r\x02\x03]")


def plain_footnote_extensions(extensions: list) -> bool:
    """Whether a site with these Markdown extensions renders footnote_text as footnote_html does."""
    names = [extension.removeprefix("markdown.extensions.") if isinstance(extension, str) else None
             for extension in extensions]
    return "footnotes" in names and all(name in PLAIN_FOOTNOTE_EXTENSIONS for name in names)


def fill_footnotes(html: str, footnotes: dict[str, str]) -> str:
    """A page's HTML with each footnote placeholder replaced by the footnote's HTML."""
    if not footnotes:
        return html
    return _FOOTNOTE_PLACEHOLDER_RE.sub(lambda match: footnotes.get(match.group(), match.group()), html)


def cite_page(markdown: str, page_path: str, documents: dict[str, Document],
              language: str = "de", docs_dir: str = "docs", first_line: int = 1,
              article_url: Callable[[str], str | None] | None = None,
              html_style: FootnoteStyle | None = None) -> CitedPage:
    """Replace citation markers in one page by footnotes. Errors are collected, not raised.

    ``page_path`` is the page's path relative to ``docs/`` (for relative links and messages);
    ``first_line`` is the line of the file that ``markdown`` starts on (after the front matter).

    With ``article_url`` (a docs path to its URL relative to this page, as MkDocs links it; None
    where MkDocs would not link it), each footnote's definition holds a placeholder and its HTML is
    in ``footnotes`` (see fill_footnotes): Python-Markdown still numbers the footnotes and links
    them both ways, but no longer parses their text, which is most of a list page's Markdown.

    With ``html_style`` too (a page whose citations stand in HTML), the references are HTML and the
    footnotes are in ``footnotes_div``; ``markdown`` then has no footnotes at all (CitedPage.completed).
    """
    masked, code_spans = _masked(markdown)
    where = f"{docs_dir}/{page_path}"
    errors: list[tuple[int, CitationError]] = []

    def report(offset: int, message: str, hint: str, error: CitationError | None = None) -> None:
        line = first_line + markdown.count("\n", 0, offset)
        error = error or CitationError(message, hint=hint)
        error.path, error.line = where, line
        errors.append((offset, error))

    for match in _RESERVED_FOOTNOTE_RE.finditer(masked):
        report(match.start(), f"the footnote [^{match[1]}] uses the label prefix {_FOOTNOTE_PREFIX}, "
               "which belongs to the footnotes made from citation markers",
               f"rename your footnote, e.g. [^note-{match[1][len(_FOOTNOTE_PREFIX):] or 1}], in its "
               "reference and its definition")
    for span in code_spans:
        if swallowed := _swallowed_marker(markdown, span, first_line):
            report(*swallowed)

    if html_style is not None:
        if article_url is None:
            raise ValueError("a page whose citations stand in HTML needs article_url")
        url_of = functools.cache(lambda key: article_url(article_path(key)))
        for match in _FOOTNOTE_DEFINITION_RE.finditer(masked) if "[^" in masked else ():
            report(match.start(), f"the footnote [^{match[1]}] is Markdown, but this page's citations are "
                   "written as HTML (front matter dossier_html: true), and so are its footnotes",
                   "remove dossier_html from the front matter, or write the note as text")
    order: list[ResolvedCitation] = []
    labels: dict[tuple[str, str, str], str] = {}
    uses: Counter[str] = Counter()  # references to each footnote so far
    pieces: list[str] = []
    position = 0
    claimed = 0  # the end of the last marker: a "[@" before it is part of that marker
    for match in _LOOSE_RE.finditer(masked):
        for unclosed in _unclosed_markers(masked, claimed, match.start()):
            report(*unclosed)
        claimed = match.end()
        parsed = CITATION_RE.fullmatch(match.group())
        if not parsed:
            if not masked.startswith("(", match.end()):
                report(match.start(), *_unreadable(match.group()))
            continue
        try:
            citation = resolve(parsed["key"], parsed["anchor"], parsed["words"], documents)
        except CitationError as error:
            report(match.start(), "", "", error)
            continue
        if html_style is not None and url_of(citation.key) is None:
            report(match.start(), f"{article_path(citation.key)} is not a page of this site, so {match.group()} "
                   "cannot link to it", "run `make docs` (python scripts/convert.py), and do not exclude the "
                   "articles/ folder in mkdocs.yml")
            continue
        name = labels.get(citation.identity)
        if name is None:
            name = labels[citation.identity] = f"{_FOOTNOTE_PREFIX}{len(labels) + 1}"
            order.append(citation)
        uses[name] += 1
        pieces.append(markdown[position:match.start()])
        pieces.append(f"[^{name}]" if html_style is None
                      else html_style.reference(name, int(name.removeprefix(_FOOTNOTE_PREFIX)), uses[name]))
        position = match.end()
    for unclosed in _unclosed_markers(masked, claimed, len(masked)):
        report(*unclosed)
    found = [error for _, error in sorted(errors, key=lambda item: item[0])]
    if not order:
        return CitedPage(markdown, found, [])
    pieces.append(markdown[position:])
    body = "".join(pieces).rstrip("\n")
    if html_style is not None and article_url is not None:
        notes = [(labels[c.identity], _footnote_html_once(c, language, url_of(c.key) or ""), uses[labels[c.identity]])
                 for c in order]
        return CitedPage(body + "\n", found, order, footnotes_div=html_style.footnotes(notes))
    texts, footnotes = _footnote_texts(order, markdown, page_path, language, article_url)
    notes = [f"[^{labels[c.identity]}]: {text}" for c, text in zip(order, texts, strict=True)]
    return CitedPage(body + "\n\n" + "\n".join(notes) + "\n", found, order, footnotes)


def cite_html_page(markdown: str, page_path: str, documents: dict[str, Document], language: str,
                   page_url: Callable[[str], str | None], style: FootnoteStyle, docs_dir: str = "docs",
                   first_line: int = 1) -> CitedPage:
    """A page whose citations stand in HTML (front matter ``dossier_html: true``: the generated
    pages), ready for Markdown: its links to pages and its citations written as HTML, its footnotes
    in ``footnotes_div``, its HTML blocks set aside (html_blocks); CitedPage.completed then gives the
    HTML that Markdown would have made of it, at a fraction of the cost."""
    markdown, link_errors = link_pages(markdown, page_path, page_url, docs_dir, first_line)
    cited = cite_page(markdown, page_path, documents, language, docs_dir, first_line, page_url, style)
    cited.errors[:0] = link_errors
    cited.markdown, cited.html_blocks = set_aside(cited.markdown)
    return cited


# A link in HTML to a page of the site: MkDocs turns Markdown links into URLs, never HTML ones.
_PAGE_HREF_RE = re.compile(r'href="(?P<path>[^"#?:/][^"#?:]*\.md)(?P<fragment>#[^"]*)?"')


def link_pages(markdown: str, page_path: str, page_url: Callable[[str], str | None], docs_dir: str = "docs",
               first_line: int = 1) -> tuple[str, list[CitationError]]:
    """A page whose citations stand in HTML, with its HTML links to other pages of the site
    (``href="../articles/x.md#p3-s1"``) turned into their URLs as MkDocs writes Markdown links;
    ``page_url`` gives a docs path's URL relative to this page (None: not a page of the site)."""
    masked, _ = _masked(markdown)
    errors: list[CitationError] = []

    def linked(match: re.Match[str]) -> str:
        if masked[match.start():match.end()] != match.group():  # in code: shown, not linked
            return match.group()
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), match["path"]))
        url = page_url(target)
        if url is None:
            errors.append(CitationError(f"the link to {target} goes to no page of this site",
                                        hint="run `make docs` (python scripts/convert.py), or correct the link",
                                        path=f"{docs_dir}/{page_path}",
                                        line=first_line + markdown.count("\n", 0, match.start())))
            return match.group()
        return f'href="{_attribute(url + (match["fragment"] or ""))}"'

    return _PAGE_HREF_RE.sub(linked, markdown), errors


def _footnote_texts(order: list[ResolvedCitation], markdown: str, page_path: str, language: str,
                    article_url: Callable[[str], str | None] | None) -> tuple[list[str], dict[str, str]]:
    """The footnote definitions' texts: placeholders with their HTML where it can be written
    directly, else Markdown (an article MkDocs would not link, a page that holds a placeholder)."""
    if article_url is not None and "dossier-fn-text-" not in markdown:
        urls = {key: article_url(article_path(key)) for key in {c.key for c in order}}
        if None not in urls.values():
            footnotes = {_FOOTNOTE_PLACEHOLDER.format(number): footnote_html(c, language, urls[c.key])
                         for number, c in enumerate(order, start=1)}
            if not any(_NORMALIZED_BY_MARKDOWN.search(text) for text in footnotes.values()):
                return list(footnotes), footnotes
    return [footnote_text(c, page_path, language) for c in order], {}


def _shown(marker: str) -> str:
    """A marker as one line, for a message: a line break shows as ⏎."""
    return " ".join(re.sub(r"[ \t]*\n[ \t]*", "⏎", marker).split())


def _unreadable(marker: str) -> tuple[str, str]:
    """Message and hint for a marker that does not parse: spaced and split markers get their fix."""
    fixed = re.sub(r"^\[@\s+", "[@", marker)
    if re.match(r"\[@[^\s:\]\"“„»«]+(?:\s+[^\s:\]\"“„»«]+)*\s*:", fixed):
        fixed = re.sub(r"\s+", "", fixed)  # keys and anchors hold no white space at all
    if CITATION_RE.fullmatch(fixed):
        if fixed.count("\n") < marker.count("\n"):
            return (f"the citation {_shown(marker)} is split over two lines",
                    f'keep it on one line: {_shown(fixed)} (only the words of [@key "words"] may wrap)')
        return f"the citation {_shown(marker)} has spaces in it", f"write {_shown(fixed)}"
    return (f"cannot read the citation {_shown(marker)}",
            'write [@key:p3-s1] or [@key "exact words"] on one line; a key is the name of a seed in '
            "seeds/ (letters a-z, digits, - and _)")


def _unclosed_markers(masked: str, start: int, end: int):
    """``[@key…`` without a closing ``]`` in its paragraph, between two markers that have one."""
    for marker in _MARKER_START_RE.finditer(masked, start, end):
        opening = masked[marker.start():marker.start() + 40].split("\n")[0]
        yield (marker.start(), f"the citation marker {opening}… "
               "has no closing ]", 'close it in the same paragraph: [@key:p3-s1] or [@key "exact words"]')


def _swallowed_marker(markdown: str, span: _CodeSpan, first_line: int) -> tuple[int, str, str] | None:
    """A code span that holds a citation marker and other words is most likely a stray backtick
    turning prose into code: the marker would show as typed and never be checked."""
    content = markdown[span.content_start:span.content_end]
    markers = list(_LOOSE_RE.finditer(content))
    if not markers or not re.search(r"\s", _LOOSE_RE.sub("", content)):
        return None  # only the marker between backticks: the syntax, shown on purpose
    opening = first_line + markdown.count("\n", 0, span.start)
    closing = first_line + markdown.count("\n", 0, span.content_end)
    lines = f"line {opening}" if opening == closing else f"lines {opening} and {closing}"
    first = markers[0]
    return (span.content_start + first.start(),
            f"the citation {_shown(first.group())} is inside code: the backticks on {lines} turn the text "
            "between them into code, so the marker is shown as typed and not checked",
            "remove the stray backtick or escape it as \\`; to show the syntax on purpose, put only the "
            "marker between backticks")


def body_first_line(source: str, body: str) -> int:
    """The line of ``source`` (a page file) on which ``body`` (the page without front matter) starts."""
    if not body or not source.endswith(body):
        return 1
    return 1 + source.count("\n", 0, len(source) - len(body))


def strict_summary(errors: list[DossierError]) -> str:
    """One message for every problem the hook found, for the end of a strict build."""
    count = len(errors)
    heading = f"dossier: {count} {'error' if count == 1 else 'errors'}, so the strict build stops:"
    return "\n".join([heading] + [str(error) for error in errors])


class FrontMatterError(DossierError):
    """A front matter value of a page has a shape the site cannot use."""


# Front matter keys the hook, MkDocs or the theme read, and the shape each must have.
_TEXT_KEYS = ("title", "description", "subtitle", "template", "dossier_article")
_LIST_KEYS = ("hide",)
_MAPPING_KEYS = ("search",)
HTML_PAGE_KEY = "dossier_html"  # true: the page's citations stand in HTML (see FootnoteStyle)
_FLAG_KEYS = (HTML_PAGE_KEY,)


def front_matter_needs_source(meta: dict[str, Any]) -> bool:
    """Whether :func:`check_front_matter` will fix or report a value, and so needs the page as
    written (for line numbers and values as typed); most pages need not be read twice."""
    return (any(key in meta and not isinstance(meta[key], str) for key in _TEXT_KEYS)
            or any(key in meta and not isinstance(meta[key], list | str) for key in _LIST_KEYS)
            or any(key in meta and not isinstance(meta[key], dict) for key in _MAPPING_KEYS)
            or any(key in meta and not isinstance(meta[key], bool) for key in _FLAG_KEYS))


def check_front_matter(meta: dict[str, Any], path: str, source: str = "") -> tuple[dict[str, Any],
                                                                                 list[FrontMatterError]]:
    """The front matter with the values the site reads made usable, and what could not be.

    YAML reads ``title: 2019`` as a number and ``title: 2019-03-27`` as a date: those become the
    text as written. A value of the wrong shape (``title: [a, b]``, ``hide: 2019``) is dropped and
    reported, instead of crashing the build in a template. ``null`` is dropped.
    """
    fixed = dict(meta)
    errors = []

    def problem(key: str, expected: str, example: str) -> None:
        fixed.pop(key, None)
        errors.append(FrontMatterError(
            f"front matter: {key} must be {expected}, not {_describe(meta[key])}", path=path,
            line=_front_matter_line(source, key), hint=f"write it as {example}"))

    for key in _TEXT_KEYS:
        value = meta.get(key)
        if key not in meta or isinstance(value, str):
            continue
        if value is None:
            fixed.pop(key)
        elif isinstance(value, int | float | datetime.date):  # bool is an int too: yes/no as typed
            fixed[key] = _as_written(source, key) or str(value)
        else:
            problem(key, "text", f'{key}: "…"')
    for keys, shape, expected, example in ((_LIST_KEYS, list | str, "a list", "[navigation, toc]"),
                                           (_MAPPING_KEYS, dict, "a mapping", "{exclude: true}"),
                                           (_FLAG_KEYS, bool, "true or false", "true")):
        for key in keys:
            if key in meta and not isinstance(meta[key], shape):
                if meta[key] is None:
                    fixed.pop(key)
                else:
                    problem(key, expected, f"{key}: {example}")
    return fixed, errors


def _describe(value: Any) -> str:
    kinds = {list: "a list", dict: "a mapping", bool: "true/false", int: "a number", float: "a number"}
    return kinds.get(type(value), type(value).__name__)


def _front_matter_lines(source: str) -> list[str]:
    lines = source.splitlines()
    if not lines or lines[0].rstrip() != "---":
        return []
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            return lines[:number]
    return []


def _front_matter_line(source: str, key: str) -> int | None:
    for number, line in enumerate(_front_matter_lines(source), start=1):
        if re.match(rf"{re.escape(key)}\s*:", line):
            return number
    return None


def _as_written(source: str, key: str) -> str | None:
    """A one-line unquoted scalar as it stands in the front matter (``1.50`` stays ``1.50``)."""
    line = _front_matter_line(source, key)
    if line is None:
        return None
    value = _front_matter_lines(source)[line - 1].split(":", 1)[1]
    value = re.sub(r"\s+#.*$", "", value).strip()
    return value or None


def published_text(date: str, language: str) -> str:
    """An ISO date of publication (2019, 2019-03 or 2019-03-27) in the site's language, via babel."""
    precision = {4: "year", 7: "month"}.get(len(date), "day")
    return format_event_date(date, precision, None, language)


def sentence_reference(sentence: Sentence, document: Document, language: str) -> str:
    """Where a sentence stands, as a reader says it: "Absatz 3" / "paragraph 3", with the sentence
    when its paragraph has several ("Absatz 6, Satz 2")."""
    paragraph = document.paragraph(sentence.paragraph)
    if paragraph is not None and len(paragraph.sentences) > 1:
        return label("sentence_ref", language).format(p=sentence.paragraph, s=sentence.index)
    return label("paragraph_ref", language).format(p=sentence.paragraph)


# Characters of a sidecar's rights: line that a footnote still repeats ("© Reuters 2024").
FOOTNOTE_RIGHTS_LENGTH = 80


def footnote_text(citation: ResolvedCitation, page_path: str, language: str) -> str:
    """One footnote, as an encyclopedia cites a newspaper: the quote; the article's title linked to
    its page, author, outlet and date of publication; the original on the web when the sidecar
    gives its address; its rights line when short; and a link to the sentence, named by where it stands ("Absatz 3")."""
    path = posixpath.relpath(article_path(citation.key), posixpath.dirname(page_path) or ".")

    def link(text: str, anchor: str = "", title: str = "") -> str:
        # Escaped text is made of character references only, so it is safe inside [...] and "...".
        target = f"{path}#{anchor}" if anchor else path
        return f'[{text}]({target} "{title}")' if title else f"[{text}]({target})"

    return _footnote(citation, language, link)


def footnote_html(citation: ResolvedCitation, language: str, article_url: str) -> str:
    """The HTML that Python-Markdown and MkDocs make of :func:`footnote_text`, written directly: the
    footnotes of a long generated page then cost no inline processing. ``article_url`` is the cited
    article's URL relative to the citing page, as MkDocs writes links (its ``get_relative_url``).
    tests/test_footnote_html.py pins the equality, per Markdown extension that may be enabled."""

    url = _attribute(article_url)

    def link(text: str, anchor: str = "", title: str = "") -> str:
        # An anchor is p3-s1 (resolve() found the sentence by it): nothing in it to escape.
        href = f"{url}#{anchor}" if anchor else url
        title_attribute = f' title="{_attribute(title)}"' if title else ""
        return f'<a href="{href}"{title_attribute}>{text}</a>'

    return _footnote(citation, language, link)


# A sentence is cited on its timeline part, figures part and sources part alike, from the same depth
# of the site: its footnote's HTML is made once. Checked against the document itself, so that a
# preview's rebuild (a new sentence index) never gets an old footnote.
_made: dict[tuple[str, str, str, str, str], tuple[Document, str]] = {}
_MADE_LIMIT = 200_000


def _footnote_html_once(citation: ResolvedCitation, language: str, article_url: str) -> str:
    key = (citation.key, citation.anchor, citation.quote, language, article_url)
    made = _made.get(key)
    if made is not None and made[0] is citation.document:
        return made[1]
    if len(_made) >= _MADE_LIMIT:
        _made.clear()
    text = _made[key] = (citation.document, footnote_html(citation, language, article_url))
    return text[1]


_BARE_AMPERSAND_RE = re.compile(r"&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)")  # Python-Markdown's RE_AMP


_ESCAPED_IN_ATTRIBUTES = re.compile(r'[&<>"\n]')


def _text(value: str) -> str:
    """Text escaped as Python-Markdown's serializer does (character references stay)."""
    return _BARE_AMPERSAND_RE.sub("&amp;", value).replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    """An attribute value escaped as Python-Markdown's serializer does (character references stay)."""
    if not _ESCAPED_IN_ATTRIBUTES.search(value):  # most are: ids, URLs of pages, the same titles
        return value
    value = _BARE_AMPERSAND_RE.sub("&amp;", value)
    return value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("\n", "&#10;")


def _footnote(citation: ResolvedCitation, language: str, link: Callable[..., str]) -> str:
    """The footnote with its two links written by ``link(text, anchor, title)``, as Markdown or HTML."""
    document = citation.document
    about = _about(document, language)
    where = escape_text(sentence_reference(citation.sentence, document, language))
    quote = quoted_html(escape_text(citation.quote), citation.quote, document.language)
    return " ".join([f"{quote} — {link(about.title)}{about.details}.", *about.notes,
                     link(where, citation.anchor, about.to_sentence)])


@dataclass(frozen=True)
class _About:
    """What every footnote citing an article says of it, as HTML: its title, then ", byline, outlet,
    date", the link to the original and the rights line ("… ."), the title of the link to the sentence."""

    title: str
    details: str
    notes: tuple[str, ...]
    to_sentence: str


_abouts: dict[tuple[str, str], tuple[Document, _About]] = {}  # a page cites an article many times


def _about(document: Document, language: str) -> _About:
    known = _abouts.get((document.key, language))
    if known is not None and known[0] is document:
        return known[1]
    details = []
    if document.byline:
        details.append(escape_text(", ".join(document.byline)))
    if document.outlet:
        details.append(escape_text(document.outlet))
    published = document.metadata.published
    if published:
        details.append(f'<time datetime="{escape_text(published)}">{escape_text(published_text(published, language))}'
                       "</time>")
    notes = []
    url = document.metadata.url
    if url and re.match(r"^https?://[^\s<>\"']+$", url):
        original = escape_text(label("original", language))
        notes.append(f'<a class="dossier-original" href="{escape_text(url)}">{original}</a>.')
    rights = document.metadata.rights
    if rights and len(rights) <= FOOTNOTE_RIGHTS_LENGTH:  # a longer licence text stays on the article page
        notes.append(f'<span class="dossier-footnote-rights">{escape_text(rights.rstrip("."))}</span>.')
    about = _About(f'<cite lang="{document.language}">{escape_text(document.title)}</cite>',
                   "".join(f", {detail}" for detail in details), tuple(notes),
                   escape_text(label("to_sentence_title", language)))
    _abouts[(document.key, language)] = (document, about)
    return about
