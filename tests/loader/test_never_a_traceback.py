"""Property: whatever bytes a content file holds, ``check`` returns diagnostics and never
raises. Hypothesis feeds random text and mutations of valid files."""

from __future__ import annotations

import tempfile
from pathlib import Path

from contentkit import GROUP, MANDATE, PROJECT, content
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import councilkit
from councilkit.diagnostics import Diagnostic

EXAMPLE_DECK = Path(__file__).resolve().parents[2] / "content"

YAML_PIECES = st.sampled_from(
    [
        ":",
        ": ",
        "- ",
        "\n",
        "  ",
        "\t",
        "&a ",
        "*a",
        "!!python/object ",
        "<<: ",
        "'",
        '"',
        "{",
        "}",
        "[",
        "]",
        "#",
        "|",
        ">",
        "---\n",
        "~",
        "null",
        "en: ",
        "fr: ",
        "kind: ",
        "2016-02-30",
        "\\x01",
        "\x0b",
        "\u00e9",
        "\ufeff",
        "**",
        "[x](ftp://y)",
        "yes",
        "1e3",
    ]
)


def _mutate(text: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 4))):
        choice = data.draw(st.sampled_from(["insert", "delete", "duplicate", "swap"]))
        at = data.draw(st.integers(0, len(text)))
        if choice == "insert":
            piece = data.draw(st.one_of(YAML_PIECES, st.text(max_size=8)))
            text = text[:at] + piece + text[at:]
        elif choice == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 12)) :]
        else:
            rows = text.splitlines(keepends=True)
            if len(rows) > 1:
                i = data.draw(st.integers(0, len(rows) - 1))
                j = data.draw(st.integers(0, len(rows) - 1))
                if choice == "duplicate":
                    rows.insert(j, rows[i])
                else:
                    rows[i], rows[j] = rows[j], rows[i]
                text = "".join(rows)
    return text


def _check_with(file: str, data: bytes) -> list[Diagnostic]:
    with tempfile.TemporaryDirectory() as folder:
        root = content(Path(folder))
        (root / file).write_bytes(data)
        result = councilkit.check(root)
    assert all(isinstance(d, Diagnostic) for d in result)
    for d in result:
        assert d.location.line >= 1 and d.location.column >= 1
        assert d.message
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_give_diagnostics(data: bytes) -> None:
    _check_with("groups/g/mandate.yaml", data)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(
        [
            ("project.yaml", PROJECT),
            ("groups/g/group.yaml", GROUP),
            ("groups/g/mandate.yaml", MANDATE),
        ]
    ),
    st.data(),
)
def test_mutated_valid_files_give_diagnostics(target: tuple[str, str], data: st.DataObject) -> None:
    file, text = target
    _check_with(file, _mutate(text, data).encode("utf-8", "surrogatepass"))


def _example_files() -> list[Path]:
    return sorted(EXAMPLE_DECK.glob("groups/*/*.yaml")) if EXAMPLE_DECK.is_dir() else []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_example_content_gives_diagnostics(data: st.DataObject) -> None:
    files = _example_files()
    if not files:
        return
    source = data.draw(st.sampled_from(files))
    mutated = _mutate(source.read_text(encoding="utf-8"), data)
    result = _check_with("groups/g/mandate.yaml", mutated.encode("utf-8", "surrogatepass"))
    assert isinstance(result, list)
