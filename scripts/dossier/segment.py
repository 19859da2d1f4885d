"""Segmenting a seed: paragraphs, sentences with stable anchors ``p{n}-s{m}``, and page furniture.

Paragraphs are numbered over the whole file (the byline is ``p1`` in the sample), so an anchor does
not move when the furniture detection changes its mind. Sentences are split with SoMaJo, which
knows German and English abbreviations, ordinals and quotes that hold several sentences.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import SeedError
from .lexicon import alternation, furniture_cues, merged, quote_pairs, weekday_pattern
from .seed import Seed, SeedMetadata, TextCorrection
from .somajo_speedups import is_one_sentence

# Kinds of paragraph. Only STORY paragraphs are facts; the rest is shown as metadata.
STORY = "story"
HEADLINE = "headline"
STANDFIRST = "standfirst"  # the line under a headline that sums the story up
BYLINE = "byline"
READING_TIME = "reading-time"
DATE = "date"
CREDITS = "credits"
BOILERPLATE = "boilerplate"
FURNITURE_KINDS = (HEADLINE, STANDFIRST, BYLINE, READING_TIME, DATE, CREDITS, BOILERPLATE)

# SoMaJo is careful but slow on pathological input; a paragraph longer than this is split on
# sentence punctuation alone so that a 5 MB line cannot stall a conversion.
MAX_SOMAJO_CHARS = 20_000
# Every fact quotes and scans its whole sentence, so a "sentence" of 20,000 characters without a
# full stop made time and output grow with the square of its length. Longer sentences are cut into
# windows of at most this many characters (each its own anchor), at a comma or semicolon in their
# second half, else at a space: still longer than any sentence a newspaper prints.
MAX_SENTENCE_CHARS = 1_000

_NAME = r"[A-ZÄÖÜ][\w'’.-]*(?:\s+(?:von|van|de|der|da|di|del|le|la|bin|al|[A-ZÄÖÜ][\w'’.-]*))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|und|and|&)\s*{_NAME})*"
# The cues are the lexicons' (dossier.lexicon), of every language: furniture is read before the
# language is known.
# "By Harriet Lowe, Environment correspondent": the role after the names is no name
BYLINE_RE = re.compile(rf"^(?:{alternation(furniture_cues('byline'))})\s+(?P<names>{_NAMES})"
                       r"(?:,\s+(?P<role>(?:[A-ZÄÖÜ][\w-]*\s+){0,3}[a-zäöüß][\w -]{2,50}))?\s*$")
READING_TIME_RE = re.compile(
    rf"^(?:(?:{alternation(furniture_cues('reading_time_label'))})\s*:?\s*)?"
    rf"(?:(?:{alternation(furniture_cues('approximately'))})\s*)?\d{{1,3}}\s*"
    rf"(?:{alternation(furniture_cues('reading_time_unit'))})\.?"
    rf"(?:\s*(?:{alternation(furniture_cues('reading_time_after'))}))?$")
_MONTHS = rf"(?:{alternation([*merged('months'), *merged('month_abbreviations')])})\.?"
DATE_LINE_RE = re.compile(
    rf"^(?:(?:{alternation(furniture_cues('date_line_label'))})"
    rf"(?:\s+(?:{alternation(furniture_cues('date_line_on'))}))?:?\s*)?"
    rf"(?:{weekday_pattern()},?\s*|(?:{alternation(merged('weekday_abbreviations'))})\.?,?\s+)?"
    rf"(?:\d{{1,2}}\.?\s*{_MONTHS}\s*\d{{4}}|{_MONTHS}\s*\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[,\s]+(?:[-–|]\s*)?(?:um\s*)?\d{{1,2}}[:.]\d{{2}}\s*(?:Uhr|[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$")
_CREDIT_ROLES = alternation(furniture_cues("credit_roles"))
_CREDIT_BY = alternation(furniture_cues("credit_by"))
CREDITS_RE = re.compile(rf"^\(?\s*(?:{_CREDIT_ROLES})\b[^.;]{{0,80}}?\b(?:{_CREDIT_BY})\s+[A-ZÄÖÜ]")
# A cue is a whole phrase: "Visit" opens boilerplate, "Visitors" does not.
BOILERPLATE_RE = re.compile(
    "^(?:" + "|".join(re.escape(cue).replace(r"\ ", r"\s+") + (r"\b" if cue[-1].isalnum() else "")
                      for cue in sorted(furniture_cues("boilerplate"), key=len, reverse=True)) + ")",
    re.IGNORECASE)
# "NEW YORK (Thomson Reuters Foundation) – ", "LONDON, March 3 (Reuters) - ", "Berlin (dpa) - "
DATELINE_RE = re.compile(
    r"(?P<place>(?:[A-ZÄÖÜ][A-ZÄÖÜ.'’-]+(?:[ /][A-ZÄÖÜ][A-ZÄÖÜ.'’-]+)*)"
    r"|(?:[A-ZÄÖÜ][a-zäöüß.'’-]+(?:[ /-][A-ZÄÖÜ][a-zäöüß.'’-]+){0,2})(?=,[^()]{3,30}\(|\s*\())"
    r"(?:,\s*(?P<date>[^()–—\n]{3,30}?))?"
    r"\s*(?:\((?P<outlet>[^()\n]{2,60})\))?"
    r"\s*(?:[–—]|--?)\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a seed, addressable as ``#p{paragraph}-s{index}`` on the article page."""

    anchor: str
    paragraph: int
    index: int
    start: int  # offsets into Document.text
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    number: int
    start: int
    end: int
    text: str
    kind: str
    sentences: tuple[Sentence, ...]
    dateline: Span | None = None  # the dateline prefix of the first story paragraph


