"""A logic model whose boxes do not fit one slide at the diagram floor continues on more
slides: the same slides in both languages (decided on the longer text), every column's
boxes shared out evenly, in order, each box once, never below 12 pt, the continuation
titled like other kinds'; one that fits stays on one slide."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import contentkit
import yaml
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from councilkit.localize import Run
from councilkit.model import Language
from councilkit.render.pptx.kinds import logic_model
from councilkit.render.pptx.kinds.logic_model import shared_out
from councilkit.render.pptx.plan import Para

MARK = {Language.EN: "(cont\u2019d)", Language.FR: "(suite)"}


def _text(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


def column(heading: str, count: int, fr_words: int = 4) -> dict[str, Any]:
    """A column of ``count`` boxes whose French runs ``fr_words`` times as long."""
    items = [
        _text(f"{heading} {i}", " ".join([f"{heading} {i} en français"] * fr_words))
        for i in range(1, count + 1)
    ]
    return {"heading": _text(heading, heading), "items": items}


def content(root: Path, columns: list[dict[str, Any]]) -> Path:
    """A content folder whose deck ``deck`` has one logic model with ``columns``."""
    slides = [
        {
            "kind": "logic-model",
            "title": _text("Logic model", "Modèle logique"),
            "columns": columns,
        },
        {"kind": "closing"},
    ]
    text = yaml.safe_dump(slides, allow_unicode=True, sort_keys=False)
    return contentkit.content(root, groups__g__deck=contentkit.DECK + text)


def models(data: bytes, reader: Any) -> list[tuple[str, list[list[str]], list[int]]]:
    """Each logic-model slide: its title, the texts of its boxes column by column (by
    their left edge), and the sizes of their runs in hundredths of a point."""
    found = []
    for slide in reader.open(data).slides:
        boxes = [s for s in reader.shapes(slide.shapes) if s.name == "Box"]
        if not boxes:
            continue
        heads = sorted(
            (s for s in reader.shapes(slide.shapes) if s.name == "Heading"), key=lambda s: s.left
        )
        by_column: list[list[str]] = [[] for _ in heads]
        for box in sorted(boxes, key=lambda b: (b.left, b.top)):
            index = [h.left for h in heads].index(box.left)
            by_column[index].append(reader.normalise(box.text_frame.text))
        sizes = [int(r.get("sz")) for b in boxes for r in b._element.iter(qn("a:rPr"))]
        found.append((slide.shapes.title.text_frame.text, by_column, sizes))
    return found


def render(root: Path, language: Language, reader: Any) -> Any:
    rendered = reader.render(root, "g", "deck", language)
    assert not [d.format() for d in rendered.diagnostics if d.is_error]
    return rendered


def test_a_long_model_continues_on_the_same_slides_in_both_languages(
    tmp_path: Path, reader: Any
) -> None:
    columns = [column("Input", 3), column("Activity", 9), column("Output", 5), column("Outcome", 2)]
    root = content(tmp_path / "content", columns)
    decks = {language: render(root, language, reader) for language in Language}
    english = models(decks[Language.EN].data, reader)
    french = models(decks[Language.FR].data, reader)
    assert len(english) == len(french) == 2  # the fewest slides that hold the French
    for language, found in ((Language.EN, english), (Language.FR, french)):
        titles = [title for title, _, _ in found]
        assert not titles[0].endswith(")") and all(MARK[language] in t for t in titles[1:])
        # every box once, in order, column by column
        for c, spec in enumerate(columns):
            drawn = [text for _, by_column, _ in found for text in by_column[c]]
            assert drawn == [reader.normalise(item[language.value]) for item in spec["items"]]
            counts = [len(by_column[c]) for _, by_column, _ in found]
            assert max(counts) - min(counts) <= 1, (language, c, counts)  # shared out evenly
        for _, by_column, sizes in found:
            assert sum(len(texts) for texts in by_column) >= 2  # no lonely box on a slide
            assert min(sizes) >= 1200 and len(set(sizes)) == 1
    # the same boxes on the same slides in both languages
    assert [[len(c) for c in by_column] for _, by_column, _ in english] == [
        [len(c) for c in by_column] for _, by_column, _ in french
    ]
    reopened = reader.open(decks[Language.EN].data)
    assert len(reopened.slides) == len(reader.open(decks[Language.FR].data).slides)
    descr = [
        s._element.find(".//" + qn("p:cNvPr")).get("descr")
        for slide in reopened.slides
        for s in slide.shapes
        if s.shape_type == MSO_SHAPE_TYPE.GROUP  # the model, described for screen readers
    ]
    assert descr == [
        "Logic model: Input (2) → Activity (5) → Output (3) → Outcome (1).",
        "Logic model: Input (1) → Activity (4) → Output (2) → Outcome (1).",
    ]


def test_a_model_that_fits_stays_on_one_slide(tmp_path: Path, reader: Any) -> None:
    root = content(tmp_path / "content", [column("Input", 3, 1), column("Outcome", 4, 1)])
    for language in Language:
        found = models(render(root, language, reader).data, reader)
        assert len(found) == 1
        _, by_column, sizes = found[0]
        assert [len(c) for c in by_column] == [3, 4] and min(sizes) == 1400


def test_a_box_too_long_for_any_slide_is_a_warning(tmp_path: Path, reader: Any) -> None:
    huge = column("Input", 2)
    huge["items"][0]["fr"] = " ".join(["beaucoup trop de texte"] * 150)
    root = content(tmp_path / "content", [huge, column("Outcome", 2, 1)])
    rendered = render(root, Language.EN, reader)
    messages = [d.format() for d in rendered.diagnostics]
    assert any(
        re.search(r"deck\.yaml:\d+:\d+: warning: a box of this logic model has too much text", m)
        for m in messages
    ), messages
    found = models(rendered.data, reader)
    assert len(found) == 1  # the others fit one slide: the long one overflows anywhere
    assert {size for _, _, sizes in found for size in sizes} == {1200}  # the floor, not less


def test_boxes_are_shared_out_evenly() -> None:
    assert doctest.testmod(logic_model).failed == 0
    boxes = [[Para((Run(str(i)),)) for i in range(n)] for n in (4, 1, 7)]
    pages = shared_out(boxes, 3)
    assert [[len(c) for c in page] for page in pages] == [[2, 1, 3], [1, 0, 2], [1, 0, 2]]
    assert [p.text for page in pages for p in page[2]] == [str(i) for i in range(7)]
