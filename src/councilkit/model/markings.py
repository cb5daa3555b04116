"""Security classifications and document status, with their wording in both languages."""

from __future__ import annotations

import enum

from councilkit.model.text import BilingualText, bilingual


class Classification(enum.StrEnum):
    """A Government of Canada security marking."""

    UNCLASSIFIED = "unclassified"
    PROTECTED_A = "protected-a"
    PROTECTED_B = "protected-b"
    PROTECTED_C = "protected-c"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"
    TOP_SECRET = "top-secret"

    @property
    def marking(self) -> BilingualText:
        """The marking as printed in headers and on title pages."""
        return _MARKINGS[self]


_MARKINGS: dict[Classification, BilingualText] = {
    Classification.UNCLASSIFIED: bilingual("UNCLASSIFIED", "NON CLASSIFIÉ"),
    Classification.PROTECTED_A: bilingual("PROTECTED A", "PROTÉGÉ A"),
    Classification.PROTECTED_B: bilingual("PROTECTED B", "PROTÉGÉ B"),
    Classification.PROTECTED_C: bilingual("PROTECTED C", "PROTÉGÉ C"),
    Classification.CONFIDENTIAL: bilingual("CONFIDENTIAL", "CONFIDENTIEL"),
    Classification.SECRET: bilingual("SECRET", "SECRET"),
    Classification.TOP_SECRET: bilingual("TOP SECRET", "TRÈS SECRET"),
}


class Status(enum.StrEnum):
    """Where a document is in its approval."""

    DRAFT = "draft"
    FOR_APPROVAL = "for-approval"
    APPROVED = "approved"

    @property
    def label(self) -> BilingualText:
        """The status as printed on title pages."""
        return _STATUS_LABELS[self]


_STATUS_LABELS: dict[Status, BilingualText] = {
    Status.DRAFT: bilingual("Draft", "Ébauche"),
    Status.FOR_APPROVAL: bilingual("For approval", "Pour approbation"),
    Status.APPROVED: bilingual("Approved", "Approuvé"),
}

DEFAULT_DRAFT_LABEL = bilingual(
    "DRAFT – For discussion purposes only",
    "ÉBAUCHE – aux fins de discussion seulement",
)
