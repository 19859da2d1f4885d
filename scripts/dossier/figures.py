"""Key figures: the numbers a story turns on, with what they count and where they stand.

Rule-based, German and English. A number in a story sentence becomes a figure when we can read it
with confidence: a numeral or number word, with its scale ("Millionen", "bn"), unit (percent, a
currency) or counted noun ("14 Dienstleistungen"), a qualifier ("mehr als" -> "more than") and a
range ("zwischen 12 und Mitte zwanzig"). Everything that merely looks like a number is refused:
years and dates, ordinals, times, phone numbers, numbers inside names ("Formel 1", "COVID-19"),
and the indefinite article ("ein Kunde", "one of"). Precision matters more than recall: a wrong
figure gets published.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .lexicon import alternation, lexicon, lexicons, merged, month_pattern
from .model import Citation, KeyFigure
from .numbers import (
    ENGLISH_NUMBER_WORDS_PATTERN,
    ENGLISH_SMALL,
    ENGLISH_TENS,
    GERMAN_NUMBER_WORD_PATTERN,
    GLUED_SCALES,
    NUMERAL_PATTERN,
    decimal_mark,
    english_words_value,
    german_word_value,
    parse_numeral,
    scale_value,
    scaled,
)
from .segment import Document, Sentence, check_quoted

PERCENT = "percent"
PERCENTAGE_POINTS = "percentage points"
YEARS = "years"
COUNT = "count"
ELLIPSIS = "ellipsis"  # counts what the sentence's figure before counts; never left in a KeyFigure

# --- vocabulary ------------------------------------------------------------------------------------

# The words are the lexicons' (dossier.lexicon), of every language: a German text quotes "$5 million".
_DE, _EN = lexicon("de"), lexicon("en")
# Qualifiers before a number, normalised to English. Longest first so "weniger als" beats "als".
QUALIFIERS = merged("qualifiers")
# Qualifiers that make a year-shaped number a count ("mehr als 2000 Menschen"); "um 2015" or
# "around 2015" are dates, so those are not here.
COUNT_QUALIFIERS = {"more than", "less than", "at least", "nearly", "almost"}

# Currencies, by how they are written (lower case) after and before a number, to ISO 4217.
CURRENCY_WORDS = merged("currencies") | merged("currency_prefixes")
_CURRENCY_AFTER = sorted(merged("currencies"), key=len, reverse=True)
_CURRENCY_BEFORE = list(merged("currency_prefixes"))

MONTHS = month_pattern()

# Nouns that name a numbered thing ("Artikel 5", "page 12", "Platz 3"): the number is a label.
LABEL_NOUNS = (
    "nummer|number|nr|no|seite|seiten|page|pages|kapitel|chapter|artikel|article|paragraf|paragraph|"
    "paragraphen|section|absatz|platz|rang|stufe|level|phase|folge|episode|staffel|season|runde|round|"
    "gleis|zimmer|room|flug|flight|linie|line|route|band|volume|teil|part|version|klasse|grade|class|"
    "kategorie|category|spieltag|gruppe|group|modell|model|typ|"
    "type|akt|act|formel|formula|top|tor|gate|terminal|halle|hall|bus|tram|straße|street|avenue|"
    "haus|house|block|sektor|sector|zone|punkt|point|schritt|step|kanal|channel|nummern|ziffer|stage|"
    "covid|sars|g|windows|iphone|galaxy|boeing|airbus|apollo|ps")

# Time units and people, normalised to English for ``unit`` (the label keeps the text's words).
UNIT_NAMES = {
    "jahr": YEARS, "jahre": YEARS, "jahren": YEARS, "jahres": YEARS, "year": YEARS, "years": YEARS,
    "monat": "months", "monate": "months", "monaten": "months", "months": "months",
    "woche": "weeks", "wochen": "weeks", "weeks": "weeks", "tag": "days", "tage": "days", "tagen": "days",
    "days": "days", "stunde": "hours", "stunden": "hours", "hours": "hours", "minuten": "minutes",
    "minutes": "minutes", "menschen": "people", "personen": "people", "leute": "people",
    "people": "people", "persons": "people",
}
TIME_UNITS = {YEARS, "months", "weeks", "days", "hours", "minutes"}
# German units of measure, after which the label goes on to what is measured.
GERMAN_MEASURES = {"kilometer", "meter", "zentimeter", "tonnen", "tonne", "liter", "hektar", "kilogramm",
                   "gramm", "quadratkilometer", "quadratmeter", "kubikmeter", "megawatt", "gigawatt",
                   "kilowattstunden", "barrel", "stück"}

# English words that end a counted noun phrase: function words and frequent verbs.
ENGLISH_STOP = set("""
a an the this that these those which who whom whose what where when while whereas as than then of in
on at for from by with without to into onto over under up down out off about around across after
before since until during per via and or but nor so yet if because although though not no also only
just even still already more most less least many much few several some any each every other such own
is are was were be been being am has have had having do does did done will would shall should can
could may might must said says say told tells according reported including included like unlike
it its they them their he him his she her we us our you your i me my there here ago later earlier
ahead long now today yesterday tomorrow overall total altogether alone apiece each respectively
behind beyond against among amongst between within toward towards above below near inside outside except
despite through throughout along beside besides
""".split())
# Irregular English plurals that do not end in "s".
ENGLISH_IRREGULAR_PLURALS = {"people", "women", "men", "children", "police", "staff", "personnel",
                             "cattle", "feet", "teeth", "mice", "geese", "data", "media", "criteria",
                             "crew", "deer", "sheep", "fish", "aircraft", "offspring", "youth"}
# German function words that may stand inside a label phrase ("der … in den Vereinigten Staaten").
GERMAN_LABEL_GLUE = set("""
der die das den dem des ein eine einer eines einem einen in im an am auf aus bei mit von vom zu zur zum
für und oder aller seiner seines ihrer ihres unserer gegen über nach vor
""".split())
GERMAN_LEADING_GLUE = set("""
dass daß weil ob wenn als wie und oder aber denn sondern da damit nachdem obwohl während sowie sagte
sagt sagten heißt es er sie wir ihr man
""".split())
ENGLISH_LEADING_GLUE = {"that", "because", "if", "when", "as", "and", "or", "but", "while", "since",
                        "although", "which", "who", "said", "says"}
TRAILING_GLUE = GERMAN_LABEL_GLUE | {"the", "a", "an", "of", "in", "on", "at", "for", "from", "by", "with",
                                     "to", "and", "or", "than", "about", "nearly", "almost"}
# Words that open the phrase saying what a share or an amount is of or for ("80 Prozent der …").
LABEL_OPENERS = {"der", "des", "aller", "seiner", "seines", "ihrer", "ihres", "unserer", "von", "vom", "für",
                 "of", "for"}

# Where a sentence's own text begins: after opening quotes, brackets and dashes.
_SENTENCE_OPENING = re.compile(r"[\s„“\"»«‚‘'(\[–—-]*")
_CLAUSE_OPENING = re.compile(r"(?:^|[:;]\s*|[„“\"»«‚‘(]\s*)$")

# --- patterns ------------------------------------------------------------------------------------

_SCALE_WORDS = alternation(merged("scales"))
# One number as written: a numeral, an article before a scale word ("eine Million", "a billion"),
# or number words (of the document's language only). Numerals must stand alone: no letter, digit,
# hyphen or slash glued before them ("G20", "COVID-19", "2013/14" and phone numbers all fail here).
_NUMERAL_BODY = rf"(?P<numeral>{NUMERAL_PATTERN})(?!\d)"
_ARTICLE_BODY = (r"(?P<article>(?:[Ee]ine?[mnrs]?|[Oo]ne|[Aa]n?|[Hh]alf\s+a|[Ee]ine?[mnr]?\s+halbe[mn]?)"
                 r"(?=\s+(?:Million|Milliarde|Billion|million|billion|trillion|hundred|thousand)\b))")
_WORDS_BODY = {
    "de": rf"(?P<de_word>(?i:{GERMAN_NUMBER_WORD_PATTERN}))(?![\w-])",
    "en": rf"(?P<en_word>(?i:{ENGLISH_NUMBER_WORDS_PATTERN}))(?![\w])",
}
_NOT_GLUED = r"(?<![\w.,/:+\-−–—'’@#§])"
NUMBER_RES = {language: re.compile(rf"{_NOT_GLUED}(?:{_NUMERAL_BODY}|{_ARTICLE_BODY}|{words})")
              for language, words in _WORDS_BODY.items()}
# Scanning for number words with the full pattern at every word is slow; these find the few words
# worth trying it on.
NUMERAL_OR_ARTICLE_RE = re.compile(rf"{_NOT_GLUED}(?:{_NUMERAL_BODY}|{_ARTICLE_BODY})")
_ENGLISH_WORD_ALTERNATION = "|".join(sorted([*ENGLISH_SMALL, *ENGLISH_TENS], key=len, reverse=True))
_NUMBER_WORD_STARTS = {
    "de": re.compile(rf"(?i)\b(?:{alternation(_DE.number_words)})"),  # the start of a compound: "dreihundert"
    "en": re.compile(rf"(?i)\b(?:{_ENGLISH_WORD_ALTERNATION})\b"),
}
# The far end of a range, where a dash may stand right before it ("10–20").
_PERIODS_EN = [word for word in _EN.periods if not word.endswith(" of")]  # "early", not "the end of"
_MID_DECADE = (rf"(?P<mid_pos>{alternation(_DE.periods)})\s+(?P<mid_de>{alternation(_DE.decades)}|[2-9]0)(?![\w-])"
               rf"|(?:(?:the|their|his|her)\s+)?(?P<mid_en_pos>{alternation(_PERIODS_EN)})[-\s]?"
               rf"(?P<mid_en>{alternation(_EN.decades)}|[2-9]0s|['’][2-9]0s)(?!\w)")
RANGE_END_RES = {language: re.compile(
    rf"(?:{_MID_DECADE}|(?<![\w.,])(?:{_NUMERAL_BODY}|{_ARTICLE_BODY}|{words}))")
                 for language, words in _WORDS_BODY.items()}
_DECADES = merged("decades")
# "Mitte zwanzig" is about 25; early and late a decade's third and eighth year.
_DECADE_PART = {word.lower(): {"early": 2, "mid": 5, "late": 8}[period]
                for word, period in merged("periods").items() if not word.endswith(" of")}

SCALE_AFTER_RE = re.compile(rf"\s*(?P<scale>{_SCALE_WORDS})(?!\w)")
GLUED_SCALE_RE = re.compile(r"(?P<scale>bn|mn|m|k|b|tn)(?![\w])")
PERCENT_AFTER_RE = re.compile(
    r"\s?(?:(?P<points>Prozentpunkte[n]?|percentage[- ]points?)(?!\w)|(?P<percent>%|Prozent(?![\w-])|"
    r"percent(?!\w)|per\s+cent(?!\w)|pct\b))")
CURRENCY_AFTER_RE = re.compile(
    r"\s?(?P<currency>" + "|".join(re.escape(w) for w in _CURRENCY_AFTER) + r")(?![\w-])",
    re.IGNORECASE)
CURRENCY_BEFORE_RE = re.compile(
    r"(?<![\w$])(?P<currency>"
    + "|".join(re.escape(w) for w in sorted(_CURRENCY_BEFORE, key=len, reverse=True))
    + r")\s?$", re.IGNORECASE)
UNKNOWN_MONEY_BEFORE_RE = re.compile(r"(?:[$€£¥₹]|[A-Z]\$)\s?$")  # "MX$", "¥": no ISO code we trust
MONEY_SYMBOL_RE = re.compile(r"(?:US\$|\$|€|£)\s?")
LEADING_ZERO_RE = re.compile(r"0\d")  # "030": phone numbers, codes
HYPHEN_WORD_AFTER_RE = re.compile(r"-[^\W\d_]")
PREVIOUS_WORD_RE = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_][\w'’.-]*)\s$")
MONTH_RE = re.compile(MONTHS)
_LABEL_WORD_RE = re.compile(r"[^\s,;:()„“”\"»«–—]+")
QUALIFIER_BEFORE_RE = re.compile(
    r"(?<![\w.])(?P<qualifier>" + "|".join(re.escape(q).replace(r"\ ", r"\s+")
                                            for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE)
RANGE_OPENER_RE = re.compile(r"(?<!\w)(?P<opener>zwischen|between|von|from)\s+$", re.IGNORECASE)
# "10 bis 20", "10-20"; a dash with spaces around it opens an aside ("500 Euro – 200 davon bar").
RANGE_CONNECTOR_RE = re.compile(r"\s+(?P<word>bis|und|and|to|auf)\s+|(?P<dash>[-–])(?=\d)")
AGE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:im|in\s+einem|mit\s+einem)\s+Alter(?:\s+von)?|Alter\s+von|aged|ages?(?:\s+of)?|"
    r"the\s+ages\s+of)\s+$", re.IGNORECASE)
AGE_AFTER_RE = re.compile(
    r"(?:\s+Jahre\s+alt\b|\s+years?\s+old\b|-[Jj]ährige[mnrs]?(?!\w)|-jährig(?!\w)|-years?-old(?!\w)|"
    r"-year\s+old\b)")
LABEL_NOUN_SET = frozenset(LABEL_NOUNS.split("|"))
MONTH_BEFORE_RE = re.compile(rf"(?<!\w){MONTHS}\s*$")
DATE_AFTER_RE = re.compile(rf"\.?\s*{MONTHS}(?!\w)")
ORDINAL_AFTER_RE = re.compile(r"\.\s*\S")
TIME_AFTER_RE = re.compile(
    r"\s*(?:Uhr\b|h\b|a\.\s?m\.|p\.\s?m\.|o[’']clock\b|GMT\b|UTC\b|MEZ\b|MESZ\b|CET\b|CEST\b|ET\b|EST\b|"
    r"EDT\b|BST\b)")
ENGLISH_TIME_AFTER_RE = re.compile(r"\s*(?:am|pm)\b", re.IGNORECASE)
GLUED_AFTER_RE = re.compile(r"[^\W\d_]|[-/:]\w|[.,]\d")
AGO_RE = re.compile(r"\s+ago\b")
# "one in five", "fünf von zehn": a ratio, whose second number counts nothing on its own.
RATIO_BEFORE_RE = re.compile(
    rf"(?<![\w.,])(?:\d+|one|eine[rsm]?|ein|jede[rsnm]?|every|{GERMAN_NUMBER_WORD_PATTERN}|"
    rf"{ENGLISH_NUMBER_WORDS_PATTERN})\s+(?:in|von|out\s+of|of(?:\s+the|\s+every)?)\s+$", re.IGNORECASE)
_RATIO_TAILS = ("in", "von", "of", "the", "every")
RATIO_AFTER_RE = re.compile(
    rf"\s+(?:in|von|out\s+of|of(?:\s+the|\s+every)?)\s+(?:\d|(?i:{GERMAN_NUMBER_WORD_PATTERN}|"
    rf"{ENGLISH_NUMBER_WORDS_PATTERN})(?!\w))")
SCORE_BEFORE_RE = re.compile(r"\d\s*(?:to|zu|:)\s*$")
# Idioms with a number that counts nothing ("unter vier Augen": in private).
IDIOM_RE = re.compile(r"unter\s+vier\s+Augen|zu\s+zweit|zu\s+dritt|auf\s+allen\s+vieren|"
                      r"(?:über|for|over)\s+(?:die\s+vollen\s+|the\s+full\s+)?90\s+(?:Minuten|minutes)",
                      re.IGNORECASE)  # "über 90 Minuten": the whole match, not more than 90 minutes
# A number right after another number and a space is part of a phone number ("+49 30 1234567").
PHONE_BEFORE_RE = re.compile(r"(?:^|[\s(])(?:\+\d+|\(?0\d*\)?|\d+)[\s/-]+$")
PHONE_AFTER_RE = re.compile(r"\s+\d|/\s*\d|-\d+-\d")
# Before a bare number, these make it a time or a date ("um 8", "at 10", "bis 14").
TIME_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<!\w)(?:at|um|gegen|ab|bis|until|till|before|after|vor|nach|since|seit|am|on|by)\s+$", re.IGNORECASE)
# Fractions: "zwei Drittel" is 2/3, not two of something.
FRACTION_NOUN_RE = re.compile(
    r"(?:drittel|viertel|fünftel|sechstel|siebtel|achtel|neuntel|zehntel|hundertstel|tausendstel|"
    r"halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)", re.IGNORECASE)
# "ranges from 5 to 10", "reicht von 5 bis 10": a range even though it reads like a change.
RANGE_VERB_BEFORE_RE = re.compile(r"(?<!\w)(?:rang\w*|reich\w*|schwankt?\w*|varie\w*)\s+$", re.IGNORECASE)
BY_BEFORE_RE = re.compile(r"(?<!\w)(?:by|um)\s+$", re.IGNORECASE)
ENGLISH_VERBS = {"went", "came", "made", "got", "took", "gave", "rose", "fell", "grew", "left", "lost", "won",
                 "paid", "sold", "spent", "held", "kept", "saw", "became", "remain", "remains", "remained",
                 "led", "hit"}
VAGUE_BEFORE_RE = re.compile(r"(?<!\w)(?:mehrere|einige|etliche|ein\s+paar|viele|several|a\s+few|many)\s+$",
                             re.IGNORECASE)
ELLIPSIS_AFTER_RE = re.compile(r"\s+(?:von\s+ihnen|davon|of\s+them|of\s+whom)(?!\w)")
ELLIPSIS_BEFORE_RE = re.compile(r"(?<!\w)davon\s+$")
SPAN_OVER_NOT_RE = re.compile(r"(?<!\w)(?:for|of|in|after|since|than|with|been|lasted|took|aged)\s+$",
                              re.IGNORECASE)
VOR_BEFORE_RE = re.compile(r"(?<!\w)vor\s+$", re.IGNORECASE)  # "vor drei Jahren": three years ago
# A bare number with nothing counted is trusted only as a level: "stieg auf 14", "a total of 14", "were 14".
PERSON_RELATIVE_AFTER_RE = re.compile(rf",?\s+(?:{alternation(merged('person_relatives'))})(?!\w)")
ELLIPSIS_WORDS_AFTER_RE = re.compile(rf"\s+(?:{alternation(merged('ellipsis_words'))})(?!\w)")
# "Six of the murders", "two of Khan's victims", "sechs der Opfer": a part of what the phrase counts.
PARTITIVE_AFTER_RE = re.compile(r"\s+(?:of\s+(?:the|his|her|their|its|these|those|[A-Z][\w-]*['’]s)|der|ihrer|seiner)"
                                r"(?=\s)")
ACRONYM_RE = re.compile(r"[A-Z]{2,}")
OTHER_NUMBER_AFTER_RE = re.compile(rf"\s+(?:and|or)\s+(?:\d[\d.,]*|(?i:{_ENGLISH_WORD_ALTERNATION}))(?=\s)")
# "a four-pack limit", "a 55-member union", "an eight-page insert": a count glued to its noun.
HYPHEN_COUNT_AFTER_RE = re.compile(r"-(?P<noun>[a-z]{3,})(?![\w-])(?=\s+\w)")
LEVEL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:to|auf|bei|of|von|insgesamt|total|totall?ed|reached|erreichte|erreicht|liegt|lag|beträgt|"
    r"betrug|sind|waren|were|are|is|was|now|nun)\s+$", re.IGNORECASE)
LABEL_NOUN_ENDINGS = tuple(noun for noun in LABEL_NOUNS.split("|") if len(noun) >= 4)
NAMES_WITH_NUMBERS = {"hannover", "darmstadt", "tempo", "golf", "radio"}  # "Hannover 96", "Tempo 30"
# A German common noun: capitalised, then lowercase letters only, long enough not to be a code.
GERMAN_COMMON_NOUN_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}")
GERMAN_PLURAL_RE = re.compile(r"(?:[^e]e|en|ern|er|innen|ungen|heiten|keiten|s)$")
# "Montagabend": a weekday glued to a part of the day, in a language that compounds.
_COMPOUND_WEEKDAYS = alternation(w for each in lexicons() if each.compounds for w in each.weekdays)
_SIMPLE_WEEKDAYS = alternation(w for each in lexicons() if not each.compounds for w in each.weekdays)
WEEKDAY_COMPOUND_RE = re.compile(rf"(?:{_COMPOUND_WEEKDAYS})(?:"
                                 + alternation(w.lower() for each in lexicons() if each.compounds
                                               for w in each.day_parts) + ")")
WEEKDAYS = set(merged("weekdays"))
MEASURE_AFTER_RE = re.compile(r"\s?(?P<measure>km²|km2|km/h|km|kg|m²|qm|ha|°C|°F|mph|t|m)(?!\w)")
_WORD_AFTER_RE = re.compile(r"\s+(?P<word>[^\W\d_][\w'’.-]*[\w]|[^\W\d_])")
_AND_AFTER_RE = re.compile(r"\s+(?P<word>und|oder|sowie|and|or)(?=\s)")
_CLAUSE_BOUNDARY_RE = re.compile(r",(?!\d)|[;:–—(„“”\"»«]")  # not the comma of "3,000"

# --- labels --------------------------------------------------------------------------------------

# A rate after a counted noun belongs to what is counted: "60,000 vehicles a day", "Besucher pro Tag".
RATE_AFTER_RE = re.compile(
    r"\s+(?:(?:a|an|per|each|every|pro|je|am|im|in\s+der)\s+(?:day|week|month|year|hour|Tag|Woche|Monat|Jahr|"
    r"Stunde|Kopf|Person|person|head|capita|Aktie|share)(?![\w-])(?!\s+\d)|jährlich|täglich|monatlich|"
    r"wöchentlich|annually|daily|weekly|monthly|a\s+year|a\s+day)")
YEAR_RE = re.compile(r"1\d{3}|20\d{2}")
SCALED_RE = re.compile(rf"(?<!\w)(?:{alternation(w for w, f in merged('scales').items() if f >= 10**6)})(?!\w)")
# Between a change and the level it leads to: "um 4,2 Prozent auf 8,7 Milliarden", "fell 6.3% to $48.12".
CHAIN_RE = re.compile(r"\s+(?:auf|to)\s+|\s*\(\s*")  # and a conversion: "100 million pounds ($130 million)"
AGE_WORD_RE = re.compile(r"(?:-[Jj]ährige[mnrs]?|-jährig|-years?-old|-year\s+old)$")
_MONEY_NOUNS = ("damages|fines|penalties|funding|aid|sales|revenues?|profits?|losses|loans|bonds|debt|cash|"
                "subsidies|grants|compensation|fees|costs|taxes|savings|assets|deposits|investments?|"
                "bonuses|settlements?|benefits|payments|contracts|orders|claims|cuts|spending|donations|"
                "write-downs|charges|refunds|royalties|tariffs|wages|salaries")
IN_WHAT_RE = re.compile(rf"in\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_MONEY_NOUNS})(?!\w)")  # "in punitive damages"
CURRENCY_WORD_END_RE = re.compile(r"(?:[$€£]\s?[\d.,]+|dollars?|euros?|pounds?|francs?|million|billion|"
                                  r"trillion|bn|m)$")
PURPOSE_AFTER_RE = re.compile(
    rf"(?:\s+(?:on|this|last)\s+(?:{alternation(_EN.weekdays)}|week|month|year))?"
    r"\s+(?P<purpose>(?:to\s+[a-z]+|for)(?:\s+[^\s,;:.()\"“”]+){1,4})")
DATE_COMMA_RE = re.compile(r"(?<=\d),\s(?:1\d|20)\d\d(?!\d)")  # the comma of "March 3, 2019"
DATE_WORD_RE = re.compile(
    rf"(?:1\d{{3}}|20\d{{2}}|{MONTHS}|(?:{_COMPOUND_WEEKDAYS})\w*|{_SIMPLE_WEEKDAYS}|"
    rf"{alternation(w for w in merged('relative_days') if ' ' not in w and w.islower())}|\d{{1,2}}\.?)")
LEADING_DATE_PREPOSITIONS = {"am", "im", "in", "on", "seit", "since", "bis", "until", "by", "von", "from"}
SUBORDINATORS = {"that", "because", "whether", "dass", "weil", "ob", "wenn", "when", "while", "während"}
REPORTING_VERBS = {"said", "says", "sagte", "sagt", "told", "erklärte", "announced", "added", "fügte"}
# Words that end a clause before a number but say nothing about it ("sank um", "ist … auf", "down").
LABEL_TAIL = {"um", "bei", "mit", "at", "by", "on", "with", "nach", "after", "von", "auf", "up", "down", "ist",
              "sind", "war", "waren", "is", "are", "was", "were", "damit", "nur", "noch", "nun", "only", "just",
              "also", "auch", "jetzt", "now", "derzeit", "es", "it", "rund", "etwa", "knapp", "fast", "mehr",
              "als", "around", "roughly", "some", "nearly", "almost", "bis", "zu", "plus", "minus"}
WINDOW_STOP_RE = re.compile(r",(?!\d)|[;:–—()„“”\"»«]|\.(?:\s|$)")
LABEL_REACH = 300  # characters around a figure that its label may come from
LABEL_LEADING_DROP = {"auf", "um", "to", "nach", "after", "and", "und", "bis", "up", "down", "from", "von",
                      "davon", "plus"}


@dataclass
class _Reading:
    """A number being read: its span in the sentence, value, and what has been found around it."""

    start: int
    end: int
    value: float | int
    kind: str  # "numeral", "article", "de_word", "en_word", or "decade" ("Mitte zwanzig")
    plain_year: bool = False  # four bare digits that could be a year
    scale: bool = False
    unit: str | None = None  # "percent", an ISO code, "years" …
    value_scale: float | None = None  # the factor of its scale word, to share with a range's start


# --- the extraction ------------------------------------------------------------------------------

def extract_figures(document: Document) -> list[KeyFigure]:
    """The key figures of a document's story sentences, in text order."""
    sentences = document.story_sentences()
    mark = decimal_mark("\n".join(s.text for s in sentences), document.language)
    figures: list[KeyFigure] = []
    for sentence in sentences:
        figures.extend(_figures_in_sentence(document, sentence, mark))
    check_quoted(document, "figures", [(f.cite.start, f.cite.end) for f in figures])
    return figures


