"""Attribution: the sample seed sentence by sentence, then German and English snippets per pattern.

Each snippet is a short article segmented like a real seed; ``expected`` gives the phrase for every
story sentence in order (None: the sentence attributes nothing), so a wrong extra attribution fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.attribution import attribution_of
from dossier.extract import extract
from dossier.model import Citation
from dossier.seed import read_seed
from dossier.segment import Document, segment

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "000_309a6589a2c97f54.txt"


def document_of(tmp_path: Path, text: str, language: str) -> Document:
    path = tmp_path / "snippet.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".yml").write_text(f"language: {language}\n", encoding="utf-8")
    return segment(read_seed(path))


def attributions(document: Document) -> list[str | None]:
    return [attribution_of(document, Citation.of_sentence(document, s)) for s in document.story_sentences()]


# --- the sample seed ---------------------------------------------------------------------------

SAMPLE_ATTRIBUTIONS = {
    "p3-s1": "laut McAdams",  # "…, sagte ihr Anwalt am Mittwoch.": the lead lawyer named in p11
    "p4-s1": "laut Klage",  # "Die Klage behauptet, dass …"
    "p5-s1": "laut Klage",  # "„…“, heißt es in der Klage, die am Montag … eingereicht wurde."
    "p6-s1": "laut Klage",  # a quote that goes on from the lawsuit's quote in p5: the same speaker
    "p6-s2": "laut Klage",
    "p7-s1": "laut Sprecherin von Salesforce",
    "p8-s1": "laut Sprecherin von Salesforce",  # "sagte sie": the spokeswoman of p7
    "p9-s1": None,
    "p10-s1": "laut einigen Analysten",
    "p11-s1": "laut McAdams",  # "sagte ihre Hauptanwältin, Annie McAdams": the surname
    "p12-s1": "laut Klage",  # "In der Klage werden 14 Dienstleistungen aufgelistet"
    "p13-s1": "laut McAdams",  # ", so McAdams,"
    "p14-s1": "laut Carr",
    "p15-s1": "laut Carr",  # "sagte sie": Bridget Carr, "Direktorin"
    "p16-s1": "laut Klage",
    "p17-s1": "laut McAdams",
    "p18-s1": "laut McAdams",  # her quote goes on
}


@pytest.fixture(scope="module")
def sample() -> Document:
    return segment(read_seed(SAMPLE))


def test_sample_sentence_by_sentence(sample: Document) -> None:
    got = {s.anchor: attribution_of(sample, Citation.of_sentence(sample, s)) for s in sample.story_sentences()}
    assert got == SAMPLE_ATTRIBUTIONS


def test_sample_events_and_figures_are_attributed(sample: Document) -> None:
    facts = extract(sample)
    assert [(e.cite.anchor, e.attribution) for e in facts.timeline] == [
        ("p3-s1", "laut McAdams"), ("p4-s1", "laut Klage"), ("p5-s1", "laut Klage"),
        ("p11-s1", "laut McAdams"), ("p16-s1", "laut Klage"), ("p17-s1", "laut McAdams")]
    for figure in facts.figures:  # whatever figures are found, their sentence gives the same phrase
        assert attribution_of(sample, figure.cite) == SAMPLE_ATTRIBUTIONS[figure.cite.anchor]


def test_furniture_is_never_read(sample: Document) -> None:
    credits = [s for s in sample.all_sentences() if s.paragraph == 19]
    assert attribution_of(sample, Citation.of_sentence(sample, credits[0])) is None


# --- snippets ----------------------------------------------------------------------------------

DOCUMENTS = [
    ("de-heisst-es", "de", "Salesforce unterzeichnete 2013 einen Vertrag, heißt es in der Klage.", ["laut Klage"]),
    ("de-subject", "de", "Die Klage behauptet, dass Salesforce profitiert hat.", ["laut Klage"]),
    ("de-laut", "de", "Laut der Klage wusste Salesforce davon.", ["laut Klage"]),
    ("de-zufolge", "de", "Dem Bericht zufolge wurde der Vertrag 2017 erneuert.", ["laut Bericht"]),
    ("de-in-der", "de", "In der Klage werden 14 Dienstleistungen aufgelistet.", ["laut Klage"]),
    ("de-study", "de", "Die Studie zeigt, dass 80 Prozent betroffen sind.", ["laut Studie"]),
    ("en-says", "en", "The lawsuit says Salesforce profited from trafficking.", ["according to the lawsuit"]),
    ("en-according", "en", "Salesforce signed a contract in 2013, according to the lawsuit.",
     ["according to the lawsuit"]),
    ("en-in-the", "en", "In the lawsuit, the women describe 14 services.", ["according to the lawsuit"]),
    ("en-clause", "en", "The report, published on Monday, found that 80 percent were minors.",
     ["according to the report"]),
    ("en-a-study", "en", "A study alleges that the firm knew.", ["according to the study"]),
]

PEOPLE = [
    ("de-sagte-name", "de", "Salesforce unterzeichnete 2013 einen Vertrag, sagte McAdams.", ["laut McAdams"]),
    ("de-full-name", "de", "Der Vertrag wurde 2017 erneuert, sagte Annie McAdams.", ["laut McAdams"]),
    ("de-so", "de", "Die Frauen fordern Schadenersatz, so McAdams, die sie vertritt.", ["laut McAdams"]),
    ("de-role-name", "de", "Der Vertrag lief bis 2018, sagte ihre Anwältin, Annie McAdams.", ["laut McAdams"]),
    ("de-possessive", "de", "Die Frauen haben geklagt, sagte ihr Anwalt am Mittwoch.", ["laut ihrem Anwalt"]),
    ("de-possessive-feminine", "de", "Die Frauen haben geklagt, sagte ihre Anwältin.", ["laut ihrer Anwältin"]),
    ("de-subject-role", "de", "Eine Sprecherin von Salesforce sagte, das Unternehmen schweige.",
     ["laut Sprecherin von Salesforce"]),
    ("de-particle", "de", "Ursula von der Leyen sagte, man habe 2019 gehandelt.", ["laut von der Leyen"]),
    ("de-nach-angaben", "de", "Nach Angaben der Polizei wurden zwölf Menschen festgenommen.", ["laut Polizei"]),
    ("de-organisation", "de", "Zwölf Menschen wurden festgenommen, teilte die Polizei in Berlin mit.",
     ["laut Polizei"]),
    ("de-plural-role", "de", "Die Frauen haben geklagt, sagten ihre Anwälte.", ["laut ihren Anwälten"]),
    ("de-wie", "de", "Wie Annie McAdams sagte, wurde der Vertrag 2017 erneuert.", ["laut McAdams"]),
    ("en-said-name", "en", "Salesforce signed a contract in 2013, McAdams said.", ["according to McAdams"]),
    ("en-said-full", "en", "The victims were abused after 2013, said Annie McAdams, their lead lawyer.",
     ["according to McAdams"]),
    ("en-apposition", "en", "Bridget Carr, director of the clinic, said proof was hard.", ["according to Carr"]),
    ("en-possessive", "en", "Fifty women sued Salesforce on Wednesday, their lawyer said.",
     ["according to their lawyer"]),
    ("en-role-for", "en", "A spokeswoman for Salesforce said in an email that it would not comment.",
     ["according to a spokeswoman for Salesforce"]),
    ("en-according-name", "en", "According to McAdams, the company knew.", ["according to McAdams"]),
    ("en-time-before-name", "en", "On Monday Salesforce said it would appeal.", ["according to Salesforce"]),
    ("en-police", "en", "Police said 12 people were arrested.", ["according to police"]),
]

GROUPS = [
    ("de-quantifier", "de", "Einige Analysten sagen, dass Backpage 80 Prozent ausmacht.", ["laut einigen Analysten"]),
    ("de-bare", "de", "Experten warnen, dass die Zahl 2020 steigt.", ["laut Experten"]),
    ("de-inverted", "de", "Die Zahl steigt, sagen viele Forscher.", ["laut vielen Forschern"]),
    ("de-kritiker", "de", "Kritiker sagen, das Gesetz komme zu spät.", ["laut Kritikern"]),
    ("de-mehrere", "de", "Mehrere Ökonomen erklärten, die Krise sei vorbei.", ["laut mehreren Ökonomen"]),
    ("en-some", "en", "Backpage accounted for 80 percent of the ads, some analysts say.",
     ["according to some analysts"]),
    ("en-bare", "en", "Experts warned that the number would rise.", ["according to experts"]),
    ("en-many", "en", "Many economists said the crisis was over.", ["according to many economists"]),
    ("en-critics", "en", "Critics say the law comes too late.", ["according to critics"]),
    ("en-officials", "en", "The fire started on Monday, officials said.", ["according to officials"]),
]

PRONOUNS = [
    ("de-sie", "de", "Annie McAdams sagte, sie vertrete die Frauen.\nDer Vertrag wurde 2017 erneuert, sagte sie.",
     ["laut McAdams", "laut McAdams"]),
    # The subject of the sentence before is who "sagte sie" means.
    ("de-mention-only", "de", "Annie McAdams vertritt die Frauen.\nDer Vertrag wurde 2017 erneuert, sagte sie.",
     [None, "laut McAdams"]),
    ("de-after-speaker", "de", "Das ist klar, sagte Bridget Carr.\nEs ist nicht klar, sagte sie.",
     ["laut Carr", "laut Carr"]),
    ("de-gender", "de", "Es reicht, sagte ihre Anwältin.\nEs reicht nicht, sagte ein Sprecher.\n"
                        "Sie werde klagen, sagte sie.",
     ["laut ihrer Anwältin", "laut Sprecher", "laut ihrer Anwältin"]),
    ("de-er", "de", "Der Vertrag endet, sagte Max Müller.\nEr fügte hinzu, dass er 2020 auslaufe.",
     ["laut Müller", "laut Müller"]),
    ("de-nobody", "de", "Der Vertrag endet 2020, sagte er.", [None]),
    ("de-plural", "de", "Es reicht, sagte McAdams.\nDer Fall sei klar, sagten sie.", ["laut McAdams", None]),
    ("en-she", "en", "The deal was signed in 2013, said Annie McAdams.\nIt was renewed in 2017, she said.",
     ["according to McAdams", "according to McAdams"]),
    ("en-he", "en", "The plan failed, said Max Miller.\nHe added that it would be revived.",
     ["according to Miller", "according to Miller"]),
    ("en-gender", "en", "It is over, a spokeswoman said.\nIt is not, a spokesman said.\nWe will sue, she said.",
     ["according to a spokeswoman", "according to a spokesman", "according to a spokeswoman"]),
    ("en-nobody", "en", "The deal was signed in 2013, she said.", [None]),
    ("en-they", "en", "The case is clear, McAdams said.\nThey said it would take years.",
     ["according to McAdams", None]),
]

NONE = [
    ("de-fact", "de", "Salesforce wurde 1999 in San Francisco gegründet.", [None]),
    ("de-quote-only", "de", "„Die Beweise werden zeigen, dass Backpage nicht wachsen konnte.“", [None]),
    ("de-verb-in-quote", "de", "Sie rief: „Das sagte McAdams nie!“", [None]),
    ("de-document-as-object", "de", "Das Gericht hat die Klage 2019 abgewiesen.", [None]),
    ("de-so-adverb", "de", "Das Unternehmen wuchs so schnell wie nie.", [None]),
    ("de-month", "de", "Die Klage wurde am Montag eingereicht, sagte Montag niemand.", [None]),
    ("en-fact", "en", "Salesforce was founded in 1999 in San Francisco.", [None]),
    ("en-quote-only", "en", "\"The evidence will show that Backpage could not grow.\"", [None]),
    ("en-verb-in-quote", "en", "She shouted: \"McAdams said that!\"", [None]),
    ("en-told", "en", "The company grew fast after it told investors about the deal.", [None]),
    ("en-said-monday", "en", "The company was sued, it said Monday.", [None]),
    ("en-many-say", "en", "Many say the law came too late.", [None]),
    ("en-it-said", "en", "It said Backpage was responsible for the ads.", [None]),
    ("de-document-verb", "de", "Die Klage kommt für viele Opfer zu spät.", [None]),
]


def _cases(group: list[tuple]) -> list:
    return [pytest.param(*case[1:], id=case[0]) for case in group]


@pytest.mark.parametrize(("language", "text", "expected"), _cases(DOCUMENTS + PEOPLE + GROUPS + PRONOUNS + NONE))
def test_attribution(tmp_path: Path, language: str, text: str, expected: list[str | None]) -> None:
    document = document_of(tmp_path, text, language)
    assert attributions(document) == expected


@pytest.mark.parametrize("group", [DOCUMENTS, PEOPLE, GROUPS, PRONOUNS, NONE])
def test_each_pattern_has_five_cases_per_language(group: list[tuple]) -> None:
    languages = [case[1] for case in group]
    assert languages.count("de") >= 5 and languages.count("en") >= 5


def test_a_quote_over_two_sentences_is_masked_in_both(tmp_path: Path) -> None:
    text = "„Wir werden gewinnen. Das sagte McAdams schon immer“, sagte Bridget Carr."
    document = document_of(tmp_path, text, "de")
    assert len(document.story_sentences()) == 2
    assert attributions(document) == ["laut Carr", "laut Carr"]  # both sentences are Carr's words
    english = "“We will win. McAdams said so all along,” said Bridget Carr."
    document = document_of(tmp_path, english, "en")
    assert len(document.story_sentences()) == 2
    assert attributions(document) == ["according to Carr", "according to Carr"]


def test_phrase_follows_the_document_language(tmp_path: Path) -> None:
    text = "Salesforce signed a contract in 2013, according to the lawsuit."
    assert attributions(document_of(tmp_path, text, "en")) == ["according to the lawsuit"]
    german = "Salesforce unterzeichnete 2013 einen Vertrag, heißt es in der Klage."
    assert attributions(document_of(tmp_path, german, "de")) == ["laut Klage"]


def test_a_name_is_shortened_the_same_way_every_time(tmp_path: Path) -> None:
    text = ("Der Vertrag lief aus, sagte Annie McAdams.\n„Salesforce wusste es“, sagte McAdams.\n"
            "Die Frauen fordern Schadenersatz, so McAdams.")
    assert attributions(document_of(tmp_path, text, "de")) == ["laut McAdams"] * 3


# --- an English article: tests/texts/harbour_bridge.txt -----------------------------------------

HARBOUR = Path(__file__).resolve().parent / "texts" / "harbour_bridge.txt"
HARBOUR_ATTRIBUTIONS = {
    "p3-s1": None,
    "p4-s1": "according to the council's transport report",  # a document with its owner
    "p5-s1": "according to Ward",
    "p5-s2": "according to Ward",  # only a quote, going on from the quote Ward was named for
    "p6-s1": "according to Ward",
    "p7-s1": "according to critics",
    "p7-s2": "according to Baker",
    "p8-s1": "according to the council's transport report",  # "the report": the one named in p4
    "p9-s1": "according to a spokesman for the Department for Transport",  # not "according to Transport"
}


def test_harbour_bridge_sentence_by_sentence() -> None:
    document = segment(read_seed(HARBOUR))
    got = {s.anchor: attribution_of(document, Citation.of_sentence(document, s)) for s in document.story_sentences()}
    assert got == HARBOUR_ATTRIBUTIONS


# --- how wire copy attributes (German and English) ---------------------------------------------

VARIANTS = [
    ("de-teilte-mit", "de", "Der Umsatz stieg, teilte Nordwerk am Mittwoch mit.", ["laut Nordwerk"]),
    ("de-teilte-article", "de", "Der Umsatz stieg um fünf Prozent, teilte die Deutsche Bahn mit.",
     ["laut Deutsche Bahn"]),
    ("de-erklaerte", "de", "Man habe alles versucht, erklärte Innenministerin Nancy Faeser.", ["laut Faeser"]),
    ("de-betonte", "de", "Die Lage sei ernst, betonte Scholz.", ["laut Scholz"]),
    ("de-zufolge", "de", "Der Polizei zufolge wurden zwölf Menschen verletzt.", ["laut Polizei"]),
    ("de-nach-angaben-von", "de", "Nach Angaben von Augenzeugen brannte das Haus.", ["laut Augenzeugen"]),
    ("de-nach-angaben-genitive", "de", "Die Sparte soll nach Angaben des Managements 2026 Gewinn machen.",
     ["laut Management"]),
    ("de-wie-berichtete", "de", "Wie der Spiegel berichtete, trat der Minister zurück.", ["laut Spiegel"]),
    ("de-wie-place", "de", "Der Umsatz stieg, wie das MDax-Unternehmen am Mittwoch in Hamburg mitteilte.",
     ["laut MDax-Unternehmen"]),
    ("de-hiess-es-aus", "de", "Der Minister will zurücktreten, hieß es aus Regierungskreisen.",
     ["laut Regierungskreisen"]),
    ("de-aus-hiess-es", "de", "Aus Regierungskreisen hieß es, der Minister trete zurück.", ["laut Regierungskreisen"]),
    ("de-quote-goes-on", "de", "„Wir haben unsere Hausaufgaben gemacht“, sagte Henrik Sörensen. „Jetzt wird geerntet.“",
     ["laut Sörensen", "laut Sörensen"]),
    ("en-told-reporters", "en", "The bridge will close, Johnson told reporters.", ["according to Johnson"]),
    ("en-statement", "en", "The SEC said in a statement that its case remains pending.", ["according to the SEC"]),
    ("en-wrote", "en", "The company is doomed, Smith wrote.", ["according to Smith"]),
    ("en-spokeswoman-for", "en", "A spokeswoman for Nordwerk said the deal was done.",
     ["according to a spokeswoman for Nordwerk"]),
    ("en-spokesman-department", "en", "A spokesman for the Department for Transport said the government had agreed.",
     ["according to a spokesman for the Department for Transport"]),
    ("en-confirmed", "en", "Police confirmed that two men died.", ["according to police"]),
    ("en-authorities", "en", "A bus plunged into a ravine early Sunday, killing nine people, authorities said.",
     ["according to authorities"]),
    ("en-owner-report", "en", "The bridge carries 60,000 vehicles a day, according to the council's transport report.",
     ["according to the council's transport report"]),
    ("en-seat-of-power", "en", "Downing Street said on Tuesday that the prime minister had confidence in her.",
     ["according to Downing Street"]),
    ("en-mps", "en", "Several MPs told the PA news agency they would vote against the bill.",
     ["according to several MPs"]),
    ("en-place-not-speaker", "en", "The talks in Geneva said little about the deal.", [None]),
    # a quote on its own goes on with the speaker right before it, as on the sources page
    ("en-quote-goes-on", "en", "\"We cannot wait,\" said Helen Ward. \"The repairs will start in 2020.\"",
     ["according to Ward", "according to Ward"]),
    ("en-quote-new-paragraph", "en", "\"We cannot wait,\" said Helen Ward.\n\"The repairs will start in 2020.\"",
     ["according to Ward", "according to Ward"]),
    ("en-quote-after-no-quote", "en", "Helen Ward said the plan was late. \"The repairs will start in 2020.\"",
     ["according to Ward", "according to Ward"]),
    ("en-quote-after-narration", "en", "\"We cannot wait,\" said Helen Ward.\nThe court meets on Friday.\n"
     "\"The repairs will start in 2020.\"", ["according to Ward", None, None]),
]


@pytest.mark.parametrize(("language", "text", "expected"), _cases(VARIANTS))
def test_wire_variants(tmp_path: Path, language: str, text: str, expected: list[str | None]) -> None:
    assert attributions(document_of(tmp_path, text, language)) == expected
