"""The cycle collector during a build: the objects alive when it starts are set aside
until it ends, and an outer freeze is left alone."""

from __future__ import annotations

import gc

import pytest

from councilkit.build.collector import code_frozen


def test_what_is_alive_is_frozen_within_the_block_and_handed_back_after() -> None:
    assert gc.get_freeze_count() == 0
    with code_frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_the_objects_are_handed_back_when_the_block_raises() -> None:
    with pytest.raises(KeyError), code_frozen():
        raise KeyError("stop")
    assert gc.get_freeze_count() == 0


def test_an_outer_freeze_is_left_as_it_is() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with code_frozen():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
