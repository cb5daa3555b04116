"""Every fixed word of the Word renderer has a French translation."""

from __future__ import annotations

import re
from pathlib import Path

from councilkit.document import editions, planner
from councilkit.document.outline import TOR_HEADINGS
from councilkit.localize.catalog import message_ids
from councilkit.model import Language

SOURCE = Path(planner.__file__).parent


def used_message_ids() -> set[str]:
    found: set[str] = set(TOR_HEADINGS.values()) | {planner.PAGE_FOOTER}
    found |= set(editions.FULL_WIDTH_NOTE.values())
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
