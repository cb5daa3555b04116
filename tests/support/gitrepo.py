"""Git repositories for tests: made with the real git, then armed with configuration that
would run a program (fsmonitor, filter drivers, hooks, pager, ...) if anything ran git in
them. The program only leaves a marker file, so a test can assert it never ran."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from programs import require

_ENVIRONMENT = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": "/nonexistent",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_AUTHOR_DATE": "2016-09-14T00:00:00Z",
    "GIT_COMMITTER_DATE": "2016-09-14T00:00:00Z",
}
HOOKS = ("pre-commit", "post-checkout", "post-commit", "post-index-change", "reference-transaction")


def require_git() -> str:
    return require("git", "needed to make test repositories")


def git(repo: Path, *args: str) -> str:
    """Run the real git in ``repo`` (to make a test repository); its output, stripped."""
    done = subprocess.run(
        [require_git(), "-C", str(repo), *args],
        env=_ENVIRONMENT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def make_repository(root: Path, files: dict[str, str], *, object_format: str = "sha1") -> str:
    """A repository at ``root`` with ``files`` committed on ``main``; the commit id."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main", f"--object-format={object_format}")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    return git(root, "rev-parse", "HEAD")


def arm(repo: Path, marker: Path) -> None:
    """Configure ``repo`` so that git, run in it, runs a program that creates ``marker``."""
    script = repo.parent / f"{repo.name}-trap.sh"
    hooks = repo.parent / f"{repo.name}-hooks"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\ncat\n", encoding="utf-8")
    script.chmod(0o755)
    with open(_git_dir(repo) / "config", "a", encoding="utf-8") as config:
        config.write(
            f"[core]\n\tfsmonitor = {script}\n\tpager = {script}\n\thooksPath = {hooks}\n"
            f'[filter "x"]\n\tclean = {script}\n\tsmudge = {script}\n\trequired = true\n'
            f"[diff]\n\texternal = {script}\n"
        )
    for folder in (_git_dir(repo) / "hooks", hooks):
        folder.mkdir(exist_ok=True)
        for hook in HOOKS:
            (folder / hook).write_text(f"#!/bin/sh\ntouch '{marker}'\n", encoding="utf-8")
            (folder / hook).chmod(0o755)


def _git_dir(repo: Path) -> Path:
    """The folder holding the repository's config and hooks (a worktree's common one)."""
    dot_git = repo / ".git"
    if dot_git.is_file():
        dot_git = (repo / dot_git.read_text().split(":", 1)[1].strip()).resolve()
    common = dot_git / "commondir"
    return (dot_git / common.read_text().strip()).resolve() if common.exists() else dot_git
