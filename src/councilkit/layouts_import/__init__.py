"""``councilkit layout import``: a department's own Word and PowerPoint templates turned
into a layout folder (``layouts/<name>/``) that content builds on at once.

One idea per module: :mod:`.office_files` reads and checks the files given, :mod:`.word_styles`
matches Word roles to the template's styles, :mod:`.slide_layouts` matches slide kinds to
the template's slide layouts, :mod:`.install` writes the folder (all files or none), and
:mod:`.listing` lists the layouts a content folder can use.
"""
