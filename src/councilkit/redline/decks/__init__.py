"""Deck redlines: PowerPoint has no tracked changes, so the slides added, removed and
changed between two versions of a deck are listed in a Word document, old and new text
side by side (:mod:`.texts` reads a slide's words from the model, :mod:`.matching` pairs
the slides of two versions, :mod:`.compare` lines up their words, :mod:`.document` writes
the file, :mod:`.run` does it for every deck chosen)."""
