"""The language of Word text, run by run: the run's w:lang, its styles', the defaults';
missing where it matters (runs with text) and tags that are not language tags."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx.oxml import parse_xml
from office_files import codes, messages, word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HOW = "select the text, then Review > Language > Set Proofing Language"
LACKING = f"text without a language, so screen readers guess how to read it: {HOW}"


def _bad(tag: str, why: str) -> str:
    return (
        f"{tag!r} {why}, so screen readers cannot tell how to read the text: {HOW} "
        "(a tag such as en-CA or fr-CA)"
    )


def _lang(element: object, tag: str, attribute: str = "val") -> None:
    """Give a run (or a style) a w:lang."""
    r_pr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    r_pr.append(parse_xml(f'<w:lang {W} w:{attribute}="{tag}"/>'))


def _without_defaults(fill: Callable[[object], None]) -> Callable[[object], None]:
    """A document whose defaults give no language, then whatever ``fill`` adds."""

    def build(document: object) -> None:
        styles = document.styles.element  # type: ignore[attr-defined]
        for lang in styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
            lang.getparent().remove(lang)
        fill(document)

    return build


def _paragraphs(*langs: str | None) -> Callable[[object], None]:
    """One paragraph for each of ``langs``, its run in that language (None: none)."""

    def fill(document: object) -> None:
        for number, tag in enumerate(langs, start=1):
            run = document.add_paragraph().add_run(f"Line {number}")  # type: ignore[attr-defined]
            if tag is not None:
                _lang(run._r, tag)

    return fill


def test_no_default_language_is_fine_when_every_run_has_one(tmp_path: Path) -> None:
    fixed = word(tmp_path / "fixed.docx", _without_defaults(_paragraphs("en-CA", "fr-CA")))
    assert codes(fixed) == []


def test_a_run_without_one_is_named_when_others_have_one(tmp_path: Path) -> None:
    broken = word(tmp_path / "broken.docx", _without_defaults(_paragraphs("en-CA", None)))
    assert messages(broken, "document-language") == [
        f'word/document.xml:paragraph 2 "Line 2": {LACKING}'
    ]


def test_no_language_anywhere_is_named_once_at_the_defaults(tmp_path: Path) -> None:
    broken = word(tmp_path / "broken.docx", _without_defaults(_paragraphs(None, None)))
    assert messages(broken, "document-language") == [
        "word/styles.xml:document defaults: the document has no default language, so "
        "screen readers guess how to read it: select all, then Review > Language > "
        "Set Proofing Language"
    ]


def test_empty_runs_and_an_empty_document_do_not_matter(tmp_path: Path) -> None:
    def with_blank_run(document: object) -> None:
        _paragraphs("en-CA")(document)
        document.paragraphs[0].add_run("   ")  # type: ignore[attr-defined]
        document.add_paragraph()  # type: ignore[attr-defined]

    assert codes(word(tmp_path / "blank.docx", _without_defaults(with_blank_run))) == []
    assert codes(word(tmp_path / "empty.docx", _without_defaults(lambda d: None))) == []


def test_the_paragraph_style_chain_gives_a_language(tmp_path: Path) -> None:
    def normal_in_french(document: object) -> None:
        _lang(document.styles["Normal"].element, "fr-CA")  # type: ignore[attr-defined]
        _paragraphs(None)(document)
        document.add_heading("Budget", level=1)  # type: ignore[attr-defined]  # based on Normal

    assert codes(word(tmp_path / "styled.docx", _without_defaults(normal_in_french))) == []


def test_a_header_without_a_language_is_named(tmp_path: Path) -> None:
    def header(document: object) -> None:
        _paragraphs("en-CA")(document)
        document.sections[0].header.paragraphs[0].add_run("Protected B")  # type: ignore[attr-defined]

    broken = word(tmp_path / "broken.docx", _without_defaults(header))
    assert messages(broken, "document-language") == [
        f'word/header1.xml:paragraph 1 "Protected B": {LACKING}'
    ]


def test_a_run_tag_that_is_not_a_language_tag_is_an_error(tmp_path: Path) -> None:
    broken = word(tmp_path / "broken.docx", _paragraphs("en-CA", "english", "xx-YY-ZZZ-1"))
    assert messages(broken, "document-language") == [
        f'word/document.xml:paragraph 2 "Line 2": '
        f"{_bad('english', 'does not start with a known language')}",
        f'word/document.xml:paragraph 3 "Line 3": {_bad("xx-YY-ZZZ-1", "is not a language tag")}',
    ]
    fixed = word(tmp_path / "fixed.docx", _paragraphs("en-CA", "en-GB", "iu-Cans-CA", "x-none"))
    assert codes(fixed) == []


def test_a_style_s_bad_tag_is_named_once_at_the_style_and_only_when_used(
    tmp_path: Path,
) -> None:
    def heading_in(tag: str, used: bool) -> Callable[[object], None]:
        def fill(document: object) -> None:
            _lang(document.styles["Heading 1"].element, tag)  # type: ignore[attr-defined]
            _paragraphs("en-CA")(document)
            for title in ("Budget", "Staff") if used else ():
                document.add_heading(title, level=1)  # type: ignore[attr-defined]

        return fill

    broken = word(tmp_path / "broken.docx", heading_in("english", used=True))
    assert messages(broken, "document-language") == [
        f'word/styles.xml:style "Heading 1": '
        f"{_bad('english', 'does not start with a known language')}"
    ]
    assert codes(word(tmp_path / "unused.docx", heading_in("english", used=False))) == []
    assert codes(word(tmp_path / "fixed.docx", heading_in("fr-CA", used=True))) == []


def test_a_bad_default_tag_is_named_once_at_the_defaults(tmp_path: Path) -> None:
    def default_in(tag: str) -> Callable[[object], None]:
        def fill(document: object) -> None:
            r_pr = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]  # type: ignore[attr-defined]
            r_pr.append(parse_xml(f'<w:lang {W} w:val="{tag}"/>'))
            _paragraphs(None, None)(document)

        return _without_defaults(fill)

    broken = word(tmp_path / "broken.docx", default_in("en-ZZZ"))
    assert messages(broken, "document-language") == [
        f"word/styles.xml:document defaults: {_bad('en-ZZZ', 'names an unknown language (zzz)')}"
    ]
    assert codes(word(tmp_path / "fixed.docx", default_in("en-CA"))) == []


def test_right_to_left_text_takes_the_bidi_language(tmp_path: Path) -> None:
    def arabic(bidi: str | None) -> Callable[[object], None]:
        def fill(document: object) -> None:
            for lang in document.styles.element.xpath("w:docDefaults//w:lang"):  # type: ignore[attr-defined]
                del lang.attrib[lang.tag.replace("lang", "bidi")]
            run = document.add_paragraph().add_run("مرحبا")  # type: ignore[attr-defined]
            run._r.get_or_add_rPr().append(parse_xml(f"<w:rtl {W}/>"))
            if bidi:
                _lang(run._r, bidi, attribute="bidi")

        return fill

    broken = word(tmp_path / "broken.docx", arabic(None))
    assert messages(broken, "document-language") == [
        f'word/document.xml:paragraph 1 "مرحبا": {LACKING}'
    ]
    assert codes(word(tmp_path / "fixed.docx", arabic("ar-SA"))) == []
