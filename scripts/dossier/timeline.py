"""Timeline extraction: the dated events of an article, German and English, with regexes.

Each story sentence is searched for time expressions: full dates in five formats ("3. März 2019",
"03.03.2019", "March 3, 2019", "3 March 2019", "2019-03-03"), months ("im April 2018"), years that
date something ("nachdem es 2013 …"), spans ("Anfang 2020", "im dritten Quartal", "in der ersten
Jahreshälfte", "im Frühjahr"), weekdays ("am Montag") and relative days, weeks, months and years
("gestern", "vergangene Woche", "last month", "vor zwei Jahren").

Resolution, against the publication date:

* a weekday is the most recent such day on or before publication (news convention: "am Montag" in
  an article of a Wednesday is the Monday before); "vergangenen/last Montag" is strictly before,
  "kommenden/next Monday" strictly after;
* a weekday after "starting", "ab" or a word of the future in its clause ("will vote on Sunday",
  "wird am Sonntag gewählt") is the next such day, on or after publication;
* a month, season, quarter or half without a year is the one whose middle is nearest to publication,
  and so is a day and month without a year; but news reports what happened, so a coming one counts four
  times as far unless the sentence speaks of the future ("will", "soll", "could", "geplant", "must"),
  and not at all when it has a past auxiliary ("wurden im Januar erhöht", "were raised in January")
  or an allegation ("soll … verletzt haben"); "4 March next year", "im März vergangenen Jahres" say it;
* with no publication date (or one too coarse), the event keeps its wording: date None, precision
  "relative".

Spans keep the year (or year and month) as the date and name the part in ``period``: "Anfang 2020"
is ("2020", "year", "early"), "im dritten Quartal 2019" is ("2019", "quarter", "Q3"). A week is
dated by its Monday.

Precision over recall: a four-digit number is a year only between 1900 and 2100, not as part of a
larger number (291.000, 2,013), not after a quantity word ("mehr als", "about") or a label ("Nr.",
"page") and not before a counted noun or a clock ("2000 Menschen", "2013 people", "2100 GMT").
Durations ("seit Jahren", "for three weeks", "in the last year") have no date and are never matched,
nor are names that contain a day ("Black Friday", "Welt am Sonntag", "Audi Q3"), labels and model years
("den Haushalt 2025", "the 2025 budget", "a 2019 Ferrari"), "the rest of 2024", and bounds ("before the end of
2021", "vor Ende 2021": nothing happened then). "von Juli bis September" is the third quarter. A bare "heute" or
"today" mostly means "nowadays" and is left out; "heute Abend", "earlier today" are dated. "seit 2013"
and "bis 2020" are kept as events of that year, with the preposition in ``when``.

Only story sentences are read: page furniture (byline, "3 Min Read", date line, credits) never dates
an event, nor does a sentence that is only a date and a time ("Thu 25 Jul 2024 09.14 BST"). Rules are
gated by cheap word checks (see ``_features``), so a sentence without a digit,
month, weekday or time word costs a handful of regex searches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .headlines import headline
from .lexicon import (
    alternation,
    lexicon,
    lexicons,
    merged,
    month_in_date_pattern,
    month_numbers,
    month_pattern,
    weekday_numbers,
    weekday_pattern,
)
from .model import Citation, Event
from .segment import Document, check_quoted

# A dating: (ISO date or None, precision, period).
Dating = tuple[str | None, str, str | None]

# --- vocabulary --------------------------------------------------------------------------------

# The words are the lexicons' (dossier.lexicon); the rules below are German and English grammar side by
# side, and every text is read with all of them.
_DE, _EN = lexicon("de"), lexicon("en")
_MONTH_NUMBERS = month_numbers()
# Full month names; abbreviations only with their full stop, so that "Jan Böhmermann" is no month.
MONTH = month_pattern()
# Next to a day number an abbreviation needs no full stop: "Oct 17 (Reuters)", "Thu 25 Jul 2024".
MONTH_IN_DATE = month_in_date_pattern()
_WEEKDAY_NUMBERS = weekday_numbers()
WEEKDAY = weekday_pattern()
# Years a news article dates events in; other four-digit numbers are counts or codes.
YEAR = r"(?:19\d\d|20\d\d|2100)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# A leading weekday is part of a full date: "am Montag, den 3. März 2019", "on Monday, March 3".
_WEEKDAY_LEAD = rf"(?:{WEEKDAY},?\s+(?:(?:den|dem|the)\s+)?)?"
_NOT_AFTER_NUMBER = r"(?<![\w.,/:$€£#§+-])"
_NOT_BEFORE_NUMBER = r"(?![\w%‰]|[.,/]\d|\s?%)"  # "2019/20" is a fiscal year that frames a statistic

# "early", "Anfang", "the end of" -> the period's code ("late")
_PERIODS = {word.lower().removesuffix(" of"): code for word, code in merged("periods").items()}
_PERIOD_DE = rf"(?P<period>{alternation(_DE.periods)})"
_PERIOD_EN = (rf"(?P<period>(?i:{alternation(w for w in _EN.periods if not w.endswith(' of'))})"
              rf"|(?i:the\s+)?(?:{alternation(w.removesuffix(' of') for w in _EN.periods if w.endswith(' of'))})"
              r"\s+of)")
# Relative words, by the offset they mean: past (-1), this (0), next (+1).
_RELATIVE_OFFSETS = merged("relative_words")
_REL_DE = rf"(?i:{alternation(_DE.relative_words)})(?:e|en|er|es|em)?"
_REL_EN = rf"(?i:{alternation(_EN.relative_words)})"
# Counts in "vor zwei Jahren", "three weeks ago": up to twelve, and the article ("a year ago").
_NUMBER_WORDS = ({word: n for word, n in merged("number_words").items() if n <= 12}
                 | dict.fromkeys(merged("indefinite_articles"), 1))
_COUNT_DE = alternation(word for word, n in _DE.number_words.items() if n <= 12)
_COUNT_EN = alternation(word for word, n in _EN.number_words.items() if n <= 12)
# Ordinals of quarters and halves; "1." and "1st" as written.
_ORDINALS = ({word: n for word, n in merged("ordinals").items() if n <= 4}
             | {f"{n}.": n for n in range(1, 5)})


def _ordinal_words(lexicon_of_language, last: int) -> str:
    """The ordinal words up to ``last`` ("first|second"), without those written with digits."""
    return alternation(w for w, n in lexicon_of_language.ordinals.items() if n <= last and not w[0].isdigit())


def _ordinal_digits(lexicon_of_language, last: int) -> str:
    """The ordinals up to ``last`` written with digits ("1st|2nd")."""
    return alternation(w for w, n in lexicon_of_language.ordinals.items() if n <= last and w[0].isdigit())


_ORDINALS_4_DE, _ORDINALS_2_DE = _ordinal_words(_DE, 4), _ordinal_words(_DE, 2)
_ORDINALS_4_EN, _ORDINALS_2_EN = _ordinal_words(_EN, 4), _ordinal_words(_EN, 2)
_ORDINAL_DIGITS_4_EN, _ORDINAL_DIGITS_2_EN = _ordinal_digits(_EN, 4), _ordinal_digits(_EN, 2)


# "4 March next year", "im März nächsten Jahres": the year of a date without one.
_REL_YEAR = (r"(?:(?:,?\s+|\s+of\s+)(?P<ryear>(?i:next|last|this))\s+year\b"
             r"|\s+(?P<ryear_de>(?i:nächsten|kommenden|vergangenen|letzten|vorigen|dieses))\s+Jahres\b)")
_SEASONS = {word.lower(): season for word, season in merged("seasons").items()}
# Parts of a day: glued to a weekday in a compounding language ("Montagabend"), else a word of their own.
_DAY_PART_SUFFIXES = alternation(w.lower() for each in lexicons() if each.compounds for w in each.day_parts)
_DAY_PART_WORDS = alternation(w for each in lexicons() if not each.compounds for w in each.day_parts)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

# A preposition right before an expression belongs to it, as written: "im April 2018", "am Montag".
_PREFIX_RE = re.compile(
    r"(?i:\b(?:(?:im|in|an|bis|seit|zu|während|nach|vor|für|ab)\s+(?:der|dem|den|diesem|dieser)|bis\s+(?:zum|zur)"
    r"|spätestens|frühestens|no\s+later\s+than"
    r"|im\s+Jahre?|in\s+the\s+year|im|am|in|on|at|by|ab|bis|seit|since|until|till|from|through|during|"
    r"before|after|vom|zum|von|nach|vor|zwischen|between|während|for|to)\s+)$")
# After these, a four-digit number counts or labels something: "mehr als 2000", "Nr. 2013".
_NOT_YEAR_BEFORE_RE = re.compile(
    r"(?i:\b(?:mehr|weniger)\s+als|\b(?:more|less|fewer)\s+than|\bbis\s+zu|\bup\s+to|\bat\s+(?:least|most)"
    r"|\ba\s+total\s+of|\b(?:über|rund|etwa|ungefähr|circa|ca\.|knapp|fast|nahezu|beinahe|mindestens|"
    r"höchstens|insgesamt|lediglich|nur|about|around|nearly|almost|approximately|roughly|some|only|"
    r"Nr\.|No\.|Nummer|number|Seite|page|pages|Paragraf|Paragraph|Artikel|article|Kapitel|chapter|Agenda|"
    r"Vision|Windows|Office|Flug|flight|Route|Zimmer|room|Raum|Modell|model|Version|Linie|line|Code|Tel\.|"
    r"Fax|Euro|EUR|USD|Dollar|Punkte|points)|§|\d)\s*$")  # "030 2013 4567": a phone number
# Counted nouns: "2000 Menschen", "2013 people", "2019 Prozent".
_COUNTED = (
    "menschen|personen|leute|mitarbeiter|mitarbeiterinnen|beschäftigte|euro|dollar|us-dollar|franken|pfund|"
    "prozent|kilometer|meter|tonnen|stück|mal|einwohner|fälle|opfer|tote|todesopfer|soldaten|kinder|frauen|"
    "männer|stimmen|seiten|jahre|tage|stunden|minuten|wochen|monate|exemplare|autos|fahrzeuge|häuser|"
    "wohnungen|unternehmen|firmen|arbeitsplätze|stellen|schüler|studenten|studierende|patienten|mitglieder|"
    "teilnehmer|besucher|flüchtlinge|migranten|dosen|jobs|punkte|grad|hektar|liter|barrel|aktien|kunden|"
    "nutzer|fans|zuschauer|mio|mio.|mrd|mrd.|millionen|milliarden|tsd|tausend|"
    "people|persons|percent|per|dollars|euros|pounds|workers|employees|jobs|times|members|residents|cases|"
    "deaths|votes|units|cars|homes|houses|miles|km|kilometres|kilometers|meters|metres|tons|tonnes|years|"
    "days|hours|minutes|weeks|months|children|women|men|students|patients|troops|soldiers|users|customers|"
    "visitors|refugees|migrants|shares|points|pages|copies|doses|barrels|acres|hectares|million|billion|"
    "thousand|feet|ft|m|kg|mb|gb|"
    # clock times: "at 2100 GMT", "um 2015 Uhr"
    "gmt|utc|et|edt|est|cet|cest|mez|mesz|bst|pst|pdt|uhr|h|hrs")
_COUNTED_AFTER_RE = re.compile(rf"\s+(?i:{_COUNTED})\b")  # used with .match at the year's end
_HOLIDAY_BEFORE_RE = re.compile(
    r"(?i:\b(?:cyber|black|good|holy|ash|super|bloody|blue|green|easter|palm|giving|schwarzer|weißer)\s+)$")
_NEWSPAPER_BEFORE_RE = re.compile(r"\b(?:Welt|Bild|Mail|Tagesspiegel|Observer)\s+(?:am|on)\s+$")
_NEWSPAPER_AFTER_RE = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|People|Sport|Zeitung)\b")
# "a Sunday", "jeden Montag": no particular day
_ANY_DAY_BEFORE_RE = re.compile(r"(?i:\b(?:a|an|every|each|jeden|jedem|einem|einen|an\s+einem)\s+)$")
# "31. Februar 2019" is no date; its month must not be read as "Februar 2019"
_DAY_BEFORE_RE = re.compile(r"\d(?:\.|st|nd|rd|th)?\s*$")
_EARLIER_RE = re.compile(r"(?i:\b(?:earlier|later)\s+)$")  # "earlier today": this very day
_UNTIL_RE = re.compile(r"(?i:\b(?:bis|until|to|till)\s+(?:this\s+)?)$")  # "bis heute": up to now
_THE_RE = re.compile(r"(?i:\bthe\s+)$")  # "in the last year", "the next week": durations, story time
_OF_AFTER_RE = re.compile(r"\s+of\b")  # "the fall of Rome", used with .match after a season
# A season needs one of these before it: "im Sommer", "in the fall", "over the summer".
_SEASON_PREFIX_RE = re.compile(
    r"(?i:\b(?:im|ab|seit|zum|vom|in|during|since|until|by|over|through)(?:\s+(?:the|der|dem|des))?\s+)$")

# "a 2019 Ferrari", "a 1967 Mustang": a model year, not an event.
_A_BEFORE_RE = re.compile(r"(?i:\b(?:a|an)\s+)$")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-ZÄÖÜ]")
# "den Haushalt 2025", "the rest of 2024": a label or a stretch of time, not an event.
_LABEL_BEFORE_RE = re.compile(r"(?:[Hh]aushalt(?:s|es)?|[Ee]tat|[Bb]udget|(?i:rest\s+of(?:\s+the\s+year)?))\s+$")
_LABEL_AFTER_RE = re.compile(r"\s+(?i:budgets?|Haushalts?)\b")
# "before the end of 2021", "vor Ende 2021": a bound, not something that happened; "bis", "by" stay
# (a deadline), with the preposition in ``when``.
_BOUND_WORDS = ("before", "vor", "prior")
# Words of the future: a weekday after them in the same clause is the next one ("will vote on Monday").
# Not "soll": "Er soll am Montag einen Laden überfallen haben" is an allegation about the past.
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planned)\s+to|(?:is|are)\s+due|plans?\s+to|"
    r"wird|werden|will|wollen|plant|planen)\b")
# For a month or day without a year, these and conditionals make the coming one as likely as the past one:
# "könnte es im Frühjahr Neuwahlen geben" (in November) is next spring.
_FUTURE_ANY_RE = re.compile(rf"{_FUTURE_RE.pattern}|\b(?:soll|sollen|would|could|might|könnte|könnten|würde|"
                            r"würden|geplant|angesetzt|vorgesehen|terminiert|scheduled|planned|due|expected|must|muss|müssen|"
                            r"(?:has|have|need|needs)\s+to)\b")
# "Der Angeklagte soll sein Opfer … verletzt haben": an allegation about the past, not a plan.
_ALLEGED_RE = re.compile(r"\b(?:soll|sollen)\b(?:(?!\b(?:soll|sollen)\b)[^,;:])*\b(?:haben|sein)\b")
_CLAUSE_BREAK_RE = re.compile(r"[,;:.]|\b(?:said|says|sagte|sagt|told)\b")
# "starting Monday", "ab Montag": from that day on, so the next one.
_STARTING_RE = re.compile(r"(?i:\b(?:starting|beginning|ab)(?:\s+(?:on|kommendem))?\s+)$")
# A month after another month: "in April and May".
# Not after a comma: "In April, May said she would resign" is Theresa May.
_AFTER_MONTH_RE = re.compile(rf"{MONTH}(?:\s+{YEAR})?\s+(?:and|und|or|oder)\s+$")


def _future(text: str, position: int) -> bool:
    """A word of the future before ``position`` in the same clause: "will testify on Monday"."""
    found = list(_FUTURE_RE.finditer(text, max(0, position - 80), position))
    last = found[-1] if found else None
    return last is not None and not _CLAUSE_BREAK_RE.search(text, last.end(), position)


# Past auxiliaries: "Die Preise wurden im Januar erhöht" (in November) is last January.
_PAST_RE = re.compile(r"\b(?:wurde|wurden|war|waren|hatte|hatten|was|were|had)\b")
# … unless the date is where something was moved to: "was postponed to January", "auf den 3. März verlegt".
_MOVED_TO_RE = re.compile(r"(?i:\b(?:to|until|till|auf|bis)\s+(?:(?:the|den|dem|zum)\s+)?)$")


# What someone announced, promised or intends to do: the time in that infinitive clause is to come,
# whatever the tense of the verb. "Kessler kündigte an, im Herbst einen Zeitplan vorzulegen" (in March:
# this autumn), "The mayor promised to present a plan in the fall"; but not the time of the announcement
# itself, before the clause: "kündigte im Herbst an, …", "In the fall, the mayor promised to …".
_INTENT_DE_RE = re.compile(
    r"\b(?:kündigt|kündigte|kündigten|kündigen|kündigen)\s+(?:\w+\s+){0,3}?an\s*,"
    r"|\b(?:angekündigt|versprach|versprachen|verspricht|versprechen|versprochen|beabsichtigt|beabsichtigte|"
    r"beabsichtigen|plante|planten|geplant|vorgenommen|zugesagt|sagte\s+zu|sagten\s+zu)\b[^.;:]*,", re.IGNORECASE)
_ZU_INFINITIVE_RE = re.compile(r"\bzu\s+[a-zäöüß]+(?:en|ern|eln)\b|\b(?:an|auf|aus|ab|ein|vor|zurück|fest|her|hin|"
                               r"mit|nach|weiter|vorbei|durch|um|zu)zu[a-zäöüß]+(?:en|ern|eln)\b")
_INTENT_EN_RE = re.compile(
    r"\b(?:promised|promises|promise|pledged|pledges|pledge|vowed|vows|vow|intends|intended|intend|aims|aimed|"
    r"hopes|hoped|announced\s+plans|unveiled\s+plans|agreed|agrees|committed\s+itself|is\s+committed|"
    r"are\s+committed|was\s+set|were\s+set)\s+to\b", re.IGNORECASE)


def _intended(text: str, position: int) -> bool:
    """Whether the time at ``position`` is in what someone announced, promised or intends to do."""
    before, after = text[:position], text[position:]
    clause_end = re.search(r"[.;:]", after)
    rest = after[:clause_end.start()] if clause_end else after
    if _INTENT_EN_RE.search(before):
        return True
    return bool(_INTENT_DE_RE.search(before) and _ZU_INFINITIVE_RE.search(rest))


def _tense(text: str, position: int) -> str | None:
    """"intended" when the time is in what someone announced, promised or intends to do; "future"
    when the sentence speaks of the future (or a possibility); "past" when it has a past auxiliary
    and none of those, else None: this decides a month or day without a year."""
    if _intended(text, position):
        return "intended"
    alleged = _ALLEGED_RE.search(text)
    if _FUTURE_ANY_RE.search(_ALLEGED_RE.sub(" ", text) if alleged else text):
        return "future"
    if (alleged or _PAST_RE.search(text)) and not _before(_MOVED_TO_RE, text, position):
        return "past"
    return None


# --- the publication date ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Anchor:
    """The publication date, as precise as it is known (month and day may be None)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date:
        return dt.date(self.year, self.month or 7, self.day or (15 if self.month else 1))


