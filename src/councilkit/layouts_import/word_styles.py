"""Matching the roles of a Word layout (title, heading 1, caption…) to a department's
styles by name and type: the English name Word shows, or the French one ("Titre 1",
"Légende"), in any case. A role the template has no style for keeps councilkit's default
name: councilkit then adds its own style of that name to every document, with a warning.
The result is ``docx.yaml``, with a comment on each line saying which it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from councilkit.errors import CouncilkitError
from councilkit.render.docx.layout import DEFAULT_NAMES, ROLES, _expected_type
from councilkit.render.docx.reference import BadReference, read_reference

CANDIDATES: dict[str, tuple[str, ...]] = {
    "title": ("Titre",),
    "subtitle": ("Sous-titre",),
    "header": ("En-tête",),
    "footer": ("Pied de page",),
    "toc_heading": ("En-tête de table des matières",),
    "toc_1": ("TM 1",),
    "toc_2": ("TM 2",),
    "heading_1": ("Titre 1",),
    "heading_2": ("Titre 2",),
    "heading_3": ("Titre 3",),
    "list_bullet": ("Liste à puces",),
    "list_number": ("Liste numéro",),
    "columns": ("Tableau Normal",),
    "caption": ("Légende",),
    "hyperlink": ("Lien hypertexte",),
}
"""Other names of a role's style, after councilkit's own (French names as Word and
LibreOffice write them in French)."""


@dataclass(frozen=True, slots=True)
class StyleMatch:
    """The style chosen for a role: found in the template, or councilkit's to be added."""

    role: str
    name: str
    found: bool


def style_type(role: str) -> str:
    """The type of style a role needs: paragraph, character or table (as a layout is
    checked when it loads)."""
    return _expected_type(role)


def match_styles(data: bytes, source: str) -> list[StyleMatch]:
    """The style of each role in the .docx ``data`` (read from ``source``)."""
    try:
        styles = read_reference(data).styles
    except BadReference as exc:
        raise CouncilkitError(f"'{source}' {exc}") from None
    matches = []
    for role in ROLES:
        names = (DEFAULT_NAMES[role], *CANDIDATES.get(role, ()))
        chosen = next(
            (
                name
                for name in names
                if name.lower() in styles and styles[name.lower()].type == style_type(role)
            ),
            None,
        )
        matches.append(StyleMatch(role, chosen or DEFAULT_NAMES[role], found=chosen is not None))
    return matches


def docx_yaml(matches: list[StyleMatch], source: str) -> str:
    """The text of ``docx.yaml`` for ``matches``, each line commented."""
    added = [m for m in matches if not m.found]
    lines = [
        f"# Made by 'councilkit layout import' from {source}.",
        "# Each role of a Word document is set in the style named here. 'found' means the",
        "# department's template has that style; 'added' means it has none by that name, so",
        "# councilkit adds its own style of that name (and warns at each build). To review:",
        "# map an 'added' role to one of the template's own styles if one fits, or add the",
        "# style to reference.docx.",
        "",
        "reference: reference.docx",
        'section_numbers: true   # "1. Purpose", "2. Scope"',
        "toc_levels: 2           # heading levels listed in the table of contents",
        "",
        "styles:",
    ]
    width = max(len(m.role) + len(_quoted(m.name)) for m in matches) + 4
    for match in matches:
        entry = f"  {match.role}: {_quoted(match.name)}"
        note = "found" if match.found else "added by councilkit"
        lines.append(f"{entry.ljust(width)}  # {note} ({style_type(match.role)} style)")
    if added:
        lines += ["", f"# {len(added)} of {len(matches)} styles are added by councilkit."]
    return "\n".join(lines) + "\n"


def _quoted(name: str) -> str:
    """``name`` as a YAML string (double-quoted, escaped)."""
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
