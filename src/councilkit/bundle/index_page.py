"""The bundle's ``index.html``: every document by group and language, with its version and
status, and a thumbnail of its first page when PDFs were built.

The page is bilingual: its title and headings are in English and French, each part marked
with its language (``<html lang="en">``, French parts ``lang="fr"``), and each document's
row is in the document's own language, thumbnail text included. Bilingual (side-by-side)
editions are listed apart, under their own heading.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
KIND_NAMES = {
    "mandate": ("Mandate", "Mandat"),
    "terms-of-reference": ("Terms of reference", "Cadre de référence"),
    "deck": ("Briefing deck", "Présentation"),
}
FIRST_PAGE = {"en": "First page of {}", "fr": "Première page de {}"}
HEADERS = (
    ("Language", "Langue"),
    ("Document", "Document"),
    ("Version", "Version"),
    ("Status", "État"),
    ("First page", "Première page"),
)
BILINGUAL_HEADING = ("Bilingual editions", "Éditions bilingues")

Bilingual = tuple[str, str]
"""A text in English, then in French."""


@dataclass(frozen=True, slots=True)
class Edition:
    """A document's title and status in one language of a file."""

    language: str
    title: str
    status: str


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One file of the bundle: a language edition (one :class:`Edition`) or a bilingual
    side-by-side edition (one per language, in the order they stand in the file)."""

    group: str
    group_name: Bilingual
    kind: str
    editions: tuple[Edition, ...]
    version: str
    path: str
    pdf: str | None = None
    thumbnail: str | None = None

    @property
    def bilingual(self) -> bool:
        return len(self.editions) > 1

    @property
    def language(self) -> str:
        """The language of a language edition; the first language of a bilingual one."""
        return self.editions[0].language


def index_html(entries: Sequence[IndexEntry], *, title: Bilingual) -> bytes:
    """The page, as stable UTF-8 bytes."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title[0])} / {html.escape(title[1])}</title>",
        "<style>body{font-family:Arial,'Liberation Sans',sans-serif;color:#1b1b1b;margin:2em}"
        "h1,h2,h3{color:#26374a}table{border-collapse:collapse;margin-bottom:2em}"
        "th,td{border:1px solid #7d828b;padding:.4em .6em;text-align:left;vertical-align:top}"
        "th{background:#e1e4e7}img{border:1px solid #7d828b}</style>",
        "</head>",
        "<body>",
        f"<h1>{_both(title)}</h1>",
    ]
    groups = sorted({(e.group, e.group_name) for e in entries})
    for group, group_name in groups:
        out.append(f'<h2 id="{html.escape(group)}">{_both(group_name)}</h2>')
        mine = [e for e in entries if e.group == group]
        single = sorted((e for e in mine if not e.bilingual), key=_order)
        if single:
            out += _table(single)
        bilingual = sorted((e for e in mine if e.bilingual), key=_order)
        if bilingual:
            out.append(f"<h3>{_both(BILINGUAL_HEADING)}</h3>")
            out += _table(bilingual)
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


def _order(entry: IndexEntry) -> tuple[str, str, str]:
    return entry.language, entry.kind, entry.path


def _table(entries: list[IndexEntry]) -> list[str]:
    cells = "".join(f'<th scope="col">{_both(h)}</th>' for h in HEADERS)
    rows = [f"<table>\n<thead><tr>{cells}</tr></thead><tbody>"]
    for e in entries:
        rows.append(_bilingual_row(e) if e.bilingual else _row(e))
    rows.append("</tbody></table>")
    return rows


def _row(e: IndexEntry) -> str:
    """A language edition's row, wholly in its language."""
    (edition,) = e.editions
    lang = html.escape(edition.language)
    links = _links(e, edition.title, f' hreflang="{lang}"')
    thumb = _thumbnail(e, FIRST_PAGE.get(edition.language, FIRST_PAGE["en"]), edition.title)
    return (
        f'<tr lang="{lang}"><td>{html.escape(LANGUAGE_NAMES.get(lang, lang))}</td>'
        f"<td>{links}</td><td>{html.escape(e.version)}</td>"
        f"<td>{html.escape(edition.status)}</td><td>{thumb}</td></tr>"
    )


def _bilingual_row(e: IndexEntry) -> str:
    """A bilingual edition's row: each language's text marked with its language."""
    names = " / ".join(
        f'<span lang="{html.escape(ed.language)}">'
        f"{html.escape(LANGUAGE_NAMES.get(ed.language, ed.language))}</span>"
        for ed in e.editions
    )
    titles = " / ".join(
        f'<span lang="{html.escape(ed.language)}">{html.escape(ed.title)}</span>'
        for ed in e.editions
    )
    links = f'<a href="{html.escape(e.path)}">{titles}</a>'
    if e.pdf:
        links += f' (<a href="{html.escape(e.pdf)}">PDF</a>)'
    status = " / ".join(
        f'<span lang="{html.escape(ed.language)}">{html.escape(ed.status)}</span>'
        for ed in e.editions
    )
    first = e.editions[0]
    thumb = _thumbnail(e, FIRST_PAGE.get(first.language, FIRST_PAGE["en"]), first.title)
    if first.language != "en" and e.thumbnail:
        thumb = thumb.replace("<img ", f'<img lang="{html.escape(first.language)}" ', 1)
    return (
        f"<tr><td>{names}</td><td>{links}</td><td>{html.escape(e.version)}</td>"
        f"<td>{status}</td><td>{thumb}</td></tr>"
    )


def _links(e: IndexEntry, text: str, hreflang: str) -> str:
    links = f'<a href="{html.escape(e.path)}"{hreflang}>{html.escape(text)}</a>'
    if e.pdf:
        links += f' (<a href="{html.escape(e.pdf)}"{hreflang}>PDF</a>)'
    return links


def _thumbnail(e: IndexEntry, alt: str, title: str) -> str:
    if not e.thumbnail:
        return "—"
    text = html.escape(alt.format(title))
    return f'<img src="{html.escape(e.thumbnail)}" alt="{text}" width="120">'


def _both(text: Bilingual) -> str:
    """An English text then its French, the French marked as such."""
    return f'{html.escape(text[0])} / <span lang="fr">{html.escape(text[1])}</span>'
