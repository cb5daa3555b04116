"""A git repository, read from its files alone: nothing it configures ever runs.

``git`` would run what a repository's configuration names (``core.fsmonitor``, filter
drivers, hooks) whenever it looks at the working tree. Content folders come from anyone,
so councilkit never runs git: it reads refs and objects with dulwich's refs and object
store (loose objects, packs with deltas, packed refs, worktrees, shallow clones) and
compares the files on disk itself. No dulwich function that can run a command (porcelain,
hooks, filters, the index's normaliser) is used here.

A working tree is compared byte for byte with the commit: councilkit reads the files as they
are on disk, so that is what must match.

- A file whose bytes differ from the commit's, whose executable bit differs, that is
  missing, or that is not in the commit at all (untracked, even if ``.gitignore`` names it:
  councilkit reads every file of a content folder, ignored or not) is a change.
- No git filter or line-ending conversion is applied: a file that git stores converted
  (a ``filter`` in ``.gitattributes``, ``core.autocrlf``) counts as changed.
- ``.git`` entries are skipped; a submodule is unchanged when its own HEAD is the commit
  recorded for it. Empty folders do not count (git does not record them).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from councilkit.errors import CouncilkitError

_CHUNK = 1 << 20
_TREE = 0o040000
_LINK = 0o120000
_GITLINK = 0o160000
_REVISION = re.compile(r"([^~^:@\s]+)((?:[~^][0-9]*)*)")
_STEP = re.compile(r"([~^])([0-9]*)")


class RepositoryError(CouncilkitError):
    """A git repository is there but cannot be read (corrupt, unsupported, no commit yet)."""


class MissingPath(RepositoryError):
    """A path that a commit of a readable repository does not hold."""


@dataclass(frozen=True, slots=True)
class SourceState:
    """Where content came from: its commit and whether the folder differs from it.

    ``commit`` and ``dirty`` are ``None`` when no commit can be named; ``warning`` then
    says why, in one line.
    """

    commit: str | None
    dirty: bool | None
    warning: str | None = None


def source_state(folder: Path) -> SourceState:
    """The commit ``folder`` is checked out at and whether it differs from it; never raises
    for a missing or unreadable repository (``warning`` says what happened)."""
    try:
        repository = Repository.find(folder)
        if repository is None:
            return SourceState(None, None, f"'{folder}' is not in a git repository")
        with repository:
            return SourceState(repository.head(), repository.differs_from_head(folder))
    except RepositoryError as exc:
        return SourceState(None, None, str(exc))


class Repository:
    """A git repository and its working tree's root, opened for reading only; close it
    (or use it in a ``with`` block) to release its pack files."""

    def __init__(self, root: Path) -> None:
        """Open the repository whose ``.git`` (folder, or file naming the folder) is in
        ``root``; :class:`RepositoryError` when it cannot be read."""
        from dulwich.repo import Repo

        self.root = root
        self._repo: Any = self._guard(lambda: Repo(str(root)))

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the pack files the repository holds open."""
        self._repo.close()

    @classmethod
    def find(cls, folder: Path) -> Repository | None:
        """The repository ``folder`` is in (``folder`` or a parent holds ``.git``), or
        ``None`` when there is none."""
        start = folder.resolve()
        for candidate in (start, *start.parents):
            if os.path.lexists(candidate / ".git"):
                return cls(candidate)
        return None

    def head(self) -> str:
        """The commit id HEAD names (hexadecimal)."""
        return self.resolve("HEAD")

    def resolve(self, revision: str) -> str:
        """The commit id of ``revision``: a commit id or its unique prefix, a branch or tag
        name or ``HEAD``, followed by any ``~N`` (N-th first parent) and ``^N`` (N-th
        parent) suffixes."""
        match = _REVISION.fullmatch(revision)
        if match is None:
            raise RepositoryError(f"'{revision}' is not a revision councilkit can read")
        commit = self._commit(match.group(1), revision)
        for step, count in _STEP.findall(match.group(2)):
            number = int(count) if count else 1
            for _ in range(number if step == "~" else 1):
                parents = commit.parents
                index = 0 if step == "~" else number - 1
                if step == "^" and number == 0:
                    break
                if index >= len(parents):
                    raise RepositoryError(f"'{revision}': a commit has no such parent")
                if commit.id in self._guard(self._repo.get_shallow):
                    raise RepositoryError(
                        f"'{revision}': the repository is a shallow clone, without the "
                        f"commits before {commit.id.decode('ascii')[:12]} "
                        "(git fetch --unshallow brings them)"
                    )
                commit = self._object(parents[index])
        return str(commit.id.decode("ascii"))

    def _commit(self, name: str, revision: str) -> Any:
        """The commit ``name`` names; a name that is no tag, branch or commit, or that names
        a folder or a file (a tree or blob id, a tag of one), is said so, apart from a
        repository that cannot be read."""
        from dulwich.objectspec import parse_commit, parse_object, parse_ref

        def read() -> Any:
            return parse_commit(self._repo, name.encode())

        try:
            return read()
        except KeyError:
            try:
                parse_ref(self._repo, name.encode())
            except KeyError:
                if name != "HEAD":
                    raise RepositoryError(
                        f"'{revision}' is no tag, branch or commit of the git repository "
                        f"at '{self.root}'"
                    ) from None
            except Exception:  # a damaged repository: said below
                pass
        except ValueError:
            try:
                kind = parse_object(self._repo, name.encode()).type_name
            except Exception:
                kind = b""
            if kind in (b"tree", b"blob"):
                what = "a folder" if kind == b"tree" else "a file"
                raise RepositoryError(
                    f"'{revision}' names {what} of the git repository, not a commit"
                ) from None
        except Exception:  # a damaged repository: said below
            pass
        return self._guard(read, revision)

    def read_file(self, revision: str, path: str | PurePosixPath) -> bytes:
        """The bytes of the file ``path`` (relative to the working tree's root) at
        ``revision``."""
        mode, sha = self._entry(revision, PurePosixPath(path))
        if stat.S_IFMT(mode) == _TREE or mode == _GITLINK:
            raise RepositoryError(f"'{path}' is a folder at {revision}, not a file")
        return bytes(self._object(sha).data)

    def read_tree(self, revision: str, path: str | PurePosixPath = "") -> dict[str, bytes]:
        """Every file under the folder ``path`` at ``revision``: its path relative to that
        folder (``/``-separated) and its bytes. Symbolic links and submodules are left out."""
        tree = self._tree_at(revision, PurePosixPath(path))
        return {
            name: bytes(self._object(sha).data)
            for name, mode, sha in self._walk(tree)
            if stat.S_ISREG(mode)
        }

    def differs_from_head(self, folder: Path) -> bool:
        """Whether any file in ``folder`` differs from HEAD (rules in the module's doc); a
        file or folder that cannot be read is a :class:`RepositoryError`."""
        try:
            return self._differs_from_head(folder)
        except OSError as exc:
            raise RepositoryError(
                f"cannot compare '{exc.filename or folder}' with the commit: {exc.strerror or exc}"
            ) from None

    def _differs_from_head(self, folder: Path) -> bool:
        relative = PurePosixPath(folder.resolve().relative_to(self.root).as_posix())
        try:
            tree = self._tree_at("HEAD", relative)
        except RepositoryError:
            tree = None  # the folder is not in HEAD: every file in it is new
        recorded = {name: (mode, sha) for name, mode, sha in self._walk(tree)} if tree else {}
        hash_func = self._repo.object_format.hash_func
        for name, mode in _files_on_disk(folder):
            if name not in recorded:
                return True
            recorded_mode, sha = recorded.pop(name)
            if recorded_mode == _GITLINK:
                if mode != _TREE or _submodule_head(folder / name) != sha.decode():
                    return True
            elif mode != recorded_mode or _blob_id(folder / name, mode, hash_func) != sha:
                return True
        return bool(recorded)

    def _entry(self, revision: str, path: PurePosixPath) -> tuple[int, bytes]:
        from dulwich.object_store import tree_lookup_path

        commit = self._guard(lambda: self._repo[self.resolve(revision).encode()], revision)
        if not path.parts:
            return _TREE, commit.tree

        def look_up() -> Any:
            return tree_lookup_path(self._repo.__getitem__, commit.tree, str(path).encode())

        try:
            found = look_up()
        except KeyError as exc:  # a name not in its folder, or an object missing
            if exc.args and exc.args[0] in {part.encode() for part in path.parts}:
                raise MissingPath(f"'{path}' is not in {revision}") from None
            found = self._guard(look_up, f"{revision}:{path}")
        except Exception:
            found = self._guard(look_up, f"{revision}:{path}")
        return int(found[0]), bytes(found[1])

    def _tree_at(self, revision: str, path: PurePosixPath) -> Any:
        mode, sha = self._entry(revision, path)
        if stat.S_IFMT(mode) != _TREE:
            raise RepositoryError(f"'{path}' is not a folder at {revision}")
        return self._object(sha)

    def _object(self, sha: bytes) -> Any:
        return self._guard(lambda: self._repo[sha], sha.decode("ascii", "replace"))

    def _walk(self, tree: Any, prefix: str = "") -> Iterator[tuple[str, int, bytes]]:
        for entry in tree.iteritems():
            name = prefix + entry.path.decode("utf-8", "surrogateescape")
            if stat.S_IFMT(entry.mode) == _TREE:
                yield from self._walk(self._object(entry.sha), name + "/")
            else:
                yield name, int(entry.mode), bytes(entry.sha)

    def _guard(self, read: Any, what: str | None = None) -> Any:
        """``read()``, with any failure of dulwich on this repository (a missing or corrupt
        object, an unsupported format, no commit yet) as one :class:`RepositoryError`."""
        try:
            return read()
        except Exception as exc:  # dulwich raises many types for a damaged repository
            subject = f" ({what})" if what else ""
            detail = str(exc) or type(exc).__name__
            raise RepositoryError(
                f"cannot read the git repository at '{self.root}'{subject}: {detail}"
            ) from None


