"""Translation: where each text stands, and the round trip with translators.

Texts are walked into :mod:`~councilkit.i18n.units` (one per bilingual text, its id the
YAML path); :mod:`~councilkit.i18n.status` counts them; :mod:`~councilkit.i18n.export`
writes XLIFF 1.2 (:mod:`~councilkit.i18n.xliff`) or PO (:mod:`~councilkit.i18n.po`) files;
:mod:`~councilkit.i18n.importer` and :mod:`~councilkit.i18n.confirm` write translations
and source fingerprints back into the YAML, in place, all or nothing
(:mod:`~councilkit.i18n.writeback`, :mod:`councilkit.loader.edit`).
"""

from councilkit.i18n.confirm import ConfirmResult, confirm
from councilkit.i18n.export import ExportResult, Format, export
from councilkit.i18n.importer import ImportResult, import_translations
from councilkit.i18n.status import FileStatus, statuses
from councilkit.i18n.units import ContentFile, State, TranslationUnit, content_files
from councilkit.i18n.writeback import TranslationError

__all__ = [
    "ConfirmResult",
    "ContentFile",
    "ExportResult",
    "FileStatus",
    "Format",
    "ImportResult",
    "State",
    "TranslationError",
    "TranslationUnit",
    "confirm",
    "content_files",
    "export",
    "import_translations",
    "statuses",
]
