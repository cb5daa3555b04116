"""The sections of two versions matched by their place in the content: a standard
section by its key (``scope``, ``meetings``: its YAML key), a free section by its YAML path
(``sections[2]``), or as the free section of the old version with its title (see
:func:`known_as`). Matched sections are revised block by block; a section of one version
only, or whose place among the others changed, is deleted whole where it was and inserted
whole where it is (no move markup)."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from councilkit.document import outline
from councilkit.document.model import Block
from councilkit.document.model import Document as Planned
from councilkit.model import Document, FreeSection, Language, TermsOfReference, WorkingGroup
from councilkit.redline.blocks import Differ, ended


def section_ids(document: Document, group: WorkingGroup, *, numbered: bool) -> list[str]:
    """The YAML path of each section of ``document``, in print order (a free section
    by its place in the list)."""
    free = free_sections(document)
    found: list[str] = []
    for section in outline.plan_document(document, group, numbered=numbered):
        if section.key != "free":
            found.append(section.key)
            continue
        index = next(i for i, f in enumerate(free) if f.title is section.title)
        found.append(f"sections[{index}]")
    return found


def known_as(old: Document, new: Document, ids: list[str]) -> list[str]:
    """``ids``, the sections of ``new``, with each free section named as the free section
    of ``old`` it is: the one with its title in either language, else the first placed
    after the same section, else the one at its place in the list (a free section has no
    id of its own: one added before it moves it down the list)."""
    before, after = free_sections(old), free_sections(new)
    tests: tuple[Callable[[int, int], bool], ...] = (
        lambda i, j: _same_title(before[i], after[j]),
        lambda i, j: before[i].after == after[j].after,
        lambda i, j: i == j,
    )
    same: dict[int, int] = {}
    for test in tests:
        for j in range(len(after)):
            found = (i for i in range(len(before)) if j not in same and i not in same.values())
            chosen = next((i for i in found if test(i, j)), None)
            if chosen is not None:
                same[j] = chosen
    named = {f"sections[{j}]": f"sections[{i}]" for j, i in same.items()}
    return [named.get(i, f"new {i}" if i.startswith("sections[") else i) for i in ids]


def _same_title(a: FreeSection, b: FreeSection) -> bool:
    """Whether two free sections have the same title in a language (a missing title is
    no title)."""
    return any(bool(a.title.get(x)) and a.title.get(x) == b.title.get(x) for x in Language)


def free_sections(document: Document) -> tuple[FreeSection, ...]:
    return document.sections if isinstance(document, TermsOfReference) else ()


def revised_body(
    differ: Differ, old: Planned, new: Planned, old_ids: list[str], new_ids: list[str]
) -> list[Any]:
    """The body of ``new`` with tracked changes against ``old``, section by section."""
    before, after = _blocks(old), _blocks(new)
    result: list[Any] = []
    matcher = difflib.SequenceMatcher(None, old_ids, new_ids, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for x, y in zip(before[i1:i2], after[j1:j2], strict=True):
                result.extend(differ.revise(x, y, last=False))
            continue
        for x in before[i1:i2]:
            result.extend(differ.revise(x, (), last=False))
        for y in after[j1:j2]:
            result.extend(differ.revise((), y, last=False))
    return ended(result)


def _blocks(document: Planned) -> list[tuple[Block, ...]]:
    return [(s.heading, *(b for part in s.parts for b in part.blocks)) for s in document.sections]
