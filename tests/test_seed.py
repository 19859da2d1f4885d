"""Reading seeds: encodings, line endings, NFC, and the sidecar metadata with its error messages.

Every error test checks the whole user-facing shape, ``path:line: message`` and a ``hint:`` line,
because that string is all a newsroom user sees.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

import pytest

from dossier.errors import DossierError, MetadataError, SeedError
from dossier.seed import (
    KEY_PATTERN,
    Seed,
    SeedMetadata,
    decode_seed,
    find_orphan_sidecars,
    find_seeds,
    normalise_text,
    parse_metadata,
    read_metadata,
    read_seed,
    sidecar_path,
)

GERMAN = "Die Größe der Straße überraschte Jürgen.\n„Äußerst schön“, sagte er.\n"


def write_seed(directory: Path, name: str, data: bytes | str, sidecar: str | bytes | None = None) -> Path:
    path = directory / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if sidecar is not None:
        yml = path.with_suffix(".yml")
        yml.write_bytes(sidecar.encode("utf-8") if isinstance(sidecar, str) else sidecar)
    return path


def meta(text: str, default_key: str = "stem") -> SeedMetadata:
    return parse_metadata(text, path="seeds/stem.yml", default_key=default_key)


def meta_error(text: str) -> MetadataError:
    with pytest.raises(MetadataError) as info:
        meta(text)
    return info.value


# --- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    GERMAN.encode("utf-8"),
    codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
    codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"),
    GERMAN.encode("utf-16"),  # Python writes the platform BOM itself
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native"])
def test_supported_encodings_give_the_same_text(tmp_path: Path, data: bytes) -> None:
    seed = read_seed(write_seed(tmp_path, "artikel.txt", data))
    assert seed.text == GERMAN
    assert "\ufeff" not in seed.text


def test_utf16_without_bom_is_refused_not_guessed(tmp_path: Path) -> None:
    # Without a BOM, UTF-16 is a stream of NULs and letters: refused as binary, never guessed.
    path = write_seed(tmp_path, "artikel.txt", "Ein Satz.\n".encode("utf-16-le"))
    with pytest.raises(SeedError) as info:
        read_seed(path)
    assert "NUL" in info.value.message
    assert info.value.path.endswith("artikel.txt") and info.value.line == 1


def test_broken_utf16_after_bom_is_an_error(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Satz".encode("utf-16-le") + b"\x00\xd8"  # lone high surrogate
    with pytest.raises(SeedError) as info:
        read_seed(write_seed(tmp_path, "kaputt.txt", data))
    assert "UTF-16" in str(info.value)
    assert "hint: save the file as UTF-8" in str(info.value)


@pytest.mark.parametrize("encoding,bad_byte", [("latin-1", 0xF6), ("cp1252", 0xF6)])
def test_latin1_and_windows_1252_are_refused_with_line(tmp_path: Path, encoding: str, bad_byte: int) -> None:
    text = "Erste Zeile ist ASCII.\nZweite auch.\nDie Größe der Straße.\n"
    path = write_seed(tmp_path, "alt.txt", text.encode(encoding))
    with pytest.raises(SeedError) as info:
        read_seed(path)
    error = info.value
    assert error.line == 3
    assert f"0x{bad_byte:02x}" in error.message
    first_line, hint_line = str(error).split("\n")
    assert first_line == f"{error.path}:3: byte 0x{bad_byte:02x} is not UTF-8 text"
    assert hint_line.startswith("  hint: save the file as UTF-8")
    assert error.exit_code == 2


def test_line_of_a_bad_byte_counts_cr_only_line_endings(tmp_path: Path) -> None:
    data = b"eins\rzwei\r\ndrei\rvier \xe4\n"
    with pytest.raises(SeedError) as info:
        read_seed(write_seed(tmp_path, "cr.txt", data))
    assert info.value.line == 4


@pytest.mark.parametrize("data,line,name", [
    (b"Ein Satz.\nZwei\x00drei.\n", 2, "NUL"),
    (b"Ein Satz.\r\nNoch einer.\r\n\x1b[31mrot\n", 3, "U+001B"),
    (b"\x7fELF\x02\x01\x01\x00", 1, "U+007F"),
])
def test_control_characters_mean_binary(tmp_path: Path, data: bytes, line: int, name: str) -> None:
    with pytest.raises(SeedError) as info:
        read_seed(write_seed(tmp_path, "bin.txt", data))
    assert info.value.line == line
    assert name in info.value.message
    assert str(info.value).startswith(f"{info.value.path}:{line}: ")
    assert "\n  hint: " in str(info.value)


@pytest.mark.parametrize("character", ["\u0084", "\u0086", "\u0093", "\u009f", "\u0080"])
def test_c1_control_characters_are_refused_with_their_line(tmp_path: Path, character: str) -> None:
    """U+0080-U+009F are Windows-1252 bytes read as Latin-1: invisible, and refused by YAML front matter."""
    with pytest.raises(SeedError) as info:
        read_seed(write_seed(tmp_path, "c1.txt", f"Erste Zeile.\nZweite{character}Zeile.\n"))
    assert info.value.line == 2
    assert f"U+{ord(character):04X}" in info.value.message
    assert "hint: the text was probably converted from Windows-1252" in str(info.value)


def test_nel_stays_text() -> None:
    assert decode_seed("NEL\u0085im Satz.\n".encode(), "x.txt") == "NEL\u0085im Satz.\n"


def test_tabs_are_text() -> None:
    assert decode_seed(b"a\tb.\n", "x.txt") == "a\tb.\n"


# --- line endings and NFC ------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"Eins.\nZwei.\nDrei.\n",
    b"Eins.\r\nZwei.\r\nDrei.\r\n",
    b"Eins.\rZwei.\rDrei.\r",
    b"Eins.\r\nZwei.\rDrei.\n",
], ids=["lf", "crlf", "cr", "mixed"])
def test_line_endings_become_lf(tmp_path: Path, data: bytes) -> None:
    assert read_seed(write_seed(tmp_path, "zeilen.txt", data)).text == "Eins.\nZwei.\nDrei.\n"


def test_crlf_is_one_line_break_not_two() -> None:
    assert normalise_text("a\r\n\r\nb") == "a\n\nb"


def test_decomposed_umlauts_are_composed_and_offsets_follow(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Müller sagte: „Größe zählt.“\n")
    assert len(decomposed) > len(unicodedata.normalize("NFC", decomposed))
    seed = read_seed(write_seed(tmp_path, "nfd.txt", decomposed))
    assert seed.text == "Müller sagte: „Größe zählt.“\n"
    assert unicodedata.is_normalized("NFC", seed.text)
    start = seed.text.index("Größe")
    assert seed.text[start:start + 5] == "Größe"  # offsets are offsets into the composed text
    from dossier.segment import segment

    document = segment(seed)
    for sentence in document.all_sentences():
        assert document.text[sentence.start:sentence.end] == sentence.text
    assert any("Größe" in s.text for s in document.all_sentences())


def test_nfc_leaves_already_composed_text_alone() -> None:
    assert normalise_text(GERMAN) == GERMAN


def test_empty_and_whitespace_only_seeds_are_errors(tmp_path: Path) -> None:
    for name, data in (("leer.txt", b""), ("raum.txt", b" \n\t\r\n  \n"), ("bom.txt", codecs.BOM_UTF8)):
        with pytest.raises(SeedError) as info:
            read_seed(write_seed(tmp_path, name, data))
        assert info.value.message == "the file is empty"
        assert name in str(info.value)
        assert "hint:" in str(info.value)


# --- keys and file names -------------------------------------------------------------------------

def test_key_defaults_to_the_file_stem(tmp_path: Path) -> None:
    seed = read_seed(write_seed(tmp_path, "2019-03_salesforce.txt", "Ein Satz.\n"))
    assert isinstance(seed, Seed)
    assert seed.key == "2019-03_salesforce" == seed.metadata.key
    assert seed.metadata.title is None and seed.metadata.language is None


def test_key_from_the_sidecar_wins(tmp_path: Path) -> None:
    seed = read_seed(write_seed(tmp_path, "lang-und-unhandlich.txt", "Ein Satz.\n", "key: kurz\n"))
    assert seed.key == "kurz"


@pytest.mark.parametrize("name", ["mit leerzeichen.txt", "punkt.im.namen.txt", ".versteckt.txt", "-minus.txt",
                                  "ümlaut.txt", "x" * 101 + ".txt"])
def test_file_names_that_cannot_be_keys_are_refused(tmp_path: Path, name: str) -> None:
    path = write_seed(tmp_path, name, "Ein Satz.\n")
    assert not KEY_PATTERN.match(path.stem)
    with pytest.raises(SeedError) as info:
        read_seed(path)
    assert repr(path.name) in str(info.value)
    assert str(info.value).startswith(f"{info.value.path}: ")
    assert "hint: use letters, digits" in str(info.value)


def test_find_seeds_is_sorted_and_only_takes_txt_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.yml", "notes.md", "d.txt.bak", "E.TXT"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    assert [p.name for p in find_seeds(tmp_path)] == ["E.TXT", "a.txt", "b.txt"]
    assert find_seeds(tmp_path / "missing") == []


# --- sidecar metadata ---------------------------------------------------------------------------

FULL = """\
title: "Klage gegen Salesforce"
published: 2019-03-27
outlet: Thomson Reuters Foundation
url: https://example.org/a?b=1
language: DE
key: salesforce-2019
byline: [Kate Ryan, "Ellen Wulfhorst"]
overrides:
  - drop: p3-s1
