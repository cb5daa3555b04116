"""Every bad input named in the loader's issue: each gives its exact position and
message, a diagnostic and never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from contentkit import GROUP, MANDATE, content, lines, only

import councilkit

BAD = "groups/g/mandate.yaml"


def mandate_with(tmp_path: Path, text: str) -> Path:
    return content(tmp_path, groups__g__mandate=text)


def test_yaml_syntax_error_points_at_the_problem_and_explains_french_colons(
    tmp_path: Path,
) -> None:
    text = MANDATE.replace(
        "fr: Le groupe conseille les conseils.", "fr: Mandat : le groupe conseille."
    )
    assert lines(mandate_with(tmp_path, text)) == [
        f"{BAD}:8:16: error: YAML syntax error: mapping values are not allowed here; a text "
        "containing ': ' must be put in quotes, as French text often does "
        '(write  fr: "Mandat : …") [yaml-syntax]'
    ]


def test_tab_indentation_is_explained(tmp_path: Path) -> None:
    text = MANDATE.replace("  - en: The group", "\t- en: The group")
    diagnostic = only(mandate_with(tmp_path, text))
    assert (diagnostic.location.line, diagnostic.location.column) == (7, 1)
    assert "indent with spaces, not tabs" in diagnostic.message


def test_duplicate_key_is_an_error_at_the_second_key(tmp_path: Path) -> None:
    text = MANDATE.replace('version: "1.0"\n', 'version: "1.0"\nversion: "2.0"\n')
    assert lines(mandate_with(tmp_path, text)) == [
        f"{BAD}:4:1: error: duplicate key 'version': it is already set on line 3; "
        "keep only one [duplicate-key]"
    ]


def test_unknown_key_suggests_the_known_one(tmp_path: Path) -> None:
    text = MANDATE.replace("status: approved", "statuss: approved")
    assert lines(mandate_with(tmp_path, text)) == [
        f"{BAD}:1:1: error: missing required field 'status' in mandate; add 'status:' "
        "[missing-field]",
        f"{BAD}:4:1: error: unknown field 'statuss' in mandate; did you mean 'status'? "
        "(the fields allowed here include: status, date, title, duration, edition, history, "
        "layout, purpose and 8 more) [unknown-field]",
    ]


def test_missing_required_field(tmp_path: Path) -> None:
    text = MANDATE.replace("date: 2016-06-15\n", "")
    assert lines(mandate_with(tmp_path, text)) == [
        f"{BAD}:1:1: error: missing required field 'date' in mandate; add 'date:' [missing-field]"
    ]


def test_wrong_type(tmp_path: Path) -> None:
    text = MANDATE.replace("purpose:\n", "purpose: The group advises.\nx:\n")
    found = lines(mandate_with(tmp_path, text))
    assert found[0] == (
        f"{BAD}:6:10: error: 'purpose' must be a list (lines starting with '- '), "
        "but this is the value 'The group advises.' [wrong-type]"
    )


def test_bad_date_says_how_to_write_one(tmp_path: Path) -> None:
    assert lines(mandate_with(tmp_path, MANDATE.replace("2016-06-15", "2016-02-30"))) == [
        f"{BAD}:5:7: error: '2016-02-30' is not a real date (day is out of range for month); "
        "write dates as YYYY-MM-DD [bad-date]"
    ]
    assert lines(mandate_with(tmp_path, MANDATE.replace("2016-06-15", "15 June 2016"))) == [
        f"{BAD}:5:7: error: '15 June 2016' is not a date; write dates as YYYY-MM-DD, "
        "for example 2016-09-14 [bad-date]"
    ]


def test_unknown_schema(tmp_path: Path) -> None:
    assert lines(mandate_with(tmp_path, MANDATE.replace("schema: 1", "schema: 7"))) == [
        f"{BAD}:1:9: error: unknown content format 'schema: 7'; this councilkit reads schema 1 "
        "(upgrade councilkit to read it) [bad-schema]"
    ]


def test_missing_schema(tmp_path: Path) -> None:
    assert lines(mandate_with(tmp_path, MANDATE.replace("schema: 1\n", ""))) == [
        f"{BAD}:1:1: error: this file does not say its content format; add 'schema: 1' as "
        "its first line [missing-schema]"
    ]


def test_missing_french_is_an_error_in_an_approved_document(tmp_path: Path) -> None:
    text = MANDATE.replace("    fr: Le groupe conseille les conseils.\n", "")
    assert lines(mandate_with(tmp_path, text)) == [
        f"{BAD}:7:5: error: missing French text; add 'fr:' (the English reads: “The group "
        "advises the councils.”) [missing-translation]"
    ]


def test_missing_english_is_a_warning_in_a_draft(tmp_path: Path) -> None:
    text = MANDATE.replace("status: approved", "status: draft").replace(
        "  - en: The group advises the councils.\n    fr:", "  - fr:"
    )
    root = mandate_with(tmp_path, text)
    assert lines(root) == [
        f"{BAD}:7:5: warning: missing English text; add 'en:' (the French reads: “Le groupe "
        "conseille les conseils.”); allowed while a draft [missing-translation]"
    ]
    councilkit.load(root)  # warnings do not stop loading


def test_reference_to_a_member_that_does_not_exist(tmp_path: Path) -> None:
    group = GROUP.replace("  - member: on", "  - member: onn")
    assert lines(content(tmp_path, groups__g__group=group)) == [
        "groups/g/group.yaml:19:13: error: no member 'onn' in this group's members; "
        "did you mean 'on'? (known: tbs, on) [missing-reference]"
    ]


def test_reference_to_a_council_and_a_group_that_do_not_exist(tmp_path: Path) -> None:
    group = GROUP.replace("councils: [pscioc]", "councils: [psciocc]\nparent_group: nowhere")
    assert lines(content(tmp_path, groups__g__group=group)) == [
        "groups/g/group.yaml:5:12: error: no council 'psciocc' in the councils of "
        "project.yaml; did you mean 'pscioc'? (known: pscioc) [missing-reference]",
        "groups/g/group.yaml:6:15: error: no group 'nowhere' in the groups/ folder "
        "(known: g) [missing-reference]",
    ]


def test_reference_to_a_document_that_does_not_exist(tmp_path: Path) -> None:
    tor = (
        "schema: 1\nkind: terms-of-reference\nversion: '1.0'\nstatus: approved\n"
        "date: 2016-06-15\nmandate: mandat\npurpose: []\nscope:\n  in_scope: []\n"
        "decision_making: []\n"
    )
    assert lines(content(tmp_path, groups__g__terms=tor)) == [
        "groups/g/terms.yaml:6:10: error: no mandate 'mandat' in this group's mandates; "
        "did you mean 'mandate'? (known: mandate) [missing-reference]"
    ]


DECK_WITH_PICTURE = """\
schema: 1
kind: deck
title: {{en: Deck, fr: Présentation}}
version: "0.1"
status: draft
date: 2016-09-14
slides:
  - kind: picture
    title: {{en: Picture, fr: Image}}
    image: {path}
    alt: {{en: A chart, fr: Un graphique}}
