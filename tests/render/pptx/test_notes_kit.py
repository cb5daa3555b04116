"""The notes master a template lacks is made once per template: the decks after the
first take the remembered one, and give the bytes python-pptx's own notes slides give; a
template with a notes master of its own keeps it and remembers nothing."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from councilkit.model import Language
from councilkit.render.pptx import _oxml, template

from .conftest import REPO, render_example


def notes_parts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [n for n in archive.namelist() if n.startswith("ppt/notes")]


@pytest.fixture
def fresh_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template, "_TEMPLATES", {})
    monkeypatch.setattr(template, "is_racy", lambda stat: False)


def python_pptx_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_oxml.NotesMaker, "add", lambda self, slide: slide.notes_slide)


@pytest.mark.usefixtures("fresh_memo")
def test_the_default_notes_master_is_made_once_and_gives_python_pptx_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = [render_example(language).data for language in Language]
    (remembered,) = template._TEMPLATES.values()
    kit = remembered.notes["default"]
    assert kit.master[0] == "/ppt/notesMasters/notesMaster1.xml"
    assert kit.theme[0].startswith("/ppt/theme/theme")
    again = [render_example(language).data for language in Language]  # from the kit
    assert again == first
    assert "ppt/notesMasters/notesMaster1.xml" in notes_parts(first[0])
    python_pptx_notes(monkeypatch)
    assert [render_example(language).data for language in Language] == first


@pytest.mark.usefixtures("fresh_memo")
def test_a_template_with_its_own_notes_master_keeps_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    layout = tmp_path / "with-notes"
    shutil.copytree(REPO / "layouts/default", layout)
    deck = render_example(Language.EN).data  # a deck has a notes master: use it as template
    (layout / "reference.pptx").write_bytes(deck)
    own = [render_example(language, layout).data for language in Language]
    remembered = template._TEMPLATES[
        next(k for k in template._TEMPLATES if k[0] == str((layout / "reference.pptx").resolve()))
    ]
    assert remembered.notes == {}
    assert own == [render_example(language, layout).data for language in Language]
    python_pptx_notes(monkeypatch)
    assert own == [render_example(language, layout).data for language in Language]
    for data in own:
        masters = [n for n in notes_parts(data) if n.startswith("ppt/notesMasters/")]
        assert masters[0] == "ppt/notesMasters/notesMaster1.xml"
        assert not any("notesMaster2" in n for n in masters)
