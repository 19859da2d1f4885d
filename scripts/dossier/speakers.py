"""Sources, their direct quotes and their indirect statements.

Rule-based and language-aware (German and English). The pipeline:

1. find the direct quotes of each story paragraph („…“, “…”, "…", »…«, «…», ‘…’);
2. find *mentions*: a speaker next to a verb of saying ("sagte McAdams", "X said", "laut X",
   "heißt es in der Klage", "according to the lawsuit"), read on the text with quotes masked so
   that nothing inside a quote is taken for a speaker;
3. resolve mentions to sources: pronouns to the last person who spoke or was the subject of a
   sentence since (never across a clash of gender: "sagte er" after "eine Sprecherin"), bare
   surnames and unnamed roles ("ihr Anwalt") to the named person they stand for;
4. give each quote the speaker of its own sentences, or of the quote right before it when a
   sentence or paragraph is nothing but a quote (a quote that goes on), or of "X sagte:" before it.

A sentence is also an indirect *statement* of its speaker when it has words of its own besides the
attribution; „…“, sagte X is a quote only. The byline, the editors and the outlet (also the outlet
a speaker talked to: "sagte sie der Thomson Reuters Foundation", "told Reuters") are never sources,
and only story sentences are read.

Precision matters more than recall: a sentence we cannot read with confidence gives no source.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import alternation, lexicon, lexicons, weekday_pattern
from .model import Citation, Quote
from .quotes import Quotation, find_quotations, is_label
from .segment import Document, Sentence

PERSON, ORGANISATION, DOCUMENT, GROUP, ANONYMOUS = "person", "organisation", "document", "group", "anonymous"
SURNAME_ONLY = "surname"  # a mention kind only: a word that is a person's surname or nothing ("Richter")

_MASK = "·"  # replaces quoted characters: not a word character, so no pattern reads into a quote


@functools.lru_cache(maxsize=1 << 16)  # the same words come up again and again
def _fold(word: str) -> str:
    """Case and accents folded: "Später" -> "spater", so vocabularies match however a word is written."""
    word = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c))


# --- vocabulary: from the lexicons (scripts/dossier/lexicon/), every language at once -----------
# The rules below read German and English side by side, so each vocabulary is the union of the
# languages' slots; a new lexicon adds its words here without a change to this module.

def _slot(name: str) -> frozenset[str]:
    """A slot's words (or keys) in every language, case-folded."""
    return frozenset(word.casefold() for each in lexicons() for word in getattr(each, name))


def _folded(name: str) -> frozenset[str]:
    """A slot's words in every language, case- and accent-folded."""
    return frozenset(_fold(word) for each in lexicons() for word in getattr(each, name))


_DOCUMENT_NOUNS = _slot("document_words")
_ORGANISATION_NOUNS = _slot("institution_words") - _slot("anaphoric_organisation_words")
ORGANISATION_NOUNS = _ORGANISATION_NOUNS  # for the wording of attributions
# "das Unternehmen sagte", "the company said": the organisation the article spoke of last.
_ANAPHORIC_ORGANISATION_NOUNS = _slot("anaphoric_organisation_words")
_GROUP_NOUNS = _slot("group_words")
# People an article does not name, with an indefinite article: "eine 67-jährige Pensionistin", "a woman".
_ANONYMOUS_NOUNS = _slot("anonymous_words")
_QUANTIFIERS = _slot("quantifiers")
# Person roles; German compounds end in them ("Polizeisprecherin", "Hauptanwältin").
_ROLE_STEMS_DE = tuple(lexicon("de").role_words)
_ROLE_WORDS_EN = frozenset(lexicon("en").role_words)
_FEMININE_EN = frozenset(w for w, g in lexicon("en").role_words.items() if g == "f")
_MASCULINE_EN = frozenset(w for w, g in lexicon("en").role_words.items() if g == "m")
# Sentence adverbs, prepositions, pronouns, articles and honorifics: they open a clause but never
# name anyone.
_NON_NAMES = _folded("not_names") | _folded("articles") | _folded("prepositions") | _folded("honorifics")
_ORGANISATION_WORDS = _slot("organisation_words")
_OUTLET_WORDS = frozenset(w for w in _folded("outlets") if " " not in w)
_PREPOSITIONS = _folded("prepositions")
_TIME_WORDS = (_folded("weekdays") | _folded("months") | _folded("day_parts")
               | frozenset(_fold(w) for w in ("Wochenende", "weekend")))
# Titles that stand before a bare surname ("President Trump"); first names never look like them.
_TITLES = _folded("titles")
# Sources too vague to list: "laut Medienberichten", "according to reports".
_VAGUE_SOURCES = _folded("vague_sources")
# Role nouns that are also common surnames: "Jonas Richter" is a name, "Merkels Sprecher" is not.
_SURNAME_LIKE_ROLES = _slot("surname_like_roles")
_RELATIVE_WORDS = _slot("relative_pronouns")
_ADJECTIVE_RE = re.compile(r"(?:sche|schen|igte|igten|alen|igen)$")
_ARTICLES = _slot("articles")
_DEFINITE_ARTICLES = _ARTICLES - _slot("indefinite_articles")  # "the", "der", "die", …
_PHRASE_ENDS_RE = re.compile(r"\s*(?:[,.;:!?)–—]|$)")  # no word follows: "the European Union, …"
_OUTLETS = _slot("outlets")
_HONORIFICS = _folded("honorifics")
# What people and documents do when they say something: "sagte", "said", "the report found".
_SAY = {language: alternation([*lexicon(language).verbs_of_saying, *lexicon(language).document_verbs])
        for language in ("de", "en")}
_INVERTING = {language: alternation(lexicon(language).inverting_verbs) for language in ("de", "en")}
# Participles that report the words of the sentence's subject: "…, accusing the network of …".
_PARTICIPLES = _slot("reporting_participles")
# Verbs that report words only when they introduce a quote: "called it „unexpected“", "spoke of …: „…“";
# "a man called John", "Police cited the weather" say nothing.
_QUOTE_ONLY_VERBS = _slot("quote_only_verbs")
# "Police found a body" is no statement by the police; "the report found" is one by the report.
_DOCUMENT_ONLY_VERBS = _slot("document_only_verbs")
_REPORTING_VERBS_DE = frozenset(lexicon("de").outlet_verbs)

# --- patterns ----------------------------------------------------------------------------------

_UPPER = "A-ZÄÖÜ"
# A capitalised word, an initial ("J."), an abbreviation ("U.S.") or a title ("Dr.", "Prof.").
_CAP_WORD = (rf"(?:(?:[{_UPPER}]\.){{2,}}|(?:Dr|Prof|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|Jr)\.|[{_UPPER}]\.|"
             rf"[a-z]{{1,3}}-[{_UPPER}][\w'’-]*\w|"  # "el-Sisi", "al-Othaimeen"
             # a zero-width joiner in "Xtra‍'s"; a domain name, "Domain.com"
             rf"(?:Mc|Mac|O['’])?[{_UPPER}][\w'’\u200d-]*\w(?:\.(?:com|org|net|co\.uk|de|at|ch|hu|au)\b)?)")
# "der"/"den" only after von/van: "sagte Müller der Nachrichtenagentur dpa" names Müller, not more.
_PARTICLE = r"(?:(?:von|van)(?:\s+(?:der|den|dem))?|de(?:\s+la)?|dela|della|da|di|del|dos|du|bin|ibn|al|ten|zu|la|le)"
NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+|&\s+)?{_CAP_WORD}){{0,4}}"
# An institution in a complement: "des Deutschen Instituts für Wirtschaftsforschung (DIW)",
# "der Wirtschafts- und Korruptionsstaatsanwaltschaft", "for the Department for Transport".
_INSTITUTION = (rf"(?:[{_UPPER}][\w]*-\s+(?:und|and)\s+)?{NAME}(?:\s+(?:für|of|for|and|und)\s+(?:the\s+)?{NAME}){{0,3}}"
                rf"(?:\s+\([{_UPPER}][\w&.-]{{1,12}}\))?")
_LOWER_WORD = r"[a-zäöüß][\w'’-]*"
# An English noun-phrase word that is not a preposition or verb: "a spokesman for the ministry" ends at "for".
_EN_WORD = rf"(?!(?:for|of|at|with|in|on|to|from|by|and|or|said|says|told|who|which|that)\b){_LOWER_WORD}"
# Determiners open a sentence too ("Die Klage behauptet", "Eine Sprecherin sagte"): case-insensitive.
_DET_DE = (r"(?i:der|die|das|dem|den|des|ein|eine|einer|einem|eines|ihr|ihre|ihrem|ihren|ihrer|sein|"
           r"seine|seinem|seinen|seiner|deren|dessen|unser|unsere|einige|einigen|viele|vielen|mehrere|"
           r"mehreren|manche|zahlreiche|andere|anderen|zwei|drei|vier|die meisten)")
_DET_EN = (r"(?i:a\s+number\s+of|a\s+group\s+of|dozens\s+of|hundreds\s+of|the|a|an|his|her|their|its|our|"
           r"some|many|several|most|other|few|a few|numerous|two|"
           r"three|four|one|another)")
# A noun phrase with a determiner: "eine Sprecherin von Salesforce", "ein Sprecher des Ministeriums",
# "a spokesman for the company", "the company's lawyer", "some analysts".
_NP_DE = (rf"(?P<det>{_DET_DE})\s+(?P<head>(?:(?:\d+-)?{_LOWER_WORD}(?:e|en|er|es|em)\s+){{0,2}}[{_UPPER}][\w-]*\w)"
          rf"(?P<complement>\s+(?:von|vom|des|der)\s+(?:(?:der|des|dem|den)\s+)?{_INSTITUTION})?")
_NP_EN = (rf"(?P<det>{_DET_EN})\s+(?P<head>(?:(?:{_CAP_WORD}(?:['’]s)?|{_EN_WORD})\s+){{0,3}}"
          rf"(?:{_EN_WORD}|[A-Z][\w]*s\b))"
          rf"(?P<complement>\s+(?:for|of|at|with|by)\s+(?:the\s+)?(?:{_INSTITUTION}|{_LOWER_WORD}))?")
# Bare plural groups: "Analysten sagen", "experts said".
_GROUP_DE = r"(?P<head>[A-ZÄÖÜ][\wäöüß]*(?:en|er|e|n))"
_GROUP_EN = r"(?P<head>(?:[a-z][a-z-]+\s+)?[A-Za-z][a-z]+s)"  # "experts", "union officials"


def _pronoun_pattern(language: str) -> str:
    """The personal pronouns that may stand for a speaker ("sie", "he", "they"): not the neuter ones."""
    words = [w for w, refers in lexicon(language).pronouns.items() if set(refers) & {"f", "m", "pl"}]
    return rf"(?P<pronoun>{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in sorted(words, key=len, reverse=True))})"


_PRONOUN_DE = _pronoun_pattern("de")
_PRONOUN_EN = _pronoun_pattern("en")
# "ihre Hauptanwältin, Annie McAdams", "Polizeisprecher Hans Müller", "spokeswoman Jane Doe"
_ROLE_NAME_DE = (rf"(?:(?P<det>{_DET_DE})\s+)?(?P<role>(?:{_LOWER_WORD}(?:e|en|er|es|em)\s+)?"
                 rf"[{_UPPER}][\w-]*\w),?\s+(?P<name>{NAME})")
_ROLE_NAME_EN = (rf"(?:(?P<det>{_DET_EN}|{_CAP_WORD}\u200d?['’]s)\s+)?(?P<role>(?:{_EN_WORD}\s+){{0,2}}"
                 rf"(?:{_EN_WORD}|CEO|CFO)),?\s+(?P<name>{NAME})")
