"""Claim attribution: who the sentence of a fact says it comes from.

A page must never present an allegation as established fact, so every event and figure whose sentence
attributes its content gets a short phrase in the language of the article:

    "…, heißt es in der Klage."            -> "laut Klage"           ("according to the lawsuit")
    "…, sagte ihre Hauptanwältin, Annie McAdams." -> "laut McAdams"   ("according to McAdams")
    "…, sagte ihr Anwalt am Mittwoch."      -> "laut ihrem Anwalt"    ("according to her lawyer")
    "einige Analysten sagen, dass …"        -> "laut einigen Analysten" ("according to some analysts")

Conventions:

* a person is named by the surname (with its particles: "von der Leyen"), always, so "Annie McAdams"
  and a later "McAdams" give the same phrase; organisations keep their full name ("Thomson Reuters
  Foundation");
* German phrases use "laut" with the dative where it shows: documents and organisations drop the
  article ("laut Klage", "laut Polizei"), possessives and quantifiers are inflected ("laut ihrem
  Anwalt", "laut einigen Analysten"), other articles are dropped ("laut Sprecherin von Salesforce");
  English phrases keep the words as written after "according to" ("according to a spokeswoman for
  Salesforce");
* "sagte sie" / "she said" is the last person (named, or by role) who spoke before the sentence and
  whose gender, when the text shows it ("Hauptanwältin", "spokesman"), agrees; "sie sagten" and
  "they said" are left alone;
* only someone who speaks (a verb of saying, "laut", "so", "according to") is a candidate for a later
  pronoun: a person merely named is not;
* words inside quotation marks never attribute anything: the quote is the speaker's, not a source;
  that holds for the open ends of a quote that runs over several sentences too;
* a sentence that is only a quote, right after a sentence of the same paragraph that quotes someone and
  names them, goes on with that quote and gets its attribution ('"We cannot …," said Helen Ward. "The
  repairs will start …"');
* a name right after a preposition is a place, not a speaker ("wie das Unternehmen in Hamburg mitteilte");
* when a sentence has several attributions, the first in the text wins.

Precision over recall: a sentence that cannot be read with confidence gets None.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from .model import Citation
from .segment import Document, Sentence

# --- vocabulary --------------------------------------------------------------------------------

_DOCUMENTS_DE = (r"Klageschrift|Klage|Anklageschrift|Anklage|Bericht|Studie|Untersuchung|Gerichtsdokumenten?|"
                 r"Gerichtsakten|Gerichtsunterlagen|Dokumenten?|Unterlagen|Urteil|Gutachten|Pressemitteilung|"
                 r"Mitteilung|Schreiben|Brief|Umfrage|Analyse|Beschluss|Antrag|Stellungnahme|Erklärung|"
                 r"Protokoll|Akten|Anklage")
_DOCUMENTS_EN = (r"lawsuit|suit|complaint|report|study|court\s+filings?|filings?|court\s+documents|documents?|"
                 r"indictment|ruling|letter|survey|analysis|memo|petition|affidavit|statement|press\s+release|"
                 r"records|judgment|verdict|motion")
_GROUPS_DE = (r"Analysten|Analystinnen|Experten|Expertinnen|Kritiker|Kritikerinnen|Aktivisten|Aktivistinnen|"
              r"Forscher|Forscherinnen|Wissenschaftler|Wissenschaftlerinnen|Beobachter|Ökonomen|Ökonominnen|"
              r"Anwohner|Zeugen|Ermittler|Ärzte|Fachleute|Beamte|Befürworter|Gegner|Menschenrechtler|"
              r"Überlebende|Opfer|Investoren|Anleger|Händler|Demonstranten|Politiker|Insider|Diplomaten")
_GROUPS_EN = (r"analysts|experts|critics|activists|researchers|scientists|observers|economists|residents|"
              r"witnesses|investigators|doctors|officials|campaigners|advocates|survivors|victims|lawmakers|"
              r"investors|traders|prosecutors|diplomats|protesters|sources|executives|employees|scholars|"
              r"authorities|rescuers|firefighters|MPs|legislators|senators|ministers|councillors")
_QUANTIFIERS_DE = {"einige": "einigen", "viele": "vielen", "mehrere": "mehreren", "manche": "manchen",
                   "zahlreiche": "zahlreichen", "andere": "anderen", "zwei": "zwei", "drei": "drei"}
_QUANTIFIER_DE = r"(?P<quant>(?i:einige|viele|mehrere|manche|zahlreiche|andere|zwei|drei))"
_QUANTIFIER_EN = r"(?P<quant>(?i:some|many|several|most|other|few|two|three))"
# Person roles; German compounds end in them ("Polizeisprecherin", "Hauptanwältin").
_ROLE_STEMS_DE = (r"sprecher|anwalt|anwält|direktor|chef|präsident|minister|leiter|analyst|expert|professor|"
                  r"sekretär|vorsitzend|gründer|berater|beamt|vertreter|mitarbeiter|kanzler|bürgermeister|"
                  r"richter|ermittler|forscher|ökonom|manager|geschäftsführer|abgeordnet|senator|gouverneur|"
                  r"botschafter|aktivist|autor|journalist|arzt|ärzt|kommissar|offizier|diplomat|"
                  r"wissenschaftler|vorstand|inhaber|trainer|koordinator|referent")
_ROLE_DE = rf"(?P<role>(?=[A-ZÄÖÜ])(?i:[\wäöüß]*(?:{_ROLE_STEMS_DE})[\wäöüß]*))"
_ROLES_EN = (r"spokesman|spokeswoman|spokesperson|lawyer|attorney|director|chief|executive|ceo|president|"
             r"minister|official|analyst|expert|professor|secretary|chairman|chairwoman|chair|founder|"
             r"co-founder|adviser|advisor|representative|officer|manager|head|leader|senator|governor|mayor|"
             r"judge|prosecutor|researcher|economist|activist|author|doctor|counsel|commissioner|ambassador|"
             r"aide|insider|employee|diplomat|partner|coordinator|strategist|scientist|investigator|owner|"
             r"editor|campaigner|company|firm|police|government|ministry|department|agency")
_ORGANISATION_WORDS = {
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "gmbh", "se", "group", "bank",
    "university", "universität", "ministry", "ministerium", "foundation", "stiftung", "association",
    "verband", "council", "department", "agency", "police", "polizei", "court", "gericht", "institute",
    "institut", "party", "partei", "union", "company", "organisation", "organization", "office", "amt",
    "behörde", "news", "times", "post", "network", "fund", "committee", "service", "watch",
    "international", "commission", "kommission", "reuters", "clinic", "school", "college", "hospital",
    "board", "bureau", "centre", "center", "zentrum", "nations", "regierung", "government", "authority",
    # seats of power that speak for a government: "Downing Street said", not "according to Street"
    "street", "house", "kremlin", "whitehall", "pentagon", "élysée", "elysee", "palace", "hall",
}
# Capitalised words that are never a speaker's name: "sagte Montag", "said Reuters" is fine, these not.
_NOT_NAMES = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "januar", "january", "februar", "february",
    "märz", "march", "april", "mai", "may", "juni", "june", "juli", "july", "august", "september", "oktober",
    "october", "november", "dezember", "december", "in", "im", "am", "auf", "bei", "nach", "vor", "über",
    "dies", "das", "es", "man", "wir", "ich", "the", "this", "that", "it", "we", "i", "you", "on", "at",
    "heute", "gestern", "today", "yesterday", "dass", "auch", "dann", "zudem", "außerdem", "jedoch",
    "many", "some", "most", "others", "all", "both", "few", "several", "people", "those", "these", "einige",
    "viele", "manche", "andere", "alle", "beide", "menschen", "leute", "sie", "er", "she", "he", "they",
    "während", "als", "wie", "so", "laut", "according", "nachdem", "after", "when", "while",
}
_ARTICLES = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "the", "a", "an"}
_ORGANISATIONS_DE = (r"Polizei|Regierung|Bundesregierung|Staatsanwaltschaft|Unternehmen|Konzern|Firma|"
                     r"Ministerium|Gericht|Behörde|Behörden|Stadt|Stiftung|Organisation|Kommission|Armee")

_UPPER = "A-ZÄÖÜ"
_CAP_WORD = rf"(?:(?:Mc|Mac|O['’])?[{_UPPER}][\w'’-]*\w|[{_UPPER}]\.)"
_PARTICLE = r"(?:von|van|de|da|di|del|du|bin|al|ten|zu|la|le)(?:\s+(?:der|den|dem|la))?"
NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CAP_WORD}){{0,3}}"
# An organisation or document after a role: "von Salesforce", "der Klägerinnen", "for the company".
_TAIL_DE = rf"(?P<tail>\s+(?:von|vom|der|des)\s+(?:(?:der|des|dem|den)\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})"
_TAIL_EN = (rf"(?P<tail>\s+(?:for|of|at)\s+(?:the\s+)?{_CAP_WORD}"
            rf"(?:\s+(?:(?:for|of|and|&)\s+(?:the\s+)?)?{_CAP_WORD}){{0,4}})")

_DET_DE = r"(?P<det>(?i:der|die|das|dem|den|ein|eine|einer|einem|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen))"
_DET_EN = r"(?P<det>(?i:the|a|an|his|her|their|its|our))"

# Verbs of saying. "so" only after a comma or dash (", so McAdams"), never as the adverb.
_SAY_DE = (r"sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|erklären|betonte|betonten|betont|meinte|"
           r"meint|schrieb|schreibt|schrieben|berichtete|berichtet|warnte|warnt|warnen|kritisierte|kritisiert|"
           r"bestätigte|bestätigt|behauptete|behauptet|behaupten|argumentierte|argumentiert|ergänzte|"
           r"unterstrich|fügte|räumte|teilte|erläuterte|versicherte|bekräftigte|mitteilte|mitteilten|"
           r"hinzufügte|betonten")
_SAY_EN = (r"said|says|say|added|adds|wrote|writes|explained|noted|argued|argues|claimed|claims|alleged|"
           r"alleges|warned|warns|insisted|stated|states|acknowledged|confirmed|asserted|contended|contends|"
           r"maintained|told|tells")
_DOCUMENT_VERBS_DE = (r"behauptet|behauptete|besagt|besagte|wirft|warf|argumentiert|argumentierte|erklärt|"
                      r"erklärte|zeigt|zeigte|listet|nennt|nannte|sagt|sagte|beschreibt|beschrieb")
_DOCUMENT_VERBS_EN = (r"says|said|alleges|alleged|claims|claimed|states|stated|argues|argued|shows|showed|"
                      r"found|finds|contends|contended|asserts|asserted|reads|lists|listed|describes|described|"
                      r"accuses|accused")

# The speaker after a verb ("sagte McAdams") or before it ("McAdams sagte"): one of these forms.
_PRONOUN_DE = r"(?P<pron>[Ss]ie|[Ee]r)"
_PRONOUN_EN = r"(?P<pron>[Ss]he|[Hh]e|[Tt]hey)"
_SPEAKER_DE = (rf"(?:{_PRONOUN_DE}\b|{_DET_DE}\s+{_ROLE_DE}{_TAIL_DE}?(?:,\s+(?P<rname>{NAME}))?"
               rf"|(?i:der|die|das)\s+(?P<org>(?:[\wäöüß]+-)?(?:{_ORGANISATIONS_DE}))\b"
               rf"(?P<otail>\s+(?:von|in)\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}})?"
               rf"|(?:{_QUANTIFIER_DE}\s+)?(?P<group>{_GROUPS_DE})\b|(?P<name>{NAME}))")
_SPEAKER_EN = (rf"(?:{_PRONOUN_EN}\b|(?:{_QUANTIFIER_EN}\s+)?(?P<group>(?i:{_GROUPS_EN}))\b"
               rf"|{_DET_EN}\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)(?P<role>{_ROLES_EN})\b{_TAIL_EN}?"
               rf"(?:,\s+(?P<rname>{NAME}))?|(?P<name>{NAME}))")


def _compile(*patterns: str) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


# Documents: "heißt es in der Klage", "Die Klage behauptet", "In der Klage werden … aufgelistet",
# "der Klage zufolge", "the lawsuit says", "said the lawsuit", "in the lawsuit".
_DOCUMENT_RES_DE = _compile(
    rf"\b(?:heißt|hieß|steht|stand)\s+es\s+(?:in|im)\s+(?:der|dem|den|einer|einem)?\s*(?P<doc>{_DOCUMENTS_DE})\b",
    rf"\b(?i:der|die|das|dem|den|eine|ein)\s+(?P<doc>{_DOCUMENTS_DE})\s+(?:{_DOCUMENT_VERBS_DE})\b",
    rf"(?:^|[,;:]\s+)(?:In|Im|in|im|Aus|aus)\s+(?:(?:der|dem|den|einer|einem)\s+)?(?P<doc>{_DOCUMENTS_DE})\b"
    rf"(?=\s+(?:heißt|hieß|steht|stand|werden|wird|wurden|wurde|ist|sind|geht|ging)\b)",
    rf"\b(?:der|dem|den|einer|einem)\s+(?P<doc>{_DOCUMENTS_DE})\s+zufolge\b",
    rf"\bgeht\s+aus\s+(?:der|dem|den)\s+(?P<doc>{_DOCUMENTS_DE})\s+hervor\b",
)
_DOCUMENT_RES_EN = _compile(
    rf"\b(?P<det>(?i:the|a|an|its|their))\s+(?P<doc>{_DOCUMENTS_EN})(?:,[^,]{{1,80}},)?\s+"
    rf"(?:{_DOCUMENT_VERBS_EN})\b",
    rf"\b(?:said|says|alleged|alleges|stated|states)\s+(?P<det>the|a|an)\s+(?P<doc>{_DOCUMENTS_EN})\b",
    rf"(?:^|[,;:]\s+)(?:In|in)\s+(?P<det>the|a|an|its|their)\s+(?P<doc>{_DOCUMENTS_EN})\s*,",
    rf"\b[Aa]ccording\s+to\s+(?P<det>the|a|an|its|their)\s+(?P<mods>(?:[\w-]+['’]s\s+)?(?:[a-z-]+\s+){{0,2}}?)"
    rf"(?P<doc>{_DOCUMENTS_EN})\b",
)
# "laut X", "X zufolge", "nach Angaben der X", "according to X".
_LAUT_RE = re.compile(rf"\b[Ll]aut\s+(?:(?:der|dem|des|den|einer|einem|eines)\s+)?"
                      rf"(?:Angaben\s+(?:der|des|von)\s+)?(?P<np>{NAME})")
_NACH_ANGABEN_RE = re.compile(rf"\b[Nn]ach\s+Angaben\s+(?:der|des|von|vom)\s+(?:(?:der|dem|den)\s+)?(?P<np>{NAME})")
_ZUFOLGE_RE = re.compile(rf"\b(?:(?:der|dem|den|einer|einem)\s+)?(?P<np>{NAME})\s+zufolge\b")
_ACCORDING_RE = re.compile(rf"\b[Aa]ccording\s+to\s+{_SPEAKER_EN}")

_VERB_SPEAKER_DE = re.compile(rf"\b(?P<verb>{_SAY_DE})\s+(?:{_SPEAKER_DE}|(?i:der|die|das)\s+(?P<dname>{NAME}))")
# "wie das MDax-Unternehmen am Mittwoch in Hamburg mitteilte": the speaker right after "wie"
_WIE_SPEAKER_DE = re.compile(rf"\b[Ww]ie\s+{_SPEAKER_DE}(?:\s+[^,;:·„“\"]{{1,60}}?)?\s+(?P<verb>{_SAY_DE})\b")
# "hieß es aus Regierungskreisen", "aus Unternehmenskreisen verlautete"
_CIRCLES_DE = r"(?P<circle>(?:[A-ZÄÖÜ][\wäöüß-]*[Kk]reisen|Kreisen\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]*))"
_CIRCLES_RES_DE = [
    re.compile(rf"\b(?:hieß|heißt|verlautete)\s+es\s+(?:aus|in)\s+(?:den\s+)?{_CIRCLES_DE}"),
    re.compile(rf"\b[Aa]us\s+(?:den\s+)?{_CIRCLES_DE}\s+(?:hieß|heißt|verlautete)\b"),
]
_SO_SPEAKER_DE = re.compile(rf"(?:[,–—]|\s-)\s+(?P<verb>so)\s+{_SPEAKER_DE}(?=\s*(?:[,.;:–—]|$))")
_SPEAKER_VERB_DE = re.compile(rf"{_SPEAKER_DE}\s+(?P<verb>{_SAY_DE})\b")
# English inverts only after a comma or a quote: "…, said McAdams"; "It said Backpage …" names no speaker.
_VERB_SPEAKER_EN = re.compile(rf"(?:^|[,;:–—”\"’·])\s*(?P<verb>said|says|added|wrote|explained|noted|argued|"
                              rf"claimed|warned|insisted|stated|alleged)\s+{_SPEAKER_EN}")
_SPEAKER_VERB_EN = re.compile(rf"{_SPEAKER_EN}(?:,\s+[^,·]{{1,80}},)?\s+(?P<verb>{_SAY_EN})\b")

# Words without which no pattern matches: checked first, since many sentences attribute nothing.
_TRIGGER_DE = re.compile(rf"\b(?:{_SAY_DE}|{_DOCUMENT_VERBS_DE}|[Ll]aut|zufolge|Angaben|heißt|hieß|steht|stand|so|"
                         rf"verlautete|hervor|{_DOCUMENTS_DE})\b")
_TRIGGER_EN = re.compile(rf"\b(?:{_SAY_EN}|{_DOCUMENT_VERBS_EN}|[Aa]ccording|{_DOCUMENTS_EN})\b")

# Quotes: their words are masked so that nothing inside is taken for an attribution.
_QUOTE_RE = re.compile(r"„[^“”]*[“”]|“[^”]*”|»[^«]*«|«[^»]*»|\"[^\"]*\"|‚[^‘’]*[‘’]")


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group, or None when the pattern has no such group or it did not take part."""
    return match.groupdict().get(name)


