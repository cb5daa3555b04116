"""Renderers: one-language documents in, Office files out.

A renderer is registered here by document kind, with the module that holds it, so that
python-docx and python-pptx are imported only when a document of their kind is built.
Renderers know nothing of YAML: they read the model through a
:class:`~councilkit.localize.Localizer` and return the bytes of the file.
"""

from __future__ import annotations

import datetime
import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from councilkit.diagnostics import Diagnostic
from councilkit.localize import Localizer
from councilkit.model import Document, Project, WorkingGroup


@dataclass(frozen=True, slots=True)
class RenderJob:
    """Everything a renderer needs to draw one edition of one document."""

    project: Project
    group: WorkingGroup
    document: Document
    localizer: Localizer
    layout_dir: Path
    content_root: Path
    timestamp: datetime.datetime
    side_by_side: Localizer | None = None
    """For a side-by-side bilingual edition: the localizer of the second column."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """What a renderer made: the file's bytes, and problems it found (an error diagnostic
    means the file must not be written)."""

    data: bytes
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    packaged: bool = False
    """The bytes are already the file to write (fixed zip entries and dates); otherwise the
    package step normalizes them (:func:`councilkit.package.normalize_ooxml`)."""


class Renderer(Protocol):
    """Draws one kind of document."""

    extension: str

    def render(self, job: RenderJob) -> Rendered: ...


# document kind -> "module:attribute" of its renderer
_RENDERERS: dict[str, str] = {
    "mandate": "councilkit.render.docx:WordRenderer",
    "terms-of-reference": "councilkit.render.docx:WordRenderer",
    "deck": "councilkit.render.pptx:DeckRenderer",
}


def renderer_for(kind: str) -> Renderer:
    """The renderer of document ``kind``; KeyError listing the known kinds."""
    try:
        target = _RENDERERS[kind]
    except KeyError:
        raise KeyError(
            f"no renderer for document kind {kind!r}; known: {', '.join(_RENDERERS)}"
        ) from None
    module_name, attribute = target.split(":")
    renderer: Renderer = getattr(importlib.import_module(module_name), attribute)()
    return renderer


def renderer_kinds() -> tuple[str, ...]:
    """The document kinds that have a renderer."""
    return tuple(_RENDERERS)


def reopen(extension: str, data: bytes) -> int:
    """Open an Office file as a reader would, with python-docx or python-pptx; returns its
    number of paragraphs or slides. Raises ValueError when it does not open."""
    import io

    try:
        if extension == "docx":
            import docx

            return len(docx.Document(io.BytesIO(data)).paragraphs)
        if extension == "pptx":
            import pptx

            return len(pptx.Presentation(io.BytesIO(data)).slides)
    except Exception as exc:  # any failure to open is the answer, whatever its type
        raise ValueError(f"does not open as .{extension}: {exc}") from None
    raise ValueError(f"unknown Office format .{extension}")
