"""Jurisdictions of Canadian intergovernmental work, with their names in both languages."""

from __future__ import annotations

import enum

from councilkit.model.text import BilingualText, bilingual


class Jurisdiction(enum.StrEnum):
    """Where a member comes from: the federal government, a province or territory by its
    postal code, a municipal government, or another body (observers, Indigenous and
    academic partners)."""

    FEDERAL = "federal"
    AB = "AB"
    BC = "BC"
    MB = "MB"
    NB = "NB"
    NL = "NL"
    NS = "NS"
    NT = "NT"
    NU = "NU"
    ON = "ON"
    PE = "PE"
    QC = "QC"
    SK = "SK"
    YT = "YT"
    MUNICIPAL = "municipal"
    OTHER = "other"

    @property
    def is_provincial_or_territorial(self) -> bool:
        """True for the 13 provinces and territories."""
        return self not in (Jurisdiction.FEDERAL, Jurisdiction.MUNICIPAL, Jurisdiction.OTHER)

    @property
    def display_name(self) -> BilingualText:
        """The jurisdiction's name in both languages."""
        return _NAMES[self]


_NAMES: dict[Jurisdiction, BilingualText] = {
    Jurisdiction.FEDERAL: bilingual("Government of Canada", "Gouvernement du Canada"),
    Jurisdiction.AB: bilingual("Alberta", "Alberta"),
    Jurisdiction.BC: bilingual("British Columbia", "Colombie-Britannique"),
    Jurisdiction.MB: bilingual("Manitoba", "Manitoba"),
    Jurisdiction.NB: bilingual("New Brunswick", "Nouveau-Brunswick"),
    Jurisdiction.NL: bilingual("Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    Jurisdiction.NS: bilingual("Nova Scotia", "Nouvelle-Écosse"),
    Jurisdiction.NT: bilingual("Northwest Territories", "Territoires du Nord-Ouest"),
    Jurisdiction.NU: bilingual("Nunavut", "Nunavut"),
    Jurisdiction.ON: bilingual("Ontario", "Ontario"),
    Jurisdiction.PE: bilingual("Prince Edward Island", "Île-du-Prince-Édouard"),
    Jurisdiction.QC: bilingual("Quebec", "Québec"),
    Jurisdiction.SK: bilingual("Saskatchewan", "Saskatchewan"),
    Jurisdiction.YT: bilingual("Yukon", "Yukon"),
    Jurisdiction.MUNICIPAL: bilingual("Municipal", "Municipal"),
    Jurisdiction.OTHER: bilingual("Other", "Autre"),
}