def _mask_quotes(text: str, english: bool) -> str:
    """Quoted words replaced by "·": closed quotes, and the open ends of a quote that spans sentences."""
    masked = _QUOTE_RE.sub(lambda m: "·" * len(m.group()), text)
    opener, closer = ("“", "”") if english else ("„", "“")
    if (at := masked.find(opener)) >= 0:  # "„Die Daten-Tools … Backpage …" goes on in the next sentence
        masked = masked[:at] + "·" * (len(masked) - at)
    if (at := masked.rfind(closer)) >= 0:  # "… kümmerten.“" ends a quote begun before
        masked = "·" * (at + 1) + masked[at + 1:]
    return masked


@dataclass(frozen=True)
class Attribution:
    """Who a sentence says its content comes from."""

    phrase: str  # "laut Klage", "according to McAdams"
    kind: str  # "document", "person", "group", "organisation", "pronoun"
    gender: str | None = None  # "f" or "m" when the text shows it
    start: int = 0  # where the mention starts in the sentence, to choose the first


def attribution_of(document: Document, cite: Citation) -> str | None:
    """A short attribution phrase in the article's language, or None when the sentence attributes nothing.

    A sentence that is nothing but a quote goes on with the quote of the sentence before it, in the same
    paragraph, and so with its speaker: '"We cannot …," said Helen Ward. "The repairs will start …"'.
    """
    found = _attribution_at(document, cite.text, cite.start)
    if found is None and _only_quote(cite.text):
        previous = _previous_sentence(document, cite.start)
        if previous is not None and _QUOTE_MARK_RE.search(previous.text) and not _only_quote(previous.text):
            found = _attribution_at(document, previous.text, previous.start)
    return found.phrase if found else None


