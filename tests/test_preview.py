"""dossier.preview: what `mkdocs serve` remembers between rebuilds (the server's side is in test_serve)."""

from __future__ import annotations

import threading

import pytest

from dossier import preview


def test_changes_seen_while_the_hook_writes_are_judged_after(tmp_path):
    own, edited = tmp_path / "timeline.md", tmp_path / "analyse.md"
    requested = []
    preview.on_rebuild(lambda: requested.append(True))
    try:
        preview.take_changes()
        preview.begin_writes()
        own.write_text("neu\n", encoding="utf-8")
        edited.write_text("von Hand\n", encoding="utf-8")
        assert preview.defer([str(own)]) and preview.defer([str(edited)])  # the watcher saw both
        finished = threading.Thread(target=preview.end_writes, args=([str(own)],))
        finished.start()
        finished.join(timeout=10)
        assert not finished.is_alive(), "end_writes deadlocked"
        assert not preview.defer([str(own)])  # writing is over
        assert preview.is_own_write(str(own)) and not preview.is_own_write(str(edited))
        assert requested == [True]  # the hand edit still gets its rebuild, the own write none
        assert preview.take_changes() == {str(edited)}
        own.write_text("später von Hand\n", encoding="utf-8")
        assert not preview.is_own_write(str(own))  # changed again since: a real change
    finally:
        preview.on_rebuild(None)


def test_the_banner_escapes_and_lists_the_problems():
    preview.start_build()
    assert preview.with_banner(b"<html><body class='x'><p>Seite</p></body></html>").count(b"dossier-preview") == 0
    preview.report("docs/a.md:3: unknown anchor 'p99-s1' in [@key:p99-s1] <script>")
    page = preview.with_banner(b"<html><body class='x'><p>Seite</p></body></html>").decode()
    assert page.index('id="dossier-preview-problems"') > page.index("<body class='x'>")
    assert "p99-s1" in page and "&lt;script&gt;" in page and "<script>" not in page
    preview.start_build()
    assert "dossier-preview" not in preview.with_banner(b"<body></body>").decode()


def test_quick_title_and_siblings():
    assert preview.quick_title('---\ntitle: "Zahlen 1–25"\n---\n# Anders\n') == '"Zahlen 1–25"'
    assert preview.quick_title("# Meine Analyse\n\nText\n") == "Meine Analyse"
    preview.nav = ["index.md", {"Zahlen": ["figures/1.md", "figures/2.md"]}, "analyse.md"]
    try:
        assert preview.siblings("figures/2.md") == ["figures/1.md", "figures/2.md"]
        assert preview.siblings("analyse.md") is None  # top level: shown on every page
        assert preview.siblings("timeline/2019-03-03.md") == []  # a list's part: in no navigation
    finally:
        preview.nav = []


def test_a_part_the_convert_removed_is_forgotten_after_a_dirty_build():
    # Else the next edit finds a page it knew gone, and rebuilds every page (seen at 100 seeds).
    preview.start_build()
    preview.note_title("index.md", "Überblick")
    preview.note_title("figures/0035_brightline.md", "Zahlen")
    preview.record_pages(full=True)
    preview.start_build()
    preview.note_title("figures/0036_helios.md", "Zahlen")
    preview.record_pages(full=False, removed=("figures/0035_brightline.md",))
    assert preview.known_pages() == {"index.md": "Überblick", "figures/0036_helios.md": "Zahlen"}
    preview.start_build()
    preview.record_pages(full=True)  # as it was: nothing known


def test_only_the_markers_of_changed_sentences_are_stale(make_document):
    text = ("Stadtwerke erhöhen die Preise\n\nDie Stadtwerke Kassel erhöhen den Strompreis zum 1. April. "
            "Das teilte das Unternehmen am Montag mit.\n\nKunden zahlen dann 32 Cent je Kilowattstunde.\n")
    old = make_document(text, stem="stadtwerke")
    edited = make_document(text.replace("32 Cent", "34 Cent"), stem="stadtwerke")
    markers = preview.stale_markers("stadtwerke", old, edited)
    changed = next(s.anchor for s in edited.all_sentences() if "34 Cent" in s.text)
    assert markers == ('[@stadtwerke "', f"[@stadtwerke:{changed}]")  # words may now match elsewhere
    # A second sentence in a paragraph changes how its first is named ("Absatz 3, Satz 1").
    longer = make_document(text.replace("Kilowattstunde.", "Kilowattstunde. Bisher waren es 30 Cent."),
                           stem="stadtwerke")
    assert f"[@stadtwerke:{changed}]" in preview.stale_markers("stadtwerke", old, longer)
    # What every footnote names changed: all of the seed's markers.
    retitled = make_document(text, stem="stadtwerke", title="Strom wird teurer")
    assert preview.stale_markers("stadtwerke", old, retitled) == ("[@stadtwerke",)
    assert preview.stale_markers("stadtwerke", None, old) == ("[@stadtwerke",)


