"""Payload pickling: every record comes back field for field (positions included), shared
records stay shared, and what is not a frozen slotted record is pickled as Python does."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

from councilkit.build import pickling
from councilkit.diagnostics import Location
from councilkit.loader import load_content
from councilkit.localize import Localizer
from councilkit.model import BilingualText, Language, ListItem

EXAMPLE_CONTENT = Path(__file__).resolve().parents[2] / "content"


def same(a: Any, b: Any, path: str = "value") -> None:
    """``a`` and ``b`` alike in every field, those left out of comparisons too."""
    assert type(a) is type(b), path
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, tuple | list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for key in a:
            same(a[key], b[key], f"{path}[{key!r}]")
    elif hasattr(a, "__dict__") and not isinstance(a, type):
        same(vars(a), vars(b), f"{path}.__dict__")
    else:
        assert a == b, path


def test_the_example_project_comes_back_whole() -> None:
    project = load_content(EXAMPLE_CONTENT).project
    assert project is not None
    again = pickling.loads(pickling.dumps(project))
    same(project, again)
    assert again == project
    group = again.groups[0]
    assert group.loc is not None and group.loc.line >= 1  # positions are kept


def test_shared_records_stay_shared_and_others_pickle_as_python_does() -> None:
    where = Location("groups/g/mandate.yaml", 3, 5)
    text = BilingualText(en="a", fr="b", loc=where)
    item = ListItem(text=text, lead=text, loc=where)
    project = load_content(EXAMPLE_CONTENT).project
    assert project is not None
    localizer = Localizer(project, Language.FR)
    back = pickling.loads(pickling.dumps((item, localizer, where)))
    assert back[0].text is back[0].lead
    assert back[0].loc is back[2] and back[0].text.loc is back[2]
    same(back[1], localizer)
    assert back[0] == item and back[0].loc == where


@dataclasses.dataclass(frozen=True)
class Plain:
    """A frozen dataclass without slots."""

    value: int


@dataclasses.dataclass(frozen=True, slots=True)
class Single:
    value: int


@dataclasses.dataclass(frozen=True, slots=True)
class Empty:
    pass


def test_records_of_every_shape_come_back() -> None:
    values = (Plain(1), Single(2), Empty(), [Single(3)], {"k": Single(4)})
    assert pickling.loads(pickling.dumps(values)) == values
    assert pickling.loads(pickle.dumps(values)) == values