def _attribution_at(document: Document, text: str, start: int) -> Attribution | None:
    found = _read_sentence(text, document.language)
    if found is not None and found.kind == "pronoun":
        found = _resolve_pronoun(document, start, found.gender)
    return found


_QUOTE_MARK_RE = re.compile(r"[„“”\"»«]")


def _only_quote(text: str) -> bool:
    """The whole sentence is inside quotation marks (it may open a quote that runs on)."""
    text = text.strip()
    return bool(text) and text[0] in "„“\"»«" and not re.sub(r"[\W_]", "", _mask_quotes(text, True)
                                                           if text[0] != "„" else _mask_quotes(text, False))


def _previous_sentence(document: Document, start: int) -> Sentence | None:
    """The story sentence right before the one at ``start``, if it is in the same paragraph."""
    previous = None
    for sentence in document.story_sentences():
        if sentence.start >= start:
            return previous if previous is not None and previous.paragraph == sentence.paragraph else None
        previous = sentence
    return None


def _read_sentence(text: str, language: str) -> Attribution | None:
    """The first attribution of a sentence, from any of the patterns."""
    english = language == "en"
    masked = _mask_quotes(text, english)
    if not (_TRIGGER_EN if english else _TRIGGER_DE).search(masked):
        return None  # no word of saying, no "laut", no document: the patterns below cannot match
    candidates = (_english(masked) if english else _german(masked))
    candidates = [c for c in candidates if c is not None]
    return min(candidates, key=lambda c: c.start) if candidates else None


