"""The edits of the redline tests (every kind a redline tracks, in both languages), and
readers of a redline: its paragraphs with every change accepted or rejected (resolved in
the XML, as a word processor does: python-docx's ``Paragraph.text`` drops inserted and
deleted text)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from clikit import run
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOR = "groups/open-data-standards/terms-of-reference.yaml"
STEM = "open-data-standards-terms-of-reference"
MARKS = ("ins", "del", "pPrChange", "rPrChange")

TABLE = """
  - table:
      header:
        - en: Year
          fr: Année
        - en: Review
          fr: Examen
      rows:
        - - en: "2017"
            fr: "2017"
          - en: Annual review
            fr: Examen annuel
"""
ROW = """        - - en: "2018"
            fr: "2018"
          - en: Renewal of the mandate
            fr: Renouvellement du mandat
"""
SECOND_REPORT = """  - en: The secretariat publishes a [yearly report](https://example.org/report).
    fr: Le secrétariat publie un [rapport annuel](https://example.org/rapport).

official_languages:"""
QUORUM = """      - lead:
          en: Quorum
          fr: Quorum
        en: One co-chair and at least half of the members.
        fr: Un coprésident et au moins la moitié des membres.
"""
AGENDA = """      - lead:
          en: Agenda
          fr: Ordre du jour
        en: Sent one week before each meeting.
        fr: Envoyé une semaine avant chaque réunion.
"""
FREE_SECTIONS = """
sections:
  - after: reporting
    title:
      en: Communications
      fr: Communications
    body:
      - en: The secretariat posts approved standards on the "open government" portal.
        fr: Le secrétariat publie les normes approuvées sur le portail « gouvernement ouvert ».
  - after: review
    title:
      en: Working methods
      fr: Méthodes de travail
    body:
      - en: Members share drafts by email.
        fr: Les membres échangent les ébauches par courriel.
"""
BUDGET = """  - after: secretariat
    title:
      en: Budget
      fr: Budget
    body:
      - en: Members bear their own costs.
        fr: Les membres assument leurs propres frais.
"""
EDITS = [
    # a table row
    ("            fr: Examen annuel\n", "            fr: Examen annuel\n" + ROW),
    # a word
    ("Metadata, open licences", "Metadata, open licenses"),
    ("les licences ouvertes", "les licences libres"),
    # a sentence, with a link in it
    (
        "by writing to the secretariat.",
        "by writing to the secretariat. Members serve two years ([rules](https://example.org/rules)).",
    ),
    (
        "en écrivant au secrétariat.",
        "en écrivant au secrétariat. Les membres siègent deux ans ([règles](https://example.org/regles)).",
    ),
    # French typography in an inserted passage
    ("Decisions are made by consensus.", "Decisions are made by consensus: one member, one vote?"),
    (
        "Les décisions sont prises par consensus.",
        "Les décisions sont prises par consensus : un membre, une voix ?",
    ),
    # a list item removed, another added; a paragraph (with a link) removed
    (QUORUM, ""),
    ("\ndecision_making:", AGENDA + "\ndecision_making:"),
    (SECOND_REPORT, "\nofficial_languages:"),
    # a section added, one moved, a heading renamed
    ("  - after: review\n", BUDGET + "  - after: review\n"),
    ("after: reporting", "after: background"),
    ("en: Working methods", "en: Ways of working"),
    ("fr: Méthodes de travail", "fr: Façons de travailler"),
    # styles: emphasis on a word, a paragraph become a list item
    ("by email.", "by **email**."),
    ("par courriel.", "par **courriel**."),
    ("review:\n  - en: These", "review:\n  - bullets:\n      - en: These"),
    (
        "\n    fr: Le présent cadre de référence est revu",
        "\n        fr: Le présent cadre de référence est revu",
    ),
]


def old_text(example: str) -> str:
    """The terms of reference of the first version: a table, a second paragraph in a
    section, and two free sections, which the second version changes."""
    text = example.replace("\nofficial_languages:", SECOND_REPORT, 1)
    return text.rstrip("\n") + "\n" + TABLE + FREE_SECTIONS


def new_text(old: str) -> str:
    """Every kind of edit, in both languages."""
    for before, after in EDITS:
        assert before in old, before
        old = old.replace(before, after, 1)
    return old


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def part(path: Path, name: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def body(path: Path) -> etree._Element:
    return part(path).find(f"{W}body")


def resolve(root: etree._Element, *, accept: bool) -> etree._Element:
    """Every change accepted (or rejected): the dropped side's runs and rows removed, a
    paragraph whose mark is dropped joined to the next one, the kept side's marks
    unwrapped, the properties before a change put back (rejecting) or forgotten."""
    drop, keep = ("del", "ins") if accept else ("ins", "del")
    for change in list(root.iter(f"{W}pPrChange", f"{W}rPrChange")):
        properties = change.getparent()
        if not accept:
            kept = (f"{W}rPr", f"{W}sectPr") if change.tag == f"{W}pPrChange" else ()
            for child in list(properties):
                if child is not change and child.tag not in kept:
                    properties.remove(child)
            for index, child in enumerate(change[0]):
                properties.insert(index, child)
        properties.remove(change)
    joined: list[etree._Element] = []
    for mark in list(root.iter(f"{W}{drop}")):
        parent = mark.getparent()
        if parent.tag == f"{W}rPr" and parent.getparent().tag == f"{W}pPr":
            joined.append(parent.getparent().getparent())
        elif parent.tag == f"{W}trPr":
            row = parent.getparent()
            row.getparent().remove(row)
        else:
            parent.remove(mark)
    for paragraph in joined:
        following = paragraph.getnext()
        content = [c for c in paragraph if c.tag != f"{W}pPr"]
        if following is not None and following.tag == f"{W}p":
            at = 1 if following.find(f"{W}pPr") is not None else 0
            for offset, child in enumerate(content):
                following.insert(at + offset, child)
        paragraph.getparent().remove(paragraph)
    for mark in list(root.iter(f"{W}{keep}")):
        parent = mark.getparent()
        if parent.tag in (f"{W}rPr", f"{W}trPr"):
            parent.remove(mark)
            continue
        index = parent.index(mark)
        for child in reversed(list(mark)):
            parent.insert(index, child)
        parent.remove(mark)
    for deleted in root.iter(f"{W}delText"):
        deleted.tag = f"{W}t"
    return root


def texts(root: etree._Element) -> list[str]:
    """The text of every paragraph, in document order (tables' and the table of
    contents' too)."""
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def looks(root: etree._Element) -> list[tuple[str, str, str]]:
    """Each paragraph's style, text and bold words."""
    found = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        bold = "".join(
            "".join(t.text or "" for t in r.iter(f"{W}t"))
            for r in p.iter(f"{W}r")
            if r.find(f"{W}rPr/{W}b") is not None
        )
        found.append(("" if style is None else style.get(f"{W}val"), texts(p)[0], bold))
    return found


def built(content: Path, out: Path, language: str) -> Path:
    """The plain Word document of the terms of reference built from ``content``."""
    result = run("build", str(content), "-o", str(out), "--lang", language, "-j", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    return out / f"{STEM}-{language[:2]}{'g' if language == 'en' else 'a'}.docx"


def redlined(repository: Path, out: Path, *arguments: str) -> Path:
    """The folder of the redlines of the working tree against ``v1``."""
    result = run("redline", str(repository), "--from", "v1", "-o", str(out), *arguments)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def counted_marks(root: etree._Element) -> int:
    """How many tracked changes ``root`` holds."""
    return sum(1 for tag in MARKS for _ in root.iter(f"{W}{tag}"))


def merged_changes(root: etree._Element) -> int:
    """How many changes a word processor shows in ``root``: each property change, and
    each stretch of inserted (or deleted) text and paragraph marks with no kept text in
    it (LibreOffice, as Word, takes adjacent changes of one kind, author and date for
    one). A row's own mark is not counted: its cells' paragraphs are."""
    marks: list[str | None] = []

    def runs(element: etree._Element, kind: str | None) -> None:
        for child in element:
            name = etree.QName(child).localname
            if name in ("ins", "del"):
                runs(child, name)
            elif name == "hyperlink":
                runs(child, kind)
            elif name == "r":
                if child.find(f"{W}rPr/{W}rPrChange") is not None:
                    marks.append("format")
                if any(t.text for t in child.iter(f"{W}t", f"{W}delText")):
                    marks.append(kind)

    for paragraph in root.iter(f"{W}p"):
        if paragraph.find(f"{W}pPr/{W}pPrChange") is not None:
            marks.append("format")
        runs(paragraph, None)
        end = paragraph.find(f"{W}pPr/{W}rPr")
        kinds = [etree.QName(c).localname for c in (end if end is not None else ())]
        marks.append(next((k for k in kinds if k in ("ins", "del")), None))
    count, previous = 0, None
    for kind in marks:
        if kind == "format" or (kind is not None and kind != previous):
            count += 1
        previous = None if kind == "format" else kind
    return count


def compared(
    repository: Path, old_content: Path, tmp_path: Path, language: str
) -> tuple[Path, etree._Element, etree._Element]:
    """The redline in ``language`` of the working tree against ``v1``, and the bodies of
    the plain documents built from the new and the old version."""
    suffix = "eng" if language == "en" else "fra"
    out = redlined(repository, tmp_path / "out", "--lang", language)
    new = body(built(repository, tmp_path / "new", language))
    old = body(built(old_content, tmp_path / "old-build", language))
    return out / f"{STEM}-{suffix}-redline.docx", new, old