_NAME_ONLY = rf"(?P<name>{NAME})"
_NAME_ABBREVIATION = rf"(?P<name>{NAME}\s+\([{_UPPER}][\w&.-]{{1,12}}\))"  # "Deutsche Welle (DW)"
# "Birmingham City University criminology professor David Wilson", "SpaceX founder Elon Musk",
# "Mayor of London Sadiq Khan": any short run of words that ends in a role noun, then the name.
_ROLE_PREFIX_NAME_EN = (rf"(?P<role>(?:(?:{_CAP_WORD}(?:\u200d?['’]s)?|(?:of|for|and|the|[a-z][\w–-]*))[ \t]+){{0,8}}"
                        rf"(?i:{'|'.join(sorted(w for w in _ROLE_WORDS_EN if '.' not in w))})"
                        rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*?)?),?[ \t]+"
                        rf"(?P<name>{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{1,4}})"
                        rf"(?P<complement>[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?{_INSTITUTION})?")
# "Mike Ryan of the World Health Organization (WHO)", "Dr. Steven Wolf at Saint Francis"
_NAME_AFFILIATION_EN = (rf"(?P<name>{NAME})(?P<complement>\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?"
                        rf"{_INSTITUTION})")
# "Toronto Police, which indicated …": the subject of a relative clause
_RELATIVE_SUBJECT_EN = rf"(?P<name>{_INSTITUTION})(?:,\s+\d{{1,3}})?,\s+(?:which|who)(?:\s+(?:has|have|had|also))?"
# "Greater Manchester police said", "Zurich city council said": a place and a lower-case institution.
# "two people familiar with the talks", "a person briefed on the matter": the classic unnamed source.
_FAMILIAR_EN = (r"(?P<familiar>(?:(?i:a|one|two|three|four|several|some)\s+)?(?:people|persons?|sources?|officials?)"
                r"\s+(?:familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge\s+of)\s+(?:the|his|her|their)"
                r"\s+[a-z]+)")
_PLACE_INSTITUTION_EN = rf"(?P<institution>{NAME}\s+(?:city\s+|county\s+|state\s+)?(?:police|council|government))"
# "sagte die Stiftung Warentest", "said the Salvation Army": the article stays in the name and is
# stripped by _Reader._name, which then drops a lone German noun ("die Frau").
_DET_NAME = rf"(?P<name>(?i:der|die|das|the)\s+{NAME})"
# "The Port of Rotterdam Authority said": a name with "of" in it
_INSTITUTION_NAME = rf"(?P<name>(?:(?i:the)\s+)?{NAME}\s+(?:of|for)\s+(?:the\s+)?{_INSTITUTION})"
# "Terminal operator ECT", "software company Salesforce", "UK-based retailer Tesco": what kind of
# organisation, then its name
_TYPE_NAME_EN = (rf"(?:[\w-]+\s+){{0,2}}(?i:{alternation(lexicon('en').organisation_types)})\s+"
                 rf"(?P<organisation>{NAME})")

# A person named in full as the subject of a sentence: "Die Anwältin Helga Brandt vertritt …".
_SUBJECT_DE = re.compile(
    rf"(?:(?i:der|die)\s+)?(?:(?P<role>(?:{_LOWER_WORD}(?:e|en|er)\s+)?[{_UPPER}][\w-]*\w)\s+)?"
    rf"(?P<name>{_CAP_WORD}\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?)(?=\s+[a-zäöüß])")
_SUBJECT_EN = re.compile(
    rf"(?:(?i:the)\s+)?(?:(?P<role>(?:{_EN_WORD}\s+)?(?:{_EN_WORD}|[A-Z][a-z]+))\s+)?"
    rf"(?P<name>{_CAP_WORD}\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?)(?=\s+[a-z])")
# Capitalised words that open a German sentence but are never part of a name ("Alle Klägerinnen").
_NOT_IN_NAMES = {"alle", "viele", "einige", "beide", "diese", "dieser", "jene", "manche", "mehrere", "jeder",
                 "jede", "keine", "kein", "unsere", "all", "both", "these", "those", "every", "each", "no",
                 "sein", "seine", "seinem", "seinen", "ihre", "ihrem", "ihren", "zahlreiche", "zwei", "drei",
                 "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "rund", "etwa", "knapp", "mehr"}
_NOT_IN_NAMES_FOLDED = frozenset(map(_fold, _NOT_IN_NAMES | {"many", "most", "some", "several", "few", "listed"}))
_GAP_RE = re.compile(r"\s+(?:es\s+)?")  # "sagte es" is rare but "hieß es" is common
# "heißt es in der Klage", "In der Klage werden … aufgelistet", "Dem Bericht zufolge"; "In the lawsuit, …"
_ZUFOLGE_RE = re.compile(rf"(?:^|[,;]\s*)(?:(?i:der|dem|den|einer|einem)\s+)?(?P<head>{NAME})"
                         rf"(?:\s+(?:des|der|von|vom)\s+(?:(?:der|des|dem)\s+)?[{_UPPER}][\w-]*)?\s+zufolge\b")
_DOCUMENT_PHRASES_DE = (
    re.compile(rf"\b(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\s+(?:in|im|auf)\s+"
               rf"(?:(?:der|dem|den|des|einer|einem|einen)\s+)?(?P<head>[{_UPPER}][\w-]*\w)"),
    re.compile(rf"^(?:In|Im)\s+(?:(?:der|dem)\s+)?(?P<head>[{_UPPER}][\w-]*\w)(?=\s+(?:werden|wird|"
               rf"heißt|steht|stehen|hieß|stand|ist|sind|behauptet|behaupten|listet|gibt))"),
    _ZUFOLGE_RE,
    # "hieß es aus Regierungskreisen", "Aus Unternehmenskreisen hieß es"
    re.compile(r"\b(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\s+aus\s+(?P<head>[A-ZÄÖÜ][\wäöüß-]*[Kk]reisen)\b"),
    re.compile(r"^Aus\s+(?P<head>[A-ZÄÖÜ][\wäöüß-]*[Kk]reisen)\s+(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\b"),
)
_DOCUMENT_PHRASES_EN = (re.compile(r"^In\s+(?:the|its|their)\s+(?P<head>[a-z][\w-]*)(?=,|\s+filed)"),)
_ACCORDING_DE = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Ansicht|Einschätzung|Auffassung|Darstellung|Worten|Informationen)"
    r"(?:\s+(?:von|des|der|vom))?|[Zz]ufolge)\s+")
_ACCORDING_EN = re.compile(r"\b[Aa]ccording\s+to\s+")
_ACCORDING_SPEAKERS_DE = tuple(re.compile(p) for p in (
    _PRONOUN_DE + r"\b", _ROLE_NAME_DE, _NP_DE, _NAME_ONLY, rf"(?P<head>[{_UPPER}][\w-]*\w)"))
# "according to a report from ABC Australia", "according to a Twitter post by Amy Cook": the carrier's author
_ACCORDING_CARRIER_EN = (r"(?i:a|an|the|these|this|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:report|post|statement|"
                         r"release|interview|article|tweet|video|broadcast|letter|announcement)s?\s+(?:from|by|of)\s+"
                         rf"(?:the\s+)?(?P<name>{NAME})")
# "according to WHO's statistics", "according to Windsor Locks' first selectman, Chris Kervick"
_ACCORDING_POSSESSIVE_EN = (rf"(?P<owner>{NAME})(?:['’]s|’|')\s+(?P<noun>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"
                            rf"(?:,\s+(?P<person>{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}}),)?")
# "according to agreed facts heard in court", "according to court records"
_ACCORDING_RECORDS_EN = (r"(?P<records>(?:[a-z][\w-]*\s+)?(?:facts|records|documents|data|statistics|filings|"
                         r"figures|estimates|papers|minutes|transcripts))\b")
_ACCORDING_SPEAKERS_EN = tuple(re.compile(p) for p in (
    _FAMILIAR_EN, _ACCORDING_CARRIER_EN, _ACCORDING_POSSESSIVE_EN, _ACCORDING_RECORDS_EN, _ROLE_PREFIX_NAME_EN,
    _ROLE_NAME_EN, _NP_EN, _NAME_ONLY, r"(?P<head>[a-z][\w-]*s)\b"))
# The genitive ending of a German institution after "nach Angaben des": Innenministeriums -> -ministerium.
_GENITIVE_RE = re.compile(r"(ium|amt|rat|gericht|senat|institut|parlament|büro|tag|konzern|verband|verein|"
                          r"unternehmen|bund|werk|haus)e?s$")
_ADDING_DE = re.compile(r"\bund\s+(?:fügte|ergänzte|sagte)\s+(?:\w+\s+){0,3}?(?:hinzu,?\s+)?(?:dass|,)")
_ADDING_EN = re.compile(r"(?:,\s*adding|\band\s+added)\b")
# What precedes an inverted "sagte X": a comma, a closing quote, a dash, or nothing.
_INVERSION_RE = re.compile(r"(?:^|[,;:–—“”\"«»’‘·])\s*$")
# On the masked text: a sentence that opens with a quote, one that ends with "X sagte: „…“", and a
# clause that reports what the speaker says beyond the quote.
_LEADING_QUOTE_RE = re.compile(r"\s*[„“”\"»«‘‚]?\s*·[·\s]*[“”\"«»’‘]?")
_TRAILING_QUOTE_RE = re.compile(r":\s*[„“”\"»«‘‚]\s*·[·\s]*[“”\"«»’‘]?\s*[.!?]?\s*$")
# ", Direktorin der Human Trafficking Clinic." up to the next comma or the end of the sentence.
_TRAILING_APPOSITION_RE = re.compile(r",\s+(?P<appos>[^,;:()·„“”\"»«]{3,160}?)\s*(?:[,;]|[.!?]?\s*$)")
# ", Joe Kaeser," after a role phrase: a name of two to four words, then a comma or the sentence end.
_FULL_NAME_RE = re.compile(rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CAP_WORD}){{1,3}}")
_TRAILING_NAME_RE = re.compile(rf",\s+(?P<name>{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CAP_WORD}){{1,3}})"
                               r"\s*(?:,|[.!?]?\s*$)")
# After "said X": a lower-case word that is not a preposition or adverb means X is the subject of
# the reported clause ("said U.S. regulators had"), not the speaker ("said Kemp on Tuesday").
_CLAUSE_GOES_ON_RE = re.compile(
    r"\s+(?!(?:on|in|at|during|after|before|when|while|who|whose|which|as|of|for|from|to|with|by|about|"
    r"late|early|last|this|earlier|later|recently|previously|today|yesterday|tonight|adding|and|but|"
    r"told|via|through|outside|inside|under|ahead|amid|following|despite|without|near|speaking|pointing|"
    r"citing|noting|referring|according|per|over|against|upon|into|onto)\b)[a-z]")
_TRAILING_ADVERBIAL_RE = re.compile(
    r"(?:\s+(?:[a-z]+ly|previously|also|subsequently|later|earlier|then|already|again|"
    rf"first|recently|(?:on|am)\s+{weekday_pattern()}|in\s+(?:mid-)?\d{{4}}|"
    r"in\s+[A-ZÄÖÜ][\wäöüß-]+|"
    r"zuvor|bereits|auch|später|zudem|außerdem))*\s*$")
_COORDINATED_RE = re.compile(rf"(?:^|[,;:]\s*)(?P<name>{NAME})\s+(?:und|and)\s+$")
# What joins two speakers of one verb: "und", "and", ", and" or a list's comma, right before the second.
# Up to three words may stand between it and the second's name: "and Mayor", "und der Handelsverband".
_JOINT_RE = re.compile(r"(?P<joint>,?\s+(?:und|and)|,)\s+(?:[^\s,]+\s+){0,3}$")
# An aside that ends where a speaker's name did: ", which makes Kleenex," / ", die Sorbent herstellt,".
# It ends in a comma: ", die IG Metall und" is the next name of a list, not an aside.
_ASIDE_RE = re.compile(rf",\s+(?:{'|'.join(sorted(_slot('relative_pronouns'), key=len, reverse=True))})\s"
                       r"(?:[^,]|,(?=\d))*,\s*$")
