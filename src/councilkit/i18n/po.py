"""PO (gettext) files, written with ``babel.messages`` (BSD), read back strictly by
:mod:`~councilkit.i18n.po_reader`.

One catalog per content file. Each text is an entry whose ``msgctxt`` is the unit id (the
YAML path), so two equal texts stay two entries; ``msgid`` is the source and ``msgstr``
the translation. The content file is named in ``Project-Id-Version`` (``groups/g/deck.yaml
1.0``) and each entry's ``#:`` reference gives its line there.

Inline markup is kept as written (``**bold**``, ``*italic*``, ``[label](https://…)``)
rather than replaced by numbered placeholders: PO editors show plain text, this markup
reads naturally, and a link's address stays visible so that a translator can point it at
the French page. An extracted comment on every entry that has markup says so; import
checks that the translation keeps the same bold, italic and links (markup parity).

Extracted comments (``#.``) also carry the context (document, slide or section) and the
source fingerprint (``source-fingerprint: 0123456789``). A translation made from an older
source is written ``#, fuzzy``; as in gettext, fuzzy entries are not imported until a
translator clears the flag.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from councilkit.i18n.markup import code_counts
from councilkit.i18n.units import ContentFile, State, TranslationUnit
from councilkit.model import Language, MarkupError

FINGERPRINT_COMMENT = "source-fingerprint: "
MARKUP_COMMENT = (
    "Keep the markup: **bold**, *italic*, [link text](address); the address may be "
    "changed to the page in the target language."
)
LOCALES = {Language.EN: "en_CA", Language.FR: "fr_CA"}


def write_po_file(
    file: ContentFile, units: Sequence[TranslationUnit], *, version: str = "1"
) -> bytes:
    """The PO catalog for ``units`` of ``file``."""
    catalog = Catalog(
        locale=LOCALES[file.target_language],
        project=file.relpath,
        version=version,
        header_comment=(
            f"# {file.label}: texts of {file.relpath}, from {file.source_language.value} "
            f"to {file.target_language.value}.\n"
            f"# Written by councilkit; import with 'councilkit i18n import'."
        ),
        creation_date=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC),
        fuzzy=False,
    )
    catalog.language_team = f"{LOCALES[file.target_language]}"
    for unit in units:
        comments = [unit.context]
        try:
            if code_counts(unit.source or ""):
                comments.append(MARKUP_COMMENT)
        except MarkupError:
            pass
        comments.append(FINGERPRINT_COMMENT + unit.source_fingerprint)
        has_target = unit.state in (State.TRANSLATED, State.STALE)
        catalog.add(
            unit.source or "",
            unit.target if has_target else "",
            context=unit.id,
            auto_comments=comments,
            locations=[(file.relpath, unit.loc.line)],
            flags=["fuzzy"] if unit.state is State.STALE else [],
        )
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False)
    return buffer.getvalue()
