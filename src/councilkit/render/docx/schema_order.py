"""Where a new child goes in a WordprocessingML element whose children the schema orders
(ECMA-376 transitional): ``w:numbering``, ``w:sectPr``, ``w:settings``, ``w:styles``.

Word refuses a part whose children are out of the schema's sequence ("unreadable
content"), while LibreOffice and python-docx read it. :func:`insert_in_order` puts a child
after every sibling that comes before it in the sequence and before every sibling that
comes after; children of other namespaces (Word 2010+ extensions, which Word writes last)
count as coming after all.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from councilkit.render.docx.namespaces import W

NUMBERING = ("numPicBullet", "abstractNum", "num", "numIdMacAtCleanup")
STYLES = ("docDefaults", "latentStyles", "style")
SECTION = (
    ("headerReference", "footerReference"),
    "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType",
    "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
    "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
)  # fmt: skip
"""``w:sectPr``: header and footer references in any order among themselves, then the
rest."""
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_SL = "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}"
SETTINGS = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
    "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
    "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
    "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
    "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
    "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars",
    "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent",
    "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly",
    "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace",
    "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
    "rsids", _M + "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", _SL + "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)  # fmt: skip
"""``w:settings`` (CT_Settings of the transitional schema)."""


def insert_in_order(
    parent: etree._Element,
    element: etree._Element,
    order: Sequence[str | tuple[str, ...]],
    *,
    place_as: str | None = None,
) -> None:
    """Inserts ``element`` into ``parent`` at its place in ``order`` (local names in the
    WordprocessingML namespace, or ``{namespace}name``; a tuple is a group whose members
    may come in any order),
    after the siblings of its own kind; ``place_as`` names the kind of an element that is
    not (a comment marking where such elements will go)."""
    ranks = _ranks(order)
    tag = f"{{{W}}}{place_as}" if place_as else element.tag
    rank = ranks.get(tag, len(order)) if isinstance(tag, str) else len(order)
    for index, child in enumerate(parent):
        if isinstance(child.tag, str) and ranks.get(child.tag, len(order)) > rank:
            parent.insert(index, element)
            return
    parent.append(element)


def _ranks(order: Sequence[str | tuple[str, ...]]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for rank, names in enumerate(order):
        for name in (names,) if isinstance(names, str) else names:
            ranks[name if name.startswith("{") else f"{{{W}}}{name}"] = rank
    return ranks
