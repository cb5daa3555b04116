"""The answers that scaffold a complete group with ``councilkit new --no-input``."""

from __future__ import annotations

NAMES = [
    "name_en=Data Working Group",
    "name_fr=Groupe de travail sur les données",
    "acronym_en=DWG",
    "acronym_fr=GTD",
    "council=pscioc",
    "date=2026-11-24",
    "end_date=2027-03-24",
]
