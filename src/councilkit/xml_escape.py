"""The one place that escapes XML written as text, for Word and PowerPoint parts alike:
text and attribute values escaped as lxml (libxml2) serializes them, with the characters
XML 1.0 cannot store removed (the loader refuses them in content; this guards text that
comes from elsewhere, such as a model built in Python)."""

from __future__ import annotations

import re

_UNSTORABLE_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"
_UNSTORABLE = re.compile(f"[{_UNSTORABLE_CHARS}]")
_TEXT_SPECIAL = re.compile(f"[&<>\r{_UNSTORABLE_CHARS}]")
_ATTRIBUTE_SPECIAL = re.compile(f'[&<>"\t\n\r{_UNSTORABLE_CHARS}]')


def text(value: str) -> str:
    """``value`` as element content."""
    if _TEXT_SPECIAL.search(value) is None:
        return value
    value = _UNSTORABLE.sub("", value)
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def attribute(value: str) -> str:
    """``value`` inside a double-quoted attribute."""
    if _ATTRIBUTE_SPECIAL.search(value) is None:
        return value
    value = _UNSTORABLE.sub("", value)
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )
