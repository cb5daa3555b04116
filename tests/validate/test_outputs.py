"""The output stem in project.yaml: only known fields, a safe file name, and one file
name per edition of each document; errors point at the stem."""

from __future__ import annotations

from pathlib import Path

import pytest
from contentkit import MANDATE, PROJECT, content, lines

STEM_HELP = (
    "use letters, digits, '-', '_' and '.', and only the fields {group}, {document} and "
    "{kind}; start with a letter, a digit or a field, and never write '..' [bad-value]"
)


def with_stem(tmp_path: Path, stem: str, **files: str) -> list[str]:
    project = PROJECT + f"output:\n  edition: separate\n  stem: {stem}\n"
    return lines(content(tmp_path, project=project, **files))


@pytest.mark.parametrize(
    "stem",
    [
        "{nosuch}",
        "{group}-{0}",
        "{group}/{document}",
        "../{group}",
        "{group}..{document}",
        ".{group}",
        "-{group}",
        "",
        "{group}:{document}",
        "{group}\\\\{document}",
        "{group}*",
        "{group} {document}",
        "{group}\\t",
        "{{group}}",
    ],
)
def test_unknown_fields_and_unsafe_names_are_refused_at_the_stem(tmp_path: Path, stem: str) -> None:
    found = with_stem(tmp_path, f'"{stem}"')
    assert len(found) == 1, found
    assert found[0].startswith("project.yaml:12:9: error: '")
    assert found[0].endswith(f"' is not a valid stem: {STEM_HELP}")


@pytest.mark.parametrize(
    "stem", ["{group}-{document}", "{kind}.{group}_{document}", "gc-{document}-{group}"]
)
def test_good_stems_pass(tmp_path: Path, stem: str) -> None:
    assert with_stem(tmp_path, f'"{stem}"') == []


def test_two_documents_given_one_file_name(tmp_path: Path) -> None:
    assert with_stem(tmp_path, '"{group}-{kind}"', groups__g__second=MANDATE) == [
        "project.yaml:12:9: error: the output stem '{group}-{kind}' gives two documents the "
        "file name 'g-mandate-eng.docx' (g/mandate and g/second); include {group} and "
        "{document} in the stem, or rename one of them [name-clash]"
    ]


def test_groups_and_documents_whose_names_run_together(tmp_path: Path) -> None:
    # The default stem: group 'a-b' with document 'c', and group 'a' with document 'b-c'.
    root = content(tmp_path, groups__g__mandate=MANDATE)
    (root / "groups/g").rename(root / "groups/a-b")
    (root / "groups/a-b/mandate.yaml").rename(root / "groups/a-b/c.yaml")
    content(root, **{"groups__a__group": (root / "groups/a-b/group.yaml").read_text()})
    (root / "groups/a/b-c.yaml").write_text(MANDATE, encoding="utf-8")
    assert lines(root) == [
        "project.yaml:1:1: error: the output stem '{group}-{document}' gives two documents "
        "the file name 'a-b-c-eng.docx' (a/b-c and a-b/c); include {group} and {document} "
        "in the stem, or rename one of them [name-clash]"
    ]


def test_a_file_name_too_long_to_store(tmp_path: Path) -> None:
    stem = "x" * 250 + "-{document}"
    assert with_stem(tmp_path, f'"{stem}"') == [
        f"project.yaml:12:9: error: the output stem '{stem}' makes the file name "
        f"'{'x' * 250}-mandate-{suffix}.docx', over 255 bytes; shorten the stem or the folder "
        "and file names [bad-file-name]"
        for suffix in ("eng", "fra")
    ]
