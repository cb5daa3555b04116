"""Diagram slide kinds: timeline, SWOT and logic model, planned as plain shapes (boxes,
bars, diamonds, arrows with their text) and drawn as one group of native shapes with
alternative text describing the whole diagram.

This module registers them, in this order; each is planned in its own module
(:mod:`.timeline`, :mod:`.swot`, :mod:`.logic_model`) and all are drawn by
:func:`.diagram.emit_diagram`."""

from __future__ import annotations

from councilkit.render.pptx.kinds.diagram import emit_diagram
from councilkit.render.pptx.kinds.logic_model import plan_logic_model
from councilkit.render.pptx.kinds.swot import plan_swot
from councilkit.render.pptx.kinds.timeline import plan_timeline
from councilkit.render.pptx.registry import KINDS

KINDS.register("timeline", planner=plan_timeline, emitter=emit_diagram)
KINDS.register("swot", planner=plan_swot, emitter=emit_diagram)
KINDS.register("logic-model", planner=plan_logic_model, emitter=emit_diagram)