_OPENING_MARKS = " \t\"'„“‚‘»«"
_JOINT_AFTER_RE = re.compile(r",?\s+(?:und|and)\s+")
# Who may share a verb of saying: people, organisations, "the mayor", "analysts"; a bare word of
# unknown kind only at the start of the sentence (see _coordinated).
_COORDINATED_KINDS = (PERSON, ORGANISATION, ANONYMOUS, GROUP, "")
_THAT_RE = re.compile(r"\b(?:dass|ob|wonach|that|whether)\b")


@dataclass
class _Mention:
    """A speaker named next to a verb of saying, in one sentence."""

    sentence: Sentence
    start: int  # offsets of the speaker phrase in document.text
    end: int
    kind: str | None  # None: a pronoun or bare surname, resolved later
    name: str
    role: str | None = None
    pronoun: str | None = None
    definite_role: bool = False  # "ihr Anwalt", "their lawyer": may be someone named elsewhere
    statement: bool = False  # the sentence reports what the speaker says, beyond a direct quote
    source: _Entry | None = None
    affiliation: str | None = None  # "von der Stadtpolizei Zürich", cut from the name, part of the role
    unique: bool = False  # "eine Frau": each such mention is someone else
    phrase_start: int | None = None  # where the phrase that names it begins, role included ("Mayor John Smith")
    partners: list[_Mention] = field(default_factory=list)  # who share its verb: "sagten Berg und Schmidt"


@dataclass
class _Entry:
    name: str
    kind: str
    role: str | None
    first: int
    gender: str | None = None  # "f" or "m", once a pronoun ("she said") has referred to the source
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Citation] = field(default_factory=list)
    cited: set[str] = field(default_factory=set)  # the anchors of the statements
    mention: _Mention | None = None  # how the text first names it ("ihre Anwältin"), for attribution phrases


@dataclass(frozen=True)
class _Named:
    """A person named in full: a speaker, or the subject of a sentence ("Jane Doe leads the campaign")."""

    name: str
    role: str | None
    position: int


# --- mentions ----------------------------------------------------------------------------------

# German roles are compounds and inflect: "Polizeisprecherin", "Hauptanwältin", "Beamten".
_ROLE_WORD_DE_RE = re.compile(rf"(?:{'|'.join(_ROLE_STEMS_DE)})(?:in|innen|e|en|er|r|s|n)?$")
# "Konzern Volkswagen", "Softwareunternehmen Salesforce", "the company Apple": what the name is.
_ORGANISATION_TYPE_RE = re.compile(
    r"(?:unternehmen|konzern|firma|hersteller|autobauer|gruppe|verband|partei|sender|zeitung|agentur|"
    r"ministerium|behorde|company|firm|group|carmaker|bank|retailer|giant)$")


def _is_institution_compound(word: str) -> bool:
    """ "Stadtpolizei", "Innenministerium", "Department": an institution, also as a German compound."""
    return _is_institution_noun(word) or _fold(word).endswith(_institution_endings())


@functools.cache
def _institution_endings() -> tuple[str, ...]:
    return tuple(sorted({_fold(noun) for noun in _ORGANISATION_WORDS | _ORGANISATION_NOUNS if len(noun) > 3}))


def _is_document_noun(word: str, language: str) -> bool:
    """ "Bericht", "the lawsuit"; in German also a compound of one: "Abschlussbericht", "Rundfunkgesetz"."""
    folded = word.casefold()
    return folded in _DOCUMENT_NOUNS or (language == "de" and len(folded) > 8 and folded.endswith(_document_endings()))


@functools.cache
def _document_endings() -> tuple[str, ...]:
    return tuple(sorted(noun for noun in _DOCUMENT_NOUNS if len(noun) >= 6 and " " not in noun))


def _is_institution_noun(word: str) -> bool:
    """ "police", "council", "Regierung": a word that makes the name before it an institution."""
    folded = word.casefold()
    return folded in _ORGANISATION_NOUNS or folded in _ORGANISATION_WORDS or folded in _GROUP_NOUNS


def _is_role_word(word: str, language: str) -> bool:
    lowered = word.casefold()
    if language == "de":
        return _ROLE_WORD_DE_RE.search(lowered) is not None
    return lowered.rstrip("s") in _ROLE_WORDS_EN or lowered in _ROLE_WORDS_EN


_ROLE_SYNONYMS = {"attorney": "lawyer", "counsel": "lawyer", "spokesman": "spokesperson",
                  "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair"}


def _role_key(role: str) -> str:
    """ "Hauptanwältin der Klägerinnen" -> "hauptanwalt": compares roles across gender and compounds."""
    noun = re.split(r"\s(?:of|at|for|with|in|von|vom|der|des|bei|im|am|für)\s", role, maxsplit=1)[0]
    head = _fold(noun.split()[-1])
    head = re.sub(r"(?:innen|in)$", "", head) if len(head) > 5 else head
    return _ROLE_SYNONYMS.get(head, head)


@functools.cache
def _speech_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], list[re.Pattern[str]],
                                               list[re.Pattern[str]]]:
    """The speech verbs and the speaker patterns after and before them, compiled once per language:
    compiling them for every document took a tenth of a second (the re module's own cache is too
    small for them and the names each document searches for)."""
    de = language == "de"
    say = _SAY[language]
    verb = re.compile(rf"\b(?:{say})\b")
    first = _INVERTING[language]
    verb_first = re.compile(rf"\b(?:{first})\b")
    if de:
        post = [_PRONOUN_DE + r"\b", _ROLE_NAME_DE, _NP_DE, _DET_NAME, _NAME_ONLY]
        pre = [_ROLE_NAME_DE, _NP_DE, _DET_NAME, _NAME_ONLY, _GROUP_DE, _PRONOUN_DE]
    else:
        post = [_PRONOUN_EN + r"\b", _ROLE_PREFIX_NAME_EN, _ROLE_NAME_EN, _NP_EN, _DET_NAME,
                _NAME_AFFILIATION_EN, _NAME_ONLY]
        pre = [_FAMILIAR_EN, _ROLE_PREFIX_NAME_EN, _ROLE_NAME_EN, _TYPE_NAME_EN, _NP_EN, _INSTITUTION_NAME,
               _DET_NAME, _PLACE_INSTITUTION_EN,
               _NAME_AFFILIATION_EN, _RELATIVE_SUBJECT_EN, _NAME_ABBREVIATION, _NAME_ONLY, _GROUP_EN,
               _PRONOUN_EN]
    after_verb = [re.compile(p) for p in post]
    # A sentence may open with an adverb before its subject: "Auch der Mieterverein kritisierte …"
    boundary = (r"(?:^(?:(?:Auch|Zudem|Außerdem|Dagegen|Ebenso|Inzwischen|Später|Also|Meanwhile|However|"
                r"Separately|Later|Earlier),?\s+)?|(?<=[,;:–—(·„“”\"»«’‘›‹])\s*|\b(?:und|aber|doch|denn|(?i:wie)|and|but|(?i:as)|while)\s+)")
    # "Daily Xtra's editorial director, Rachel Giese, said": a name in commas before the verb
    before_verb = [re.compile(rf"{boundary}(?:{p})(?:\s*,\s*(?P<appos>[^,]{{3,120}}),)?"
                              rf"{',?' if p in (_ROLE_NAME_EN, _ROLE_NAME_DE, _ROLE_PREFIX_NAME_EN) else ''}"
                              r"\s*$")
                   for p in pre]
    return verb, verb_first, after_verb, before_verb


