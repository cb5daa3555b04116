"""Export, translate, import: the YAML changes only where a translation changed."""

from __future__ import annotations

from pathlib import Path

from i18nkit import (
    MANDATE,
    TERMS,
    changed_lines,
    edit_xliff,
    run,
    set_po_target,
    set_xliff_target,
    snapshot,
)

import councilkit
from councilkit.model.text import fingerprint

MANDATE_XLF = "open-data-standards/mandate.fr.xlf"
SUMMARY = "history[2].summary"


def test_unchanged_files_import_as_no_change(content: Path, tmp_path: Path) -> None:
    before = snapshot(content)
    for fmt in ("xliff", "po"):
        out = tmp_path / fmt
        assert run("i18n", "export", str(content), "--format", fmt, "-o", str(out)) == 0
        files = sorted(str(p) for p in out.rglob("*.*"))
        assert len(files) == 9  # project, 2 groups, 6 documents
        assert run("i18n", "import", str(content), *files) == 0
        assert snapshot(content) == before


def test_xliff_import_changes_only_that_target(content: Path, tmp_path: Path) -> None:
    mandate = content / MANDATE
    text = mandate.read_text(encoding="utf-8")
    text = text.replace("kind: mandate\n", "kind: mandate\n# A comment the import keeps.\n")
    mandate.write_text(text, encoding="utf-8")
    before = snapshot(content)
    out = tmp_path / "out"
    assert run("i18n", "export", str(content), "-o", str(out)) == 0
    set_xliff_target(out / MANDATE_XLF, SUMMARY, "Approuvé : coprésidents du CDPISP")

    assert run("i18n", "import", str(content), str(out / MANDATE_XLF)) == 0

    after = snapshot(content)
    assert [k for k in after if after[k] != before[k]] == [MANDATE]
    removed, added = changed_lines(before[MANDATE], after[MANDATE])
    assert removed == ["      fr: Approuvé par les coprésidents du CDPISP."]
    assert added == [
        '      fr: "Approuvé : coprésidents du CDPISP"',
        f"      translated_from: {fingerprint('Approved by the PSCIOC co-chairs.')}",
    ]
    assert "# A comment the import keeps." in after[MANDATE].decode()
    assert not [d for d in councilkit.check(content) if d.is_error]


def test_po_import_changes_only_that_target(content: Path, tmp_path: Path) -> None:
    before = snapshot(content)
    out = tmp_path / "out"
    assert run("i18n", "export", str(content), "--format", "po", "-o", str(out)) == 0
    po = out / "open-data-standards/mandate.fr.po"
    set_po_target(po, SUMMARY, "Approuvé par les coprésidents")

    assert run("i18n", "import", str(content), str(po)) == 0

    after = snapshot(content)
    assert [k for k in after if after[k] != before[k]] == [MANDATE]
    removed, added = changed_lines(before[MANDATE], after[MANDATE])
    assert removed == ["      fr: Approuvé par les coprésidents du CDPISP."]
    assert added == [
        "      fr: Approuvé par les coprésidents",
        f"      translated_from: {fingerprint('Approved by the PSCIOC co-chairs.')}",
    ]


def test_a_folded_translation_stays_folded_and_keeps_its_markup(
    content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run("i18n", "export", str(content), "-o", str(out)) == 0
    xlf = out / "joint-councils-framework/terms-of-reference.fr.xlf"
    edit_xliff(
        xlf,
        "consultez la <bpt",
        "voyez la <bpt",
    )
    edit_xliff(
        xlf,
        "](https://www.canada.ca/fr/gouvernement/systeme/gouvernement-numerique.html)",
        "](https://www.canada.ca/fr/gouvernement/systeme/numerique.html)",
    )
    before = snapshot(content)

    assert run("i18n", "import", str(content), str(xlf)) == 0

    after = snapshot(content)
    removed, added = changed_lines(before[TERMS], after[TERMS])
    new = after[TERMS].decode()
    assert "fr: >-\n      Les conseils mixtes ont adopté une vision, *fournir" in new
    assert "voyez la [page du gouvernement" in new
    assert "(https://www.canada.ca/fr/gouvernement/systeme/numerique.html)." in new
    assert added[-1].startswith("    translated_from: ")
    assert all(line.startswith("      ") for line in removed)  # only the French lines
    assert "en: >-" not in "\n".join(removed + added)
    terms = (
        councilkit.load(content).group("joint-councils-framework").document("terms-of-reference")
    )
    assert terms is not None
    assert "systeme/numerique.html" in (terms.background[1].text.fr or "")  # type: ignore[attr-defined]


def test_a_missing_translation_is_inserted_after_its_source(content: Path, tmp_path: Path) -> None:
    mandate = content / MANDATE
    text = mandate.read_text(encoding="utf-8").replace("status: approved", "status: draft")
    text = text.replace("      fr: Approuvé par les coprésidents du CDPISP.\n", "")
    mandate.write_text(text, encoding="utf-8")
    before = snapshot(content)
    out = tmp_path / "out"
    assert run("i18n", "export", str(content), "-o", str(out), "--only-missing") == 0
    assert sorted(p.name for p in out.rglob("*.xlf")) == ["mandate.fr.xlf"]
    set_xliff_target(out / MANDATE_XLF, SUMMARY, "Approuvé")

    assert run("i18n", "import", str(content), str(out / MANDATE_XLF)) == 0

    removed, added = changed_lines(before[MANDATE], snapshot(content)[MANDATE])
    assert removed == []
    assert added == [
        "      fr: Approuvé",
        f"      translated_from: {fingerprint('Approved by the PSCIOC co-chairs.')}",
    ]
    assert "      en: Approved by the PSCIOC co-chairs.\n      fr: Approuvé\n" in mandate.read_text(
        encoding="utf-8"
    )


def test_a_stale_translation_is_confirmed_only_when_the_file_says_so(
    content: Path, tmp_path: Path
) -> None:
    assert run("i18n", "confirm", str(content), "--group", "open-data-standards") == 0
    mandate = content / MANDATE
    mandate.write_text(
        mandate.read_text(encoding="utf-8").replace(
            "en: Approved by the PSCIOC co-chairs.", "en: Approved by the co-chairs of PSCIOC."
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("i18n", "export", str(content), "-o", str(out), "--only-missing") == 0
    xlf = out / MANDATE_XLF
    assert 'state="needs-review-translation"' in xlf.read_text(encoding="utf-8")
    before = snapshot(content)
    assert run("i18n", "import", str(content), str(xlf)) == 0
    assert snapshot(content) == before  # still to review: left stale

    edit_xliff(xlf, 'state="needs-review-translation"', 'state="translated"')
    assert run("i18n", "import", str(content), str(xlf)) == 0
    removed, added = changed_lines(before[MANDATE], snapshot(content)[MANDATE])
    assert [line.strip()[:16] for line in removed + added] == ["translated_from:"] * 2
    assert not [d for d in councilkit.check(content) if d.code == "stale-translation"]
