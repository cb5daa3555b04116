"""Refuse answers that would make a project.yaml that does not load (runs under plain
cookiecutter too, so it does not import councilkit)."""

import re
import sys

problems = []
if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", "{{ cookiecutter.council }}"):
    problems.append("the council id must be lower-case letters, digits and hyphens")
for key, value in (("organization_en", """{{ cookiecutter.organization_en }}"""),
                   ("organization_fr", """{{ cookiecutter.organization_fr }}"""),
                   ("council_name_en", """{{ cookiecutter.council_name_en }}"""),
                   ("council_name_fr", """{{ cookiecutter.council_name_fr }}""")):
    if not value.strip():
        problems.append(f"{key} is empty")
    elif re.search(r'["\\\x00-\x1f]', value):
        problems.append(f"{key} cannot contain quotes, backslashes or line breaks")
if problems:
    print("councilkit template: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
