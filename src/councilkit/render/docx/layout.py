"""A Word layout: the reference .docx whose styles every document uses, and ``docx.yaml``,
the mapping from the roles the renderer knows (title, heading 1, list number, table…) to
style names in that file.

A department points the project at its own layout folder holding its reference .docx and,
when its style names differ, a ``docx.yaml``. Without ``docx.yaml`` the default names below
are used.

A role whose style the reference lacks (a template made from a LibreOffice Writer template
has no character or table styles) gets councilkit's own definition of that style when it has
one (every default name below has one), added to every document, with a **warning** naming
the role and the style (:mod:`.style_supply`). A style name councilkit does not know either
(a department's own name, or a typo) is an **error**: an official document silently set in
the wrong styles is worse than no document. Each diagnostic points at the role's own line in
``docx.yaml``, names the style, the role and the file, and lists the styles the file has, so
that the fix (add the style, or map the role to an existing one) is one edit. A style of the
wrong type (a table style mapped to a paragraph role) and a role with no name (``null``,
empty) are errors too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from councilkit.build.reads import FileStat, file_stat, is_racy
from councilkit.diagnostics import Diagnostic, Location, error, warning
from councilkit.loader.mapping import load_mapping
from councilkit.model.schema import location, spec
from councilkit.render.docx.layout_roles import RoleLine, role_lines
from councilkit.render.docx.reference import BadReference, Reference, read_reference
from councilkit.xml_escape import attribute

MAPPING_NAME = "docx.yaml"
DEFAULT_REFERENCE = "reference.docx"

_CHARACTER_ROLES = frozenset({"hyperlink"})
_TABLE_ROLES = frozenset({"table", "columns"})
_SUGGESTIONS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class StyleNames:
    """The style name of each role, as Word shows it."""

    organization: str = "Title Organization"
    title: str = "Title"
    subtitle: str = "Subtitle"
    title_details: str = "Title Details"
    title_note: str = "Title Note"
    marking: str = "Security Marking"
    draft: str = "Draft Banner"
    header: str = "Header"
    footer: str = "Footer"
    toc_heading: str = "TOC Heading"
    toc_1: str = "toc 1"
    toc_2: str = "toc 2"
    heading_1: str = "Heading 1"
    heading_2: str = "Heading 2"
    heading_3: str = "Heading 3"
    body: str = "Normal"
    list_bullet: str = "List Bullet"
    list_number: str = "List Number"
    table: str = "GC Table"
    columns: str = "Normal Table"
    table_text: str = "Table Text"
    caption: str = "Caption"
    hyperlink: str = "Hyperlink"
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class DocxLayout:
    """What ``docx.yaml`` says."""

    reference: str = spec(
        default=DEFAULT_REFERENCE,
        pattern=r"[A-Za-z0-9_. -]+\.docx",
        help="the name of a .docx file in the layout folder",
    )
    section_numbers: bool = True
    toc_levels: int = 2
    styles: StyleNames = spec(factory=StyleNames)
    loc: Location | None = location()


ROLES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(StyleNames) if f.name != "loc")
DEFAULT_NAMES: dict[str, str] = {role: getattr(StyleNames(), role) for role in ROLES}


@dataclass(frozen=True, slots=True)
class Layout:
    """A loaded layout: its settings, its reference .docx taken apart, the style id of each
    role (None when a style is missing), and where the files are."""

    settings: DocxLayout
    reference: Reference
    reference_path: Path
    mapping_path: Path
    styles: StyleIds | None = None
    style_problems: tuple[Diagnostic, ...] = ()
    """Errors: a style missing, of the wrong type, or not named."""
    roles: dict[str, RoleLine] = dataclasses.field(default_factory=dict)
    """Where each role is written in ``docx.yaml`` (roles left to their default are not)."""


_CACHE: dict[
    tuple[Path, tuple[FileStat | None, ...]], tuple[Layout | None, tuple[Diagnostic, ...]]
] = {}


def load_layout(layout_dir: Path) -> tuple[Layout | None, tuple[Diagnostic, ...]]:
    """The layout in ``layout_dir`` (None when it cannot be used) and its problems.
    Cached while no file of it changes (by ``stat``; never a file changed too recently
    for its ``stat`` to show a second change)."""
    mapping_path = layout_dir / MAPPING_NAME
    files = (mapping_path, *sorted(layout_dir.glob("*.docx")))
    key = (layout_dir.resolve(), tuple(file_stat(p) for p in files))
    if key in _CACHE:
        return _CACHE[key]
    loaded = _load(layout_dir, mapping_path)
    if not any(is_racy(stat) for stat in key[1]):
        _CACHE[key] = loaded
    return loaded


def _load(layout_dir: Path, mapping_path: Path) -> tuple[Layout | None, tuple[Diagnostic, ...]]:
    settings: DocxLayout | None = DocxLayout()
    problems: list[Diagnostic] = []
    roles: dict[str, RoleLine] = {}
    if mapping_path.is_file():
        settings, problems = load_mapping(mapping_path, DocxLayout)
        roles = role_lines(mapping_path, ROLES)
    if settings is None:
        return None, tuple(problems)
    reference_path = layout_dir / settings.reference
    where = Location(reference_path.as_posix())
    try:
        data = reference_path.read_bytes()
    except OSError as exc:
        message = f"cannot read the layout's reference document '{reference_path}': {exc}"
        return None, (*problems, error(where, "layout-missing-reference", message))
    supply = [
        getattr(settings.styles, role)
        for role in ROLES
        if not (role in roles and roles[role].blank)
    ]
    try:
        reference = read_reference(data, supply=supply)
    except BadReference as exc:
        message = f"'{reference_path}' {exc}"
        return None, (*problems, error(where, "layout-bad-reference", message))
    layout = Layout(settings, reference, reference_path, mapping_path, roles=roles)
    styles, style_problems = resolve_styles(layout)
    layout = dataclasses.replace(layout, styles=styles, style_problems=style_problems)
    return layout, (*problems, *_supplied(layout))


def _supplied(layout: Layout) -> list[Diagnostic]:
    """A warning for each role set in a style councilkit added to the reference."""
    supplied = {name.lower() for name in layout.reference.supplied}
    warnings = []
    for role in ROLES:
        wanted = getattr(layout.settings.styles, role)
        if wanted.lower() in supplied:
            kind = _expected_type(role)
            warnings.append(
                warning(
                    _where(layout, role),
                    "layout-style-supplied",
                    f"the {kind} style '{wanted}' (role '{role}') is not in "
                    f"'{layout.reference_path}'; councilkit's own '{wanted}' is used. To use "
                    f"the department's look, add the style to that file or map '{role}' in "
                    f"{layout.mapping_path.name} to one of its {kind} styles"
                    f"{_known(layout, kind)}",
                )
            )
    return warnings


def _where(layout: Layout, role: str) -> Location:
    """The role's own line in ``docx.yaml``, or the ``styles:`` line, or the file."""
    if role in layout.roles:
        return layout.roles[role].location
    names = layout.settings.styles
    if names.loc is not None:
        return names.loc
    if layout.settings.loc is not None:
        return layout.settings.loc
    if layout.mapping_path.is_file():
        return Location(layout.mapping_path.as_posix())
    return Location(layout.reference_path.as_posix())