@dataclass(frozen=True)
class Document:
    """A seed segmented into paragraphs and sentences, with what its furniture says about it."""

    key: str
    path: str
    text: str
    language: str
    metadata: SeedMetadata
    paragraphs: tuple[Paragraph, ...]
    title: str
    title_detected_from: str  # "metadata", "headline" or "lead"
    byline: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    outlet: str | None = None
    dateline: str | None = None
    dateline_date: str | None = None  # "March 3" in "LONDON, March 3 (Reuters) -", as written
    date_line: str | None = None  # a paragraph that is only a date, e.g. "March 27, 2019"
    reading_time: str | None = None
    corrections: tuple[TextCorrection, ...] = ()  # of the seed's text, from its sidecar (see seed.py)
    # Not init fields: dataclasses.replace() must build fresh ones, not extend the original's.
    _by_anchor: dict[str, Sentence] = field(default_factory=dict, init=False, compare=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, compare=False, repr=False)
    _sentences: list[Sentence] = field(default_factory=list, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for paragraph in self.paragraphs:
            for sentence in paragraph.sentences:
                self._by_anchor[sentence.anchor] = sentence
        self._sentences.extend(self.all_sentences())
        self._starts.extend(s.start for s in self._sentences)

    def all_sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    def story_sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs if p.kind == STORY for s in p.sentences]

    def story_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == STORY]

    def sentence(self, anchor: str) -> Sentence | None:
        return self._by_anchor.get(anchor)

    def paragraph(self, number: int) -> Paragraph | None:
        if 1 <= number <= len(self.paragraphs):
            return self.paragraphs[number - 1]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains the character at ``offset``."""
        sentences = self._sentences  # not all_sentences(): callers ask once per quote, so no copy per call
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i]
        return None

    def find_words(self, words: str) -> tuple[Sentence, int, int] | None:
        """Find ``words`` verbatim (white space folded) and return the sentence and their offsets.

        Story sentences are searched first so that a quote in the credits never wins over the story.
        """
        pattern = _words_pattern(words)
        if pattern is None:
            return None
        candidates = self.story_sentences() + [s for s in self.all_sentences()
                                                if self.paragraph(s.paragraph).kind != STORY]
        for sentence in candidates:
            match = pattern.search(sentence.text)
            if match:
                return sentence, sentence.start + match.start(), sentence.start + match.end()
        return None

    def closest_sentence(self, words: str) -> Sentence | None:
        """The sentence most like ``words``, to suggest a fix for a misquoted citation."""
        best, best_ratio = None, 0.0
        wanted = _fold(words)
        for sentence in self.all_sentences():
            matcher = difflib.SequenceMatcher(None, wanted, _fold(sentence.text), autojunk=False)
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            block = max(matcher.get_matching_blocks(), key=lambda b: b.size)
            ratio = block.size / max(1, len(wanted)) + matcher.ratio() / 100
            if ratio > best_ratio:
                best, best_ratio = sentence, ratio
        return best


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[„“”‚‘’«»\"'`]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _words_pattern(words: str) -> re.Pattern[str] | None:
    """A pattern for quoted words: exact text, but any run of white space matches any other."""
    parts = unicodedata.normalize("NFC", words).split()
    if not parts:
        return None
    return re.compile(r"\s+".join(re.escape(p) for p in parts))


# --- paragraphs ------------------------------------------------------------------------------

_TERMINAL = ".!?:;\"“”»«'’…)"


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: one line each, or a hard-wrapped block separated by blank lines.

    A block counts as one wrapped paragraph when its lines look wrapped (see ``_is_wrapped``);
    otherwise each line is its own paragraph, as in the sample seed.
    """
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        lines = [(m.start() + block.start(), m.end() + block.start())
                 for m in re.finditer(r"[^\n]+", block.group())]
        lines = [(s, e) for s, e in lines if text[s:e].strip()]
        if _is_wrapped([text[s:e].strip() for s, e in lines]):
            spans.append(_strip_span(text, lines[0][0], lines[-1][1]))
        else:
            spans.extend(_strip_span(text, s, e) for s, e in lines)
    return spans


