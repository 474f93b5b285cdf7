"""How the measures are counted: a few shared scans of the period's data, one accumulator per measure.

A measure does not own a query. Its counting rule (``Rule``) names the shared *scan* it reads
and says what one row of that scan adds to its tally (``add``) and how the tally becomes the
measure's categories in reading order (``finish``). ``count_rows`` runs every scan that some
measure needs exactly once and feeds each row to every measure reading it, so adding a measure
over the visits adds a Python line per grouped row, not a scan of the visits.

The scans, each the fewest passes its table needs:

- ``visits``: the period's mornings with their visits, grouped per morning, arrival (ten minutes),
  mood and imported (one pass over the visits; a morning without visits is one row with ``n = 0``);
- ``families``: the period's families (one grouped pass over the visits, one index look-up per
  family for "came before");
- ``children``: the children of the period's visits, per age in months;
- ``drinks``: the drinks of the period's mornings;
- ``lapsed``: the families of the year before the period's last eight weeks (a different range).

The grouping into bands happens in Python (``ages.age_band``, ``half_hour``, ``visit_count_band``),
so every rule lives in one place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from checkin import ages, rules
from checkin.engines import SQLITE_WORDS, Words
from checkin.i18n import N_
from checkin.stats.model import TOTAL

UNKNOWN = ages.UNKNOWN
NO_THEME = N_("geen thema")
NO_MOOD = N_("niet ingevuld")
VISIT_COUNT_BANDS: tuple[str, ...] = ("1", "2-3", "4+")
VISITS_CAP = 4
"""Families are grouped by min(visits, VISITS_CAP) in SQL: the bands need no finer count."""


def visit_count_band(n: int) -> str:
    """The band of visits_per_family for a family that came ``n`` times (n >= 1)."""
    return "1" if n == 1 else "2-3" if n < VISITS_CAP else "4+"


def half_hour(hh_mm: str) -> str:
    """The arrivals category of a wall-clock time 'HH:MM': '09:40' -> '09:30'."""
    hours, minutes = hh_mm[:2], hh_mm[3:5]
    return f"{hours}:{'30' if minutes >= '30' else '00'}"


# --- the scans -------------------------------------------------------------------------------------

SCANS: dict[str, str] = {
    "visits": """
SELECT m.id AS morning_id, m.location_id AS location_id, {day} AS day, m.theme AS theme,
       {imported} AS imported,
       {ten_minutes} AS ten_minutes, v.mood AS mood, count(v.id) AS n,
       sum(v.mothers) AS mothers, sum(v.fathers) AS fathers, sum(v.grandparents) AS grandparents,
       sum(v.others) AS others
FROM morning m LEFT JOIN visit v ON v.morning_id = m.id
WHERE {where} GROUP BY m.id, v.imported, {ten_minutes}, v.mood ORDER BY m.day, m.id
""",
    "families": """
SELECT f.village AS village, f.referral AS referral, {capped} AS n,
       EXISTS (SELECT 1 FROM visit w JOIN morning e ON e.id = w.morning_id
               WHERE w.family_id = p.family_id AND e.day < :start{earlier_at_location}) AS came_before,
       count(*) AS families
FROM (SELECT v.family_id AS family_id, count(*) AS n
      FROM visit v JOIN morning m ON m.id = v.morning_id
      WHERE {where} GROUP BY v.family_id) AS p
JOIN family f ON f.id = p.family_id
GROUP BY 1, 2, 3, 4
""",
    "children": """
SELECT min(m.location_id) AS location_id, min({day}) AS day, {known} AS known, vc.age_months AS months,
       count(*) AS n
FROM visitchild vc JOIN visit v ON v.id = vc.visit_id JOIN morning m ON m.id = v.morning_id
WHERE {where} GROUP BY {by_morning}vc.age_known, vc.age_months
""",
    "lapsed": """
SELECT count(*) AS n FROM (
    SELECT v.family_id FROM visit v JOIN morning m ON m.id = v.morning_id
    WHERE m.day > :lapsed_from AND m.day <= :end{at_location}
    GROUP BY v.family_id
    HAVING sum(CASE WHEN m.day <= :cut THEN 1 ELSE 0 END) >= 2
       AND sum(CASE WHEN m.day > :cut THEN 1 ELSE 0 END) = 0
) AS lapsed_families
""",
    "drinks": """
SELECT min(m.location_id) AS location_id, min({day}) AS day, c.kind AS kind, c.payment AS payment,
       sum(c.quantity) AS quantity, sum(c.quantity * c.unit_price_cents) AS cents
