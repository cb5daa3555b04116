"""Paths written in content, checked so that nothing is read from outside the content folder."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from councilkit.diagnostics import Diagnostic, Location, error

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff"})
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def resolve_content_path(
    written: str, where: Location, *, base: Path, root: Path, problems: list[Diagnostic]
) -> str | None:
    """The path ``written`` in a file in folder ``base``, relative to the content folder
    ``root`` and with ``/`` separators; None (and a diagnostic) when it is unsafe or missing.
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
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        known = ", ".join(sorted(IMAGE_SUFFIXES))
        refuse("bad-image", f"'{written}' is not a picture councilkit can place (use {known})")
        return None
    if target.stat().st_size > MAX_IMAGE_BYTES:
        refuse("file-too-large", f"'{written}' is over {MAX_IMAGE_BYTES // 2**20} MiB; shrink it")
        return None
    return target.relative_to(root).as_posix()


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path``, links followed, is inside ``root``."""
    return path.resolve().is_relative_to(root.resolve())
