"""What the search index leaves out, set aside while Material's search plugin reads a page.

The hook marks the footnotes, the generated lists' quotations and the repeated notes
``data-search-exclude``: each quotation is indexed once, in its article. Material's search plugin
still parses every marked element only to skip it, which on a long list page is most of the page.
:func:`set_aside` replaces each marked element by a comment, which the plugin skips at no cost and
which yields the same index (the plugin's parser sees the same text, split at the same places);
:func:`put_back` restores the elements afterwards, without the marks, as the plugin itself strips
them. Pure: no MkDocs imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MARK = 'data-search-exclude="true"'
_ASIDE = "<!--dossier-aside-{}-->"
_ASIDE_RE = re.compile(r"<!--dossier-aside-(\d+)-->")
_TAG_NAME_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")
# The plugin starts its first section at the first start tag that is not a void element; an element
# set aside before that would have started it, so the page's first element stays where it is.
_SECTION_START_RE = re.compile(r"<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)"
                               r"[a-zA-Z]")
# Inside these the plugin's parser does more than skip: headings open sections even when excluded;
# comments, scripts and CDATA could hide tags from the simple nesting count below.
_NOT_SIMPLE_RE = re.compile(r"<(?:h[1-6]\b|!|script\b|style\b|textarea\b|object\b)", re.IGNORECASE)
_tag_patterns: dict[str, re.Pattern] = {}


def set_aside(html: str) -> tuple[str, list[str]]:
    """The page's HTML with every element marked :data:`MARK` replaced by a comment, and those
    elements, numbered as the comments. Elements the plugin's parser would treat otherwise than by
    skipping them stay in place (see _NOT_SIMPLE_RE, and an element nested in one of its own tag:
    the plugin then stops skipping at the inner end tag)."""
    if MARK not in html or "<!--dossier-aside-" in html:
        return html, []
    pieces: list[str] = []
    asides: list[str] = []
    position = search_from = 0
    section_started = False
    while (mark := html.find(MARK, search_from)) >= 0:
        search_from = mark + len(MARK)
        start = html.rfind("<", position, mark)
        tag = _TAG_NAME_RE.match(html, start) if start >= 0 else None
        if tag is None or html.find(">", start) < mark:  # the mark is not in a start tag: text, left alone
            continue
        end = _element_end(html, start, tag[1].lower())
        section_started = section_started or _SECTION_START_RE.search(html, position, start) is not None
        if end is None or not section_started or _NOT_SIMPLE_RE.search(html, start + 1, end):
            continue
        pieces += [html[position:start], _ASIDE.format(len(asides))]
        asides.append(html[start:end])
        position = search_from = end
    if not asides:
        return html, []
    pieces.append(html[position:])
    return "".join(pieces), asides


def put_back(html: str, asides: list[str], clean: Callable[[str], str]) -> str:
    """``html`` with each comment of :func:`set_aside` replaced by its element, passed through
    ``clean`` (the search plugin's removal of the marks, which it applied to the rest of the page)."""
    if not asides:
        return html
    return _ASIDE_RE.sub(lambda match: clean(asides[int(match[1])]), html)


def _element_end(html: str, start: int, tag: str) -> int | None:
    """The end of the element whose start tag is at ``start``; None when it holds an element of its
    own tag (or does not end)."""
    pattern = _tag_patterns.get(tag)
    if pattern is None:
        pattern = _tag_patterns[tag] = re.compile(rf"<(/?){tag}\b", re.IGNORECASE)
    opened = 0
    for match in pattern.finditer(html, start):
        if not match[1]:
            opened += 1
            if opened > 1:
                return None
            continue
        close = html.find(">", match.end())
        return None if close < 0 else close + 1
    return None
