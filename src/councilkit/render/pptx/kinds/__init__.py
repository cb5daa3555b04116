"""The slide kinds, one module per kind or family; importing this package registers them
all in :data:`councilkit.render.pptx.registry.KINDS` (:mod:`.diagrams` and :mod:`.text`
register their families' kinds, in a fixed order)."""

from councilkit.render.pptx.kinds import charts, diagrams, media, tables, text

__all__ = ["charts", "diagrams", "media", "tables", "text"]
