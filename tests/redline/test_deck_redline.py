"""``councilkit redline`` on decks: two folders of the example content (or a git
repository of it), one deck edited, and the Word document that lists its slides added,
removed, changed and moved, read back with python-docx."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from clikit import run
from docx.table import Table
from docx.text.paragraph import Paragraph
from gitrepo import arm, git, make_repository
from pictures import picture

DECK = "groups/joint-councils-framework/deck-2016-09-14.yaml"
STEM = "joint-councils-framework-deck-2016-09-14"
SPLIT = "\n  - kind: "
"""Where a slide starts in the deck's YAML."""
ONLY = ("--group", "joint-councils-framework", "--document", "deck-2016-09-14")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

NEW_SLIDE = """bullets
    id: next-steps
    title:
      en: Next steps for the councils
      fr: Prochaines étapes pour les conseils
    items:
      - en: Agree on the framework
        fr: S’entendre sur le cadre
"""


def edit(content: Path, *pairs: tuple[str, str]) -> None:
    """Each ``old`` text of the deck replaced by its ``new`` text, once."""
    path = content / DECK
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


def edit_slides(content: Path, change: Callable[[list[str]], list[str]]) -> None:
    """The deck's slides (their YAML, the first is slide 1) changed by ``change``."""
    path = content / DECK
    head, *slides = path.read_text(encoding="utf-8").split(SPLIT)
    slides = [s if s.endswith("\n") else s + "\n" for s in slides]
    path.write_text(SPLIT.join([head, *change(slides)]), encoding="utf-8")


@pytest.fixture
def versions(tmp_path: Path, example_content: Path) -> tuple[Path, Path]:
    """Two copies of the example content: the old version and the new."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(example_content, old)
    shutil.copytree(example_content, new)
    return old, new


def redline(
    versions: tuple[Path, Path], out: Path, *arguments: str
) -> subprocess.CompletedProcess[str]:
    old, new = versions
    return run("redline", str(new), "--from", str(old), "-o", str(out), *ONLY, *arguments)


def made(versions: tuple[Path, Path], out: Path, language: str = "en") -> Path:
    """The redline of the deck in ``language`` (written by a run that succeeded)."""
    result = redline(versions, out)
    assert result.returncode == 0, result.stdout + result.stderr
    path = out / f"{STEM}-{'eng' if language == 'en' else 'fra'}-redline.docx"
    assert f"wrote {path}" in result.stdout
    return path


def slides(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Each slide's heading and the rows of its table under it (Before, After)."""
    document = docx.Document(str(path))
    found: dict[str, list[tuple[str, str]]] = {}
    heading = ""
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph) and block.style is not None:
            if block.style.name == "Heading 2":
                heading = block.text
                found[heading] = []
        elif isinstance(block, Table) and heading:
            header, *rows = block.rows
            assert [c.text for c in header.cells] in (["Before", "After"], ["Avant", "Après"])
            assert header._tr.find(f"{W}trPr/{W}tblHeader") is not None
            found[heading] = [(r.cells[0].text, r.cells[1].text) for r in rows]
    return found


def marked(path: Path) -> tuple[list[str], list[str]]:
    """The words struck through, and the words underlined, in the document's order."""
    document = docx.Document(str(path))
    struck: list[str] = []
    underlined: list[str] = []
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for item in paragraph.runs:
                        if item.font.strike:
                            struck.append(item.text)
                        if item.font.underline:
                            underlined.append(item.text)
    return " ".join(struck).split(), " ".join(underlined).split()


def summary(path: Path) -> list[str]:
    """The lines of the summary: from its heading to the first slide's heading."""
    lines: list[str] = []
    for paragraph in docx.Document(str(path)).paragraphs:
        if paragraph.style is not None and paragraph.style.name == "Heading 2":
            break
        lines.append(paragraph.text)
    return lines


