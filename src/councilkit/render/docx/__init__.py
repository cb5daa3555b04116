"""The Word renderer: mandates and terms of reference as .docx, English, French or side by
side. python-docx is used only in this package; raw OOXML only in :mod:`._oxml`."""

from councilkit.render.docx.renderer import WordRenderer

__all__ = ["WordRenderer"]
