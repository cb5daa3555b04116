"""The files export writes: XLIFF 1.2 valid against the schema, PO that Babel reads back."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from i18nkit import NS, run
from lxml import etree

SCHEMA = Path(__file__).parent / "schema" / "xliff-core-1.2-strict-subset.xsd"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def test_xliff_is_valid_and_carries_ids_context_fingerprints_and_tags(
    content: Path, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    assert run("i18n", "export", str(content), "-o", str(tmp_path)) == 0
    files = sorted(tmp_path.rglob("*.xlf"))
    assert len(files) == 9
    for path in files:
        document = etree.parse(str(path))
        assert schema.validate(document), (path, schema.error_log)

    deck = etree.parse(str(tmp_path / "joint-councils-framework/deck-2016-09-14.en.xlf"))
    file = deck.getroot()[0]
    assert file.get("original") == "groups/joint-councils-framework/deck-2016-09-14.yaml"
    assert (file.get("source-language"), file.get("target-language")) == ("fr-CA", "en-CA")
    unit = deck.find(".//x:trans-unit[@id='slides[3].items[0].lead']", NS)
    assert unit is not None
    assert unit.findtext("x:source", namespaces=NS) == "Vision"
    notes = {n.get("from"): n.text for n in unit.findall("x:note", NS)}
    assert notes["councilkit"] == (
        "joint-councils-framework/deck-2016-09-14 (deck): slide 4 (bullets) “Notre portée”, "
        "lead term"
    )
    assert notes["councilkit-fingerprint"] is not None
    assert len(notes["councilkit-fingerprint"] or "") == 10

    terms = etree.parse(str(tmp_path / "joint-councils-framework/terms-of-reference.fr.xlf"))
    unit = terms.find(".//x:trans-unit[@id='background[1]']", NS)
    assert unit is not None
    source = unit.find("x:source", NS)
    assert source is not None
    codes = [(e.tag.split("}")[1], e.get("id"), e.get("ctype"), e.text) for e in source]
    assert codes == [
        ("bpt", "1", "italic", "*"),
        ("ept", "1", None, "*"),
        ("bpt", "2", "italic", "*"),
        ("ept", "2", None, "*"),
        ("bpt", "3", "link", "["),
        ("ept", "3", None, "](https://www.canada.ca/en/government/system/digital-government.html)"),
    ]
    target = unit.find("x:target", NS)
    assert target is not None and target.get("state") == "translated"
    assert [e.get("id") for e in target] == ["1", "1", "2", "2", "3", "3"]


def test_po_reads_back_with_babel(content: Path, tmp_path: Path) -> None:
    assert run("i18n", "export", str(content), "--format", "po", "-o", str(tmp_path)) == 0
    path = tmp_path / "open-data-standards/mandate.fr.po"
    with path.open("rb") as handle:
        catalog = read_po(handle)
    assert str(catalog.locale) == "fr_CA"
    assert catalog.project == "groups/open-data-standards/mandate.yaml"
    messages = {m.context: m for m in catalog if m.id}
    assert len(messages) == 18
    purpose = messages["purpose[0]"]
    assert isinstance(purpose.id, str) and "**common standards for open data**" in purpose.id
    assert isinstance(purpose.string, str) and "**normes communes" in purpose.string
    assert any(c.startswith("Keep the markup") for c in purpose.auto_comments)
    assert any(c.startswith("source-fingerprint: ") for c in purpose.auto_comments)
    assert purpose.locations == [("groups/open-data-standards/mandate.yaml", 26)]
    assert not purpose.fuzzy


def test_only_missing_exports_stale_and_missing_texts_only(content: Path, tmp_path: Path) -> None:
    assert run("i18n", "confirm", str(content), "--group", "open-data-standards") == 0
    mandate = content / "groups/open-data-standards/mandate.yaml"
    mandate.write_text(
        mandate.read_text(encoding="utf-8").replace(
            "en: Approved by the PSCIOC co-chairs.", "en: Approved by both co-chairs."
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert (
        run(
            "i18n",
            "export",
            str(content),
            "--format",
            "po",
            "-o",
            str(out),
            "--only-missing",
            "--group",
            "open-data-standards",
        )
        == 0
    )
    assert [p.name for p in out.rglob("*.po")] == ["mandate.fr.po"]
    with (out / "open-data-standards/mandate.fr.po").open("rb") as handle:
        catalog = read_po(handle)
    [message] = [m for m in catalog if m.id]
    assert message.context == "history[2].summary"
    assert message.fuzzy and message.string == "Approuvé par les coprésidents du CDPISP."