def _figures_in_sentence(document: Document, sentence: Sentence, mark: str) -> list[KeyFigure]:
    text = sentence.text
    language = document.language
    figures: list[KeyFigure] = _written_figures(document, sentence)
    taken = [(f.text_start - sentence.start, f.text_end - sentence.start) for f in figures]
    consumed = 0  # numbers before this offset were read as part of an earlier figure
    for match in _number_matches(text, language):
        if match.start() < consumed or any(s <= match.start() < e for s, e in taken):
            continue
        reading = _read_number(text, match, mark, language)
        if reading is None:
            continue
        floor = consumed  # words before this belong to an earlier figure ("12 € 12")
        consumed = max(consumed, reading.end)
        for figure, end in _figure_from(document, sentence, reading, mark, language, floor):
            if figure is not None:
                figures.append(figure)
            consumed = max(consumed, end)
    figures.sort(key=lambda f: f.text_start)
    return _without_conversions(_label_figures(text, sentence.start, figures, language), text, sentence.start)


# "2:14:04" (a race, a flight): hours, minutes and seconds, given in seconds.
DURATION_RE = re.compile(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:]|[.,]\d)")
# "41:22", "3:1", "41-22": a vote or a score when a word of votes or scores stands near.
SCORE_RE = re.compile(r"(?<![\w.,:/-])(?P<a>\d{1,3})\s?(?P<sep>[:–-])\s?(?P<b>\d{1,3})(?![\w:/]|[.,]\d)")
SCORE_WORDS_RE = re.compile(rf"(?i)(?<!\w)(?:{alternation(merged('score_words'))})(?!\w)")
# "James Ford, 42, a convicted …", "Annie McAdams (45)": an age in apposition to a name.
APPOSITION_NAME_RE = re.compile(r"(?P<name>(?:[A-ZÄÖÜ][\w'’.-]*\s){0,3}[A-ZÄÖÜ][\w'’-]+)(?:,\s|\s\()$")
APPOSITION_AGE_RE = re.compile(r"(?<![\w.,])(?P<age>[1-9]\d?|1[01]\d)(?=,\s|\))")


