"""Labels, dates and numbers in the site's language (German and English)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "to_sentence": {"de": "Zur Quelle", "en": "To the source"},
    "to_sentence_title": {"de": "Den Satz im Originaltext zeigen", "en": "Show the sentence in the source text"},
    "article": {"de": "Artikel", "en": "Article"},
    "articles": {"de": "Artikel", "en": "Articles"},
    "byline": {"de": "Autorin/Autor", "en": "By"},
    "editors": {"de": "Bearbeitung", "en": "Editing"},
    "outlet": {"de": "Medium", "en": "Outlet"},
    "dateline": {"de": "Ort", "en": "Dateline"},
    "published": {"de": "Veröffentlicht", "en": "Published"},
    "not_given": {"de": "nicht angegeben", "en": "not given"},
    "reading_time": {"de": "Lesezeit", "en": "Reading time"},
    "credits": {"de": "Mitwirkende", "en": "Credits"},
    "boilerplate": {"de": "Hinweise des Mediums", "en": "Notes from the outlet"},
    "source_text": {"de": "Originaltext", "en": "Source text"},
    "original": {"de": "Original", "en": "Original"},
    "about_article": {"de": "Angaben zum Artikel", "en": "About this article"},
    "sentence_hint": {
        "de": "Jeder Satz hat einen Anker: Fußnoten auf den anderen Seiten führen direkt zum "
              "zitierten Satz, der hervorgehoben wird.",
        "en": "Every sentence has an anchor: footnotes on the other pages lead straight to the "
              "quoted sentence, which is highlighted.",
    },
    "home": {"de": "Übersicht", "en": "Overview"},
}


def label(name: str, language: str) -> str:
    """The label ``name`` in ``language``; English when the language is not known."""
    entry = LABELS[name]
    return entry.get(language) or entry["en"]
