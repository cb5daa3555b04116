"""Writing a layout folder ``CONTENT/layouts/<name>/``: every file or none. The files go
into a new temporary folder beside it, which is then renamed into place; an existing
layout is replaced only when asked (``--force``), and only once the new one is complete.
No symbolic link is followed on the way.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from councilkit.atomic import ensure_folder
from councilkit.build.layouts import LAYOUTS_FOLDER
from councilkit.errors import CouncilkitError, UsageError

SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""A layout name: letters, digits, '-' and '_', starting with a letter or digit."""


def check_name(name: str) -> None:
    """:class:`UsageError` unless ``name`` is a safe folder name for a layout."""
    if not SAFE_NAME.fullmatch(name) or name.lower() == "default":
        raise UsageError(
            f"'{name}' cannot name a layout; use letters, digits, '-' and '_' (up to 64, "
            "starting with a letter or digit), and not 'default' (councilkit's own)"
        )


def layout_exists(content: Path, name: str) -> bool:
    """True when ``content/layouts/<name>`` exists (a link counts)."""
    return os.path.lexists(content / LAYOUTS_FOLDER / name)


def install_layout(content: Path, name: str, files: dict[str, bytes], *, force: bool) -> Path:
    """Write ``files`` (name → bytes) as the layout ``name`` of ``content``; returns its
    folder. :class:`CouncilkitError` when the layout exists and ``force`` is False."""
    check_name(name)
    layouts = ensure_folder(content, LAYOUTS_FOLDER)
    target = layouts / name
    if os.path.lexists(target) and not force:
        raise CouncilkitError(
            f"the layout '{target}' exists already; add --force to replace it, or choose "
            "another name"
        )
    staging = Path(tempfile.mkdtemp(dir=layouts, prefix=f".{name}.", suffix=".part"))
    try:
        for file_name, data in files.items():
            with open(staging / file_name, "xb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        os.chmod(staging, 0o755)
        _move_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _move_into_place(staging: Path, target: Path) -> None:
    """Rename ``staging`` to ``target``; an existing ``target`` is first set aside, and
    removed only once the new folder is in place (put back if the rename fails)."""
    if not os.path.lexists(target):
        os.rename(staging, target)
        return
    aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
    os.rmdir(aside)
    os.rename(target, aside)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(aside, target)
        raise
    if aside.is_symlink() or not aside.is_dir():
        aside.unlink()
    else:
        shutil.rmtree(aside)
