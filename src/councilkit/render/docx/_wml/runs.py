"""Runs (with bold, italic, a character style and their own language), hyperlinks to
addresses and to bookmarks, tabs, and fields (PAGE, NUMPAGES, TOC)."""

from __future__ import annotations

from councilkit.render.docx._wml.escape import attribute, text

HYPERLINK_END = "</w:hyperlink>"
_B = "<w:b/><w:bCs/>"
_I = "<w:i/><w:iCs/>"


def run(
    out: list[str],
    value: str,
    *,
    bold: bool = False,
    italic: bool = False,
    lang: str | None = None,
    style_id: str | None = None,
) -> None:
    """A ``w:r`` holding ``value``; ``lang`` tags a run in a language other than the
    document's."""
    if bold or italic or lang or style_id:
        out.append("<w:r><w:rPr>")
        if style_id:
            out.append(f'<w:rStyle w:val="{style_id}"/>')
        if bold:
            out.append(_B)
        if italic:
            out.append(_I)
        if lang:
            out.append(f'<w:lang w:val="{attribute(lang)}"/>')
        out.append("</w:rPr>")
    else:
        out.append("<w:r>")
    out.append(_text_end(value))


def plain_run(value: str) -> str:
    """A ``w:r`` holding ``value`` with no properties: most runs of a document."""
    return "<w:r>" + _text_end(value)


def _text_end(value: str) -> str:
    """``w:t`` (keeping spaces at either end) and the end of the run."""
    if value and (value[0].isspace() or value[-1].isspace()):
        return f'<w:t xml:space="preserve">{text(value)}</w:t></w:r>'
    return f"<w:t>{text(value)}</w:t></w:r>"


def hyperlink(out: list[str], rid: str) -> None:
    """Opens a ``w:hyperlink`` to relationship ``rid``; close it with :data:`HYPERLINK_END`."""
    out.append(f'<w:hyperlink r:id="{attribute(rid)}" w:history="1">')


def anchor_link(out: list[str], bookmark: str) -> None:
    """Opens a ``w:hyperlink`` to a bookmark of the document."""
    out.append(f'<w:hyperlink w:anchor="{attribute(bookmark)}" w:history="1">')


def tab(out: list[str]) -> None:
    out.append("<w:r><w:tab/></w:r>")


def field_begin(out: list[str], instruction: str, *, dirty: bool = False) -> None:
    """Opens a complex field: ``begin``, its instruction, ``separate``."""
    out.append(
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        if dirty
        else '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    )
    out.append(f'<w:r><w:instrText xml:space="preserve"> {text(instruction)} </w:instrText></w:r>')
    out.append('<w:r><w:fldChar w:fldCharType="separate"/></w:r>')


def field_end(out: list[str]) -> None:
    out.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def simple_field(out: list[str], instruction: str, cached: str) -> None:
    """A whole field (``PAGE``, ``NUMPAGES``) with the value shown before it is updated."""
    field_begin(out, instruction)
    run(out, cached)
    field_end(out)