class _Reader:
    """Reads the mentions of one document."""

    def __init__(self, document: Document, masked: str):
        self.document = document
        self.text = masked
        # Searches of the whole story, by word: a long seed repeats its names thousands of times.
        self.named_in_story: dict[str, _Named | None] = {}
        self.titles: dict[str, str | None] = {}
        self.language = "en" if document.language == "en" else "de"
        self.excluded = _excluded_names(document)
        self.verb, self.verb_first, self.after_verb, self.before_verb = _speech_patterns(self.language)
        self.subject = _SUBJECT_DE if self.language == "de" else _SUBJECT_EN

    def mentions(self, sentence: Sentence) -> list[_Mention]:
        found: list[_Mention] = []
        found += self._document_phrases(sentence)
        found += self._according_to(sentence)
        taken = [(m.start, m.end) for m in found]
        for verb in self.verb.finditer(self.text, sentence.start, sentence.end):
            if any(s <= verb.start() < e for s, e in taken):
                continue
            if verb.group() in _QUOTE_ONLY_VERBS and _MASK not in self.text[verb.end():sentence.end]:
                continue
            mention = None
            # "„…“, sagte X" / "…, said X": the speaker follows; "X said they …": it precedes.
            inverted = _INVERSION_RE.search(self.text, sentence.start, verb.start()) is not None
            can_invert = self.verb_first.fullmatch(verb.group()) is not None
            if inverted and can_invert:
                mention = self._speaker_after(sentence, verb)
            if mention is None and verb.group() != "so":
                mention = self._speaker_before(sentence, verb)  # also "Carr, Direktorin der Klinik, sagte"
            if mention is None and can_invert and not inverted:
                mention = self._speaker_after(sentence, verb)
            if mention is None and verb.group() in _PARTICIPLES and not found:
                # "Jose Calida filed a petition, accusing the network …": the subject of the sentence
                mention = self._sentence_subject(sentence, verb)
            if mention is not None and verb.group() in _DOCUMENT_ONLY_VERBS and mention.kind != DOCUMENT:
                mention = None
            if mention is not None and verb.group() in ("asked", "fragte") and mention.end < verb.start():
                mention = None  # "The FDA asked the company to …" asks, it does not say
            if mention is not None:
                found.append(mention)
                taken.append((mention.start, mention.end))
                group = [mention]
                for other in self._coordinated(sentence, mention, verb):
                    if not any(s <= other.start < e or other.start <= s < other.end for s, e in taken):
                        found.append(other)
                        taken.append((other.start, other.end))
                        group.append(other)
                if len(group) > 1:
                    for member in group:
                        member.partners = [other for other in group if other is not member]
        self._mark_additions(sentence, found)
        return sorted(found, key=lambda m: m.start)

    def _coordinated(self, sentence: Sentence, mention: _Mention, verb: re.Match[str]) -> list[_Mention]:
        """The speakers named with ``mention`` as the subject of its verb: "Albers und Kühn betonten",
        "Police chief Anna Berg and Mayor John Smith said", "Kimberly-Clark, which makes Kleenex, and
        Solaris Paper said", "Verdi, die IG Metall und der DGB erklärten". Two bare names are two
        speakers; otherwise each is read as a speaker before the verb would be, and counts when it is
        a person or an organisation (a place or a weekday speaks for no one) that opens the sentence,
        or follows a short opening phrase ("In Berlin, …")."""
        if mention.pronoun or mention.start <= sentence.start:
            return []
        if mention.kind in (PERSON, "", SURNAME_ONLY):
            match = _COORDINATED_RE.search(self.text[sentence.start:mention.start])
            if match is not None:
                start = sentence.start + match.start("name")
                other = self._name(sentence, start, start + len(match["name"]), match["name"])
                if other is None or other.kind not in (PERSON, "", SURNAME_ONLY) or self._is_excluded(other.name):
                    return []
                other.statement = mention.statement
                return [other]
        if mention.end > verb.start():
            # "„…“, sagten Anna Berg und Jan Schmidt": the next speaker follows the "und"
            joint = _JOINT_AFTER_RE.match(self.text, mention.end, sentence.end)
            other = self._speaker_after(sentence, verb, joint.end()) if joint else None
            if (other is None or other.pronoun or other.kind not in _COORDINATED_KINDS
                    or self._is_excluded(other.name)):
                return []
            other.statement = mention.statement
            return [other]
        found: list[_Mention] = []
        end = mention.start
        while (joint := _JOINT_RE.search(self.text, sentence.start, end)) is not None:
            if not found and joint["joint"] == ",":
                break  # "Their solicitor, Imran Qureshi, says": an apposition; a list ends in "and"
            aside = _ASIDE_RE.search(self.text, sentence.start, joint.start("joint") + 1)  # ", which makes Kleenex,"
            other = self._speaker_before(sentence, verb, aside.start() if aside else joint.start("joint"))
            if (other is None or other.pronoun or other.kind not in _COORDINATED_KINDS
                    or self._is_excluded(other.name)):
                break
            if other.kind == "" and self.text[sentence.start:other.start].strip(_OPENING_MARKS + _MASK + ","):
                break  # a bare word of unknown kind counts only as the sentence's first word ("Rewe und …")
            other.statement = mention.statement
            if not found and mention.role and other.name in mention.role:
                # "Police chief Anna Berg and Mayor John Smith": his role is "Mayor"
                mention.role = self.text[joint.end("joint"):mention.start].strip() or None
            found.append(other)
            begins = other.phrase_start if other.phrase_start is not None else other.start
            if not self.text[sentence.start:begins].rstrip().endswith(","):
                break
            end = begins
        if not found:
            return []
        first = found[-1]
        opening = self.text[sentence.start:first.phrase_start if first.phrase_start is not None else first.start]
        if not opening.strip(_OPENING_MARKS + _MASK + ",") or (  # nothing before them, or a quote
                opening.rstrip().endswith(",") and len(opening.split()) <= 4 and self.verb.search(opening) is None):
            return found
        return []  # "The office closed on Monday and the company said": two clauses, one speaker

    # "sagte X", "so X", "said X"
    def _speaker_after(self, sentence: Sentence, verb: re.Match[str], start: int | None = None) -> _Mention | None:
        """The speaker that follows the verb, or begins at ``start``."""
        if start is None:
            gap = _GAP_RE.match(self.text, verb.end(), sentence.end)
            if not gap:
                return None
            start = gap.end()
        position = start
        for pattern in self.after_verb:
            match = pattern.match(self.text, position, sentence.end)
            if match and self.language == "en" and match.groupdict().get("pronoun") and \
                    not re.match(r"\s*(?:[,.;:!?]|$)", self.text[match.end():sentence.end]):
                continue  # "Democrats, who …, said they would": they are what was said, not who said it
            if match and self.language == "en" and not match.groupdict().get("pronoun") and \
                    _CLAUSE_GOES_ON_RE.match(self.text, match.end(), sentence.end):
                return None  # "the drugmaker said U.S. regulators had rejected": a clause, not a speaker
            if match:
                mention = self._mention(sentence, match, verb)
                if mention is not None:
                    if mention.kind in (PERSON, None, "") and not mention.pronoun and not mention.role:
                        self._trailing_role(sentence, mention)
                    elif mention.kind == ANONYMOUS:
                        trailing = _TRAILING_NAME_RE.match(self.text, mention.end, sentence.end)
                        if trailing:
                            mention = self._named_role(sentence, mention, trailing.start("name"),
                                                       trailing.end("name"))
                    return mention
        return None

    def _sentence_subject(self, sentence: Sentence, verb: re.Match[str]) -> _Mention | None:
        """The person named in full at the start of the sentence, before a participle of saying."""
        match = self.subject.match(self.text, sentence.start, verb.start())
        if match is None:
            return None
        mention = self._name(sentence, match.start("name"), match.end("name"), match["name"])
        if mention is None or mention.kind not in (PERSON, None, "") or len(mention.name.split()) < 2:
            return None
        mention.kind = PERSON
        if match["role"] and _is_role_word(match["role"].split()[-1], self.language):
            mention.role = " ".join(filter(None, (match["role"], mention.role)))
        mention.statement = self._is_statement(sentence, mention, verb)
        return mention

    def _named_role(self, sentence: Sentence, role: _Mention, start: int, end: int) -> _Mention | None:
        """ "der Chef von Siemens, Joe Kaeser": a person with that role, or None if it is no name."""
        name = _FULL_NAME_RE.fullmatch(self.text, start, end)
        if name is None:
            return role  # "ein Sprecher, der nicht genannt werden wollte": still anonymous
        person = self._name(sentence, name.start(), name.end(), name.group())
        if person is None or person.kind != PERSON:
            return None
        person.role = role.name
        return person

    def _trailing_role(self, sentence: Sentence, mention: _Mention) -> None:
        """ "sagte Bridget Carr, Direktorin der Human Trafficking Clinic": the apposition is her role."""
        apposition = _TRAILING_APPOSITION_RE.match(self.text, mention.end, sentence.end)
        if apposition is None:
            return
        role = _clean_role(apposition["appos"], self.language)
        if role is not None:
            mention.role = role
            mention.kind = PERSON

    # "X sagte", "Die Klage behauptet", "some analysts say"
    def _speaker_before(self, sentence: Sentence, verb: re.Match[str], end: int | None = None) -> _Mention | None:
        """The speaker that ends right before ``end`` (default: the verb)."""
        before = self.text[sentence.start:verb.start() if end is None else end]
        # "Nigeria previously announced", "mayor John Tory on Tuesday suggested", "Deutsche Welle (DW) reported"
        before = before[:_TRAILING_ADVERBIAL_RE.search(before).start()] + " "
        for pattern in self.before_verb:
            match = pattern.search(before)
            if match:
                shifted = _Shifted(match, sentence.start)
                mention = self._mention(sentence, shifted, verb)
                if mention is not None:
                    mention.phrase_start = min((shifted.start(name) for name, value in match.groupdict().items()
                                                if value is not None and name != "appos"), default=mention.start)
                    return mention
        return None

    def _mention(self, sentence: Sentence, match, verb) -> _Mention | None:
        groups = match.groupdict()
        mention: _Mention | None = None
        if groups.get("pronoun"):
            if self.language == "de" and verb.group() in ("so",):
                return None
            pronoun = groups["pronoun"].casefold()
            if pronoun == "sie" and verb.group().endswith("en"):
                pronoun = "they"  # "sagten sie", "sie erklärten": plural
            mention = _Mention(sentence, match.start("pronoun"), match.end("pronoun"), None, "",
                               pronoun=pronoun)
        elif groups.get("familiar"):
            mention = _Mention(sentence, match.start("familiar"), match.end("familiar"), ANONYMOUS,
                               groups["familiar"])
        elif groups.get("organisation"):
            mention = self._name(sentence, match.start("organisation"), match.end("organisation"),
                                 groups["organisation"])
            if mention is not None and mention.kind in (None, "", PERSON, SURNAME_ONLY):
                mention.kind = ORGANISATION
        elif groups.get("institution"):
            mention = _Mention(sentence, match.start("institution"), match.end("institution"), ORGANISATION,
                               groups["institution"])
        elif groups.get("role") and groups.get("name"):
            mention = self._role_and_name(sentence, match, groups)
        elif groups.get("head") and "det" in groups:
            mention = self._noun_phrase(sentence, match, groups)
        elif groups.get("head"):
            head = groups["head"]
            noun = head.split()[-1].casefold()
            if noun in _GROUP_NOUNS:
                mention = _Mention(sentence, match.start("head"), match.end("head"), GROUP, head)
            elif noun in _ORGANISATION_NOUNS and " " not in head:  # "…, authorities said"
                mention = _Mention(sentence, match.start("head"), match.end("head"), ORGANISATION, head)
        elif groups.get("name"):
            mention = self._name(sentence, match.start("name"), match.end("name"), groups["name"])
            outlet = re.fullmatch(r"(?i:der|die|das)\s+([A-ZÄÖÜ][\wäöüß-]+)", groups["name"])
            after_wie = re.search(r"\b(?i:wie)\s+$", self.text[max(0, match.start("name") - 5):match.start("name")])
            if mention is None and outlet and (verb.group() in _REPORTING_VERBS_DE or after_wie):
                # "wie der Spiegel berichtete", "wie die Staatskanzlei mitteilte": a single noun that
                # reports is a newspaper, an agency or an office
                start = match.start("name") + outlet.start(1)
                mention = _Mention(sentence, start, start + len(outlet[1]), ORGANISATION, outlet[1])
            if mention is not None and groups.get("complement") and mention.kind in (PERSON, None, ""):
                if len(mention.name.split()) > 1:  # "Mike Ryan of the WHO": a person and where they work
                    mention.kind, mention.role = PERSON, groups["complement"].strip()
            if mention is not None and groups.get("appos") and mention.kind in (PERSON, None):
                role = _clean_role(groups["appos"], self.language)
                mention.role = role or mention.role
        if mention is not None and mention.kind == ANONYMOUS and groups.get("appos"):
            # "Der Anwalt der Familie, Peter Braun, sagte": the role phrase names its person after all.
            mention = self._named_role(sentence, mention, match.start("appos"), match.end("appos"))
        if mention is None or self._is_excluded(mention.name):
            return None
        mention.statement = self._is_statement(sentence, mention, verb)
        return mention

    def _role_and_name(self, sentence: Sentence, match, groups) -> _Mention | None:
        role_words = groups["role"].split()
        if not _is_role_word(role_words[-1], self.language) and not (
                len(role_words) > 2 and role_words[-2] in ("of", "for", "the")
                and any(_is_role_word(w, self.language) for w in role_words)):  # "Mayor of London"
            return None
        name = groups["name"]
        if self.language == "en" and groups.get("det") and groups["det"][0].isupper() and \
                groups["det"].endswith(("'s", "’s")):
            role = f"{groups['det']} {groups['role']}"
        else:
            # "their lead lawyer, Annie McAdams": the determiner is no part of the role
            role = re.sub(r"^(?i:his|her|their|its|our|the|a|an)\s+", "", groups["role"])
        mention = self._name(sentence, match.start("name"), match.end("name"), name)
        if mention is None or mention.kind in (ORGANISATION, GROUP, DOCUMENT):
            return None  # "director of the Australian Retailers Association": no person
        mention.role = f"{role} {mention.affiliation}" if mention.affiliation else role
        if mention.kind is None:
            mention.kind = PERSON
        return mention

    def _noun_phrase(self, sentence: Sentence, match, groups) -> _Mention | None:
        det = " ".join(groups["det"].casefold().split())
        head_words = groups["head"].split()
        head = head_words[-1]
        folded = head.casefold()
        complement = (groups.get("complement") or "").strip()
        phrase_start = match.start("head")
        if det in _QUANTIFIERS:
            phrase_start = match.start("det")
        phrase_end = match.end("complement") if groups.get("complement") else match.end("head")
        name = self.text[phrase_start:phrase_end].strip()
        both = " ".join(w.casefold() for w in head_words[-2:])
        if _is_document_noun(head, self.language) or both in _DOCUMENT_NOUNS:
            return _Mention(sentence, phrase_start, phrase_end, DOCUMENT, name)
        indefinite = det in ("ein", "eine", "einer", "einem", "eines", "a", "an", "one", "another")
        if det in ("a", "an", "another") and len(head_words) > 1 and folded in _GROUP_NOUNS and not complement:
            # "a case prosecutors called …": "a" belongs to "case"; a plural group speaks, unnamed
            start = match.end("head") - len(head)
            return _Mention(sentence, start, start + len(head), GROUP, head)
        if indefinite and folded in _ANONYMOUS_NOUNS | _GROUP_NOUNS and not complement:
            # "eine 67-jährige Pensionistin", "ein junger Mann", "ein Anwohner": someone, unnamed
            mention = _Mention(sentence, phrase_start, phrase_end, ANONYMOUS, name, role=head)
            mention.unique = folded in ("mann", "frau", "man", "woman")
            return mention
        if indefinite and folded in _ANONYMOUS_NOUNS | _GROUP_NOUNS:
            return _Mention(sentence, phrase_start, phrase_end, ANONYMOUS, name, role=head)
        if folded in _GROUP_NOUNS and (det in _QUANTIFIERS or self.language == "de" or det == "the"):
            return _Mention(sentence, phrase_start, phrase_end, GROUP, name)
        if folded in _ORGANISATION_NOUNS or both in _ORGANISATION_NOUNS:
            if not complement and re.match(rf"\s+[{_UPPER}]", self.text[phrase_end:phrase_end + 3]):
                return None  # "die Stiftung Warentest", "die Gewerkschaft Verdi": the name follows
            return _Mention(sentence, phrase_start, phrase_end, ORGANISATION, name)
        if len(head_words) == 1 and len(head) > 1 and head.isupper():
            return _Mention(sentence, phrase_start, phrase_end, ORGANISATION, name)  # "die FDP der Stadt Zürich"
        if folded in _ANAPHORIC_ORGANISATION_NOUNS and not complement:
            return _Mention(sentence, phrase_start, phrase_end, ORGANISATION, name, pronoun="company")
        if "-" in head and _fold(head.rsplit("-", 1)[1]) in _ANAPHORIC_ORGANISATION_NOUNS | _ORGANISATION_NOUNS:
            return _Mention(sentence, phrase_start, phrase_end, ORGANISATION, name)  # "das MDax-Unternehmen"
        if _is_role_word(head, self.language):
            mention = _Mention(sentence, phrase_start, phrase_end, ANONYMOUS, name, role=head)
            mention.definite_role = not indefinite and not complement
            return mention
        return None

    def _name(self, sentence: Sentence, start: int, end: int, name: str) -> _Mention | None:
        words = name.split()
        after_article = False
        while words and _fold(words[0].rstrip(".")) in _NON_NAMES:
            if _fold(words[0]) in _PREPOSITIONS:
                if len(words) > 2 and _fold(words[1]) in _TIME_WORDS:
                    # "On Monday Salesforce said": the time is no part of the name
                    start = self.text.find(words[2], start + len(words[0]) + len(words[1]))
                    words = words[2:]
                    continue
                return None  # "In Berlin sagte Merkel", "Am Montag sagte …": an adverbial, not a speaker
            after_article = after_article or words[0].casefold() in _ARTICLES
            start += len(words[0]) + 1
            words = words[1:]
            start = self.text.find(words[0], start) if words else start
        if any(_fold(w) in _TIME_WORDS for w in words):
            return None
        if len(words) == 1 and _fold(words[0]) in _NOT_IN_NAMES_FOLDED:
            return None  # "Many say …", "All agreed": no one in particular
        if len(words) > 1 and _ORGANISATION_TYPE_RE.search(_fold(words[0])):
            # "Der Konzern Volkswagen teilte mit": the organisation is Volkswagen
            start = self.text.find(words[1], start + len(words[0]))
            name = " ".join(words[1:])
            return _Mention(sentence, start, start + len(name), ORGANISATION, name)
        # "Minister Petra Hahn", "U.S. President Joe Biden": leading role nouns are the role, not the name.
        role_words: list[str] = []
        last_role = max((i for i, w in enumerate(words[:-2]) if _is_role_word(w, self.language)), default=-1)
        if last_role < 0 and len(words) >= 2 and _fold(words[-2].rstrip(".")) in _TITLES - _SURNAME_LIKE_ROLES:
            last_role = len(words) - 2  # "(U.S.) President Trump", "Bürgermeisterin Reker": a title, a surname
        if last_role >= 0:
            role_words, words = words[:last_role + 1], words[last_role + 1:]
            start = self.text.find(words[0], start)
        # "Andrea Brunner von der Stadtpolizei Zürich": the institution is no part of her name.
        affiliation = None
        cut = next((i for i, w in enumerate(words) if i >= 2 and w in ("von", "vom")), None)
        if cut is not None and any(_is_institution_compound(w) for w in words[cut + 1:]):
            affiliation = " ".join(words[cut:])
            words = words[:cut]
        # "sagte Jonas Richter Reuters": the outlet spoken to is not part of the name.
        while len(words) > 1 and _fold(words[-1]) in _OUTLET_WORDS:
            words = words[:-1]
        if not words:
            return None
        name = " ".join(words)
        if name.casefold() in _GROUP_NOUNS:
            return _Mention(sentence, start, start + len(name), GROUP, name)
        if name.casefold() in _ORGANISATION_NOUNS:
            return _Mention(sentence, start, start + len(name), ORGANISATION, name)  # "Police said"
        if name.casefold() in _DOCUMENT_NOUNS or _fold(name) in _VAGUE_SOURCES:
            return None  # "laut Medienberichten": no one in particular
        if self.language == "de" and len(words) == 2 and words[0].endswith("s") and \
                _is_role_word(words[-1], "de") and _fold(words[-1]) not in _SURNAME_LIKE_ROLES:
            # "Merkels Sprecher": someone's spokesman, not a person called Sprecher
            return _Mention(sentence, start, start + len(name), ANONYMOUS, name, role=words[-1])
        kind = _name_kind(words)
        if len(words) == 1 and kind != ORGANISATION and len(words[0]) > 6 and _is_institution_compound(words[0]):
            kind = ORGANISATION  # "der Mieterverein", "die Stadtpolizei"
        if self.language == "de" and len(words) == 1 and kind != ORGANISATION:
            if after_article:
                return None  # "Das Programm heißt": in German every noun is capitalised
            if _is_role_word(words[0], "de"):
                # "sagte Richter": only a surname if a Jonas Richter was named; never a guess.
                kind = SURNAME_ONLY
        mention = _Mention(sentence, start, start + len(name), kind, name, affiliation=affiliation)
        if role_words:
            mention.role, mention.kind = " ".join(role_words), PERSON
        return mention

    def introductions(self, sentences: list[Sentence]) -> list[_Named]:
        """People who are the subject of a sentence, so that a later "sagte sie" can refer to them."""
        found = []
        for sentence in sentences:
            match = self.subject.match(self.text, sentence.start, sentence.end)
            if not match:
                continue
            role = match["role"]
            words = match["name"].split()
            while len(words) > 2 and _is_role_word(words[0], self.language):
                role = f"{role} {words[0]}" if role else words[0]  # "Philippine President Rodrigo Duterte"
                words = words[1:]
            if role and not _is_role_word(role.split()[-1], self.language):
                continue
            if any(_fold(w) in _NON_NAMES or _fold(w) in _NOT_IN_NAMES or _is_role_word(w, self.language)
                   for w in words) or _name_kind(words) != PERSON or self._is_excluded(match["name"]):
                continue
            following = re.match(r"\s+([\w-]+)", self.text[match.end("name"):sentence.end])
            if any(w.endswith(("'s", "’s")) or _ORGANISATION_TYPE_RE.search(_fold(w)) or _is_institution_compound(w)
                   for w in words) or (following and _is_institution_noun(following[1])):
                continue  # "Ohio's Republican governor", "Greater Manchester police": no person
            name = " ".join(words)
            found.append(_Named(name, role, self.text.find(name, match.start("name"))))
        return found

    def _document_phrases(self, sentence: Sentence) -> list[_Mention]:
        """ "heißt es in der Klage", "In der Klage werden … aufgelistet", "in the lawsuit"."""
        found = []
        masked = self.text[sentence.start:sentence.end]  # sliced so that ^ is the sentence start
        for pattern in (_DOCUMENT_PHRASES_DE if self.language == "de" else _DOCUMENT_PHRASES_EN):
            for match in pattern.finditer(masked):
                head = match.group("head")
                shifted = _Shifted(match, sentence.start)
                if _is_document_noun(head, self.language):
                    mention = _Mention(sentence, shifted.start("head"), shifted.end("head"), DOCUMENT, head)
                elif head.casefold() in _GROUP_NOUNS or head.endswith("kreisen"):
                    mention = _Mention(sentence, shifted.start("head"), shifted.end("head"), GROUP, head)
                elif pattern is _ZUFOLGE_RE and not _is_role_word(head, "de"):
                    mention = self._name(sentence, shifted.start("head"), shifted.end("head"), head)
                else:
                    continue
                if mention is None:
                    continue
                mention.statement = self._is_statement(sentence, mention, shifted) or (
                    mention.kind == DOCUMENT and not _LEADING_QUOTE_RE.match(masked)
                    and _words(masked) >= 6)  # "In der Klage werden 14 Dienstleistungen aufgelistet"
                found.append(mention)
        return found

    def _according_to(self, sentence: Sentence) -> list[_Mention]:
        """ "laut X", "nach Angaben von X", "according to X"."""
        found = []
        de = self.language == "de"
        lead = _ACCORDING_DE if de else _ACCORDING_EN
        for match in lead.finditer(self.text, sentence.start, sentence.end):
            compound = re.match(r"([A-ZÄÖÜ][a-zäöüß]+)angaben\b", self.text[match.end():sentence.end]) if de else None
            if compound and _fold(compound[1]) in _ORGANISATION_NOUNS:
                # "laut Polizeiangaben": the police
                start = match.end()
                mention = _Mention(sentence, start, start + len(compound[0]), ORGANISATION, compound[1])
                mention.statement = self._is_statement(sentence, mention, compound)
                found.append(mention)
                continue
            for alternative in (_ACCORDING_SPEAKERS_DE if de else _ACCORDING_SPEAKERS_EN):
                speaker = alternative.match(self.text, match.end(), sentence.end)
                if not speaker:
                    continue
                mention = self._according_speaker(sentence, speaker)
                if mention is not None and mention.kind == PERSON and not mention.role and \
                        match.group().split()[-1].casefold() in _ARTICLES:
                    mention.kind = ORGANISATION  # "nach Angaben der Vereinten Nationen": no person has an article
                if mention is not None and de and match.group().rstrip().endswith("des") and mention.role:
                    # "des Politikwissenschaftlers Ulrich Sarcinelli": the role in its base form
                    first, _, rest = mention.role.partition(" ")
                    if first.endswith("s") and _is_role_word(first[:-1], "de"):
                        mention.role = f"{first[:-1]} {rest}".strip()
                if mention is not None and de and match.group().rstrip().endswith("des") and mention.kind != PERSON:
                    name = _GENITIVE_RE.sub(r"\1", mention.name)  # "des Innenministeriums"
                    if name == mention.name and " " not in name and len(name) > 5:
                        name = re.sub(r"(?<=[a-zäöü])e?s$", "", name)  # "des Managements", "des Konzerns"
                    mention.name = name
                if mention is not None and de and mention.kind == "" and \
                        _fold(mention.name).endswith(("lern", "tern", "nern")):
                    mention.kind = GROUP  # "nach Angaben von Verfassungsrechtlern": a dative plural
                if mention is not None and not self._is_excluded(mention.name):
                    mention.statement = self._is_statement(sentence, mention, speaker)
                    found.append(mention)
                    break
        return found

    def _according_speaker(self, sentence: Sentence, speaker) -> _Mention | None:
        groups = speaker.groupdict()
        if groups.get("familiar"):
            return _Mention(sentence, speaker.start(), speaker.end(), ANONYMOUS, groups["familiar"])
        if groups.get("records"):
            return _Mention(sentence, speaker.start("records"), speaker.end("records"), DOCUMENT, groups["records"])
        if groups.get("owner"):
            return self._possessive_source(sentence, speaker, groups)
        # (in English the name must end the phrase: "the Woolworths spokesperson" is a spokesperson)
        if groups.get("role") and groups.get("name") and (
                self.language == "de" or _PHRASE_ENDS_RE.match(self.text, speaker.end())) and (
                groups["role"].casefold() in _DEFINITE_ARTICLES
                or ((groups.get("det") or "").casefold() in _DEFINITE_ARTICLES
                    and _ADJECTIVE_RE.search(_fold(groups["role"]))
                    and not _is_role_word(groups["role"], self.language))):
            # "according to the European Union", "laut der Europäischen Union": an article and a name, no
            # role; and what has an article before its name is an institution, not a person
            start = speaker.start("name") if groups["role"].casefold() in _ARTICLES else speaker.start("role")
            mention = self._name(sentence, start, speaker.end("name"), self.text[start:speaker.end("name")])
            if mention is not None and mention.kind in (PERSON, "") and not mention.role:
                mention.kind = ORGANISATION
            return mention
        if groups.get("role") and groups.get("name"):
            return self._role_and_name(sentence, speaker, groups)
        if groups.get("det") and groups.get("head"):
            return self._noun_phrase(sentence, speaker, groups)
        if groups.get("name"):
            return self._name(sentence, speaker.start("name"), speaker.end("name"), groups["name"])
        head = groups.get("head") or ""
        if _is_document_noun(head, self.language):
            return _Mention(sentence, speaker.start(), speaker.end(), DOCUMENT, head)
        if head.casefold() in _GROUP_NOUNS:
            return _Mention(sentence, speaker.start(), speaker.end(), GROUP, head)
        if head.casefold() in _ORGANISATION_NOUNS:
            return _Mention(sentence, speaker.start(), speaker.end(), ORGANISATION, head)
        return None

    def _possessive_source(self, sentence: Sentence, match, groups) -> _Mention | None:
        """ "WHO's statistics": the owner; "Windsor Locks' first selectman, Chris Kervick": the person."""
        noun = groups["noun"]
        if groups.get("person") and _is_role_word(noun.split()[-1], self.language):
            mention = self._name(sentence, match.start("person"), match.end("person"), groups["person"])
            if mention is not None and mention.kind in (PERSON, None, ""):
                mention.kind, mention.role = PERSON, f"{groups['owner']}'s {noun}"
            return mention
        if _is_role_word(noun.split()[-1], self.language):
            name = self.text[match.start("owner"):match.end("noun")]
            return _Mention(sentence, match.start("owner"), match.end("noun"), ANONYMOUS, name, role=noun)
        return self._name(sentence, match.start("owner"), match.end("owner"), groups["owner"])

    def _mark_additions(self, sentence: Sentence, found: list[_Mention]) -> None:
        """ "…, sagte McAdams und fügte hinzu, dass …": the sentence is also an indirect statement."""
        pattern = _ADDING_DE if self.language == "de" else _ADDING_EN
        for match in pattern.finditer(self.text, sentence.start, sentence.end):
            before = [m for m in found if m.end <= match.start()]
            if before:
                before[-1].statement = True

    def _is_statement(self, sentence: Sentence, mention: _Mention, verb) -> bool:
        """Whether the sentence says, in its own words, what the speaker says."""
        masked = self.text[sentence.start:sentence.end]
        leading = _LEADING_QUOTE_RE.match(masked)
        if leading:
            # „…“, sagte X: only the quote is said, unless the attribution goes on ("und fügte hinzu, dass").
            return bool(_THAT_RE.search(masked, leading.end()))
        if _TRAILING_QUOTE_RE.search(masked):
            return False  # X sagte: „…“
        # Otherwise the sentence is the speaker's when it has words of its own besides "sagte X".
        own = list(masked)
        for start, end in ((mention.start, mention.end), (verb.start(), verb.end())):
            for i in range(max(start, sentence.start), min(end, sentence.end)):
                own[i - sentence.start] = " "
        return _words("".join(own)) >= 3

    def _is_excluded(self, name: str) -> bool:
        words = set(_fold(name).split())
        if not words:
            return False
        # "Ryan" is Kate Ryan of the byline; "Thomson Reuters" is in "Thomson Reuters Foundation".
        return any(words <= other or (len(other) > 1 and other <= words) for other in self.excluded)