# --- German ------------------------------------------------------------------------------------

def _german(text: str) -> list[Attribution | None]:
    found: list[Attribution | None] = []
    for pattern in _DOCUMENT_RES_DE:
        for match in pattern.finditer(text):
            found.append(Attribution(f"laut {match['doc']}", "document", start=match.start()))
    for pattern in (_LAUT_RE, _NACH_ANGABEN_RE, _ZUFOLGE_RE):
        for match in pattern.finditer(text):
            name = _clean_name(match["np"])
            if name and re.search(r"\b(?:des|eines)\s+$", text[max(0, match.start("np") - 8):match.start("np")]):
                name = _nominative(name)  # "nach Angaben des Managements" -> "laut Management"
            if name:
                found.append(Attribution(f"laut {_short_name(name)}", _name_kind(name), start=match.start()))
    for pattern in _CIRCLES_RES_DE:
        for match in pattern.finditer(text):
            found.append(Attribution(f"laut {match['circle']}", "group", start=match.start()))
    for pattern in (_VERB_SPEAKER_DE, _SO_SPEAKER_DE, _SPEAKER_VERB_DE, _WIE_SPEAKER_DE):
        for match in pattern.finditer(text):
            found.append(_german_speaker(match))
    return found


def _nominative(name: str) -> str:
    """The genitive of a noun undone: "Managements" -> "Management", "Bundes" -> "Bund"."""
    first, _, rest = name.partition(" ")
    if re.search(r"(?:[dtz]|ch|ss)es$", first):
        first = first[:-2]
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]
    return f"{first} {rest}".strip()


