"""What LibreOffice is asked to put in each PDF for accessibility.

Every PDF is tagged (a structure tree that screen readers follow, ``UseTaggedPDF``), marked
PDF/UA (``PDFUACompliance``: LibreOffice 7.4 then also writes the XMP metadata PDF/UA asks
for), shows its title, not its file name, in the window title (``DisplayPDFDocumentTitle``),
and declares its document's language in the catalog (``/Lang``). Word documents keep their
blank pages (``IsSkipEmptyPages`` false): a tête-bêche document needs the one between its
two halves.

LibreOffice takes a Word document's PDF language from the document, but a deck's from the
process locale; each language's documents are therefore converted with that language's
Canadian locale (``LC_ALL``), which LibreOffice reads even when the system lacks it.
"""

from __future__ import annotations

import json

LOCALES = {"en": "en_CA.UTF-8", "fr": "fr_CA.UTF-8"}
"""The locale each language's documents are converted in, by ISO 639-1 code."""

LANGUAGE_TAGS = {"en": "en-CA", "fr": "fr-CA"}
"""The PDF ``/Lang`` of each language's documents (a bilingual edition: its first)."""

_COMMON = {"UseTaggedPDF": True, "PDFUACompliance": True, "DisplayPDFDocumentTitle": True}
_FILTERS = {
    ".docx": ("writer_pdf_Export", {**_COMMON, "IsSkipEmptyPages": False}),
    ".pptx": ("impress_pdf_Export", _COMMON),
}


def export_filter(suffix: str) -> str:
    """The ``--convert-to`` argument for files ending in ``suffix`` (.docx or .pptx): the
    PDF export filter with its options in LibreOffice's JSON form."""
    name, options = _FILTERS[suffix.lower()]
    typed = {
        key: {"type": "boolean", "value": "true" if value else "false"}
        for key, value in options.items()
    }
    return f"pdf:{name}:{json.dumps(typed, separators=(',', ':'))}"


def locale_environment(language: str) -> dict[str, str]:
    """The environment variables that make LibreOffice work in ``language``'s locale."""
    locale = LOCALES[language]
    return {"LC_ALL": locale, "LANG": locale, "LANGUAGE": locale.split(".")[0]}
