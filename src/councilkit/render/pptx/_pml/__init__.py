"""Slide XML written as text: text bodies, shapes, groups, tables and placeholders, each as
python-pptx would build it element by element, byte for byte; parsed once per slide (the
PowerPoint counterpart of the Word renderer's ``_wml``). Text and attribute values are
escaped only through :mod:`councilkit.xml_escape`."""
