"""Reading a content folder's git commit and whether it changed, without running git (or
anything a repository configures)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from gitrepo import arm, git, make_repository

from councilkit.repository import Repository, RepositoryError, SourceState, source_state

FILES = {
    ".gitattributes": "* filter=x\n",
    "README.md": "outside the content\n",
    "content/project.yaml": "id: demo\n",
    "content/groups/a/group.yaml": "name: A\n",
    "content/run.sh": "#!/bin/sh\n",
}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    make_repository(root, FILES)
    return root


def armed_state(repo: Path, folder: Path) -> SourceState:
    """source_state of ``folder`` in ``repo`` armed with traps; asserts no trap ran."""
    marker = repo.parent / "marker"
    arm(repo, marker)
    # the trap works: git itself would run it here
    git(repo, "status")
    assert marker.exists()
    marker.unlink()
    state = source_state(folder)
    assert not marker.exists()
    return state


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


CHANGES: dict[str, tuple[Callable[[Path], object], bool]] = {
    "clean": (lambda c: None, False),
    "modified": (lambda c: write(c / "project.yaml", "id: other\n"), True),
    "same bytes rewritten": (lambda c: write(c / "project.yaml", "id: demo\n"), False),
    "new file": (lambda c: write(c / "groups/b/group.yaml", "name: B\n"), True),
    "new ignored file": (lambda c: write(c / "notes.tmp", "x"), True),
    "deleted file": (lambda c: (c / "groups/a/group.yaml").unlink(), True),
    "mode changed": (lambda c: (c / "run.sh").chmod(0o755), True),
    "empty folder": (lambda c: (c / "empty").mkdir(), False),
    "link instead of file": (
        lambda c: ((c / "project.yaml").unlink(), os.symlink("elsewhere", c / "project.yaml")),
        True,
    ),
    "change outside the content folder": (lambda c: write(c.parent / "README.md", "x"), False),
}


@pytest.mark.parametrize("case", CHANGES)
def test_commit_and_changes_are_read_and_nothing_configured_runs(repo: Path, case: str) -> None:
    write(repo / ".gitignore", "*.tmp\n")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "-q", "-m", "ignore")
    head = git(repo, "rev-parse", "HEAD")
    change, dirty = CHANGES[case]
    change(repo / "content")
    assert armed_state(repo, repo / "content") == SourceState(head, dirty)


def test_packed_refs_and_packs_after_gc(repo: Path) -> None:
    write(repo / "content/project.yaml", "id: second\n")
    git(repo, "commit", "-q", "-am", "second")
    head = git(repo, "rev-parse", "HEAD")
    git(repo, "gc", "-q", "--aggressive")
    assert not (repo / ".git/refs/heads/main").exists()
    assert not list((repo / ".git/objects").glob("??/*"))  # every object is in a pack
    assert armed_state(repo, repo / "content") == SourceState(head, False)


def test_detached_head_names_its_commit(repo: Path) -> None:
    first = git(repo, "rev-parse", "HEAD")
    write(repo / "content/project.yaml", "id: second\n")
    git(repo, "commit", "-q", "-am", "second")
    git(repo, "checkout", "-q", "--detach", first)
    assert armed_state(repo, repo / "content") == SourceState(first, False)


def test_content_at_the_root_of_the_repository(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    head = make_repository(root, {"project.yaml": "id: demo\n"})
    assert armed_state(root, root) == SourceState(head, False)
    write(root / "build/manifest.json", "{}")  # an untracked output is a change
    assert source_state(root) == SourceState(head, True)


def test_a_shallow_clone_and_a_worktree_are_read(repo: Path, tmp_path: Path) -> None:
    head = git(repo, "rev-parse", "HEAD")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    assert (clone / ".git/shallow").exists()
    assert armed_state(clone, clone / "content") == SourceState(head, False)
    worktree = tmp_path / "worktree"
    git(repo, "worktree", "add", "-q", "--detach", str(worktree))
    assert (worktree / ".git").is_file()
    assert armed_state(worktree, worktree / "content") == SourceState(head, False)


def test_a_sha256_repository_is_read(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    head = make_repository(root, {"content/project.yaml": "id: demo\n"}, object_format="sha256")
    assert len(head) == 64
    assert armed_state(root, root / "content") == SourceState(head, False)
    write(root / "content/project.yaml", "id: changed\n")
    assert source_state(root / "content") == SourceState(head, True)


def test_a_submodule_is_unchanged_when_its_head_is_the_recorded_commit(
    repo: Path, tmp_path: Path
) -> None:
    inner = tmp_path / "inner"
    inner_head = make_repository(inner, {"a.yaml": "a: 1\n"})
    git(
        repo,
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        str(inner),
        "content/sub",
    )
    git(repo, "commit", "-q", "-m", "submodule")
    head = git(repo, "rev-parse", "HEAD")
    assert source_state(repo / "content") == SourceState(head, False)
    write(repo / "content/sub/b.yaml", "b: 2\n")
    git(repo / "content/sub", "add", "b.yaml")
    git(repo / "content/sub", "commit", "-q", "-m", "moved on")
    assert git(repo / "content/sub", "rev-parse", "HEAD") != inner_head
    assert source_state(repo / "content") == SourceState(head, True)


def test_not_a_repository_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    state = source_state(tmp_path / "content")
    assert state == SourceState(None, None, f"'{tmp_path / 'content'}' is not in a git repository")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("no commit yet", "cannot read the git repository at"),
        ("missing object", "cannot read the git repository at"),
        ("garbage object", "cannot read the git repository at"),
        (".git file pointing nowhere", "cannot read the git repository at"),
        ("unknown extension", "cannot read the git repository at"),
        ("ref to nothing", "cannot read the git repository at"),
    ],
)
def test_an_unreadable_repository_is_a_warning(tmp_path: Path, damage: str, reason: str) -> None:
    root = tmp_path / "repo"
    if damage == "no commit yet":
        root.mkdir()
        git(root, "init", "-q")
    else:
        head = make_repository(root, {"content/a.yaml": "a: 1\n"})
        obj = root / ".git/objects" / head[:2] / head[2:]
        if damage == "missing object":
            obj.unlink()
        elif damage == "garbage object":
            obj.chmod(0o644)
            obj.write_bytes(b"not zlib at all")
        elif damage == ".git file pointing nowhere":
            shutil.rmtree(root / ".git")
            (root / ".git").write_text("gitdir: /nonexistent/elsewhere\n")
        elif damage == "unknown extension":
            git(root, "config", "core.repositoryformatversion", "1")
            git(root, "config", "extensions.somethingNew", "true")
        elif damage == "ref to nothing":
            (root / ".git/refs/heads/main").write_text("0" * 40 + "\n")
    (root / "content").mkdir(exist_ok=True)
    state = source_state(root / "content")
    assert state.commit is None and state.dirty is None
    assert state.warning is not None and state.warning.startswith(reason)
    assert "\n" not in state.warning


def test_a_file_that_cannot_be_read_is_a_warning(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, *args: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("councilkit.repository.open", refuse, raising=False)
    state = source_state(repo / "content")
    assert state.commit is None and state.dirty is None
    assert state.warning is not None
    assert state.warning.startswith(f"cannot compare '{repo / 'content'}/")
    assert state.warning.endswith("' with the commit: Permission denied")


def test_files_and_trees_are_read_at_a_revision(repo: Path) -> None:
    first = git(repo, "rev-parse", "HEAD")
    write(repo / "content/project.yaml", "id: second\n")
    git(repo, "commit", "-q", "-am", "second")
    git(repo, "tag", "v2")
    with Repository.find(repo / "content") as found:  # type: ignore[union-attr]
        assert found.root == repo.resolve()
        assert found.resolve("HEAD~1") == first == found.resolve(first[:10])
        assert found.resolve("v2") == found.head() == found.resolve("main")
        assert found.read_file("HEAD~1", "content/project.yaml") == b"id: demo\n"
        assert found.read_file("v2", "content/project.yaml") == b"id: second\n"
        assert found.read_tree(first, "content") == {
            "project.yaml": b"id: demo\n",
            "groups/a/group.yaml": b"name: A\n",
            "run.sh": b"#!/bin/sh\n",
        }
        assert found.resolve("HEAD^") == first == found.resolve("v2^1") == found.resolve("HEAD^0~1")
        for bad, reason in [
            ("no-such-tag", "no-such-tag"),
            ("HEAD~2", "has no such parent"),
            ("HEAD^2", "has no such parent"),
            ("HEAD:content", "not a revision councilkit can read"),
            ("HEAD@{1}", "not a revision councilkit can read"),
            ("", "not a revision councilkit can read"),
        ]:
            with pytest.raises(RepositoryError, match=reason):
                found.resolve(bad)
        with pytest.raises(RepositoryError, match=r"content/none\.yaml"):
            found.read_file("HEAD", "content/none.yaml")
        with pytest.raises(RepositoryError, match="is a folder"):
            found.read_file("HEAD", "content")
