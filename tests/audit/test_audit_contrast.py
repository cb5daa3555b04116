"""Contrast math: WCAG 2 ratios, large text, and which way to change a colour."""

from __future__ import annotations

import pytest

from councilkit.audit.contrast import contrast, is_large, shortfall


def test_contrast_ratios_are_wcag_s() -> None:
    assert contrast("000000", "FFFFFF") == pytest.approx(21)
    assert contrast("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("FFFFFF", "FFFFFF") == pytest.approx(1)


def test_large_text_is_18_points_or_14_bold() -> None:
    assert is_large(18, bold=False) and is_large(14, bold=True)
    assert not is_large(17.5, bold=False) and not is_large(13.5, bold=True)


def test_a_shortfall_says_the_ratio_rounded_down_and_which_way_to_go() -> None:
    # 4.48:1 is shown as 4.4, never as the 4.5 it misses
    assert shortfall("777777", "FFFFFF", 11, bold=False) == (
        "text #777777 on #FFFFFF has a contrast of 4.4:1, under 4.5:1 for normal text: "
        "choose a darker text colour (or a lighter background)"
    )
    assert shortfall("777777", "1F1F1F", 12, bold=False) == (
        "text #777777 on #1F1F1F has a contrast of 3.6:1, under 4.5:1 for normal text: "
        "choose a lighter text colour (or a darker background)"
    )
    assert shortfall("777777", "1F1F1F", 18, bold=False) is None
    assert shortfall("767676", "FFFFFF", 11, bold=False) is None  # 4.54:1