class _Shifted:
    """A match on a slice, with offsets into the whole text."""

    def __init__(self, match: re.Match[str], offset: int):
        self._match, self._offset = match, offset

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group) + self._offset

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group) + self._offset

    def group(self, group: int | str = 0) -> str:
        return self._match.group(group)

    def groupdict(self) -> dict[str, str | None]:
        return self._match.groupdict()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text.replace(_MASK, " ")))


def _clean_role(apposition: str, language: str) -> str | None:
    role = apposition.strip()
    role = re.sub(r"^(?:a|an|the|der|die|das|ein|eine)\s+", "", role)
    if language == "en":
        role = re.split(r"\s+(?:who|whose|which|that)\s", role, maxsplit=1)[0]  # "… at Leeds who has studied …"
    if not role or _MASK in role or len(role.split()) > 14:
        return None
    first = role.split()[0]
    if _fold(first) in _RELATIVE_WORDS:
        return None  # "Mary Smith, whose daughter was among the victims": a clause, not a role
    if language == "de" and not first[0].isupper():
        return None
    if language == "en" and not (first[0].islower() or first.endswith(("'s", "’s")) or first.isupper()):
        return None
    # Only a role noun makes an apposition a role: "Carr, die das Programm leitet" is not one.
    head = re.split(r"\s(?:of|at|for|with|in|von|vom|der|des|bei|im|am|an|für)\s", role, maxsplit=1)[0]
    if not any(_is_role_word(re.sub(r"['’]s$", "", w), language) for w in head.split()[:3]):
        return None
    return role


