"""Runs (with their properties), tabs and fields (PAGE, NUMPAGES, SECTIONPAGES, TOC) as
whole elements: each function writes an element's start and end together."""

from __future__ import annotations

from councilkit.xml_escape import text

MEMO_LIMIT = 10_000
"""Runs remembered at most (a long-lived process forgets them all past this)."""

_RUNS: dict[tuple[str, str], str] = {}
"""Runs by their text and properties, on which alone they depend: a document writes the
same words (headings, table headers, names) many times, and a build many documents."""


def run(value: str, properties: str = "") -> str:
    """A ``w:r`` holding ``value`` with ``properties`` (a ``w:rPr``, or nothing)."""
    written = _RUNS.get((value, properties))
    if written is None:
        if value and (value[0].isspace() or value[-1].isspace()):
            written = f'<w:r>{properties}<w:t xml:space="preserve">{text(value)}</w:t></w:r>'
        else:
            written = f"<w:r>{properties}<w:t>{text(value)}</w:t></w:r>"
        if len(_RUNS) >= MEMO_LIMIT:
            _RUNS.clear()
        _RUNS[value, properties] = written
    return written


TAB = "<w:r><w:tab/></w:r>"


def field_begin(instruction: str, *, dirty: bool = False) -> str:
    """The start of a complex field: ``begin``, its instruction, ``separate``; its shown
    result follows, then :data:`FIELD_END`."""
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        if dirty
        else '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    )
    return (
        f'{begin}<w:r><w:instrText xml:space="preserve"> {text(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def simple_field(instruction: str, cached: str) -> str:
    """A whole field (``PAGE``, ``NUMPAGES``) with the value shown before it is updated."""
    return field_begin(instruction) + run(cached) + FIELD_END