def _after_preposition(match: re.Match[str], group: str) -> bool:
    """A name right after a preposition is a place or an object, not a speaker: "in Hamburg mitteilte"."""
    if match.re not in (_SPEAKER_VERB_DE, _SPEAKER_VERB_EN, _WIE_SPEAKER_DE):
        return False  # "according to McAdams", "sagte Montag McAdams": the name follows its cue
    start = match.start(group)
    return re.search(r"\b(?:in|im|aus|bei|nach|von|vom|zu|zum|zur|für|mit|über|an|auf|at|for|of|from|to|by|with|"
                     r"on|near|outside|inside|into)\s+$", match.string[max(0, start - 10):start]) is not None


def _german_speaker(match: re.Match[str]) -> Attribution | None:
    start = match.start()
    if _group(match, "dname"):  # "teilte die Deutsche Bahn mit"
        name = _clean_name(match["dname"])
        return Attribution(f"laut {name}", "organisation", start=start) if name else None
    if match["pron"]:
        verb = match["verb"]
        if match["pron"].lower() == "sie" and verb.endswith("en"):
            return None  # "sagten sie": a group we do not resolve
        return Attribution("", "pronoun", "f" if match["pron"].lower() == "sie" else "m", start)
    if match["role"]:
        if match["rname"]:
            return Attribution(f"laut {_short_name(match['rname'])}", "person", _gender_de(match["role"]), start)
        role, number = match["role"], _number_gender_de(match["role"])
        determiner = _DATIVE_POSSESSIVE.get(match["det"].lower(), {}).get(number)
        if determiner and number == "pl" and not role.endswith(("n", "s")):
            role += "n"  # "ihre Anwälte" -> "laut ihren Anwälten"
        phrase = " ".join(w for w in ("laut", determiner, role) if w) + (match["tail"] or "")
        return Attribution(phrase, "person", _gender_de(match["role"]), start)
    if match["org"]:  # "teilte die Polizei mit" -> "laut Polizei"
        return Attribution(f"laut {match['org']}{match['otail'] or ''}", "organisation", start=start)
    if match["group"]:
        group = match["group"]
        quantifier = _QUANTIFIERS_DE.get((match["quant"] or "").lower())
        plural = group if group.endswith(("n", "s")) else group + "n"
        return Attribution(" ".join(w for w in ("laut", quantifier, plural) if w), "group", start=start)
    name = _clean_name(match["name"])
    if not name or _after_preposition(match, "name"):
        return None
    return Attribution(f"laut {_short_name(name)}", _name_kind(name), start=start)


