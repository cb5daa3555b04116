"""The one-language document model, its planner and the editions composed from it: what a
Word document says, in one language, before any markup exists (see :mod:`.model`)."""

from councilkit.document.editions import separate, side_by_side, tete_beche
from councilkit.document.fit import table_fits
from councilkit.document.model import Document, Edition
from councilkit.document.planner import plan

__all__ = ["Document", "Edition", "plan", "separate", "side_by_side", "table_fits", "tete_beche"]
