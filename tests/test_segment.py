"""Reading and segmenting seeds: paragraphs, sentences, anchors, furniture, and the Document look-ups.

Three groups: a table over every paragraph of the sample seed (other tests cite its anchors, so they
must not move), German and English edge cases that each pin a concrete split, and the Document API
used to resolve citations (find_words, closest_sentence, sentence_at).
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

import pytest

from dossier.segment import (
    BOILERPLATE,
    BYLINE,
    CREDITS,
    HEADLINE,
    MAX_SOMAJO_CHARS,
    READING_TIME,
    STORY,
    Document,
)

ANCHOR = re.compile(r"^p(\d+)-s(\d+)$")
QUOTE_MARKS = "„“”‚‘’«»‹›\"'"


def sentences(document: Document, paragraph: int | None = None) -> list[str]:
    """The sentence texts of one paragraph, or of the whole document."""
    if paragraph is None:
        return [s.text for s in document.all_sentences()]
    return [s.text for s in document.paragraph(paragraph).sentences]


def check_invariants(document: Document) -> None:
    """What must hold for every document: verbatim offsets, ordered unique anchors, full coverage."""
    assert document.text == unicodedata.normalize("NFC", document.text)
    assert "\r" not in document.text
    anchors = [s.anchor for s in document.all_sentences()]
    assert len(anchors) == len(set(anchors))
    previous_end = -1
    for number, paragraph in enumerate(document.paragraphs, start=1):
        assert paragraph.number == number
        assert document.text[paragraph.start:paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip() and paragraph.text
        assert paragraph.start > previous_end
        previous_end = paragraph.end
        body_start = paragraph.start
        if paragraph.dateline is not None:
            assert paragraph.dateline.start == paragraph.start
            assert document.text[paragraph.dateline.start:paragraph.dateline.end] == paragraph.dateline.text
            body_start = paragraph.dateline.end
        position = body_start
        for index, sentence in enumerate(paragraph.sentences, start=1):
            assert sentence.anchor == f"p{number}-s{index}"
            assert (sentence.paragraph, sentence.index) == (number, index)
            assert document.text[sentence.start:sentence.end] == sentence.text
            assert sentence.text and sentence.text == sentence.text.strip(), sentence.anchor
            assert sentence.start >= position and sentence.end <= paragraph.end
            # Nothing but white space between sentences: every character of the body is cited somewhere.
            assert not document.text[position:sentence.start].strip(), sentence.anchor
            position = sentence.end
            assert document.sentence(sentence.anchor) is sentence
        assert not document.text[position:paragraph.end].strip()


def check_no_fragments(document: Document) -> None:
    """No sentence is a stray closing quote or an attribution cut off from its quote (“, sagte er.)."""
    for sentence in document.all_sentences():
        assert sentence.text[0] not in ",;:)”«‹" and not sentence.text.startswith(("“,", "\",", "«,", "“ ")), \
            sentence.text


# --- the sample seed, paragraph by paragraph ----------------------------------------------------

# (paragraph, kind, ((first words, last words) of each sentence, in order))
SAMPLE_TABLE = [
    (1, BYLINE, (("By Kate Ryan", "Kate Ryan"),)),
    (2, READING_TIME, (("3 Min Read", "Min Read"),)),
    (3, STORY, (("Fünfzig Frauen und Mädchen", "ihr Anwalt am Mittwoch."),)),
    (4, STORY, (("Die Klage behauptet, dass", "geschlossen wurde."),)),
    (5, STORY, (("„Mit der Anleitung von Salesforce", "in Kalifornien eingereicht wurde."),)),
    (6, STORY, (("„Die Daten-Tools von Salesforce", "Wachstums von Backpage …"),
                ("Dieses börsennotierte Unternehmen", "um ihren Profit kümmerten.“"))),
    (7, STORY, (("Eine Sprecherin von Salesforce", "Rechtsstreitigkeiten abgebe."),)),
    (8, STORY, (("„Wir fühlen uns der", "sagte sie der Thomson Reuters Foundation."),)),
    (9, STORY, (("Salesforce, das seinen Hauptsitz", "zu ethischem Handeln ermutigt."),)),
    (10, STORY, (("Das Internet hat den Sexhandel", "für minderjährige Mädchen."),)),
    (11, STORY, (("Alle Klägerinnen in dem Fall", "Hauptanwältin, Annie McAdams."),)),
    (12, STORY, (("In der Klage werden 14", "Kunden zu finden."),)),
    (13, STORY, (("Die Überlebenden des Menschenhandels", "seelische Qualen umfassen."),)),
    (14, STORY, (("Eine Schlüsselfrage in solchen", "University of Michigan Law School."),)),
    (15, STORY, (("Während die Rolle von Backpage", "unterstützt haben, sagte sie."),)),
    (16, STORY, (("Salesforce unterzeichnete 2013", "heißt es in der Klage."),)),
    (17, STORY, (("„Salesforce kann nicht leugnen", "291.000 US-Dollar erneuerte."),)),
    (18, STORY, (("„Die Beweise werden in diesem Fall", "in der Lage gewesen wäre zu wachsen.“"),)),
    (19, CREDITS, (("Berichterstattung von Kate Ryan;", "Bearbeitung von Katy Migiro."),
                   ("Thomson Reuters Foundation, der", "Klimaveränderung ab."),
                   ("Besuchen Sie", "www.trust.org"))),
    (20, BOILERPLATE, (("Unsere Standards:", "Thomson Reuters Vertrauensgrundsätze."),)),
]


def test_sample_table_covers_every_paragraph(sample_document, sample_path):
    lines = [line for line in sample_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(sample_document.paragraphs) == len(lines) == len(SAMPLE_TABLE) == 20
    # The sidecar corrects "Backpage für Sex zu verkaufen.com" in p3; every other line is the seed's.
    corrected = [line.strip().replace("Backpage für Sex zu verkaufen.com", "Backpage.com für Sex zu verkaufen")
                 for line in lines]
    assert corrected != [line.strip() for line in lines]
    assert [p.text for p in sample_document.paragraphs] == corrected


@pytest.mark.parametrize("number, kind, expected", SAMPLE_TABLE, ids=[f"p{row[0]}" for row in SAMPLE_TABLE])
def test_sample_paragraph(sample_document, number, kind, expected):
    paragraph = sample_document.paragraph(number)
    assert paragraph.kind == kind
    assert len(paragraph.sentences) == len(expected)
    for sentence, (first, last) in zip(paragraph.sentences, expected, strict=True):
        assert sentence.text.startswith(first), sentence.anchor
        assert sentence.text.endswith(last), sentence.anchor
        assert sentence.anchor == f"p{number}-s{sentence.index}"
        assert sentence_text_is_verbatim(sample_document, sentence)


def sentence_text_is_verbatim(document: Document, sentence) -> bool:
    return document.text[sentence.start:sentence.end] == sentence.text


def test_sample_invariants(sample_document):
    check_invariants(sample_document)
    check_no_fragments(sample_document)
    anchors = [s.anchor for s in sample_document.all_sentences()]
    numbers = [tuple(int(g) for g in ANCHOR.match(a).groups()) for a in anchors]
    assert numbers == sorted(numbers)
    assert anchors[:3] == ["p1-s1", "p2-s1", "p3-s1"] and anchors[-1] == "p20-s1"
    assert len(anchors) == 23  # 20 paragraphs; p6 has two sentences, p19 three


def test_sample_story_anchors(sample_document):
    assert [s.anchor for s in sample_document.story_sentences()] == [
        "p3-s1", "p4-s1", "p5-s1", "p6-s1", "p6-s2", *[f"p{n}-s1" for n in range(7, 19)]]
    assert [p.number for p in sample_document.story_paragraphs()] == list(range(3, 19))


def test_sample_dateline_is_stripped_and_recorded(sample_document):
    p3 = sample_document.paragraph(3)
    assert p3.dateline is not None
    assert p3.dateline.text == "NEW YORK (Thomson Reuters Foundation) –"
    assert p3.text.startswith(p3.dateline.text)
    assert p3.sentences[0].text.startswith("Fünfzig")
    assert "NEW YORK" not in " ".join(sentences(sample_document))
    assert sample_document.dateline == "NEW YORK"
    assert sample_document.dateline_date is None
    assert sample_document.outlet == "Thomson Reuters Foundation"
    assert all(p.dateline is None for p in sample_document.paragraphs if p.number != 3)


def test_sample_metadata(sample_document):
    d = sample_document
    assert d.key == "000_309a6589a2c97f54"
    assert d.language == "de"  # detected: the sample's sidecar does not give it
    assert d.byline == ("Kate Ryan",)
    assert d.editors == ("Katy Migiro",)
    assert d.reading_time == "3 Min Read"
    assert d.date_line is None
    assert (d.title, d.title_detected_from) == ("Fünfzig Frauen verklagen Salesforce", "metadata")


def test_sample_segmentation_is_deterministic(sample_path, sample_document):
    from dossier.seed import read_seed
    from dossier.segment import segment

    again = segment(read_seed(sample_path))
    assert again.paragraphs == sample_document.paragraphs
    assert again.title == sample_document.title


# --- German edge cases ---------------------------------------------------------------------------

def de(make_document, text: str) -> Document:
    document = make_document(text, language="de")
    check_invariants(document)
    check_no_fragments(document)
    return document


def en(make_document, text: str) -> Document:
    document = make_document(text, language="en")
    check_invariants(document)
    check_no_fragments(document)
    return document


def test_de_abbreviations(make_document):
    d = de(make_document, "Das gilt z. B. für Dr. Müller und Prof. Schmidt bzw. deren Kollegen. Danach kam der Rest.")
    assert sentences(d) == ["Das gilt z. B. für Dr. Müller und Prof. Schmidt bzw. deren Kollegen.",
                            "Danach kam der Rest."]


def test_de_more_abbreviations_and_numbers(make_document):
    d = de(make_document, "Die Firma (u. a. in Berlin tätig) zahlte ca. 5 Mio. Euro bzw. 3,5 Prozent "
                          "an die Stadt, laut Nr. 5 Abs. 2 des Vertrags. Das war mehr als erwartet.")
    assert sentences(d) == ["Die Firma (u. a. in Berlin tätig) zahlte ca. 5 Mio. Euro bzw. 3,5 Prozent an die "
                            "Stadt, laut Nr. 5 Abs. 2 des Vertrags.", "Das war mehr als erwartet."]


def test_de_abbreviation_at_sentence_end(make_document):
    d = de(make_document, "Es gab Äpfel, Birnen usw. Danach gab es Kuchen.")
    assert sentences(d) == ["Es gab Äpfel, Birnen usw.", "Danach gab es Kuchen."]


def test_de_ordinal_dates(make_document):
    d = de(make_document, "Die Frist endet am 3. März 2019. Am 4. März beginnt das Verfahren, "
                          "das seit dem 1. Januar läuft.")
    assert sentences(d) == ["Die Frist endet am 3. März 2019.",
                            "Am 4. März beginnt das Verfahren, das seit dem 1. Januar läuft."]


def test_de_ordinals(make_document):
    d = de(make_document, "Im 2. Weltkrieg wurde die Stadt zerstört. Der 1. FC Köln spielte im 3. Quartal trotzdem.")
    assert sentences(d) == ["Im 2. Weltkrieg wurde die Stadt zerstört.",
                            "Der 1. FC Köln spielte im 3. Quartal trotzdem."]


def test_de_quote_of_two_sentences_keeps_its_attribution(make_document):
    # SoMaJo ends a sentence inside the quote (as in p6 of the sample); the closing mark and the
    # attribution stay with the quote's last sentence, never a fragment such as "“, sagte er."
    d = de(make_document, "„Wir haben nichts getan. Das ist eine Lüge“, sagte er. Dann ging er.")
    assert sentences(d) == ["„Wir haben nichts getan.", "Das ist eine Lüge“, sagte er.", "Dann ging er."]


def test_de_guillemets_of_two_sentences(make_document):
    d = de(make_document, "»Wir haben nichts getan. Das ist eine Lüge«, sagte er. Dann ging er.")
    assert sentences(d) == ["»Wir haben nichts getan.", "Das ist eine Lüge«, sagte er.", "Dann ging er."]


def test_de_question_inside_quote_is_not_split_from_attribution(make_document):
    d = de(make_document, "„Warum?“, fragte er. „Nein!“ rief sie. Niemand antwortete.")
    assert sentences(d) == ["„Warum?“, fragte er.", "„Nein!“ rief sie.", "Niemand antwortete."]


def test_de_closing_quote_stays_with_its_sentence(make_document):
    d = de(make_document, "Er sagte: „Das stimmt nicht.“ Danach schwieg er. „Die Beweise zeigen es.“")
    assert sentences(d) == ["Er sagte: „Das stimmt nicht.“", "Danach schwieg er.", "„Die Beweise zeigen es.“"]


def test_de_questions_exclamations_and_web_addresses(make_document):
    d = de(make_document, "Was ist mit Backpage.com passiert? Niemand weiß es! Die Polizei ermittelt.")
    assert sentences(d) == ["Was ist mit Backpage.com passiert?", "Niemand weiß es!", "Die Polizei ermittelt."]


def test_de_dateline_dpa(make_document):
    d = de(make_document, "Berlin (dpa) - Die Regierung hat am Montag neue Regeln beschlossen. Sie gelten ab Mai.")
    assert sentences(d) == ["Die Regierung hat am Montag neue Regeln beschlossen.", "Sie gelten ab Mai."]
    assert d.paragraph(1).dateline.text == "Berlin (dpa) -"
    assert (d.dateline, d.dateline_date, d.outlet) == ("Berlin", None, "dpa")
    assert d.title == "Die Regierung hat am Montag neue Regeln beschlossen"


def test_de_furniture(make_document):
    d = de(make_document, "Von Anna Müller\nLesezeit: 4 Minuten\n"
                          "BERLIN, 3. März (Reuters) - Die Regierung hat neue Regeln beschlossen.\n"
                          "Von den neuen Regeln sind viele betroffen.\n"
                          "Berichterstattung von Anna Müller und Jan Berg; Bearbeitung von Hans Meier\n"
                          "Unsere Standards: Die Thomson Reuters Vertrauensgrundsätze.\n")
    assert [p.kind for p in d.paragraphs] == [BYLINE, READING_TIME, STORY, STORY, CREDITS, BOILERPLATE]
    assert d.byline == ("Anna Müller",)  # the byline line wins over the credits
    assert d.editors == ("Hans Meier",)
    assert d.reading_time == "Lesezeit: 4 Minuten"
    assert (d.dateline, d.dateline_date, d.outlet) == ("BERLIN", "3. März", "Reuters")
    assert sentences(d, 3) == ["Die Regierung hat neue Regeln beschlossen."]
    assert sentences(d, 4) == ["Von den neuen Regeln sind viele betroffen."]  # "Von" in the story is no byline


def test_de_reporters_from_credits_when_there_is_no_byline(make_document):
    d = de(make_document, "Die Regierung hat neue Regeln beschlossen.\n"
                          "Berichterstattung von Anna Müller und Jan Berg; Bearbeitung von Hans Meier.\n")
    assert [p.kind for p in d.paragraphs] == [STORY, CREDITS]
    assert d.byline == ("Anna Müller", "Jan Berg")
    assert d.editors == ("Hans Meier",)


def test_de_title_closes_a_quote_the_cut_left_open(make_document):
    d = de(make_document, "„Wir haben nichts getan. Das ist eine Lüge“, sagte er.")
    assert d.title == "„Wir haben nichts getan …“"  # still a quote: never the site's own claim
    assert d.title_detected_from == "lead"


def test_de_language_is_detected_without_metadata(make_document):
    d = make_document("Die Regierung hat am Mittwoch beschlossen, dass die Steuern steigen. Das sagte der Minister.")
    assert d.language == "de"
    assert sentences(d) == ["Die Regierung hat am Mittwoch beschlossen, dass die Steuern steigen.",
                            "Das sagte der Minister."]


# --- English edge cases --------------------------------------------------------------------------

def test_en_abbreviations(make_document):
    d = en(make_document, "Dr. Smith met Mr. Jones of Acme Inc. in the U.S. on Tuesday. They talked.")
    assert sentences(d) == ["Dr. Smith met Mr. Jones of Acme Inc. in the U.S. on Tuesday.", "They talked."]


def test_en_us_before_a_noun(make_document):
    d = en(make_document, "The U.S. economy grew. Prices rose.")
    assert sentences(d) == ["The U.S. economy grew.", "Prices rose."]


def test_en_titles_places_money_and_months(make_document):
    d = en(make_document, "Prof. Jane Doe of St. Louis said it cost $3.5 million. It was paid on Jan. 5.")
    assert sentences(d) == ["Prof. Jane Doe of St. Louis said it cost $3.5 million.", "It was paid on Jan. 5."]


def test_en_times_and_latin_abbreviations(make_document):
    d = en(make_document, "It happened at 5 p.m. on Friday. The company, e.g. Acme Corp., said so. Others disagreed.")
    assert sentences(d) == ["It happened at 5 p.m. on Friday.", "The company, e.g. Acme Corp., said so.",
                            "Others disagreed."]


def test_en_straight_quote_of_two_sentences(make_document):
    d = en(make_document, '"We did nothing wrong. This is a lie," he said. Then he left.')
    assert sentences(d) == ['"We did nothing wrong.', 'This is a lie," he said.', "Then he left."]


def test_en_curly_quote_of_two_sentences(make_document):
    d = en(make_document, "“We did nothing wrong. This is a lie,” he said. Then he left.")
    assert sentences(d) == ["“We did nothing wrong.", "This is a lie,” he said.", "Then he left."]


def test_en_question_inside_quote(make_document):
    d = en(make_document, '"Why?" he asked. “Why not?” asked Smith. Nobody answered.')
    assert sentences(d) == ['"Why?" he asked.', "“Why not?” asked Smith.", "Nobody answered."]


def test_en_questions_exclamations_and_ellipsis(make_document):
    d = en(make_document, "Was it wrong? Yes! Smith said the deal was done … He declined to comment.")
    assert sentences(d) == ["Was it wrong?", "Yes!", "Smith said the deal was done …", "He declined to comment."]


def test_en_dateline_with_date(make_document):
    d = en(make_document, "LONDON, March 3 (Reuters) - Shares fell on Monday. Investors were nervous.")
    assert sentences(d) == ["Shares fell on Monday.", "Investors were nervous."]
    assert d.paragraph(1).dateline.text == "LONDON, March 3 (Reuters) -"
    assert (d.dateline, d.dateline_date, d.outlet) == ("LONDON", "March 3", "Reuters")


def test_en_furniture(make_document):
    d = en(make_document, "By Kate Ryan\n3 Min Read\n"
                          "NEW YORK (Thomson Reuters Foundation) – Fifty women sued Salesforce, the lawyer said.\n"
                          "By then the site had closed.\n"
                          "Reporting by Kate Ryan; Editing by Katy Migiro\n"
                          "Our Standards: The Thomson Reuters Trust Principles.\n")
    assert [p.kind for p in d.paragraphs] == [BYLINE, READING_TIME, STORY, STORY, CREDITS, BOILERPLATE]
    assert d.byline == ("Kate Ryan",)
    assert d.editors == ("Katy Migiro",)
    assert d.reading_time == "3 Min Read"
    assert (d.dateline, d.outlet) == ("NEW YORK", "Thomson Reuters Foundation")
    assert sentences(d, 3) == ["Fifty women sued Salesforce, the lawyer said."]
    assert sentences(d, 4) == ["By then the site had closed."]  # "By" in the story is no byline
    assert d.title == "Fifty women sued Salesforce, the lawyer said"


def test_en_metadata_wins_over_detection(make_document):
    d = make_document("By Kate Ryan\nLONDON (Reuters) - Shares fell on Monday.\n", language="en",
                      title="Markets", byline=["Jane Doe"], outlet="Example News")
    assert d.title == "Markets" and d.title_detected_from == "metadata"
    assert d.byline == ("Jane Doe",)
    assert d.outlet == "Example News"
    assert d.dateline == "LONDON"
    assert [p.kind for p in d.paragraphs] == [BYLINE, STORY]


def test_en_language_is_detected_without_metadata(make_document):
    d = make_document("The government decided on Wednesday that taxes will rise. The minister said so.")
    assert d.language == "en"
    assert sentences(d) == ["The government decided on Wednesday that taxes will rise.", "The minister said so."]


# --- paragraphs: lines, blank lines, hard wraps, line endings, normalisation ------------------------

def test_one_line_is_one_paragraph(make_document):
    d = de(make_document, "Die Regierung hat am Mittwoch neue Regeln beschlossen.\n"
                          "Der Minister sagte, es sei ein guter Tag.\nDas Parlament muss noch zustimmen.\n")
    assert [p.text for p in d.paragraphs] == ["Die Regierung hat am Mittwoch neue Regeln beschlossen.",
                                              "Der Minister sagte, es sei ein guter Tag.",
                                              "Das Parlament muss noch zustimmen."]


def test_blank_lines_and_indentation(make_document):
    d = de(make_document, "\n\n   Eingerückter Absatz mit Leerzeichen.   \n \t \n\nZweiter Absatz.\t\n\n")
    assert [p.text for p in d.paragraphs] == ["Eingerückter Absatz mit Leerzeichen.", "Zweiter Absatz."]
    assert [s.anchor for s in d.all_sentences()] == ["p1-s1", "p2-s1"]


LEAD = ("Fifty women and girls have sued the software company Salesforce, saying it built tools that helped "
        "traffickers sell them for sex on the classified ads site Backpage.com, their lawyer said on Wednesday. "
        "The lawsuit alleges that Salesforce profited from sex trafficking.")
SECOND = "The lawsuit was filed in California on Monday, and Salesforce declined to comment on pending litigation."


def test_hard_wrapped_paragraphs_separated_by_blank_lines(make_document):
    text = textwrap.fill(LEAD, 72) + "\n\n" + textwrap.fill(SECOND, 72) + "\n"
    d = en(make_document, text)
    assert len(d.paragraphs) == 2
    assert [re.sub(r"\s+", " ", s) for s in sentences(d, 1)] == [
        LEAD.split(" The lawsuit")[0], "The lawsuit alleges that Salesforce profited from sex trafficking."]
    assert "\n" in d.paragraph(1).sentences[0].text  # verbatim: the wrap is kept, not rejoined
    assert [re.sub(r"\s+", " ", s) for s in sentences(d, 2)] == [SECOND]


def test_hard_wrap_after_a_full_stop_is_still_a_wrap(make_document):
    text = ("Fifty women and girls have sued the software company Salesforce. They say it built tools that "
            "helped traffickers sell them for sex on the classified ads site Backpage.com. Their lawyer said so "
            "on Wednesday.")
    wrapped = textwrap.fill(text, 64)
    assert wrapped.splitlines()[0].endswith("Salesforce.")  # the case under test
    d = en(make_document, wrapped + "\n\nThe lawsuit was filed in California on Monday.\n")
    assert len(d.paragraphs) == 2
    assert [re.sub(r"\s+", " ", s) for s in sentences(d, 1)] == [
        "Fifty women and girls have sued the software company Salesforce.",
        "They say it built tools that helped traffickers sell them for sex on the classified ads site Backpage.com.",
        "Their lawyer said so on Wednesday."]


def test_headline_directly_above_the_lead(make_document):
    d = en(make_document, "Fifty women sue Salesforce over sex trafficking tools\n"
                          "NEW YORK (Reuters) - Fifty women and girls have sued the software company Salesforce, "
                          "their lawyer said.\n")
    assert [p.kind for p in d.paragraphs] == [HEADLINE, STORY]
    assert d.title == "Fifty women sue Salesforce over sex trafficking tools"
    assert d.title_detected_from == "headline"
    assert d.dateline == "NEW YORK"
    assert sentences(d, 2) == ["Fifty women and girls have sued the software company Salesforce, their lawyer said."]


def test_crlf_gives_the_same_document_as_lf(make_document):
    lf = "Klage gegen Salesforce\nBerlin (dpa) - Die Regierung hat entschieden. Das ist neu.\n\nZweiter Absatz.\n"
    d_lf = make_document(lf, language="de")
    d_crlf = make_document(lf.replace("\n", "\r\n").encode("utf-8"), language="de")
    check_invariants(d_crlf)
    assert d_crlf.text == d_lf.text
    assert d_crlf.paragraphs == d_lf.paragraphs
    assert [p.kind for p in d_crlf.paragraphs] == [HEADLINE, STORY, STORY]
    assert sentences(d_crlf) == ["Klage gegen Salesforce", "Die Regierung hat entschieden.", "Das ist neu.",
                                 "Zweiter Absatz."]


def test_text_is_nfc_and_bom_is_dropped(make_document):
    decomposed = unicodedata.normalize("NFD", "Fünfzig Mädchen klagen. Das Gericht prüft.")
    d = make_document(b"\xef\xbb\xbf" + decomposed.encode("utf-8"), language="de")
    check_invariants(d)
    assert sentences(d) == ["Fünfzig Mädchen klagen.", "Das Gericht prüft."]
    assert d.find_words("Mädchen")[0].anchor == "p1-s1"


def test_symbols_are_kept_in_a_sentence(make_document):
    d = de(make_document, "• Punkt eins ☺ ist gut. Danach kommt 5 € – oder mehr 🙂. Ende ⁂")
    assert sentences(d) == ["• Punkt eins ☺ ist gut.", "Danach kommt 5 € – oder mehr 🙂.", "Ende ⁂"]


def test_title_of_a_short_lead_is_the_whole_sentence(make_document):
    d = en(make_document, "Shares fell on Monday. Investors were nervous.")
    assert (d.title, d.title_detected_from) == ("Shares fell on Monday", "lead")


# --- the Document API ----------------------------------------------------------------------------

def test_find_words_is_verbatim_with_folded_white_space(sample_document):
    found = sample_document.find_words("auf  drei\nKontinenten")
    assert found is not None
    sentence, start, end = found
    assert sentence.anchor == "p5-s1"
    assert sample_document.text[start:end] == "auf drei Kontinenten"
    assert sentence.start <= start < end <= sentence.end


@pytest.mark.parametrize("words", ["", "   ", "DREI KONTINENTEN", "vier Kontinenten", "Backpage … Dieses"])
def test_find_words_misses(sample_document, words):
    # Case matters, and words are looked up within one sentence (p6-s1 ends at "…").
    assert sample_document.find_words(words) is None


def test_find_words_in_furniture_and_after_the_dateline(sample_document):
    assert sample_document.find_words("Katy Migiro")[0].anchor == "p19-s1"
    assert sample_document.find_words("Thomson Reuters Foundation")[0].anchor == "p8-s1"
    assert sample_document.find_words("NEW YORK") is None  # the dateline belongs to no sentence


def test_find_words_prefers_the_story_over_furniture(make_document):
    d = make_document("Klage gegen Salesforce\nBerlin (dpa) - Die Klage gegen Salesforce wurde eingereicht.\n",
                      language="de")
    assert d.paragraph(1).kind == HEADLINE
    assert d.find_words("Klage gegen Salesforce")[0].anchor == "p2-s1"


def test_find_words_across_a_hard_wrap(make_document):
    d = make_document(textwrap.fill(LEAD, 72) + "\n", language="en")
    line_end = d.text.index("\n")
    before, after = d.text[:line_end].split()[-1], d.text[line_end + 1:].split()[0]
    sentence, start, end = d.find_words(f"{before} {after}")
    assert sentence.anchor == "p1-s1"
    assert d.text[start:end] == f"{before}\n{after}"


@pytest.mark.parametrize("misquote, anchor", [
    ("Die Daten-Tools von Salesforce bildeten das Rückgrat des Wachstums von Backpage", "p6-s1"),
    ("Salesforce kann nicht leugnen, dass es die Probleme kannte", "p17-s1"),
    ("„wir fühlen uns der ethischen Nutzung unserer Produkte verpflichtet“", "p8-s1"),
    ("Das Unternehmen gehörte zu den übelsten Schurken", "p6-s2"),
    ("die Schaffung von Plattformen, welche der Webseite helfen", "p12-s1"),
])
def test_closest_sentence(sample_document, misquote, anchor):
    assert sample_document.find_words(misquote) is None  # a misquote, not a quote
    assert sample_document.closest_sentence(misquote).anchor == anchor


def test_sentence_at(sample_document):
    d = sample_document
    for sentence in d.all_sentences():
        assert d.sentence_at(sentence.start) is sentence
        assert d.sentence_at(sentence.end - 1) is sentence
        assert d.sentence_at((sentence.start + sentence.end) // 2) is sentence
    p6 = d.paragraph(6)
    assert d.text[p6.sentences[0].end] == " "
    assert d.sentence_at(p6.sentences[0].end) is None  # the space between two sentences
    assert d.sentence_at(d.paragraph(3).start) is None  # inside the dateline
    assert d.sentence_at(d.paragraph(1).end) is None  # the line break after the byline
    assert d.sentence_at(-1) is None
    assert d.sentence_at(len(d.text)) is None


def test_lookups_by_anchor_and_number(sample_document):
    d = sample_document
    assert d.sentence("p6-s2").text.startswith("Dieses börsennotierte")
    assert d.sentence("p6-s3") is None and d.sentence("p21-s1") is None and d.sentence("6-2") is None
    assert d.paragraph(20).kind == BOILERPLATE
    assert d.paragraph(0) is None and d.paragraph(21) is None


def test_a_huge_paragraph_is_split_on_punctuation_alone(make_document):
    # Longer than MAX_SOMAJO_CHARS: split without SoMaJo, still verbatim and complete.
    text = " ".join(f"Satz Nummer {n} ist hier zu Ende." for n in range(1, 801))
    assert len(text) > MAX_SOMAJO_CHARS
    d = de(make_document, text)
    assert len(d.paragraphs) == 1
    assert len(sentences(d)) == 800
    assert sentences(d)[:2] == ["Satz Nummer 1 ist hier zu Ende.", "Satz Nummer 2 ist hier zu Ende."]


@pytest.mark.parametrize("line", ["Thu 25 Jul 2024 09.14 BST", "Wed 27 Mar 2019 14.05 GMT", "27.03.2019 - 14:05 Uhr",
                                  "Veröffentlicht am 13.11.2024, 07:42 Uhr", "Do 3. März 2019"])
def test_date_lines_in_newsroom_formats_are_furniture(make_document, line):
    document = make_document(f"{line}\nDie Stadt hat am Montag neue Regeln beschlossen.\n", language="de")
    assert document.paragraphs[0].kind == "date"
    assert document.date_line == line
    assert [p.kind for p in document.paragraphs[1:]] == ["story"]


# --- headlines (issue 12) ------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Stadtrat beschließt neue Radwege\nDer Leipziger Stadtrat hat am Mittwoch neue Radwege beschlossen, "
     "die bis 2026 fertig sein sollen.\n", "Stadtrat beschließt neue Radwege"),
    ("„Wir sind keine Verbrecher“\nDie Angeklagten haben vor dem Landgericht am Montag alle Vorwürfe "
     "zurückgewiesen, sagte ihr Anwalt.\n", "„Wir sind keine Verbrecher“"),
    ("Council approves Harbour Bridge repairs\nThe city council approved a 45 million pound plan on Tuesday to "
     "repair the Harbour Bridge.\n", "Council approves Harbour Bridge repairs"),
    ("Wer zahlt für die Brücke?\nDie Stadt und der Bund streiten seit Monaten darüber, wer die Reparatur der "
     "Brücke bezahlt.\n", "Wer zahlt für die Brücke?"),
])
def test_a_first_line_that_reads_as_a_headline_is_the_title(make_document, text, title):
    d = make_document(text, language="de" if "Council" not in text else "en")
    assert d.paragraphs[0].kind == HEADLINE and d.paragraphs[1].kind == STORY
    assert (d.title, d.title_detected_from) == (title, "headline")


@pytest.mark.parametrize("text", [
    "Der Stadtrat tagte am Mittwoch.\nEr beschloss neue Radwege, die bis 2026 fertig sein sollen, sagte der OB.\n",
    "Der Stadtrat tagte am Mittwoch, sagte er\nkurz.\n",  # the next line is no story
    "„Das ist vorbei.“\nDie Angeklagten haben vor dem Landgericht am Montag alle Vorwürfe zurückgewiesen.\n",
    "Ende einer Ära. Der Abschied\nDie Angeklagten haben vor dem Landgericht am Montag alle Vorwürfe "
    "zurückgewiesen.\n",
    "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
    "siebzehn achtzehn neunzehn zwanzig einundzwanzig\nDie Angeklagten haben am Montag alle Vorwürfe "
    "zurückgewiesen, die ihnen seit Jahren gemacht werden, und sind gegangen.\n",
])
def test_a_sentence_or_a_long_line_is_never_taken_for_a_headline(make_document, text):
    d = make_document(text, language="de")
    assert d.paragraphs[0].kind == STORY and d.title_detected_from == "lead"


def test_a_long_lead_is_shortened_at_a_word_and_marked(make_document):
    d = make_document("Der Leipziger Stadtrat hat am Mittwoch, nach einer langen und zum Teil hitzigen Debatte über "
                      "Kosten und Sicherheit, ein Netz neuer Radwege für die ganze Innenstadt beschlossen.\n",
                      language="de")
    assert d.title_detected_from == "lead" and d.title.endswith(" …") and len(d.title) <= 102
    assert d.title.startswith("Der Leipziger Stadtrat hat am Mittwoch, nach einer langen")
    words = d.title[:-2].split()
    assert all(w in d.text for w in words)  # cut at a word boundary, never inside a word
