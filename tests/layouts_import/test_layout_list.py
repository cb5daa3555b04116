"""``layout list``: the content's own layouts, then councilkit's built-in ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkit.cli import main


def test_own_and_builtin(
    content: Path, templates: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["layout", "import", "dept", str(templates["pptx"]), "--content", str(content)]) == 0
    )
    (content / "layouts" / ".hidden").mkdir()
    capsys.readouterr()
    assert main(["layout", "list", str(content)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["dept", "default"]
    assert lines[0] == (
        f"dept\tthe content's own: {content / 'layouts' / 'dept'} "
        "(docx.yaml, pptx.yaml, reference.docx, reference.pptx)"
    )
    assert lines[1].startswith("default\tbuilt in: ")


def test_no_content_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["layout", "list", str(tmp_path / "none")]) == 2
    assert f"no content folder '{tmp_path / 'none'}'" in capsys.readouterr().err