def _files_on_disk(folder: Path) -> Iterator[tuple[str, int]]:
    """Every file, link and submodule under ``folder`` with the git mode it would have;
    links are not followed and ``.git`` entries are skipped."""
    for directory, folders, files in os.walk(folder, onerror=_raise):
        base = Path(directory)
        prefix = base.relative_to(folder).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        for name in list(folders):
            path = base / name
            if name == ".git":
                folders.remove(name)
            elif path.is_symlink():
                yield prefix + name, _LINK
            elif os.path.lexists(path / ".git"):
                folders.remove(name)
                yield prefix + name, _TREE  # a submodule's folder
        for name in files:
            if name == ".git":
                continue
            mode = os.lstat(base / name).st_mode
            if stat.S_ISLNK(mode):
                yield prefix + name, _LINK
            elif stat.S_ISREG(mode):
                yield prefix + name, 0o100755 if mode & 0o100 else 0o100644


def _raise(error: OSError) -> None:
    raise error


def _blob_id(path: Path, mode: int, hash_func: Any) -> bytes:
    """The id git gives the bytes of ``path`` (a link's target for a link)."""
    if mode == _LINK:
        target = os.fsencode(os.readlink(path))
        return _hash(hash_func, [target], len(target))
    with open(path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        return _hash(hash_func, iter(lambda: stream.read(_CHUNK), b""), size)


def _hash(hash_func: Any, chunks: Any, size: int) -> bytes:
    digest = hash_func(b"blob %d\0" % size)
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest().encode("ascii")  # type: ignore[no-any-return]


def _submodule_head(folder: Path) -> str | None:
    try:
        with Repository(folder) as inner:
            return inner.head()
    except RepositoryError:
        return None
