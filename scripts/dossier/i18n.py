"""Labels, dates and numbers in the site's language (German and English)."""

from __future__ import annotations

import functools

from .lexicon import LANGUAGES, lexicon, lexicons, weekday_numbers


def label(name: str, language: str) -> str:
    """The label ``name`` in ``language``; English when the language is not known."""
    own = lexicon(language).page_labels if language in LANGUAGES else {}
    return own.get(name) or lexicon("en").page_labels[name]


# Codes -> {language: text}, from the lexicons (overrides.py reads the codes from these two).
_QUALIFIERS = {code: {each.language: each.qualifier_labels[code] for each in lexicons()}
               for code in lexicon("en").qualifier_labels}
_PERIODS = {code: {each.language: each.period_labels[code] for each in lexicons()}
            for code in lexicon("en").period_labels}


@functools.cache
def _babel_locale(language: str):
    """Parsed once: babel parses a locale name on every call, a third of a large convert's rendering."""
    from babel import Locale

    return Locale.parse(language if language in LANGUAGES else "en")


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

    locale = language if language in LANGUAGES else "en"
    if not date:
        return label("date_not_given", language)
    parts = date.split("-")
    try:
        year = int(parts[0])
        if len(parts) >= 3 and parts[2].isdigit():
            day = dt.date(year, int(parts[1]), int(parts[2]))
            if precision == "week":
                return label("week_of", locale).format(format_date(day, "long", locale=_babel_locale(locale)))
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


def undated_label(when: str, language: str) -> str | None:
    """"am Montag" with no date to resolve it: "Montag" in the site's language, else None."""
    import re

    words = re.findall(r"\w+", when.casefold())
    days = [weekday_numbers()[w] for w in words if w in weekday_numbers()]
    if len(days) != 1:
        return None
    return lexicon(language if language in LANGUAGES else "en").weekday_names[days[0]]
