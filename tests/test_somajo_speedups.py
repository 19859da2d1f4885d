"""The shortcuts around SoMaJo (dossier.somajo_speedups) change nothing: on every paragraph of the
sample seed, the test articles and the hostile corpus, the sentences are those SoMaJo itself finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from somajo import SoMaJo

from dossier import segment
from dossier.somajo_speedups import is_one_sentence, speed_up

ROOT = Path(__file__).resolve().parent.parent
EDGE_CASES = [
    "Titel ohne Punkt", "  Mit Leerzeichen davor und danach  ", "„Wir haben zu lange gewartet“, sagte er.",
    "Yahoo! kauft Datenwerk", "Am 3. März 2019 kam er.", "Dr. Müller kam", "Eins… zwei", "(In Klammern.)",
    "\u200bMit Null-Breite am Anfang", "Frage? Antwort.", "Ende?!", "„Ja.“ „Nein.“", "It's 5 p.m. now",
    "U.S. news", "Emoji 😀 im Satz, und 👍🏽 danach", "Zwei Sätze. Mit 🇩🇪 Flagge!", "Ein Herz ❤️ hier",
]


def paragraphs() -> list[str]:
    texts = [ROOT / "seeds" / "000_309a6589a2c97f54.txt", *sorted((ROOT / "tests" / "texts").glob("*.txt")),
             *sorted((ROOT / "tests" / "hostile").glob("*.txt"))]
    found = []
    for path in texts:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # the hostile corpus holds files that are not text on purpose
        found += [p for p in text.split("\n") if p.strip() and len(p) <= segment.MAX_SOMAJO_CHARS]
    return found + EDGE_CASES


def somajo_sentences(tokenizer: SoMaJo, paragraph: str) -> list[tuple[int, int]]:
    """What segment.split_sentences made of SoMaJo's output before the shortcuts."""
    spans = []
    for tokens in tokenizer.tokenize_text([paragraph]):
        offsets = [t.character_offset for t in tokens if t.character_offset]
        if offsets:
            spans.append((offsets[0][0], offsets[-1][1]))
    return segment._bounded(paragraph, segment._cover_gaps(paragraph, spans))


@pytest.mark.parametrize("language", ["de", "en"])
def test_sentences_are_those_somajo_finds(language):
    plain = SoMaJo("en_PTB" if language == "en" else "de_CMC", split_camel_case=False, character_offsets=True)
    found = paragraphs()
    assert len(found) > 500
    shortcut = [p for p in found if is_one_sentence(p)]
    assert 0.2 * len(found) < len(shortcut) < len(found)  # the shortcut is taken, and not always
    mismatches = [p for p in found if segment.split_sentences(p, language) != somajo_sentences(plain, p)]
    assert mismatches == []


@pytest.mark.parametrize("language", ["de_CMC", "en_PTB"])
def test_the_shortcuts_give_the_same_tokens_and_offsets(language):
    plain = SoMaJo(language, character_offsets=True)
    fast = SoMaJo(language, character_offsets=True)
    speed_up(fast)
    found = paragraphs()

    def tokens(tokenizer):
        return [[(t.text, t.character_offset, t.token_class) for t in sentence]
                for sentence in tokenizer.tokenize_text(found)]

    assert tokens(fast) == tokens(plain)
