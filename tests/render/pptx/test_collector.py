"""The cycle collector is held off while a deck is drawn, and is as it was afterwards:
on after a deck, after a deck that failed, and off when it was off before."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from councilkit.model import Language
from councilkit.render.pptx import renderer
from councilkit.render.pptx.collector import collector_held

from .conftest import render_example


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_while_a_deck_is_planned_and_on_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    plan = renderer.plan_deck

    def watched(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return plan(*args)

    monkeypatch.setattr(renderer, "plan_deck", watched)
    rendered = render_example(Language.EN)
    assert rendered.data and seen == [False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_deck_that_fails_leaves_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*args: Any) -> Any:
        raise RuntimeError("planning failed")

    monkeypatch.setattr(renderer, "plan_deck", fails)
    with pytest.raises(RuntimeError, match="planning failed"):
        render_example(Language.FR)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        with collector_held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was_on:
            gc.enable()


def test_a_deck_s_line_measures_are_gone_when_it_is_finished(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from councilkit.render.pptx.fit import fonts

    made: list[weakref.ref[Any]] = []

    class Watched(fonts.Measures):  # no __slots__: can be watched with a weak reference
        def __init__(self, font: Any) -> None:
            super().__init__(font)
            made.append(weakref.ref(self))

    monkeypatch.setattr(fonts, "Measures", Watched)
    was_on = gc.isenabled()
    gc.disable()  # freed as the deck is finished, not by a later pass of the collector
    try:
        rendered = render_example(Language.FR)
    finally:
        if was_on:
            gc.enable()
    assert rendered.data
    assert made  # the deck was measured ...
    assert all(ref() is None for ref in made)  # ... and nothing it measured is left