def _written_figures(document: Document, sentence: Sentence) -> list[KeyFigure]:
    """Figures whose shape says what they are: race times ("2:14:04"), votes and scores ("41:22"),
    and ages in apposition to a name ("James Ford, 42,")."""
    text = sentence.text
    found: list[KeyFigure] = []

    def add(start: int, end: int, value: float | int, unit: str, label: str = "",
            value_to: float | int | None = None) -> None:
        if any(f.text_start - sentence.start < end and start < f.text_end - sentence.start for f in found):
            return
        found.append(KeyFigure(value=value, unit=unit, qualifier=None, text=text[start:end],
                               text_start=sentence.start + start, text_end=sentence.start + end, label=label,
                               cite=Citation.of_sentence(document, sentence), value_to=value_to))

    if ":" in text:
        for duration in DURATION_RE.finditer(text):
            if TIME_AFTER_RE.match(text, duration.end()) or ENGLISH_TIME_AFTER_RE.match(text, duration.end()) \
                    or TIME_PREPOSITION_BEFORE_RE.search(text, max(0, duration.start() - 10), duration.start()):
                continue  # "um 10:30:15 Uhr", "at 10:30:15 a.m.": a time of day
            seconds = int(duration["h"]) * 3600 + int(duration["m"]) * 60 + int(duration["s"])
            add(duration.start(), duration.end(), seconds, "seconds")
    if SCORE_WORDS_RE.search(text):
        for score in SCORE_RE.finditer(text):
            if score["sep"] == ":" and (TIME_AFTER_RE.match(text, score.end())
                                        or ENGLISH_TIME_AFTER_RE.match(text, score.end())
                                        or TIME_PREPOSITION_BEFORE_RE.search(text, max(0, score.start() - 10),
                                                                             score.start())):
                continue
            near = text[max(0, score.start() - 60):score.end() + 60]
            if not SCORE_WORDS_RE.search(near):
                continue
            first, second = int(score["a"]), int(score["b"])
            noun = _WORD_AFTER_RE.match(text, score.end())  # "41:22 Stimmen": what the score counts
            counted = noun["word"] if noun and SCORE_WORDS_RE.fullmatch(noun["word"]) else ""
            add(score.start(), score.end(), first, "score", counted, value_to=second)
    for age in APPOSITION_AGE_RE.finditer(text):
        name = APPOSITION_NAME_RE.search(text, max(0, age.start() - 60), age.start())
        if not name or " " not in name["name"].strip():
            continue  # a name has two words at least: "Mutter zweier Kinder, 42," is no name
        words = name["name"].split()
        while words and (words[0].lower() in merged("articles") or MONTH_RE.fullmatch(words[-1])
                         or words[-1] in WEEKDAYS):
            if MONTH_RE.fullmatch(words[-1]) or words[-1] in WEEKDAYS:
                words = []  # "March 3, 12 …", "Monday, 12 …": a date, not a name
                break
            words.pop(0)
        if words:
            add(age.start(), age.end(), int(age["age"]), YEARS, " ".join(words))
    return found


