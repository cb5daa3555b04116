"""The words of each slide kind of the example decks, read from the model, and the fixed
words of deck redlines, all translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from councilkit.api import load_checked
from councilkit.localize import Localizer
from councilkit.localize.catalog import message_ids
from councilkit.model import CHART_TYPE_NAMES, Deck, Language, Project, WorkingGroup
from councilkit.redline import summary
from councilkit.redline.decks import document, texts
from councilkit.redline.decks.texts import Line, slide_lines


@pytest.fixture(scope="module")
def project() -> Project:
    loaded, diagnostics = load_checked(Path(__file__).parents[2] / "content")
    assert loaded is not None, diagnostics
    return loaded


def deck_of(project: Project, group_id: str) -> tuple[WorkingGroup, Deck]:
    group = next(g for g in project.groups if g.id == group_id)
    return group, next(d for d in group.documents if isinstance(d, Deck))


def lines_of(project: Project, group_id: str, kind: str, language: Language) -> list[Line]:
    group, deck = deck_of(project, group_id)
    slide = next(s for s in deck.slides if kind == s.KIND)
    return list(slide_lines(slide, Localizer(project, language), group))


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("group_id", ["joint-councils-framework", "open-data-standards"])
def test_every_slide_has_its_title_first_and_says_something_on_each_line(
    project: Project, group_id: str, language: Language
) -> None:
    group, deck = deck_of(project, group_id)
    loc = Localizer(project, language)
    for slide in deck.slides:
        lines = slide_lines(slide, loc, group)
        assert lines or slide.TITLE_OPTIONAL, slide.KIND  # shows the deck's title, "Questions"
        if slide.title is not None:
            assert lines[0].part == "title" and lines[0].text == loc.plain(slide.title)
        for line in lines:
            assert line.text or line.label, (slide.KIND, line)
            assert not re.search(r"\b[A-Z][A-Za-z]+\(|=None\b|^None$", line.text), line  # no repr
        if slide.notes is not None:
            assert lines[-1].part == "notes"


def test_a_timeline_gives_each_activity_with_its_dates(project: Project) -> None:
    lines = lines_of(project, "joint-councils-framework", "timeline", Language.FR)
    activities = [line for line in lines if line.part == "activities"]
    assert activities[0].label == "Activités" and not activities[0].content
    assert all(line.level == 0 for line in activities[1:])
    assert re.fullmatch(r".+ \(\d+(er)? \w+ 20\d\d, \d+(er)? \w+ 20\d\d\)", activities[1].text)


def test_a_members_slide_lists_the_group_s_members(project: Project) -> None:
    group, _ = deck_of(project, "open-data-standards")
    lines = lines_of(project, "open-data-standards", "members", Language.EN)
    members = [line for line in lines if line.part == "members"]
    assert members[0].label == "Membership"
    assert len(members) == 1 + len(group.members)
    assert all(" | " in line.text for line in members[1:])


def test_a_mandate_slide_gives_the_mandate_s_purpose(project: Project) -> None:
    lines = lines_of(project, "open-data-standards", "mandate", Language.EN)
    parts = [line.part for line in lines]
    assert "purpose" in parts and parts.index("purpose") > parts.index("title")
    assert next(line for line in lines if line.part == "purpose").label == "Purpose"


def test_a_bullet_with_a_lead_term_is_set_as_in_the_deck(project: Project) -> None:
    lines = lines_of(project, "joint-councils-framework", "bullets", Language.FR)
    vision = next(line for line in lines if line.text.startswith("Vision"))
    assert vision.text.startswith("Vision\u00a0: Fournir")
    assert vision.content[0].bold and vision.level == 0
    assert any(line.level == 1 for line in lines)


def used_message_ids() -> set[tuple[str | None, str]]:
    """Every fixed word of deck redlines, with its message context (None without)."""
    found = set(texts.PART_WORDS.values()) | set(CHART_TYPE_NAMES.values())
    found |= set(texts.STATUS_WORDS.values()) | set(texts.UNTITLED_WORDS.values())
    found.add(texts.PICTURE_FILE)
    found |= set(document.COUNT_WORDS.values()) | set(document.COLUMN_WORDS)
    for path in Path(document.__file__).parent.glob("*.py"):
        found.update(re.findall(r'tr\(\s*"([^"]+)"\s*\)', path.read_text(encoding="utf-8")))
    found |= set(summary.MESSAGES)  # the versions compared, as in Word redlines
    in_context = {(summary.CONTEXT, msgid) for msgid in summary.CONTEXT_MESSAGES}
    return {(None, msgid) for msgid in found} | in_context


def test_every_fixed_word_is_translated() -> None:
    used = used_message_ids()
    assert {(None, "Before"), (None, "After"), (None, "Speaker notes")} <= used
    assert ("redline", "Summary of changes") in used
    missing = sorted(
        (context or "", msgid)
        for context, msgid in used
        if msgid not in message_ids(Language.FR, context)
    )
    assert not missing, f"add to catalogs/fr/deck-redline.po: {missing}"


def test_a_roadmap_action_names_its_periods_and_status(project: Project) -> None:
    lines = lines_of(project, "joint-councils-framework", "roadmap", Language.EN)
    action = next(line for line in lines if line.part == "actions" and line.level == 0)
    assert action.text == "Confirm the council framework and structure (Fall 2016, New)"


def test_a_chart_gives_every_value_with_the_decimals_of_its_data_labels(project: Project) -> None:
    lines = lines_of(project, "joint-councils-framework", "chart", Language.FR)
    series = [line.text for line in lines if line.part == "series"]
    assert series == [
        "Élevée\u00a0: 50,0\u00a0% | 37,5\u00a0% | 41,7\u00a0%",
        "Moyenne\u00a0: 25,0\u00a0% | 37,5\u00a0% | 33,3\u00a0%",
        "Faible ou aucune\u00a0: 25,0\u00a0% | 25,0\u00a0% | 25,0\u00a0%",
    ]
