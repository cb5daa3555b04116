"""A picture added or removed is tracked whole (its drawing and its paragraph mark), its
caption as a paragraph: accepting gives the new version's pictures and captions,
rejecting the old version's; in both languages."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from clikit import run
from contentkit import MANDATE, content
from lxml import etree
from pictures import picture
from redlinekit import W, body, resolve, texts

FIGURE = """\
  - image: images/members.png
    alt: {en: Members by jurisdiction, fr: Membres par administration}
    caption: {en: "Figure 1: Members", fr: "Figure 1 : Membres"}
"""


def version(folder: Path, *, shown: bool) -> Path:
    """The mandate of a small content folder, with the picture or without it."""
    root = content(folder, groups__g__mandate=MANDATE + (FIGURE if shown else ""))
    (root / "groups/g/images").mkdir()
    (root / "groups/g/images/members.png").write_bytes(picture("PNG"))
    return root


def drawings(root: etree._Element) -> int:
    return len(list(root.iter(f"{W}drawing")))


@pytest.mark.parametrize(("language", "suffix"), [("en", "eng"), ("fr", "fra")])
@pytest.mark.parametrize(("before", "after"), [(True, False), (False, True)])
def test_a_picture_added_or_removed_is_tracked(
    tmp_path: Path, language: str, suffix: str, before: bool, after: bool
) -> None:
    old, new = version(tmp_path / "old", shown=before), version(tmp_path / "new", shown=after)
    out = tmp_path / "out"
    result = run("redline", str(new), "--from", str(old), "-o", str(out), "--lang", language)
    assert result.returncode == 0, result.stdout + result.stderr
    redline = out / f"g-mandate-{suffix}-redline.docx"
    root = body(redline)
    (drawing,) = root.iter(f"{W}drawing")
    mark = drawing.getparent().getparent()
    assert etree.QName(mark).localname == ("ins" if after else "del")
    caption = "Figure 1: Members" if language == "en" else "Figure 1\u00a0: Membres"
    accepted, rejected = resolve(body(redline), accept=True), resolve(body(redline), accept=False)
    assert (drawings(accepted), drawings(rejected)) == (int(after), int(before))
    assert (caption in texts(accepted), caption in texts(rejected)) == (after, before)
    # the picture and its caption
    added, removed = ("insertions", "deletions") if language == "en" else ("ajouts", "suppressions")
    counts = f"{added} {2 * after}, {removed} {2 * before}"
    assert counts in texts(root)[3]


def _media(redline: Path) -> list[bytes]:
    """The pictures of a .docx, in the order of their part names."""
    with zipfile.ZipFile(redline) as package:
        names = sorted(n for n in package.namelist() if n.startswith("word/media/"))
        return [package.read(n) for n in names]


def test_a_picture_whose_file_changed_is_removed_and_added_showing_each_version(
    tmp_path: Path,
) -> None:
    """Same path, same alt text and caption, other bytes: the old picture struck out (drawn
    from the old version's file) and the new one inserted; accepting keeps the new."""
    old, new = version(tmp_path / "old", shown=True), version(tmp_path / "new", shown=True)
    blue = picture("PNG", size=(60, 30))
    (new / "groups/g/images/members.png").write_bytes(blue)
    out = tmp_path / "out"
    result = run("redline", str(new), "--from", str(old), "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    redline = out / "g-mandate-eng-redline.docx"
    root = body(redline)
    marks = [etree.QName(d.getparent().getparent()).localname for d in root.iter(f"{W}drawing")]
    assert marks == ["del", "ins"]
    assert sorted(_media(redline)) == sorted([picture("PNG"), blue])
    accepted, rejected = resolve(body(redline), accept=True), resolve(body(redline), accept=False)
    assert (drawings(accepted), drawings(rejected)) == (1, 1)


def test_a_picture_kept_with_the_same_bytes_is_no_change(tmp_path: Path) -> None:
    old, new = version(tmp_path / "old", shown=True), version(tmp_path / "new", shown=True)
    out = tmp_path / "out"
    result = run("redline", str(new), "--from", str(old), "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "g/mandate (en): no change" in result.stdout
    assert not (out / "g-mandate-eng-redline.docx").exists()


def test_a_picture_removed_with_its_file_is_drawn_from_the_old_version(tmp_path: Path) -> None:
    """The new version no longer has the file: the struck-out picture is read from the old
    version, not looked for in the new one."""
    old, new = version(tmp_path / "old", shown=True), version(tmp_path / "new", shown=False)
    (new / "groups/g/images/members.png").unlink()
    out = tmp_path / "out"
    result = run("redline", str(new), "--from", str(old), "-o", str(out), "--lang", "fr")
    assert result.returncode == 0, result.stdout + result.stderr
    redline = out / "g-mandate-fra-redline.docx"
    (drawing,) = body(redline).iter(f"{W}drawing")
    assert etree.QName(drawing.getparent().getparent()).localname == "del"
    assert _media(redline) == [picture("PNG")]