def _is_wrapped(lines: list[str]) -> bool:
    """Whether the lines of one block are a single hard-wrapped paragraph.

    All lines but the last must be long, and the last must not be much longer than the others (a
    short headline above a long lead is two paragraphs). Then the block is wrapped if no line but
    the last ends a sentence, or if some do not and every line is full: the next line's first word
    would not have fitted on it, so a wrap that happens to fall after a full stop is still a wrap.
    """
    if len(lines) < 2 or any(len(line) < 40 for line in lines[:-1]):
        return False
    if len(lines[-1]) > max(len(line) for line in lines[:-1]) + 10:
        return False
    open_ends = [line[-1] not in _TERMINAL for line in lines[:-1]]
    if all(open_ends):
        return True
    width = max(len(line) for line in lines)
    return any(open_ends) and all(len(line) + 1 + len(following.split()[0]) > width
                                  for line, following in zip(lines, lines[1:], strict=False))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- sentences -------------------------------------------------------------------------------

@functools.lru_cache(maxsize=2)
def _tokenizer(language: str):
    from somajo import SoMaJo  # imported lazily: loading it costs a few hundred milliseconds

    from .somajo_speedups import speed_up  # exact shortcuts: the same sentences in about 2/3 of the time

    tokenizer = SoMaJo("en_PTB" if language == "en" else "de_CMC", split_camel_case=False,
                       character_offsets=True)
    speed_up(tokenizer)
    return tokenizer


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans within ``text``, which is one paragraph."""
    if not text.strip():
        return []
    if len(text) > MAX_SOMAJO_CHARS:
        return _bounded(text, _split_sentences_plainly(text))
    if is_one_sentence(text):  # what SoMaJo would find, without tokenizing (see somajo_speedups)
        return _bounded(text, [_strip_span(text, 0, len(text))])
    spans = []
    for tokens in _tokenizer(language).tokenize_text([text]):
        offsets = [t.character_offset for t in tokens if t.character_offset]
        if offsets:
            spans.append((offsets[0][0], offsets[-1][1]))
    return _bounded(text, _cover_gaps(text, spans))


_CLAUSE_END_RE = re.compile(r"[,;](?=\s)")
_SPACE_RE = re.compile(r"\s")


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut every span longer than MAX_SENTENCE_CHARS into windows (see there); deterministic and exact."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            limit, half = start + MAX_SENTENCE_CHARS, start + MAX_SENTENCE_CHARS // 2
            clause_ends = [m.end() for m in _CLAUSE_END_RE.finditer(text, half, limit)]
            spaces = [m.start() for m in _SPACE_RE.finditer(text, half, limit + 1)]
            cut = clause_ends[-1] if clause_ends else spaces[-1] if spaces else limit
            window = _strip_span(text, start, cut)
            if window[1] > window[0]:
                result.append(window)
            start = _strip_span(text, cut, end)[0]
        if end > start:
            result.append((start, end))
    return result


# What the facts of one kind (events, figures) may quote in all: each quotes its whole sentence in
# facts.json, timeline.json and the CSV files, so this bounds what a seed writes into docs/. An
# article quotes its sentences once or twice over; thousands of figures in "sentences" of 1,000
# characters (a seed without full stops) would write hundreds of megabytes.
QUOTED_PER_CHAR = 4
QUOTED_FLOOR = 1_000_000


def check_quoted(document: Document, what: str, quoted: list[tuple[int, int]]) -> None:
    """Refuse a seed whose facts quote more than the budget above; ``quoted`` are their citations'
    (start, end) offsets, in text order. The error names the line where the budget ran out."""
    budget = QUOTED_PER_CHAR * len(document.text) + QUOTED_FLOOR
    total = 0
    for start, end in quoted:
        total += end - start
        if total > budget:
            total = sum(e - s for s, e in quoted)
            raise SeedError(f"its {len(quoted):,} {what} quote {total / 1e6:.1f} MB of its sentences, more than "
                            f"{QUOTED_PER_CHAR} times the seed: the pages and exports would not be readable",
                            path=document.path, line=document.text.count("\n", 0, start) + 1,
                            hint="a seed is one article, with full stops between its sentences: split it into "
                                 "articles, or end its sentences")


def _split_sentences_plainly(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?…]+[\"“”»’']*\s+(?=[\"„“»‚'(]?[A-ZÄÖÜ])", text):
        spans.append(_strip_span(text, start, match.end()))
        start = match.end()
    spans.append(_strip_span(text, start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _cover_gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Make sure every non-space character belongs to a sentence (SoMaJo drops some symbols)."""
    result: list[tuple[int, int]] = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        gap = text[position:start]
        if gap.strip():
            if result:
                result[-1] = (result[-1][0], _strip_span(text, position, start)[1])
            else:
                start = _strip_span(text, position, start)[0]
        result.append((start, end))
        position = end
    tail = text[position:]
    if tail.strip():
        if result:
            result[-1] = (result[-1][0], _strip_span(text, position, len(text))[1])
        else:
            result.append(_strip_span(text, position, len(text)))
    return result


