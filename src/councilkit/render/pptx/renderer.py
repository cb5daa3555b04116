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
from councilkit.render.pptx.collector import collector_held
from councilkit.render.pptx.deck import plan_deck
from councilkit.render.pptx.draw import DeckFrame, draw_slide
from councilkit.render.pptx.fit.fonts import measuring
from councilkit.render.pptx.fit.measure import deck_font
from councilkit.render.pptx.layout import MAPPING_FILE, DeckLayout, LayoutChoice, load_deck_layout
from councilkit.render.pptx.placeholders import has_body, layouts_by_name, with_indexes
from councilkit.render.pptx.plan import Box, PlanContext, SlideArea
from councilkit.render.pptx.properties import core_properties, core_values
from councilkit.render.pptx.registry import KINDS
from councilkit.render.pptx.save import save_deck
from councilkit.render.pptx.template import Template, read_template

assert kinds  # importing the package registers every slide kind

EMU_PER_POINT = 12700


class DeckRenderer:
    """Draws decks as PowerPoint files with native, editable slides."""

    extension = ".pptx"

    def render(self, job: RenderJob) -> Rendered:
        with collector_held():
            return self._render(job)

    def _render(self, job: RenderJob) -> Rendered:
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
        # the template's layouts are shared by every deck drawn on it (and their
        # placeholders numbered): what is read of them is read for the first deck only
        mapping = template.value(
            ("mapping", *_as_written(mapping)), lambda: with_indexes(presentation, mapping)
        )
        used = tuple(dict.fromkeys(slide.KIND for slide in deck.slides))
        layouts, problems = template.value(
            ("layouts", *_as_written(mapping), used, job.layout_dir),
            lambda: resolve_layouts(presentation, mapping, used, job, template),
        )
        diagnostics.extend(problems)
        if has_errors(diagnostics):
            return Rendered(b"", tuple(diagnostics))
        areas = areas_of(layouts, mapping, template)
        ctx = PlanContext(job.localizer, deck, job.group, job.project, areas)
        template_path = job.layout_dir / mapping.template
        font, font_problems = template.value(
            ("font", template_path), lambda: deck_font(presentation, template_path)
        )
        diagnostics.extend(font_problems)
        with measuring(font):
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
        values = core_values(deck, job.group, localizer)
        core = core_properties(presentation, template, values, job.timestamp)
        data = save_deck(presentation, template, job.timestamp, core)
        return Rendered(data, tuple(diagnostics), packaged=True)


def _as_written(mapping: DeckLayout) -> tuple[Any, ...]:
    """``mapping`` and where each of its layouts is written (which its equality leaves
    out): what a memo of what is read with it is keyed by, as its diagnostics name them."""
    return (mapping, mapping.loc, *(choice.loc for choice in mapping.layouts))


def resolve_layouts(
    presentation: Any,
    mapping: DeckLayout,
    kinds_used: Iterable[str],
    job: RenderJob,
    template: Template | None = None,
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The template layout of every slide kind used, checked for its placeholders; an
    error diagnostic for each kind without a mapping, layout or placeholder. A layout
    choice is checked once for all the decks drawn on ``template``."""
    path = (job.layout_dir / MAPPING_FILE).as_posix()
    available = layouts_by_name(presentation)
    found: dict[str, Any] = {}
    problems: list[Diagnostic] = []
    checked: set[tuple[LayoutChoice, bool]] = set()  # each layout choice is checked once
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
        needs_body = KINDS.get(kind).needs_body
        if (choice, needs_body) not in checked:
            checked.add((choice, needs_body))
            check = functools.partial(
                _placeholder_problems, layout, choice, kind, where, needs_body=needs_body
            )
            if template is None:
                problems += check()
            else:  # what is checked is all in the key: the same problems for every deck
                what = f"problems {choice!r} {kind} {where!r} {needs_body}"
                problems += template.layout_value(layout, what, check)
        found[kind] = layout
    return found, problems


def _placeholder_problems(
    layout: Any, choice: LayoutChoice, kind: str, where: Location, *, needs_body: bool = True
) -> list[Diagnostic]:
    """The title and body placeholders of ``choice`` exist and are two placeholders, each
    the only one with its idx (a title without ``idx`` counts as 0). A kind that does not
    need a body accepts a layout that has no body placeholder at all."""
    counts = Counter(ph.placeholder_format.idx for ph in layout.placeholders)
    listed = ", ".join(str(i) for i in sorted(counts))
    problems = []
    roles = [("title", choice.title)]
    if needs_body or has_body(layout):
        roles.append(("body", choice.body))
    for role, idx in roles:
        if idx is None:
            message = (
                f"layout '{choice.layout}' has no {role} placeholder for slide kind '{kind}'; "
                f"map the {role} to one of its placeholders: {listed}, or use another layout"
            )
            problems.append(error(where, "missing-placeholder", message))
        elif idx not in counts:
            message = (
                f"layout '{choice.layout}' has no placeholder with idx {idx} for the {role} of "
                f"slide kind '{kind}'; its placeholders are: {listed}"
            )
            problems.append(error(where, "missing-placeholder", message))
    if problems:
        return problems
    shared = sorted({i for i in choice.indexes if counts[i] > 1})
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
        key = (id(layout), *choice.indexes)
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
    title = _box(shapes[choice.indexes[0]])
    if choice.body in shapes:
        return SlideArea(title=title, body=_box(shapes[choice.body]))
    return SlideArea(title=title, body=text_under(title))  # a kind that needs no body


def text_under(title: Box) -> Box:
    """Where the lines under a title go on a layout without a body placeholder."""
    return Box(title.left, title.bottom + 12.0, title.width, max(title.height, 130.0))


def _box(shape: Any) -> Box:
    return Box(
        shape.left / EMU_PER_POINT,
        shape.top / EMU_PER_POINT,
        shape.width / EMU_PER_POINT,
        shape.height / EMU_PER_POINT,
    )
