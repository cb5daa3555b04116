"""Helpers that write small content folders for loader tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import councilkit
from councilkit.diagnostics import Diagnostic

PROJECT = """\
schema: 1
organization:
  en: Joint Councils
  fr: Conseils mixtes
councils:
  - id: pscioc
    name:
      en: Public Sector Chief Information Officer Council
      fr: Conseil des dirigeants principaux de l’information du secteur public
"""

GROUP = """\
schema: 1
name:
  en: Test Working Group
  fr: Groupe de travail d’essai
councils: [pscioc]
members:
  - id: tbs
    jurisdiction: federal
    organization:
      en: Treasury Board of Canada Secretariat
      fr: Secrétariat du Conseil du Trésor du Canada
  - id: on
    jurisdiction: ON
    organization:
      en: Government of Ontario
      fr: Gouvernement de l’Ontario
co_chairs:
  - member: tbs
  - member: on
"""

MANDATE = """\
schema: 1
kind: mandate
version: "1.0"
status: approved
date: 2016-06-15
purpose:
  - en: The group advises the councils.
    fr: Le groupe conseille les conseils.
"""

DECK = """\
schema: 1
kind: deck
version: "1.0"
status: approved
date: 2016-06-15
title: {en: Deck, fr: Présentation}
slides:
"""
"""A deck's fields before its slides: add slides as lines starting with '  - kind:'."""


def write(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (relative path -> text, dedented) under ``root``; returns ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def content(root: Path, **overrides: str) -> Path:
    """A valid content folder, with files replaced or added by ``overrides`` (keys use
    ``__`` for ``/`` and drop ``.yaml``: ``groups__g__mandate``)."""
    files = {
        "project.yaml": PROJECT,
        "groups/g/group.yaml": GROUP,
        "groups/g/mandate.yaml": MANDATE,
    }
    for key, text in overrides.items():
        files[key.replace("__", "/") + ".yaml"] = text
    return write(root, files)


def lines(path: Path) -> list[str]:
    """The formatted diagnostics of checking ``path``, with the folder prefix removed."""
    prefix = path.as_posix() + "/"
    return [d.format().replace(prefix, "") for d in councilkit.check(path)]


def only(path: Path) -> Diagnostic:
    """The single diagnostic of checking ``path``."""
    found = councilkit.check(path)
    assert len(found) == 1, [d.format() for d in found]
    return found[0]