"""


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "../../../secret.png",
            "'../../../secret.png' leads to a place outside the content folder; copy the file "
            "into the content folder and refer to it there [path-outside]",
        ),
        (
            "/etc/passwd",
            "'/etc/passwd' is an absolute path; give a path inside the content folder, "
            "relative to this file (for example images/chart.png) [path-outside]",
        ),
        (
            "images/missing.png",
            "'images/missing.png' does not exist (looked for groups/g/images/missing.png in "
            "the content folder); check the name and its capitals [missing-file]",
        ),
    ],
)
def test_paths_that_leave_the_content_folder_or_do_not_exist(
    tmp_path: Path, path: str, message: str
) -> None:
    root = content(tmp_path / "c", groups__g__deck=DECK_WITH_PICTURE.format(path=path))
    (tmp_path / "secret.png").write_bytes(b"\x89PNG")
    assert lines(root) == [f"groups/g/deck.yaml:10:12: error: {message}"]


def test_a_symlink_out_of_the_content_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG")
    root = content(tmp_path / "c", groups__g__deck=DECK_WITH_PICTURE.format(path="images/x.png"))
    (root / "groups/g/images").mkdir()
    os.symlink(outside, root / "groups/g/images/x.png")
    assert lines(root) == [
        "groups/g/deck.yaml:10:12: error: 'images/x.png' goes through a link to a place "
        "outside the content folder; copy the file into the content folder and refer to "
        "it there [path-outside]"
    ]


def test_a_linked_group_folder_out_of_the_content_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = content(tmp_path / "elsewhere")
    root = content(tmp_path / "c")
    os.symlink(elsewhere / "groups/g", root / "groups/linked")
    assert lines(root) == [
        "groups/linked:1:1: error: this group folder is a link to a place outside the "
        "content folder; move the group into the content folder [path-outside]"
    ]


def test_python_object_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = MANDATE.replace(
        "status: approved",
        f"status: !!python/object/apply:os.system ['touch {marker}']",
    )
    assert lines(mandate_with(tmp_path, text)) == [
        f"{BAD}:4:9: error: the YAML tag '!!python/object/apply:os.system' is not allowed: "
        "content is plain text, lists and mappings, and tags that build objects are never "
        "run; remove the tag [yaml-tag]"
    ]
    assert not marker.exists()


def test_alias_bomb_is_refused_before_memory_grows(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        levels.append(f"a{i}: &a{i} [{refs}]")
    text = MANDATE + "\n".join(levels) + "\n"
    diagnostic = only(mandate_with(tmp_path, text))
    assert diagnostic.code == "alias-bomb"
    assert "billion laughs" in diagnostic.message
    assert diagnostic.location.line in range(9, 20)


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    diagnostic = only(mandate_with(tmp_path, MANDATE + "loop: &x [*x]\n"))
    assert diagnostic.code == "recursive-alias"
    assert (diagnostic.location.line, diagnostic.location.column) == (9, 7)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    root = content(tmp_path)
    with (root / BAD).open("a", encoding="utf-8") as handle:
        handle.write("# " + "x" * (1024 * 1024) + "\n")
    size = (root / BAD).stat().st_size
    assert lines(root) == [
        f"{BAD}:1:1: error: this file is {size:,} bytes, over the limit of 1,048,576; "
        "split it, or check that it is the file you meant [file-too-large]"
    ]


def test_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    root = content(tmp_path)
    data = MANDATE.replace("conseille", "conseill\u00e9").encode("latin-1")
    (root / BAD).write_bytes(data)
    assert lines(root) == [
        f"{BAD}:8:27: error: byte 0xE9 is not UTF-8 text; save the file as UTF-8 "
        "(in most editors: Save As, Encoding: UTF-8) [not-utf8]"
    ]


def test_control_characters_office_cannot_store(tmp_path: Path) -> None:
    raw = MANDATE.replace("advises the", "advises\x0bthe")
    escaped = MANDATE.replace(
        "en: The group advises the councils.", 'en: "The group \\x01advises the councils."'
    )
    assert lines(mandate_with(tmp_path / "raw", raw)) == [
        f"{BAD}:7:26: error: character U+000B cannot be stored in Word or PowerPoint; delete "
        "it (it is often pasted in invisibly from another program) [control-character]"
    ]
    assert lines(mandate_with(tmp_path / "escaped", escaped)) == [
        f"{BAD}:7:9: error: this text contains character U+0001, which Word and PowerPoint "
        "cannot store; remove the escape that produces it [control-character]"
    ]


def test_every_problem_is_reported_at_once_across_files(tmp_path: Path) -> None:
    root = content(
        tmp_path,
        groups__g__mandate=MANDATE.replace("approved", "aproved").replace(
            "2016-06-15", "2016-6-15"
        ),
        groups__g__group=GROUP.replace("jurisdiction: ON", "jurisdiction: OM"),
    )
    codes = [(Path(d.location.path).name, d.code) for d in councilkit.check(root)]
    assert codes == [
        ("group.yaml", "bad-value"),
        ("mandate.yaml", "bad-value"),
        ("mandate.yaml", "bad-date"),
    ]


def test_unknown_slide_kind_lists_the_known_ones(tmp_path: Path) -> None:
    deck = DECK_WITH_PICTURE.format(path="x.png").replace("kind: picture", "kind: swat")
    diagnostic = councilkit.check(content(tmp_path, groups__g__deck=deck))[0]
    assert diagnostic.format().endswith(
        "deck.yaml:8:11: error: unknown slide kind 'swat'; did you mean 'swot'? (known: "
        "title, overview, section, bullets, numbered, quote, statement, two-columns, "
        "timeline, swot, logic-model, roadmap, table, members, mandate, picture, chart, closing) "
        "[unknown-kind]"
    )


def test_swot_with_a_missing_quadrant_and_a_reversed_timeline(tmp_path: Path) -> None:
    deck = (
        "schema: 1\nkind: deck\ntitle: {en: D, fr: P}\nversion: '0.1'\nstatus: draft\n"
        "date: 2016-09-14\nslides:\n"
        "  - kind: swot\n    title: {en: SWOT, fr: FFPM}\n"
        "    strengths: [{en: a, fr: a}]\n    weaknesses: [{en: b, fr: b}]\n"
        "    opportunities: [{en: c, fr: c}]\n"
        "  - kind: timeline\n    title: {en: Plan, fr: Plan}\n"
        "    start: 2016-09-30\n    end: 2016-06-01\n    activities: []\n"
    )
    assert lines(content(tmp_path, groups__g__deck=deck)) == [  # both in one run
        "groups/g/deck.yaml:8:5: error: missing required field 'threats' in swot slide; "
        "add 'threats:' [missing-field]",
        "groups/g/deck.yaml:13:5: error: the timeline ends before it starts; swap 'start' "
        "and 'end' [date-order]",
    ]
    fixed = deck.replace("    opportunities:", "    threats: [{en: d, fr: d}]\n    opportunities:")
    assert lines(content(tmp_path, groups__g__deck=fixed)) == [
        "groups/g/deck.yaml:14:5: error: the timeline ends before it starts; swap 'start' "
        "and 'end' [date-order]"
    ]


def test_a_free_section_placed_after_an_unknown_section(tmp_path: Path) -> None:
    tor = (
        "schema: 1\nkind: terms-of-reference\nversion: '1.0'\nstatus: approved\n"
        "date: 2016-06-15\npurpose: []\nscope:\n  in_scope: []\ndecision_making: []\n"
        "sections:\n  - title: {en: Confidentiality, fr: Confidentialité}\n    body: []\n"
        "    after: decision-making\n"
    )
    assert lines(content(tmp_path, groups__g__terms=tor)) == [
        "groups/g/terms.yaml:11:5: error: no section 'decision-making' in the standard "
        "sections; did you mean 'decision_making'? (known: background, purpose, scope, "
        "objectives, deliverables, membership, co_chairs, secretariat, roles, meetings, "
        "decision_making, reporting, resources, official_languages, review) "
        "[missing-reference]"
    ]


def test_a_translation_made_from_an_older_source_text_is_stale(tmp_path: Path) -> None:
    from councilkit.model.text import fingerprint

    current = fingerprint("The group advises the councils.")
    fresh = MANDATE.replace(
        "    fr: Le groupe conseille les conseils.\n",
        f"    fr: Le groupe conseille les conseils.\n    translated_from: {current}\n",
    )
    assert lines(mandate_with(tmp_path / "fresh", fresh)) == []
    changed = fresh.replace("en: The group advises the councils.", "en: The group advises.")
    assert lines(mandate_with(tmp_path / "changed", changed)) == [
        f"{BAD}:7:5: error: the English text changed after this French translation was made; "
        "update the French, then run 'councilkit i18n confirm' (or re-import it) "
        "[stale-translation]"
    ]
    bad = fresh.replace(current, "xyz")
    assert lines(mandate_with(tmp_path / "bad", bad)) == [
        f"{BAD}:9:22: error: 'xyz' is not a valid translated_from: it is written by "
        "'councilkit i18n' [bad-value]"
    ]


@pytest.mark.parametrize("depth", [61, 200_000])
def test_deep_nesting_is_refused_without_crashing(tmp_path: Path, depth: int) -> None:
    # libyaml's composer recurses in C and would crash the process on the deepest case
    text = MANDATE + "deep: " + "[" * depth + "]" * depth + "\n"
    diagnostic = only(mandate_with(tmp_path, text))
    assert diagnostic.code == "too-deep"
    assert diagnostic.location.line == 9
