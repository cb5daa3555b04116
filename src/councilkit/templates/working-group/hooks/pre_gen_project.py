"""Refuse answers that would make a package that does not build, before any file is made.

This hook runs with plain cookiecutter too, so it does not import councilkit; councilkit
checks the same rules before calling cookiecutter, with the same messages.
"""

import re
import sys

CODES = set("federal AB BC MB NB NL NS NT NU ON PE QC SK YT municipal".split())
problems = []
slug = "{{ cookiecutter.slug }}"
if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", slug):
    problems.append(f"folder name '{slug}' must be lower-case letters, digits and hyphens")
NAMES = (
    ("name_en", """{{ cookiecutter.name_en }}"""),
    ("name_fr", """{{ cookiecutter.name_fr }}"""),
    ("acronym_en", """{{ cookiecutter.acronym_en }}"""),
    ("acronym_fr", """{{ cookiecutter.acronym_fr }}"""),
)
for key, value in NAMES:
    if not value.strip():
        problems.append(f"{key} is empty")
    elif re.search(r'["\\\x00-\x1f]', value):
        problems.append(f"{key} cannot contain quotes, backslashes or line breaks")
members = [m.strip() for m in "{{ cookiecutter.members }}".split(",") if m.strip()]
for code in members:
    if code not in CODES:
        problems.append(f"unknown jurisdiction '{code}'")
for key, code in (("co_chair_federal", "{{ cookiecutter.co_chair_federal }}"),
                  ("co_chair_pt", "{{ cookiecutter.co_chair_pt }}")):
    if code not in members:
        problems.append(f"{key} '{code}' is not one of the members")
DATES = (("date", "{{ cookiecutter.date }}"), ("end_date", "{{ cookiecutter.end_date }}"))
for key, value in DATES:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        problems.append(f"{key} '{value}' is not a date (YYYY-MM-DD)")
if problems:
    print("councilkit template: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
