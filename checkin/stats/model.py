"""The shape of the workgroup's figures: measures, their Dutch definitions, and published values.

A *report* holds sections; a *section* is one location (or "Alle locaties") over one period and
holds *figures*: one value per measure and category. The empty category is a measure's total.
A published value is exact, suppressed (a count between 1 and k-1, shown as ``<k``), or a lower
bound (a total with suppressed parts, shown as ``>=N``, "ten minste N").

Everything here is plain data; the measures are computed in ``checkin.stats.measures``, the
anonymity rules applied in ``checkin.stats.anonymity``, and the formats written in
``checkin.stats.exports``.
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


@dataclass(frozen=True)
class Measure:
    name: str
    label: str
    """Short Dutch title for a chart or a sheet."""
    definition: str
    """What is counted, in Dutch; every export carries it (rule 5)."""
    counts_people: bool = True
    """False for mornings, drinks and money: these are never suppressed."""
    has_categories: bool = True


MEASURES: tuple[Measure, ...] = (
    Measure(
        "mornings",
        N_("Ochtenden"),
        N_("Aantal ochtenden dat de ontmoetingsplek open was."),
        counts_people=False,
        has_categories=False,
    ),
    Measure(
        "visits",
        N_("Bezoeken"),
        N_("Aantal keer dat een gezin is ingecheckt (een gezin telt één keer per ochtend)."),
        has_categories=False,
    ),
    Measure(
        "families",
        N_("Gezinnen"),
        N_(
            "Aantal verschillende gezinnen dat in de periode kwam. Bij meer locaties samen telt een "
            "gezin dat op twee plekken kwam twee keer mee."
        ),
        has_categories=False,
    ),
    Measure(
        "new_families",
        N_("Nieuwe gezinnen"),
        N_("Gezinnen die in deze periode voor het eerst op deze plek kwamen."),
        has_categories=False,
    ),
    Measure(
        "returning_families",
        N_("Terugkerende gezinnen"),
        N_("Gezinnen die in deze periode kwamen en er daarvoor ook al eens waren."),
        has_categories=False,
    ),
    Measure(
        "visits_per_family",
        N_("Bezoeken per gezin"),
        N_("Gezinnen naar het aantal keer dat ze in de periode kwamen: 1 keer, 2-3 keer, 4 keer of vaker."),
    ),
    Measure(
        "adult_visits",
        N_("Volwassenen"),
        N_("Volwassenen die meekwamen, opgeteld over alle bezoeken, naar rol."),
    ),
    Measure(
        "child_visits",
        N_("Kinderen naar leeftijd"),
        N_(
            "Kinderen die meekwamen, opgeteld over alle bezoeken, naar leeftijd in jaren op de dag "
            "van het bezoek; 'verwacht' is een kind dat nog geboren moet worden, 'onbekend' komt "
            "uit een oude lijst zonder leeftijden."
        ),
    ),
    Measure(
        "families_by_village",
        N_("Gezinnen per woonplaats"),
        N_("Verschillende gezinnen naar woonplaats; kleine groepen staan samen onder 'overig'."),
    ),
    Measure(
        "families_by_referral",
        N_("Hoe gevonden"),
        N_("Verschillende gezinnen naar hoe ze de ontmoetingsplek gevonden hebben."),
    ),
    Measure(
        "arrivals",
        N_("Aankomsttijden"),
        N_(
            "Bezoeken naar het half uur van aankomst (09:30 is van 09:30 tot 10:00); 'onbekend' "
            "voor bezoeken uit een oude lijst."
        ),
    ),
    Measure(
        "theme_visits",
        N_("Thema's"),
        N_("Bezoeken op ochtenden met een thema, naar thema; 'geen thema' voor de andere ochtenden."),
    ),
    Measure(
        "consumptions",
        N_("Drankjes"),
        N_("Verkochte of gratis gegeven drankjes, naar soort."),
        counts_people=False,
    ),
    Measure(
        "revenue_cents",
        N_("Opbrengst (centen)"),
        N_(
            "Geld ontvangen voor drankjes in eurocent, naar betaalwijze; bij 'gratis' de waarde van "
            "de weggegeven drankjes."
        ),
        counts_people=False,
    ),
    Measure(
        "mood",
        N_("Stemming bij vertrek"),
        N_("Bezoeken naar het gezichtje dat bij vertrek is aangetikt; 'niet ingevuld' als er geen was."),
    ),
    Measure(
        "lapsed_families",
        N_("Weggebleven gezinnen"),
        N_(
            "Gezinnen die in het jaar vóór de laatste 8 weken van de periode minstens twee keer "
            "kwamen, maar in die laatste 8 weken niet meer."
        ),
        has_categories=False,
    ),
    Measure(
        "visits_by_morning",
        N_("Bezoeken per ochtend"),
        N_("Bezoeken per ochtend (datum); ochtenden met weinig bezoeken staan samen onder 'overig'."),
    ),
)
MEASURE_BY_NAME: dict[str, Measure] = {measure.name: measure for measure in MEASURES}

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