def test_the_installed_theme_is_listed_once_and_the_projects_own_each_time(tmp_path):
    import jinja2

    installed, project = tmp_path / "site-packages" / "theme", tmp_path / "project"
    (installed / ".icons" / "fontawesome").mkdir(parents=True)
    (installed / "main.html").write_text("x", encoding="utf-8")
    (installed / ".icons" / "fontawesome" / "a.svg").write_text("x", encoding="utf-8")
    (project / "overrides" / "partials").mkdir(parents=True)
    (project / "overrides" / "main.html").write_text("x", encoding="utf-8")
    folders = [str(project / "overrides"), str(installed)]
    listing = preview.ThemeListing()
    first = jinja2.FileSystemLoader(folders)
    expected = first.list_templates()
    listing.keep_installed(first, str(project))
    assert first.list_templates() == expected == [".icons/fontawesome/a.svg", "main.html"]
    (project / "overrides" / "partials" / "copyright.html").write_text("x", encoding="utf-8")  # edited
    (installed / "extra.html").write_text("x", encoding="utf-8")  # an upgrade while serving: next start
    again = jinja2.FileSystemLoader(folders)  # each rebuild makes a new environment and loader
    listing.keep_installed(again, str(project))
    assert again.list_templates() == [".icons/fontawesome/a.svg", "main.html", "partials/copyright.html"]


def test_the_warm_up_extracts_a_report_in_each_language_and_compiles_the_speech_patterns():
    from dossier import speakers
    from dossier.extract import warm_up

    speakers._speech_patterns.cache_clear()
    warm_up()  # the preview runs it in the background when it starts
    assert speakers._speech_patterns.cache_info().currsize == 2  # German and English


def test_a_dirty_build_is_planned_unless_the_navigation_changes(tmp_path):
    docs, seeds = tmp_path / "docs", tmp_path / "seeds"
    pages = {"index.md": "# Überblick\n", "analyse.md": "# Analyse\n", "timeline/2019.md": "# Chronologie 2019\n",
             "timeline/2020.md": "# Chronologie 2020\n"}
    for page, text in pages.items():
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text(text, encoding="utf-8")
    seeds.mkdir()
    preview.start_build()
    for page in ("index.md", "analyse.md", "timeline/2019.md"):
        preview.note_title(page, preview.quick_title(pages[page]))
    preview.record_pages(full=True)
    preview.build_finished(ok=True)
    preview.nav = ["index.md", "analyse.md"]  # as the hook's on_files leaves it; parts are in no navigation
    try:
        plan = preview.dirty_build_plan
        index = docs / ".dossier" / "index.json"
        # a part of a list moved: only its list links to it, no navigation changes
        assert plan(set(), ["timeline/2020.md", "index.md"], ["timeline/2019.md"], docs, seeds, index) == set()
        for written, deleted, reason in ((["neu.md"], [], "neu.md is new"),
                                         ([], ["analyse.md"], "analyse.md was removed")):
            (docs / "neu.md").write_text("# Neu\n", encoding="utf-8")
            with pytest.raises(preview.FullBuild, match=reason):
                plan(set(), written, deleted, docs, seeds, index)
        (docs / "analyse.md").write_text("# Eine neue Überschrift\n", encoding="utf-8")
        with pytest.raises(preview.FullBuild, match="the title of analyse.md"):  # every page lists it
            plan(set(), ["analyse.md"], [], docs, seeds, index)
    finally:
        preview.nav = []
        preview.start_build()
        preview.record_pages(full=True)
