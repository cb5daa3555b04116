"""A deck's two languages are planned together (slide N is the same slide in both), so a
build of one language alone writes the very same deck as a build of both."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkit.build import build

EPOCH = 1473811200


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("both")
    content = Path(__file__).resolve().parents[2] / "content"
    build(content, out, source_date_epoch=EPOCH, jobs=1, use_cache=False)
    return out


def decks(folder: Path, suffix: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob(f"*-{suffix}.pptx"))}


@pytest.mark.parametrize(
    ("language", "suffix", "other"), [("fr", "fra", "eng"), ("en", "eng", "fra")]
)
def test_one_language_alone_gives_the_same_decks_as_both(
    both: Path, example_content: Path, tmp_path: Path, language: str, suffix: str, other: str
) -> None:
    build(example_content, tmp_path, languages=[language], source_date_epoch=EPOCH, use_cache=False)
    alone = decks(tmp_path, suffix)
    assert len(alone) == 2  # a deck of each group of the example content
    assert alone == decks(both, suffix)
    assert decks(tmp_path, other) == {}