FROM consumption c JOIN morning m ON m.id = c.morning_id
WHERE {where} GROUP BY {by_morning}c.kind, c.payment
""",
}
"""Each scan's SQL; ``{where}`` limits mornings to the place and period (parameters below); the
other fields are the words the engines spell differently (``checkin.engines.Words``). The per-morning
scans take a morning's place and day with min(): grouped by morning they are its own, and
PostgreSQL wants every column grouped or aggregated (SQLite took any row's)."""

PER_MORNING: tuple[str, ...] = ("visits", "children", "drinks")
"""Scans grouped per morning, whose rows carry ``location_id`` and ``day``: one run of such a scan
over a whole range and every location serves all its sections (``checkin.stats.measures``
splits the rows), so more periods or locations add no scan. The families of a period (distinct
per period) and the lapsed year (its own range) are scanned per section."""


@dataclass(frozen=True)
class Scope:
    """One location (None: all) and period: the parameters of every scan."""

    location_id: int | None
    start: date
    end: date
    by_morning: bool = False
    """Group the per-morning scans by morning too, so their rows can be split over sections."""
    words: Words = SQLITE_WORDS
    """The engine's SQL words (SQLite's by default)."""

    def where(self, alias: str = "m") -> str:
        return f"{alias}.day BETWEEN :start AND :end" + self.at_location(alias)

    def at_location(self, alias: str) -> str:
        return f" AND {alias}.location_id = :loc" if self.location_id is not None else ""

    @property
    def params(self) -> dict[str, Any]:
        cut = self.end - timedelta(weeks=rules.LAPSED_AFTER_WEEKS)
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "loc": self.location_id,
            "cut": cut.isoformat(),
            "lapsed_from": (cut - timedelta(days=rules.LAPSED_LOOKBACK_DAYS)).isoformat(),
            "visits_cap": VISITS_CAP,
        }

    def sql(self, scan: str) -> str:
        return SCANS[scan].format(
            where=self.where(),
            at_location=self.at_location("m"),
            earlier_at_location=self.at_location("e"),
            by_morning="m.id, " if self.by_morning else "",
            day=self.words.day_text("m.day"),
            imported=self.words.as_int("v.imported"),
            known=self.words.as_int("vc.age_known"),
            ten_minutes=self.words.ten_minutes("v.arrived_at"),
            capped=self.words.least("p.n", ":visits_cap"),
        )


# --- counting rules ---------------------------------------------------------------------------------

Tally = Counter[str]


class Context:
    """What a rule's ``finish`` may ask besides its tally: the app's lists (villages, drinks...)."""

    def __init__(self, list_values: Callable[[str], list[str]]) -> None:
        self._list_values = list_values
        self._lists: dict[str, list[str]] = {}

    def list_values(self, kind: str) -> list[str]:
        if kind not in self._lists:
            self._lists[kind] = self._list_values(kind)
        return self._lists[kind]


@dataclass(frozen=True)
class Rule:
    """How one measure is counted from one shared scan.

    ``add(tally, row)`` adds one row of ``scan`` (columns by name); ``finish(tally, context)``
    gives the categories in reading order with the ``TOTAL``. ``link(row)``, if given, names a
    public grouping of this measure's category (a morning's theme): ``(category, linked)``.
    """

    scan: str
    add: Callable[[Tally, Any], None]
    finish: Callable[[Tally, Context], dict[str, int]]
    link: Callable[[Any], tuple[str, str]] | None = None


def ordered(counts: Mapping[str, int], first: Sequence[str], *, last: Sequence[str] = ()) -> dict[str, int]:
    """``counts`` in the order: ``first`` (zeros too), others seen (sorted), then ``last`` if seen."""
    result = {value: counts.get(value, 0) for value in first if value not in last}
    for value in sorted(counts):
        if value not in result and value not in last and counts[value]:
            result[value] = counts[value]
    for value in last:
        if counts.get(value):
            result[value] = counts[value]
    return result


def with_total(cells: Mapping[str, int]) -> dict[str, int]:
    return {**cells, TOTAL: sum(cells.values())}


# Ready-made finishes.
def total(tally: Tally, _context: Context) -> dict[str, int]:
    """A measure without categories: the sum of its tally."""
    return {TOTAL: sum(tally.values())}


def distinct(tally: Tally, _context: Context) -> dict[str, int]:
    """The number of different keys seen (mornings)."""
    return {TOTAL: len(tally)}


def fixed(categories: Iterable[str]) -> Callable[[Tally, Context], dict[str, int]]:
    """A fixed list of categories, in that order, zeros included."""
    listed = tuple(categories)
    return lambda tally, _context: with_total({c: tally.get(c, 0) for c in listed})


def found(*, last: Sequence[str] = ()) -> Callable[[Tally, Context], dict[str, int]]:
    """The categories seen, sorted, ``last`` at the end."""
    return lambda tally, _context: with_total(ordered(tally, [], last=last))


def listed(kind: str, *, last: Sequence[str] = ()) -> Callable[[Tally, Context], dict[str, int]]:
    """The app's list ``kind`` (zeros too), then others seen, then ``last``."""
    return lambda tally, context: with_total(ordered(tally, context.list_values(kind), last=last))


def as_seen(tally: Tally, _context: Context) -> dict[str, int]:
    """The categories in the order the scan met them (mornings by date), zeros included."""
    return with_total(dict(tally))


def visits_of_row(key: Callable[[Any], str]) -> Callable[[Tally, Any], None]:
    """``add`` for a breakdown of visits: the row's visits under ``key(row)`` (rows with visits)."""

    def add(tally: Tally, row: Any) -> None:
        if row.n:
            tally[key(row)] += row.n

    return add


@dataclass
class Counted:
    """The true counts of every measure of one scope, and the public links between breakdowns."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    links: dict[str, dict[str, str]] = field(default_factory=dict)


def count_rows(
    measures: Sequence[tuple[str, Rule]],
    rows_of: Callable[[str], Iterable[Any]],
    context: Context,
) -> Counted:
    """Run each scan the ``measures`` need once, and every measure's rule over its rows."""
    tallies: dict[str, Tally] = {key: Counter() for key, _ in measures}
    links: dict[str, dict[str, str]] = {key: {} for key, rule in measures if rule.link is not None}
    by_scan: dict[str, list[tuple[str, Rule]]] = {}
    for key, rule in measures:
        by_scan.setdefault(rule.scan, []).append((key, rule))
    for scan, readers in by_scan.items():
        for row in rows_of(scan):
            for key, rule in readers:
                rule.add(tallies[key], row)
                if rule.link is not None:
                    category, linked = rule.link(row)
                    links[key][category] = linked
    counted = Counted()
    for key, rule in measures:
        counted.counts[key] = rule.finish(tallies[key], context)
    counted.links = links
    return counted
