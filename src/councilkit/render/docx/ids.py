"""One id space per Word document: relationship ids, part names (pictures, headers,
footers), drawing ids (``wp:docPr``), bookmarks and list numbering instances, each
allocated by one counter seeded from the reference, so that nothing the document adds
collides with what the reference already has (a logo in ``word/media/image1.png``, its
relationship ids, its drawings)."""

from __future__ import annotations

from collections.abc import Iterable


class IdSpace:
    """The ids of one document being written."""

    def __init__(
        self,
        *,
        next_rid: int,
        next_drawing: int,
        next_num: int,
        parts: Iterable[str],
        next_bookmark: int = 1,
    ) -> None:
        self._rid = next_rid
        self._drawing = next_drawing
        self._num = next_num
        self._bookmark = next_bookmark
        self._parts = {name.lower() for name in parts}
        self._bookmarks: dict[tuple[int, int], int] = {}

    def relationship(self) -> str:
        """A new relationship id of the main document (``rId7``)."""
        self._rid += 1
        return f"rId{self._rid - 1}"

    def drawing(self) -> int:
        """A new drawing id (``wp:docPr/@id``), unique in the document."""
        self._drawing += 1
        return self._drawing - 1

    def numbering(self) -> int:
        """A new list numbering instance id (``w:num/@w:numId``)."""
        self._num += 1
        return self._num - 1

    def bookmark(self, scope: int, anchor: int) -> int:
        """The bookmark id of heading ``anchor`` in ``scope`` (one scope per language half
        of a file), the same each time it is asked."""
        key = (scope, anchor)
        if key not in self._bookmarks:
            self._bookmarks[key] = self._bookmark
            self._bookmark += 1
        return self._bookmarks[key]

    def new_bookmark(self) -> int:
        """A bookmark id for a range that no heading owns."""
        self._bookmark += 1
        return self._bookmark - 1

    def revision(self) -> int:
        """A tracked change's id (``w:ins``/``w:del``): annotations share the bookmarks'
        counter, so no revision, bookmark or comment has another's id."""
        return self.new_bookmark()

    def part(self, stem: str, extension: str) -> str:
        """A new part name ``{stem}{n}.{extension}`` (``word/media/image3.png``) that no part
        of the package has, whatever the case."""
        number = 1
        while f"{stem}{number}.{extension}".lower() in self._parts:
            number += 1
        name = f"{stem}{number}.{extension}"
        self._parts.add(name.lower())
        return name


def bookmark_name(number: int) -> str:
    """The name of bookmark ``number`` (hidden from the user: it starts with ``_``)."""
    return f"_Toc{number:08d}"
