"""Every input problem ``build`` would meet is found by ``check`` first, at its position:
``check`` exits 1 with the line, and ``build`` exits 1 with the same line and leaves the
output folder as it was (no document written, none replaced)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from contentkit import DECK, MANDATE, PROJECT, content
from pictures import SVG, picture, png_declaring

from councilkit.cli import main

FIGURE = "  - image: images/{name}\n    alt: {{en: A chart, fr: Un graphique}}\n"
PICTURE_SLIDE = (
    "  - kind: picture\n    title: {{en: Chart, fr: Graphique}}\n    image: images/{name}\n"
    "    alt: {{en: A chart, fr: Un graphique}}\n"
)
A, B = "{en: a, fr: a}", "{en: b, fr: b}"


@dataclass(frozen=True)
class Case:
    """Content files changed or added, pictures, and the error expected."""

    files: dict[str, str]
    at: str
    code: str
    says: str
    pictures: dict[str, bytes] = field(default_factory=dict)


LONG = 'long: &l "' + "x" * 300_000 + '"\n'
CASES = {
    "text-named-png-in-word": Case(
        {"groups__g__mandate": MANDATE + FIGURE.format(name="chart.png")},
        "groups/g/mandate.yaml:9:12",
        "bad-picture",
        "'images/chart.png' is not a picture (PNG, JPEG, GIF or BMP)",
        {"chart.png": b"Quarterly figures\n"},
    ),
    "svg-named-png-in-word": Case(
        {"groups__g__mandate": MANDATE + FIGURE.format(name="chart.png")},
        "groups/g/mandate.yaml:9:12",
        "bad-picture",
        "is an SVG drawing, which Word and PowerPoint do not both show; export it as PNG",
        {"chart.png": SVG},
    ),
    "bomb-in-word": Case(
        {"groups__g__mandate": MANDATE + FIGURE.format(name="chart.png")},
        "groups/g/mandate.yaml:9:12",
        "bad-picture",
        "has too many pixels, over 40,000,000",
        {"chart.png": png_declaring(100_000, 100_000)},
    ),
    "truncated-png-on-a-slide": Case(
        {"groups__g__deck": DECK + PICTURE_SLIDE.format(name="chart.png")},
        "groups/g/deck.yaml:10:12",
        "bad-picture",
        "'images/chart.png' is damaged or incomplete",
        {"chart.png": picture("PNG")[:60]},
    ),
    "empty-png-on-a-slide": Case(
        {"groups__g__deck": DECK + PICTURE_SLIDE.format(name="chart.png")},
        "groups/g/deck.yaml:10:12",
        "bad-picture",
        "'images/chart.png' is empty (0 bytes)",
        {"chart.png": b""},
    ),
    "short-row-on-a-slide": Case(
        {
            "groups__g__deck": DECK + "  - kind: table\n    title: {en: T, fr: T}\n"
            f"    table:\n      header: [{A}, {B}]\n      rows:\n        - [{A}]\n"
        },
        "groups/g/deck.yaml:13:12",
        "table-shape",
        "row 1 of this table has 1 cell but the header has 2 cells",
    ),
    "empty-header-in-word": Case(
        {"groups__g__mandate": MANDATE + "  - table:\n      header: []\n      rows: []\n"},
        "groups/g/mandate.yaml:10:7",
        "table-shape",
        "this table's header is empty",
    ),
    "roadmap-without-periods": Case(
        {
            "groups__g__deck": DECK
            + "  - kind: roadmap\n    title: {en: R, fr: R}\n    periods: []\n    actions: []\n"
        },
        "groups/g/deck.yaml:8:5",
        "missing-field",
        "this roadmap has no periods",
    ),
    "unknown-stem-field": Case(
        {"project": PROJECT + 'output:\n  stem: "{group}-{nosuch}"\n'},
        "project.yaml:11:9",
        "bad-value",
        "'{group}-{nosuch}' is not a valid stem",
    ),
    "stem-collision": Case(
        {"project": PROJECT + 'output:\n  stem: "{group}"\n', "groups__g__second": MANDATE},
        "project.yaml:11:9",
        "name-clash",
        "gives two documents the file name 'g-eng.docx' (g/mandate and g/second)",
    ),
    "alias-bomb-of-long-texts": Case(
        {"groups__g__mandate": MANDATE + LONG + "many: [" + ", ".join(["*l"] * 3000) + "]\n"},
        "groups/g/mandate.yaml:10:28",
        "alias-bomb",
        "the aliases up to this one repeat 1,800,000 characters of text",
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output of building good content: each case builds bad content over a copy."""
    root = tmp_path_factory.mktemp("good")
    assert main(["build", str(content(root / "content")), "-o", str(root / "out")]) == 0
    names = sorted(p.name for p in (root / "out").iterdir())
    assert names == [".councilkit", "g-mandate-eng.docx", "g-mandate-fra.docx", "manifest.json"]
    return root / "out"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("name", list(CASES))
def test_check_finds_it_and_build_writes_nothing(
    name: str,
    built: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = CASES[name]
    root = content(tmp_path / "content", **case.files)
    for picture_name, data in case.pictures.items():
        (root / "groups/g/images").mkdir(parents=True, exist_ok=True)
        (root / "groups/g/images" / picture_name).write_bytes(data)
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = snapshot(out)
    capsys.readouterr()

    assert main(["check", str(root)]) == 1
    checked = capsys.readouterr().out.splitlines()  # diagnostics go to standard output
    assert main(["build", str(root), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    building = (captured.out + captured.err).splitlines()

    errors = [line for line in checked if ": error: " in line]
    assert len(errors) == 1, checked
    assert errors[0].startswith(f"{root}/{case.at}: error: ")
    assert errors[0].endswith(f" [{case.code}]")
    assert case.says in errors[0]
    assert errors[0] in building
    assert "internal error" not in "\n".join(building)
    assert snapshot(out) == before
