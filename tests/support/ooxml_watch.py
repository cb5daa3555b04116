"""Finds the .docx and .pptx files the tests write under pytest's temporary folders and checks
each once with ``ooxml.package_problems`` (results kept by content digest for the session)."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ooxml import package_problems

PACKAGE_SUFFIXES = (".docx", ".pptx")


@dataclass
class OutputWatch:
    """The packages under ``root`` already looked at, and the problems of each content."""

    root: Path
    seen: dict[Path, tuple[int, int]] = field(default_factory=dict)
    results: dict[str, list[str]] = field(default_factory=dict)

    def new_packages(self) -> list[Path]:
        """Packages written or changed under ``root`` since the last call (links not followed)."""
        found = []
        for folder, _, files in os.walk(self.root):
            for name in files:
                if not name.lower().endswith(PACKAGE_SUFFIXES):
                    continue
                path = Path(folder, name)
                try:
                    status = path.lstat()
                except FileNotFoundError:  # removed since the folder was listed
                    continue
                if stat.S_ISLNK(status.st_mode):
                    continue
                key = (status.st_size, status.st_mtime_ns)
                if self.seen.get(path) != key:
                    self.seen[path] = key
                    found.append(path)
        return sorted(found)

    def problems(self, paths: list[Path]) -> list[str]:
        """Every problem of ``paths``, each line starting with the file's path."""
        lines = []
        for path in paths:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in self.results:
                self.results[digest] = package_problems(path)
            lines += [f"{path}: {problem}" for problem in self.results[digest]]
        return lines
