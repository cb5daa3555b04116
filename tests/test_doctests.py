"""The doctest examples in the library's docstrings are part of its specification."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "councilkit.model.text",
    "councilkit.model.inline",
    "councilkit.localize.dates",
    "councilkit.localize.typography",
    "councilkit.i18n.markup",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