# --- language --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["de", "en"])
    return identifier


_GERMAN_HINTS = re.compile(r"\b(?:der|die|das|und|ist|nicht|sagte|dass|mit|für|von|auf)\b|[äöüß]")
_ENGLISH_HINTS = re.compile(r"\b(?:the|and|is|not|said|that|with|for|of|on|was|were)\b")


def detect_language(text: str) -> str:
    """'de' or 'en'. Short or ambiguous texts fall back to counting common words."""
    sample = text[:20_000]
    german = len(_GERMAN_HINTS.findall(sample))
    english = len(_ENGLISH_HINTS.findall(sample))
    if german + english >= 20 and max(german, english) >= 3 * min(german, english):
        return "de" if german > english else "en"  # clear without loading the model
    if not re.search(r"[^\W\d_]", sample):
        return "de" if german >= english else "en"
    language, _ = _language_identifier().classify(sample)
    return language


# --- furniture -------------------------------------------------------------------------------

def classify_paragraphs(texts: list[str]) -> list[str]:
    """A kind per paragraph: the story, or the page furniture around it.

    Furniture is looked for only at the top (headline, byline, reading time, date) and at the
    bottom (credits and the boilerplate after them), so a sentence in the story that happens to
    begin with "Von" is never hidden.
    """
    kinds = [STORY] * len(texts)
    top = 0
    for i, text in enumerate(texts[:6]):
        stripped = text.strip()
        if BYLINE_RE.match(stripped) and len(stripped) <= 120:
            kinds[i] = BYLINE
        elif READING_TIME_RE.match(stripped):
            kinds[i] = READING_TIME
        elif DATE_LINE_RE.match(stripped):
            kinds[i] = DATE
        elif i == 0 and _looks_like_headline(stripped, texts[1:3]):
            kinds[i] = HEADLINE
        elif i == 1 and kinds[0] == HEADLINE and _looks_like_headline(stripped, texts[2:3]) and \
                len(texts) > 2 and _is_furniture_or_lead(texts[2].strip()):
            kinds[i] = STANDFIRST  # "Regulator says failures were 'deliberate'" under the headline
        else:
            break
        top = i + 1
    credits_at = None
    for i in range(len(texts) - 1, top - 1, -1):
        if CREDITS_RE.match(texts[i].strip()):
            credits_at = i
            break
        if len(texts) - i > 8:
            break
    if credits_at is not None:
        kinds[credits_at] = CREDITS
        for i in range(credits_at + 1, len(texts)):
            kinds[i] = BOILERPLATE
    else:
        for i in range(len(texts) - 1, top, -1):
            if BOILERPLATE_RE.match(texts[i].strip()):
                kinds[i] = BOILERPLATE
            else:
                break
    if STORY not in kinds and texts:  # never hide a whole article: the first line is the story then
        kinds[top if top < len(texts) else 0] = STORY
    return kinds


