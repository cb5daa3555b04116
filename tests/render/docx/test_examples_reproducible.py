"""Two renders of the example documents give byte-identical files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from councilkit.model import Language, Project


def test_example_outputs_are_byte_identical(
    example_project: Project, example_outputs: dict[str, Path], docx_bytes: Callable[..., bytes]
) -> None:
    for group in example_project.groups:
        for document in group.documents:
            if document.KIND == "deck":
                continue
            for language in (Language.EN, Language.FR, None):
                edition = language.value if language else "bilingual"
                again = docx_bytes(example_project, group, document, language)
                assert again == example_outputs[f"{group.id}-{document.id}-{edition}"].read_bytes()
