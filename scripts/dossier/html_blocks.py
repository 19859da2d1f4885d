"""The HTML blocks of a generated page, set aside while Markdown converts the rest.

The generated lists (timeline, figures, sources) are written in HTML, exactly as Markdown would write
them (pages._html_list), and Python-Markdown passes an HTML block through unchanged; but it parses
each block twice with Python's HTML parser first (to find where it ends, and for MkDocs' anchor
check), which on a large dossier's list pages is most of the build. :func:`set_aside` takes each
block that Markdown would pass through out of the page and leaves an HTML comment in its place,
which Markdown passes through at no cost and in the same way; :func:`put_back` puts the blocks back
into the HTML. tests/test_footnote_html.py checks that the page's HTML is the same either way.
Pure: no MkDocs imports.
"""

from __future__ import annotations

import html
import re

_PLACEHOLDER = "<!--dossier-block-{}-->"
_PLACEHOLDER_RE = re.compile(r"<!--dossier-block-(\d+)-->")
# A block: a line that starts with the start tag of a block-level element, after a blank line (or
# the page's start), to the next blank line (or the end), where its end tag must stand.
_BLOCK_TAG_RE = re.compile(r"<(div|ol|ul|dl|blockquote|p)(?=[\s>])")
_MARKDOWN_ATTRIBUTE_RE = re.compile(r"<[a-zA-Z][^>]*\smarkdown\b")
_tag_patterns: dict[str, re.Pattern] = {}


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """The page with each HTML block Markdown passes through replaced by a comment, and the blocks.
    A block is left in place when Markdown might treat it otherwise: with a ``markdown`` attribute
    (md_in_html parses its content), or holding an element of its own tag (nesting)."""
    if "<!--dossier-block-" in markdown:
        return markdown, []
    blocks: list[str] = []
    pieces: list[str] = []
    position = 0
    # str.find, not a regex that tries every position: a page of a large dossier is 40 KB of HTML.
    begin = 0 if markdown.startswith("<") else _after_blank_line(markdown, 0)
    while begin >= 0:
        start = _BLOCK_TAG_RE.match(markdown, begin)
        end = markdown.find("\n\n", begin)
        end = len(markdown.removesuffix("\n")) if end < 0 else end
        if start is not None:
            block, tag = markdown[begin:end], start[1]
            if (block.endswith(f"</{tag}>") and not ("markdown" in block and _MARKDOWN_ATTRIBUTE_RE.search(block))
                    and _opened(block, tag) == 1):
                pieces += [markdown[position:begin], _PLACEHOLDER.format(len(blocks))]
                blocks.append(block)
                position = end
        begin = _after_blank_line(markdown, max(begin + 1, position))
    pieces.append(markdown[position:])
    return "".join(pieces), blocks


def _after_blank_line(markdown: str, start: int) -> int:
    """Where the next line that follows a blank line and starts with "<" begins; -1: none."""
    found = markdown.find("\n\n<", start)
    return found + 2 if found >= 0 else -1


def put_back(html: str, blocks: list[str]) -> str:
    if not blocks:
        return html
    return _PLACEHOLDER_RE.sub(lambda match: blocks[int(match[1])], html)


def _opened(block: str, tag: str) -> int:
    pattern = _tag_patterns.get(tag)
    if pattern is None:
        pattern = _tag_patterns[tag] = re.compile(rf"<{tag}[\s>]", re.IGNORECASE)
    return len(pattern.findall(block))


# The ids MkDocs collects from a page's HTML (its _HTMLHandler): any element's id, an <a>'s name.
_ANCHOR_RE = re.compile(r"""<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\s(?P<kind>id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def anchor_ids(*pieces: str) -> set[str]:
    """The anchors (ids, and names of links) in pieces of HTML that Markdown never saw."""
    found = set()
    for piece in pieces:
        if "id=" not in piece and "name=" not in piece:
            continue
        for match in _ANCHOR_RE.finditer(piece):
            if match["kind"] == "id" or match["tag"].lower() == "a":
                found.add(html.unescape(match[3] if match[3] is not None else match[4]))
    return found