def _without_conversions(figures: list[KeyFigure], text: str, offset: int) -> list[KeyFigure]:
    """One amount is one figure: "900 million złotys (181 million pounds)" and "€100 ($110)" keep
    only the amount first stated."""
    kept: list[KeyFigure] = []
    for figure in figures:
        previous = kept[-1] if kept else None
        if previous and _is_currency(previous.unit) and _is_currency(figure.unit) \
                and previous.unit != figure.unit \
                and CONVERSION_RE.fullmatch(text[previous.text_end - offset:figure.text_start - offset]):
            continue
        kept.append(figure)
    return kept


CONVERSION_RE = re.compile(r"\s*(?:\(|,?\s*(?:or|oder|umgerechnet|rund|about|etwa)\s+|[–—]\s*)\s*(?:\w+\s+){0,2}?")


def _number_matches(text: str, language: str) -> list[re.Match[str]]:
    """Every number in ``text`` in order: numerals and articles, then number words, for which the
    full pattern is only tried where a word starts like one."""
    full = NUMBER_RES.get(language, NUMBER_RES["en"])
    matches = {m.start(): m for m in NUMERAL_OR_ARTICLE_RE.finditer(text)}
    for word in _NUMBER_WORD_STARTS.get(language, _NUMBER_WORD_STARTS["en"]).finditer(text):
        if word.start() not in matches and (match := full.match(text, word.start())):
            matches[word.start()] = match
    return [matches[start] for start in sorted(matches)]


# "one pack per order", "eine Packung pro Einkauf": one thing per something is a count, a limit.
_ONE_PER_RES = {"en": re.compile(r"\s+(?P<noun>[a-z][\w-]*)\s+per\s+[a-z][\w-]*"),
                "de": re.compile(r"\s+(?P<noun>[A-ZÄÖÜ][\w-]*)\s+(?:pro|je)\s+[A-ZÄÖÜ][\w-]*")}


def _one_per(text: str, end: int, language: str) -> re.Match[str] | None:
    pattern = _ONE_PER_RES.get(language)
    return pattern.match(text, end) if pattern else None


def _read_number(text: str, match: re.Match[str], mark: str, language: str) -> _Reading | None:
    """The value of one number match, or None if it is not a number in this language."""
    kind = match.lastgroup
    written = match.group(kind)
    start, end = match.start(kind), match.end(kind)
    if kind == "numeral":
        if LEADING_ZERO_RE.match(written):
            return None  # "030": phone numbers, codes
        value = parse_numeral(written, mark)
        if value is None:
            return None
        digits = sum(c.isdigit() for c in written)
        if written.isdigit() and digits >= 7:
            return None  # long bare digit runs are phone numbers and identifiers
        plain_year = written.isdigit() and len(written) == 4 and 1000 <= value <= 2100
        return _Reading(start, end, value, kind, plain_year=plain_year)
    if kind == "article":
        return _Reading(start, end, 0.5 if "hal" in written.lower() else 1, kind)
    if kind == "de_word" and language == "de":
        value = german_word_value(written)
    elif kind == "en_word" and language == "en":
        value = english_words_value(written)
    else:
        return None
    if value is None or (written.lower() in ("ein", "eins", "one") and not _one_per(text, end, language)):
        return None  # "ein Kunde", "one of": the article, not a count; but "one pack per order" is a limit
    if written[0].isupper() and not _at_clause_start(text, start):
        return None  # "außer Acht", "die Elf": capitalised number words are nouns mid-sentence
    return _Reading(start, end, value, kind)


def _at_clause_start(text: str, offset: int) -> bool:
    """Whether ``offset`` opens the sentence, a quote or a clause after a colon: where any word is
    capitalised, so a capital letter says nothing about names or nouns."""
    opening = _SENTENCE_OPENING.match(text).end()
    if offset <= opening:
        return True
    return bool(_CLAUSE_OPENING.search(text, 0, offset))


def _figure_from(document: Document, sentence: Sentence, reading: _Reading, mark: str, language: str,
                 floor: int = 0) -> list[tuple[KeyFigure | None, int]]:
    """Read the words around a number: figures (two for "von 10 auf 20") with the offset each one
    reaches to; None for a span that was read and refused, so that its numbers are not read again."""
    text = sentence.text
    if _refused_by_context(text, reading, language) \
            or SCORE_BEFORE_RE.search(text, max(0, reading.start - 12), reading.start):
        return []  # the 25 of "388 to 25", "380 zu 250" (outside a range): a vote or a score
    start, end = reading.start, reading.end

    # Money before the number: "$5", "US$ 5", "EUR 5".
    before = text[max(floor, start - 12):start]
    currency = CURRENCY_BEFORE_RE.search(before)
    if currency:
        reading.unit = CURRENCY_WORDS[currency["currency"].lower()]
        start -= len(currency.group())
    elif UNKNOWN_MONEY_BEFORE_RE.search(before):
        return []  # a currency we cannot name
    end = _read_scale_and_unit(text, reading, end, language)
    if end is None:
        return []
    if _after_name(text, reading) and not (reading.scale or reading.unit) \
            and not (language == "de" and _after_german_noun(text, reading, end)):
        return []  # "Formel 1", "Windows 10", "FTSE 100"; but "am Freitag 0,8 Prozent" is a figure

    prefix = text[max(floor, start - 40):start]
    qualifier = None
    if q := QUALIFIER_BEFORE_RE.search(prefix[-20:]):
        qualifier = QUALIFIERS[" ".join(q["qualifier"].lower().split())]
        start -= len(q.group())
        prefix = prefix[:len(prefix) - len(q.group())]

    # A range: "zwischen 12 und Mitte zwanzig", "10 bis 20 Prozent", "between $1 and $2 million".
    opener = RANGE_OPENER_RE.search(prefix)
    second = _read_range_end(text, end, mark, language, opener["opener"].lower() if opener else None)
    if second and not opener and reading.unit and BY_BEFORE_RE.search(prefix):
        second = None  # "fell by $50bn to $1.2tn": a change and a new level, two figures
    if second and reading.unit and second[0].unit and reading.unit != second[0].unit:
        second = None  # "fell 3.5% to $120.50": a change and a price, not a range
    age_prefix = prefix[:len(prefix) - len(opener.group())] if opener else prefix
    is_age = bool(AGE_BEFORE_RE.search(age_prefix)) or reading.unit == YEARS
    if second is not None:
        other, range_end, connector = second
        if reading.plain_year or other.plain_year:
            return [(None, range_end)]  # "von 2013 bis 2017" is a period, not a figure
        if reading.unit is None and other.unit is not None:
            reading.unit = other.unit
        if not reading.scale and other.value_scale and reading.kind != "article" \
                and reading.value <= other.value / other.value_scale:
            # "zwischen 10 und 20 Millionen" shares the scale; "between 500 and 2 million" does not
            reading.value = scaled(reading.value, other.value_scale)
        if connector in ("auf", "to") and opener and opener["opener"].lower() in ("von", "from") \
                and not RANGE_VERB_BEFORE_RE.search(prefix[:len(prefix) - len(opener.group())]):
            # A change, "von 10 auf 20 Prozent": two figures, each a value of its own.
            first = _finish(document, sentence, reading, start, end, qualifier, None, is_age, language)
            if first is None:
                return []
            later = _finish(document, sentence, other, other.start, range_end, None, None, is_age, language)
            return [(first, end), (later, range_end)]
        if other.value <= reading.value:
            return [(None, range_end)]  # "3-1", "388 to 25": a score or a vote, not a range
        if opener and opener["opener"].lower() in ("zwischen", "between", "von", "from"):
            start -= len(opener.group())
        figure = _finish(document, sentence, reading, start, range_end, "between", other.value, is_age,
                         language)
        return [(figure, range_end)]
    if is_age and reading.unit is None:
        reading.unit = YEARS
    if after := AGE_AFTER_RE.match(text, end):
        if reading.unit not in (None, YEARS):
            return []
        reading.unit = YEARS
        end = after.end()
    figure = _finish(document, sentence, reading, start, end, qualifier, None, is_age, language)
    return [(figure, end)]


def _refused_by_context(text: str, reading: _Reading, language: str) -> bool:
    """Dates, ordinals, times, labels and names: numbers that are not quantities."""
    start, end = reading.start, reading.end
    before = text[max(0, start - 30):start]  # short windows: "$"-anchored searches try every offset
    after = text[end:end + 20]
    if reading.kind == "numeral":
        if ORDINAL_AFTER_RE.match(after) or DATE_AFTER_RE.match(after):
            return True  # "3. Platz", "am 3. März", "3 March"
        if GLUED_AFTER_RE.match(after) and not (AGE_AFTER_RE.match(after) or GLUED_SCALE_RE.match(after)
                                                or after.startswith(("-", "–"))):
            return True  # "3rd", "1990er", "5G", "10:30", "2013/14"
        if HYPHEN_WORD_AFTER_RE.match(after) and not AGE_AFTER_RE.match(after) \
                and not (language == "en" and HYPHEN_COUNT_AFTER_RE.match(text, end)):
            return True  # "7-Eleven", "10-Punkte-Plan"
    if TIME_AFTER_RE.match(after) or (language == "en" and ENGLISH_TIME_AFTER_RE.match(after)):
        return True
    if MONTH_BEFORE_RE.search(before[-14:]) or _after_label_noun(before) or (
            before.rstrip().lower().endswith(_RATIO_TAILS) and RATIO_BEFORE_RE.search(before)):
        return True  # "March 3", "Artikel 5", "one in five"
    if RATIO_AFTER_RE.match(text, end):
        return True  # "drei von vier", "3 in 10"
    if VAGUE_BEFORE_RE.search(before):
        return True  # "mehrere hunderttausend Franken", "several 100": no value to give
    if reading.kind == "numeral" and (PHONE_BEFORE_RE.search(before) or PHONE_AFTER_RE.match(after)):
        return True  # "+49 30 1234567", "030 123 456"
    if any(m.start() <= start < m.end() for m in IDIOM_RE.finditer(text, max(0, start - 10), end + 10)):
        return True
    return False


