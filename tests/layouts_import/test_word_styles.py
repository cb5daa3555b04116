"""Roles matched to a department's Word styles by name (English or French, any case) and
type; a role with no style keeps councilkit's name, to be added by councilkit."""

from __future__ import annotations

import io

import docx
import yaml
from docx.enum.style import WD_STYLE_TYPE

from councilkit.layouts_import.word_styles import docx_yaml, match_styles
from councilkit.render.docx.layout import ROLES


def french_template() -> bytes:
    """python-docx's template with French names for headings 1 and 2 and the caption, and
    a paragraph style named as the hyperlink's character style."""
    document = docx.Document()
    for english in ("Heading 1", "Heading 2", "Caption"):
        document.styles[english].delete()
    document.styles.add_style("Titre 1", WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("TITRE 2", WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("Légende", WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("Lien hypertexte", WD_STYLE_TYPE.PARAGRAPH)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_french_names_any_case_and_type() -> None:
    matches = {m.role: m for m in match_styles(french_template(), "fr.docx")}
    assert (matches["heading_1"].name, matches["heading_1"].found) == ("Titre 1", True)
    assert (matches["heading_2"].name, matches["heading_2"].found) == ("Titre 2", True)
    assert (matches["caption"].name, matches["caption"].found) == ("Légende", True)
    assert (matches["heading_3"].name, matches["heading_3"].found) == ("Heading 3", True)
    # a paragraph style cannot be the hyperlink's character style: councilkit adds its own
    assert (matches["hyperlink"].name, matches["hyperlink"].found) == ("Hyperlink", False)
    assert (matches["table"].name, matches["table"].found) == ("GC Table", False)


def test_mapping_lists_every_role_and_says_which_is_added() -> None:
    matches = match_styles(french_template(), "fr.docx")
    text = docx_yaml(matches, "fr.docx")
    loaded = yaml.safe_load(text)
    assert loaded["reference"] == "reference.docx"
    assert list(loaded["styles"]) == list(ROLES)
    assert loaded["styles"]["caption"] == "Légende"
    lines = {line.split(":")[0].strip(): line for line in text.splitlines() if "# " in line}
    assert lines["caption"].endswith("# found (paragraph style)")
    assert lines["hyperlink"].endswith("# added by councilkit (character style)")
    added = sum(not m.found for m in matches)
    assert f"# {added} of {len(ROLES)} styles are added by councilkit." in text
