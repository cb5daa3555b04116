"""The slide kinds, one module per family; importing this package registers them all in
:data:`councilkit.render.pptx.registry.KINDS`."""

from councilkit.render.pptx.kinds import diagrams, media, tables, text

__all__ = ["diagrams", "media", "tables", "text"]
