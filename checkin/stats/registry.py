"""Every measure of the figures, declared once: what it is called, means, counts and how it is shown.

The Cijfers screen, the PDF, the XLSX, the CSV, the JSON (and its schema), the anonymity rules
and the counting all read this registry; none keeps its own list of measures. Adding a measure
is its counting rule (``checkin.stats.counting.Rule``: which shared scan it reads, what a row
adds) and one ``Measure`` here; it then appears on the screen, in the four exports and in the
PDF with its definition. ``tests/checkin/stats/test_registry.py`` holds that promise.

``register`` adds a measure at run time (a test's extra measure); ``measures()`` gives them all
in their ``order``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from checkin import ages, rules
from checkin.i18n import N_
from checkin.money import format_cents
from checkin.stats import counting as c
from checkin.stats.model import TOTAL, Value

Kind = Literal["people", "things"]
"""``people``: a count of people or visits, suppressed below k; ``things``: never suppressed."""
Chart = Literal["tile", "bars", "columns", "over_time", "none"]
"""``tile``: a headline figure (a tile on screen, a row of the headline tables); ``bars``:
horizontal bars (long names); ``columns``: vertical bars (ages, half hours); ``over_time``: a
wide chart of vertical bars in time order (mornings by date); ``none``: only in the tables."""
Together = Literal["added", "once", "recounted"]
"""How a measure over all locations of one database (one family register) follows from the
locations' own figures: ``added``: it is their sum (counted per visit, morning or drink, each at one
place); ``once``: distinct families, a family counted once however many places it came to, so at
least the largest location's figure (families, returning families, by village, by referral);
``recounted``: per family too, but not even that (a family new at one place may have come to
another before; its visits at two places together fall in a higher band). See
``anonymity.counted_once``: the per-family measures are counted anew over all the locations."""
DATA: Literal["data"] = "data"
"""Breakdown categories taken from the data (and the app's lists), not a fixed list."""


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Hidden:
    """How a value that is not published exactly reads: one rule for the screen and every export.

    ``suppressed`` (a count between 1 and k-1), ``lower`` (a total with hidden parts), ``absent``
    (left out by rule 3, or a category a section does not list); ``short_*`` are the forms in a
    chart label or a narrow table cell. The templates are Dutch, marked for translation.
    """

    suppressed: str = N_("minder dan {k}")
    lower: str = N_("ten minste {n}")
    absent: str = "–"
    short_suppressed: str = "<{k}"
    short_lower: str = "≥{n}"


HIDDEN = Hidden()


def reader(
    value: Value | None,
    k: int,
    *,
    money: bool = False,
    hidden: Hidden = HIDDEN,
    translate: Callable[[str], str] = _same,
    language: str | None = None,
) -> str:
    """A published value as a reader reads it: '12', 'minder dan 5', 'ten minste 37', '€ 3,50', '–'.

    ``translate`` turns the Dutch templates into the user's language (the screen passes Qt's).
    """
    if value is None:
        return translate(hidden.absent)
    if value.status == "suppressed":
        return translate(hidden.suppressed).format(k=k)
    number = format_cents(value.n or 0, language) if money else str(value.n or 0)
    return translate(hidden.lower).format(n=number) if value.status == "lower" else number


def short(
    value: Value | None, k: int, *, money: bool = False, hidden: Hidden = HIDDEN, language: str | None = None
) -> str:
    """The narrow form of a published value: '12', '<5', '≥37', '≥€ 3,50' or '–'."""
    if value is None:
        return hidden.absent
    if value.status == "suppressed":
        return hidden.short_suppressed.format(k=k)
    number = format_cents(value.n or 0, language) if money else str(value.n or 0)
    return hidden.short_lower.format(n=number) if value.status == "lower" else number


@dataclass(frozen=True)
class Measure:
    key: str
    """Machine name: CSV/JSON ``measure``, the JSON definitions' key."""
    title: str
    """Dutch title (N_): the tile, chart, sheet row and definition term, the same everywhere."""
    definition: str
    """What is counted, in Dutch (N_); every export carries it (rule 5)."""
    unit: str
    """What one counts, in Dutch (N_): 'gezinnen', 'bezoeken', 'euro'..."""
    kind: Kind
    chart: Chart
    order: int
    """Place in every list of measures (sections, sheets, charts, definitions)."""
    topic: str
    """The group it is shown in: an XLSX sheet (tiles stand on the overview)."""
    categories: tuple[str, ...] | Literal["data"] | None
    """None: only a total; a tuple: a fixed list, always in that order; DATA: from the data."""
    count: c.Rule
    """The counting rule over a shared scan (``checkin.stats.counting``)."""
    hidden: Hidden = HIDDEN
    adds_up: bool = True
    """Whether periods add up to the whole range (visits, drinks: yes; distinct families: no)."""
    together: Together = "added"
    """How the measure of all locations together follows from the locations' (``Together``)."""
    category_suffix: str = ""
    """How a bare category reads in a label: '{category} keer' makes '2-3' read '2-3 keer'."""
    drop_zeros: bool = False
    """An open list (villages): its empty categories are left out of a chart (and named)."""
    zero_note: str = N_("Niet voorgekomen: {names}.")
    """The screen's note naming the categories left out as zero (``drop_zeros``)."""
    time_order: bool = False
    """Categories are clock times or dates: shown in time order (also after a merge)."""
    definition_note: str = ""
    """Added to the definition in the readable formats (money is shown there in euros)."""
    category_names: tuple[tuple[str, str], ...] = ()
    """How a category that is a machine word reads (N_): ('pin', 'pin/QR-betaling'); others read as
    they are. The files (CSV, JSON) keep the machine word, so files in any language merge."""

    @property
    def counts_people(self) -> bool:
        return self.kind == "people"

    @property
    def per_family(self) -> bool:
        """Counts distinct families: over all locations of one database each family counts once."""
        return self.together != "added"

    @property
    def has_categories(self) -> bool:
        return self.categories is not None

    @property
    def money(self) -> bool:
        return self.unit == "euro"

    def number(self, n: int, language: str | None = None) -> str:
        """A published number as a reader reads it: '12', or '€ 3,50' for money (kept in cents)."""
        return format_cents(n, language) if self.money else str(n)

    def reader(
        self,
        value: Value | None,
        k: int,
        translate: Callable[[str], str] = _same,
        language: str | None = None,
    ) -> str:
        """'12', 'minder dan 5', 'ten minste 37', '€ 3,50' or '–': on screen and in every export.

        ``language`` formats money (None: the window's language; the exports pass Dutch)."""
        return reader(value, k, money=self.money, hidden=self.hidden, translate=translate, language=language)

    def short(self, value: Value | None, k: int, language: str | None = None) -> str:
        """The narrow form in a chart label or a table cell: '12', '<5', '≥37', '–'."""
        return short(value, k, money=self.money, hidden=self.hidden, language=language)

    def category_label(self, category: str, translate: Callable[[str], str] = _same) -> str:
        """A category as a row or bar label: 'Totaal', '2-3 keer', 'overig', 'pin/QR-betaling'
        (``translate``: the screen's or an export's language)."""
        if category == TOTAL:
            return translate(TOTAL_LABEL)
        if self.category_suffix and category[:1].isdigit():
            return translate(self.category_suffix).format(category=category)
        return translate(dict(self.category_names).get(category, category))

    @property
    def full_definition(self) -> str:
        return self.definition + self.definition_note

    def full_definition_in(self, translate: Callable[[str], str]) -> str:
        """The definition with its note for the readable formats, in ``translate``'s language."""
        return translate(self.definition) + (translate(self.definition_note) if self.definition_note else "")


TOTAL_LABEL = N_("Totaal")


def _add_total(field: str) -> Callable[[c.Tally, Any], None]:
    def add(tally: c.Tally, row: Any) -> None:
        tally[TOTAL] += getattr(row, field)

    return add


def _add_families(*, came_before: bool | None) -> Callable[[c.Tally, Any], None]:
    def add(tally: c.Tally, row: Any) -> None:
        if came_before is None or bool(row.came_before) == came_before:
            tally[TOTAL] += row.families

    return add


def _add_by(key: Callable[[Any], str], field: str) -> Callable[[c.Tally, Any], None]:
    def add(tally: c.Tally, row: Any) -> None:
        tally[key(row)] += getattr(row, field)

    return add


def _add_adults(tally: c.Tally, row: Any) -> None:
    if row.n:
        for role, column in zip(
            rules.ADULT_ROLES, ("mothers", "fathers", "grandparents", "others"), strict=True
        ):
            tally[role] += getattr(row, column)


def _add_morning(tally: c.Tally, row: Any) -> None:
    tally[str(row.morning_id)] += 1


def _add_day(tally: c.Tally, row: Any) -> None:
    tally[row.day] += row.n  # mornings without visits too (0)


OVERVIEW = N_("Overzicht")
VISITORS, REACH, BUSY, THEMES, DRINKS = (
    N_("Bezoekers"),
    N_("Bereik"),
    N_("Drukte"),
    N_("Thema's"),
    N_("Drankjes"),
)

_REGISTRY: dict[str, Measure] = {}


def register(measure: Measure) -> Measure:
    """Add ``measure`` (its key must be new); every screen and export shows it from now on."""
    if measure.key in _REGISTRY:
        raise ValueError(f"measure {measure.key!r} is registered already")
    if measure.count.scan not in c.SCANS:
        raise ValueError(f"measure {measure.key!r} reads an unknown scan {measure.count.scan!r}")
    _REGISTRY[measure.key] = measure
    return measure


def unregister(key: str) -> None:
    del _REGISTRY[key]


@contextmanager
def registered(measure: Measure) -> Iterator[Measure]:
    """``measure`` registered for the duration of a ``with`` block (tests)."""
    register(measure)
    try:
        yield measure
    finally:
        unregister(measure.key)


def measures() -> tuple[Measure, ...]:
    """Every measure, in order."""
    return tuple(sorted(_REGISTRY.values(), key=lambda m: (m.order, m.key)))


def get(key: str) -> Measure:
    return _REGISTRY[key]


def known(key: str) -> bool:
    return key in _REGISTRY


def tiles() -> tuple[Measure, ...]:
    return tuple(m for m in measures() if m.chart == "tile")


def charted() -> tuple[Measure, ...]:
    """The measures with a chart: those over time first (wide), then the others in order."""
    drawn = [m for m in measures() if m.chart not in ("tile", "none")]
    return tuple(sorted(drawn, key=lambda m: m.chart != "over_time"))


def topics() -> list[tuple[str, tuple[Measure, ...]]]:
    """The groups of breakdowns (XLSX sheets) in the order of their first measure."""
    groups: dict[str, list[Measure]] = {}
    for measure in measures():
        if measure.chart != "tile":
            groups.setdefault(measure.topic, []).append(measure)
    return [(title, tuple(group)) for title, group in groups.items()]


for _measure in (
    Measure(
        "mornings",
        N_("Ochtenden"),
        N_("Aantal ochtenden dat de ontmoetingsplek open was."),
        unit=N_("ochtenden"),
        kind="things",
        chart="tile",
        order=10,
        topic=OVERVIEW,
        categories=None,
        count=c.Rule("visits", _add_morning, c.distinct),
    ),
    Measure(
        "visits",
        N_("Bezoeken"),
        N_("Aantal keer dat een gezin is ingecheckt (een gezin telt één keer per ochtend)."),
        unit=N_("bezoeken"),
        kind="people",
        chart="tile",
        order=20,
        topic=OVERVIEW,
        categories=None,
        count=c.Rule("visits", c.visits_of_row(lambda row: TOTAL), c.total),
    ),
    Measure(
        "families",
        N_("Gezinnen"),
        N_("Aantal verschillende gezinnen dat in de periode kwam."),
        unit=N_("gezinnen"),
        kind="people",
        chart="tile",
        order=30,
        topic=OVERVIEW,
        categories=None,
        count=c.Rule("families", _add_families(came_before=None), c.total),
        adds_up=False,
        together="once",
    ),
    Measure(
        "new_families",
        N_("Nieuwe gezinnen"),
        N_("Gezinnen die in deze periode voor het eerst op deze plek kwamen."),
        unit=N_("gezinnen"),
        kind="people",
        chart="tile",
        order=40,
        topic=OVERVIEW,
        categories=None,
        count=c.Rule("families", _add_families(came_before=False), c.total),
        adds_up=False,
        together="recounted",
    ),
    Measure(
        "returning_families",
        N_("Terugkerende gezinnen"),
        N_("Gezinnen die in deze periode kwamen en er daarvoor ook al eens waren."),
        unit=N_("gezinnen"),
        kind="people",
        chart="tile",
        order=50,
        topic=OVERVIEW,
        categories=None,
        count=c.Rule("families", _add_families(came_before=True), c.total),
        adds_up=False,
        together="once",
    ),
    Measure(
        "lapsed_families",
        N_("Weggebleven gezinnen"),
        N_(
            "Gezinnen die in het jaar vóór de laatste 8 weken van de periode minstens twee keer "
            "kwamen, maar in die laatste 8 weken niet meer."
        ),
        unit=N_("gezinnen"),
        kind="people",
        chart="tile",
        order=60,
        topic=OVERVIEW,
        categories=None,
        count=c.Rule("lapsed", _add_total("n"), c.total),
        adds_up=False,
        together="recounted",
    ),
    Measure(
        "visits_per_family",
        N_("Bezoeken per gezin"),
        N_("Gezinnen naar het aantal keer dat ze in de periode kwamen: 1 keer, 2-3 keer, 4 keer of vaker."),
        unit=N_("gezinnen"),
        kind="people",
        chart="bars",
        order=70,
        topic=VISITORS,
        categories=c.VISIT_COUNT_BANDS,
        count=c.Rule(
            "families",
            _add_by(lambda row: c.visit_count_band(row.n), "families"),
            c.fixed(c.VISIT_COUNT_BANDS),
        ),
        adds_up=False,
        together="recounted",
        category_suffix=N_("{category} keer"),
    ),
    Measure(
        "adult_visits",
        N_("Volwassenen naar rol"),
        N_("Volwassenen die meekwamen, opgeteld over alle bezoeken, naar rol."),
        unit=N_("volwassenen"),
        kind="people",
        chart="bars",
        order=80,
        topic=VISITORS,
        categories=rules.ADULT_ROLES,
        count=c.Rule("visits", _add_adults, c.fixed(rules.ADULT_ROLES)),
        category_names=tuple(rules.ADULT_ROLE_LABELS.items()),
    ),
    Measure(
        "child_visits",
        N_("Kinderen naar leeftijd (jaren)"),
        N_(
            "Kinderen die meekwamen, opgeteld over alle bezoeken, naar leeftijd in jaren op de dag "
            "van het bezoek; 'verwacht' is een kind dat nog geboren moet worden, 'onbekend' komt "
            "uit een oude lijst zonder leeftijden."
        ),
        unit=N_("kinderen"),
        kind="people",
        chart="bars",
        order=90,
        topic=VISITORS,
        categories=ages.AGE_BANDS,
        count=c.Rule(
            "children",
            _add_by(lambda row: ages.age_band(row.months, known=bool(row.known)), "n"),
            c.fixed(ages.AGE_BANDS),
        ),
    ),
    Measure(
        "families_by_village",
        N_("Gezinnen per woonplaats"),
        N_("Verschillende gezinnen naar woonplaats; kleine groepen staan samen onder 'overig'."),
        unit=N_("gezinnen"),
        kind="people",
        chart="bars",
        order=100,
        topic=REACH,
        categories=DATA,
        count=c.Rule(
            "families",
            _add_by(lambda row: row.village or c.UNKNOWN, "families"),
            c.listed("village", last=(c.UNKNOWN,)),
        ),
        adds_up=False,
        together="once",
        drop_zeros=True,
        zero_note=N_("Geen gezinnen uit: {names}."),
    ),
    Measure(
        "families_by_referral",
        N_("Hoe hebben de gezinnen ons gevonden?"),
        N_("Verschillende gezinnen naar hoe ze de ontmoetingsplek gevonden hebben."),
        unit=N_("gezinnen"),
        kind="people",
        chart="bars",
        order=110,
        topic=REACH,
        categories=DATA,
        count=c.Rule(
            "families",
            _add_by(lambda row: row.referral or c.UNKNOWN, "families"),
            c.listed("referral", last=(c.UNKNOWN,)),
        ),
        adds_up=False,
        together="once",
        drop_zeros=True,
        zero_note=N_("Door niemand genoemd: {names}."),
    ),
    Measure(
        "arrivals",
        N_("Aankomst per half uur"),
        N_(
            "Bezoeken naar het half uur van aankomst (09:30 is van 09:30 tot 10:00); 'onbekend' "
            "voor bezoeken uit een oude lijst."
        ),
        unit=N_("bezoeken"),
        kind="people",
        chart="bars",
        order=120,
        topic=BUSY,
        categories=DATA,
        count=c.Rule(
            "visits",
            c.visits_of_row(lambda row: c.UNKNOWN if row.imported else c.half_hour(row.ten_minutes + "0")),
            c.found(last=(c.UNKNOWN,)),
        ),
        time_order=True,
    ),
    Measure(
        "mood",
        N_("Stemming bij vertrek"),
        N_("Bezoeken naar het gezichtje dat bij vertrek is aangetikt; 'niet ingevuld' als er geen was."),
        unit=N_("bezoeken"),
        kind="people",
        chart="bars",
        order=130,
        topic=BUSY,
        categories=rules.MOODS,
        count=c.Rule(
            "visits",
            c.visits_of_row(lambda row: row.mood or c.NO_MOOD),
            lambda tally, _context: c.with_total(c.ordered(tally, rules.MOODS, last=(c.NO_MOOD,))),
        ),
        category_names=tuple(rules.MOOD_LABELS.items()),
    ),
    Measure(
        "visits_by_morning",
        N_("Bezoeken per ochtend"),
        N_("Bezoeken per ochtend (datum); ochtenden met weinig bezoeken staan samen onder 'overig'."),
        unit=N_("bezoeken"),
        kind="people",
        chart="over_time",
        order=140,
        topic=BUSY,
        categories=DATA,
        count=c.Rule("visits", _add_day, c.as_seen, link=lambda row: (row.day, row.theme or c.NO_THEME)),
        time_order=True,
    ),
    Measure(
        "theme_visits",
        N_("Bezoeken per thema"),
        N_("Bezoeken op ochtenden met een thema, naar thema; 'geen thema' voor de andere ochtenden."),
        unit=N_("bezoeken"),
        kind="people",
        chart="bars",
        order=150,
        topic=THEMES,
        categories=DATA,
        count=c.Rule(
            "visits", c.visits_of_row(lambda row: row.theme or c.NO_THEME), c.found(last=(c.NO_THEME,))
        ),
        drop_zeros=True,
    ),
    Measure(
        "consumptions",
        N_("Drankjes"),
        N_("Verkochte of gratis gegeven drankjes, naar soort."),
        unit=N_("drankjes"),
        kind="things",
        chart="bars",
        order=160,
        topic=DRINKS,
        categories=DATA,
        count=c.Rule("drinks", _add_by(lambda row: row.kind, "quantity"), c.listed("consumption")),
    ),
    Measure(
        "revenue_cents",
        N_("Opbrengst drankjes"),
        N_(
            "Geld ontvangen voor drankjes in eurocent, naar betaalwijze; bij 'gratis' de waarde van "
            "de weggegeven drankjes."
        ),
        unit="euro",
        kind="things",
        chart="bars",
        order=170,
        topic=DRINKS,
        categories=rules.PAYMENT_KINDS,
        count=c.Rule("drinks", _add_by(lambda row: row.payment, "cents"), c.fixed(rules.PAYMENT_KINDS)),
        definition_note=N_(" Hier omgerekend naar euro."),
        category_names=tuple(rules.PAYMENT_LABELS.items()),
    ),
):
    register(_measure)
