"""The bundle's index page is bilingual: each row in its own language, marked as such; the
title in both languages; bilingual editions under their own heading."""

from __future__ import annotations

import zipfile
from pathlib import Path

import lxml.html
from contentkit import MANDATE, PROJECT, content

from councilkit.bundle import bundle
from councilkit.bundle.index_page import Edition, IndexEntry, index_html

TITLE = ("Joint Councils – release bundle", "Conseils mixtes – paquet de diffusion")
GROUP = ("Data Working Group", "Groupe de travail sur les données")


def entry(path: str, *editions: Edition, thumbnail: str | None = None) -> IndexEntry:
    return IndexEntry(
        group="data",
        group_name=GROUP,
        kind="mandate",
        editions=editions,
        version="1.0",
        path=path,
        pdf=path.replace(".docx", ".pdf") if thumbnail else None,
        thumbnail=thumbnail,
    )


EN = Edition("en", "Data Working Group – Mandate", "Approved")
FR = Edition("fr", "Groupe de travail sur les données – Mandat", "Approuvé")


def page(*entries: IndexEntry) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(index_html(entries, title=TITLE))


def test_the_page_is_english_with_its_french_parts_marked() -> None:
    root = page(entry("en/m-eng.docx", EN), entry("fr/m-fra.docx", FR))
    assert root.get("lang") == "en"
    assert root.findtext(".//title") == f"{TITLE[0]} / {TITLE[1]}"
    (h1,) = root.findall(".//h1")
    assert h1.text_content() == f"{TITLE[0]} / {TITLE[1]}"
    assert [s.get("lang") for s in h1.findall("span")] == ["fr"]
    assert h1.find("span").text == TITLE[1]
    (h2,) = root.findall(".//h2")
    assert h2.find("span").text == GROUP[1] and h2.find("span").get("lang") == "fr"
    headers = [th.text_content() for th in root.findall(".//th")]
    assert headers[0] == "Language / Langue" and headers[3] == "Status / État"


def test_each_row_is_in_its_own_language() -> None:
    root = page(
        entry("en/m-eng.docx", EN, thumbnail="thumbnails/en/m-eng.png"),
        entry("fr/m-fra.docx", FR, thumbnail="thumbnails/fr/m-fra.png"),
    )
    english, french = root.findall(".//tbody/tr")
    assert english.get("lang") == "en" and french.get("lang") == "fr"
    assert [td.text_content() for td in french.findall("td")][:4] == [
        "Français",
        f"{FR.title} (PDF)",
        "1.0",
        "Approuvé",
    ]
    assert french.find(".//img").get("alt") == f"Première page de {FR.title}"
    assert english.find(".//img").get("alt") == f"First page of {EN.title}"
    assert {a.get("hreflang") for a in french.findall(".//a")} == {"fr"}


def test_bilingual_editions_are_listed_under_their_own_heading() -> None:
    root = page(entry("en/m-eng.docx", EN), entry("bilingual/m-bil.docx", EN, FR))
    assert [h.text_content() for h in root.findall(".//h3")] == [
        "Bilingual editions / Éditions bilingues"
    ]
    first, second = root.findall(".//table")
    assert [a.get("href") for a in first.findall(".//a")] == ["en/m-eng.docx"]
    (row,) = second.findall(".//tbody/tr")
    assert row.get("lang") is None  # the page's language; each text marked below
    link = row.find(".//a")
    assert link.get("href") == "bilingual/m-bil.docx"
    assert [(s.get("lang"), s.text) for s in link.findall("span")] == [
        ("en", EN.title),
        ("fr", FR.title),
    ]
    assert row.findall("td")[3].text_content() == "Approved / Approuvé"


def test_the_page_is_stable_bytes() -> None:
    entries = [entry("fr/m-fra.docx", FR), entry("en/m-eng.docx", EN)]
    assert index_html(entries, title=TITLE) == index_html(entries[::-1], title=TITLE)


def test_a_side_by_side_document_goes_to_the_bilingual_folder(tmp_path: Path) -> None:
    root = content(
        tmp_path / "c",
        project=PROJECT + "output:\n  edition: side-by-side\n",
        groups__g__mandate=MANDATE,
    )
    target = tmp_path / "release.zip"
    bundle(root, target, source_date_epoch=0)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        index = lxml.html.fromstring(archive.read("index.html"))
    assert [n for n in names if n.endswith(".docx")] == ["bilingual/g-mandate-bil.docx"]
    assert [h.text_content() for h in index.findall(".//h3")] == [
        "Bilingual editions / Éditions bilingues"
    ]
    (link,) = index.findall(".//a")
    assert link.get("href") == "bilingual/g-mandate-bil.docx"
    assert [s.get("lang") for s in link.findall("span")] == ["en", "fr"]
    title = index.findtext(".//title")
    assert title == "Joint Councils – release bundle / Conseils mixtes – paquet de diffusion"
