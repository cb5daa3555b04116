"""A slide part that can hold its XML as the bytes written for it.

python-pptx keeps a part's XML as an element tree and serializes it on save. A slide
written as text (:mod:`.sheet`) needs no tree: :class:`TextSlidePart` keeps its bytes
and gives them as its blob, and parses them only when something asks for its element
(python-pptx reading the slide after it is drawn). The text is what lxml would write for
the tree: the same bytes either way.
"""

from __future__ import annotations

import functools
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.slide import CT_Slide
from pptx.oxml.xmlchemy import OxmlElement
from pptx.parts.slide import SlidePart

from councilkit.render.pptx._oxml.names import PML, R_ID, clone


class TextSlidePart(SlidePart):
    """A slide part whose XML is either an element tree or the bytes written for it."""

    _tree: Any
    _text: bytes | None = None

    @property
    def _element(self) -> Any:
        if self._text is not None:
            self._tree = parse_xml(self._text)
            self._text = None
        return self._tree

    @_element.setter
    def _element(self, element: Any) -> None:
        self._tree = element
        self._text = None

    def set_text(self, data: bytes) -> None:
        """Make ``data`` (a whole slide part, declaration included) the slide's XML."""
        self._text = data
        self.__dict__.pop("slide", None)  # python-pptx's slide object of the old tree

    @property  # type: ignore[misc]  # python-pptx's own is read-only too
    def blob(self) -> bytes:
        """The slide's XML as written in the package."""
        if self._text is not None:
            return self._text
        return super().blob


def open_slide(presentation: Any, layout: Any) -> Any:
    """A new slide on ``layout`` without shapes, its part made as python-pptx's
    ``PresentationPart.add_slide`` makes it, from a copy of a new slide's XML rather than a
    parse of it."""
    presentation_part = presentation.part
    id_list = presentation.slides._sldIdLst
    part = TextSlidePart(
        PackURI(f"/ppt/slides/slide{len(id_list) + 1}.xml"),
        CT.PML_SLIDE,
        presentation_part.package,
        clone(new_sld()),
    )
    part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    # a new part cannot be related already: add the relationship without looking for it
    r_id = presentation_part._rels._add_relationship(RT.SLIDE, part)
    add_slide_id(id_list, r_id)
    return part.slide


_SLIDE_IDS = etree.XPath("./p:sldId/@id", namespaces={"p": PML[1:-1]})
_FIRST_SLIDE_ID, _LAST_SLIDE_ID = 256, 2147483647


def add_slide_id(id_list: Any, r_id: str) -> None:
    """Append a ``p:sldId`` for the slide related as ``r_id`` to the slide list
    ``id_list``, as python-pptx's ``add_sldId`` does (one more than the largest id), with
    an XPath compiled once rather than at every slide."""
    following = max([_FIRST_SLIDE_ID - 1, *(int(v) for v in _SLIDE_IDS(id_list))]) + 1
    if following > _LAST_SLIDE_ID:  # python-pptx then looks for a free id
        id_list.add_sldId(r_id)
        return
    sld_id = OxmlElement("p:sldId")
    sld_id.set("id", str(following))
    sld_id.set(R_ID, r_id)
    id_list.append(sld_id)


@functools.cache
def new_sld() -> Any:
    """The ``p:sld`` of a new slide, as python-pptx makes it; only ever copied."""
    return CT_Slide.new()


@functools.cache
def slide_frame() -> tuple[str, str, str]:
    """A new slide's part as text, in three pieces: up to its name, from its name to the
    end of its shape tree's own properties (where shapes go), and the rest."""
    sld = clone(new_sld())
    sld.cSld.set("name", "NAME")
    data = serialize_part_xml(sld).decode("utf-8")
    before, after = data.split(' name="NAME"', 1)
    end = after.index("</p:spTree>")
    return before + ' name="', '"' + after[:end], after[end:]
