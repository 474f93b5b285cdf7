"""The adults who came on a visit, by role: the one type for them everywhere.

``Adults`` holds the four counts under the names of the ``Visit`` columns (mothers, fathers,
grandparents, others). It also reads as a mapping from the Dutch roles of ``rules.ADULT_ROLES``
("moeder", "vader", "grootouder", "anders") to their counts, so a form or a label that works
by role needs no second shape. Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from checkin import rules
from checkin.errors import Rejected
from checkin.i18n import N_

COLUMNS: tuple[str, ...] = ("mothers", "fathers", "grandparents", "others")
"""The ``Visit`` columns, in the order of ``rules.ADULT_ROLES``."""
ROLE_COLUMNS: dict[str, str] = dict(zip(rules.ADULT_ROLES, COLUMNS, strict=True))
"""Dutch role -> ``Visit`` column."""


class _HasAdultColumns(Protocol):
    mothers: int
    fathers: int
    grandparents: int
    others: int


@dataclass(frozen=True)
class Adults(Mapping[str, int]):
    """Adults by role; ``Adults(mothers=1)`` is one mother. Read ``adults["moeder"]`` by Dutch role."""

    mothers: int = 0
    fathers: int = 0
    grandparents: int = 0
    others: int = 0

    # --- reading by Dutch role (Mapping) -----------------------------------------------------------
    def __getitem__(self, role: str) -> int:
        column = ROLE_COLUMNS.get(role)
        if column is None:
            raise KeyError(role)
        return int(getattr(self, column))

    def __iter__(self) -> Iterator[str]:
        return iter(rules.ADULT_ROLES)

    def __len__(self) -> int:
        return len(rules.ADULT_ROLES)

    # --- derived ---------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self.mothers + self.fathers + self.grandparents + self.others

    def counts(self) -> tuple[int, int, int, int]:
        """The four counts in the order of ``rules.ADULT_ROLES``."""
        return (self.mothers, self.fathers, self.grandparents, self.others)

    def by_role(self) -> dict[str, int]:
        """A plain dict Dutch role -> count (all four roles)."""
        return dict(zip(rules.ADULT_ROLES, self.counts(), strict=True))

    def present_roles(self) -> list[tuple[str, int]]:
        """(Dutch role, count) of the roles that came, in the order of ``rules.ADULT_ROLES``."""
        return [(role, n) for role, n in zip(rules.ADULT_ROLES, self.counts(), strict=True) if n]

    def labelled(self, label: Callable[[str], str] | None = None) -> str:
        """'1 moeder, 1 oppas/anders': the roles that came with their Dutch labels.

        ``label`` translates a label of ``rules.ADULT_ROLE_LABELS`` (the window passes its own);
        by default the Dutch text is used as it is.
        """
        translate = label or (lambda text: text)
        return ", ".join(
            f"{n} {translate(rules.ADULT_ROLE_LABELS[role])}" for role, n in self.present_roles()
        )

    def columns(self) -> dict[str, int]:
        """The ``Visit`` column values: ``Visit(**adults.columns())``."""
        return dict(zip(COLUMNS, self.counts(), strict=True))

    # --- making ----------------------------------------------------------------------------------
    @classmethod
    def of(cls, row: _HasAdultColumns) -> Adults:
        """The adults stored on a ``Visit`` (or any row with the four columns)."""
        return cls(mothers=row.mothers, fathers=row.fathers, grandparents=row.grandparents, others=row.others)

    @classmethod
    def from_roles(cls, roles: Mapping[str, int]) -> Adults:
        """From a mapping Dutch role -> count (missing roles count 0); ``Rejected`` for an unknown role.

        An ``Adults`` is returned as it is.
        """
        if isinstance(roles, Adults):
            return roles
        unknown = set(roles) - set(rules.ADULT_ROLES)
        if unknown:
            raise Rejected(N_("Onbekende rol: {role}."), role=", ".join(sorted(unknown)))
        return cls(**{ROLE_COLUMNS[role]: int(n) for role, n in roles.items()})

    def validated(self) -> Adults:
        """These adults, if a visit may have them: none negative, at least one, at most the maximum."""
        if any(n < 0 for n in self.counts()):
            raise Rejected(N_("Een aantal volwassenen kan niet negatief zijn."))
        if self.total == 0:
            raise Rejected(N_("Er komt minstens een volwassene mee."))
        if self.total > rules.MAX_ADULTS_PER_VISIT:
            raise Rejected(N_("Hoogstens {n} volwassenen per gezin."), n=rules.MAX_ADULTS_PER_VISIT)
        return self


ONE_MOTHER = Adults(mothers=1)
"""Who comes on a family's first visit unless told otherwise: the most common case."""