_CAPITALISED_FUNCTION_WORDS = {"against", "for", "of", "and", "without", "the", "gegen", "für", "und", "ohne"}


def _name_kind(words: list[str]) -> str:
    folded = [w.casefold().strip(".,") for w in words]
    # "BMW", "ADFC" are organisations; "F." in "John F. Kennedy" and "U.S." are not.
    if any(w in _ORGANISATION_WORDS or w in _ORGANISATION_NOUNS or w == "&" for w in folded) or any(
            len(w) > 1 and w.isupper() and "." not in w for w in words):
        return ORGANISATION
    if len(words) > 1 and _ADJECTIVE_RE.search(folded[0]):
        return ORGANISATION  # "Deutsche Bahn", "Vereinigte Arabische Emirate": no first name ends so
    if len(words) > 2 and any(w[:1].isupper() and w.casefold() in _CAPITALISED_FUNCTION_WORDS for w in words[1:-1]):
        return ORGANISATION  # "Surfers Against Sewage", "Reporters Without Borders": no person's name
    if len(words) > 2 and any(w in _DOCUMENT_NOUNS for w in folded[1:]):
        return DOCUMENT  # "the Radio Control Law", "Republic Act No. 3846", "the Paris Climate Agreement"
    if len(words) == 1:
        return ""  # a bare surname or a company: decided when all names are known
    return PERSON


def _excluded_names(document: Document) -> list[set[str]]:
    names = list(document.byline) + list(document.editors) + list(_OUTLETS)
    if document.outlet:
        names.append(document.outlet)
    return [set(_fold(n).split()) for n in names if n.strip()]


def _masked_text(document: Document, quotes: list[Quotation]) -> str:
    chars = list(document.text)
    for quote in quotes:
        for i in range(quote.start, quote.end):
            chars[i] = _MASK
    return "".join(chars)


# --- resolution --------------------------------------------------------------------------------

@dataclass
class Reading:
    """Who says what in one document: the one answer every extractor asks."""

    entries: list[_Entry]  # the sources with at least one quote or statement, in order of first mention
    unattributed: list[Quote]  # quotations of three words or more with no speaker found
    by_sentence: dict[str, list[_Mention]]  # anchor -> the resolved mentions of that sentence, in text order
    # anchor -> the speaker of a quote that is most of that sentence, or of reported speech going on
    # ("Der Ausbau werde frühestens 2028 beginnen.")
    quoted: dict[str, _Entry]

    def speaker_of(self, anchor: str) -> _Entry | None:
        """Who a sentence's content comes from: the first speaker it names, else the speaker of the quote
        it consists of (a quote that goes on from a sentence before). None: the sentence is the article's."""
        mentions = self.by_sentence.get(anchor)
        if mentions:
            return mentions[0].source
        return self.quoted.get(anchor)


def _read(document: Document) -> Reading:
    """Read the speakers of a document."""
    quotes = find_quotations(document)
    reader = _Reader(document, _masked_text(document, quotes))
    mentions = [m for s in document.story_sentences() for m in reader.mentions(s)]
    full_names = [m for m in mentions if m.kind == PERSON and len(m.name.split()) > 1]
    roles_of_names: dict[str, str] = {}  # a dict, not a scan per mention: long seeds name thousands
    for named_person in full_names:
        if named_person.role:
            roles_of_names.setdefault(named_person.name, named_person.role)
    introductions = reader.introductions(document.story_sentences())
    named = sorted([_Named(m.name, m.role, m.start) for m in full_names] + introductions,
                   key=lambda n: n.position)
    story = "\n".join(p.text for p in document.story_paragraphs())
    topics = _topics(document, reader, named, story)
    organisations = _organisation_subjects(document, reader)
    topic_starts = [t.position for t in topics]
    intro_starts = [n.position for n in introductions]

    entries: dict[tuple[str, str], _Entry] = {}
    last_person: _Entry | None = None
    last_person_at = -1
    last_group: _Entry | None = None
    recent_people: list[tuple[int, _Entry]] = []
    last_organisation: _Entry | None = None

    def entry_for(name: str, kind: str, role: str | None, first: int, unique: bool = False) -> _Entry:
        if kind == PERSON:
            name = _TITLE_PREFIX_RE.sub("", name)  # "Prof. Stefan Krüger" is listed as Stefan Krüger
        key: tuple = (_fold(name), kind, first) if unique else (_fold(name), kind)
        if key not in entries:
            entries[key] = _Entry(name, kind, role, first)
        entry = entries[key]
        entry.first = min(entry.first, first)
        if role and not entry.role:
            entry.role = role
        return entry

    for mention in mentions:
        if mention.pronoun == "company":
            # "teilte das Unternehmen mit": the organisation that spoke last, or the one the story is
            # about when it has not spoken yet ("Die Stadtwerke Kassel verschieben …")
            subject = next((o for o in reversed(organisations) if o.position < mention.start), None)
            if subject is not None and (last_organisation is None or last_organisation.first < subject.position):
                mention.source = entry_for(subject.name, ORGANISATION, None, subject.position)
            else:
                # an organisation the text never named: "the company" still said it
                mention.source = last_organisation or entry_for(mention.name, ORGANISATION, None, mention.start)
        elif mention.pronoun == "they":
            mention.source = last_group
        elif mention.pronoun:
            # "sagte sie": the last person who spoke, or one named since as the subject of a sentence
            # ("Mercer, a fellow Republican, fired back. …, he said"), not in the pronoun's own sentence.
            introduced = _between(introductions, intro_starts, last_person_at + 1, mention.start)
            floor = max(last_person_at + 1, _paragraph_floor(document, mention.sentence))
            since = _between(topics, topic_starts, floor, mention.sentence.start)
            if since:
                person = since[-1]
                mention.source = entry_for(person.name, PERSON, person.role, person.position)
            elif introduced:
                person = introduced[-1]
                mention.source = entry_for(person.name, PERSON, person.role, person.position)
            else:
                mention.source = last_person
            wanted = _PRONOUN_GENDER.get(mention.pronoun)
            if mention.source is not None and wanted not in (
                    None, _gender(mention.source.role, reader.language) or mention.source.gender or wanted):
                # "sagte sie" after "ein Sprecher": the last speaker before him whose gender fits, if they
                # spoke in this paragraph or the one before; never someone of the other gender
                floor = _paragraph_floor(document, mention.sentence, back=2)
                mention.source = next((entry for at, entry in reversed(recent_people)
                                       if at >= floor and wanted == (_gender(entry.role, reader.language)
                                                                     or entry.gender)), None)
            elif mention.source is not None and wanted:
                mention.source.gender = wanted
        elif mention.kind in ("", None, PERSON, SURNAME_ONLY) and len(mention.name.split()) == 1:
            person = _full_name(mention.name, mention.start, named, story, reader)
            if person is not None:
                mention.source = entry_for(person.name, PERSON, person.role, mention.start)
            elif mention.kind == "":
                title = _person_title(mention.name, story, reader)
                if title is not None:  # "US-Präsident Trump", "Oberbürgermeisterin Reker": a person
                    mention.source = entry_for(mention.name, PERSON, title or None, mention.start)
                else:
                    mention.source = entry_for(mention.name, ORGANISATION, None, mention.start)
        elif mention.definite_role:
            # "sagte der Sprecher" after "ein Konzernsprecher": the one who spoke before in that role
            earlier = _spoke_before_in_role(mention.role or mention.name, recent_people, reader.language)
            person = None if earlier else _named_with_role(mention.role or mention.name, named, reader.language)
            if person is None and earlier is None:
                person = _epithet(mention, topics, last_person_at, document, reader)
            if earlier is not None:
                mention.source = earlier
            elif person is not None:
                mention.source = entry_for(person.name, PERSON, person.role, mention.start)
            else:
                mention.source = entry_for(mention.name, ANONYMOUS, mention.role, mention.start)
        elif mention.kind:
            role = mention.role if mention.kind in (PERSON, ANONYMOUS) else None
            if mention.kind == PERSON and role is None:
                role = roles_of_names.get(mention.name)
            if mention.kind == DOCUMENT:
                mention.name = _document_named_before(mention, entries, reader)
            mention.source = entry_for(mention.name, mention.kind, role, mention.start, mention.unique)
        source = mention.source
        if source is None:
            continue
        if source.mention is None and mention.pronoun in (None, "company"):
            source.mention = mention
        if source.kind in (PERSON, ANONYMOUS):
            last_person, last_person_at = source, mention.start
            recent_people.append((mention.start, source))
        elif source.kind == GROUP:
            last_group = source
        elif source.kind == ORGANISATION:
            last_organisation = source
        if mention.statement:
            cite = Citation.of_sentence(document, mention.sentence)
            _add_statement(source, cite)

    quoted: dict[str, _Entry] = {}
    if reader.language == "de":
        _reported_speech(document, reader, mentions, quoted)
    def colon_subject(sentence: Sentence, quote: Quotation) -> _Entry | None:
        """ "Thomas Gray, 24, who cited his experience with rugby: „…“": the person the sentence names
        before the colon that introduces the quote, when no verb of saying names a speaker."""
        if not reader.text[sentence.start:quote.open].rstrip().endswith(":"):
            return None
        for match in _FULL_NAME_RE.finditer(reader.text, sentence.start, quote.open):
            mention = reader._name(sentence, match.start(), match.end(), match.group())
            if mention is not None and mention.kind == PERSON and len(mention.name.split()) > 1 \
                    and not reader._is_excluded(mention.name):
                return entry_for(mention.name, PERSON, mention.role, mention.start)
        return None

    unattributed = _assign_quotes(document, quotes, mentions, colon_subject, quoted)
    for entry in entries.values():
        # a sentence that is mostly the source's quote is listed as the quote, not again as a statement
        quoted_words: dict[str, int] = {}
        for quote in entry.quotes:
            quoted_words[quote.cite.anchor] = quoted_words.get(quote.cite.anchor, 0) + _words(quote.text)
        entry.statements = [c for c in entry.statements
                            if quoted_words.get(c.anchor, 0) * 10 < _words(c.text) * 6]
    ordered = sorted((e for e in entries.values() if e.quotes or e.statements), key=lambda e: e.first)
    by_sentence: dict[str, list[_Mention]] = {}
    for mention in mentions:
        if mention.source is not None:
            by_sentence.setdefault(mention.sentence.anchor, []).append(mention)
    return Reading(ordered, unattributed, by_sentence, quoted)


