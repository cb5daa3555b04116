"""The bundle's ``index.html``: every document by group and language, with its version and
status, and a thumbnail of its first page when PDFs were built."""

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


@dataclass(frozen=True, slots=True)
class IndexEntry:
    group: str
    group_name: str
    kind: str
    language: str
    title: str
    version: str
    status: str
    path: str
    pdf: str | None = None
    thumbnail: str | None = None


def index_html(entries: Sequence[IndexEntry], *, title: str) -> bytes:
    """The page, as stable UTF-8 bytes."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:Arial,'Liberation Sans',sans-serif;color:#1b1b1b;margin:2em}"
        "h1,h2{color:#26374a}table{border-collapse:collapse;margin-bottom:2em}"
        "th,td{border:1px solid #7d828b;padding:.4em .6em;text-align:left;vertical-align:top}"
        "th{background:#e1e4e7}img{border:1px solid #7d828b}</style>",
        "</head>",
        "<body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    groups = sorted({(e.group, e.group_name) for e in entries})
    for group, group_name in groups:
        out.append(f'<h2 id="{html.escape(group)}">{html.escape(group_name)}</h2>')
        out.append("<table>")
        out.append(
            '<thead><tr><th scope="col">Language / Langue</th><th scope="col">Document</th>'
            '<th scope="col">Version</th><th scope="col">Status / État</th>'
            '<th scope="col">First page / Première page</th></tr></thead><tbody>'
        )
        rows = sorted(
            (e for e in entries if e.group == group), key=lambda e: (e.language, e.kind, e.path)
        )
        for e in rows:
            lang = html.escape(e.language)
            links = f'<a href="{html.escape(e.path)}" hreflang="{lang}">{html.escape(e.title)}</a>'
            if e.pdf:
                links += f' (<a href="{html.escape(e.pdf)}" hreflang="{lang}">PDF</a>)'
            thumb = (
                f'<img src="{html.escape(e.thumbnail)}" alt="First page of {html.escape(e.title)}" '
                'width="120">'
                if e.thumbnail
                else "—"
            )
            out.append(
                f'<tr lang="{lang}"><td>{LANGUAGE_NAMES.get(e.language, lang)}</td><td>{links}</td>'
                f"<td>{html.escape(e.version)}</td><td>{html.escape(e.status)}</td><td>{thumb}</td></tr>"
            )
        out.append("</tbody></table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")
