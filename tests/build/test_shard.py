"""``councilkit build --shard I/N``: N shards of the example content together give one
full build, byte for byte, each document in exactly one shard."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from shardkit import build_shards

from councilkit.build import build
from councilkit.build.shard import shard_of
from councilkit.cli import main

EPOCH = 1473811200
TOTAL = 3


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    content = Path(__file__).resolve().parents[2] / "content"
    root = tmp_path_factory.mktemp("shards")
    found = {"full": root / "full"}
    build(content, found["full"], source_date_epoch=EPOCH, jobs=2)
    for index, folder in enumerate(build_shards(content, root, EPOCH, TOTAL), start=1):
        found[str(index)] = folder
    return found


def manifest(folder: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((folder / "manifest.json").read_bytes())
    return loaded


def test_the_shards_together_are_the_full_build_byte_for_byte(builds: dict[str, Path]) -> None:
    full = files(builds["full"])
    del full["manifest.json"]
    union: dict[str, bytes] = {}
    for index in range(1, TOTAL + 1):
        shard = files(builds[str(index)])
        del shard["manifest.json"]
        assert not union.keys() & shard.keys()  # no file in two shards
        union.update(shard)
    assert union == full
    assert len(full) == 12


def test_each_shard_lists_only_its_files_and_records_the_shard(builds: dict[str, Path]) -> None:
    full_entries = {e["path"]: e for e in manifest(builds["full"])["documents"]}  # type: ignore[attr-defined]
    assert "shard" not in manifest(builds["full"])
    digests = set()
    for index in range(1, TOTAL + 1):
        listed = manifest(builds[str(index)])
        assert listed["shard"] == f"{index}/{TOTAL}"
        digests.add(listed["content_digest"])
        entries = listed["documents"]
        assert isinstance(entries, list)
        assert {e["path"] for e in entries} == set(files(builds[str(index)])) - {"manifest.json"}
        for entry in entries:
            assert entry == full_entries[entry["path"]]
            assert shard_of(entry["group"], entry["document"], TOTAL) == index
    assert len(digests) == 1  # one content, one digest


def test_both_languages_of_a_document_land_in_the_same_shard(builds: dict[str, Path]) -> None:
    for index in range(1, TOTAL + 1):
        names = set(files(builds[str(index)])) - {"manifest.json"}
        assert {n.replace("-eng.", "-fra.") for n in names} == {
            n for n in names if n.endswith(("-fra.docx", "-fra.pptx"))
        }


def test_a_document_keeps_its_shard_whatever_else_changes() -> None:
    assert shard_of("open-data-standards", "mandate", 3) == 2
    assert shard_of("joint-councils-framework", "mandate", 3) == 3
    # the shard depends on the document's key only, never on its neighbours
    assert {shard_of("g", f"d{n}", 5) for n in range(200)} == {1, 2, 3, 4, 5}


@pytest.mark.parametrize("value", ["0/3", "4/3", "x", "3", "1/0", "-1/3", "1/3/3", ""])
def test_a_bad_shard_is_a_usage_error_and_nothing_is_written(
    value: str, tmp_path: Path, example_content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status = main(["build", str(example_content), "-o", str(out), f"--shard={value}"])
    assert status == 2
    error = capsys.readouterr().err
    assert "--shard" in error and value in error
    assert not out.exists()


def test_an_error_in_another_shards_document_stops_this_shard(
    tmp_path: Path, example_content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    broken = content / "groups" / "joint-councils-framework" / "mandate.yaml"
    assert shard_of("joint-councils-framework", "mandate", 3) == 3
    broken.write_text(broken.read_text(encoding="utf-8") + "\n  : [unclosed\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "--shard", "2/3", "-q"]) == 1
    assert "joint-councils-framework/mandate.yaml:" in capsys.readouterr().out
    assert not out.exists()