_TITLE_PREFIX_RE = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.\s+)+(?=\S+\s+\S)")
_ORGANISATION_SUBJECT_RE = re.compile(rf"(?:(?i:der|die|das|the)\s+)?(?P<name>{NAME})")


def _organisation_subjects(document: Document, reader: _Reader) -> list[_Named]:
    """Organisations named at the start of a sentence: "das Unternehmen" may refer to them."""
    found = []
    for sentence in document.story_sentences():
        match = _ORGANISATION_SUBJECT_RE.match(reader.text, sentence.start, sentence.end)
        if match is None:
            continue
        words = match["name"].split()
        if len(words) > 1 and _name_kind(words) == ORGANISATION and not reader._is_excluded(match["name"]):
            found.append(_Named(match["name"], None, match.start("name")))
    return found


_TOPIC_NAME_RE = re.compile(rf"(?<![\w.])(?:{_CAP_WORD}\s+)?{_CAP_WORD}\b(?!['’]s)")
_TOPIC_LEAD_RE = re.compile(r"^(?:[^,·]{0,40},\s*)?(?:(?i:for|für|back in \w+,)\s+)?$")


def _topics(document: Document, reader: _Reader, named: list[_Named], story: str) -> list[_Named]:
    """Named people who open a sentence, by full name or surname: "Mercer, a Republican, fired back",
    "For Doyle, the apology comes too late". A pronoun in a later sentence refers to them."""
    found = []
    for sentence in document.story_sentences():
        for match in _TOPIC_NAME_RE.finditer(reader.text, sentence.start, sentence.end):
            if match.start() - sentence.start > 60:
                break
            if not _TOPIC_LEAD_RE.match(reader.text[sentence.start:match.start()]):
                continue
            words = [w for w in match.group().split() if _fold(w) not in _NON_NAMES]
            if not words:
                continue
            if len(words) > 1 and not any(person.name == " ".join(words) for person in named):
                # "Southern Vale's chief executive, Rebecca Holt, apologised": a person in apposition
                # to a role opens the sentence, though no verb of saying named her
                role = re.search(r"([\w-]+),\s*$", reader.text[sentence.start:match.start()])
                if role and _is_role_word(role[1], reader.language) and _name_kind(words) == PERSON:
                    found.append(_Named(" ".join(words), role[1], match.start()))
                    break
                continue
            person = _full_name(words[-1], match.start(), named, story, reader)
            if person is not None:
                found.append(_Named(person.name, person.role, match.start()))
                break
    return found




def _person_title(word: str, story: str, reader: _Reader) -> str | None:
    """The role before a single name the article never gives in full ("President Trump", "Frau Reker"):
    "" for an honorific, None when nothing marks the name as a person's, or something marks it as an
    organisation's ("the company Apple", "Apple Inc.", "Apple's shares")."""
    if word not in reader.titles:
        reader.titles[word] = _find_person_title(word, story, reader)
    return reader.titles[word]


def _find_person_title(word: str, story: str, reader: _Reader) -> str | None:
    word_re = re.escape(word)
    if re.search(rf"\b[\w-]+\s+{word_re}\b", story) is None:
        return None
    title = None
    for match in re.finditer(rf"(?<![\w.-])([\w.-]+)\s+{word_re}\b", story):
        before = match.group(1).rstrip(".")
        folded = _fold(before)
        if _ORGANISATION_TYPE_RE.search(folded) or _is_institution_compound(before):
            return None
        if folded in _HONORIFICS:
            title = title or ""
        elif before[:1].isupper() and _is_role_word(before, reader.language) and \
                _fold(before) not in _SURNAME_LIKE_ROLES:
            title = before
        elif reader.language == "en" and before[:1].isupper() and folded in ("president", "prime", "chancellor"):
            title = before
    if re.search(rf"\b{word_re}\s+(?:{'|'.join(sorted(_ORGANISATION_WORDS))})\b", story, re.IGNORECASE):
        return None
    return title


def _paragraph_floor(document: Document, sentence: Sentence, back: int = 1) -> int:
    """Where the paragraph ``back`` paragraphs before the sentence's own starts: a pronoun looks back no further."""
    number = int(sentence.anchor[1:].split("-")[0])
    previous = document.paragraph(number - back) if number > back else None
    return previous.start if previous is not None else 0


def _between(named: list[_Named], starts: list[int], low: int, high: int) -> list[_Named]:
    """The named people with low <= position < high; ``starts`` are their positions, sorted."""
    return named[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]


def _add_statement(entry: _Entry, cite: Citation) -> None:
    if cite.anchor not in entry.cited:  # a set: long seeds have thousands of statements
        entry.cited.add(cite.anchor)
        entry.statements.append(cite)


def _full_name(surname: str, position: int, named: list[_Named], story: str,
               reader: _Reader) -> _Named | None:
    """The named person a bare surname stands for, named before or after it.

    Two people of that surname ("Jane Doe", "Mary Doe"): the one named last before the surname, or
    nobody when neither was named before it.
    """
    people = {person.name: person for person in named if person.name.split()[-1] == surname}
    if len(people) == 1:
        return next(iter(people.values()))
    if people:
        before = [person for person in named if person.name in people and person.position < position]
        return before[-1] if before else None
    # Named but not as a speaker or subject: "Die Familie wird von Annie McAdams vertreten".
    if surname not in reader.named_in_story:
        reader.named_in_story[surname] = _named_in_story(surname, story, reader)
    return reader.named_in_story[surname]


def _named_in_story(surname: str, story: str, reader: _Reader) -> _Named | None:
    match = re.search(rf"\b((?:{_CAP_WORD}\s+){{1,2}}){re.escape(surname)}\b", story)
    if match:
        words = match.group(0).split()
        role_words = []
        while len(words) > 1 and (_is_role_word(words[0], reader.language) or _fold(words[0]) in (
                "president", "prime", "chancellor")):
            role_words.append(words.pop(0))
        if len(words) < 2:
            return None  # "President Trump": a role and a surname, no full name
        if all(_fold(w) not in _NON_NAMES and _fold(w) not in _NOT_IN_NAMES and not _ORGANISATION_TYPE_RE.search(
                _fold(w)) and not _is_institution_compound(w) for w in words) and \
                _name_kind(words) == PERSON and not reader._is_excluded(" ".join(words)):
            return _Named(" ".join(words), " ".join(role_words) or None, match.start())
    return None


# "sie" and "she" are feminine, "er" and "he" masculine; a plural "sie" is told apart by its verb.
_PRONOUN_GENDER = {w: refers[0] for each in lexicons() for w, refers in each.pronouns.items()
                   if refers[0] in ("f", "m")}


def _gender(role: str | None, language: str) -> str | None:
    """What a role says about gender ("Sprecherin", "spokesman"), or None when it says nothing."""
    for word in (role or "").split():
        folded = _fold(word)
        if folded in _FEMININE_EN:
            return "f"
        if folded in _MASCULINE_EN:
            return "m"
        if language == "de" and word[:1].isupper() and _is_role_word(word, "de"):
            if re.search(r"(?:in|innen)$", folded):
                return "f"
            # "die Vorsitzende", "der Abgeordnete": nouns made from adjectives show no gender
            return None if folded.endswith(("e", "en")) and not folded.endswith(("experte", "kollege")) else "m"
    return None


def _spoke_before_in_role(role: str, recent: list[tuple[int, _Entry]], language: str) -> _Entry | None:
    """The latest speaker before with the same role noun ("Konzernsprecher" for "der Sprecher") whose
    gender, where both show it, is the same."""
    wanted, gender = _role_key(role), _gender(role, language)
    for _, entry in reversed(recent):
        if not entry.role:
            continue
        theirs = _role_key(entry.role)
        if (theirs.endswith(wanted) or wanted.endswith(theirs)) and gender in (None, _gender(entry.role, language)
                                                                                or entry.gender or gender):
            return entry
    return None


def _named_with_role(role: str, full_names: list[_Named], language: str) -> _Named | None:
    """The one named person whose role is the same noun as an unnamed "ihr Anwalt"."""
    wanted = _role_key(role)
    matches = []
    for mention in full_names:
        if mention.role and mention.name not in [m.name for m in matches]:
            theirs = _role_key(mention.role)
            # "ihre Anwältin" is never the "Anwalt Peter Braun"; a masculine role may be generic
            # ("ihr Anwalt" for the "Hauptanwältin" named later), as translated wire copy writes it
            clash = _gender(role, language) == "f" and _gender(mention.role, language) == "m"
            if (theirs.endswith(wanted) or wanted.endswith(theirs)) and not clash:
                matches.append(mention)
    return matches[0] if len(matches) == 1 else None


