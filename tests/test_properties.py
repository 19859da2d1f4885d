"""Properties that hold for any seed made of German and English words, numbers, dates, quotes and newlines.

Offsets are the contract between the extractors, the pages and the citation hook, so they are
checked on arbitrary text: every sentence and every citation is exactly the seed text at its offsets,
anchors are unique, a conversion is deterministic, and every marker on a generated page resolves.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from dossier.citations import CITATION_RE, cite_page
from dossier.convert import INDEX_PATH, generate
from dossier.extract import extract
from dossier.index import loads_index
from dossier.model import Citation, Facts
from dossier.seed import read_seed
from dossier.segment import Document, segment

# How many examples, and whether they are random, is the Hypothesis profile's business (see
# tests/conftest.py): fixed for `make test` and CI, thousands of random ones for `make fuzz`.
# Each failure a fuzz run found stays below as an @example, so it is checked on every run.
GERMAN = ("die", "der", "das", "und", "Klage", "Salesforce", "Backpage", "Frauen", "Mädchen", "Größe", "Straße",
          "Jürgen", "Müller", "Anwältin", "Sprecherin", "sagte", "erklärte", "laut", "Bundesbehörden", "verklagt",
          "Unternehmen", "Öffentlichkeit", "übel", "Dr.", "z. B.", "Nr.", "St.", "bzw.", "ca.", "Mio.", "Mrd.")
ENGLISH = ("the", "and", "lawsuit", "said", "according", "to", "women", "girls", "company", "Inc.", "U.S.",
           "Mr.", "Ms.", "Jane", "Doe", "McAdams", "Reuters", "spokeswoman", "alleged", "would", "not", "comment")
NUMBERS = ("5", "50", "1.000", "291.000", "3,5", "1,000", "2.5", "12.", "3.", "10:30", "2013/14", "100 %",
           "5 Prozent", "7 percent", "mehr als 291.000 US-Dollar", "$5 million", "5 Millionen Euro", "€ 3",
           "drei", "fünfzig", "fifty", "one in five", "0", "-1", "1e9", "99999999999999999999")
DATES = ("27. März 2019", "am 3. März", "im April 2018", "2013", "2017", "March 27, 2019", "April 2018",
         "2019-03-27", "27.03.2019", "am Montag", "on Wednesday", "Anfang 2019", "Ende der 1990er", "in early 2020",
         "im Frühjahr 2016", "last year", "vergangene Woche", "Q3 2019", "1. Januar 2000", "31. Februar 2019")
PUNCTUATION = (".", ",", "!", "?", ":", ";", " –", " -", "…", "...", "(", ")", "/", "&", "%", "§", "'s")
QUOTES = ("„", "“", "”", '"', "'", "»", "«", "‚", "‘", "’")
# Typed into a seed, none of these may become markup or a citation (a marker that the hook resolved
# would fail the check below, because seed-0 … seed-2 have no p99 and "nowhere" is no key).
MARKUP = ("<b>", "</div>", "<!--", "-->", "[@seed-0:p99-s1]", "[@nowhere:p1-s1]", '[@seed-0 "words"]', "[^1]",
          "`", "*", "_", "# ", "{{", "}}", "{%", "&amp;", "|", "[x](javascript:alert(1))", "\\")
FURNITURE = ("By Kate Ryan", "Von Kate Ryan", "3 Min Read", "Lesezeit: 4 Minuten", "March 27, 2019",
             "NEW YORK (Thomson Reuters Foundation) –", "BERLIN (dpa) -", "Berichterstattung von Kate Ryan; "
             "Bearbeitung von Ellen Wulfhorst.", "Our Standards: The Thomson Reuters Trust Principles.")

token = st.one_of(st.sampled_from(GERMAN), st.sampled_from(ENGLISH), st.sampled_from(NUMBERS),
                  st.sampled_from(DATES), st.sampled_from(PUNCTUATION), st.sampled_from(QUOTES),
                  st.sampled_from(MARKUP),
                  st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßABCÄÖÜ", min_size=1, max_size=8))
separator = st.sampled_from((" ", " ", " ", "", "  ", "\t", " \u00a0"))


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(token, min_size=1, max_size=14))
    text = words[0]
    for word in words[1:]:
        text += draw(separator) + word
    return text + draw(st.sampled_from((".", ".", "!", "?", "", ":", "“", ".“", "…", " ")))


@st.composite
def seed_texts(draw) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 9)) == 0:
            paragraphs.append(draw(st.sampled_from(FURNITURE)))
        else:
            paragraphs.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=4))))
    text = ""
    for paragraph in paragraphs:
        text += paragraph + draw(st.sampled_from(("\n", "\n", "\n\n", "\r\n", " \n", "\n \n")))
    return text


languages = st.sampled_from((None, "de", "en"))


def write(directory: Path, key: str, text: str, language: str | None, published: str | None = None) -> Path:
    path = directory / f"{key}.txt"
    path.write_text(text, encoding="utf-8")
    fields = [f"language: {language}"] if language else []
    if published:
        fields.append(f"published: {published}")
    if fields:
        path.with_suffix(".yml").write_text("\n".join(fields) + "\n", encoding="utf-8")
    return path


def segmented(text: str, language: str | None) -> Document:
    with tempfile.TemporaryDirectory() as directory:
        return segment(read_seed(write(Path(directory), "seed", text, language)))


def check_citation(document: Document, cite: Citation) -> None:
    assert cite.key == document.key
    assert 0 <= cite.start <= cite.end <= len(document.text)
    assert cite.text == document.text[cite.start:cite.end]
    sentence = document.sentence(cite.anchor)
    assert sentence is not None, cite.anchor
    assert sentence.start <= cite.start and cite.end <= sentence.end


@given(text=seed_texts(), language=languages)
@example(text="..", language=None)  # an empty title, found by chance before the profiles existed
def test_segment_offsets_and_anchors(text: str, language: str | None) -> None:
    document = segmented(text, language)
    assert document.language in ("de", "en")
    anchors = [s.anchor for s in document.all_sentences()]
    assert len(anchors) == len(set(anchors))
    assert [p.number for p in document.paragraphs] == list(range(1, len(document.paragraphs) + 1))
    previous_end = 0
    for paragraph in document.paragraphs:
        assert paragraph.text == document.text[paragraph.start:paragraph.end]
        assert paragraph.text.strip() == paragraph.text and paragraph.text
        assert paragraph.start >= previous_end
        previous_end = paragraph.end
        position = paragraph.dateline.end if paragraph.dateline else paragraph.start
        for index, sentence in enumerate(paragraph.sentences, start=1):
            assert sentence.anchor == f"p{paragraph.number}-s{index}"
            assert sentence.text == document.text[sentence.start:sentence.end]
            assert sentence.text.strip() == sentence.text and sentence.text
            assert position <= sentence.start < sentence.end <= paragraph.end
            assert not document.text[position:sentence.start].strip(), "text between sentences is lost"
            assert document.sentence(sentence.anchor) is sentence
            assert document.sentence_at(sentence.start) is sentence
            position = sentence.end
        assert not document.text[position:paragraph.end].strip(), "text after the last sentence is lost"
    assert document.title and "\n" not in document.title


@given(text=seed_texts(), language=languages)
def test_extraction_cites_exact_text(text: str, language: str | None) -> None:
    document = segmented(text, language)
    facts = extract(document)
    assert isinstance(facts, Facts)
    for event in facts.timeline:
        check_citation(document, event.cite)
        assert 0 <= event.when_start < event.when_end <= len(document.text)
        assert event.date is None or event.date[:4].isdigit()
    for figure in facts.figures:
        check_citation(document, figure.cite)
        assert figure.text == document.text[figure.text_start:figure.text_end]
    for source in facts.sources:
        for quote in source.quotes:
            check_citation(document, quote.cite)
            assert quote.text == document.text[quote.start:quote.end]
        for statement in source.statements:
            check_citation(document, statement)
    facts.to_json()  # serialisable, as extract.py prints it


@given(texts=st.lists(st.tuples(seed_texts(), languages), min_size=1, max_size=3),
       published=st.sampled_from((None, "2019", "2019-03", "2019-03-27")))
def test_generate_is_deterministic_and_every_marker_resolves(texts, published) -> None:
    with tempfile.TemporaryDirectory() as directory:
        seeds = Path(directory)
        for number, (text, language) in enumerate(texts):
            write(seeds, f"seed-{number}", text, language, published)
        first = generate(seeds)
        second = generate(seeds)
    assert first.files.keys() == second.files.keys()
    for path in first.files:
        assert first.files[path] == second.files[path], f"{path} differs between two runs"
    documents, language = loads_index(first.files[INDEX_PATH].decode())  # what the hook resolves against
    assert sorted(documents) == [f"seed-{n}" for n in range(len(texts))]
    for path, data in first.files.items():
        if not path.endswith(".md"):
            continue
        markdown, _ = get_data(data.decode())  # the hook sees the page without its front matter, as here
        result = cite_page(markdown, path, documents, language)
        assert result.errors == [], f"{path}: {[str(e) for e in result.errors]}"
        markers = {m.group() for m in CITATION_RE.finditer(markdown)}
        assert len(result.citations) == len({(c.key, c.anchor, c.quote) for c in result.citations})
        assert not CITATION_RE.search(result.markdown), f"{path}: a marker was left unresolved"
        if markers:
            assert result.citations
