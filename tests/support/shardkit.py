"""Helpers for shard tests: the shards of one content built into folders, and a shard's
manifest edited in place."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from councilkit.build import build
from councilkit.build.shard import Shard


def build_shards(content: Path, root: Path, epoch: int, total: int) -> list[Path]:
    """``root/shard-1`` … ``root/shard-TOTAL``, each built with ``--shard I/TOTAL``."""
    folders = [root / f"shard-{index}" for index in range(1, total + 1)]
    for index, folder in enumerate(folders, start=1):
        build(content, folder, source_date_epoch=epoch, shard=Shard(index, total))
    return folders


def edit_manifest(folder: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Rewrite ``folder/manifest.json`` after ``change`` edits its parsed body."""
    manifest = folder / "manifest.json"
    body = json.loads(manifest.read_bytes())
    change(body)
    manifest.write_text(json.dumps(body), encoding="utf-8")