def _assign_quotes(document: Document, quotes: list[Quotation], mentions: list[_Mention],
                   colon_subject: Callable[[Sentence, Quotation], _Entry | None],
                   quoted: dict[str, _Entry]) -> list[Quote]:
    """Give each quote the nearest speaker of its own sentences, or the speaker it continues.

    Returns the quotations of three words or more whose speaker cannot be read: they are listed as
    unattributed, never dropped. Labels ("Radio Control Law") are nobody's words.
    """
    previous: tuple[Quotation, _Entry] | None = None
    unattributed: list[Quote] = []
    running: list[Quote] = []  # unattributed paragraphs of a quote that runs on, waiting for its speaker
    sentences = document.story_sentences()
    sentence_starts = [s.start for s in sentences]
    resolved = sorted((m for m in mentions if m.source is not None), key=lambda m: m.start)
    mention_starts = [m.start for m in resolved]

    def sentence_at(offset: int) -> Sentence | None:  # bisect: documents can hold thousands of quotes
        i = bisect.bisect_right(sentence_starts, offset) - 1
        return sentences[i] if i >= 0 and sentences[i].start <= offset < sentences[i].end else None

    for quote in quotes:
        if not quote.continues:
            running = []
        first = sentence_at(quote.start)
        last = sentence_at(max(quote.start, quote.end - 1)) or first
        if first is None or is_label(document, quote):
            previous = None
            continue
        region = (min(first.start, quote.open), max(last.end, quote.close + 1))
        window = resolved[bisect.bisect_left(mention_starts, region[0]):
                          bisect.bisect_left(mention_starts, region[1])]
        nearby = [m for m in window if not (quote.start <= m.start < quote.end)]
        speaker: _Entry | None = None
        partners: list[_Entry] = []
        if quote.continues and previous is not None and previous[0].runs_on:
            speaker = previous[1]  # a quote over several paragraphs: each paragraph opens with a mark
        elif nearby:
            attached = _attached(document, quote, nearby)
            speaker = attached.source
            # "„…“, sagten Anna Berg und Jan Schmidt": the words are both speakers'
            partners = [p.source for p in attached.partners if p.source is not None and p.source is not speaker]
        elif previous is not None and _only_quote(document, quote, first, last):
            prior_quote, prior_speaker = previous
            if prior_quote.paragraph in (quote.paragraph, quote.paragraph - 1) and \
                    _nothing_between(document, prior_quote, quote):
                speaker = prior_speaker
        elif _only_quote(document, quote, first, last):
            speaker = _introduced_by_colon(document, quote, mentions)
        if speaker is None and _only_quote(document, quote, first, last):
            speaker = _said_just_before(document, first, resolved)
        if speaker is None and not nearby:
            speaker = colon_subject(first, quote)
        if speaker is None and not nearby:
            speaker = quoted.get(first.anchor)  # reported speech going on: "…, hieß es", "… sei »…«"
        cite = Citation.of_sentence(document, first)
        found = Quote(document.text[quote.start:quote.end], quote.start, quote.end, cite)
        if speaker is None:
            previous = None
            if quote.words(document.text) >= 3:
                unattributed.append(found)
                if quote.runs_on:
                    running.append(found)  # "„Die Beschäftigten …¶„Jetzt sollen sie …“, sagte Demir."
            continue
        if quote.continues and running:
            for earlier in running:  # the speaker named at the end of a quote over several paragraphs
                unattributed.remove(earlier)
                speaker.quotes.append(earlier)
        speaker.quotes.append(found)
        for partner in partners:
            if found not in partner.quotes:
                partner.quotes.append(found)
        previous = (quote, speaker)
        for sentence in sentences[bisect.bisect_left(sentence_starts, first.start):
                                  bisect.bisect_right(sentence_starts, last.start)]:
            inside = document.text[max(sentence.start, quote.start):min(sentence.end, quote.end)]
            if _words(inside) * 10 >= _words(sentence.text) * 6:
                quoted.setdefault(sentence.anchor, speaker)
    return unattributed


# Konjunktiv I (and II where I looks like the indicative): "Es gebe kein Geld", "Die Kosten lägen höher".
_SUBJUNCTIVE_RE = re.compile(
    r"\b(?:sei|seien|habe|gebe|werde|könne|müsse|solle|wolle|dürfe|liege|stehe|gehe|komme|fehle|bleibe|"
    r"erwarte|blockiere|brauche|wisse|hätten|wären|würden|lägen|gäbe|könnten|müssten|sollten)\b")


def _reported_speech(document: Document, reader: _Reader, mentions: list[_Mention],
                     reported: dict[str, _Entry]) -> None:
    """ "„…“, sagte Albers. Der Finanzminister blockiere seit Monaten …": a sentence in the subjunctive
    with no speaker of its own goes on reporting the speaker of the sentence before, in the same paragraph."""
    by_sentence: dict[str, list[_Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence.anchor, []).append(mention)
    for paragraph in document.story_paragraphs():
        speaker: _Entry | None = None
        for sentence in paragraph.sentences:
            own = by_sentence.get(sentence.anchor, [])
            text = reader.text[sentence.start:sentence.end]
            if own:
                sources = {id(m.source): m.source for m in own if m.source is not None}
                speaker = next(iter(sources.values())) if len(sources) == 1 and len(own) == len(
                    [m for m in own if m.source is not None]) else None
            elif speaker is not None and _SUBJUNCTIVE_RE.search(text):  # the masked text: outside quotes
                cite = Citation.of_sentence(document, sentence)
                _add_statement(speaker, cite)
                reported[sentence.anchor] = speaker
            else:
                speaker = None


def _sentence_before(document: Document, sentence: Sentence) -> Sentence | None:
    """The sentence before, in the same paragraph, or None."""
    paragraph, number = sentence.anchor[1:].split("-s")
    return document.sentence(f"p{paragraph}-s{int(number) - 1}") if int(number) > 1 else None


def _said_just_before(document: Document, first: Sentence, resolved: list[_Mention]) -> _Entry | None:
    """ "…, sagte sie. »Wer fremdes Geld verwaltet …«": a quote alone after its speaker's own statement."""
    sentence = _sentence_before(document, first)
    if sentence is None:
        return None
    speakers = {id(m.source): m.source for m in resolved if sentence.start <= m.start < sentence.end}
    statements = [m for m in resolved if sentence.start <= m.start < sentence.end and m.statement]
    if len(speakers) == 1 and statements:
        return next(iter(speakers.values()))
    return None


_DEFINITE_BEFORE_RE = re.compile(r"\b(?:der|die|das|dem|den|des|the|this)\s+$", re.IGNORECASE)


def _document_named_before(mention: _Mention, entries: dict, reader: _Reader) -> str:
    """ "the report says" after "the council's transport report": the document named before."""
    name = mention.name
    if " " in name or not _DEFINITE_BEFORE_RE.search(reader.text, max(0, mention.start - 8), mention.start):
        return name
    for entry in reversed(list(entries.values())):
        if entry.kind == DOCUMENT and entry.name != name and _document_head(entry.name) == _fold(name):
            return entry.name
    noun = re.escape(name)
    if reader.language == "de":
        pattern = rf"\b{noun}\s+(?:des|der|von|vom)\s+(?:(?:der|des|dem|den)\s+)?{_INSTITUTION}"
    else:
        pattern = (rf"(?:(?<![\w'’])[\w-]+['’]s\s+(?:[a-z-]+\s+)?{noun}\b|\b{noun}\s+(?:by|from|of)\s+"
                   rf"(?:the\s+)?{_INSTITUTION})")
    story = reader.document.story_sentences()
    floor = story[0].start if story else 0
    floor = max(floor, mention.sentence.start - 20_000)  # named a few paragraphs before, not a book before
    found = list(re.finditer(pattern, reader.text[floor:mention.sentence.start]))
    return found[-1].group() if found else name


def _document_head(name: str) -> str:
    noun = re.split(r"\s(?:of|by|from|des|der|von|vom|für)\s", name, maxsplit=1)[0]
    return _fold(noun.split()[-1])


def _epithet(mention: _Mention, topics: list[_Named], last_person_at: int, document: Document,
             reader: _Reader) -> _Named | None:
    """ "Roth wies die Vorwürfe zurück. „…“, sagte der FDP-Politiker": the person the sentence before,
    in the same paragraph, was about, when "der FDP-Politiker" is not someone that sentence names."""
    if not re.search(r"\b(?:der|die)\s+$", document.text[mention.sentence.start:mention.start]):
        return None
    sentence = _sentence_before(document, mention.sentence)
    if sentence is None:
        return None
    role_key = _role_key(mention.role or mention.name)
    if any(role_key in _fold(w) for w in re.findall(r"[\w-]+", reader.text[sentence.start:sentence.end])):
        return None  # "Müller kritisierte den Minister. …, sagte der Minister": someone else
    about = [t for t in topics if sentence.start <= t.position < sentence.end and t.position > last_person_at]
    if len(about) != 1:
        return None
    return about[0]


# Between a quote and a speaker after it: a new clause means the speaker is someone else's.
_CLAUSE_BREAK_RE = re.compile(r"[;„“”\"»«]|\b(?:while|whereas|and|but|während|aber|und|sondern)\b")


def _attached(document: Document, quote: Quotation, nearby: list[_Mention]) -> _Mention:
    """The speaker of a quote among the sentence's speakers: the nearest one, but never one named after
    a new clause begins ('Coles … called it "unprecedented", while ALDI called it "unexpected"')."""
    candidates = [m for m in nearby if not (m.start >= quote.close
                                            and _CLAUSE_BREAK_RE.search(document.text, quote.close + 1, m.start))]
    return min(candidates or nearby, key=lambda m: _distance(m, quote))


def _distance(mention: _Mention, quote: Quotation) -> int:
    if mention.start >= quote.close:
        return mention.start - quote.close
    return quote.open - mention.end


def _only_quote(document: Document, quote: Quotation, first: Sentence, last: Sentence) -> bool:
    outside = document.text[first.start:quote.open] + document.text[quote.close + 1:last.end]
    return not re.search(r"\w", outside)


def _nothing_between(document: Document, prior: Quotation, quote: Quotation) -> bool:
    """No other sentence with words of its own between two quotes."""
    between_start = document.sentence_at(prior.close)
    gap_start = between_start.end if between_start else prior.close
    gap = document.text[gap_start:quote.open]
    return not re.search(r"\w", gap)


def _introduced_by_colon(document: Document, quote: Quotation, mentions: list[_Mention]) -> _Entry | None:
    """A quote that stands alone right after "X said:" belongs to X."""
    paragraph = document.paragraph(quote.paragraph)
    before = document.text[paragraph.start:quote.open].strip() if paragraph else ""
    if not before and paragraph is not None and quote.paragraph > 1:
        previous = document.paragraph(quote.paragraph - 1)
        if previous is not None and previous.text.rstrip().endswith(":"):
            candidates = [m for m in mentions if previous.start <= m.start < previous.end and m.source]
            return candidates[-1].source if candidates else None
    elif before.endswith(":"):
        candidates = [m for m in mentions if paragraph.start <= m.start < quote.open and m.source]
        return candidates[-1].source if candidates else None
    return None


# --- public ------------------------------------------------------------------------------------

# One reading per document, shared by the sources page, the timeline and the key figures, so that
# their attributions cannot disagree. Keyed weakly: documents are immutable and may be many.
_READINGS: dict[int, tuple[weakref.ref[Document], Reading]] = {}


def read_speakers(document: Document) -> Reading:
    """Who says what in ``document`` (computed once per document)."""
    cached = _READINGS.get(id(document))
    if cached is not None and cached[0]() is document:
        return cached[1]
    reading = _read(document)
    if len(_READINGS) > 64:
        _READINGS.clear()
    _READINGS[id(document)] = (weakref.ref(document), reading)
    return reading
