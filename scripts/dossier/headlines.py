"""Headlines for timeline items: who did what, in the cited sentence's own words.

A headline is never invented: it is the clause of the sentence that holds the event's time
expression, without that expression, without the attribution ("sagte ihr Anwalt", "said police") and
without the conjunction that opens it ("nachdem", "that"). When that clause is only an attribution
("…, sagte ihr Anwalt am Mittwoch"), the sentence's main clause is the event. At most twelve words,
cut at a word that can end a phrase; None when nothing readable is left.
"""

from __future__ import annotations

import re

from .lexicon import merged

HEADLINE_MAX_WORDS = 12
_SAYING = {w.lower() for w in merged("verbs_of_saying")} | {w.lower() for w in merged("inverting_verbs")}
_OPENERS = {w.lower() for w in merged("relative_pronouns")} | {
    "dass", "daß", "weil", "nachdem", "obwohl", "während", "als", "wenn", "ob", "und", "aber", "doch", "denn",
    "sondern", "that", "because", "after", "before", "although", "while", "when", "whether", "and", "but", "so",
    "which", "who", "where"}
_ARTICLES = {w.lower() for w in merged("articles")}
_ENDS_BADLY = _OPENERS | _ARTICLES | {w.lower() for w in merged("prepositions")} | {
    "of", "to", "mit", "von", "zu", "für", "the", "during", "about", "over", "under", "than", "as", "into"}
# Clauses end at these marks; a comma inside a number ("3,000") or a list ("Kosten, Standort und
# Denkmalschutz") is no break.
_CLAUSE_RE = re.compile(r",(?!\d)(?!\s*[^\s,]+\s+(?:und|oder|and|or)\s)|;|:(?!\d)|\s[–—]\s|[„“”\"»«()]")
_WORD_RE = re.compile(r"\S+")


def headline(sentence: str, when_start: int, when_end: int) -> str | None:
    """The headline of the event dated by ``sentence[when_start:when_end]``."""
    if "," in sentence[when_start:when_end]:
        # "am Mittwoch, dem 13. März 2024, den Neubau": the commas of the date's apposition end no clause
        closing = 1 if sentence[when_end:when_end + 1] == "," else 0
        sentence = (sentence[:when_start] + sentence[when_start:when_end].replace(",", " ") + " " * closing
                    + sentence[when_end + closing:])
    clauses = _clauses(sentence)
    own = next((c for c in clauses if c[0] <= when_start < c[1]), None)
    chosen = own
    if own is None or _is_attribution(sentence[own[0]:own[1]]) or _words(sentence, own, when_start, when_end) < 3:
        main = next((c for c in clauses if not _is_attribution(sentence[c[0]:c[1]])
                     and _words(sentence, c, when_start, when_end) >= 3), None)
        chosen = main or own
    if chosen is None:
        return None
    start, end = chosen
    text = sentence[start:end]
    if start <= when_start and when_end <= end:  # the date is shown beside the headline
        text = sentence[start:when_start] + " " + sentence[when_end:end]
    words = _WORD_RE.findall(text)
    # "nachdem", "that", a relative "der": a clause's opener; but "Der" opening the sentence is its article
    while words and words[0].lower().strip("„“\"'") in _OPENERS \
            and not (start == 0 and words[0].lower() in _ARTICLES):
        words.pop(0)
    if len(words) > HEADLINE_MAX_WORDS:
        words = words[:HEADLINE_MAX_WORDS]
    while words and words[-1].lower().strip(".,;:!?") in _ENDS_BADLY:
        words.pop()
    if len(words) < 2:
        return None
    result = " ".join(words).strip(" ,;:–—").rstrip(".!?").rstrip(" ,;:–—")
    return result[:1].upper() + result[1:] if result else None


def _clauses(sentence: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(sentence)] + [len(sentence) + 1]
    spans = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        end = min(b - 1, len(sentence)) if b <= len(sentence) else len(sentence)
        if sentence[a:end].strip():
            spans.append((a, end))
    return spans


def _is_attribution(clause: str) -> bool:
    """"sagte ihr Anwalt am Mittwoch", "heißt es in der Klage", "said police": who says it, not what happened."""
    words = [w.lower().strip(".,;:!?") for w in _WORD_RE.findall(clause)]
    return any(w in _SAYING for w in words[:3]) or (len(words) <= 5 and any(w in _SAYING for w in words))


def _words(sentence: str, clause: tuple[int, int], when_start: int, when_end: int) -> int:
    start, end = clause
    text = sentence[start:end]
    if start <= when_start and when_end <= end:
        text = sentence[start:when_start] + " " + sentence[when_end:end]
    return len([w for w in _WORD_RE.findall(text) if w.lower() not in _OPENERS])
