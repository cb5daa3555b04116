"""What validation rules may refer to beyond the project they are given."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scope:
    """The ids of every group of the content, which a reference (``parent_group``) may
    name even when the project being checked holds one group at a time."""

    group_ids: tuple[str, ...]
    unreadable: frozenset[str] = frozenset()
    """``group/document`` of each document that could not be read: the project being
    checked lacks it, so a reference to it is not reported (its own errors are)."""
