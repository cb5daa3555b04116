"""A rebuild that finds nothing changed answers from the manifest and the files' stamps:
it loads neither the content, nor the renderers, nor the translation round trip (a build
only looks for a journal left by a killed import), so it costs little more than starting
Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Runs the command line in a fresh interpreter and prints the modules it loaded.
_PROBE = """
import json, sys
from councilkit.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

HEAVY = (
    "councilkit.loader",
    "councilkit.model",
    "councilkit.validate",
    "councilkit.localize",
    "councilkit.scaffold",
    "councilkit.audit",
    "councilkit.bundle",
    "councilkit.render.docx",
    "councilkit.render.pptx",
    "councilkit.i18n",
    "docx",
    "pptx",
    "yaml",
    "babel",
)


def probe(*args: str) -> tuple[int, list[str], str]:
    source = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": source}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, check=False
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["status"], report["modules"], done.stdout + done.stderr


def test_a_build_with_nothing_changed_loads_no_content_renderer_or_translation_code(
    example_content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    status, first, _ = probe("build", str(example_content), "-o", str(out))
    assert status == 0
    assert all(name in first for name in ("councilkit.render.docx", "councilkit.loader.content"))
    # Word documents are written as text: python-docx is loaded for pictures only, and the
    # example content has none
    assert "docx" not in first
    status, again, said = probe("build", str(example_content), "-o", str(out))
    assert status == 0
    assert "(0 rendered, 12 unchanged)" in said
    loaded = [
        name
        for name in again
        if name.split(".")[0] in ("councilkit", "docx", "pptx", "yaml", "babel")
    ]
    assert [name for name in loaded if name.startswith(HEAVY)] == []


def test_a_command_loads_the_module_of_no_other_command(tmp_path: Path) -> None:
    """``councilkit check`` defines and imports its own command only: the code of ``new``
    (the scaffold and the model it loads to list its templates) stays out."""
    status, loaded, said = probe("check", str(tmp_path / "missing"))
    assert status == 2, said  # no such folder: a usage error
    commands = sorted(name for name in loaded if name.endswith("_command"))
    assert commands == ["councilkit.cli.check_command", "councilkit.cli.i18n_command"]
    assert "councilkit.scaffold" not in loaded
