"""The Word renderer: mandates and terms of reference as .docx, in one language, side by
side or tête-bêche. Each language is planned into the one-language document model
(:mod:`councilkit.document`), the edition composed from it, and the emitter
(:mod:`.emit`, :mod:`._wml`) writes it as markup into the parts of the layout's reference
.docx (:mod:`.reference`); python-docx only reads the size of pictures."""

from councilkit.render.docx.renderer import WordRenderer

__all__ = ["WordRenderer"]