# "ihr Anwalt" -> "ihrem Anwalt", "ihre Anwältin" -> "ihrer Anwältin", "ihre Anwälte" -> "ihren Anwälten"
_DATIVE_POSSESSIVE = {
    "ihr": {"m": "ihrem"}, "ihre": {"f": "ihrer", "pl": "ihren"}, "ihrem": {"m": "ihrem"},
    "ihren": {"pl": "ihren"}, "sein": {"m": "seinem"}, "seine": {"f": "seiner", "pl": "seinen"},
    "seinem": {"m": "seinem"}, "seinen": {"pl": "seinen"},
}


def _number_gender_de(role: str) -> str:
    lower = role.lower()
    if lower.endswith("innen") or re.search(r"(?:ält|ärzt)e$|(?:er|en|ten)$", lower) and not re.search(
            r"(?:sprecher|direktor|anwalt|minister|leiter|berater|vertreter|mitarbeiter|manager|forscher|"
            r"richter|ermittler|präsident|kanzler|senator|gouverneur|botschafter|offizier|inhaber|trainer|"
            r"wissenschaftler|geschäftsführer|bürgermeister|koordinator|referent|autor|sekretär|chef|"
            r"analyst|experte|professor|journalist|aktivist|diplomat|kommissar|arzt|vorstand|beamter)$", lower):
        return "pl"
    return "f" if lower.endswith("in") else "m"


