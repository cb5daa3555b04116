"""The picture slide kind: an image from the content folder, scaled into the body box
with its aspect kept, its alternative text, and an optional caption below."""

from __future__ import annotations

from dataclasses import dataclass

from pptx.parts.image import Image

from councilkit.diagnostics import Location, error
from councilkit.model.slides import PictureSlide
from councilkit.render.pptx import _oxml
from councilkit.render.pptx.emit import SlideCanvas, emu
from councilkit.render.pptx.fit import block_height
from councilkit.render.pptx.kinds.lists import italic, slide_plan, title_runs
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock
from councilkit.render.pptx.registry import KINDS


@dataclass(frozen=True, slots=True)
class PictureContent:
    """A picture: its path in the content folder, alt text, and the box it is fitted in."""

    path: str
    alt: str
    box: Box
    caption: TextBlock | None = None
    caption_box: Box | None = None
    where: Location | None = None


def plan_picture(slide: PictureSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box = ctx.body(slide)
    caption: TextBlock | None = None
    caption_box: Box | None = None
    if slide.caption is not None:
        paras = (Para(italic(localizer.runs(slide.caption)), align=Align.CENTER, space_before=0),)
        height = block_height(paras, box.width, 14)
        caption = TextBlock(paras, 14)
        caption_box = Box(box.left, box.bottom - height, box.width, height)
        box = Box(box.left, box.top, box.width, box.height - height - 6)
    content = PictureContent(
        slide.image.path,
        localizer.plain(slide.alt),
        box,
        caption,
        caption_box,
        slide.image.loc or slide.loc,
    )
    return [slide_plan(ctx, slide, title_runs(ctx, slide), content)]


def emit_picture(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, PictureContent)
    canvas.remove_body()
    path = canvas.content_root / content.path
    try:
        image = Image.from_file(str(path))
        width_px, height_px = image.size
    except (OSError, ValueError) as exc:  # missing or not an image the library reads
        canvas.diagnostics.append(
            error(
                content.where or Location(content.path),
                "bad-image",
                f"cannot read the image '{content.path}': {exc}",
            )
        )
        return
    box = content.box
    scale = min(box.width / width_px, box.height / height_px)
    width, height = width_px * scale, height_px * scale
    left = box.left + (box.width - width) / 2
    top = box.top + (box.height - height) / 2
    picture = canvas.shapes.add_picture(str(path), emu(left), emu(top), emu(width), emu(height))
    picture.name = "Picture"
    _oxml.set_descr(picture, content.alt)
    if content.caption is not None and content.caption_box is not None:
        canvas.text_box(content.caption_box, content.caption, name="Caption")


KINDS.register("picture", planner=plan_picture, emitter=emit_picture)
