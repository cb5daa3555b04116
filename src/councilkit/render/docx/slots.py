"""A part's markup split around the place where each document's content goes, and parts
serialized as python-docx writes them."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from councilkit.render.docx.schema_order import NUMBERING, insert_in_order

_SLOT = "councilkit-slot"
_SLOT_TEXT = f"<!--{_SLOT}-->"


def slot_marker() -> etree._Element:
    """The comment marking where content goes, to put in a part before :func:`split`."""
    return etree.Comment(_SLOT)


@dataclass(frozen=True, slots=True)
class Slot:
    """A part's markup before and after the place where content goes."""

    before: str
    after: str

    def fill(self, content: str) -> bytes:
        return (self.before + content + self.after).encode("utf-8")


def serialize(root: etree._Element) -> bytes:
    """A part as python-docx writes it."""
    data: bytes = etree.tostring(root, encoding="UTF-8", standalone=True)
    return data


def numbering_slot(numbering: etree._Element) -> Slot:
    """The numbering part split where new ``w:num`` go: after every ``w:abstractNum`` and
    ``w:num``, before ``w:numIdMacAtCleanup``."""
    root = copy.deepcopy(numbering)
    insert_in_order(root, slot_marker(), NUMBERING, place_as="num")
    return split(root)


def slot_at_end(root: etree._Element) -> Slot:
    root = copy.deepcopy(root)
    root.append(slot_marker())
    return split(root)


def split(root: etree._Element) -> Slot:
    before, _, after = serialize(root).decode("utf-8").partition(_SLOT_TEXT)
    return Slot(before, after)
