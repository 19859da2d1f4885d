"""Rendering facts to pages: language, precision, escaping, merging, splitting and exports."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from dossier.exports import render_exports
from dossier.extract import extract
from dossier.model import Citation, Event, Facts, Quote, Source
from dossier.pages import (
    PART_BUDGET,
    Dossier,
    is_part_page,
    navigation,
    render_article,
    render_pages,
)
from dossier.seed import read_seed
from dossier.segment import segment

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"


@pytest.fixture(scope="module")
def sample_facts() -> Facts:
    return extract(segment(read_seed(ROOT / "seeds" / f"{KEY}.txt")))


@pytest.fixture(scope="module")
def english_facts() -> Facts:
    return extract(segment(read_seed(ROOT / "tests" / "texts" / "harbour_bridge.txt")))


def test_timeline_in_german_orders_by_date_and_keeps_undated_apart(sample_facts):
    page = render_pages(Dossier((sample_facts,), "de"))["timeline.md"]
    years = [line for line in page.splitlines() if line.startswith("## ")]
    assert years == ["## 2013", "## 2017", "## 2018", "## Ohne Datum"]
    assert '<time datetime="2018-04">April 2018</time>' in page
    assert '<span class="dossier-undated">Montag, Datum nicht angegeben</span>' in page
    assert "laut Klage" in page
    assert page.count(f"[@{KEY}:p") == len(sample_facts.timeline)


def test_labels_dates_and_numbers_follow_the_site_language(sample_facts):
    german = render_pages(Dossier((sample_facts,), "de"))
    english = render_pages(Dossier((sample_facts,), "en"))
    assert "# Chronologie" in german["timeline.md"] and "# Timeline" in english["timeline.md"]
    assert "291.000\u00a0US-Dollar" in german["figures.md"] and "291,000\u00a0US dollars" in english["figures.md"]
    # a card shows the figure as its article writes it; in another language, in the site's words
    assert "80\u00a0Prozent" in german["figures.md"] and "80%" in english["figures.md"]
    assert '<span class="dossier-figure-qualifier">mehr als</span>' in german["figures.md"]
    assert '<span class="dossier-figure-qualifier">more than</span>' in english["figures.md"]
    assert "Monday, date not given" in english["timeline.md"]
    # The quoted text keeps the article's language whatever the site's language.
    assert '<q class="dossier-quote" lang="de">' in english["timeline.md"]


def test_precisions_are_shown_as_precisely_as_the_text_gives(sample_facts):
    cite = sample_facts.timeline[0].cite
    shapes = [("2019-03-03", "day", None), ("2019-03", "month", None), ("2020", "year", "early"),
              ("2019", "year", "Q3"), ("2019", "year", "spring"), ("2019-03-04", "week", None)]
    events = tuple(Event(date, precision, "…", cite.start, cite.start + 1, cite, period)
                   for date, precision, period in shapes)
    page = render_pages(Dossier((replace(sample_facts, timeline=events),), "de"))["timeline.md"]
    for shown in ("3. März 2019", "März 2019", "Anfang 2020", "3. Quartal 2019", "Frühjahr 2019",
                  "Woche vom 4. März 2019"):
        assert f">{shown}</time>" in page, shown


def test_ranges_are_shown_as_written(sample_facts):
    figures = render_pages(Dossier((sample_facts,), "de"))["figures.md"]
    assert '<span class="dossier-figure-value">zwischen 12 und Mitte zwanzig</span>' in figures


def test_seed_text_is_escaped_on_every_page(tmp_path):
    seed = tmp_path / "boese.txt"
    seed.write_text("Am 3. März 2019 schrieb jemand <script>alert(1)</script> und [x](javascript:alert(1)) "
                    "sowie [@boese:p1-s1] und {{ 7*7 }}, sagte Anna Schmidt.\n", encoding="utf-8")
    facts = extract(segment(read_seed(seed)))
    pages = render_pages(Dossier((facts,), "de"))
    for path, page in pages.items():
        body = page.split("---\n", 2)[-1]
        assert "<script" not in body, path
        assert "](javascript" not in body, path
        assert "{{" not in body, path
        # Seed text shows its typed marker escaped; a live marker is only one we add after a fact.
        assert "[@boese:p1-s1]" not in body.replace("</q> [@boese:p1-s1]", ""), path
    article = pages["articles/boese.md"]
    assert "&lt;script&gt;" in article and "&#91;&#64;boese&#58;p1-s1&#93;" in article


def test_article_page_marks_furniture_as_metadata(sample_facts):
    page = render_article(sample_facts.document, "de")
    meta, text = page.split('<div class="dossier-text" lang="de">')
    assert "<dt>Autorin/Autor</dt>" in meta and 'title="By Kate Ryan"><span class="dossier-sentence" id="p1-s1">' \
        "Kate Ryan</span>" in meta
    assert '<dt>Lesezeit</dt><dd><span class="dossier-paragraph dossier-reading-time" id="p2" title="3 Min Read">' \
        '<span class="dossier-sentence" id="p2-s1">3 Min.</span>' in meta
    assert "<dt>Ort</dt><dd><span class=\"dossier-dateline\">New York</span></dd>" in meta
    assert "<dt>Veröffentlicht</dt><dd>nicht angegeben</dd>" in meta
    end = text.split("</div>", 1)[1]
    assert "<dt>Mitarbeit</dt>" in end and "Berichterstattung&#58; Kate Ryan; Bearbeitung&#58; Katy Migiro" in end
    assert text.count('class="dossier-sentence"') >= 17


# --- issue 12: metadata in the site's language, headlines, corrections, the front page -------------

def test_english_furniture_reads_in_the_site_language(english_facts):
    german, english = render_article(english_facts.document, "de"), render_article(english_facts.document, "en")
    assert 'id="p2-s1">4 Min.</span>' in german and 'id="p2-s1">4 min read</span>' in english
    assert '<time datetime="2019-03-27">27. März 2019</time>' in german
    assert '<time datetime="2019-03-27">March 27, 2019</time>' in english
    assert '<span class="dossier-dateline">London</span>' in german


def test_the_outlets_notes_are_collapsed_and_keep_their_anchors(sample_facts):
    page = render_article(sample_facts.document, "en")
    details = page.split('<details class="dossier-boilerplate">', 1)[1].split("</details>", 1)[0]
    assert details.startswith("\n<summary>Show the notes from the outlet</summary>\n<div lang=\"de\">")
    assert 'id="p19-s2">Thomson Reuters Foundation, der gemeinnützige Arm' in details
    assert 'id="p19-s3">Besuchen Sie www.trust.org</span>' in details and 'id="p20"' in details
    assert "Reporting&#58; Kate Ryan; Editing&#58; Katy Migiro" in page  # the credits line, in English


def test_a_headline_first_seed_has_its_headline_as_the_anchored_title(make_document):
    document = make_document("Stadtrat beschließt neue Radwege\n"
                             "Der Leipziger Stadtrat hat am Mittwoch, nach langer Debatte, neue Radwege beschlossen.\n"
                             "Sie sollen bis 2026 fertig sein.\n", language="de")
    page = render_article(document, "de")
    assert 'title: "Stadtrat beschließt neue Radwege"' in page
    assert ('# <span class="dossier-paragraph dossier-headline" id="p1"><span class="dossier-sentence" id="p1-s1">'
            'Stadtrat beschließt neue Radwege</span></span> { #dossier-title }') in page
    assert "<dt>Schlagzeile</dt>" not in page and "keine Überschrift" not in page
    html_page = _html(page)
    assert html_page.count('id="p1-s1"') == 1 and '<h1 id="dossier-title">' in html_page


def test_a_lead_title_is_marked_and_never_cut_at_a_comma(make_document):
    document = make_document("Der Leipziger Stadtrat hat am Mittwoch, nach einer langen und zum Teil hitzigen "
                             "Debatte über Kosten und Sicherheit, ein Netz neuer Radwege für die ganze Innenstadt "
                             "beschlossen.\n", language="de")
    assert document.title_detected_from == "lead"
    assert document.title != "Der Leipziger Stadtrat hat am Mittwoch" and document.title.endswith(" …")
    assert not document.title.rstrip(" …").endswith(",")
    page = render_article(document, "de")
    assert '<p class="dossier-hint dossier-title-note">Der Artikel hat keine Überschrift' in page


def test_a_corrected_text_is_marked_and_listed_with_the_original(sample_facts):
    page = render_article(sample_facts.document, "de")
    note = page.split('<aside class="dossier-corrections" role="note">', 1)[1].split("</aside>", 1)[0]
    assert '<li><a href="#p3-s1">Absatz 3</a>&#58; Im Original steht „Backpage für Sex zu verkaufen.com“, ' \
           "korrigiert zu „Backpage.com für Sex zu verkaufen“. (Übersetzungsfehler in der Vorlage)</li>" in note
    assert ('<ins class="dossier-correction" title="Im Original&#58; Backpage für Sex zu verkaufen.com">'
            "Backpage.com für Sex zu verkaufen</ins>") in page
    assert "verkaufen.com" not in page.split('<div class="dossier-text"', 1)[1].replace(
        'title="Im Original&#58; Backpage für Sex zu verkaufen.com"', "")


def test_the_home_page_gives_an_overview_and_the_articles_with_dates(sample_facts, english_facts):
    home = render_pages(Dossier((sample_facts, english_facts), "de"))["index.md"]
    assert home.startswith('---\ntitle: "Überblick"\n')
    assert 'dossier_updated: "2019-03-27"\ndossier_updated_text: "Stand: 27. März 2019"\n' in home
    assert "<dt>Quellartikel</dt><dd>2</dd>" in home and "<dt>Erschienen</dt><dd>27. März 2019</dd>" in home
    assert "<dt>Medien</dt><dd>Reuters, Thomson Reuters Foundation</dd>" in home
    assert "## Worum es geht" not in home and home.count("[@") == home.count("\n<li>")
    assert ('(articles/harbour_bridge.md) — Maria Lopez, Reuters, <time datetime="2019-03-27">27. März 2019</time>'
            in home)
    english = render_pages(Dossier((sample_facts, english_facts), "en"))["index.md"]
    assert 'dossier_updated_text: "Last updated March 27, 2019"' in english and "# Overview" in english


def test_without_any_date_of_publication_there_is_no_last_updated_date(sample_facts):
    home = render_pages(Dossier((sample_facts,), "de"))["index.md"]
    assert "dossier_updated" not in home and "<dt>Erschienen</dt>" not in home
    assert "<dt>Ereignisse</dt><dd>6, 2013 bis 2018</dd>" in home


def test_sources_merge_by_name_and_quotes_keep_their_own_article(sample_facts):
    other_document = replace(sample_facts.document, key="zweiter")
    sentence = other_document.sentence("p18-s1")
    cite = Citation.of_sentence(other_document, sentence)
    other = Facts(document=other_document, published=None, sources=(
        Source("Annie McAdams", "person", "Anwältin", (Quote(sentence.text[1:-2], sentence.start + 1,
                                                              sentence.end - 2, cite),), ()),))
    dossier = Dossier((sample_facts, other), "de")
    merged = {s.name: s for s in dossier.merged_sources}
    mcadams = merged["Annie McAdams"]
    assert {q.cite.key for q in mcadams.quotes} == {KEY, "zweiter"}
    assert mcadams.roles == ["Hauptanwältin", "Anwältin"]
    page = render_pages(dossier)["sources.md"]
    assert page.count("### Annie McAdams") == 1 and "[@zweiter:p18-s1]" in page


def test_sources_page_summarises_named_and_anonymous(sample_facts):
    page = render_pages(Dossier((sample_facts,), "de"))["sources.md"]
    assert "5 Quellen&#58; 3 namentlich genannt, 1 anonym, 1 Gruppe ohne Namen." in page
    assert "## Anonyme Quellen" in page and "### Sprecherin von Salesforce" in page


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def _part_bodies(pages: dict[str, str], folder: str) -> dict[str, str]:
    return {p: t for p, t in pages.items() if p.startswith(folder + "/")}


def test_a_very_long_timeline_is_split_by_year_then_into_parts_named_by_date(sample_facts):
    event = sample_facts.timeline[-1]
    events = tuple(replace(event, date=f"{1900 + i % 120}", when_start=event.when_start + i) for i in range(150)) + \
        tuple(replace(event, date=f"2019-03-{1 + i // 3:02d}", when_start=event.when_start + i) for i in range(60))
    pages = render_pages(Dossier((replace(sample_facts, timeline=events),), "de"))
    parts = _part_bodies(pages, "timeline")
    assert "timeline/1900.md" in parts and "- [1900](timeline/1900.md) (2 Ereignisse)" in pages["timeline.md"]
    of_2019 = sorted(p for p in parts if p.startswith("timeline/2019"))
    # named after their first dates: the event dated only "2019" comes first
    assert len(of_2019) >= 3 and all(re.fullmatch(r"timeline/2019(-03-\d\d)?\.md", p) for p in of_2019)
    assert re.search(r"^- 2019 \(61 Ereignisse\): \[2019 – \d+\. März 2019\]\(timeline/2019.md\) · \[",
                     pages["timeline.md"], re.M)
    assert all(text.count("[@") <= 50 and len(text) < PART_BUDGET for text in parts.values())
    assert sum(text.count("[@") for text in parts.values()) == 210  # every event on exactly one page
    nav = navigation(list(pages), [sample_facts.document], "de")
    assert nav[:4] == ["index.md", "timeline.md", "figures.md", "sources.md"]
    assert not any(is_part_page(p) for p in nav if isinstance(p, str))  # the parts: linked, not listed


def test_one_new_event_rewrites_its_own_part_and_the_index_only(sample_facts):
    """Parts are cut where the events say, not by count: one new event does not shift every later page."""
    event = sample_facts.timeline[-1]
    events = [replace(event, date=f"2019-{1 + i // 30:02d}-{1 + i % 28:02d}", when_start=event.when_start + i)
              for i in range(300)]
    before = render_pages(Dossier((replace(sample_facts, timeline=tuple(events)),), "de"))
    for position in (0, 77, 150, 299):
        added = replace(events[position], when_start=event.when_start + 1000 + position)
        with_one_more = events[:position + 1] + [added] + events[position + 1:]
        after = render_pages(Dossier((replace(sample_facts, timeline=tuple(with_one_more)),), "de"))
        changed = _changed(before, after) - {"timeline.md", "index.md"}
        assert 1 <= len(changed) <= 4, (position, sorted(changed))
        assert len(_part_bodies(before, "timeline")) >= 8


def test_many_figures_and_sources_are_spread_over_parts(sample_facts):
    figures = tuple(replace(g, text_start=g.text_start + i) for i in range(10) for g in sample_facts.figures)
    sources = tuple(replace(s, name=f"{s.name} {i}") for i in range(10) for s in sample_facts.sources)
    pages = render_pages(Dossier((replace(sample_facts, figures=figures, sources=sources),), "de"))
    figure_parts = _part_bodies(pages, "figures")
    assert len(figure_parts) >= 2 and all(p.startswith(f"figures/{KEY}") for p in figure_parts)
    assert sum(t.count('class="dossier-figure-value"') for t in figure_parts.values()) == len(figures)
    assert all(f"]({p})" in pages["figures.md"] for p in figure_parts)
    assert "50 Quellen" in pages["sources.md"]
    source_parts = _part_bodies(pages, "sources")
    assert len(source_parts) >= 2 and all(len(t) < PART_BUDGET for t in source_parts.values())
    for source in sources:
        assert sum(text.count(f"### {source.name}\n") for text in source_parts.values()) == 1
    names = [line[4:] for path in sorted(source_parts, key=pages["sources.md"].index)
             for line in source_parts[path].splitlines() if line.startswith("### ")]
    people = [n for n in names if any(n.startswith(s.name) for s in sample_facts.sources if s.kind == "person")]
    assert people == sorted(people, key=str.casefold)  # alphabetical within a kind


def test_a_new_source_rewrites_one_sources_part(sample_facts):
    sources = tuple(replace(s, name=f"{s.name} {i:03d}") for i in range(60) for s in sample_facts.sources)
    before = render_pages(Dossier((replace(sample_facts, sources=sources),), "de"))
    newcomer = replace(sample_facts.sources[0], name="Nadia Neumann")
    after = render_pages(Dossier((replace(sample_facts, sources=sources + (newcomer,)),), "de"))
    changed = _changed(before, after) - {"sources.md", "index.md"}
    # These sources are heavy (each a sixth of a part), so the cuts after the new one take a few parts
    # to fall where they fell before (a part whose first item changed is a file gone and a file new);
    # light items (events, figures) settle at once (see above). The rest stays as it was.
    parts = _part_bodies(before, "sources")
    assert len(parts) >= 25 and 1 <= len(changed) <= 10, sorted(changed)
    assert sum(1 for path in parts if path not in changed) >= 0.75 * len(parts)


def test_a_source_cited_in_many_articles_continues_over_parts(sample_facts):
    carr = next(s for s in sample_facts.sources if s.name == "Bridget Carr")
    statements = tuple(Citation(f"seed-{i}", "p14-s1", "x" * 200, 0, 200) for i in range(80))
    heavy = replace(carr, statements=statements)
    pages = render_pages(Dossier((replace(sample_facts, sources=(heavy,) + sample_facts.sources[:2]),), "de"))
    source_parts = _part_bodies(pages, "sources")
    assert sum(text.count("### Bridget Carr") for text in source_parts.values()) >= 2
    assert sum(text.count("[@seed-") for text in source_parts.values()) == 80
    assert all(len(text) < PART_BUDGET for text in source_parts.values())


def test_navigation_lists_generated_pages_then_articles_then_hand_written(sample_facts, english_facts):
    dossier = Dossier((sample_facts, english_facts), "de")
    paths = list(render_pages(dossier)) + ["analyse.md", "about/team.md"]
    nav = navigation(paths, dossier.documents, "de")
    assert nav[:4] == ["index.md", "timeline.md", "figures.md", "sources.md"]
    assert nav[4] == {"Artikel": [f"articles/{KEY}.md", "articles/harbour_bridge.md"]}
    assert nav[5:] == ["about/team.md", "analyse.md"]


def test_exports_timelinejs_and_csv(sample_facts, english_facts):
    dossier = Dossier((sample_facts, english_facts), "de")
    exports = render_exports(dossier)
    timeline = json.loads(exports["exports/timeline.json"])
    assert timeline["title"]["text"]["headline"]
    starts = [e["start_date"] for e in timeline["events"]]
    assert {"year": "2018", "month": "4", "display_date": "April 2018"} in starts
    assert all("year" in s for s in starts)  # undated events cannot be placed in TimelineJS
    assert [int(s["year"]) for s in starts] == sorted(int(s["year"]) for s in starts)
    rows = list(csv.DictReader(io.StringIO(exports["exports/figures.csv"])))
    assert {r["seed"] for r in rows} == {KEY, "harbour_bridge"}
    assert any(r["value"] == "291000" and r["unit"] == "USD" for r in rows)
    facts = json.loads(exports["exports/facts.json"])
    assert [f["id"] for f in facts] == sorted([KEY, "harbour_bridge"])


def test_a_sentence_with_its_own_quotation_marks_is_not_quoted_twice(sample_facts):
    page = render_pages(Dossier((sample_facts,), "de"))["timeline.md"]
    assert '<span class="dossier-quote" lang="de">„Salesforce kann nicht leugnen' in page
    assert '<q class="dossier-quote" lang="de">Salesforce unterzeichnete' in page


def test_a_thousand_articles_are_split_into_sections(sample_facts):
    documents = [replace(sample_facts.document, key=f"seed-{i:04d}", title=f"Titel {i:04d}") for i in range(1000)]
    paths = ["index.md"] + [f"articles/seed-{i:04d}.md" for i in range(1000)]
    nav = navigation(paths, documents, "de")
    sections = nav[1]["Artikel"]
    assert len(sections) == 20
    assert sections[0] == {"Artikel 1–50": [f"articles/seed-{i:04d}.md" for i in range(50)]}
    assert all(len(next(iter(s.values()))) == 50 for s in sections)


def test_the_home_page_lists_thirty_articles_and_says_how_many_more(sample_facts):
    facts = tuple(replace(sample_facts, document=replace(sample_facts.document, key=f"seed-{i:03d}"))
                  for i in range(45))
    home = render_pages(Dossier(facts, "de"))["index.md"]
    assert home.count("](articles/seed-") == 30
    assert "… und 15 weitere Artikel, alle in der Navigation unter „Artikel“." in home


# --- seed text never becomes Markdown or HTML, wherever it lands ---------------------------------

# A hard-wrapped seed: each line starts with what Markdown reads as a block of its own.
LINE_STARTS = ("- Liste", "* Liste", "+ Liste", "1999. Liste", "1) Liste", "# Überschrift", "> Zitat",
               "===", "---", "___", "    eingerückter Code", "| Tabelle | Zelle |", "<div>", "[^1]: Fußnote",
               ": Definition", "~~~", "!!! note")
WRAPPED = "Am 3. März 2019 begann es, und\n" + "\n".join(LINE_STARTS) + "\nso endete der Satz."


def _html(markdown_page: str) -> str:
    """A generated page as MkDocs renders it (the project's Markdown extensions), without front matter."""
    import markdown

    body = markdown_page.split("---\n", 2)[2]
    return markdown.markdown(body, extensions=["footnotes", "attr_list", "md_in_html", "toc"])


def _blocks(html_page: str) -> list[str]:
    import re

    return re.findall(r"</?(?:h[1-6]|hr|pre|code|table|blockquote|ul|ol|li|dl|p|q)\b", html_page)


def _hostile_dossier(sample_facts: Facts, text: str) -> Dossier:
    """The sample with ``text`` as title, event title, sentence, figure label, source name and quote."""
    event, figure, source = sample_facts.timeline[0], sample_facts.figures[0], sample_facts.sources[0]
    cite = replace(event.cite, text=text)
    document = replace(sample_facts.document, title=text)
    return Dossier((replace(sample_facts, document=document,
                            timeline=(replace(event, title=text, cite=cite),),
                            figures=(replace(figure, label=text, cite=cite),),
                            sources=(replace(source, name=text, role=text,
                                             quotes=(Quote(text, cite.start, cite.end, cite),),
                                             statements=(cite,)),)),), "de")


def test_line_breaks_in_seed_text_change_no_markup(sample_facts):
    """Every page rendered from wrapped text has the structure of the same text on one line."""
    wrapped = render_pages(_hostile_dossier(sample_facts, WRAPPED))
    flat = render_pages(_hostile_dossier(sample_facts, " ".join(WRAPPED.split("\n"))))
    for path in ("timeline.md", "figures.md", "sources.md", "index.md", f"articles/{KEY}.md"):
        html = _html(wrapped[path])
        assert _blocks(html) == _blocks(_html(flat[path])), path
        assert html.count("<h1") == 1, path
    article = _html(wrapped[f"articles/{KEY}.md"])
    heading = article[article.index("<h1"):article.index("</h1>")]
    assert "so endete der Satz" in heading  # the whole title is the one heading


def test_article_heading_never_takes_a_sentence_anchor(sample_facts):
    """From the title "P2 S1" Markdown's toc would make the id "p2-s1", the anchor footnotes link to."""
    import re

    for title in ("P2 S1", "p2-s1", "P2", "dossier title"):
        page = _html(render_article(replace(sample_facts.document, title=title), "de"))
        assert re.findall(r'id="p2-s1"', page) == ['id="p2-s1"'], title
        assert re.search(rf'<h1 id="dossier-title">{title}', page), title
        assert len(re.findall(r'id="p2"', page)) == 1


def test_front_matter_is_read_back_whatever_the_title_holds(sample_facts):
    """MkDocs drops front matter that YAML refuses (it did for U+0086) and shows it as text."""
    from mkdocs.utils.meta import get_data

    for title in ("Titel\u0086mit C1", "Zeilen\u2028trenner", "NEL\x85drin", "Ende\x7f", '"Zitat": # ---'):
        page = render_article(replace(sample_facts.document, title=title), "de")
        body, meta = get_data(page)
        assert meta.get("title") == title.replace('"', "&quot;"), title
        assert body.startswith("<!-- Generated by Dossier")


def test_csv_cells_never_start_a_formula(sample_facts):
    """OWASP's CSV injection guidance: a leading "'" for =, +, -, @, tab and CR; every cell quoted."""
    texts = ['=HYPERLINK("https://example.org";"klick")', "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
             "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", " =1+1"]
    event, figure, source = sample_facts.timeline[0], sample_facts.figures[0], sample_facts.sources[0]
    events = tuple(replace(event, title=t, when=t, attribution=t, cite=replace(event.cite, text=t)) for t in texts)
    figures = (replace(figure, value=-5, value_to=-2.5, unit=texts[0], label=texts[1], text=texts[2]),)
    sources = tuple(replace(source, name=t, role=t, quotes=(Quote(t, 0, 1, event.cite),)) for t in texts)
    dossier = Dossier((replace(sample_facts, timeline=events, figures=figures, sources=sources),), "de")
    exports = render_exports(dossier)
    for name in ("timeline.csv", "figures.csv", "sources.csv", "quotes.csv"):
        raw = exports[f"exports/{name}"]
        rows = list(csv.reader(io.StringIO(raw)))
        requoted = io.StringIO()
        csv.writer(requoted, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
        assert raw == requoted.getvalue(), name  # every cell in double quotes
        for cell in (c for row in rows[1:] for c in row):
            assert not cell.lstrip().startswith(("=", "+", "@", "\t", "\r")), (name, cell)
            assert not cell.startswith("-") or cell in ("-5", "-2.5"), (name, cell)
    figure_row = next(csv.DictReader(io.StringIO(exports["exports/figures.csv"])))
    assert (figure_row["value"], figure_row["value_to"]) == ("-5", "-2.5")  # numbers stay numbers
    assert figure_row["text"] == "'-2+3+cmd|' /C calc'!A0"
    quotes = list(csv.DictReader(io.StringIO(exports["exports/quotes.csv"])))
    assert quotes[0]["quote"] == "'" + texts[0]  # the text is kept, only marked as text


def test_timelinejs_fields_hold_no_html(sample_facts):
    """TimelineJS puts headline and text into the page as HTML: seed markup is escaped there."""
    markup = '<img src=x onerror=alert(1)> & "zitat"'
    event = sample_facts.timeline[0]
    events = (replace(event, date="2019-03-03", title=markup, cite=replace(event.cite, text=markup)),)
    document = replace(sample_facts.document, title=markup)
    timeline = json.loads(render_exports(Dossier((replace(sample_facts, document=document, timeline=events),),
                                                 "de"))["exports/timeline.json"])
    fields = [timeline["title"]["text"]["headline"], timeline["events"][0]["text"]["headline"],
              timeline["events"][0]["text"]["text"]]
    assert fields == ["&lt;img src=x onerror=alert(1)&gt; &amp; &quot;zitat&quot;"] * 3


def test_without_a_sidecar_date_the_last_updated_date_comes_from_the_text(tmp_path, sample_facts):
    """A seed whose sidecar gives no published: but whose text has a date line: the footer's
    "Stand" is that date, the newest of the dossier, and the same on every convert."""
    (tmp_path / "stand.txt").write_text("Stand: 13.03.2024, 10:32 Uhr\n\nDer Stadtrat hat am Montag den "
                                        "Haushalt beschlossen.\n", encoding="utf-8")
    (tmp_path / "stand.yml").write_text("language: de\n", encoding="utf-8")
    dated = extract(segment(read_seed(tmp_path / "stand.txt")))
    assert dated.document.metadata.published is None
    home = render_pages(Dossier((sample_facts, dated), "de"))["index.md"]
    assert 'dossier_updated: "2024-03-13"\ndossier_updated_text: "Stand: 13. März 2024"\n' in home
    assert home == render_pages(Dossier((sample_facts, dated), "de"))["index.md"]
    english = render_pages(Dossier((sample_facts, dated), "en"))["index.md"]
    assert 'dossier_updated_text: "Last updated March 13, 2024"' in english


def test_a_part_keeps_its_signature_while_its_seeds_do_and_then_reads_the_same(tmp_path):
    """Signatures let a convert keep a part without rendering it: equal signatures, equal pages."""
    from dossier.convert import read_facts
    from dossier.corpus import amend, generate_corpus, write_corpus
    from dossier.pages import figure_pages, source_pages, timeline_pages

    corpus = generate_corpus(24)
    write_corpus(corpus, tmp_path / "seeds")
    cache = tmp_path / "cache"

    def pages() -> dict:
        dossier = Dossier(tuple(read_facts(tmp_path / "seeds", cache_dir=cache, jobs=1)), "de")
        return {**timeline_pages(dossier), **figure_pages(dossier), **source_pages(dossier)}

    before = pages()
    name = sorted(n for n in corpus if n.endswith(".txt"))[7]
    (tmp_path / "seeds" / name).write_text(amend(corpus[name], number=5), encoding="utf-8")
    after = pages()
    parts = [p for p in before if is_part_page(p) and p in after]
    assert len(parts) >= 20 and all(before[p].signature for p in parts)
    kept = [p for p in parts if before[p].signature == after[p].signature]
    assert len(kept) >= 0.9 * len(parts)
    assert all(before[p].text == after[p].text for p in kept)
    changed = [p for p in parts if p not in kept]
    assert changed and any(before[p].text != after[p].text for p in changed)
    # Every quotation and statement of every source is on a sources page: no two parts share a path
    # (many articles have their own "Kritiker" or "ein Sprecher").
    shown = "".join(page.text for path, page in after.items() if path.startswith("sources"))
    dossier = Dossier(tuple(read_facts(tmp_path / "seeds", cache_dir=cache, jobs=1)), "de")
    cited = [q.cite.marker() for s in dossier.merged_sources for q in s.quotes]
    cited += [c.marker() for s in dossier.merged_sources for c in s.statements]
    assert len(cited) > 100 and all(marker in shown for marker in cited)


def test_parts_that_begin_alike_still_get_a_page_each():
    from dossier.pages import part_paths

    parts = [["ein Sprecher"], ["ein Sprecher"], ["Ein Sprecher"], ["ein sprecher"]]
    paths = part_paths("sources", parts, lambda name: "ein-sprecher", lambda name: name)
    assert len({p.casefold() for p in paths}) == 4 and paths[0] == "sources/ein-sprecher.md"