def _after_label_noun(before: str) -> bool:
    """Whether a noun that names a numbered thing stands right before: "Artikel 5", "page 12", "§ 219"."""
    stripped = before.rstrip()
    if stripped.endswith(("§", "#", "№")):
        return True
    words = stripped.rsplit(None, 1)
    return bool(words) and words[-1].strip("(„“\"'»«[.").lower() in LABEL_NOUN_SET


def _after_name(text: str, reading: _Reading) -> bool:
    """Whether a capitalised word (not the clause's first, not a weekday) stands right before."""
    previous = PREVIOUS_WORD_RE.search(text, max(0, reading.start - 40), reading.start)
    if not previous or not previous["word"][0].isupper() or _at_clause_start(text, previous.start("word")):
        return False
    word = previous["word"]
    return not (word.endswith(("'s", "’s", "s'", "s’")) or word.lower() in QUALIFIERS or word in WEEKDAYS
                or WEEKDAY_COMPOUND_RE.fullmatch(word) or CURRENCY_BEFORE_RE.search(word + " "))


def _after_german_noun(text: str, reading: _Reading, end: int) -> bool:
    """Whether a German count stands after a common noun, not a name: "nach Polizeiangaben drei Kinder",
    "bei einem Busunfall vier Menschen". German capitalises every noun, so the capital says little;
    what does is the counted plural noun after the number, and a word shaped like a common noun
    (not "Formel 1 und", "Windows 10 Notebook", "FTSE 100", "Porsche 911")."""
    previous = PREVIOUS_WORD_RE.search(text, max(0, reading.start - 40), reading.start)
    word = previous["word"]
    lower = word.lower()
    if not GERMAN_COMMON_NOUN_RE.fullmatch(word) or lower in LABEL_NOUN_SET \
            or lower.endswith(LABEL_NOUN_ENDINGS) or lower in NAMES_WITH_NUMBERS:
        return False  # "Rückennummer 10", "Bundesstraße 8", "Jahrgangsstufe 10", "Hannover 96"
    noun = _german_noun(text, end)
    if noun is None:
        return False
    counted = text[noun[0]:noun[1]].split()[-1]
    return counted.lower() in UNIT_NAMES or bool(GERMAN_PLURAL_RE.search(counted))


def _read_scale_and_unit(text: str, reading: _Reading, end: int, language: str) -> int | None:
    """Extend ``end`` over a scale word and a percent or currency unit; None if that is impossible."""
    if reading.kind == "numeral" and (glued := GLUED_SCALE_RE.match(text, end)):
        if reading.unit is None:
            return None  # "5m" without a currency is five metres, or a name
        reading.value_scale = GLUED_SCALES[glued["scale"]]
        reading.value = scaled(reading.value, reading.value_scale)
        reading.scale = True
        end = glued.end()
    elif scale := SCALE_AFTER_RE.match(text, end):
        word = scale["scale"]
        if word in ("bn", "mln", "bln") and reading.unit is None \
                and not CURRENCY_AFTER_RE.match(text, scale.end()):
            return None
        reading.value_scale = scale_value(word, language)
        reading.value = scaled(reading.value, reading.value_scale)
        reading.scale = True
        end = scale.end()
    elif reading.kind == "article":
        return None
    if reading.unit is None:
        if percent := PERCENT_AFTER_RE.match(text, end):
            reading.unit = PERCENTAGE_POINTS if percent["points"] else PERCENT
            end = percent.end()
        elif currency := CURRENCY_AFTER_RE.match(text, end):
            reading.unit = CURRENCY_WORDS[" ".join(currency["currency"].lower().split())]
            end = currency.end()
    return end


def _read_range_end(text: str, end: int, mark: str, language: str,
                    opener: str | None) -> tuple[_Reading, int, str] | None:
    """The far end of a range after ``end``: (reading, its end, connector) or None."""
    connector = RANGE_CONNECTOR_RE.match(text, end)
    if not connector:
        return None
    word = (connector["word"] or "").lower()
    if word in ("und", "and") and opener not in ("zwischen", "between"):
        return None
    if word == "auf" and opener != "von":
        return None
    if word == "to" and language != "en":
        return None
    position = connector.end()
    money = MONEY_SYMBOL_RE.match(text, position)
    if money:
        position = money.end()
    match = RANGE_END_RES.get(language, RANGE_END_RES["en"]).match(text, position)
    if not match:
        return None
    if match["mid_pos"] or match["mid_en_pos"]:
        part = (match["mid_pos"] or match["mid_en_pos"]).lower()
        written = (match["mid_de"] or match["mid_en"]).lower().lstrip("'’")
        decade = int(written[:2]) if written[0].isdigit() else _DECADES[written]
        other = _Reading(match.start(), match.end(), decade + _DECADE_PART[part], "decade", unit=YEARS)
        return other, match.end(), word or "-"
    reading = _read_number(text, match, mark, language)
    if reading is None or (connector["dash"] and reading.kind != "numeral"):
        return None
    if money:
        reading.unit = CURRENCY_WORDS[money.group().strip().lower()]
        reading.start = connector.end()
    range_end = _read_scale_and_unit(text, reading, reading.end, language)
    if range_end is None:
        return None
    if _refused_by_context(text, reading, language) and not connector["dash"]:
        return None
    return reading, range_end, word or "-"


def _finish(document: Document, sentence: Sentence, reading: _Reading, start: int, end: int,
            qualifier: str | None, value_to: float | int | None, is_age: bool,
            language: str) -> KeyFigure | None:
    """Decide whether a read number is a figure, find what it counts, and build the KeyFigure."""
    text = sentence.text
    unit = reading.unit
    label = None
    if unit is None and not is_age and reading.value == 1 and (one := _one_per(text, end, language)):
        noun_word = one["noun"]  # "one pack per order": a limit of one pack
        unit = (UNIT_NAMES.get(noun_word + "s") or UNIT_NAMES.get(noun_word) or noun_word + "s" if language == "en"
                else UNIT_NAMES.get(noun_word.lower(), noun_word))
        label, end = text[one.start("noun"):one.end()], one.end()
    if unit is None and not is_age:
        if measure := MEASURE_AFTER_RE.match(text, end):
            if not (measure["measure"] == "m" and language == "en"):
                unit, end = measure["measure"], measure.end()
        if unit is None and language == "en" and (glued := HYPHEN_COUNT_AFTER_RE.match(text, end)) \
                and not FRACTION_NOUN_RE.match(glued["noun"]):
            noun_word = glued["noun"]
            unit = UNIT_NAMES.get(noun_word + "s") or UNIT_NAMES.get(noun_word) or noun_word + "s"
            end = glued.end()
            following = _WORD_AFTER_RE.match(text, end)
            label = following["word"] if following and following["word"].lower() not in ENGLISH_STOP else ""
        if unit is None:
            noun = _counted_noun(text, end, language)
            if noun is not None:
                label_start, label_end, unit = noun
                if rate := RATE_AFTER_RE.match(text, label_end):
                    label_end = rate.end()  # "60,000 vehicles a day", "6.000 Besucher pro Tag"
                label = text[label_start:label_end]
                if FRACTION_NOUN_RE.fullmatch(unit):
                    return None
                if unit in TIME_UNITS and (VOR_BEFORE_RE.search(text[max(0, start - 8):start])
                                           or AGO_RE.match(text, label_end)):
                    return None  # "vor drei Jahren", "three years ago": a date, not a figure
    if reading.plain_year and not reading.scale and unit not in (PERCENT, PERCENTAGE_POINTS) \
            and not _is_currency(unit):
        if not (qualifier and label):
            return None  # "2013", "im April 2018": a year; "roughly 2000 Thai and 74 Malaysian stores" counts
    if unit in (None, COUNT) and not is_age and (ELLIPSIS_AFTER_RE.match(text, end)
                                                 or ELLIPSIS_BEFORE_RE.search(text, max(0, start - 8), start)):
        unit = ELLIPSIS  # "31 Insassen verletzt, sieben von ihnen schwer": the noun of the figure before
    if unit is None and not is_age:
        if PERSON_RELATIVE_AFTER_RE.match(text, end):
            unit, label = "people", ""  # "the 2.8 million who voted"
        elif ELLIPSIS_WORDS_AFTER_RE.match(text, end) or reading.kind in ("de_word", "en_word"):
            unit = ELLIPSIS  # "and two more", "only 27 have ratified": the noun of the figure before, if any
        elif reading.scale:
            unit = COUNT  # "a 107 million loss": the scale says it is an amount (of the sentence's currency)
    if unit is None:
        if reading.kind == "numeral" and reading.value == 1 and not is_age:
            return None  # "1" alone is rarely a figure and often a rank
        if not is_age and TIME_PREPOSITION_BEFORE_RE.search(text[max(0, start - 10):start]):
            return None  # "um 8", "at 10": a time or a date, with nothing counted
        if not is_age and not qualifier and not LEVEL_BEFORE_RE.search(text[max(0, start - 12):start]):
            return None  # "CEO John Smith, 54,", "mile marker 12": not a count of anything we can name
        unit = YEARS if is_age else COUNT
    if qualifier == "more than" and unit in TIME_UNITS and text[start:start + 5].lower() == "over " \
            and not SPAN_OVER_NOT_RE.search(text, max(0, start - 12), start):
        qualifier = None  # "cost $400 billion over 10 years": over a span, not more than ten years
    if label is None:
        label = ""  # found by _label_figures, which knows the sentence's other numbers
    value = reading.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return KeyFigure(value=value, unit=unit, qualifier=qualifier, text=text[start:end],
                     text_start=sentence.start + start, text_end=sentence.start + end, label=label,
                     cite=Citation.of_sentence(document, sentence), value_to=value_to)


