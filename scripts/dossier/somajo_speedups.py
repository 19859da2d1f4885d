"""Exact shortcuts for SoMaJo's tokenizer: the same tokens and sentences, less time.

Profiling a cold convert showed SoMaJo's emoji pass at about 40 % of sentence splitting: it walks
every grapheme of every paragraph and calls ``regex.search`` with a pattern *string* for each one,
so the regex module's cache lookup runs a few hundred thousand times per hundred seeds. A grapheme
can only count as an emoji if it holds one of the characters of that pattern; a paragraph without
any of them gets no boundaries, and SoMaJo's own code then changes nothing. So one precompiled
search over the token decides: no such character, nothing to do; otherwise SoMaJo's own pass runs.

Its character offsets were next: for every paragraph SoMaJo builds four tables with an entry per
character, to map the text it tokenized (normalised to NFC, XML entities resolved) back to the
input. For input that is not XML and already NFC (every seed: seed.normalise_text) the mapping is
the identity, and the offsets are those its own ``_determine_offsets`` finds, which is copied here
except that it compares in place instead of copying the rest of the paragraph for every token.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex
from somajo import alignment, doubly_linked_list

# The widest of the two classes SoMaJo's _split_emojis tests graphemes against.
_EMOJI_CHARACTER = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")


def speed_up(somajo) -> None:
    """Patch one ``somajo.SoMaJo`` instance (never the class: other users of SoMaJo are untouched)."""
    tokenizer = somajo._tokenizer
    original = tokenizer._split_emojis

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if _EMOJI_CHARACTER.search(node.value.text) is None:
            return  # SoMaJo would find no boundary and leave the token as it is
        original(node, token_class)

    tokenizer._split_emojis = split_emojis
    if somajo.character_offsets:
        somajo._tokenize = functools.partial(_tokenize, somajo)


def _tokenize(somajo, token_info, xml_input: bool):
    """SoMaJo._tokenize (somajo 2.5), with the offsets of plain NFC text found without the tables."""
    token_list, raw, position = token_info
    tokens = somajo._tokenizer._tokenize(doubly_linked_list.DLL(token_list))
    if xml_input or not unicodedata.is_normalized("NFC", raw):
        offsets = alignment.token_offsets(token_list, raw, position, xml_input, tokens)
    else:
        offsets = [(start + position, end + position) for start, end in _offsets(tokens, raw, position)]
    for token, offset in zip(tokens, offsets, strict=True):
        token.character_offset = offset
    if somajo.split_sentences:
        return somajo._sentence_splitter._split_sentences(tokens)
    return [tokens]


_SPACE = regex.compile(r"\s")  # as somajo.alignment writes it, with the regex module


def _offsets(tokens, raw: str, position: int) -> list[tuple[int, int]]:
    """somajo.alignment._determine_offsets, comparing in place (``startswith(text, i)``)."""
    offsets: list[tuple[int, int]] = []
    raw_i = 0
    raw = _SPACE.sub(" ", raw)
    for token in tokens:
        if token.markup:
            start, end = token.character_offset
            start -= position
            end -= position
        else:
            text = token.text if token.original_spelling is None else token.original_spelling
            text = _SPACE.sub(" ", text)
            if raw.startswith(text, raw_i):
                start = raw_i
                end = start + len(text)
            elif raw.startswith(" " + text, raw_i):
                start = raw_i + 1
                end = start + len(text)
            else:
                raw_start = raw_i
                for i, char in enumerate(text):
                    for j in range(raw_start, len(raw)):
                        if raw[j] == char:
                            if i == 0:
                                start = j
                            if i == len(text) - 1:
                                end = j + 1
                            break
                        if raw[j] not in alignment._skipable_characters:
                            raise ValueError(f"{raw[j]!r} is not a skipable character; token: {text!r}")
                    raw_start = j + 1
        offsets.append((start, end))
        raw_i = end
    return offsets


# SoMaJo ends a sentence only after a token of full stops, ellipses, "!" or "?" (or one of its
# end-of-sentence abbreviations, which all end in a full stop). A paragraph with none of these
# characters before its closing punctuation is one sentence, whatever SoMaJo's tokens: about half
# of a news article's paragraphs (headlines, bylines, one-sentence paragraphs) need no tokenizing.
_CLOSING = re.compile(r"[.!?…\"'“”„»«‘’›‹)\]\s]*\Z")
_SENTENCE_END = re.compile(r"[.!?…]")


def is_one_sentence(paragraph: str) -> bool:
    """Whether SoMaJo could not split ``paragraph`` into more than one sentence."""
    return _SENTENCE_END.search(paragraph, 0, _CLOSING.search(paragraph).start()) is None
