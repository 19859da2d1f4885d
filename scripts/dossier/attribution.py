"""Claim attribution: a short phrase for who a fact's sentence says its content comes from.

A page must never present an allegation as established fact, so every event and figure whose sentence
attributes its content gets a phrase in the language of the article:

    "…, heißt es in der Klage."            -> "laut Klage"           ("according to the lawsuit")
    "…, sagte ihre Hauptanwältin, Annie McAdams." -> "laut McAdams"   ("according to McAdams")
    "…, sagte ihr Anwalt am Mittwoch."      -> "laut ihrem Anwalt"    ("according to her lawyer")
    "einige Analysten sagen, dass …"        -> "laut einigen Analysten" ("according to some analysts")

*Who* is speaking is not decided here: :func:`dossier.speakers.read_speakers` decides it once per
document, for the sources page too, so the timeline, the key figures and the sources page cannot
disagree. This module only words the answer:

* a person is named by the surname (with its particles: "von der Leyen"), always, so "Annie McAdams"
  and a later "McAdams" give the same phrase; organisations keep their full name;
* German phrases use "laut" with the dative where it shows: documents and organisations drop the
  article ("laut Klage", "laut Polizei"), possessives and quantifiers are inflected ("laut ihrem
  Anwalt", "laut einigen Analysten"), other articles are dropped ("laut Sprecherin von Salesforce");
  English phrases keep the words as written after "according to" ("according to a spokeswoman for
  Salesforce", "according to the lawsuit", "according to police").
"""

from __future__ import annotations

import re

from .model import Citation
from .segment import Document
from .speakers import ANONYMOUS, DOCUMENT, GROUP, ORGANISATION, ORGANISATION_NOUNS, PERSON, read_speakers

# German determiners in the dative, by the gender or number of the noun they stand before.
_DATIVE_POSSESSIVE = {
    "ihr": {"m": "ihrem"}, "ihre": {"f": "ihrer", "pl": "ihren"}, "ihrem": {"m": "ihrem"},
    "ihren": {"pl": "ihren"}, "sein": {"m": "seinem"}, "seine": {"f": "seiner", "pl": "seinen"},
    "seinem": {"m": "seinem"}, "seinen": {"pl": "seinen"}, "deren": {"m": "deren", "f": "deren", "pl": "deren"},
}
_DATIVE_QUANTIFIER = {"einige": "einigen", "viele": "vielen", "mehrere": "mehreren", "manche": "manchen",
                      "zahlreiche": "zahlreichen", "andere": "anderen"}
_ARTICLES = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "eines", "the"}
_DETERMINER_BEFORE_RE = re.compile(r"(?:^|\s)(\w+)\s+$")
# Roles whose masculine form ends in -er/-en like a plural: "der Sprecher" is one man.
_SINGULAR_ER = re.compile(r"(?:sprecher|direktor|anwalt|minister|leiter|berater|vertreter|mitarbeiter|manager|"
                          r"forscher|richter|ermittler|präsident|kanzler|senator|gouverneur|botschafter|offizier|"
                          r"inhaber|trainer|wissenschaftler|geschäftsführer|bürgermeister|koordinator|referent|"
                          r"autor|sekretär|chef|analyst|experte|professor|journalist|aktivist|diplomat|kommissar|"
                          r"arzt|vorstand|beamter)$")


def attribution_of(document: Document, cite: Citation) -> str | None:
    """A short attribution phrase in the article's language, or None when the sentence is the article's own."""
    speaker = read_speakers(document).speaker_of(cite.anchor)
    if speaker is None:
        return None
    return _phrase(document, speaker)


def _phrase(document: Document, speaker) -> str | None:
    german = document.language == "de"
    lead = "laut" if german else "according to"
    if speaker.kind == PERSON:
        return f"{lead} {_surname(speaker.name)}"
    mention = speaker.mention
    written = document.text[mention.start:mention.end] if mention is not None else speaker.name
    determiner = _determiner_before(document, mention.start) if mention is not None else None
    if speaker.kind == DOCUMENT:
        name = _without_article(speaker.name)
        if german:
            return f"{lead} {name}"
        return f"{lead} {name}" if re.match(r"\w+['’]s\s", name) is None and name[:1].isupper() \
            else f"{lead} the {name}"
    if speaker.kind == ORGANISATION:
        name = _without_article(speaker.name)
        if german:
            return f"{lead} {name}"
        the = "the " if determiner is not None and determiner.casefold() == "the" else ""
        if name.islower() or name.casefold() in ORGANISATION_NOUNS:
            return f"{lead} {the}{name.casefold()}"  # "Police said" -> "according to police"
        return f"{lead} {the}{name}"  # "The SEC said" -> "according to the SEC"
    if speaker.kind == GROUP:
        words = written if german else _lower_first(written)
        return f"{lead} {_dative_group(words) if german else words}"
    if speaker.kind == ANONYMOUS:
        if german:
            return f"{lead} {_dative_role(written, determiner)}"
        first = written.split()[0].casefold() if written.split() else ""
        prefix = f"{determiner.casefold()} " if determiner and determiner.casefold() != first else ""
        return f"{lead} {prefix}{_lower_first(written)}"
    return None


def _determiner_before(document: Document, start: int) -> str | None:
    match = _DETERMINER_BEFORE_RE.search(document.text, max(0, start - 16), start)
    if match is None:
        return None
    word = match.group(1)
    if word.casefold() in _DATIVE_POSSESSIVE or word.casefold() in _ARTICLES or word.casefold() in (
            "a", "an", "their", "his", "her", "its", "our"):
        return word
    return None


def _dative_role(written: str, determiner: str | None) -> str:
    """ "Anwalt" after "ihr" -> "ihrem Anwalt"; "Sprecherin von Salesforce" after "eine" -> as written."""
    if determiner is None or determiner.casefold() not in _DATIVE_POSSESSIVE:
        return written
    head = written.split()[0]
    forms = _DATIVE_POSSESSIVE[determiner.casefold()]
    number = _number_gender_de(head)
    inflected = forms.get(number) or next(iter(forms.values()))
    if number == "pl" and not head.endswith(("n", "s")):
        written = written.replace(head, head + "n", 1)  # "ihren Anwälten"
    return f"{inflected} {written}"


def _dative_group(written: str) -> str:
    """ "Einige Analysten" -> "einigen Analysten", "viele Forscher" -> "vielen Forschern"."""
    words = written.split()
    if words and words[0].casefold() in _DATIVE_QUANTIFIER:
        words[0] = _DATIVE_QUANTIFIER[words[0].casefold()]
    if words and words[-1][:1].isupper() and not words[-1].endswith(("n", "s")):
        words[-1] += "n"
    return " ".join(words)


def _number_gender_de(role: str) -> str:
    lower = role.casefold()
    if lower.endswith("innen"):
        return "pl"
    if re.search(r"(?:ält|ärzt)e$|(?:er|en|ten)$", lower) and not _SINGULAR_ER.search(lower):
        return "pl"
    if lower.endswith(("anwälte", "ärzte")):
        return "pl"
    return "f" if lower.endswith("in") else "m"


def _without_article(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].casefold() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _lower_first(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    if len(first) > 1 and first[1:].islower():
        return text[:1].lower() + text[1:]
    return text


def _surname(name: str) -> str:
    """A person's surname with its particles ("von der Leyen")."""
    words = name.split()
    if len(words) == 1:
        return name
    surname = [words[-1]]
    for word in reversed(words[:-1]):
        if not word[0].islower():
            break
        surname.insert(0, word)
    return " ".join(surname)