# A headline is short: German and English papers keep them under about 15 words.
HEADLINE_MAX_CHARS = 140
HEADLINE_MAX_WORDS = 20
_SENTENCE_BREAK_RE = re.compile(r"[.!?…][\"“”»’']?\s+[\"„“»‚'(]?[A-ZÄÖÜ]")
_STORY_END = ".!?…\"“”»«’')"


def _looks_like_headline(text: str, following: list[str]) -> bool:
    """A first line that reads as a headline: short, one phrase, no final full stop, and the story
    (or the byline, reading time, date or dateline above it) follows.

    A final quotation mark is allowed („Wir sind keine Verbrecher“), but not after a full stop:
    ``„… geschlossen.“`` is a sentence of the story.
    """
    if not following or len(text) > HEADLINE_MAX_CHARS or not 2 <= len(text.split()) <= HEADLINE_MAX_WORDS:
        return False
    if text[-1] in ".,;:–—-" or re.search(r"[.,;:][\"“”»’']$", text) or not any(c.isalnum() for c in text):
        return False
    if _SENTENCE_BREAK_RE.search(text):  # two sentences are a paragraph, not a headline
        return False
    nxt = following[0].strip()
    if _is_furniture_or_lead(nxt):
        return True
    if len(following) > 1 and _is_furniture_or_lead(following[1].strip()) and \
            _looks_like_headline(nxt, following[1:2]):
        return True  # a headline, its standfirst, then the byline
    # The story: a longer paragraph that ends a sentence.
    return len(nxt) > max(len(text), 60) and nxt[-1] in _STORY_END


def _is_furniture_or_lead(text: str) -> bool:
    """A byline, reading time, date or dateline: what follows a headline and its standfirst."""
    return bool(BYLINE_RE.match(text) or READING_TIME_RE.match(text) or DATE_LINE_RE.match(text)
                or DATELINE_RE.match(text))


def _split_names(names: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|\bund\b|\band\b|&)\s*", names.strip().rstrip("."))
    return tuple(p.strip() for p in parts if p.strip())


_CREDIT_PART_RE = re.compile(rf"(?P<role>{_CREDIT_ROLES})[^;.()]*?\b(?:{_CREDIT_BY})\s+(?P<names>[^;.()]+)")
_EDITING_ROLES = furniture_cues("editing_roles")