def test_a_bullet_changed_in_both_languages(versions: tuple[Path, Path], tmp_path: Path) -> None:
    edit(
        versions[1],
        ("Deliver best-in-class public services", "Deliver excellent public services"),
        ("Fournir les meilleurs services publics", "Fournir d’excellents services publics"),
    )
    out = tmp_path / "out"
    english = made(versions, out)
    found = slides(english)
    assert list(found) == ["Slide 4: Our scope"]
    assert ("Title: Our scope", "Title: Our scope") in found["Slide 4: Our scope"]
    assert (
        "Vision: Deliver best-in-class public services",
        "Vision: Deliver excellent public services",
    ) in found["Slide 4: Our scope"]
    assert marked(english) == (["best-in-class"], ["excellent"])
    opening = summary(english)
    assert opening[:3] == [
        "Pan-Canadian Digital Government: Aligning the Councils with the Call to Action",
        "Changes to the slides",
        "Summary of changes",
    ]
    assert opening[3] == (
        "Document: Pan-Canadian Digital Government: Aligning the Councils with the Call to "
        "Action – Joint Councils Framework Working Group."
    )
    assert opening[4].startswith(f"Compared: {versions[0]}, version 1.0 of September 14, 2016")
    assert opening[5:9] == [
        "Slides added: 0",
        "Slides removed: 0",
        "Slides changed: 1",
        "Slides moved: 0",
    ]
    french = out / f"{STEM}-fra-redline.docx"
    assert list(slides(french)) == ["Diapositive 4\u00a0: Notre portée"]
    assert summary(french)[1:3] == ["Modifications des diapositives", "Sommaire des modifications"]
    assert summary(french)[3].startswith("Document\u00a0: ")
    assert summary(french)[3].endswith(" – Groupe de travail sur le cadre des conseils mixtes.")
    assert marked(french) == (["les", "meilleurs"], ["d’excellents"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [(d["path"], d["kind"], d["language"]) for d in manifest["documents"]] == [
        (f"{STEM}-eng-redline.docx", "deck", "en"),
        (f"{STEM}-fra-redline.docx", "deck", "fr"),
    ]


def test_a_slide_added_is_shown_whole_and_the_slides_after_it_are_not(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    edit_slides(versions[1], lambda s: [*s[:4], NEW_SLIDE, *s[4:]])
    path = made(versions, tmp_path / "out")
    assert slides(path) == {
        "Slide 5, added: Next steps for the councils": [
            ("", "Title: Next steps for the councils"),
            ("", "Agree on the framework"),
        ]
    }
    assert marked(path) == (
        [],
        ["Next", "steps", "for", "the", "councils", "Agree", "on", "the", "framework"],
    )
    assert summary(path)[5:9] == [
        "Slides added: 1",
        "Slides removed: 0",
        "Slides changed: 0",
        "Slides moved: 0",
    ]


def test_a_slide_removed_is_shown_whole_under_its_old_number(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    edit_slides(versions[1], lambda s: [*s[:6], *s[7:]])  # slide 7, "Our goal"
    path = made(versions, tmp_path / "out", "fr")
    statement = (
        "Permettre aux conseils mixtes d’appuyer efficacement la prochaine génération de "
        "gouvernement numérique du Canada"
    )
    assert slides(path) == {
        "Diapositive 7 de l’ancienne version, supprimée\u00a0: Notre but": [
            ("Titre\u00a0: Notre but", ""),
            (f"Énoncé\u00a0: {statement}", ""),
        ]
    }
    assert marked(path) == (f"Notre but {statement}".split(), [])
    assert summary(path)[6] == "Diapositives supprimées\u00a0: 1"


def test_a_slide_moved_is_named_with_its_old_number(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    edit_slides(versions[1], lambda s: [*s[:2], s[6], *s[2:6], *s[7:]])  # 7 becomes 3
    path = made(versions, tmp_path / "out")
    assert slides(path) == {"Slide 3 (was 7): Our goal": []}
    assert "Moved, its words unchanged." in [p.text for p in docx.Document(str(path)).paragraphs]
    assert summary(path)[5:9] == [
        "Slides added: 0",
        "Slides removed: 0",
        "Slides changed: 0",
        "Slides moved: 1",
    ]


def test_slides_with_ids_are_matched_by_id_whatever_their_title(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    for content in versions:
        edit(content, ("  - kind: statement\n", "  - kind: statement\n    id: goal\n"))
    edit(versions[1], ("en: Our goal", "en: What the councils aim for"))
    edit_slides(versions[1], lambda s: [*s[:2], s[6], *s[2:6], *s[7:]])
    path = made(versions, tmp_path / "out")
    found = slides(path)
    assert list(found) == ["Slide 3 (was 7): What the councils aim for"]
    assert found["Slide 3 (was 7): What the councils aim for"][0] == (
        "Title: Our goal",
        "Title: What the councils aim for",
    )
    assert marked(path) == (["Our", "goal"], ["What", "the", "councils", "aim", "for"])
    assert summary(path)[7:9] == ["Slides changed: 1", "Slides moved: 0"]


def test_a_table_cell_changed(versions: tuple[Path, Path], tmp_path: Path) -> None:
    edit(
        versions[1],
        (
            "          - en: Medium\n            fr: Moyenne\n          - en: Protects",
            "          - en: High\n            fr: Élevée\n          - en: Protects",
        ),
    )
    path = made(versions, tmp_path / "out")
    rows = slides(path)["Slide 15: Key findings: Gap analysis"]
    assert (
        "Information security | Medium | Protects digital services; mandate to broaden to "
        "cyber security",
        "Information security | High | Protects digital services; mandate to broaden to "
        "cyber security",
    ) in rows
    assert ("Table", "Table") in rows
    assert marked(path) == (["Medium"], ["High"])


def test_a_chart_value_changed(versions: tuple[Path, Path], tmp_path: Path) -> None:
    edit(versions[1], ("values: [50, 37.5, 41.7]", "values: [50, 40, 41.7]"))
    path = made(versions, tmp_path / "out")
    rows = slides(path)["Slide 16: Key findings: Alignment of groups with the call to action"]
    assert ("High: 50.0% | 37.5% | 41.7%", "High: 50.0% | 40.0% | 41.7%") in rows
    assert ("Chart: Stacked bar chart", "Chart: Stacked bar chart") in rows
    assert marked(path) == (["37.5%"], ["40.0%"])
    french = tmp_path / "out" / f"{STEM}-fra-redline.docx"
    assert marked(french) == (["37,5"], ["40,0"])  # the unit after a no-break space is kept


@pytest.mark.parametrize(
    "edits",
    [
        (),
        (('version: "1.0"', 'version: "1.1"'), ("date: 2016-09-14", "date: 2016-09-21")),
    ],
    ids=["nothing", "version and date only"],
)
def test_no_change_gives_no_file_and_a_line(
    versions: tuple[Path, Path], tmp_path: Path, edits: tuple[tuple[str, str], ...]
) -> None:
    edit(versions[1], *edits)
    out = tmp_path / "out"
    result = redline(versions, out)
    assert result.returncode == 0, result.stderr
    assert "joint-councils-framework/deck-2016-09-14 (en): no change" in result.stdout
    assert "joint-councils-framework/deck-2016-09-14 (fr): no change" in result.stdout
    assert "0 redlines" in result.stdout
    assert [p.name for p in out.iterdir()] == ["manifest.json"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == []


def test_a_change_in_one_language_gives_that_language_only(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    edit(versions[1], ("Fournir les meilleurs services publics", "Offrir les meilleurs services"))
    out = tmp_path / "out"
    result = redline(versions, out)
    assert result.returncode == 0
    assert "joint-councils-framework/deck-2016-09-14 (en): no change" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == [
        "joint-councils-framework-deck-2016-09-14-fra-redline.docx",
        "manifest.json",
    ]


def test_two_runs_give_the_same_bytes_dated_with_the_new_version(
    versions: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(versions[1], ("values: [50, 37.5, 41.7]", "values: [50, 40, 41.7]"))
    edit(versions[1], ("date: 2016-09-14", "date: 2016-09-21"))
    first, second = made(versions, tmp_path / "a"), made(versions, tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    assert (tmp_path / "a" / "manifest.json").read_bytes() == (
        tmp_path / "b" / "manifest.json"
    ).read_bytes()
    with zipfile.ZipFile(first) as package:
        core = package.read("docProps/core.xml").decode()
        assert {i.date_time for i in package.infolist()} == {(2016, 9, 21, 0, 0, 0)}
    assert "2016-09-21T00:00:00Z" in core
    properties = docx.Document(str(first)).core_properties
    assert properties.title == (
        "Changes to the slides – Pan-Canadian Digital Government: Aligning the Councils "
        "with the Call to Action"
    )
    assert properties.language == "en-CA"
    assert properties.identifier == "joint-councils-framework/deck-2016-09-14"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1500000000")
    dated = made(versions, tmp_path / "c")
    with zipfile.ZipFile(dated) as package:
        assert "2017-07-14T02:40:00Z" in package.read("docProps/core.xml").decode()


def test_the_file_passes_the_audit_with_its_title_and_language(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    edit_slides(versions[1], lambda s: [*s[:4], NEW_SLIDE, *s[4:6], *s[7:]])
    edit(versions[1], ("values: [50, 37.5, 41.7]", "values: [50, 40, 41.7]"))
    path = made(versions, tmp_path / "out")
    french = tmp_path / "out" / f"{STEM}-fra-redline.docx"
    result = run("audit", str(path), str(french))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(0 errors, 0 warnings)" in result.stdout
    properties = docx.Document(str(french)).core_properties
    assert properties.language == "fr-CA"
    assert properties.title.startswith("Modifications des diapositives – ")
    with zipfile.ZipFile(french) as package:
        assert '<w:lang w:val="fr-CA"' in package.read("word/styles.xml").decode()


def test_libreoffice_converts_it(
    versions: tuple[Path, Path],
    tmp_path: Path,
    pdf_converter: Callable[[list[Path], Path], list[Path]],
    pdf_text: Callable[[Path], str],
) -> None:
    edit_slides(versions[1], lambda s: [*s[:6], *s[7:]])
    edit(
        versions[1], ("Deliver best-in-class public services", "Deliver excellent public services")
    )
    path = made(versions, tmp_path / "out")
    (pdf,) = pdf_converter([path], tmp_path / "pdf")
    shown = pdf_text(pdf)
    assert "Summary of changes" in shown
    for words in ("Slide 7 of the old version, removed: Our goal", "best-in-class", "excellent"):
        assert words in shown


def test_a_git_revision_is_read_without_running_git(tmp_path: Path, example_content: Path) -> None:
    root = tmp_path / "repo"
    content = root / "content"
    shutil.copytree(example_content, content)
    make_repository(root, {})
    git(root, "tag", "v1")
    edit(content, ("values: [50, 37.5, 41.7]", "values: [50, 40, 41.7]"))
    arm(root, tmp_path / "git-ran")
    before = {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    out = tmp_path / "out"
    result = run("redline", str(content), "--from", "v1", "-o", str(out), *ONLY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (tmp_path / "git-ran").exists()
    assert {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()} == before
    path = out / f"{STEM}-eng-redline.docx"
    assert summary(path)[4].startswith("Compared: v1 (")
    assert marked(path) == (["37.5%"], ["40.0%"])


def test_a_new_deck_has_nothing_to_compare_with(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = versions
    (old / DECK).unlink()
    out = tmp_path / "out"
    result = run("redline", str(new), "--from", str(old), "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        f"joint-councils-framework/deck-2016-09-14: a new deck, not in {old}: no redline"
        in result.stdout
    )
    asked = tmp_path / "asked"
    result = redline(versions, asked)
    assert result.returncode == 2
    assert f"{old} has no deck 'deck-2016-09-14' in group 'joint-councils-framework'" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not asked.exists()


def test_a_deck_gone_from_the_new_version_is_named(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = versions
    (new / DECK).unlink()
    out = tmp_path / "out"
    result = run("redline", str(new), "--from", str(old), "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "joint-councils-framework/deck-2016-09-14: not in the new version: no redline"
        in result.stdout
    )
    assert [p.name for p in out.iterdir()] == ["manifest.json"]
    result = redline(versions, tmp_path / "asked")
    assert result.returncode == 2
    assert "no mandate, terms of reference or deck 'deck-2016-09-14'" in result.stderr
    assert not (tmp_path / "asked").exists()


PICTURE_SLIDE = """picture
    id: team
    title: {en: Our team, fr: Notre équipe}
    image: images/team.png
    alt: {en: The team at work, fr: L’équipe au travail}
"""


def test_a_picture_file_replaced_under_the_same_name_is_a_change(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    """The picture slide's words are the same, but its file is not: the row of the picture
    shows each file's fingerprint, so the change is seen; the same file is no change."""
    for content, colour in zip(versions, ("red", "blue"), strict=True):
        edit_slides(content, lambda s: [*s, PICTURE_SLIDE])
        images = content / "groups/joint-councils-framework/images"
        images.mkdir(exist_ok=True)
        (images / "team.png").write_bytes(picture("PNG", size=(40, 30 if colour == "red" else 31)))
    found = slides(made(versions, tmp_path / "out"))
    (heading,) = found
    assert heading.endswith(": Our team")
    (row,) = [r for r in found[heading] if "images/team.png" in r[0] + r[1]]
    before, after = row
    assert "images/team.png (file " in before and "images/team.png (file " in after
    assert before != after
    french = slides(tmp_path / "out" / f"{STEM}-fra-redline.docx")
    assert any("images/team.png (fichier " in r[1] for rows in french.values() for r in rows)
    # the same bytes in both versions: nothing to show
    new_file = versions[1] / "groups/joint-councils-framework/images/team.png"
    new_file.write_bytes(
        (versions[0] / "groups/joint-councils-framework/images/team.png").read_bytes()
    )
    result = redline(versions, tmp_path / "again")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no change" in result.stdout
