"""The PowerPoint renderer: decks as .pptx with native, editable slides (python-pptx
lives here and nowhere else).

Each slide kind has a planner (model slide to :class:`~.plan.SlidePlan`, plain data) and
an emitter (plan to shapes), registered in :data:`~.registry.KINDS`.
"""

from councilkit.render.pptx.registry import KINDS, SlideKind, SlideKindRegistry
from councilkit.render.pptx.renderer import DeckRenderer

__all__ = ["KINDS", "DeckRenderer", "SlideKind", "SlideKindRegistry"]
