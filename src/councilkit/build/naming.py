"""Output file names: one stem per document, a suffix per language (``-eng`` / ``-fra``)."""

from __future__ import annotations

import re

from councilkit.errors import UsageError
from councilkit.model import Document, Language, OutputSettings, WorkingGroup

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def output_name(
    settings: OutputSettings,
    group: WorkingGroup,
    document: Document,
    language: Language | None,
    extension: str,
) -> str:
    """The file name of one edition, such as ``my-group-mandate-eng.docx``; ``language``
    None names the side-by-side bilingual edition (``-bil``)."""
    try:
        stem = settings.file_stem(group.id, document.id, document.KIND)
    except (KeyError, IndexError, ValueError) as exc:  # check refuses such stems first
        raise UsageError(
            f"output stem '{settings.stem}' in project.yaml cannot be filled in ({exc}); "
            "use only {group}, {document} and {kind}"
        ) from None
    name = f"{stem}-{settings.suffix(language)}{extension}"
    if not _SAFE_NAME.fullmatch(name) or ".." in name:
        raise UsageError(f"output file name '{name}' is not a safe file name; change output.stem")
    return name
