"""The shape of the workgroup's figures: measures, their Dutch definitions, and published values.

A *report* holds sections; a *section* is one location (or "Alle locaties") over one period and
holds *figures*: one value per measure and category. The empty category is a measure's total.
A published value is exact, suppressed (a count between 1 and k-1, shown as ``<k``), or a lower
bound (a total with suppressed parts, shown as ``>=N``, "ten minste N").

Everything here is plain data; the measures are declared in ``checkin.stats.registry``,
counted in ``checkin.stats.measures``, the anonymity rules applied in
``checkin.stats.anonymity``, and the formats written in ``checkin.stats.exports``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from checkin.i18n import N_

TOTAL = ""
"""The category of a measure's total (a measure without categories has only this one)."""
OTHER = "overig"
"""Small categories folded together (rule 2)."""
ALL_LOCATIONS = N_("Alle locaties")


Status = Literal["exact", "suppressed", "lower"]


@dataclass(frozen=True)
class Value:
    """A published value. ``n`` is None when suppressed; for a lower bound it is the bound."""

    status: Status
    n: int | None

    @classmethod
    def exact(cls, n: int) -> Value:
        return cls("exact", n)

    @classmethod
    def suppressed(cls) -> Value:
        return cls("suppressed", None)

    @classmethod
    def lower(cls, n: int) -> Value:
        return cls("lower", n)

    def text(self, k: int) -> str:
        """The machine form of the CSV: ``12``, ``<5`` or ``>=37``."""
        if self.status == "suppressed":
            return f"<{k}"
        if self.status == "lower":
            return f">={self.n}"
        return str(self.n)

    def dutch(self, k: int) -> str:
        """The reader's form: ``12``, ``minder dan 5`` or ``ten minste 37``."""
        if self.status == "suppressed":
            return N_("minder dan {k}").format(k=k)
        if self.status == "lower":
            return N_("ten minste {n}").format(n=self.n)
        return str(self.n)

    @property
    def shown(self) -> int:
        """The number to draw in a chart: the value or its lower bound, 0 when suppressed."""
        return self.n or 0


@dataclass(frozen=True)
class Figure:
    measure: str
    category: str
    value: Value


@dataclass
class Section:
    """One location (or all together) over one period: the figures in the order they are shown."""

    location: str
    period_start: date
    period_end: date
    figures: list[Figure] = field(default_factory=list)

    def value(self, measure: str, category: str = TOTAL) -> Value | None:
        for figure in self.figures:
            if figure.measure == measure and figure.category == category:
                return figure.value
        return None

    def breakdown(self, measure: str) -> list[Figure]:
        """The categories of ``measure`` in order, without its total."""
        return [f for f in self.figures if f.measure == measure and f.category != TOTAL]

    @property
    def key(self) -> tuple[str, date, date]:
        return (self.location, self.period_start, self.period_end)


@dataclass
class Report:
    """An anonymous overview: what every export writes and the Cijfers screen shows."""

    k: int
    period_start: date
    period_end: date
    locations: list[str]
    sections: list[Section]
    merged_from: list[str] = field(default_factory=list)
    """For a merged overview: the files it was built from (their names only)."""

    def sections_of(self, location: str) -> list[Section]:
        return [s for s in self.sections if s.location == location]

    def __iter__(self) -> Iterator[Section]:
        return iter(self.sections)


@dataclass
class RawSection:
    """The true counts of one location and period, before the anonymity rules; never published.

    ``counts[measure]`` maps category to count in the order to show; ``TOTAL`` is the total.
    """

    location: str
    period_start: date
    period_end: date
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    links: dict[str, dict[str, str]] = field(default_factory=dict)
    """Public groupings between breakdowns: ``links["visits_by_morning"][day]`` is that morning's
    category in ``theme_visits`` (the programme tells anyone which morning had which theme)."""
