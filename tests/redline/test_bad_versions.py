"""Versions that cannot be compared, and their neighbours: each is a clear message naming
what was given, exit 2 (or 1 for content that fails ``check``), nothing written and
nothing changed; and versions that look odd but are fine (the same version twice, a
packed repository)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from clikit import run
from gitrepo import git, make_repository
from redlinekit import STEM, TOR, snapshot

REVISIONS = "--from and --to take a git tag, branch or commit (with ~N or ^N), or a folder"


def refused(repository: Path, tmp_path: Path, *arguments: str) -> str:
    """What ``redline`` says when it refuses ``arguments``: exit 2, a line naming the
    problem and what a version may be, nothing written, nothing changed."""
    out = tmp_path / "out"
    before = snapshot(repository.parent)
    result = run("redline", str(repository), *arguments, "-o", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("councilkit: error: ")
    assert result.stderr.count("\n") == 1
    assert not out.exists()
    assert snapshot(repository.parent) == before
    assert not (tmp_path / "git-ran").exists()
    return result.stderr


@pytest.mark.parametrize(
    ("revision", "said"),
    [
        ("v9", "revision 'v9' is no tag, branch or commit of the git repository at"),
        ("0000000", "revision '0000000' is no tag, branch or commit"),
        ("-v1", "revision '-v1' is no tag, branch or commit"),  # never read as an option
        ("--help", "revision '--help' is no tag, branch or commit"),
        ("v1~9", "revision 'v1~9': a commit has no such parent"),
        ("v1^{tree}", "revision 'v1^{tree}' is not a revision councilkit can read"),
        ("v1:content", "revision 'v1:content' is not a revision councilkit can read"),
    ],
)
def test_a_revision_that_names_no_commit(
    repository: Path, tmp_path: Path, revision: str, said: str
) -> None:
    message = refused(repository, tmp_path, f"--from={revision}")
    assert said in message
    assert REVISIONS in message


@pytest.mark.parametrize(
    ("what", "said"),
    [
        ("v1^{tree}", "names a folder of the git repository, not a commit"),
        ("v1:content/project.yaml", "names a file of the git repository, not a commit"),
    ],
)
def test_the_id_of_a_folder_or_a_file_is_not_a_commit(
    tmp_path: Path, example_content: Path, what: str, said: str
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(example_content, root / "content")
    make_repository(root, {})
    git(root, "tag", "v1")
    object_id = git(root, "rev-parse", what)
    git(root, "tag", "not-a-commit", object_id)
    for revision in (object_id, "not-a-commit"):
        message = refused(root / "content", tmp_path, "--from", revision)
        assert f"revision '{revision}' {said}" in message
    short = object_id[:10]  # only a commit is found by the start of its id
    assert f"revision '{short}' is no tag, branch or commit" in refused(
        root / "content", tmp_path, "--from", short
    )


def test_a_file_a_symbolic_link_loop_or_to_nothing_is_no_folder(
    repository: Path, tmp_path: Path
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop-back")
    (tmp_path / "loop-back").symlink_to(loop)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    project = repository / "project.yaml"
    for given, said in (
        (project, f"'{project}' is a file, not a folder"),
        (loop, f"'{loop}': Too many levels of symbolic links"),
        (dangling, f"'{dangling}' is a symbolic link to nothing"),
    ):
        message = refused(repository, tmp_path, "--from", str(given))
        assert said in message
        assert REVISIONS in message


def test_a_commit_without_the_content_folder(repository: Path, tmp_path: Path) -> None:
    root = repository.parent
    empty = git(root, "commit-tree", git(root, "mktree", "--missing"), "-m", "nothing")
    message = refused(repository, tmp_path, "--from", empty)
    assert f"revision '{empty}' has no content folder 'content'" in message


@pytest.mark.parametrize(
    ("removed", "said"),
    [
        ("groups/open-data-standards", "has no group 'open-data-standards'"),
        (TOR, "has no document 'terms-of-reference' in group 'open-data-standards'"),
    ],
)
def test_a_revision_without_the_group_or_the_document(
    repository: Path, tmp_path: Path, removed: str, said: str
) -> None:
    root = repository.parent
    git(root, "rm", "-q", "-r", "--cached", f"content/{removed}")
    git(root, "commit", "-q", "-m", "without")
    git(root, "tag", "without")
    git(root, "reset", "-q", "v1")  # the index as it was; the working tree is untouched
    (tmp_path / "git-ran").unlink(missing_ok=True)  # git was run here, by the test
    message = refused(repository, tmp_path, "--from", "without")
    commit = git(root, "rev-parse", "without")
    assert f"without ({commit[:12]}) {said}" in message
    (tmp_path / "git-ran").unlink(missing_ok=True)


def test_a_shallow_clone_says_its_history_is_not_there(repository: Path, tmp_path: Path) -> None:
    root = repository.parent
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "second")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{root}", str(clone))
    (tmp_path / "git-ran").unlink(missing_ok=True)
    message = refused(clone / "content", tmp_path, "--from", "HEAD~1")
    assert "revision 'HEAD~1': the repository is a shallow clone, without the commits" in message
    assert "git fetch --unshallow" in message


def test_the_new_version_failing_check_is_named(repository: Path, tmp_path: Path) -> None:
    tor = repository / TOR
    tor.write_text(tor.read_text(encoding="utf-8").replace("status: draft", "status: drfat"))
    out = tmp_path / "out"
    result = run("redline", str(repository), "--from", "v1", "-o", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{tor}:5:9: error:" in result.stdout
    assert "nothing was written" in result.stderr
    assert not out.exists()
    root = repository.parent
    git(root, "commit", "-q", "-am", "broken")
    git(root, "tag", "broken")
    result = run("redline", str(repository), "--from", "v1", "--to", "broken", "-o", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"broken:{TOR}:5:9: error:" in result.stdout
    assert not out.exists()


def test_the_same_version_twice_changes_nothing(repository: Path, tmp_path: Path) -> None:
    for arguments in (("--from", "v1", "--to", "v1"), ("--from", str(repository))):
        out = tmp_path / "out"
        result = run("redline", str(repository), *arguments, "-o", str(out))
        assert result.returncode == 0, result.stdout + result.stderr
        for document in ("mandate", "terms-of-reference"):
            for language in ("en", "fr"):
                assert f"open-data-standards/{document} ({language}): no change" in result.stdout
        assert "0 redlines" in result.stdout
        assert [p.name for p in out.iterdir()] == ["manifest.json"]
        shutil.rmtree(out)


def test_a_packed_repository_gives_the_same_redline(repository: Path, tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    assert run("redline", str(repository), "--from", "v1", "-o", str(loose)).returncode == 0
    git(repository.parent, "gc", "-q", "--aggressive")
    assert not any((repository.parent / ".git/objects").glob("[0-9a-f][0-9a-f]/*"))
    packed = tmp_path / "packed"
    assert run("redline", str(repository), "--from", "v1", "-o", str(packed)).returncode == 0
    name = f"{STEM}-fra-redline.docx"
    assert (packed / name).read_bytes() == (loose / name).read_bytes()


def test_an_annotated_tag_names_its_commit(repository: Path, tmp_path: Path) -> None:
    git(repository.parent, "tag", "-a", "-m", "first version", "v1-annotated", "v1")
    by_tag = tmp_path / "by-tag"
    result = run("redline", str(repository), "--from", "v1-annotated", "-o", str(by_tag))
    assert result.returncode == 0, result.stdout + result.stderr
    by_name = tmp_path / "by-name"
    assert run("redline", str(repository), "--from", "v1", "-o", str(by_name)).returncode == 0
    name = f"{STEM}-eng-redline.docx"
    with zipfile.ZipFile(by_tag / name) as tagged, zipfile.ZipFile(by_name / name) as named:
        # the same changes; the summary names the revision as it was given
        assert tagged.read("word/document.xml").replace(b"v1-annotated", b"v1") == named.read(
            "word/document.xml"
        )
