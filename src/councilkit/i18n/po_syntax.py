"""The entries of a PO file, read strictly, each problem with its line and column.

Babel's reader (``babel.messages.pofile``) is lenient on purpose: it skips lines it does
not understand and reads ``msgstr Bonjour`` (no quotes) as something else than what the
translator wrote, so a damaged file would be imported mangled. This reader accepts only
the grammar gettext writes, and refuses everything else with the place and how to fix it:

- lines are comments (``#``, ``#.``, ``#:``, ``#,``, ``#|``), keywords (``msgctxt``,
  ``msgid``, ``msgstr``) followed by a text in double quotes, or a text in double quotes
  that continues the keyword above; blank lines separate entries;
- an entry is ``[msgctxt] msgid msgstr``, in that order;
- texts use the escapes ``\\\\``, ``\\"``, ``\\n``, ``\\t`` and ``\\r``;
- obsolete entries (``#~``) are skipped, as gettext does;
- plural forms (``msgid_plural``, ``msgstr[0]``) are refused: councilkit's texts have none.

The file must be UTF-8 (a byte order mark and CRLF line endings are accepted).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from councilkit.diagnostics import Location
from councilkit.i18n.exchange import TranslationFileError

_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r"}
_KEYWORDS = ("msgctxt", "msgid", "msgstr")


@dataclass
class PoEntry:
    """One entry of a PO file: its texts, flags and extracted comments."""

    line: int
    """The line of its first keyword."""
    context: str | None = None
    id: str | None = None
    string: str | None = None
    flags: set[str] = field(default_factory=set)
    extracted: list[str] = field(default_factory=list)
    pieces: list[tuple[int, str]] = field(default_factory=list)
    """The msgstr's quoted pieces and the line of each (for the header's lines)."""


def decode(data: bytes, display: str) -> list[str]:
    """The lines of ``data``, read as UTF-8 (a byte order mark removed, CRLF as LF)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TranslationFileError(
            Location(display, line, column),
            f"this file is not UTF-8 (the byte 0x{data[exc.start]:02x} cannot be read); "
            "save it as UTF-8 in the translation tool (and set 'charset=UTF-8')",
        ) from exc
    return [line.removesuffix("\r") for line in text.split("\n")]


def entries(lines: list[str], display: str) -> list[PoEntry]:
    """The entries of the PO file whose lines are ``lines``."""
    reader = _Reader(display)
    for number, raw in enumerate(lines, start=1):
        reader.line(number, raw)
    return reader.end(len(lines))


class _Reader:
    """Reads lines one by one into entries."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.found: list[PoEntry] = []
        self.entry: PoEntry | None = None
        self.keyword = ""
        """The last keyword of the entry being read."""
        self.flags: set[str] = set()
        self.extracted: list[str] = []
        """Comments waiting for the next entry."""

    def fail(self, number: int, column: int, message: str) -> TranslationFileError:
        return TranslationFileError(Location(self.display, number, column), message)

    def line(self, number: int, raw: str) -> None:
        line = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        if not line or line.startswith("#"):
            self._between(number, column, line)
        elif line.startswith('"'):
            if self.entry is None:
                raise self.fail(
                    number, column, "a quoted text must follow msgctxt, msgid or msgstr"
                )
            self._add(self.keyword, _quoted(line, number, column, self), number)
        else:
            self._keyword(number, column, line)

    def end(self, last: int) -> list[PoEntry]:
        self._finish(last, 1)
        return self.found

    def _finish(self, number: int, column: int) -> None:
        """Close the entry being read, which must have its msgstr."""
        if self.entry is not None:
            if self.keyword != "msgstr":
                raise self.fail(number, column, _unfinished(self.entry, self.keyword))
            self.found.append(self.entry)
        self.entry, self.keyword = None, ""

    def _between(self, number: int, column: int, line: str) -> None:
        """A blank line or a comment: both end the entry being read."""
        self._finish(number, column)
        if line.startswith("#,"):
            self.flags.update(f.strip() for f in line[2:].split(",") if f.strip())
        elif line.startswith("#."):
            self.extracted.append(line[2:].strip())
        # '#~' (obsolete), '#:', '#|' and translator comments are not read.

    def _keyword(self, number: int, column: int, line: str) -> None:
        word = line.split(None, 1)[0].split('"', 1)[0]
        if word == "msgid_plural" or word.startswith("msgstr["):
            raise self.fail(
                number,
                column,
                "plural forms (msgid_plural, msgstr[n]) are not used by councilkit; keep one "
                "msgid and one msgstr per entry, as the export wrote them",
            )
        if word not in _KEYWORDS:
            raise self.fail(
                number,
                column,
                f"'{_short(line)}' is not a PO line: each line is a comment (#), msgctxt, "
                'msgid or msgstr followed by a text in double quotes ("…"), or a quoted '
                "text that continues the line above",
            )
        rest = line[len(word) :].lstrip()
        at = column + len(line) - len(rest)
        if not rest.startswith('"'):
            raise self.fail(
                number,
                at,
                f'{word} must be followed by a text in double quotes: {word} "…" (put the '
                'text in quotes, and write a quote inside it as \\")',
            )
        text = _quoted(rest, number, at, self)
        if self.entry is not None and self.keyword == "msgstr":
            self._finish(number, column)
        if self.entry is not None and _KEYWORDS.index(word) <= _KEYWORDS.index(self.keyword):
            raise self.fail(number, column, _unfinished(self.entry, self.keyword))
        if self.entry is None:
            self.entry = PoEntry(number, flags=self.flags, extracted=self.extracted)
            self.flags, self.extracted = set(), []
        if word == "msgstr" and self.entry.id is None:
            raise self.fail(
                number, column, "msgstr without msgid above it; an entry is msgid, msgstr"
            )
        self.keyword = word
        setattr(self.entry, _FIELDS[word], "")
        self._add(word, text, number)

    def _add(self, keyword: str, text: str, number: int) -> None:
        assert self.entry is not None
        if keyword == "msgstr":
            self.entry.pieces.append((number, text))
        name = _FIELDS[keyword]
        setattr(self.entry, name, (getattr(self.entry, name) or "") + text)


_FIELDS = {"msgctxt": "context", "msgid": "id", "msgstr": "string"}


def _quoted(text: str, number: int, column: int, reader: _Reader) -> str:
    """The value of the quoted text that ``text`` is, escapes read."""
    out: list[str] = []
    index = 1
    while index < len(text):
        char = text[index]
        if char == '"':
            if text[index + 1 :].strip():
                raise reader.fail(
                    number,
                    column + index + 1,
                    'text after the closing quote; write a quote inside a text as \\"',
                )
            return "".join(out)
        if char == "\\":
            following = text[index + 1 : index + 2]
            if following not in _ESCAPES:
                raise reader.fail(
                    number,
                    column + index,
                    f"unknown escape '\\{following}'; use \\\\ for a backslash, \\\" for a "
                    "quote, \\n for a new line",
                )
            out.append(_ESCAPES[following])
            index += 2
            continue
        out.append(char)
        index += 1
    raise reader.fail(number, column + len(text), 'the text has no closing quote ("); add it')


def _unfinished(entry: PoEntry, keyword: str) -> str:
    return (
        f"the entry that starts on line {entry.line} has no msgstr after its {keyword}; "
        'each entry is msgctxt "…", msgid "…", msgstr "…"'
    )


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
