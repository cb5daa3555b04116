"""``councilkit redline`` on a git repository of the example content with edits of every
kind (see redlinekit.py), in both languages: accepting every change gives the new
version's text, rejecting every change the old version's, paragraph by paragraph, table of
contents included."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from clikit import run
from gitrepo import git
from redlinekit import MARKS, STEM, TOR, W, body, built, redlined, resolve, snapshot, texts


def test_accepting_gives_the_new_text_and_rejecting_the_old(
    repository: Path, old_content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", "v1", "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"wrote {out}/{STEM}-eng-redline.docx" in result.stdout
    assert "open-data-standards/mandate (en): no change" in result.stdout
    assert not (tmp_path / "git-ran").exists()
    for language, suffix, title in (
        ("en", "eng", "Summary of changes"),
        ("fr", "fra", "Sommaire des modifications"),
    ):
        redline = out / f"{STEM}-{suffix}-redline.docx"
        new_texts = texts(body(built(repository, tmp_path / f"new-{language}", language)))
        old_texts = texts(body(built(old_content, tmp_path / f"old-{language}", language)))
        accepted = texts(resolve(body(redline), accept=True))
        rejected = texts(resolve(body(redline), accept=False))
        assert accepted[0] == title
        opening = len(accepted) - len(new_texts)
        # the summary: its title, the document, the versions compared, a line per
        # section changed
        assert accepted[1] in (
            "Document: Terms of reference – Open Data Standards Working Group.",
            "Document\u00a0: Cadre de référence – Groupe de travail sur les normes de données "
            "ouvertes.",
        )
        assert accepted[2].startswith(("Compared: v1 (", "Versions comparées\u00a0: v1 ("))
        assert all(
            re.fullmatch(r".+\u00a0?: [a-z]+ \d+, [a-z]+ \d+, [a-z ]+ \d+\.", line)
            for line in accepted[3:opening]
        ), accepted[3:opening]
        assert opening >= 8
        assert accepted[opening:] == new_texts
        assert rejected[:opening] == accepted[:opening]
        assert rejected[opening:] == old_texts
        assert accepted[opening:] != rejected[opening:]
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json",
        f"{STEM}-eng-redline.docx",
        f"{STEM}-fra-redline.docx",
    ]


@pytest.mark.parametrize(
    ("language", "suffix", "deleted_words"),
    [
        ("en", "eng", ("licences", "Quorum", "yearly report")),
        ("fr", "fra", ("ouvertes", "Quorum", "rapport annuel")),
    ],
)
def test_every_kind_of_change_is_marked_with_unique_ids(
    repository: Path, tmp_path: Path, language: str, suffix: str, deleted_words: tuple[str, ...]
) -> None:
    out = redlined(repository, tmp_path / "out", "--lang", language)
    root = body(out / f"{STEM}-{suffix}-redline.docx")
    marks = [m for tag in MARKS for m in root.iter(f"{W}{tag}")]
    ids = [m.get(f"{W}id") for m in marks]
    bookmarks = {b.get(f"{W}id") for b in root.iter(f"{W}bookmarkStart")}
    assert len(ids) == len(set(ids)) and not set(ids) & bookmarks
    assert len({m.get(f"{W}author") for m in marks}) == 1  # the organisation
    assert {m.get(f"{W}date") for m in marks} == {"2016-12-07T00:00:00Z"}
    where = {(m.tag, m.getparent().tag.removeprefix(W)) for m in marks}
    assert {  # words (in a link too), whole paragraphs, table rows, styles
        (f"{W}ins", "p"),
        (f"{W}del", "p"),
        (f"{W}ins", "hyperlink"),
        (f"{W}del", "hyperlink"),
        (f"{W}ins", "rPr"),
        (f"{W}del", "rPr"),
        (f"{W}ins", "trPr"),
        (f"{W}pPrChange", "pPr"),
        (f"{W}rPrChange", "rPr"),
    } <= where
    deleted = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    assert all(words in deleted for words in deleted_words)


def test_two_runs_give_the_same_bytes_and_the_author_is_named(
    repository: Path, tmp_path: Path
) -> None:
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name
        result = run(
            "redline", str(repository), "--from", "v1", "-o", str(out), "--author", "Secretariat"
        )
        assert result.returncode == 0
        outputs.append(snapshot(out))
    assert outputs[0] == outputs[1]
    root = body(tmp_path / "a" / f"{STEM}-fra-redline.docx")
    assert {m.get(f"{W}author") for m in root.iter(f"{W}ins")} == {"Secretariat"}


def test_a_folder_and_a_revision_give_the_same_redline(
    repository: Path, old_content: Path, tmp_path: Path
) -> None:
    git(repository.parent, "add", "-A")
    git(repository.parent, "commit", "-q", "-m", "second")
    by_folder, by_revision = tmp_path / "f", tmp_path / "r"
    assert (
        run("redline", str(repository), "--from", str(old_content), "-o", str(by_folder)).returncode
        == 0
    )
    assert (
        run(
            "redline", str(repository), "--from", "v1", "--to", "HEAD", "-o", str(by_revision)
        ).returncode
        == 0
    )
    folder, revision = snapshot(by_folder), snapshot(by_revision)
    assert folder.keys() == revision.keys()
    name = f"{STEM}-eng-redline.docx"
    # the same changes; only the versions' names in the summary (its third line) differ
    by_folder_texts, by_revision_texts = (
        texts(body(by_folder / name)),
        texts(body(by_revision / name)),
    )
    assert by_folder_texts[2] != by_revision_texts[2]
    del by_folder_texts[2], by_revision_texts[2]
    assert by_folder_texts == by_revision_texts


def test_no_change_writes_no_redline(repository: Path, tmp_path: Path) -> None:
    git(repository.parent, "add", "-A")
    git(repository.parent, "commit", "-q", "-m", "second")
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", "HEAD", "-o", str(out))
    assert result.returncode == 0
    assert "open-data-standards/terms-of-reference (fr): no change" in result.stdout
    assert "0 redlines" in result.stdout
    assert [p.name for p in out.iterdir()] == ["manifest.json"]


@pytest.mark.parametrize(
    ("arguments", "message", "status"),
    [
        (("--from", "v9"), "revision 'v9'", 2),
        (("--from", "v1", "--group", "nope"), "no group 'nope'", 2),
        (("--from", "v1", "--document", "nope"), "'nope'", 2),
    ],
)
def test_bad_requests_write_nothing(
    repository: Path, tmp_path: Path, arguments: tuple[str, ...], message: str, status: int
) -> None:
    out = tmp_path / "out"
    before = snapshot(repository.parent)
    result = run("redline", str(repository), *arguments, "-o", str(out))
    assert result.returncode == status
    assert message in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert snapshot(repository.parent) == before


def test_a_folder_that_is_not_content(repository: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", str(tmp_path / "empty"), "-o", str(out))
    assert result.returncode == 2
    assert "not a councilkit content folder" in result.stderr
    assert not out.exists()


def test_a_version_without_the_group(repository: Path, tmp_path: Path) -> None:
    old = tmp_path / "without"
    shutil.copytree(repository, old)
    shutil.rmtree(old / "groups" / "open-data-standards")
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", str(old), "-o", str(out))
    assert result.returncode == 2
    assert f"{old} has no group 'open-data-standards'" in result.stderr
    assert not out.exists()


def test_a_revision_that_fails_check_is_named(repository: Path, tmp_path: Path) -> None:
    tor = repository / TOR
    good = tor.read_text(encoding="utf-8")
    tor.write_text(good.replace("status: draft", "status: drfat"), encoding="utf-8")
    git(repository.parent, "commit", "-q", "-am", "broken")
    tor.write_text(good, encoding="utf-8")
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", "HEAD", "-o", str(out))
    assert result.returncode == 1
    assert f"HEAD:{TOR}:5:9: error:" in result.stdout
    assert "nothing was written" in result.stderr
    assert not out.exists()


def test_libreoffice_shows_both_sides_of_the_changes(
    repository: Path,
    tmp_path: Path,
    pdf_converter: Callable[[list[Path], Path], list[Path]],
    pdf_text: Callable[[Path], str],
) -> None:
    out = tmp_path / "out"
    assert (
        run("redline", str(repository), "--from", "v1", "-o", str(out), "--lang", "en").returncode
        == 0
    )
    (pdf,) = pdf_converter([out / f"{STEM}-eng-redline.docx"], tmp_path / "pdf")
    shown = pdf_text(pdf)
    assert "Summary of changes" in shown
    for words in (
        "licences",
        "licenses",
        "Members serve two years",
        "yearly report",
        "Quorum",
        "methods",
        "working",
    ):
        assert words in shown  # deleted text is shown struck through, inserted underlined


def test_a_section_added_renumbers_the_next_and_the_contents_link_to_every_heading(
    repository: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run("redline", str(repository), "--from", "v1", "-o", str(out)).returncode == 0
    root = body(out / f"{STEM}-fra-redline.docx")
    inserted = "".join(t.text or "" for m in root.iter(f"{W}ins") for t in m.iter(f"{W}t"))
    assert "Budget" in inserted and "Les membres assument leurs propres frais." in inserted
    links = {h.get(f"{W}anchor") for h in root.iter(f"{W}hyperlink")} - {None}
    names = {b.get(f"{W}name") for b in root.iter(f"{W}bookmarkStart")}
    assert links and links <= names


def test_source_date_epoch_dates_the_changes(
    repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1500000000")
    out = tmp_path / "out"
    assert (
        run("redline", str(repository), "--from", "v1", "-o", str(out), "--lang", "fr").returncode
        == 0
    )
    root = body(out / f"{STEM}-fra-redline.docx")
    assert {m.get(f"{W}date") for m in root.iter(f"{W}del")} == {"2017-07-14T02:40:00Z"}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source_date_epoch"] == 1500000000
    assert [d["path"] for d in manifest["documents"]] == [f"{STEM}-fra-redline.docx"]


def test_a_bad_source_date_epoch_is_a_usage_error(
    repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", "v1", "-o", str(out))
    assert result.returncode == 2
    assert "SOURCE_DATE_EPOCH must be a whole number" in result.stderr
    assert not out.exists()


def test_a_revision_of_content_outside_any_repository(
    example_content: Path, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    out = tmp_path / "out"
    result = run("redline", str(content), "--from", "v1", "-o", str(out))
    assert result.returncode == 2
    assert f"'{content}' is not in a git repository" in result.stderr
    assert not out.exists()
