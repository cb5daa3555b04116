"""The Word renderer: mandates and terms of reference as .docx, English, French or side by
side. The markup is written as text by :mod:`._wml` into the parts of the layout's
reference .docx (:mod:`.reference`); python-docx only reads the size of pictures."""

from councilkit.render.docx.renderer import WordRenderer

__all__ = ["WordRenderer"]
