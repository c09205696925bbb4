"""Citations as value objects: provision ids, verification levels and citations.

A provision id is stable (used in the database, in traces, in URLs) and has one string form::

    intl/refugee-convention-1951/art-33/para-1
    kz/criminal-code-2014/art-392/part-1
    kz/law-on-refugees-2009/art-10/para-3/indent-2

``pack/instrument/locator[/...]``: lowercase ASCII letters, digits and dashes, separated by
``/``. Parameter ids follow the same grammar (``kz/law-on-refugees-2009/filing-period``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Citation", "ProvisionId", "Verification", "is_valid_id"]

_SEGMENT = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_ID = re.compile(rf"^{_SEGMENT}(?:/{_SEGMENT}){{2,}}$")


def is_valid_id(text: str) -> bool:
    """True if ``text`` is a well-formed provision or parameter id (at least three segments)."""
    return bool(_ID.match(text))


class Verification(StrEnum):
    """How far a rule was checked, as in the law brief (part 2 wins over part 1).

    ``primary``: read in the text of the act (official Russian text or the treaty text);
    ``secondary``: read in a government, UN, NGO or news page stating the rule;
    ``partial``: part confirmed, the rest (an article number, a figure, a derived date) not;
    ``unverified``: not confirmed in a text that was read. Unverified rules are used, and every
    output shows the level.
    """

    PRIMARY = "primary"
    SECONDARY = "secondary"
    PARTIAL = "partial"
    UNVERIFIED = "unverified"

    @property
    def rank(self) -> int:
        """0 for primary up to 3 for unverified: ``max(rank)`` is the weakest link."""
        return _RANK[self]

    @classmethod
    def weakest(cls, levels: list[Verification]) -> Verification:
        """The least-verified level among ``levels`` (primary if empty)."""
        return max(levels, key=lambda v: v.rank, default=cls.PRIMARY)


_RANK = {
    Verification.PRIMARY: 0,
    Verification.SECONDARY: 1,
    Verification.PARTIAL: 2,
    Verification.UNVERIFIED: 3,
}


@dataclass(frozen=True, slots=True, order=True)
class ProvisionId:
    """A stable provision (or parameter) id; ``str(pid)`` is its one string form."""

    value: str

    def __post_init__(self) -> None:
        if not is_valid_id(self.value):
            raise ValueError(
                f"{self.value!r} is not a valid id (pack/instrument/locator, lowercase, "
                "letters, digits and dashes; e.g. intl/cat-1984/art-3)"
            )

    @classmethod
    def parse(cls, text: str) -> ProvisionId:
        return cls(text.strip())

    @property
    def pack(self) -> str:
        return self.value.split("/", 1)[0]

    @property
    def instrument(self) -> str:
        return self.value.split("/", 2)[1]

    @property
    def locator(self) -> tuple[str, ...]:
        """The segments after ``pack/instrument``: ``("art-33", "para-1")``."""
        return tuple(self.value.split("/")[2:])

    def is_within(self, other: ProvisionId) -> bool:
        """True if this id is ``other`` or a sub-division of it (art-33/para-1 within art-33)."""
        return self.value == other.value or self.value.startswith(other.value + "/")

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Citation:
    """How a finding, a deadline or a document cites a provision: text plus verification."""

    provision: ProvisionId
    text: str
    verification: Verification
    text_ru: str | None = None
    official_source: str | None = None

    def __str__(self) -> str:
        return f"{self.text} [{self.verification.value}]"

    def to_json(self) -> dict[str, str | None]:
        return {
            "provision": str(self.provision),
            "citation": self.text,
            "citation_ru": self.text_ru,
            "verification": self.verification.value,
            "official_source": self.official_source,
        }