def _gender_de(role: str) -> str | None:
    kind = _number_gender_de(role)
    return None if kind == "pl" else kind


# --- English -----------------------------------------------------------------------------------

def _english(text: str) -> list[Attribution | None]:
    found: list[Attribution | None] = []
    for pattern in _DOCUMENT_RES_EN:
        for match in pattern.finditer(text):
            determiner = "the" if match["det"].lower() in ("a", "an") else match["det"].lower()
            mods = _group(match, "mods") or ""  # "the council's transport report"
            found.append(Attribution(f"according to {determiner} {mods}{match['doc']}", "document",
                                     start=match.start()))
    for pattern in (_ACCORDING_RE, _VERB_SPEAKER_EN, _SPEAKER_VERB_EN):
        for match in pattern.finditer(text):
            found.append(_english_speaker(match))
    return found


def _english_speaker(match: re.Match[str]) -> Attribution | None:
    start = match.start()
    if match["pron"]:
        if match["pron"].lower() == "they":
            return None
        return Attribution("", "pronoun", "f" if match["pron"].lower() == "she" else "m", start)
    if match["role"]:
        if match["rname"]:
            return Attribution(f"according to {_short_name(match['rname'])}", "person",
                               _gender_en(match["role"]), start)
        words = f"{match['det']} {match['mods']}{match['role']}{match['tail'] or ''}"
        words = words[0].lower() + words[1:]
        return Attribution(f"according to {words}", "person", _gender_en(match["role"]), start)
    if match["group"]:
        quantifier = (match["quant"] or "").lower()
        group = match["group"]  # "Experts said" -> "according to experts"; "MPs" stays
        group = group if group[:-1].isupper() else group.lower()
        return Attribution(" ".join(w for w in ("according to", quantifier, group) if w), "group",
                           start=start)
    name = _clean_name(match["name"])
    if not name or _after_preposition(match, "name"):
        return None
    if name.lower() in _ORGANISATION_WORDS:
        name = name.lower()  # "Police said" -> "according to police"
    elif re.match(r"(?i:the)\s", match["name"]) and (name.isupper() or _name_kind(name) == "organisation"):
        return Attribution(f"according to the {name}", "organisation", start=start)  # "The SEC said"
    return Attribution(f"according to {_short_name(name)}", _name_kind(name), start=start)