def _anchor(published: str | None) -> _Anchor | None:
    if not published:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published.strip())
    if not match:
        return None
    year, month, day = int(match[1]), match[2] and int(match[2]), match[3] and int(match[3])
    if year not in _ANCHOR_YEARS:
        return None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return _Anchor(year, month or None, day or None)


# Relative dates reach at most 99 years from publication ("vor 99 Jahren"); a publication date
# nearer than that to the calendar's ends (0001, 9999) resolves nothing, so that "am kommenden
# Montag" after 9999-12-31 stays undated instead of falling off the calendar with an OverflowError.
_ANCHOR_YEARS = range(100, 9900)


def publication_date(document: Document) -> str | None:
    """The sidecar's ``published``, else the date of a date line paragraph or of the dateline.

    A date without a year ("LONDON, March 3 (Reuters)") refines a sidecar year; alone it is unusable.
    """
    published = document.metadata.published
    if published and len(published) == 10:
        return published
    hint = _anchor(published)
    for text in (document.date_line, document.dateline_date, *_edge_date_lines(document)):
        if not text:
            continue
        for _, pattern, handler in _DATE_RULES:
            match = pattern.search(text)
            if not match:
                continue
            dating = handler(match, text, None)
            if dating and dating[0]:
                return dating[0]
            if match["y"] is None and hint and match.groupdict().get("d"):
                month, day = _month(match["m"]), int(match["d"])
                if hint.month in (None, month) and _valid(hint.year, month, day):
                    return dt.date(hint.year, month, day).isoformat()
    return published


