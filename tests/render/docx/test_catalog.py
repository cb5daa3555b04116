"""Every fixed word of the Word renderer has a French translation."""

from __future__ import annotations

import re
from pathlib import Path

from councilkit.localize.catalog import message_ids
from councilkit.model import Language
from councilkit.render.docx import pages
from councilkit.render.docx.sections import TOR_HEADINGS

SOURCE = Path(pages.__file__).parent


def used_message_ids() -> set[str]:
    found: set[str] = set(TOR_HEADINGS.values()) | {pages.PAGE_FOOTER}
    for path in SOURCE.glob("*.py"):
        text = path.read_text()
        found.update(re.findall(r'(?:words|tr)\(\s*"([^"]+)"', text))
        found.update(re.findall(r'Subsection\(\s*"([^"]+)"', text))
        found.update(re.findall(r'Section\(\s*"[a-z_]+",[^"]*"([^"]+)"\)', text))
    return found


def test_every_fixed_word_is_translated() -> None:
    used = used_message_ids()
    assert {"Table of contents", "Version history", "In scope", "Approved by"} <= used
    missing = sorted(used - message_ids(Language.FR))
    assert not missing, f"add to catalogs/fr/docx.po: {missing}"
