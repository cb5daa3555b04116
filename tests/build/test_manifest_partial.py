"""A partial build (``--lang``, ``--group``) updates the manifest entries it built and keeps
the others; entries of files the content no longer gives are dropped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from buildkit import FRENCH, G, H, make_content

from councilkit.build import build
from councilkit.cli import main


def listed(out: Path) -> dict[str, dict[str, object]]:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {entry["path"]: entry for entry in manifest["documents"]}


def test_a_french_build_after_a_full_build_keeps_the_english_entries(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    full = listed(out)
    assert set(full) == G | H
    result = build(root, out, languages=["fr"], source_date_epoch=0)
    assert {e.path for e in result.entries} == FRENCH  # what this build made
    assert listed(out) == full  # the manifest lists every file in the folder


def test_a_group_build_keeps_the_other_groups_entries(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    full = listed(out)
    (root / "groups/h/mandate.yaml").write_text(
        (root / "groups/h/mandate.yaml").read_text().replace('"1.0"', '"1.1"')
    )
    main(["build", str(root), "-o", str(out), "--group", "h", "-q"])
    now = listed(out)
    assert set(now) == G | H
    assert {p: now[p] for p in G} == {p: full[p] for p in G}
    assert {now[p]["version"] for p in H} == {"1.1"}  # rebuilt, with its new checksum
    assert all(now[p]["sha256"] != full[p]["sha256"] for p in H)


def test_a_partial_build_into_an_empty_folder_lists_only_what_it_built(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, languages=["fr"], source_date_epoch=0)
    assert set(listed(out)) == FRENCH


def test_a_removed_document_loses_its_entry_in_a_full_build(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    shutil.rmtree(root / "groups/h")
    build(root, out, source_date_epoch=0)
    assert set(listed(out)) == G


def test_a_removed_document_loses_its_entry_in_a_partial_build(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    shutil.rmtree(root / "groups/h")
    build(root, out, languages=["fr"], source_date_epoch=0)
    assert set(listed(out)) == G  # h's English file is no longer given by the content


@pytest.mark.invalid_ooxml  # it overwrites a built document with other bytes on purpose
def test_a_kept_entry_whose_file_changed_or_went_is_dropped(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    (out / "g-mandate-eng.docx").unlink()
    (out / "h-mandate-eng.docx").write_bytes(b"edited by hand")
    build(root, out, languages=["fr"], source_date_epoch=0)
    assert set(listed(out)) == FRENCH


def test_a_damaged_manifest_is_replaced_by_what_was_built(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    (out / "manifest.json").write_text("{not json")
    build(root, out, languages=["fr"], source_date_epoch=0)
    assert set(listed(out)) == FRENCH


def test_a_partial_build_with_nothing_to_do_reports_only_its_own_files(tmp_path: Path) -> None:
    root, out = make_content(tmp_path / "c"), tmp_path / "out"
    build(root, out, source_date_epoch=0)
    build(root, out, languages=["fr"], source_date_epoch=0)
    again = build(root, out, languages=["fr"], source_date_epoch=0)  # nothing changed
    assert {e.path for e in again.entries} == FRENCH
    assert again.reused == len(FRENCH)
    assert set(listed(out)) == G | H
