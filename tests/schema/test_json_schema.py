"""The JSON Schemas made from the model: the example content and a scaffolded package
validate; unknown fields, wrong values and missing languages do not."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from schemakit import Yaml12Loader, file_problems, problems

from councilkit.cli import main
from councilkit.schema import FILES, SCHEMA_FOLDER, file_schema, schema_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "content"
EXAMPLE_FILES = sorted(EXAMPLE.rglob("*.yaml"))


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)


@pytest.mark.parametrize("name", list(FILES))
def test_each_schema_is_a_valid_2020_12_schema(name: str) -> None:
    schema = file_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: str(p.relative_to(EXAMPLE)))
def test_the_example_content_validates(path: Path) -> None:
    assert file_problems(path) == []


def test_every_example_file_kind_is_covered() -> None:
    kinds = {load(p).get("kind") for p in EXAMPLE_FILES}
    assert kinds == {None, "mandate", "terms-of-reference", "deck"}


@pytest.fixture
def deck() -> dict[str, Any]:
    return load(EXAMPLE / "groups/joint-councils-framework/deck-2016-09-14.yaml")


@pytest.fixture
def group() -> dict[str, Any]:
    return load(EXAMPLE / "groups/joint-councils-framework/group.yaml")


def test_an_unknown_field_is_refused(group: dict[str, Any]) -> None:
    group["members"][0]["titel"] = "x"
    assert problems(group, "group.schema.json") == [
        "members/0: Additional properties are not allowed ('titel' was unexpected)"
    ]


def test_a_field_of_another_slide_kind_is_refused(deck: dict[str, Any]) -> None:
    index = next(i for i, s in enumerate(deck["slides"]) if s["kind"] == "bullets")
    deck["slides"][index]["heading"] = {"en": "x", "fr": "x"}
    assert problems(deck, "document.schema.json") == [
        f"slides/{index}: Additional properties are not allowed ('heading' was unexpected)"
    ]


def test_a_field_of_another_document_kind_is_refused(deck: dict[str, Any]) -> None:
    deck["purpose"] = []
    assert problems(deck, "document.schema.json") == [
        ": Additional properties are not allowed ('purpose' was unexpected)"
    ]


def test_a_wrong_enum_value_is_refused(group: dict[str, Any]) -> None:
    group["members"][0]["jurisdiction"] = "ontario"
    (found,) = problems(group, "group.schema.json")
    assert found.startswith("members/0/jurisdiction: 'ontario' is not one of ['federal', 'AB'")
    assert found.endswith("'municipal', 'other']")


def test_an_unknown_kind_is_refused(deck: dict[str, Any]) -> None:
    deck["slides"][0]["kind"] = "bulets"
    assert problems(deck, "document.schema.json")[0].startswith(
        "slides/0/kind: 'bulets' is not one of ['title', 'overview'"
    )


def test_a_missing_language_is_refused(group: dict[str, Any]) -> None:
    del group["name"]["fr"]
    assert problems(group, "group.schema.json") == ["name: 'fr' is a required property"]


def test_a_missing_language_of_a_text_written_inline_is_refused(deck: dict[str, Any]) -> None:
    index = next(i for i, s in enumerate(deck["slides"]) if s["kind"] == "bullets")
    del deck["slides"][index]["items"][0]["en"]
    assert problems(deck, "document.schema.json") == [
        f"slides/{index}/items/0: 'en' is a dependency of 'fr'"
    ]


def test_a_text_given_in_one_language_only_is_refused(group: dict[str, Any]) -> None:
    group["name"] = "Data Working Group"
    assert problems(group, "group.schema.json") == [
        "name: 'Data Working Group' is not of type 'object'"
    ]


def test_a_bad_pattern_and_a_bad_date_are_refused(deck: dict[str, Any]) -> None:
    deck["version"] = "one"
    deck["date"] = "14/09/2016"
    assert problems(deck, "document.schema.json") == [
        "date: '14/09/2016' does not match '^\\\\d{4}-\\\\d{2}-\\\\d{2}$'",
        "date: '14/09/2016' is not a 'date'",
        "version: 'one' does not match '^(?:\\\\d+(\\\\.\\\\d+){0,2})$'",
    ]


def test_a_missing_schema_line_is_refused(group: dict[str, Any]) -> None:
    del group["schema"]
    assert problems(group, "group.schema.json") == [": 'schema' is a required property"]


def test_translation_fingerprints_are_allowed_where_i18n_writes_them(
    deck: dict[str, Any], group: dict[str, Any]
) -> None:
    group["name"]["translated_from"] = "0123456789"
    assert problems(group, "group.schema.json") == []
    index = next(i for i, s in enumerate(deck["slides"]) if s["kind"] == "bullets")
    deck["slides"][index]["items"][0]["translated_from"] = "0123456789"  # a text inline
    assert problems(deck, "document.schema.json") == []
    bad = copy.deepcopy(group)
    bad["name"]["translated_from"] = "not-a-fingerprint"
    assert problems(bad, "group.schema.json") == [
        "name/translated_from: 'not-a-fingerprint' does not match '^(?:[0-9a-f]{10})$'"
    ]


def test_every_field_is_described_in_both_languages() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                text = value.get("description", "")
                english, _, french = text.partition("\n\n")
                assert english and french, f"{where}.{key} has no description in both languages"
            for key, value in node.items():
                if key != "if":  # a condition on 'kind', not a field
                    walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    for name in FILES:
        walk(file_schema(name), name)


def test_schema_writes_the_three_files(tmp_path: Path) -> None:
    assert main(["schema", "-o", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(FILES)
    for name in FILES:
        written = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert written == schema_text(name)
        assert json.loads(written) == file_schema(name)


def test_schema_writes_into_the_content_folder_by_default(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    assert main(["schema", str(tmp_path / "content")]) == 0
    assert sorted(p.name for p in (tmp_path / "content" / SCHEMA_FOLDER).iterdir()) == sorted(FILES)


def test_schema_without_a_content_folder_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", str(tmp_path / "nowhere")]) == 2
    assert "no content folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_schema_does_not_write_through_a_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("{}")
    (out / "group.schema.json").symlink_to(elsewhere)
    assert main(["schema", "-o", str(out)]) == 1
    assert "a symbolic link is in the way" in capsys.readouterr().err
    assert elsewhere.read_text() == "{}"
    assert sorted(p.name for p in out.iterdir()) == ["group.schema.json"]


NAMES = [
    "name_en=Data Working Group",
    "name_fr=Groupe de travail sur les données",
    "date=2026-11-24",
]


def test_a_scaffolded_package_names_its_schema_and_validates(tmp_path: Path) -> None:
    content = tmp_path / "content"
    assert main(["new", "project", "--no-input", "--content", str(content)]) == 0
    assert main(["new", "--no-input", "--content", str(content), *NAMES]) == 0
    # new writes the schemas its files name: no `councilkit schema` needed first
    assert sorted(p.name for p in (content / SCHEMA_FOLDER).iterdir()) == sorted(FILES)
    for name in FILES:
        assert (content / SCHEMA_FOLDER / name).read_text(encoding="utf-8") == schema_text(name)
    files = sorted(content.rglob("*.yaml"))
    assert len(files) == 5
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first.startswith(prefix), path
        named = (path.parent / first.removeprefix(prefix)).resolve()
        assert named == (content / SCHEMA_FOLDER / file_name_for(path)).resolve()
        assert named.is_file()
        assert file_problems(path) == [], path


def file_name_for(path: Path) -> str:
    from schemakit import schema_name

    return schema_name(path)


def test_the_schemas_ask_for_the_content_format_the_loader_reads() -> None:
    from councilkit.loader import SCHEMA_VERSION

    for name in FILES:
        schema = file_schema(name)
        found = schema.get("properties", {}).get("schema") or next(
            schema["$defs"][d]["properties"]["schema"]
            for d in schema["$defs"]
            if "schema" in schema["$defs"][d].get("properties", {})
        )
        assert found["const"] == SCHEMA_VERSION
