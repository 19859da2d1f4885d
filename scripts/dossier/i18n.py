"""Labels, dates and numbers in the site's language (German and English)."""

from __future__ import annotations

import functools

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
    "original": {"de": "Original", "en": "Original"},
    "sentence_hint": {
        "de": "Jeder Satz hat einen Anker: Fußnoten auf den anderen Seiten führen direkt zum "
              "zitierten Satz, der hervorgehoben wird.",
        "en": "Every sentence has an anchor: footnotes on the other pages lead straight to the "
              "quoted sentence, which is highlighted.",
    },
}


def label(name: str, language: str) -> str:
    """The label ``name`` in ``language``; English when the language is not known."""
    entry = LABELS[name]
    return entry.get(language) or entry["en"]


LABELS.update({
    "headline": {"de": "Schlagzeile", "en": "Headline"},
    "date": {"de": "Datum", "en": "Date"},
    "timeline": {"de": "Chronologie", "en": "Timeline"},
    "figures": {"de": "Zahlen & Fakten", "en": "Key figures"},
    "sources": {"de": "Quellen", "en": "Sources"},
    "date_not_given": {"de": "Datum nicht angegeben", "en": "date not given"},
    "undated": {"de": "Ohne Datum", "en": "Undated"},
    "undated_note": {
        "de": "Diese Ereignisse nennen nur einen Wochentag oder einen relativen Tag, und der Artikel "
              "gibt kein Erscheinungsdatum an. Wir raten das Datum nicht.",
        "en": "These events name only a weekday or a relative day, and the article gives no date of "
              "publication. We do not guess the date.",
    },
    "lead": {"de": "Worum es geht", "en": "What this is about"},
    "latest_events": {"de": "Die jüngsten Ereignisse", "en": "Latest events"},
    "figures_at_a_glance": {"de": "Zahlen auf einen Blick", "en": "Figures at a glance"},
    "source_articles": {"de": "Quellartikel", "en": "Source articles"},
    "all_events": {"de": "Alle Ereignisse", "en": "All events"},
    "all_figures": {"de": "Alle Zahlen", "en": "All figures"},
    "downloads": {"de": "Daten herunterladen", "en": "Download the data"},
    "quotes": {"de": "Zitate", "en": "Quotes"},
    "statements": {"de": "Aussagen", "en": "Statements"},
    "kind_person": {"de": "Personen", "en": "People"},
    "kind_organisation": {"de": "Organisationen", "en": "Organisations"},
    "kind_document": {"de": "Dokumente", "en": "Documents"},
    "kind_group": {"de": "Gruppen", "en": "Groups"},
    "kind_anonymous": {"de": "Anonyme Quellen", "en": "Anonymous sources"},
    "no_events": {"de": "Keine datierten Ereignisse gefunden.", "en": "No dated events found."},
    "no_figures": {"de": "Keine Zahlen gefunden.", "en": "No figures found."},
    "no_sources": {"de": "Keine Quellen gefunden.", "en": "No sources found."},
    "generated_note": {
        "de": "Automatisch aus den Quellartikeln erzeugt. Jede Angabe ist mit dem Satz belegt, aus dem "
              "sie stammt; Korrekturen gehen an die Redaktion.",
        "en": "Generated from the source articles. Every fact is cited to the sentence it comes from; "
              "corrections go to the editors.",
    },
    "per_year_note": {"de": "Ereignisse nach Jahr", "en": "Events by year"},
    "all_pages": {"de": "alle Seiten", "en": "all pages"},
    "more_articles": {"de": "… und {n} weitere Artikel, alle in der Navigation unter „Artikel“.",
                      "en": "… and {n} more articles, all in the navigation under “Articles”."},
    "events_count": {"de": "{n} Ereignisse", "en": "{n} events"},
})

