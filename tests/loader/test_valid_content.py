"""The loader reads valid content into the model, positions included."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from contentkit import content, write

import councilkit
from councilkit.model import (
    BulletList,
    Jurisdiction,
    Language,
    Mandate,
    Paragraph,
    Status,
)


def test_minimal_content_loads_into_the_model(tmp_path: Path) -> None:
    project = councilkit.load(content(tmp_path))
    assert councilkit.check(tmp_path) == []
    (group,) = project.groups
    assert group.id == "g"
    assert group.name.fr == "Groupe de travail d’essai"
    assert [m.jurisdiction for m in group.members] == [Jurisdiction.FEDERAL, Jurisdiction.ON]
    assert group.is_co_chair("on")
    (mandate,) = group.documents
    assert isinstance(mandate, Mandate)
    assert mandate.id == "mandate"
    assert mandate.status is Status.APPROVED
    assert mandate.date == datetime.date(2016, 6, 15)
    assert mandate.version == "1.0"
    (paragraph,) = mandate.purpose
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.get(Language.EN) == "The group advises the councils."
    assert project.settings.languages == (Language.EN, Language.FR)


def test_every_record_keeps_its_source_position(tmp_path: Path) -> None:
    project = councilkit.load(content(tmp_path))
    member = project.groups[0].members[1]
    assert member.loc is not None
    assert (member.loc.path, member.loc.line, member.loc.column) == (
        f"{tmp_path.as_posix()}/groups/g/group.yaml",
        12,
        5,
    )
    text = project.groups[0].documents[0].purpose[0].text  # type: ignore[attr-defined]
    assert (text.loc.line, text.loc.column) == (7, 5)


def test_version_written_as_a_number_keeps_its_digits(tmp_path: Path) -> None:
    root = content(tmp_path, groups__g__mandate=_mandate(version="1.10"))
    assert councilkit.load(root).groups[0].documents[0].version == "1.10"


def test_blocks_and_nested_list_items(tmp_path: Path) -> None:
    body = _mandate() + (
        "  - bullets:\n"
        "      - lead: {en: Vision, fr: Vision}\n"
        "        en: Best in class\n"
        "        fr: Le meilleur de sa catégorie\n"
        "        items:\n"
        "          - {en: Nested, fr: Imbriqué}\n"
    )
    project = councilkit.load(content(tmp_path, groups__g__mandate=body))
    bullets = project.groups[0].documents[0].purpose[1]  # type: ignore[attr-defined]
    assert isinstance(bullets, BulletList)
    (item,) = bullets.items
    assert item.lead.en == "Vision"
    assert item.items[0].text.fr == "Imbriqué"


def test_byte_order_mark_and_yml_suffix_are_accepted(tmp_path: Path) -> None:
    root = content(tmp_path)
    text = (root / "groups/g/mandate.yaml").read_text(encoding="utf-8")
    (root / "groups/g/mandate.yaml").unlink()
    (root / "groups/g/mandate.yml").write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert councilkit.check(root) == []


def test_load_raises_one_documented_error_carrying_every_diagnostic(tmp_path: Path) -> None:
    root = content(tmp_path, groups__g__mandate=_mandate(status="aproved", date="2016-13-01"))
    with pytest.raises(councilkit.ContentError) as caught:
        councilkit.load(root)
    codes = [d.code for d in caught.value.diagnostics]
    assert codes == ["bad-value", "bad-date"]
    assert "mandate.yaml:4:9: error:" in str(caught.value)


def test_a_folder_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(councilkit.UsageError, match="does not exist"):
        councilkit.check(tmp_path / "nope")


def test_group_folders_and_non_yaml_files_are_found_in_sorted_order(tmp_path: Path) -> None:
    root = content(tmp_path)
    write(
        root,
        {
            "groups/a/group.yaml": (root / "groups/g/group.yaml").read_text(),
            "groups/g/README.md": "notes",
            "groups/.hidden/x.txt": "",
        },
    )
    assert [g.id for g in councilkit.load(root).groups] == ["a", "g"]


def _mandate(*, version: str = '"1.0"', status: str = "approved", date: str = "2016-06-15") -> str:
    return (
        "schema: 1\n"
        "kind: mandate\n"
        f"version: {version}\n"
        f"status: {status}\n"
        f"date: {date}\n"
        "purpose:\n"
        "  - en: The group advises the councils.\n"
        "    fr: Le groupe conseille les conseils.\n"
    )
