"""Text slide kinds: title, overview, section, bullets, numbered, quote, statement,
two columns, mandate and closing. Their body is the layout's body placeholder (moved or
resized when a call-out takes part of it), so the text stays in the slide's outline.

This module registers them, in this order; each family is planned in its own module
(:mod:`.titles`, :mod:`.bullets`, :mod:`.quote`, :mod:`.columns`, :mod:`.mandate`) and
drawn by :func:`.body.emit_text` or :func:`.columns.emit_two_columns`."""

from __future__ import annotations

from councilkit.render.pptx.kinds.body import emit_text
from councilkit.render.pptx.kinds.bullets import plan_bullets, plan_numbered, plan_overview
from councilkit.render.pptx.kinds.columns import emit_two_columns, plan_two_columns
from councilkit.render.pptx.kinds.mandate import plan_mandate
from councilkit.render.pptx.kinds.quote import plan_quote, plan_statement
from councilkit.render.pptx.kinds.titles import plan_closing, plan_section, plan_title
from councilkit.render.pptx.registry import KINDS

KINDS.register("title", planner=plan_title, emitter=emit_text)
KINDS.register("overview", planner=plan_overview, emitter=emit_text)
KINDS.register("section", planner=plan_section, emitter=emit_text, needs_body=False)
KINDS.register("bullets", planner=plan_bullets, emitter=emit_text)
KINDS.register("numbered", planner=plan_numbered, emitter=emit_text)
KINDS.register("quote", planner=plan_quote, emitter=emit_text)
KINDS.register("statement", planner=plan_statement, emitter=emit_text)
KINDS.register("two-columns", planner=plan_two_columns, emitter=emit_two_columns)
KINDS.register("mandate", planner=plan_mandate, emitter=emit_text)
KINDS.register("closing", planner=plan_closing, emitter=emit_text, needs_body=False)