_QUALIFIERS = {
    "more than": {"de": "mehr als", "en": "more than"},
    "less than": {"de": "weniger als", "en": "less than"},
    "about": {"de": "rund", "en": "about"},
    "nearly": {"de": "knapp", "en": "nearly"},
    "almost": {"de": "fast", "en": "almost"},
    "up to": {"de": "bis zu", "en": "up to"},
    "at least": {"de": "mindestens", "en": "at least"},
    "at most": {"de": "höchstens", "en": "at most"},
    "between": {"de": "zwischen", "en": "between"},
}
_PERIODS = {
    "early": {"de": "Anfang {}", "en": "early {}"},
    "mid": {"de": "Mitte {}", "en": "mid-{}"},
    "late": {"de": "Ende {}", "en": "late {}"},
    "spring": {"de": "Frühjahr {}", "en": "spring {}"},
    "summer": {"de": "Sommer {}", "en": "summer {}"},
    "autumn": {"de": "Herbst {}", "en": "autumn {}"},
    "winter": {"de": "Winter {}", "en": "winter {}"},
    "Q1": {"de": "1. Quartal {}", "en": "Q1 {}"},
    "Q2": {"de": "2. Quartal {}", "en": "Q2 {}"},
    "Q3": {"de": "3. Quartal {}", "en": "Q3 {}"},
    "Q4": {"de": "4. Quartal {}", "en": "Q4 {}"},
    "H1": {"de": "1. Halbjahr {}", "en": "first half of {}"},
    "H2": {"de": "2. Halbjahr {}", "en": "second half of {}"},
}


@functools.cache
def _babel_locale(language: str):
    """Parsed once: babel parses a locale name on every call, a third of a large convert's rendering."""
    from babel import Locale

    return Locale.parse(language if language in ("de", "en") else "en")


def qualifier_label(qualifier: str | None, language: str) -> str | None:
    if not qualifier:
        return None
    entry = _QUALIFIERS.get(qualifier)
    return (entry.get(language) or entry["en"]) if entry else qualifier


def format_number(value: float | int, language: str) -> str:
    """291000 → "291.000" (de) or "291,000" (en); 2.5 → "2,5" / "2.5"."""
    from babel.numbers import format_decimal

    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return format_decimal(value, locale=_babel_locale(language))


def format_figure(value: float | int, unit: str, language: str, value_to: float | int | None = None) -> str:
    """A figure in the site's language: "291.000 US-Dollar", "80 %", "12–25"."""
    from babel.numbers import UnknownCurrencyError, get_currency_name

    number = format_number(value, language)
    if value_to is not None:
        number += "–" + format_number(value_to, language)
    if unit == "percent":
        return f"{number}\u00a0%" if language == "de" else f"{number}%"
    if len(unit) == 3 and unit.isupper():
        try:
            count = 1 if value == 1 else 2
            name = get_currency_name(unit, count=count, locale=_babel_locale(language))
        except UnknownCurrencyError:
            name = unit
        return f"{number}\u00a0{name}"
    return number


def format_event_date(date: str | None, precision: str, period: str | None, language: str) -> str:
    """An ISO date at its precision, in the site's language: "2013", "April 2018", "3. März 2019"."""
    import datetime as dt

    from babel.dates import format_date, format_skeleton

    locale = language if language in ("de", "en") else "en"
    if not date:
        return label("date_not_given", language)
    parts = date.split("-")
    try:
        year = int(parts[0])
        if len(parts) >= 3 and parts[2].isdigit():
            day = dt.date(year, int(parts[1]), int(parts[2]))
            if precision == "week":
                return ("Woche vom " if locale == "de" else "week of ") + format_date(day, "long",
                                                                                     locale=_babel_locale(locale))
            return format_date(day, "long", locale=_babel_locale(locale))
        if len(parts) >= 2 and parts[1].isdigit():
            month = format_skeleton("yMMMM", dt.date(year, int(parts[1]), 1), locale=_babel_locale(locale))
            if period in _PERIODS:
                return _PERIODS[period].get(locale, _PERIODS[period]["en"]).format(month)
            return month
    except ValueError:
        return date
    if period in _PERIODS:
        return _PERIODS[period].get(locale, _PERIODS[period]["en"]).format(year)
    return str(year)


_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_WEEKDAY_WORDS = {name.casefold(): i for names in _WEEKDAYS.values() for i, name in enumerate(names)}
_WEEKDAY_WORDS["sonnabend"] = 5


def undated_label(when: str, language: str) -> str | None:
    """"am Montag" with no date to resolve it: "Montag" in the site's language, else None."""
    import re

    words = re.findall(r"\w+", when.casefold())
    days = [_WEEKDAY_WORDS[w] for w in words if w in _WEEKDAY_WORDS]
    if len(days) != 1:
        return None
    return _WEEKDAYS.get(language, _WEEKDAYS["en"])[days[0]]