"""


def test_all_fields() -> None:
    m = meta(FULL)
    assert m.title == "Klage gegen Salesforce"
    assert m.published == "2019-03-27"
    assert m.outlet == "Thomson Reuters Foundation"
    assert m.url == "https://example.org/a?b=1"
    assert m.language == "de"
    assert m.key == "salesforce-2019"
    assert m.byline == ("Kate Ryan", "Ellen Wulfhorst")
    assert m.overrides == ({"drop": "p3-s1"},)
    assert m.path == "seeds/stem.yml"
    assert m.lines["byline"] == 7 and m.lines["title"] == 1


def test_empty_sidecar_means_detect_everything() -> None:
    assert meta("") == SeedMetadata(key="stem", path="seeds/stem.yml")
    assert meta("# nur ein Kommentar\n").key == "stem"


def test_single_byline_and_nfc_in_fields() -> None:
    m = meta(f"byline: {unicodedata.normalize('NFD', 'Jürgen Müller')}\n"
             f"title: {unicodedata.normalize('NFD', 'Größe')}\n")
    assert m.byline == ("Jürgen Müller",)
    assert m.title == "Größe"


@pytest.mark.parametrize("value,expected", [
    ("2019", "2019"), ("2019-03", "2019-03"), ("2019-03-27", "2019-03-27"), ('"2019-03-27"', "2019-03-27"),
    ("2019-03-27 10:15:00", "2019-03-27"), ("2019-03-27T10:15:00Z", "2019-03-27"),
])
def test_published_precision(value: str, expected: str) -> None:
    assert meta(f"published: {value}\n").published == expected


@pytest.mark.parametrize("value", ["27.03.2019", "gestern", "2019-13", "2019-02-30", '"2019-02-30"',
                                   "2019-13-01", "2019-02-30 10:00:00", "[2019]", "true", '"0000-01"',
                                   "0000-01-01", '"٢٠١٩"', "9999-12-31", "0999", ".inf", "1e400"])
def test_bad_date_names_the_line(value: str) -> None:
    error = meta_error(f"title: Ein Titel\npublished: {value}\n")
    assert error.line == 2
    assert "not a date" in error.message or "not a plausible date" in error.message or "'published'" in error.message
    assert str(error).startswith("seeds/stem.yml:2: ")
    assert "hint: write it as YYYY-MM-DD" in str(error)


def test_unknown_field_suggests_the_closest() -> None:
    error = meta_error("title: x\n\ntitel: y\n")
    assert error.message == "unknown field 'titel'"
    assert error.line == 3
    assert str(error) == "seeds/stem.yml:3: unknown field 'titel'\n  hint: did you mean 'title'?"


def test_unknown_field_without_a_close_match_lists_the_fields() -> None:
    error = meta_error("zzzz: 1\n")
    assert "known fields: title, published" in error.hint


@pytest.mark.parametrize("text,line,first", [
    ("title: a\noutlet: b\ntitle: c\n", 3, 1),
    ("title: a\n\n\n\nlanguage: de\nlanguage: en\n", 6, 5),
])
def test_duplicate_keys_name_both_lines(text: str, line: int, first: int) -> None:
    error = meta_error(text)
    assert error.line == line
    assert f"(first on line {first})" in error.message
    assert "duplicate key" in error.message
    assert str(error).startswith(f"seeds/stem.yml:{line}: duplicate key")


def test_duplicate_keys_inside_an_override_are_found_too() -> None:
    error = meta_error("overrides:\n  - drop: p1-s1\n    drop: p2-s1\n")
    assert error.line == 3


@pytest.mark.parametrize("value", ["fr", "deutsch", "de-DE", "1"])
def test_bad_language(value: str) -> None:
    error = meta_error(f"language: {value}\n")
    assert error.line == 1
    assert "is not supported" in error.message
    assert "hint: use 'de' or 'en'" in str(error)


@pytest.mark.parametrize("text,line,fragment", [
    ("key: ../../etc/passwd\n", 1, "cannot be used"),
    ("key: 'mit leerzeichen'\n", 1, "cannot be used"),
    ("key: true\n", 1, "must be text"),
    ("url: javascript:alert(1)\n", 1, "not a web address"),
    ("url: 'https://example.org/\"><script>'\n", 1, "not a web address"),
    ("title: [a, b]\n", 1, "must be text"),
    ("title: \"zwei\\nzeilen\"\n", 1, "single line"),
    ("outlet: {a: 1}\n", 1, "must be text"),
    ("byline: [Kate, 3]\n", 1, "'byline'"),
    ("byline: ['  ']\n", 1, "'byline'"),
    ("overrides: drop p3\n", 1, "'overrides'"),
    ("overrides: [1, 2]\n", 1, "'overrides'"),
    ("- title: x\n", 1, "must be a mapping"),
    ("nur text\n", 1, "must be a mapping"),
    ("title: [unclosed\n", 2, "invalid YAML"),
    ("title: a\n  b: c\n", 2, "invalid YAML"),
    ("title: !!python/object/apply:os.system ['touch /tmp/x']\n", 1, "YAML tag"),
    ("title: !!python/name:os.system\n", 1, "YAML tag"),
    ("title: !!binary aGFsbG8=\n", 1, "YAML tag"),
    ("title: &t x\nouttlet: *t\n", 1, "aliases"),
    ("? [a, b]\n: c\n", 1, "field name"),
    ("title: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested"),
    ("title: x\n\x00\n", 2, "U+0000"),
    ("---\ntitle: a\n---\ntitle: b\n", 3, "invalid YAML"),
    # Numbers Python will not read (over 4,300 digits) or that no figure has, also in hexadecimal.
    ("title: x\ntitle2: " + "9" * 5000 + "\n", 2, "a number of 5,000 digits is too long"),
    ("overrides:\n  - add: figures\n    value: " + "1" * 31 + "\n", 3, "31 digits"),
    ("title: 0x" + "f" * 5000 + "\n", 1, "digits is too long"),
    # Characters: control characters (through YAML escapes), line breaks, empty or endless fields.
    ('title: "Titel\\x86"\n', 1, "control character U+0086"),
    ('outlet: "Medium\\x1b[31m"\n', 1, "control character U+001B"),
    ('title: "eins\\u2028zwei"\n', 1, "single line"),
    ('title: "eins\\Nzwei"\n', 1, "single line"),
    ('title: "eins\\rzwei"\n', 1, "single line"),
    ("title: " + "x" * 501 + "\n", 1, "501 characters long"),
    ('byline: ["Kate Ryan\\n- Liste"]\n', 1, "single line"),
    ('byline: [Kate Ryan, "Ellen\\x85Wulfhorst"]\n', 1, "single line"),
    ('byline: ["Kate\\u0007"]\n', 1, "U+0007"),
    ("url: https://example.org/" + "a" * 2000 + "\n", 1, "characters long"),
])
def test_invalid_metadata_is_a_metadata_error_with_line(text: str, line: int, fragment: str) -> None:
    error = meta_error(text)
    assert fragment in error.message, error.message
    assert error.line == line, str(error)
    assert error.path == "seeds/stem.yml"
    assert str(error).startswith(f"seeds/stem.yml:{line}: ")
    assert error.exit_code == 2


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    lines.append("title: *a11")
    error = meta_error("\n".join(lines) + "\n")
    assert "aliases" in error.message and error.line == 1


def test_read_metadata_missing_file_and_unreadable_file(tmp_path: Path) -> None:
    assert read_metadata(tmp_path / "none.yml", default_key="none") == SeedMetadata(key="none")
    (tmp_path / "dir.yml").mkdir()
    with pytest.raises(MetadataError) as info:
        read_metadata(tmp_path / "dir.yml", default_key="dir")
    assert "not a regular file" in info.value.message and "dir.yml" in str(info.value)


def test_links_out_of_the_seeds_folder_are_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Geheime Zugangsdaten.\n", encoding="utf-8")
    (seeds / "leak.txt").symlink_to(secret)
    with pytest.raises(SeedError) as info:
        read_seed(seeds / "leak.txt")
    assert "outside seeds/" in info.value.message and "leak.txt" in str(info.value)
    # A link inside the folder is fine: it cannot publish anything that is not already a seed.
    (seeds / "original.txt").write_text("Ein Satz.\n", encoding="utf-8")
    (seeds / "alias.txt").symlink_to(seeds / "original.txt")
    assert read_seed(seeds / "alias.txt").text == "Ein Satz.\n"


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_sidecar_that_would_hang_is_refused(tmp_path: Path, target: str) -> None:
    write_seed(tmp_path, "haengt.txt", "Ein Satz.\n")
    if target == "fifo":
        os.mkfifo(tmp_path / "haengt.yml")
    else:
        (tmp_path / "haengt.yml").symlink_to(target)
    with pytest.raises(MetadataError) as info:
        read_seed(tmp_path / "haengt.txt")
    assert "haengt.yml" in str(info.value)


def test_dangling_sidecar_link_is_an_error(tmp_path: Path) -> None:
    write_seed(tmp_path, "weg.txt", "Ein Satz.\n")
    (tmp_path / "weg.yml").symlink_to(tmp_path / "gibt-es-nicht.yml")
    with pytest.raises(MetadataError) as info:
        read_seed(tmp_path / "weg.txt")
    assert "cannot read" in info.value.message


def test_sidecar_in_latin1_is_refused_with_line(tmp_path: Path) -> None:
    path = tmp_path / "alt.yml"
    path.write_bytes("title: ok\noutlet: Süddeutsche\n".encode("latin-1"))
    with pytest.raises(MetadataError) as info:
        read_metadata(path, default_key="alt")
    assert info.value.line == 2
    assert "not UTF-8" in info.value.message


def test_sidecar_with_utf8_bom_is_fine(tmp_path: Path) -> None:
    path = write_seed(tmp_path, "bom.txt", "Ein Satz.\n", codecs.BOM_UTF8 + b"title: Mit BOM\n")
    assert read_seed(path).metadata.title == "Mit BOM"


def test_errors_carry_path_relative_to_the_working_directory(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "seeds").mkdir()
    write_seed(tmp_path / "seeds", "a.txt", "Ein Satz.\n", "language: xx\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(MetadataError) as info:
        read_seed(Path("seeds/a.txt"))
    assert str(info.value) == "seeds/a.yml:1: language 'xx' is not supported\n  hint: use 'de' or 'en'"


def test_error_str_shape() -> None:
    assert str(DossierError("m", path="p", line=3, hint="h")) == "p:3: m\n  hint: h"
    assert str(DossierError("m", path="p")) == "p: m"
    assert str(DossierError("m")) == "m"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_seed(tmp_path: Path) -> None:
    path = write_seed(tmp_path, "geheim.txt", "Ein Satz.\n")
    path.chmod(0)
    with pytest.raises(SeedError) as info:
        read_seed(path)
    assert "cannot read" in info.value.message


# --- sidecar file names --------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".yml", ".yaml", ".YML", ".YAML", ".Yml", ".Yaml"])
def test_sidecars_under_every_usual_suffix_are_read(tmp_path: Path, suffix: str) -> None:
    seed = write_seed(tmp_path, "artikel.txt", "Ein Satz.\n")
    (tmp_path / f"artikel{suffix}").write_text("title: Aus dem Sidecar\n", encoding="utf-8")
    assert sidecar_path(seed) == tmp_path / f"artikel{suffix}"
    assert read_seed(seed).metadata.title == "Aus dem Sidecar"
    assert find_orphan_sidecars(tmp_path, [seed]) == []


def test_a_seed_without_sidecar_points_at_its_yml(tmp_path: Path) -> None:
    seed = write_seed(tmp_path, "artikel.txt", "Ein Satz.\n")
    assert sidecar_path(seed) == tmp_path / "artikel.yml"
    assert read_seed(seed).metadata == SeedMetadata(key="artikel")


def test_two_sidecars_for_one_seed_are_refused(tmp_path: Path) -> None:
    seed = write_seed(tmp_path, "artikel.txt", "Ein Satz.\n", "title: Eins\n")
    (tmp_path / "artikel.YAML").write_text("title: Zwei\n", encoding="utf-8")
    with pytest.raises(MetadataError) as info:
        read_seed(seed)
    assert "artikel.YAML" in info.value.message and "artikel.yml" in info.value.message
    assert "hint: merge them into one file named artikel.yml" in str(info.value)


def test_an_unusual_spelling_beside_its_seed_is_refused_not_ignored(tmp_path: Path) -> None:
    seed = write_seed(tmp_path, "artikel.txt", "Ein Satz.\n")
    (tmp_path / "artikel.yAmL").write_text("overrides: []\n", encoding="utf-8")
    with pytest.raises(MetadataError) as info:
        find_orphan_sidecars(tmp_path, [seed])
    assert "artikel.yAmL" in str(info.value) and "hint: rename it to artikel.yml" in str(info.value)


def test_a_yaml_sidecar_without_its_seed_is_an_orphan(tmp_path: Path) -> None:
    seed = write_seed(tmp_path, "artikel.txt", "Ein Satz.\n")
    (tmp_path / "artikle.yaml").write_text("title: x\n", encoding="utf-8")
    assert find_orphan_sidecars(tmp_path, [seed]) == [tmp_path / "artikle.yaml"]


def test_an_edited_yaml_sidecar_is_never_served_from_the_cache(tmp_path: Path) -> None:
    """convert's cache key includes the sidecar it reads, whatever its suffix."""
    from dossier.convert import convert

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    write_seed(seeds, "artikel.txt", "Ein Satz steht hier.\n")
    (seeds / "artikel.yaml").write_text("title: Erster Titel\n", encoding="utf-8")
    convert(seeds, docs)
    (seeds / "artikel.yaml").write_text("title: Zweiter Titel\n", encoding="utf-8")
    report = convert(seeds, docs)
    assert report.generated.dossier.documents[0].title == "Zweiter Titel"
    assert "Zweiter Titel" in (docs / "articles" / "artikel.md").read_text(encoding="utf-8")
