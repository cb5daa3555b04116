"""What to tell a person about a key the content does not know: the fields allowed there,
a suggestion when one is close (by edit distance), and, for a text in flow style broken
by an unquoted comma or colon, the advice to quote it.

``{en: Director, Digital, fr: …}`` is read by YAML as the keys ``en`` (``Director``),
``Digital`` (empty), ``fr``…: the unknown key then is the rest of the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from yaml.nodes import MappingNode, ScalarNode

from councilkit.loader.nodes import is_null

LIST_ALL = 12
"""Up to this many allowed fields are all listed; beyond, the closest few and a count."""
LIST_CLOSEST = 8
TEXT_KEYS = ("en", "fr")


def edit_distance(a: str, b: str) -> int:
    """The number of letters to insert, delete, replace or swap to turn ``a`` into ``b``
    (optimal string alignment)."""
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice within a few edits of ``word`` (one per three letters, at least one),
    the closest first; None when none is that close."""
    scored = sorted((edit_distance(word.lower(), c.lower()), c) for c in choices)
    if scored and scored[0][0] <= max(1, len(word) // 3):
        return scored[0][1]
    return None


def allowed_fields(word: str, choices: Sequence[str]) -> str:
    """``the fields allowed here are: a, b, c``: every field when few, else the closest
    to ``word`` and how many more."""
    if len(choices) <= LIST_ALL:
        return "the fields allowed here are: " + ", ".join(sorted(choices))
    ranked = sorted(choices, key=lambda c: (edit_distance(word.lower(), c.lower()), c))
    shown = ", ".join(ranked[:LIST_CLOSEST])
    return f"the fields allowed here include: {shown} and {len(choices) - LIST_CLOSEST} more"


def broken_text(node: MappingNode, key: str) -> tuple[str, str] | None:
    """When ``key`` is an empty key of a flow mapping written right after a text (``en:``
    or ``fr:``), the language and the text as it was meant (``Director, Digital``)."""
    if not node.flow_style:
        return None
    language: str | None = None
    parts: list[str] = []
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            language = None
            continue
        if key_node.value in TEXT_KEYS and isinstance(value_node, ScalarNode):
            language, parts = key_node.value, [value_node.value]
        elif language is not None and is_null(value_node):
            parts.append(key_node.value)
            if key_node.value == key:
                return language, ", ".join(parts)
        else:
            language = None
    return None


def quote_advice(node: MappingNode, key: str) -> str | None:
    """The advice for an unknown ``key`` that is the rest of a text cut by a comma or a
    colon, or None."""
    broken = broken_text(node, key)
    if broken is None:
        return None
    language, text = broken
    return (
        f"a comma or colon ends an unquoted text, so '{key}' was read as a field; "
        f'quote the text: {language}: "{text}"'
    )
