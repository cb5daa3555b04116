"""What validation rules may refer to beyond the project they are given."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scope:
    """The ids of every group of the content, which a reference (``parent_group``) may
    name even when the project being checked holds one group at a time."""

    group_ids: tuple[str, ...]
