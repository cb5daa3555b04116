"""Reading a YAML file: libyaml composes it at once when the nesting it can reach is
bounded, and the answer is exactly that of the careful path (the events measured first):
the same tree, the same diagnostics at the same line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from councilkit.loader import source
from councilkit.loader.source import MAX_DEPTH, SourceFile, nesting_bound, read_yaml

REPO = Path(__file__).resolve().parents[2]


def shape(node: Node | None, seen: set[int] | None = None) -> Any:
    """The tree as plain values: tag, position, and children or text (aliases once)."""
    if node is None:
        return None
    seen = set() if seen is None else seen
    if id(node) in seen:
        return ("alias", node.start_mark.line, node.start_mark.column)
    seen.add(id(node))
    where = (node.tag, node.start_mark.line, node.start_mark.column, node.end_mark.index)
    if isinstance(node, ScalarNode):
        return (*where, node.value, node.style)
    if isinstance(node, SequenceNode):
        return (*where, [shape(child, seen) for child in node.value])
    assert isinstance(node, MappingNode)
    return (*where, [(shape(k, seen), shape(v, seen)) for k, v in node.value])


def both_ways(tmp_path: Path, text: str) -> tuple[Any, Any]:
    """What read_yaml gives for ``text``, and what the careful path alone gives."""
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    file = SourceFile(path, "file.yaml")
    found = read_yaml(file)
    exact = source._read_exact(text, file)
    as_seen = [(str(d.location), d.code, d.message) for d in found[1]]
    as_exact = [(str(d.location), d.code, d.message) for d in exact[1]]
    return (shape(found[0]), as_seen), (shape(exact[0]), as_exact)


def nested_flow(depth: int) -> str:
    return "deep: " + "[" * depth + "x" + "]" * depth + "\n"


def nested_block(depth: int) -> str:
    lines = [f"{'  ' * i}k{i}:" for i in range(depth)]
    return "\n".join(lines) + " leaf\n"


def nested_mixed(depth: int) -> str:
    """Block mappings, then block lists at the same indentation, then flow lists."""
    half = depth // 2
    lines = []
    for i in range(half):
        lines.append(f"{'  ' * i}- k{i}:")
    flow = depth - 2 * half
    return "\n".join(lines) + " " + "[" * flow + "x" + "]" * flow + "\n"


CASES = {
    "plain": "schema: 1\ntitle: {en: A, fr: B}\nitems:\n  - one\n  - two: [1, 2, {a: b}]\n",
    "empty": "",
    "comment only": "# nothing\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "syntax error": "a: b: c\n",
    "unclosed quote": 'a: "open\n',
    "tab": "a:\n\tb: 1\n",
    "tag": "a: !!python/object:os.system x\n",
    "custom tag": "a: !thing x\n",
    "duplicate key": "a: 1\nb: 2\na: 3\n",
    "merge key": "base: &b {x: 1}\nmore:\n  <<: *b\n  y: 2\n",
    "non-scalar key": "? [a, b]\n: c\n",
    "control escape": 'a: "bell \\a here"\n',
    "short aliases": 'n: &n "note"\nagain: [*n, *n]\n',
    "recursive alias": "loop: &x [*x]\n",
    "undefined alias": "a: *nothing\n",
    "alias bomb": "\n".join(
        ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    )
    + "\n",
    **{f"flow {d}": nested_flow(d) for d in (MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, 300)},
    **{f"block {d}": nested_block(d) for d in (MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 70)},
    **{f"mixed {d}": nested_mixed(d) for d in (MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2)},
    "deep then syntax error": nested_flow(MAX_DEPTH + 5) + "a: b: c\n",
    "syntax error then deep": "a: b: c\n" + nested_flow(MAX_DEPTH + 5),
    "deep then tag": nested_flow(MAX_DEPTH + 5) + "t: !thing x\n",
    "tag then deep": "t: !thing x\n" + nested_flow(MAX_DEPTH + 5),
    "recursive alias then deep": "loop: &x [*x]\n" + nested_flow(MAX_DEPTH + 5),
    "deep inside an anchor, aliased": "a: &a " + nested_flow(MAX_DEPTH)[6:] + "b: *a\n",
}


@pytest.mark.parametrize("text", CASES.values(), ids=list(CASES))
def test_the_fast_read_answers_as_the_careful_read(tmp_path: Path, text: str) -> None:
    found, exact = both_ways(tmp_path, text)
    assert found == exact


def test_the_cases_reach_the_fast_read_and_the_diagnostics_they_are_for(tmp_path: Path) -> None:
    for name in ("flow 60", "block 61", "mixed 61", "deep then tag", "tag then deep"):
        assert nesting_bound(CASES[name]) <= source.C_SAFE_DEPTH, name
    assert both_ways(tmp_path, CASES["flow 59"])[1][1] == []
    (where, code, _), *_ = both_ways(tmp_path, CASES["flow 60"])[1][1]
    assert (where, code) == (f"file.yaml:1:{len('deep: ') + MAX_DEPTH}", "too-deep")
    (where, code, _), *_ = both_ways(tmp_path, CASES["block 61"])[1][1]
    assert (where, code) == ("file.yaml:61:121", "too-deep")
    assert [d[1] for d in both_ways(tmp_path, CASES["recursive alias"])[0][1]] == [
        "recursive-alias"
    ]
    assert [d[1] for d in both_ways(tmp_path, CASES["alias bomb"])[0][1]] == ["alias-bomb"]


def test_content_files_read_the_same_both_ways(tmp_path: Path) -> None:
    files = sorted((REPO / "content").rglob("*.yaml"))
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert nesting_bound(text) <= source.C_SAFE_DEPTH, path
        found, exact = both_ways(tmp_path, text)
        assert found == exact, path
        assert found[1] == [], path


def test_deep_content_is_never_handed_to_libyaml_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed: list[int] = []
    real = yaml.compose

    def compose(text: str, Loader: Any) -> Any:
        composed.append(len(text))
        return real(text, Loader=Loader)

    monkeypatch.setattr(yaml, "compose", compose)
    deep = nested_flow(20_000)
    path = tmp_path / "deep.yaml"
    path.write_text(deep, encoding="utf-8")
    node, problems = read_yaml(SourceFile(path, "deep.yaml"))
    assert node is None
    assert [p.code for p in problems] == ["too-deep"]
    assert composed == []  # refused on the events, before any composer ran


def depth_of(node: Node, seen: set[int] | None = None) -> int:
    seen = set() if seen is None else seen
    if id(node) in seen or isinstance(node, ScalarNode):
        return 1
    seen.add(id(node))
    children = (
        node.value if isinstance(node, SequenceNode) else [n for pair in node.value for n in pair]
    )
    return 1 + max((depth_of(child, seen) for child in children), default=0)


values = st.recursive(
    st.one_of(st.integers(), st.text(max_size=5), st.none()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(min_size=1, max_size=4), inner, max_size=3),
    ),
    max_leaves=40,
)


@settings(max_examples=200, deadline=None)
@given(value=values, flow=st.sampled_from([None, True, False]), indent=st.sampled_from([2, 4]))
def test_the_bound_is_never_below_the_depth(value: Any, flow: bool | None, indent: int) -> None:
    text = yaml.safe_dump(value, default_flow_style=flow, indent=indent, allow_unicode=True)
    assert nesting_bound(text) >= depth_of(yaml.compose(text, Loader=yaml.SafeLoader))
