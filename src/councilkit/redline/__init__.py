"""Redlines: the new version of a mandate or terms of reference with tracked changes
against an old one, in each language (``councilkit redline``)."""