# A paragraph this near the start or the end of an article may be its date line ("Stand: 13.03.2024").
DATE_LINE_REACH = 3


def _edge_date_lines(document: Document) -> list[str]:
    """Paragraphs among the first and last few that are only a date and a time, which the segmenter
    left in the story: "Stand: 13.03.2024, 10:32 Uhr" closing a German article, "Updated 4 March 2024"."""
    paragraphs = document.paragraphs
    edges = list(paragraphs[:DATE_LINE_REACH]) + list(paragraphs[DATE_LINE_REACH:][-DATE_LINE_REACH:])
    lines = []
    for paragraph in edges:
        text = paragraph.text.strip()
        if len(text) <= 80 and (found := find_time_expressions(text)) and _is_date_line(text, found):
            lines.append(text)
    return lines


# --- helpers -----------------------------------------------------------------------------------

def _group(match: re.Match[str], name: str) -> str | None:
    """A named group, or None when the rule has no such group or it did not take part."""
    return match.groupdict().get(name)


def _before(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) right before ``position``; a short window keeps this linear."""
    return pattern.search(text, max(0, position - 40), position)


def _month(token: str) -> int:
    token = token.rstrip(".").lower()
    return int(token) if token.isdigit() else _MONTH_NUMBERS[token]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _relative_offset(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    for stem, offset in _RELATIVE_OFFSETS.items():
        if word.startswith(stem):
            return offset
    return None


def _period(word: str | None) -> str | None:
    if not word:
        return None
    key = re.sub(r"^the\s+|\s+of$|-$", "", word.strip().lower())
    return _PERIODS.get(key)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _distance(day: dt.date, anchor: _Anchor, tense: str | None) -> int:
    """Days from publication. News mostly reports what happened: the future counts four times unless the
    sentence speaks of it, and a sentence in the past tense means the past ("Prices were raised in January",
    in July, is this January, not the next)."""
    days = (day - anchor.date).days
    if tense == "intended":  # what someone means to do is still to come
        return days if days >= 0 else 1000 - days
    if days <= 0 or tense == "future":
        return abs(days)
    return 1000 + days if tense == "past" else 4 * days


def _nearest_year(anchor: _Anchor, middle: Callable[[int], dt.date], tense: str | None = None) -> int:
    """The year whose period (given by its middle day) is nearest to publication (see ``_distance``)."""
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda year: _distance(middle(year), anchor, tense))


# An impossible date ("31. Februar 2019"): it covers its words, so that no part of it (the year, the
# month) becomes an event, and is then dropped.
_INVALID: Dating = (None, "invalid", None)


def _relative(period: str | None = None) -> Dating:
    return None, "relative", period


# --- rules: each turns a match into a dating, or None when it is no event --------------------

def _full_date(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    month, day = _month(match["m"]), int(match["d"])
    if match["y"]:
        year = int(match["y"])
        return (dt.date(year, month, day).isoformat(), "day", None) if _valid(year, month, day) else _INVALID
    if not _valid(2000, month, day):  # 2000 is a leap year: 29 February stays possible
        return _INVALID
    if anchor is None:
        return _relative()
    offset = _relative_offset(_group(match, "ryear") or _group(match, "ryear_de"))
    if offset is not None:  # "4 March next year"
        year = anchor.year + offset
        return (dt.date(year, month, day).isoformat(), "day", None) if _valid(year, month, day) else _INVALID
    if anchor.month is None:  # only the year is known: the date is in it
        return (dt.date(anchor.year, month, day).isoformat(), "day", None) if _valid(
            anchor.year, month, day) else _relative()
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _valid(y, month, day)]
    tense = _tense(text, match.start())
    year = min(candidates, key=lambda y: _distance(dt.date(y, month, day), anchor, tense))
    return dt.date(year, month, day).isoformat(), "day", None


def _month_year(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    if _before(_DAY_BEFORE_RE, text, match.start()):
        return None
    period = _period(_group(match, "period") or _group(match, "period_en"))
    return f"{int(match['y']):04d}-{_month(match['m']):02d}", "month", period


def _month_alone(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    period = _period(_group(match, "period") or _group(match, "period_en"))
    offset = _relative_offset(_group(match, "rel"))
    if _before(_DAY_BEFORE_RE, text, match.start()):
        return None
    if period is None and offset is None and not (_before(_PREFIX_RE, text, match.start())
                                                  or _before(_AFTER_MONTH_RE, text, match.start())):
        return None  # "April" alone may be a name: a month needs "im", "in", "Ende", "last" …
    month = _month(match["m"])
    if anchor is None or anchor.month is None:
        return _relative(period)
    year_offset = _relative_offset(_group(match, "ryear") or _group(match, "ryear_de"))
    if year_offset is not None:  # "in March next year", "im März vergangenen Jahres"
        year = anchor.year + year_offset
    elif offset == -1:  # "last March": the latest March before the month of publication
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif offset == 1:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif offset == 0:
        year = anchor.year
    else:
        year = _nearest_year(anchor, lambda y: dt.date(y, month, 15), _tense(text, match.start()))
    return f"{year:04d}-{month:02d}", "month", period


def _year(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    if _before(_NOT_YEAR_BEFORE_RE, text, match.start()) or _COUNTED_AFTER_RE.match(text, match.end()):
        return None
    if _before(_LABEL_BEFORE_RE, text, match.start()) or _LABEL_AFTER_RE.match(text, match.end()):
        return None  # "den Haushalt 2025", "the 2025 budget", "the rest of 2024"
    if _before(_A_BEFORE_RE, text, match.start()) and _CAPITAL_AFTER_RE.match(text, match.end()):
        return None  # "a 2019 Ferrari"
    return match["y"], "year", None


def _year_period(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    return match["y"], "year", _period(match["period"])


def _weekday(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    if (_before(_HOLIDAY_BEFORE_RE, text, match.start()) or _before(_ANY_DAY_BEFORE_RE, text, match.start())
            or _before(_NEWSPAPER_BEFORE_RE, text, match.start()) or _NEWSPAPER_AFTER_RE.match(text, match.end())):
        return None  # "Black Friday", "Welt am Sonntag", "Sunday Times" are names; "a Sunday" is any Sunday
    if anchor is None or anchor.day is None:
        return _relative()
    weekday = _WEEKDAY_NUMBERS[match["wd"].lower()]
    offset = _relative_offset(match["rel"])
    published = anchor.date
    back = (published.weekday() - weekday) % 7
    if offset == -1 and back == 0:
        back = 7
    elif offset == -1 and back < published.weekday() + 1 and not _before(_STARTING_RE, text, match.start()):
        # "last Wednesday" in a Friday's paper: this week's or the one before; keep what is certain
        this, before = published - dt.timedelta(days=back), published - dt.timedelta(days=back + 7)
        if this.month == before.month:
            return f"{this.year:04d}-{this.month:02d}", "month", None
        return f"{this.year:04d}", "year", None
    if offset is None and (_before(_STARTING_RE, text, match.start()) or _future(text, match.start())
                           or _intended(text, match.start())):
        return (published + dt.timedelta(days=(7 - back) % 7)).isoformat(), "day", None  # on or after
    day = published + dt.timedelta(days=(7 - back) % 7 or 7) if offset == 1 else published - dt.timedelta(
        days=back)
    return day.isoformat(), "day", None


_DAY_OFFSETS = {re.sub(r"\s+", " ", word.lower()): days for word, days in merged("relative_days").items()}


def _relative_day(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    if _before(_UNTIL_RE, text, match.start()):
        return None  # "bis heute", "until today": a duration up to now
    if match["day"].lower() in ("heute", "today") and not (match["part"] or _before(_EARLIER_RE, text, match.start())):
        return None  # a bare "heute", "today" mostly means "nowadays": "Heute lebt sie in Berlin"
    if anchor is None or anchor.day is None:
        return _relative()
    offset = _DAY_OFFSETS[re.sub(r"\s+", " ", match["day"].lower())]
    return (anchor.date + dt.timedelta(days=offset)).isoformat(), "day", None


def _shift(anchor: _Anchor, unit: str, amount: int) -> Dating | None:
    """Publication moved by ``amount`` units; None when publication is too coarse for the unit."""
    if unit == "year":
        return f"{anchor.year + amount:04d}", "year", None
    if unit == "month":
        if anchor.month is None:
            return None
        year, month = _add_months(anchor.year, anchor.month, amount)
        return f"{year:04d}-{month:02d}", "month", None
    if anchor.day is None:
        return None
    if unit == "week":
        # A week is dated by what is certain of it, as news timelines do: its month (or year) when the
        # days it can mean (up to publication for this week) lie in one.
        first = _monday(anchor.date + dt.timedelta(weeks=amount))
        last = anchor.date if amount == 0 else first + dt.timedelta(days=6)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}", "month", None
        return (f"{first.year:04d}", "year", None) if first.year == last.year else None
    return (anchor.date + dt.timedelta(days=amount)).isoformat(), "day", None


def _unit(word: str) -> str:
    word = word.lower()
    for stem, unit in _TIME_UNITS.items():
        if unit in ("day", "week", "month", "year") and word.startswith(stem):
            return unit
    raise ValueError(word)


def _relative_unit(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    if not _group(match, "period") and _before(_THE_RE, text, match.start()):
        return None  # "in the last year", "over the past week": durations
    period = _period(_group(match, "period"))
    offset = _relative_offset(match["rel"])
    offset = 0 if offset is None else offset  # "Ende des Jahres", "the end of the year": this one
    dating = _shift(anchor, _unit(match["unit"]), offset) if anchor else None
    if dating is None:
        return _relative(period)
    return dating[0], dating[1], period


def _ago(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    number = match["n"].lower()
    amount = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    dating = _shift(anchor, _unit(match["unit"]), -amount) if anchor else None
    return dating or _relative()


def _part_of_year(part: str, match: re.Match[str], anchor: _Anchor | None,
                  first_month: int, months: int, precision: str) -> Dating | None:
    """A season, quarter or half: its year as date, the part as period."""
    if _group(match, "y"):
        return match["y"], precision, part
    offset = _relative_offset(_group(match, "rel"))

    def middle(year: int) -> dt.date:
        y, m = _add_months(year, first_month, months // 2)
        return dt.date(y, m, 1 if months % 2 == 0 else 15)

    if offset is None:  # "im Sommer", "in the third quarter": the nearest one
        if anchor is None or anchor.month is None:
            return _relative(part)
        year = _nearest_year(anchor, middle, _tense(match.string, match.start()))
    elif precision != "season" or offset == 0:  # "of last year", "diesen Sommer"
        if anchor is None:
            return _relative(part)
        year = anchor.year + offset
    else:  # "letzten Sommer": the last one over by publication; "next summer": the one after this
        if anchor is None or anchor.month is None:
            return _relative(part)
        began = anchor.year if anchor.month >= first_month else anchor.year - 1
        over = dt.date(*_add_months(began, first_month, months), 1) <= anchor.date
        year = (began if over else began - 1) if offset < 0 else began + 1
    return f"{year:04d}", precision, part


def _season(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    if not (match["y"] or match["rel"] or _before(_SEASON_PREFIX_RE, text, match.start())):
        return None  # "Sommer" alone may be a name; "im Sommer", "Sommer 2019", "last summer" are dates
    if not match["y"] and _OF_AFTER_RE.match(text, match.end()):
        return None  # "the fall of Rome"
    season = _SEASONS[match["season"].lower()]
    return _part_of_year(season, match, anchor, _SEASON_START[season], 3, "season")


def _quarter(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    digit, word = _group(match, "q"), _group(match, "ord") or ""
    if digit and not _group(match, "y") and not _before(_PREFIX_RE, text, match.start()):
        return None  # "Audi Q3" is a car; "in Q3", "Q3 2019" are quarters
    if digit:
        number = int(digit)
    elif word.lower().startswith(("letzt", "last", "final")):
        if not (_group(match, "y") or _group(match, "rel")):
            # "im letzten Quartal", "last quarter": the one before the quarter of publication
            if anchor is None or anchor.month is None:
                return _relative()
            year, month = _add_months(anchor.year, (anchor.month - 1) // 3 * 3 + 1, -3)
            return f"{year:04d}", "quarter", f"Q{(month - 1) // 3 + 1}"
        number = 4  # "im letzten Quartal 2019" is its fourth
    else:
        number = _ordinal(word)
    return _part_of_year(f"Q{number}", match, anchor, 3 * number - 2, 3, "quarter")


def _month_range(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    """"von Juli bis September", "between January and June": a quarter or a half, else the months alone."""
    if match["conj"].lower() in ("and", "und") and not _before(_BETWEEN_RE, text, match.start()):
        return None  # "in January and March" is two months
    first, last = _month(match["m"]), _month(match["m2"])
    if last - first == 2 and first % 3 == 1:
        return _part_of_year(f"Q{first // 3 + 1}", match, anchor, first, 3, "quarter")
    if (first, last) in ((1, 6), (7, 12)):
        return _part_of_year(f"H{first // 6 + 1}", match, anchor, first, 6, "half")
    return None


_BETWEEN_RE = re.compile(r"(?i:\b(?:between|zwischen)\s+)$")


def _ordinal(word: str) -> int:
    word = word.lower()
    for stem, number in _ORDINALS.items():
        if word.startswith(stem):
            return number
    raise ValueError(word)


def _half(match: re.Match[str], text: str, anchor: _Anchor | None) -> Dating | None:
    number = int(match["h"]) if _group(match, "h") else _ordinal(match["ord"])
    return _part_of_year(f"H{number}", match, anchor, 6 * number - 5, 6, "half")


# A rule: the features a sentence needs for it to apply (see _features), its pattern, its handler.
_Rule = tuple[tuple[str, ...], re.Pattern[str], Callable[..., Dating | None]]


def _rule(needs: str, pattern: str, handler: Callable[..., Dating | None]) -> _Rule:
    return tuple(needs.split()), re.compile(pattern), handler


# Full dates; also used to read a date line or a dateline.
_DATE_RULES: list[_Rule] = [
    # 2019-03-03
    _rule("digit", rf"{_NOT_AFTER_NUMBER}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>{_DAY})(?![\w-])", _full_date),
    # 03.03.2019, Montag, 3.3.2019
    _rule("digit", rf"{_WEEKDAY_LEAD}{_NOT_AFTER_NUMBER}(?P<d>{_DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})"
                   rf"{_NOT_BEFORE_NUMBER}", _full_date),
    # 3. März 2019, am 3. März, am 4. März nächsten Jahres
    _rule("digit", rf"{_WEEKDAY_LEAD}{_NOT_AFTER_NUMBER}(?P<d>{_DAY})\.\s*(?P<m>{MONTH_IN_DATE})"
                   rf"(?:\s+(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}|{_REL_YEAR})?", _full_date),
    # March 3, 2019; March 3rd 2019; on March 3; March 4 next year
    _rule("digit", rf"{_WEEKDAY_LEAD}(?P<m>{MONTH_IN_DATE})\s+(?P<d>{_DAY})(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
                   rf"(?:,?\s+(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}|{_REL_YEAR})?", _full_date),
    # 3 March 2019, the 3rd of March, 4 March next year
    _rule("digit", rf"{_WEEKDAY_LEAD}{_NOT_AFTER_NUMBER}(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                   rf"(?P<m>{MONTH_IN_DATE})(?:,?\s+(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}|{_REL_YEAR})?", _full_date),
]

_RULES: list[_Rule] = _DATE_RULES + [
    # im April 2018, Anfang April 2018, mid-April 2018, April of 2018
    _rule("digit month", rf"(?:{_PERIOD_DE}\s+|(?P<period_en>(?i:early|late|mid))(?:-|\s+))?"
                         rf"(?P<m>{MONTH})\s+(?:of\s+)?(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}", _month_year),
    # von Juli bis September, from July to September: a quarter
    _rule("month", rf"\b(?P<m>{MONTH})\s*(?P<conj>bis|to|through|until|and|und|-|–)\s*(?P<m2>{MONTH})"
                   rf"(?:\s+(?P<y>{YEAR}){_NOT_BEFORE_NUMBER})?", _month_range),
    # im April, Ende März, last March
    _rule("month", rf"\b(?:{_PERIOD_DE}\s+|(?P<rel>{_REL_DE}|{_REL_EN})\s+|(?P<period_en>(?i:early|late|mid))"
                   rf"(?:-|\s+))?(?P<m>{MONTH})(?!\s+\d){_REL_YEAR}?", _month_alone),
    # Anfang 2020, Ende des Jahres 2019, mid-2019, the end of 2019
    _rule("digit period", rf"{_PERIOD_DE}(?:\s+des\s+Jahres)?\s+{_NOT_AFTER_NUMBER}(?P<y>{YEAR})"
                          rf"{_NOT_BEFORE_NUMBER}", _year_period),
    _rule("digit period", rf"\b{_PERIOD_EN}(?:-|\s+)(?:the\s+year\s+)?(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}",
          _year_period),
    # 2013
    _rule("digit", rf"{_NOT_AFTER_NUMBER}(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}", _year),
    # am Montag, am vergangenen Montagabend, on Monday night, last Friday
    _rule("weekday", rf"\b(?:(?P<rel>{_REL_DE}|{_REL_EN}|(?i:past))\s+)?(?P<wd>{WEEKDAY})"
                     rf"(?:{_DAY_PART_SUFFIXES})?(?!s\b|\w)"
                     rf"(?:\s+(?:{_DAY_PART_WORDS})\b)?", _weekday),
    # gestern, heute Abend, yesterday, the day before yesterday
    _rule("relday", rf"\b(?P<day>(?i:{alternation(_EN.relative_days)})|{alternation(_DE.relative_days)})\b"
                    rf"(?:\s+(?P<part>{alternation(merged('day_parts'))})\b)?", _relative_day),
    # vergangene Woche, Ende vergangenen Monats, dieses Jahr, Ende des Jahres
    _rule("unit", rf"\b(?:{_PERIOD_DE}\s+(?:des\s+|der\s+)?)?(?P<rel>{_REL_DE})\s+"
                  r"(?P<unit>Woche|Monats?|Jahr(?:es|s)?)\b", _relative_unit),
    _rule("unit period", rf"{_PERIOD_DE}\s+(?P<rel>des|der)\s+(?P<unit>Woche|Monats|Jahres)\b", _relative_unit),
    # last week, earlier this month, the end of last year, the end of the year
    _rule("unit", rf"\b(?:(?:{_PERIOD_EN}|(?i:earlier|later))\s+)?(?P<rel>{_REL_EN})\s+"
                  r"(?P<unit>week|month|year)\b", _relative_unit),
    _rule("unit period", rf"\b{_PERIOD_EN}\s+(?P<rel>the)\s+(?P<unit>week|month|year)\b", _relative_unit),
    # vor zwei Jahren, three weeks ago
    _rule("unit", rf"\b[Vv]or\s+(?P<n>einem|einer|{_COUNT_DE}|"
                  r"\d{1,2})\s+(?P<unit>Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b", _ago),
    _rule("unit", rf"\b(?P<n>(?i:{alternation(_EN.indefinite_articles)}|{_COUNT_EN})|"
                  r"\d{1,2})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _ago),
    # im Frühjahr 2019, im vergangenen Herbst, in the spring of 2019, last summer; never "Fall", a German
    # noun ("in dem Fall")
    _rule("season", rf"\b(?:(?P<rel>{_REL_DE})\s+)?(?P<season>{alternation(_DE.seasons)})\b"
                    rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR}){_NOT_BEFORE_NUMBER})?", _season),
    _rule("season", rf"\b(?:(?P<rel>{_REL_EN})\s+|(?i:the)\s+)?"
                    rf"(?P<season>{alternation(_EN.seasons)})\b"
                    rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}){_NOT_BEFORE_NUMBER})?", _season),
    # im dritten Quartal 2019, im 1. Quartal, in the third quarter of 2019, Q3 2019
    _rule("quarter", rf"(?P<ord>\b(?i:{_ORDINALS_4_DE}|letzt)(?:e|en|es|er|em)?|\b[1-4]\.)\s+"
                     rf"(?:Quartal|Vierteljahr)(?:es|s)?\b(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})"
                     rf"{_NOT_BEFORE_NUMBER})?", _quarter),
    _rule("quarter", rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:{_ORDINALS_4_EN}|final|last)|{_ORDINAL_DIGITS_4_EN})"
                     rf"[\s-]+quarter\b(?:\s+of\s+(?:(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}"
                     r"|(?P<rel>this|last|next)\s+year|the\s+year))?", _quarter),
    _rule("digit", rf"\bQ(?P<q>[1-4])(?:\s*/?\s*(?P<y>{YEAR}){_NOT_BEFORE_NUMBER})?\b", _quarter),
    # in der ersten Jahreshälfte, im zweiten Halbjahr 2019, in the first half of 2019, H1 2019
    _rule("half", rf"(?P<ord>\b(?i:{_ORDINALS_2_DE})(?:e|en|es|er|em)?|\b[12]\.)\s+(?:Jahreshälfte|Halbjahr(?:es|s)?|"
                  rf"Hälfte\s+des\s+Jahres)\b(?:\s+(?P<y>{YEAR}){_NOT_BEFORE_NUMBER})?", _half),
    _rule("half", rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:{_ORDINALS_2_EN})|{_ORDINAL_DIGITS_2_EN})[\s-]+half\s+of\s+"
                  rf"(?:(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}|(?:the\s+)?(?P<rel>this|last|next)\s+year"
                  r"|the\s+year)", _half),
    _rule("digit", rf"\bH(?P<h>[12])\s*/?\s*(?P<y>{YEAR}){_NOT_BEFORE_NUMBER}", _half),
]


# Word stems a rule needs (lower case): checking them once per sentence decides which rules run, since
# most sentences date nothing. A word may give several features ("month" is a unit, not a weekday).
_TIME_UNITS = merged("time_units")
_FEATURE_STEMS: dict[str, tuple[str, ...]] = {
    "month": tuple(dict.fromkeys(word[:3] for word in _MONTH_NUMBERS)),
    "weekday": tuple(_WEEKDAY_NUMBERS),
    "relday": tuple(dict.fromkeys(w.lower() for w in merged("relative_days") if " " not in w)),
    "season": tuple(_SEASONS),
    "quarter": tuple(w for w, unit in _TIME_UNITS.items() if unit == "quarter"),
    "half": tuple(w for w, unit in _TIME_UNITS.items() if unit == "half"),
    "period": tuple(_PERIODS),
    "unit": tuple(w for w, unit in _TIME_UNITS.items() if unit in ("day", "week", "month", "year")),
}
# One search per feature, on the lower-cased sentence: a word that starts with one of the stems.
_FEATURE_RES = {name: re.compile(r"\b(?:" + "|".join(stems) + ")") for name, stems in _FEATURE_STEMS.items()}
_FEATURE_RES["digit"] = re.compile(r"\d")


def _features(text: str) -> set[str]:
    lower = text.lower()
    return {name for name, pattern in _FEATURE_RES.items() if pattern.search(lower)}


# --- extraction --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    dating: Dating


def find_time_expressions(text: str, published: str | None = None) -> list[tuple[int, int, Dating]]:
    """The time expressions of one sentence: (start, end, (date, precision, period)), in text order.

    Where expressions overlap the longest wins, so "2013" in "im April 2013" is no event of its own.
    """
    anchor = _anchor(published)
    features = _features(text)
    candidates: list[_Found] = []
    for needs, pattern, handler in _RULES:
        if not features.issuperset(needs):
            continue  # most sentences date nothing: only the rules whose words occur are run
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            dating = handler(match, text, anchor)
            if dating is not None:
                candidates.append(_Found(match.start(), match.end(), dating))
    chosen: list[_Found] = []
    for found in sorted(candidates, key=lambda f: (f.start - f.end, f.start)):
        if all(found.end <= other.start or found.start >= other.end for other in chosen):
            chosen.append(found)
    result = []
    for found in sorted(chosen, key=lambda f: f.start):
        if found.dating is _INVALID:
            continue
        prefix = _PREFIX_RE.search(text, max(0, found.start - 30), found.start)
        if prefix and prefix.group().split()[0].lower() in _BOUND_WORDS and found.dating[1] != "relative":
            continue  # "before the end of 2021": a bound
        start = prefix.start() if prefix and not any(
            other.start < found.start and other.end > prefix.start() for other in chosen) else found.start
        result.append((start, found.end, found.dating))
    return result


_DATE_LINE_WORDS = alternation(word for each in lexicons() for kind in ("date_line_label", "date_line_on")
                               for word in each.furniture[kind])
# What is left of a date line once its date is taken out: "Thu 25 Jul 2024 09.14 BST", "Updated: …, 10:32 Uhr".
_DATE_LINE_REST_RE = re.compile(
    rf"(?:[\s,.|·–—-]|\b(?:{alternation(merged('weekday_abbreviations'))})\b\.?"
    rf"|\b(?i:{_DATE_LINE_WORDS}|um)\b:?"
    r"|\b\d{1,2}[:.]\d{2}\b|\b(?:Uhr|[AaPp]\.?[Mm]\.?|[A-Z]{2,4})\b)*")


def _is_date_line(text: str, found: list[tuple[int, int, Dating]]) -> bool:
    """A sentence that is only a date (and a time): furniture the segmenter did not recognise."""
    if len(found) != 1 or found[0][2][1] != "day":
        return False
    rest = text[:found[0][0]] + " " + text[found[0][1]:]
    return _DATE_LINE_REST_RE.fullmatch(rest) is not None


def extract_timeline(document: Document, published: str | None) -> list[Event]:
    """The dated events of the story, one per (sentence, time expression), in text order.

    Only story sentences count: a byline, "3 Min Read", credits and boilerplate never date anything.
    """
    events: list[Event] = []
    for sentence in document.story_sentences():
        text = sentence.text
        found = find_time_expressions(text, published)
        if found and _is_date_line(text, found):
            continue
        found = _most_precise(text, found)
        if not found and events and (anaphoric := _anaphoric_date(text, events[-1])):
            found = [anaphoric]  # "Later that day", "the previous day": dated by the event told before
        for start, end, (date, precision, period) in found:
            if _POSSESSIVE_AFTER_RE.match(text, end) and any(e.date == date for e in events if date):
                continue  # "Tuesday's hearing": the hearing told before, named by its day
            event = Event(date=date, precision=precision, when=text[start:end],
                          when_start=sentence.start + start, when_end=sentence.start + end,
                          cite=Citation.of_sentence(document, sentence), period=period,
                          headline=headline(text, start, end),
                          announced=_after_publication(date, precision, period, published))
            told = next((i for i, e in enumerate(events) if _same_event(e, event, document.text)), None)
            if told is None:
                events.append(event)
            elif event.cite.anchor != events[told].cite.anchor:
                events[told] = replace(events[told], also=(*events[told].also, event.cite))
    check_quoted(document, "timeline events", [(e.cite.start, e.cite.end) for e in events])
    return events


_PRECISION_RANK = {"year": 0, "half": 1, "quarter": 2, "season": 2, "month": 3, "week": 4, "day": 5}
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")


def _most_precise(text: str, found: list[tuple[int, int, Dating]]) -> list[tuple[int, int, Dating]]:
    """One sentence's expressions without those that a more precise one of the sentence lies in
    ("Yesterday … the 2019 Chicago Marathon": the day; "am Mittwoch, dem 13. März 2024": one date)."""
    kept = []
    for start, end, dating in found:
        date, precision = dating[0], dating[1]
        named = precision == "year" and dating[2] is None and text[start:end].isdigit() \
            and _CAPITAL_AFTER_RE.match(text, end) is not None  # "the 2019 Chicago Marathon"
        if date and any(other[2][0] and other[2][0] != date and other[2][0].startswith(date)
                        and _PRECISION_RANK.get(other[2][1], 0) > _PRECISION_RANK.get(precision, 0)
                        and (named or abs(other[0] - end) <= 3 or abs(start - other[1]) <= 3)
                        for other in found):
            continue
        kept.append((start, end, dating))
    return kept


_ANAPHORIC = {re.sub(r"\s+", " ", w.lower()): days for w, days in merged("anaphoric_dates").items()}
_ANAPHORIC_RE = re.compile(rf"(?i)(?<!\w)(?:{alternation(merged('anaphoric_dates'))})(?!\w)")


def _anaphoric_date(text: str, previous: Event) -> tuple[int, int, Dating] | None:
    """"later that day", "am Tag zuvor", "at the time": dated from the event told just before."""
    match = _ANAPHORIC_RE.search(text)
    if not match or not previous.date or previous.announced or _tense(text, match.start()) in ("future", "intended"):
        return None  # "He was expected to visit later in the day": the day of a plan is not known
    days = _ANAPHORIC[re.sub(r"\s+", " ", match.group().lower())]
    if days == 0:
        return match.start(), match.end(), (previous.date, previous.precision, previous.period)
    if previous.precision != "day":
        return None
    day = dt.date.fromisoformat(previous.date) + dt.timedelta(days=days)
    return match.start(), match.end(), (day.isoformat(), "day", None)


_STEM_RE = re.compile(r"[^\W\d_]{5,}")
REPEAT_WINDOW = 80  # characters around the time expression compared for a repeated event


def _same_event(told: Event, new: Event, text: str) -> bool:
    """The same event told again: same date and precision, and at least three words (by their first
    five letters) shared by the words around both time expressions ("the retirement of the space
    shuttles in 2011" and "since retiring the space shuttles in 2011")."""
    if not told.date or told.date != new.date or told.precision != new.precision or told.period != new.period:
        return False
    if told.cite.anchor == new.cite.anchor:
        return False

    def stems(event: Event) -> set[str]:
        start = max(event.cite.start, event.when_start - REPEAT_WINDOW)
        end = min(event.cite.end, event.when_end + REPEAT_WINDOW)
        return {w.lower()[:5] for w in _STEM_RE.findall(text, start, end)} - {
            w.lower()[:5] for w in _STEM_RE.findall(new.when + " " + told.when)}

    return len(stems(told) & stems(new)) >= 3


def _after_publication(date: str | None, precision: str, period: str | None, published: str | None) -> bool:
    """Whether an event starts after its article's publication: announced, planned, expected."""
    if not date or not published:
        return False
    first_month = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10,
                   "H1": 1, "H2": 7, "late": 9, "mid": 5}.get(period or "", None)
    parts = date.split("-")
    if len(parts) == 1 and first_month:
        parts.append(f"{first_month:02d}")
    start = "-".join(parts)
    # Compared at the event's precision: "2024-03" is not after "2024-03-13".
    return start > published[:len(start)]