def read_credits(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Reporters and editors from "Berichterstattung von A; Bearbeitung von B."."""
    reporters: list[str] = []
    editors: list[str] = []
    for match in _CREDIT_PART_RE.finditer(text):
        target = editors if match["role"] in _EDITING_ROLES else reporters
        target.extend(n for n in _split_names(match["names"]) if n not in target)
    return tuple(reporters), tuple(editors)


# --- the whole document ----------------------------------------------------------------------

def segment(seed: Seed, known: Mapping[tuple[str, str], list[tuple[int, int]]] | None = None) -> Document:
    """Segment a seed into a Document. Pure: same seed, same document.

    ``known`` are sentence splits found before, from :func:`sentence_splits`: a paragraph found
    there is not split again. An edit to one paragraph of a seed then needs SoMaJo for that
    paragraph alone, and none at all when it is a sentence: constructing SoMaJo's tokenizer takes
    most of a second, more than the rest of a one-seed convert."""
    text = seed.text
    spans = split_paragraphs(text)
    texts = [text[s:e] for s, e in spans]
    kinds = classify_paragraphs(texts)
    story_text = "\n".join(t for t, k in zip(texts, kinds, strict=True) if k == STORY)
    language = seed.metadata.language or detect_language(story_text or text)

    paragraphs: list[Paragraph] = []
    dateline_match = None
    first_story = kinds.index(STORY) if STORY in kinds else None
    for number, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True), start=1):
        body_start = start
        dateline = None
        if number - 1 == first_story:
            dateline_match = DATELINE_RE.match(text, start, end)
            if dateline_match and dateline_match.end() < end:
                body_start = dateline_match.end()
                span_end = _strip_span(text, start, body_start)[1]
                dateline = Span(start, span_end, text[start:span_end])
        body = text[body_start:end]
        split = (known or {}).get((language, body))
        if split is None:
            split = split_sentences(body, language)
        sentences = tuple(
            Sentence(anchor=f"p{number}-s{index}", paragraph=number, index=index,
                     start=body_start + s, end=body_start + e, text=text[body_start + s: body_start + e])
            for index, (s, e) in enumerate(split, start=1))
        paragraphs.append(Paragraph(number=number, start=start, end=end, text=text[start:end],
                                    kind=kind, sentences=sentences, dateline=dateline))

    byline: tuple[str, ...] = seed.metadata.byline or ()
    editors: tuple[str, ...] = ()
    reading_time = date_line = None
    for paragraph in paragraphs:
        if paragraph.kind == BYLINE and not seed.metadata.byline:
            byline += tuple(n for n in _split_names(BYLINE_RE.match(paragraph.text.strip())["names"])
                            if n not in byline)
        elif paragraph.kind == READING_TIME:
            reading_time = paragraph.text.strip()
        elif paragraph.kind == DATE:
            date_line = paragraph.text.strip()
        elif paragraph.kind == CREDITS:
            reporters, editors = read_credits(paragraph.text)
            if not byline:
                byline = reporters
    outlet = seed.metadata.outlet
    dateline = dateline_date = None
    if dateline_match:
        dateline = dateline_match["place"].strip()
        dateline_date = (dateline_match["date"] or "").strip() or None
        outlet = outlet or (dateline_match["outlet"] or "").strip() or None
    title, title_from = _title(seed.metadata, paragraphs)
    return Document(key=seed.key, path=seed.path, text=text, language=language, metadata=seed.metadata,
                    paragraphs=tuple(paragraphs), title=title, title_detected_from=title_from,
                    byline=byline, editors=editors, outlet=outlet, dateline=dateline,
                    dateline_date=dateline_date, date_line=date_line, reading_time=reading_time,
                    corrections=seed.corrections)


def sentence_splits(document: Document) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """What :func:`split_sentences` gave for the paragraphs of ``document`` (which :func:`segment`
    made, with this code): (language, the paragraph's text after its dateline) -> sentence spans."""
    splits = {}
    for paragraph in document.paragraphs:
        body_start = paragraph.start
        if paragraph.dateline is not None:  # as segment() found it
            body_start = DATELINE_RE.match(document.text, paragraph.start, paragraph.end).end()
        splits[(document.language, document.text[body_start:paragraph.end])] = [
            (s.start - body_start, s.end - body_start) for s in paragraph.sentences]
    return splits


# A lead sentence up to this long is the whole title; a longer one is shortened at a word and ends in "…".
LEAD_TITLE_MAX_CHARS = 110


def _title(metadata: SeedMetadata, paragraphs: list[Paragraph]) -> tuple[str, str]:
    """The sidecar's title, else the headline line, else the lead sentence ("lead": the page says so).

    The sidecar wins over the headline: it is the editor's decision. A lead too long for a title is
    shortened at a word and ends in " …", never cut at a comma into what would read as a complete
    headline; we shorten, we never reword.
    """
    if metadata.title:
        return metadata.title, "metadata"
    for paragraph in paragraphs:
        if paragraph.kind == HEADLINE:
            return re.sub(r"\s+", " ", paragraph.text.strip()), "headline"
    for paragraph in paragraphs:
        if paragraph.kind == STORY and paragraph.sentences:
            lead = re.sub(r"\s+", " ", paragraph.sentences[0].text.strip())  # a hard-wrapped lead: one line
            if len(lead) > LEAD_TITLE_MAX_CHARS:
                lead = _shorten(lead, LEAD_TITLE_MAX_CHARS - 10)
            elif lead.endswith(".") and not lead.endswith(".."):
                lead = lead[:-1]
            title = _drop_unclosed_quote(lead.strip())
            if sum(c.isalnum() for c in title) >= 2:
                return title, "lead"
            # A lead of punctuation only ("..") names nothing: try the next paragraph, else the key.
    return metadata.key, "key"


# Opening quotation marks and the marks that may close them.
_QUOTE_PAIRS = quote_pairs()


def _drop_unclosed_quote(title: str) -> str:
    """Close a quotation that the shortened lead cut off: „Wir haben nichts getan …“.

    SoMaJo ends a sentence inside a quote (``„Wir haben nichts getan. Das ist eine Lüge“, sagte
    er.``), and the title is cut at a comma, so a lead title may open a quote it never closes.
    Dropping the mark instead would turn someone's words into the site's own claim.
    """
    if len(title) > 1 and title[0] in _QUOTE_PAIRS and not any(c in title[1:] for c in _QUOTE_PAIRS[title[0]]):
        return f"{title.rstrip(' …')} …{_QUOTE_PAIRS[title[0]][0]}"
    return title


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary before ``limit``, marked with " …"."""
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:–—-") + " …"
