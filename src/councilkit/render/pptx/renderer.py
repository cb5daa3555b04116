"""The deck renderer: a :class:`~councilkit.model.Deck` in one language to a .pptx.

Steps: read the layout mapping, open its template (read once per process) and check that
every slide kind the deck uses has its layout and placeholders; plan every slide in plain
data; draw the plans on the template's layouts; set the document properties; write the
finished package once.
"""

from __future__ import annotations

import functools
import zipfile
from collections import Counter
from collections.abc import Iterable
from typing import Any

from lxml import etree

from councilkit.diagnostics import Diagnostic, Location, error, has_errors
from councilkit.model import Deck
from councilkit.render import Rendered, RenderJob
from councilkit.render.pptx import _oxml, kinds
from councilkit.render.pptx.deck import plan_deck
from councilkit.render.pptx.draw import DeckFrame, draw_slide
from councilkit.render.pptx.fit.lines import forget_line_counts
from councilkit.render.pptx.layout import MAPPING_FILE, DeckLayout, LayoutChoice, load_deck_layout
from councilkit.render.pptx.plan import Box, PlanContext, SlideArea
from councilkit.render.pptx.properties import set_core_properties
from councilkit.render.pptx.registry import KINDS
from councilkit.render.pptx.save import save_deck
from councilkit.render.pptx.template import Template, read_template

assert kinds  # importing the package registers every slide kind

EMU_PER_POINT = 12700


class DeckRenderer:
    """Draws decks as PowerPoint files with native, editable slides."""

    extension = ".pptx"

    def render(self, job: RenderJob) -> Rendered:
        forget_line_counts()
        deck = job.document
        if not isinstance(deck, Deck):
            raise TypeError(f"DeckRenderer draws decks, not {deck.KIND}")
        mapping, diagnostics = load_deck_layout(job.layout_dir, KINDS.names)
        if mapping is None:
            return Rendered(b"", tuple(diagnostics))
        path = job.layout_dir / mapping.template
        template = read_template(path)
        try:
            presentation = template.open()
        except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
            message = (
                f"template '{path}' is not a PowerPoint presentation that can be read; "
                "use a .pptx saved by PowerPoint or LibreOffice"
            )
            where = mapping.loc or Location((job.layout_dir / MAPPING_FILE).as_posix())
            problem = error(where, "layout-bad-template", message)
            return Rendered(b"", (*diagnostics, problem))
        _oxml.number_placeholders(presentation)
        used = dict.fromkeys(slide.KIND for slide in deck.slides)
        layouts, problems = resolve_layouts(presentation, mapping, used, job)
        diagnostics.extend(problems)
        if has_errors(diagnostics):
            return Rendered(b"", tuple(diagnostics))
        areas = areas_of(layouts, mapping, template)
        ctx = PlanContext(job.localizer, deck, job.group, job.project, areas)
        plans = plan_deck(deck, ctx)
        diagnostics.extend(ctx.diagnostics)
        localizer = job.localizer
        frame = DeckFrame(
            localizer=localizer,
            palette=mapping.colors,
            marking=localizer.marking(deck),
            date=localizer.date(deck.date),
            draft_label=localizer.draft_label(deck),
            slide_width=presentation.slide_width / EMU_PER_POINT,
            content_root=job.content_root,
            template=template,
        )
        _oxml.remove_all_slides(presentation)
        for number, plan in enumerate(plans, start=1):
            choice = mapping.choice(plan.kind)
            assert choice is not None
            diagnostics.extend(
                draw_slide(
                    presentation, layouts[plan.kind], choice, areas[plan.kind], plan, number, frame
                )
            )
        if has_errors(diagnostics):
            return Rendered(b"", tuple(diagnostics))
        set_core_properties(presentation, deck, job.group, localizer, job.timestamp)
        data = save_deck(presentation, template, job.timestamp)
        return Rendered(data, tuple(diagnostics), packaged=True)