def _gender_en(role: str) -> str | None:
    role = role.lower()
    if role in ("spokeswoman", "chairwoman"):
        return "f"
    if role in ("spokesman", "chairman"):
        return "m"
    return None


# --- names -------------------------------------------------------------------------------------

def _clean_name(name: str | None) -> str | None:
    """The name without the words before it that are no name ("Am Montag McAdams" -> "McAdams")."""
    words = (name or "").split()
    while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in _ARTICLES):
        words.pop(0)
    if len(words) == 1 and words[0].lower() in _NOT_NAMES:
        return None
    return " ".join(words) or None


def _name_kind(name: str) -> str:
    words = {w.lower().strip(".") for w in name.split()}
    return "organisation" if words & _ORGANISATION_WORDS else "person"


def _short_name(name: str) -> str:
    """A person's surname with its particles ("von der Leyen"); an organisation's full name."""
    words = name.split()
    if len(words) == 1 or _name_kind(name) == "organisation":
        return name
    surname = [words[-1]]
    for word in reversed(words[:-1]):
        if not word[0].islower():
            break
        surname.insert(0, word)
    return " ".join(surname)


# --- pronouns ----------------------------------------------------------------------------------

# Per document: the people who spoke, in text order, so that each pronoun is resolved in one pass.
_SPEAKERS: dict[int, tuple[weakref.ref[Document], list[tuple[int, Attribution]]]] = {}


def _speakers(document: Document) -> list[tuple[int, Attribution]]:
    cached = _SPEAKERS.get(id(document))
    if cached and cached[0]() is document:
        return cached[1]
    speakers: list[tuple[int, Attribution]] = []
    sentence: Sentence
    for sentence in document.story_sentences():
        found = _read_sentence(sentence.text, document.language)
        if found is not None and found.kind == "pronoun":
            found = _last_person(speakers, sentence.start, found.gender)
        if found is not None and found.kind == "person":
            speakers.append((sentence.start, found))
    if len(_SPEAKERS) > 64:
        _SPEAKERS.clear()
    _SPEAKERS[id(document)] = (weakref.ref(document), speakers)
    return speakers


def _last_person(speakers: list[tuple[int, Attribution]], before: int, gender: str | None) -> Attribution | None:
    for start, speaker in reversed(speakers):
        if start < before and (speaker.gender is None or gender is None or speaker.gender == gender):
            return speaker
    return None


def _resolve_pronoun(document: Document, before: int, gender: str | None) -> Attribution | None:
    return _last_person(_speakers(document), before, gender)
