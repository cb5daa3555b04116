"""``councilkit bundle --from``: the shards of ``build --shard I/N`` joined into the very
bytes of a bundle made on one machine, and every way the shards can be wrong refused.

The bundles here are made without ``--pdf`` to keep the tests fast: the PDFs are made
from the same document bytes either way (the joined documents are compared byte for
byte), so they add nothing to what these tests prove."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from buildkit import tree
from shardkit import build_shards, edit_manifest

from councilkit.build import build
from councilkit.build.shard import Shard
from councilkit.bundle import bundle
from councilkit.cli import main

EPOCH = 1473811200
TOTAL = 3


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    content = Path(__file__).resolve().parents[2] / "content"
    root = tmp_path_factory.mktemp("from-shards")
    found = {"one": root / "one.zip"}
    bundle(content, found["one"], source_date_epoch=EPOCH, jobs=2)
    for index, folder in enumerate(build_shards(content, root, EPOCH, TOTAL), start=1):
        found[str(index)] = folder
    return found


@pytest.fixture
def shards(made: dict[str, Path], tmp_path: Path) -> list[Path]:
    """Copies of the three shards' folders, free to spoil."""
    copies = []
    for index in range(1, TOTAL + 1):
        copies.append(tmp_path / f"shard-{index}")
        shutil.copytree(made[str(index)], copies[-1])
    return copies


def run(content: Path, folders: list[Path], target: Path, *extra: str) -> int:
    args = ["bundle", str(content), "--from", *map(str, folders), "-o", str(target), "-q"]
    return main([*args, *extra])


@pytest.fixture(autouse=True)
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))


def test_the_joined_shards_are_the_bundle_of_one_machine_byte_for_byte(
    made: dict[str, Path], shards: list[Path], example_content: Path, tmp_path: Path
) -> None:
    target = tmp_path / "release.zip"
    assert run(example_content, list(reversed(shards)), target) == 0  # any order
    assert target.read_bytes() == made["one"].read_bytes()


def refused(
    content: Path,
    folders: list[Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *extra: str,
    status: int = 1,
) -> str:
    """The error of a bundle --from that must fail; checks that nothing on disk changed
    (a bundle already there is kept as it was)."""
    target = tmp_path / "release.zip"
    target.write_bytes(b"the previous release")
    before = tree(tmp_path)
    capsys.readouterr()
    assert run(content, folders, target, *extra) == status
    assert tree(tmp_path) == before
    error = capsys.readouterr().err
    assert error.startswith("councilkit: error: ")
    assert "Traceback" not in error
    return error


def test_a_missing_shard_is_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    error = refused(example_content, shards[:2], tmp_path, capsys)
    assert "shard 3/3 is missing" in error


def test_a_shard_given_twice_is_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twin = tmp_path / "twin"
    shutil.copytree(shards[1], twin)
    error = refused(example_content, [*shards, twin], tmp_path, capsys)
    assert f"shard 2/3 is given twice: '{shards[1]}' and '{twin}'" in error


def test_a_file_in_two_shards_is_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # shard 3 relabelled as shard 1: its files are not shard 1's
    edit_manifest(shards[2], lambda body: body.update(shard="1/3"))
    error = refused(example_content, [shards[1], shards[2]], tmp_path, capsys)
    assert "does not belong to shard 1/3" in error


def test_a_shard_built_from_other_content_is_refused(
    made: dict[str, Path],
    shards: list[Path],
    example_content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "other-content"
    shutil.copytree(example_content, other)
    mandate = other / "groups" / "open-data-standards" / "mandate.yaml"
    mandate.write_text(mandate.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    stale = tmp_path / "stale-shard-2"
    build(other, stale, source_date_epoch=EPOCH, shard=Shard(2, TOTAL))
    error = refused(example_content, [shards[0], stale, shards[2]], tmp_path, capsys)
    assert f"'{stale}' was built from other content" in error


def test_a_shard_built_with_another_epoch_is_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_manifest(shards[0], lambda body: body.update(source_date_epoch=EPOCH + 1))
    error = refused(example_content, shards, tmp_path, capsys)
    assert f"built with SOURCE_DATE_EPOCH={EPOCH + 1}, this bundle has {EPOCH}" in error


def test_a_file_changed_after_its_build_is_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = next(p for p in sorted(shards[1].iterdir()) if p.suffix in (".docx", ".pptx"))
    data = bytearray(changed.read_bytes())
    data[-1] ^= 1
    changed.write_bytes(bytes(data))
    error = refused(example_content, shards, tmp_path, capsys)
    assert f"'{changed}' is missing or differs from its manifest.json (sha256)" in error


def test_a_file_reached_through_a_link_is_refused(
    made: dict[str, Path],
    shards: list[Path],
    example_content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    linked = next(p for p in sorted(shards[1].iterdir()) if p.suffix in (".docx", ".pptx"))
    linked.unlink()
    linked.symlink_to(made["2"] / linked.name)  # the same bytes, but through a link
    error = refused(example_content, shards, tmp_path, capsys)
    assert f"'{linked}' is missing or differs" in error


def test_a_file_removed_from_every_shard_is_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dropped: list[str] = []
    edit_manifest(shards[1], lambda body: dropped.append(body["documents"].pop()["path"]))
    error = refused(example_content, shards, tmp_path, capsys)
    assert f"{dropped[0]} is in no shard" in error


@pytest.mark.parametrize("problem", ["missing", "no manifest", "full build"])
def test_a_folder_that_is_not_a_shard_is_refused(
    problem: str,
    shards: list[Path],
    example_content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    manifest = shards[2] / "manifest.json"
    if problem == "missing":
        shutil.rmtree(shards[2])
    elif problem == "no manifest":
        manifest.unlink()
    else:
        edit_manifest(shards[2], lambda body: body.pop("shard"))
    error = refused(example_content, shards, tmp_path, capsys)
    expected = {
        "missing": f"shard folder '{shards[2]}' does not exist",
        "no manifest": f"'{shards[2]}' has no manifest.json",
        "full build": f"'{manifest}' is not the manifest of councilkit build --shard I/N",
    }
    assert expected[problem] in error


@pytest.mark.parametrize("option", [["--group", "open-data-standards"], ["--lang", "en"]])
def test_from_with_a_selection_is_a_usage_error(
    option: list[str],
    shards: list[Path],
    example_content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    error = refused(example_content, shards, tmp_path, capsys, *option, status=2)
    assert "--from takes every document of the shards" in error


def test_shards_of_two_runs_with_other_counts_are_refused(
    shards: list[Path], example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    halves = build_shards(example_content, tmp_path / "halves", EPOCH, 2)
    error = refused(example_content, [shards[0], halves[1]], tmp_path, capsys)
    assert f"'{halves[1]}' is shard 2/2 but '{shards[0]}' is one of 3" in error
