"""The shape ids and names of one slide, given as python-pptx gives them.

python-pptx numbers a new shape one more than the largest ``@id`` of the slide, a new
group the smallest id not in use, and names a new placeholder after its id unless the
name is taken. A slide drawn as text has no tree to search until it is parsed, so
:class:`ShapeIds` follows what is added and removed instead, starting from a new slide's
tree (its own group, id 1, named ""). A shape python-pptx adds itself (a picture, a
chart) is told with :meth:`ShapeIds.found`.
"""

from __future__ import annotations

from collections import Counter


class ShapeIds:
    """The ids and names used on one slide."""

    def __init__(self) -> None:
        self._used: set[int] = {1}
        self._top = 1
        self._names: Counter[str] = Counter({"": 1})

    def next_id(self) -> int:
        """The id python-pptx would give a new shape: one more than the largest."""
        return self._top + 1

    def first_free(self) -> int:
        """The smallest id not in use (what a new group takes)."""
        return next(n for n in range(1, len(self._used) + 2) if n not in self._used)

    def name_taken(self, name: str) -> bool:
        """True when a shape of the slide is called ``name``."""
        return self._names[name] > 0

    def found(self, shape_id: int, name: str) -> None:
        """Record a shape added with ``shape_id`` and ``name``."""
        self._used.add(shape_id)
        self._top = max(self._top, shape_id)
        self._names[name] += 1

    def removed(self, shape_id: int, name: str) -> None:
        """Record that the shape ``shape_id`` called ``name`` left the slide."""
        self._used.discard(shape_id)
        self._top = max(self._used, default=0)
        self._names[name] -= 1
