"""Paths written in content, checked so that nothing is read from outside the content folder."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.loader.pictures import PICTURE_SUFFIXES, PictureCheck


def resolve_content_path(
    written: str,
    where: Location,
    *,
    base: Path,
    root: Path,
    problems: list[Diagnostic],
    pictures: PictureCheck,
) -> str | None:
    """The path ``written`` in a file in folder ``base``, relative to the content folder
    ``root`` and with ``/`` separators; None (and a diagnostic) when it is unsafe, missing,
    or a picture Word and PowerPoint cannot show (checked by ``pictures``).
    """

    def refuse(code: str, message: str) -> None:
        problems.append(error(where, code, message))

    if not written.strip():
        refuse("bad-path", "the path is empty; give the image's file name")
        return None
    if (
        PurePosixPath(written).is_absolute()
        or PureWindowsPath(written).is_absolute()
        or PureWindowsPath(written).drive
    ):
        refuse(
            "path-outside",
            f"'{written}' is an absolute path; give a path inside the content folder, "
            "relative to this file (for example images/chart.png)",
        )
        return None
    if "\\" in written:
        refuse("bad-path", f"'{written}' uses '\\'; write paths with '/'")
        return None
    target = (base / written).resolve()
    root = root.resolve()
    if not target.is_relative_to(root):
        how = "goes through a link to" if ".." not in PurePosixPath(written).parts else "leads to"
        refuse(
            "path-outside",
            f"'{written}' {how} a place outside the content folder; copy the file into "
            "the content folder and refer to it there",
        )
        return None
    if not target.is_file():
        refuse(
            "missing-file",
            f"'{written}' does not exist (looked for {target.relative_to(root).as_posix()} "
            "in the content folder); check the name and its capitals",
        )
        return None
    if target.suffix.lower() not in PICTURE_SUFFIXES:
        known = ", ".join(sorted(PICTURE_SUFFIXES))
        refuse(
            "bad-picture",
            f"'{written}' is not a picture councilkit can place (use {known}); convert it to PNG",
        )
        return None
    problem = pictures.problem(target, written)
    if problem is not None:
        refuse(problem.code, problem.message)
        return None
    return target.relative_to(root).as_posix()


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path``, links followed, is inside ``root``."""
    return path.resolve().is_relative_to(root.resolve())