def _is_currency(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()


def _counted_noun(text: str, end: int, language: str) -> tuple[int, int, str] | None:
    """The noun phrase a count is about: (start, end, unit), or None if there is none."""
    if partitive := PARTITIVE_AFTER_RE.match(text, end):  # "Six of the murders", "sechs der Opfer"
        noun = _german_noun(text, partitive.end()) if language == "de" else _english_noun(text, partitive.end())
        if noun is not None:
            return noun
    if language == "de":
        return _german_noun(text, end)
    return _english_noun(text, end)


def _german_noun(text: str, position: int) -> tuple[int, int, str] | None:
    """Up to two adjectives and a capitalised noun ("14 neue Dienstleistungen"), "und" another."""
    start = None
    nouns_start = nouns_end = None
    adjectives = 0
    while True:
        word = _WORD_AFTER_RE.match(text, position)
        if not word:
            break
        w = word["word"]
        if start is None:
            start = word.start("word")
        if w[0].isupper():
            if MONTH_RE.fullmatch(w) or w == "Uhr":
                return None
            nouns_start = nouns_start if nouns_start is not None else word.start("word")
            nouns_end = word.end("word")
            position = word.end()
            if text.startswith("-", position) and _AND_AFTER_RE.match(text, position + 1):
                position += 1  # "Staats- und Regierungschefs"
            conjunction = _AND_AFTER_RE.match(text, position)
            following = conjunction and _WORD_AFTER_RE.match(text, conjunction.end())
            if following and following["word"][0].isupper():
                nouns_end = following.end("word")
                position = following.end()
            break
        if adjectives < 2 and w.lower() not in GERMAN_LABEL_GLUE \
                and w.endswith(("e", "en", "er", "es", "em")):
            adjectives += 1
            position = word.end()
            continue
        break
    if nouns_start is None:
        return None
    nouns = text[nouns_start:nouns_end]
    label_end = nouns_end
    if nouns.lower() in GERMAN_MEASURES and (measured := _german_noun(text, position)):
        label_end = measured[1]  # "100 Kilometer neue Radwege": the unit, and what is measured
    return start, label_end, UNIT_NAMES.get(nouns.lower(), nouns)


def _is_english_plural(word: str) -> bool:
    lower = word.lower()
    if lower in ENGLISH_IRREGULAR_PLURALS:
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _english_noun(text: str, position: int) -> tuple[int, int, str] | None:
    """Up to three words ending in a plural noun ("50 women", "three new factories")."""
    start = None
    for _ in range(4):
        word = _WORD_AFTER_RE.match(text, position)
        if word and start is not None and (other := OTHER_NUMBER_AFTER_RE.match(text, position)):
            shared = _english_noun(text, other.end())  # "18 FM and five AM radio stations": the same noun
            return (shared[1] - len(shared[2]), shared[1], shared[2]) if shared else None
        if not word or (word["word"].lower() in ENGLISH_STOP and not ACRONYM_RE.fullmatch(word["word"])):
            return None  # but "AM radio stations" is no "am"
        if start is None:
            start = word.start("word")
        position = word.end()
        if _is_english_plural(word["word"]):
            head_start, head_end = word.start("word"), word.end("word")
            conjunction = _AND_AFTER_RE.match(text, position)
            following = conjunction and _WORD_AFTER_RE.match(text, conjunction.end())
            if following and _is_english_plural(following["word"]) \
                    and following["word"].lower() not in ENGLISH_STOP:
                head_end = following.end("word")
            head = text[head_start:head_end]
            return start, head_end, UNIT_NAMES.get(head.lower(), head)
    return None


def _label_figures(text: str, offset: int, figures: list[KeyFigure], language: str) -> list[KeyFigure]:
    """Give each figure of one sentence that has no counted noun a label, and amounts of money
    that leave their currency to an earlier one ("zwischen 35 und 36 Milliarden Euro; bislang 37
    bis 38 Milliarden") that currency."""
    spans = [(f.text_start - offset, f.text_end - offset) for f in figures]
    for number in NUMERAL_OR_ARTICLE_RE.finditer(text):
        if number["numeral"] and not YEAR_RE.fullmatch(number["numeral"]) \
                and not any(s <= number.start() < e for s, e in spans) \
                and not MONTH_BEFORE_RE.search(text, max(0, number.start() - 14), number.start()) \
                and not DATE_AFTER_RE.match(text, number.end()):  # "March 3, 2019" is a date, not a number
            spans.append((number.start(), number.end()))
    spans.sort()
    starts, ends = [s for s, _ in spans], sorted(e for _, e in spans)
    labelled: list[KeyFigure] = []
    for figure in figures:
        start, end = figure.text_start - offset, figure.text_end - offset
        if figure.unit == ELLIPSIS:
            counted = [f for f in labelled if f.unit not in (COUNT, PERCENT, PERCENTAGE_POINTS, YEARS)
                       and f.unit not in TIME_UNITS and not _is_currency(f.unit) and f.unit != "score"]
            if not counted:
                continue  # "Zwei von ihnen", "two of them": a pronoun, with nothing counted
            figure = replace(figure, unit=counted[-1].unit, label=counted[-1].label)
        if figure.unit == COUNT and SCALED_RE.search(figure.text):
            currencies = [f.unit for f in labelled if _is_currency(f.unit)]
            if currencies:
                figure = replace(figure, unit=currencies[-1])
        label_is_noun = bool(figure.label)  # the counted noun phrase ("Frauen und Mädchen") is one already
        if not figure.label:
            before = bisect.bisect_right(ends, start)
            floor = ends[before - 1] if before else 0
            after = bisect.bisect_left(starts, end)
            ceiling = starts[after] if after < len(starts) else len(text)
            label = ""
            if labelled and _chained(text, labelled[-1], offset, floor, start):
                label = labelled[-1].label  # "sank um 4,2 Prozent auf 8,7 Milliarden Euro": the same thing
                label_is_noun = True
            elif GERMAN_AGE_NOUN_RE.search(figure.text):
                label_is_noun = True  # "der 28-Jährige", "ein 41-Jähriger aus Esslingen": the age names the person
            elif purpose := _noun_after_amount(text, start, end, language):
                label, label_is_noun = purpose, True  # "plan to repair the bridge": a noun phrase already
            else:
                label = _label_around(text, start, end, language, floor, ceiling)
            figure = replace(figure, label=label)
        if figure.label and not label_is_noun:
            stands_before = text.rfind(figure.label, 0, start + 1) != -1 and \
                text.rfind(figure.label, 0, start + 1) + len(figure.label) <= start
            words = figure.label.replace(figure.text, f" {FIGURE_MARK} ") if figure.text in figure.label \
                else figure.label
            figure = replace(figure, label=noun_phrase(words, language, before=stands_before))
        if not figure.label and not label_is_noun:
            figure = replace(figure, label=_infinitive_subject(text, start, end, language))
        labelled.append(figure)
    return labelled


GERMAN_AGE_NOUN_RE = re.compile(r"-Jährige[mnrs]?$")
# A zu-infinitive right after a figure: "…, 12,5 Millionen Euro beizusteuern", "…, 5 Euro zu zahlen".
_ZU_INFINITIVE_AFTER_RE = re.compile(r"\s+(?:zu\s+[a-zäöüß]+[elr]n|[a-zäöüß]+zu[a-zäöüß]+[elr]n)(?![\w-])")


def _infinitive_subject(text: str, start: int, end: int, language: str) -> str:
    """The noun phrase of the clause an infinitive clause depends on, when the figure is the
    infinitive's object and its own clause names nothing: "Das Land hatte zugesagt, 12,5 Millionen
    Euro beizusteuern" is the Land's contribution. English needs no such rule: "agreed to contribute"
    keeps the clause together."""
    if language != "de" or not _ZU_INFINITIVE_AFTER_RE.match(text, end):
        return ""
    boundary = text.rfind(",", 0, start)
    if boundary < 0 or _content_words(text[boundary + 1:start], language):
        return ""
    previous = max(text.rfind(",", 0, boundary), text.rfind(";", 0, boundary), -1)
    return noun_phrase(text[previous + 1:boundary], language, before=True)


def _chained(text: str, previous: KeyFigure, offset: int, floor: int, start: int) -> bool:
    """Whether a figure is the new level of the one before it: "um 4,2 Prozent auf 8,7 Milliarden"."""
    return (previous.text_end - offset == floor and CHAIN_RE.fullmatch(text[floor:start]) is not None
            and (previous.unit in (PERCENT, PERCENTAGE_POINTS) or _is_currency(previous.unit)))


def _label_around(text: str, start: int, end: int, language: str, floor: int = 0,
                  ceiling: int | None = None) -> str:
    """What a percentage or an amount is about, in the sentence's own words.

    The phrase after it when it opens with a genitive ("80 Prozent der Online-Sexsklaverei …",
    "80 percent of …") or says what money is for ("$25 million in compensatory damages", "a
    45 million pound plan … to repair the bridge"); else the words before it in its clause, never
    reaching back over another number; else a few words right around it.
    """
    ceiling = len(text) if ceiling is None else ceiling
    if aside := BRACKETED_ASIDE_RE.match(text, end):
        end, ceiling = aside.end(), len(text)  # "100 million pounds ($130 million) for emergency housing"
    after = _phrase_after(text, end, language)
    if after and text.find(after, end) + len(after) <= ceiling:
        return after
    if language == "de" and PERCENT_AFTER_RE.search(text[start:end]) and (noun := _WORD_AFTER_RE.match(text, end)) \
            and GERMAN_COMMON_NOUN_RE.fullmatch(noun["word"]) and not DATE_WORD_RE.fullmatch(noun["word"]) \
            and noun["word"].lower() not in _PERIODS_DE_LOWER:
        return noun["word"]  # "58 Prozent Ballbesitz": the share of what
    before = _phrase_before(text, start, language, floor)
    if before:
        return before
    return _window(text, start, end, language, floor, ceiling)


BRACKETED_ASIDE_RE = re.compile(r"\s*\([^()]{1,40}\)")
_PERIODS_DE_LOWER = {w.lower() for w in _DE.periods}


def _noun_after_amount(text: str, start: int, end: int, language: str) -> str:
    """The thing an amount or an age describes when a noun follows it: "a 45 million pound plan
    … to repair the bridge", "$25 million in compensatory damages", "der 58-jährige Fahrer"."""
    figure = text[start:end]
    word = _WORD_AFTER_RE.match(text, end)
    if not word:
        return ""
    w = word["word"]
    if AGE_WORD_RE.search(figure):
        if (language == "de" and w[0].isupper()) or (language == "en" and w.islower()
                                                    and w not in ENGLISH_STOP and w not in ENGLISH_VERBS):
            return w
        return ""
    if language != "en":
        return ""
    if w == "in" and (phrase := IN_WHAT_RE.match(text, word.start("word"))):
        return phrase.group().rstrip()[2:].lstrip()  # "$25 million in compensatory damages"
    if CURRENCY_WORD_END_RE.search(figure) and w.islower() and w not in ENGLISH_STOP \
            and w not in ENGLISH_VERBS and not w.endswith(("ed", "ly")):
        words = [w]
        if purpose := PURPOSE_AFTER_RE.match(text, word.end()):  # "plan … to repair the bridge"
            # the noun and what it is for, without a date said in between ("plan on Tuesday to …")
            words += [m.group() for m in _LABEL_WORD_RE.finditer(text, purpose.start("purpose"), purpose.end())]
            words = words[:LABEL_MAX_WORDS]
            while words and words[-1].lower() in TRAILING_GLUE:
                words.pop()
        return " ".join(words)
    return ""


def _phrase_after(text: str, end: int, language: str, need_opener: bool = True) -> str:
    words: list[re.Match[str]] = []
    position = end
    while len(words) < 10:
        word = _WORD_AFTER_RE.match(text, position)
        if not word:
            break
        w = word["word"]
        lower = w.lower()
        if not words and need_opener and lower not in LABEL_OPENERS:
            return ""
        if language == "de":
            # Lowercase words count only as adjectives before a noun ("der jungen Frauen").
            following = _WORD_AFTER_RE.match(text, word.end())
            keep = (w[0].isupper() or lower in GERMAN_LABEL_GLUE
                    or (lower.endswith(("e", "en", "er", "es", "em")) and len(lower) > 3
                        and bool(following) and following["word"][0].isupper()))
        else:
            keep = ((lower not in ENGLISH_STOP or lower in {"of", "in", "the", "a", "an", "and", "for", "on"})
                    and lower not in ENGLISH_VERBS and not (w.islower() and lower.endswith("ed")))
        if not keep:
            break
        words.append(word)
        position = word.end()
    while words and (words[-1]["word"].lower() in TRAILING_GLUE
                     or (language == "de" and not words[-1]["word"][0].isupper())):
        words.pop()
    if not words:
        return ""
    return text[words[0].start("word"):words[-1].end("word")]


def _phrase_before(text: str, start: int, language: str, floor: int = 0) -> str:
    reach = max(floor, start - LABEL_REACH)  # a label is a few words: never scan a whole long sentence
    boundaries = [b.end() for b in _CLAUSE_BOUNDARY_RE.finditer(text, reach, start)
                  if not DATE_COMMA_RE.match(text, b.start())  # "March 3, 2019" goes on
                  and not (b.group() == "(" and ")" in text[b.end():start])]  # so does "Ergebnis (Ebit) brach"
    if boundaries and floor > boundaries[-1] or not boundaries and floor:
        return ""  # another number in the clause: its words are not this one's ("38% … and 33% Democrats")
    clause = boundaries[-1] if boundaries else reach
    phrase = _words_between(text, clause, start, language)
    if boundaries and len(phrase.split()) < 3 and text[boundaries[-1] - 1] in "–—(":
        # An aside ("Alle Klägerinnen in dem Fall – im Alter zwischen …"): take in the clause before it.
        if len(boundaries) > 1 or not floor or reach > floor:  # not back over another number
            phrase = _words_between(text, boundaries[-2] if len(boundaries) > 1 else reach, start, language)
        else:
            phrase = ""
    return phrase if _content_words(phrase, language) >= 2 else ""


def _content_words(phrase: str, language: str) -> int:
    glue = GERMAN_LABEL_GLUE | {"das", "es", "sie", "er"} if language == "de" else ENGLISH_STOP
    return sum(1 for w in phrase.split() if w.lower() not in glue)


def _words_between(text: str, clause_start: int, start: int, language: str) -> str:
    words = list(_LABEL_WORD_RE.finditer(text[clause_start:start]))
    leading = GERMAN_LEADING_GLUE if language == "de" else ENGLISH_LEADING_GLUE
    if words and words[-1].group().lower() in SUBORDINATORS:
        return ""  # "found that 56 percent think …": the figure opens a clause of its own
    said = [i for i, w in enumerate(words) if w.group().lower() in REPORTING_VERBS | SUBORDINATORS]
    if said and len(words) - said[-1] > 2:
        words = words[said[-1] + 1:]  # "… said the government had agreed to contribute", "… that the true figure"
    while words and (words[-1].group().lower() in TRAILING_GLUE or words[-1].group().lower() in LABEL_TAIL
                     or DATE_WORD_RE.fullmatch(words[-1].group())):
        words.pop()
    by = [i for i, w in enumerate(words) if w.group().lower() in ("um", "by")]
    if by and by[-1] >= 2 and len(words) - by[-1] <= 4:
        words = words[:by[-1]]  # "Das Ergebnis brach um fast ein Viertel (auf …)": what changed, not by how much
    if len(words) > 10:
        words = words[-8:]
        while len(words) > 2 and language == "en" and words[0].group()[:1].isupper():
            words.pop(0)  # not from the middle of a name: "Francisco ordered …"
    while words and (words[0].group().lower() in leading or words[0].group().lower() in LABEL_LEADING_DROP
                     or DATE_WORD_RE.fullmatch(words[0].group())
                     or (words[0].group().lower() in LEADING_DATE_PREPOSITIONS and len(words) > 1
                         and DATE_WORD_RE.fullmatch(words[1].group()))):
        words.pop(0)  # never from a date: "2019 to contribute", "Am Donnerstag"
    if not words:
        return ""
    return text[clause_start + words[0].start():clause_start + words[-1].end()]


def _window(text: str, start: int, end: int, language: str, floor: int, ceiling: int) -> str:
    """A few words right around a figure, itself included: "nach 8,9 Prozent ein Jahr zuvor"."""
    floor = max(floor, start - LABEL_REACH)
    boundaries = [b.end() for b in _CLAUSE_BOUNDARY_RE.finditer(text, floor, start)
                  if not DATE_COMMA_RE.match(text, b.start())]
    left = max(boundaries[-1] if boundaries else 0, floor)
    before = list(_LABEL_WORD_RE.finditer(text, left, start))[-3:]
    joins = [i for i, w in enumerate(before)
             if w.group().lower() in {"und", "and", "oder", "or", "sowie"} | SUBORDINATORS]
    if joins:
        before = before[joins[-1] + 1:]  # "… aus der Schweiz und 80.000 Pfund": not the other amount's words
    leading = GERMAN_LEADING_GLUE if language == "de" else ENGLISH_LEADING_GLUE
    while before and (before[0].group().lower() in leading or DATE_WORD_RE.fullmatch(before[0].group())
                      or (before[0].group().lower() in LEADING_DATE_PREPOSITIONS and len(before) > 1
                          and DATE_WORD_RE.fullmatch(before[1].group()))):
        before.pop(0)  # "from 4.1% in February", not "in March from 4.1%"
    ceiling = min(ceiling, end + LABEL_REACH)
    stop = WINDOW_STOP_RE.search(text, end, ceiling)
    right = stop.start() if stop else ceiling
    after = [w for w in _LABEL_WORD_RE.finditer(text, end, right)][:5]
    while after and (after[-1].group().lower() in TRAILING_GLUE or after[-1].group().lower() in LABEL_TAIL
                     or after[-1].group().lower() in ("seit", "wie", "so", "sei", "be", "wurde", "werden", "sowie")):
        after.pop()
    first = before[0].start() if before else start
    last = after[-1].end() if after else end
    return text[first:last].strip(" ,;:") or text[start:end]


# --- labels as noun phrases ------------------------------------------------------------------------

# A label names what is counted: a short noun phrase in the sentence's words, never a clause.
LABEL_MAX_WORDS = 6
_DETERMINERS = {w.lower() for w in (*merged("articles"), *merged("possessives"))} | {
    "alle", "all", "its", "their", "his", "her", "our", "this", "these", "those", "jene", "diese", "dieser",
    "diesen", "diesem", "dieses"}
_PREPOSITIONS = {w.lower() for w in merged("prepositions")} | GERMAN_LABEL_GLUE - _DETERMINERS
# After these an English word is a verb: "to pay", "would fund".
_ENGLISH_MODALS = {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does"}
_GENITIVE_DETERMINERS = {"der", "des", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "of"}
_ATTRIBUTION_OPENERS = {cue.replace(" X", "").replace("X", "").strip().lower()
                        for each in lexicons() for cue in each.attribution_cues["according_to"]} - {""}
SCALES_LOWER = {w.lower() for w in merged("scales")}
_LABEL_SPLIT_RE = re.compile(r"\s*[–—(),;:„“”\"»«]\s*|\s+-\s+")
_ENGLISH_VERB_WORDS = {w for w in ENGLISH_STOP if w in {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say", "told",
    "tells", "reported", "according", "including", "included"}} | ENGLISH_VERBS | REPORTING_VERBS
# After these an English word is a verb too, unless a noun phrase starts there: "had agreed", "were unchanged".
_ENGLISH_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
# English words that are neither nouns nor verbs but pass for nouns by their shape.
_ENGLISH_NOT_NOUNS = {w.lower() for w in _EN.ordinals} | {
    "further", "additional", "extra", "another", "aside", "away", "back", "unchanged", "among", "amid", "amongst",
    "compared", "estimated", "reportedly", "roughly", "nearly", "only"}
_EXTRA_PREPOSITIONS = {"among", "amid", "amongst", "unter", "über", "gegen", "zwischen", "between", "across", "over",
                       "under", "within", "without", "per", "pro", "je", "laut"}
# A label never names a time: "ein Jahr zuvor", "from the previous month", "im Vorjahreszeitraum".
_TIME_HEADS = {w.lower() for w in UNIT_NAMES if UNIT_NAMES[w] in TIME_UNITS} | {
    w.lower() for w in (*merged("seasons"), *merged("time_units"), *merged("weekdays"))} | {
    "month", "week", "day", "hour", "minute", "quartal", "quartals", "quarter", "zeitraum", "period", "halbjahr",
    "vormonat", "vorwoche", "vortag", "vorquartal", "time"}
_TIME_WORDS = {"earlier", "ago", "later", "before", "zuvor", "vorher", "früher", "später", "davor", "danach"}
# Marks where the figure stood in a label that held it.
FIGURE_MARK = "\u2042"


def noun_phrase(label: str, language: str, before: bool = True) -> str:
    """``label`` cut down to the noun phrase it names: no verb, no clause, no leading article, at most
    six words, no final punctuation; "" when no noun is left. ``before``: the phrase stood before its
    number, so the part nearest to it (the end) is kept when the phrase must be cut. Where the label
    held the figure (``FIGURE_MARK``), a verb right after it makes the figure the subject: the words
    after it say what the figure does ("56 percent think things are getting worse"), not what it counts."""
    if FIGURE_MARK in label:
        ahead, _, behind = label.partition(FIGURE_MARK)
        following = behind.split()
        if following and _opens_predicate(following[0], following[1] if len(following) > 1 else None, language):
            behind = ""
        label = f"{ahead} , {behind}"
    segments = []
    for segment in _LABEL_SPLIT_RE.split(label):
        words = segment.split()
        lower = [w.lower() for w in words]
        for i in range(len(words)):  # "nach Angaben der Polizei", "laut Klage": who says it, not what is counted
            if lower[i] in _ATTRIBUTION_OPENERS or " ".join(lower[i:i + 2]) in _ATTRIBUTION_OPENERS:
                words = words[:i]
                break
        runs = [(trimmed, governed) for trimmed, governed in
                ((_trimmed(r, language), _governed(r)) for r in _clauses(words, language))
                if trimmed and _has_noun(trimmed, language) and not _names_a_time(trimmed, language)]
        if runs:
            segments.append(runs)
    if not segments:
        return ""
    # The part of the label richest in nouns (not an aside: "Alle Klägerinnen in dem Fall – im Alter"), and
    # in it the phrase nearest to the number; before it, a phrase that a preposition governs ("im frühen
    # Handel", "im Schnitt") says when or where, so the clause's own noun phrase is preferred to it.
    best = max(sum(_content_count(r, language) for r, _ in runs) for runs in segments)
    runs = next(runs for runs in segments if sum(_content_count(r, language) for r, _ in runs) == best)
    if before:  # when every phrase is an adverbial, none names what is counted
        words = next((r for r, governed in reversed(runs) if not governed), [])
    else:  # after the number: what it is of or for, never where it comes from ("aus Stuttgart")
        words = next((r for r, governed in runs if not governed), [])
    if len(words) > LABEL_MAX_WORDS:
        words = _shortened(words, before, language)
    if not words or not _has_noun(words, language):
        return ""
    # The words as they stand in the sentence (its spaces), so that the label stays a part of it.
    found = re.search(r"\s+".join(re.escape(w) for w in words), label)
    return found.group() if found else " ".join(words)


def _shortened(words: list[str], before: bool, language: str) -> list[str]:
    """At most six words, cut where a phrase ends ("security for lawmakers", not "… and Supreme Court")."""
    glue = _PREPOSITIONS | _EXTRA_PREPOSITIONS | {"und", "and", "oder", "or", "sowie", "of"}
    if before:
        kept = words[-LABEL_MAX_WORDS:]
        cuts = [i for i, w in enumerate(kept) if w.lower() in glue and i > 0]
        kept = kept[cuts[0] + 1:] if cuts and cuts[0] < len(kept) - 1 else kept
    else:
        kept = words[:LABEL_MAX_WORDS]
        cuts = [i for i, w in enumerate(kept) if w.lower() in glue and i > 0]
        kept = kept[:cuts[-1]] if cuts else kept
    return _trimmed(kept, language)


def _opens_predicate(word: str, following: str | None, language: str) -> bool:
    """Whether ``word``, right after a figure, is the verb the figure is the subject of."""
    lower = word.lower()
    if language == "de":
        return _is_verb(word, following, language, None)
    return lower in _ENGLISH_VERB_WORDS or (word.islower() and lower not in ENGLISH_STOP
                                             and lower not in _PREPOSITIONS | _EXTRA_PREPOSITIONS)


def _is_verb(word: str, following: str | None, language: str, previous: str | None = None) -> bool:
    lower = word.lower()
    if language == "de":
        # German capitalises nouns: a lowercase word that is not glue and stands before no noun (as an
        # adjective would) is the verb or an adverb of a clause.
        return (word[:1].islower() and lower not in _DETERMINERS and lower not in _PREPOSITIONS
                and lower not in _EXTRA_PREPOSITIONS and lower not in {"und", "oder", "sowie"}
                and not (following and following[:1].isupper() and lower.endswith(("e", "en", "er", "es", "em")))
                and not (following and following[:1].isupper() and lower in {"mehr", "weniger"}))
    after_article = previous is not None and previous.lower() in _DETERMINERS | _PREPOSITIONS
    if after_article:
        return False  # "of lost pay", "the wounded": an adjective or a noun
    if lower in _ENGLISH_VERB_WORDS:
        return True
    # "-ed" ends a verb ("ordered chemicals maker", "it agreed"), unless an article makes it an adjective.
    return word.islower() and lower.endswith("ed") and len(lower) > 3


def _clauses(words: list[str], language: str) -> list[list[str]]:
    """Runs of words between verbs; a determiner right after a noun opens a new phrase (the object
    after its subject: "Salesforce seinen Vertrag")."""
    runs: list[list[str]] = [[]]
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        previous_word = words[i - 1] if i > 0 else None
        after_modal = language == "en" and previous_word is not None and (
            previous_word.lower() in _ENGLISH_MODALS
            or (previous_word.lower() in _ENGLISH_AUXILIARIES and word.islower()
                and word.lower() not in _DETERMINERS and word.lower() not in ENGLISH_STOP))
        if _is_verb(word, following, language, previous_word) or after_modal \
                or any(c.isdigit() for c in word) or word.lower() in SCALES_LOWER:
            runs.append([])
            continue
        previous = runs[-1][-1] if runs[-1] else None
        if previous and word.lower() in _DETERMINERS and word.lower() not in _GENITIVE_DETERMINERS \
                and previous.lower() not in _PREPOSITIONS \
                and previous.lower() not in _DETERMINERS and previous.lower() not in {"und", "and", "oder", "or"}:
            runs.append([])
        runs[-1].append(word)
    return [r for r in runs if r]


# Prepositions that open an adverbial of time, place or rate ("im frühen Handel", "aus Stuttgart", "pro
# Kopf"); "mit einem Umsatz von", "für Notunterkünfte", "of respondents" name what is counted.
_ADVERBIAL_PREPOSITIONS = {"im", "am", "in", "an", "bei", "beim", "nach", "vor", "seit", "während", "unter", "aus",
                           "pro", "je", "at", "on", "during", "after", "before", "since", "per", "from", "within"}


def _governed(words: list[str]) -> bool:
    """Whether a run opens with a preposition that makes it an adverbial ("im frühen Handel"), after a
    relative pronoun perhaps ("…, der nach den Berechnungen der Verwaltung 412 Millionen Euro kostet")."""
    lower = [w.lower() for w in words[:2]]
    if len(lower) == 2 and lower[0] in _DETERMINERS and lower[1] in _ADVERBIAL_PREPOSITIONS:
        lower.pop(0)
    return bool(lower) and lower[0] in _ADVERBIAL_PREPOSITIONS


def _names_a_time(words: list[str], language: str) -> bool:
    """"ein Jahr zuvor", "previous month", "Vorjahreszeitraum", "im Sommer": a time, not a thing counted."""
    lower = [w.lower() for w in words]
    if any(w in _TIME_WORDS for w in lower):
        return True
    # the head: the last word before the phrase's first preposition ("Umsatz im dritten Quartal": Umsatz)
    glue = _PREPOSITIONS | _EXTRA_PREPOSITIONS | {"of"}
    head_words = next((lower[:i] for i in range(1, len(lower)) if lower[i] in glue), lower)
    head = head_words[-1]
    return head in _TIME_HEADS or head.startswith(("vorjahr", "vormonat")) or DATE_WORD_RE.fullmatch(words[
        len(head_words) - 1]) is not None


def _trimmed(words: list[str], language: str) -> list[str]:
    words = [w.strip(",;:!?…'’\"") for w in words]
    words = [w for w in words if w]
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's full stop, not that of "U.S."
    glue = _DETERMINERS | _PREPOSITIONS | _EXTRA_PREPOSITIONS | {"und", "and", "oder", "or", "sowie", "als",
                                                                  "than", "that", "dass"}
    while words and (words[0].lower() in glue or words[0].lower() in LABEL_LEADING_DROP
                     or words[0].lower() in LABEL_TAIL or DATE_WORD_RE.fullmatch(words[0])
                     or (language == "en" and words[0].lower() in _ENGLISH_NOT_NOUNS)):
        words.pop(0)
    while words and (words[-1].lower() in glue or words[-1].lower() in TRAILING_GLUE
                     or words[-1].lower() in LABEL_TAIL or DATE_WORD_RE.fullmatch(words[-1])
                     or (language == "de" and words[-1][:1].islower())
                     or (language == "en" and words[-1].lower() in _ENGLISH_NOT_NOUNS)):
        words.pop()
    return words


def _has_noun(words: list[str], language: str) -> bool:
    if language == "de":
        return any(w[:1].isupper() for w in words)
    return any(w.lower() not in ENGLISH_STOP and w.lower() not in _ENGLISH_VERB_WORDS
               and w.lower() not in _ENGLISH_NOT_NOUNS for w in words)


def _content_count(words: list[str], language: str) -> int:
    return _content_words(" ".join(words), language)