def _known(layout: Layout, kind: str) -> str:
    """ ": A, B, C", the reference's own styles of ``kind`` (its own, not those councilkit
    supplied), saying how many more there are when the list is cut."""
    supplied = {name.lower() for name in layout.reference.supplied}
    known = sorted(
        (
            style.name
            for key, style in layout.reference.styles.items()
            if style.type == kind and key not in supplied
        ),
        key=str.lower,
    )
    if not known:
        return " (it has none)"
    more = len(known) - _SUGGESTIONS
    return ": " + ", ".join(known[:_SUGGESTIONS]) + (f" and {more} more" if more > 0 else "")


StyleIds = StyleNames
"""The roles holding the style ids of the reference (what the markup refers to) instead of
names, escaped once here for use in attribute values."""


def resolve_styles(layout: Layout) -> tuple[StyleIds | None, tuple[Diagnostic, ...]]:
    """The style id of every role in the layout's reference, or None and one error per
    role with no style name, a missing style or a style of the wrong type."""
    available = layout.reference.styles
    names = layout.settings.styles
    ids: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for role in ROLES:
        wanted = getattr(names, role)
        expected = _expected_type(role)
        found = available.get(wanted.lower())
        where = _where(layout, role)
        if role in layout.roles and layout.roles[role].blank:
            message = (
                f"role '{role}' needs a style name; write one or remove the line to use "
                f"the default ('{DEFAULT_NAMES[role]}')"
            )
            problems.append(error(where, "layout-no-style-name", message))
        elif found is None:
            problems.append(
                error(
                    where,
                    "layout-missing-style",
                    f"the {expected} style '{wanted}' (role '{role}') is not in "
                    f"'{layout.reference_path}'; add it to that file or map '{role}' in "
                    f"{layout.mapping_path.name} to one of its {expected} styles"
                    f"{_known(layout, expected)}",
                )
            )
        elif found.type != expected:
            problems.append(
                error(
                    where,
                    "layout-wrong-style-type",
                    f"the style '{found.name}' (role '{role}') in '{layout.reference_path}' "
                    f"is a {found.type} style; role '{role}' needs a {expected} style",
                )
            )
        else:
            ids[role] = attribute(found.style_id)
    if problems:
        return None, tuple(problems)
    return dataclasses.replace(names, loc=None, **ids), ()


def _expected_type(role: str) -> str:
    if role in _CHARACTER_ROLES:
        return "character"
    if role in _TABLE_ROLES:
        return "table"
    return "paragraph"
