"""Helpers for the translation tests (imported as ``from i18nkit import ...``)."""

from __future__ import annotations

import difflib
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from councilkit.cli import main

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
MANDATE = "groups/open-data-standards/mandate.yaml"
TERMS = "groups/joint-councils-framework/terms-of-reference.yaml"
DECK = "groups/joint-councils-framework/deck-2016-09-14.yaml"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` and its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def changed_lines(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    """The lines removed and the lines added between two versions of a file."""
    diff = list(
        difflib.unified_diff(
            before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0
        )
    )
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    return removed, added


def run(*args: str) -> int:
    return main(list(args))


def set_xliff_target(path: Path, unit_id: str, text: str) -> None:
    """Replace the target of unit ``unit_id`` with plain ``text`` (no tags)."""
    ET.register_namespace("", NS["x"])
    tree = ET.parse(path)
    unit = tree.getroot().find(f".//x:trans-unit[@id='{unit_id}']", NS)
    assert unit is not None, unit_id
    target = unit.find("x:target", NS)
    if target is None:
        target = ET.Element(f"{{{NS['x']}}}target")
        unit.insert(1, target)
    for child in list(target):
        target.remove(child)
    target.text = text
    target.set("state", "translated")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def edit_xliff(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def set_po_target(path: Path, unit_id: str, text: str) -> None:
    with path.open("rb") as handle:
        catalog = read_po(handle)
    message = next(m for m in catalog if m.context == unit_id)
    message.string = text
    message.flags.discard("fuzzy")
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0)
    path.write_bytes(buffer.getvalue())


def refused(content: Path, capsys: pytest.CaptureFixture[str], *files: Path) -> str:
    """Import ``files`` into ``content``: it must exit 1, say that nothing was written, and
    change no byte of the content. Returns what it printed: the problems (on stdout),
    then the rest (on stderr)."""
    before = snapshot(content)
    capsys.readouterr()
    assert run("i18n", "import", str(content), *map(str, files)) == 1
    assert snapshot(content) == before
    captured = capsys.readouterr()
    err = captured.out + captured.err
    assert "Traceback" not in err
    assert "internal error" not in err
    assert "nothing was written" in err
    return err


def export_with_one_change(content: Path, out: Path, text: str, *, po: bool = False) -> Path:
    """Export the group open-data-standards into ``out`` (XLIFF, or PO), translate the
    mandate's ``history[2].summary`` as ``text``; returns the mandate's file."""
    suffix = "po" if po else "xlf"
    group = ["--group", "open-data-standards", "--format", "po" if po else "xliff"]
    assert run("i18n", "export", str(content), "-o", str(out), *group, "-q") == 0
    path = out / f"open-data-standards/mandate.fr.{suffix}"
    (set_po_target if po else set_xliff_target)(path, "history[2].summary", text)
    return path
