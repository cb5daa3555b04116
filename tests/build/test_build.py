"""``councilkit build`` on the example content: manifest, reproducibility, cache, safety."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

import councilkit
from councilkit.build import build
from councilkit.cli import main
from councilkit.render import Renderer

EPOCH = 1473811200


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    build(Path(__file__).resolve().parents[2] / "content", out, source_date_epoch=EPOCH, jobs=2)
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_every_document_in_both_languages_with_its_manifest(
    built: Path, example_content: Path
) -> None:
    project = councilkit.load(example_content)
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["documents"]
    assert len(entries) == 2 * len(project.documents())
    for entry in entries:
        data = (built / entry["path"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        assert entry["language"] in ("en", "fr")
        assert entry["kind"] in ("mandate", "terms-of-reference", "deck")
        suffix = {"en": "-eng", "fr": "-fra"}[entry["language"]]
        assert Path(entry["path"]).stem.endswith(suffix)
        assert entry["path"].endswith(".pptx" if entry["kind"] == "deck" else ".docx")
        group = project.group(entry["group"])
        assert group is not None
        document = group.document(entry["document"])
        assert document is not None
        assert (entry["version"], entry["status"]) == (document.version, document.status.value)
    assert manifest["source_date_epoch"] == EPOCH
    assert not [p for p in built.iterdir() if p.name.endswith(".part")]


def test_same_content_and_epoch_give_identical_bytes_whatever_the_jobs(
    built: Path, example_content: Path, tmp_path: Path
) -> None:
    build(example_content, tmp_path, source_date_epoch=EPOCH, jobs=1, use_cache=False)
    assert files(tmp_path) == files(built)


def test_an_unchanged_rebuild_renders_nothing(
    built: Path, example_content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    result = build(example_content, out, source_date_epoch=EPOCH)
    assert result.reused == len(result.entries) == 12
    assert files(out) == files(built)


def test_changing_one_group_renders_only_that_group(example_content: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    out = tmp_path / "out"
    written: list[str] = []
    build(content, out, source_date_epoch=EPOCH)
    terms = content / "groups/open-data-standards/terms-of-reference.yaml"
    terms.write_text(terms.read_text(encoding="utf-8") + "# a comment changes nothing\n")
    assert build(content, out, source_date_epoch=EPOCH).reused == 12
    mandate = content / "groups/open-data-standards/mandate.yaml"
    text = mandate.read_text(encoding="utf-8")
    mandate.write_text(text.replace("status: approved", "status: for-approval", 1))
    result = build(
        content,
        out,
        source_date_epoch=EPOCH,
        on_output=lambda p, reused: written.append(p.name) if not reused else None,
    )
    # the mandate, and the deck that shows it and the terms that implement it
    assert sorted(written) == [
        "open-data-standards-deck-2016-11-16-eng.pptx",
        "open-data-standards-deck-2016-11-16-fra.pptx",
        "open-data-standards-mandate-eng.docx",
        "open-data-standards-mandate-fra.docx",
        "open-data-standards-terms-of-reference-eng.docx",
        "open-data-standards-terms-of-reference-fra.docx",
    ]
    assert result.reused == 6


def test_changing_the_layout_renders_everything_that_uses_it(
    example_content: Path, tmp_path: Path
) -> None:
    from councilkit.build.layouts import find_layout

    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    shutil.copytree(find_layout("default", example_content), content / "layouts/default")
    out = tmp_path / "out"
    build(content, out, source_date_epoch=EPOCH)
    mapping = content / "layouts/default/docx.yaml"
    mapping.write_text(mapping.read_text(encoding="utf-8") + "\n# touched\n")
    result = build(content, out, source_date_epoch=EPOCH)
    assert result.reused == 0


def test_a_content_error_writes_nothing(example_content: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    mandate = content / "groups/open-data-standards/mandate.yaml"
    mandate.write_text(
        mandate.read_text(encoding="utf-8").replace("status: approved", "status: aproved")
    )
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out)]) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--group", "nope"], "no group 'nope'"), (["--lang", "de"], "invalid choice")],
)
def test_bad_selections_are_usage_errors_that_write_nothing(
    example_content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "out"
    assert main(["build", str(example_content), "-o", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_one_group_and_one_language(example_content: Path, tmp_path: Path) -> None:
    assert (
        main(
            [
                "build",
                str(example_content),
                "-o",
                str(tmp_path),
                "--group",
                "open-data-standards",
                "--lang",
                "fr",
                "-q",
            ]
        )
        == 0
    )
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert names == [
        "manifest.json",
        "open-data-standards-deck-2016-11-16-fra.pptx",
        "open-data-standards-mandate-fra.docx",
        "open-data-standards-terms-of-reference-fra.docx",
    ]


def test_a_failure_midway_keeps_the_last_good_files(
    example_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(example_content, tmp_path, source_date_epoch=EPOCH)
    before = files(tmp_path)
    from councilkit.build import workers

    real = workers.renderer_for
    calls = {"n": 0}

    def failing(kind: str) -> Renderer:
        calls["n"] += 1  # the third document fails
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(kind)

    monkeypatch.setattr(workers, "renderer_for", failing)
    with pytest.raises(OSError):
        build(example_content, tmp_path, source_date_epoch=EPOCH + 1, use_cache=False)
    after = files(tmp_path)
    assert after == before  # not one file of the last build replaced
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_nothing_changed_means_nothing_is_even_loaded(
    example_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    deck = content / "groups/open-data-standards/deck-2016-11-16.yaml"
    text = deck.read_text(encoding="utf-8").replace("status: for-approval", "status: draft")
    french_title = "  fr: Des normes communes de données ouvertes pour le Canada\n"
    deck.write_text(text.replace(french_title, ""))  # a warning, allowed in a draft
    out = tmp_path / "out"
    first = build(content, out, source_date_epoch=EPOCH)
    assert first.diagnostics  # the draft's warnings
    from councilkit.build import stream

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged build must not load the content")

    monkeypatch.setattr(stream, "build_changed", no_loading)
    again = build(content, out, source_date_epoch=EPOCH)
    assert again.reused == len(again.entries) == 12
    assert [d.format() for d in again.diagnostics] == [d.format() for d in first.diagnostics]
    assert sorted(e.path for e in again.entries) == sorted(e.path for e in first.entries)


def test_an_output_changed_on_disk_is_rendered_again(example_content: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(example_content, out, source_date_epoch=EPOCH)
    tampered = out / "open-data-standards-mandate-fra.docx"
    good = tampered.read_bytes()
    tampered.write_bytes(b"edited by hand")
    written: list[str] = []
    result = build(
        example_content,
        out,
        source_date_epoch=EPOCH,
        on_output=lambda p, reused: None if reused else written.append(p.name),
    )
    assert written == ["open-data-standards-mandate-fra.docx"]
    assert result.reused == 11
    assert tampered.read_bytes() == good
