"""The list numbering instance that makes a list start again at 1."""

from __future__ import annotations


def restarting_num(num_id: int, abstract_id: int) -> str:
    """A ``w:num`` on ``abstract_id`` whose first level starts again at 1: the fix for
    lists that go on counting from the previous list."""
    return (
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