def resolve_layouts(
    presentation: Any, mapping: DeckLayout, kinds_used: Iterable[str], job: RenderJob
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The template layout of every slide kind used, checked for its placeholders; an
    error diagnostic for each kind without a mapping, layout or placeholder."""
    path = (job.layout_dir / MAPPING_FILE).as_posix()
    available: dict[str, Any] = {}
    for master in presentation.slide_masters:  # the first master's layout of a name wins
        for layout in master.slide_layouts:
            available.setdefault(layout.name, layout)
    found: dict[str, Any] = {}
    problems: list[Diagnostic] = []
    checked: set[LayoutChoice] = set()  # each layout choice is checked once
    for kind in kinds_used:
        choice = mapping.choice(kind)
        if choice is None:
            problems.append(
                error(
                    mapping.loc or Location(path),
                    "unmapped-kind",
                    f"slide kind '{kind}' has no layout in {path}; add it to the 'kinds' of "
                    "one of its layouts",
                )
            )
            continue
        where = choice.loc or Location(path)
        layout = available.get(choice.layout)
        if layout is None:
            problems.append(
                error(
                    where,
                    "missing-layout",
                    f"layout '{choice.layout}' (for slide kind '{kind}') is not in the "
                    f"template '{mapping.template}'; its layouts are: "
                    f"{', '.join(repr(n) for n in available)}",
                )
            )
            continue
        if choice not in checked:
            checked.add(choice)
            problems += _placeholder_problems(layout, choice, kind, where)
        found[kind] = layout
    return found, problems


def _placeholder_problems(
    layout: Any, choice: LayoutChoice, kind: str, where: Location
) -> list[Diagnostic]:
    """The title and body placeholders of ``choice`` exist and are two placeholders, each
    the only one with its idx (a title without ``idx`` counts as 0)."""
    counts = Counter(ph.placeholder_format.idx for ph in layout.placeholders)
    listed = ", ".join(str(i) for i in sorted(counts))
    problems = []
    for role, idx in (("title", choice.title), ("body", choice.body)):
        if idx not in counts:
            message = (
                f"layout '{choice.layout}' has no placeholder with idx {idx} for the {role} of "
                f"slide kind '{kind}'; its placeholders are: {listed}"
            )
            problems.append(error(where, "missing-placeholder", message))
    if problems:
        return problems
    shared = sorted({i for i in (choice.title, choice.body) if counts[i] > 1})
    if shared:
        message = (
            f"layout '{choice.layout}' has {counts[shared[0]]} placeholders with idx "
            f"{shared[0]}, so its title and body cannot be told apart; give each placeholder "
            "its own idx in the template and map them here"
        )
    elif choice.title == choice.body:
        message = (
            f"the title and the body of layout '{choice.layout}' are both mapped to "
            f"placeholder {choice.title}; map the body to another of its placeholders: {listed}"
        )
    else:
        return []
    return [error(where, "ambiguous-placeholder", message)]


def areas_of(
    layouts: dict[str, Any], mapping: DeckLayout, template: Template | None = None
) -> dict[str, SlideArea]:
    """The title and body boxes of each kind's layout, each layout measured once (once
    for all the decks of ``template``)."""
    measured: dict[tuple[int, int, int], SlideArea] = {}
    areas: dict[str, SlideArea] = {}
    for kind, layout in layouts.items():
        choice = mapping.choice(kind)
        assert choice is not None
        key = (id(layout), choice.title, choice.body)
        if key not in measured:
            read = functools.partial(area_of, layout, choice)
            if template is None:
                measured[key] = read()
            else:
                what = f"area {choice.title} {choice.body}"
                measured[key] = template.layout_value(layout, what, read)
        areas[kind] = measured[key]
    return areas


def area_of(layout: Any, choice: LayoutChoice | None) -> SlideArea:
    """The title and body boxes of ``layout``, in points."""
    assert choice is not None
    shapes = {ph.placeholder_format.idx: ph for ph in layout.placeholders}
    return SlideArea(title=_box(shapes[choice.title]), body=_box(shapes[choice.body]))


def _box(shape: Any) -> Box:
    return Box(
        shape.left / EMU_PER_POINT,
        shape.top / EMU_PER_POINT,
        shape.width / EMU_PER_POINT,
        shape.height / EMU_PER_POINT,
    )
