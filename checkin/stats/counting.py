"""How the measures are counted: one pass over the visits of every section, one accumulator per measure.

A measure does not own a query. Its counting rule (``Rule``) names the shared *scan* it reads
and says what one row of that scan adds to its tally (``add``) and how the tally becomes the
measure's categories in reading order (``finish``). ``count_rows`` feeds each row of a scan to
every measure reading it, so adding a measure adds a Python line per grouped row, not a query.

The scans (the rows a rule sees):

- ``visits``: per morning, its visits grouped by imported, arrival (ten minutes) and mood, with
  ``n`` and the adults by role (a morning without visits is one row with ``n = 0``);
- ``families``: the section's families grouped by village, referral, visits (capped at
  ``VISITS_CAP``) and whether they came to the place before the period (``came_before``);
- ``children``: the section's children of its visits per age in months (``known`` False: an age
  from an old list without ages);
- ``drinks``: per morning, the drinks by kind and payment;
- ``lapsed``: the number of families of the year before the period's last eight weeks who stayed
  away in those weeks.

``Pass`` reads all of them for every section of a report (all periods and locations) in a fixed
number of statements, whatever the number of measures or periods: one pass over the mornings up
to the end of the range that reads, per morning, its visits grouped (``visits``), its families'
ids (``families``, ``lapsed``; also of every earlier morning, which tells who came before), its
children grouped (``children``) and its drinks grouped (``drinks``); then one look-up of the
families seen (village, referral). A morning's part comes from what is kept of it in the database
(``checkin.services.kept_figures``), so a report over years reads a row per morning, not every visit; a
morning whose kept row is missing or out of date is computed from its visits in the same
statement. Each section's rows are then cut from the pass in Python. The statements are written
once for both engines: what they spell differently (SQLite's json_group_array and group_concat,
PostgreSQL's json_agg and string_agg, a day as text, a boolean as 0 or 1) comes from
``checkin.engines.Words``, so a day is 'YYYY-MM-DD' text and a flag 0 or 1 on either engine.

The grouping into bands happens in Python (``ages.age_band``, ``half_hour``, ``visit_count_band``),
so every rule lives in one place.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.engine import Connection

from checkin import ages, engines, rules
from checkin.engines import Words
from checkin.i18n import N_
from checkin.services import kept_figures as summary
from checkin.stats.model import TOTAL

UNKNOWN = ages.UNKNOWN
NO_THEME = N_("geen thema")
NO_MOOD = N_("niet ingevuld")
VISIT_COUNT_BANDS: tuple[str, ...] = ("1", "2-3", "4+")
VISITS_CAP = 4
"""Families are grouped by min(visits, VISITS_CAP): the bands need no finer count."""


def visit_count_band(n: int) -> str:
    """The band of visits_per_family for a family that came ``n`` times (n >= 1)."""
    return "1" if n == 1 else "2-3" if n < VISITS_CAP else "4+"


def half_hour(hh_mm: str) -> str:
    """The arrivals category of a wall-clock time 'HH:MM': '09:40' -> '09:30'."""
    hours, minutes = hh_mm[:2], hh_mm[3:5]
    return f"{hours}:{'30' if minutes >= '30' else '00'}"


# --- the scans' rows ---------------------------------------------------------------------------------


class VisitsRow(NamedTuple):
    morning_id: int
    location_id: int
    day: str
    theme: str
    imported: int | None
    ten_minutes: str | None
    mood: str | None
    n: int
    mothers: int | None
    fathers: int | None
    grandparents: int | None
    others: int | None


class FamiliesRow(NamedTuple):
    village: str | None
    referral: str | None
    n: int
    came_before: int
    families: int


class ChildrenRow(NamedTuple):
    known: int
    months: int | None
    n: int


class DrinksRow(NamedTuple):
    location_id: int
    day: str
    kind: str
    payment: str
    quantity: int
    cents: int


class LapsedRow(NamedTuple):
    n: int


SCANS: dict[str, type] = {
    "visits": VisitsRow,
    "families": FamiliesRow,
    "children": ChildrenRow,
    "lapsed": LapsedRow,
    "drinks": DrinksRow,
}
"""Each scan and the shape of its rows (columns by name)."""

# --- the statements ----------------------------------------------------------------------------------

MORNINGS_SQL = """
SELECT m.id AS morning_id, m.location_id AS location_id, {day} AS day, m.theme AS theme,
       {columns}
FROM morning m LEFT JOIN morningfigures f ON f.morning_id = m.id
WHERE {where}
ORDER BY m.day, m.id
"""
"""The one pass: per morning of the range (in date order), its visits grouped, its families' ids,
its children grouped and its drinks grouped (``checkin.services.kept_figures.columns``). They come from
the morning's kept row, or from its own visits where that row is missing or out of date (``kept``
0: the pass then keeps it again)."""
RANGE_WHERE = "m.day BETWEEN :start AND :end"
EVERY_EARLIER_WHERE = "m.day <= :end"

FAMILIES_SQL = """
SELECT f.id AS family_id, f.village AS village, f.referral AS referral
FROM {ids} JOIN family f ON f.id = {id}
"""
"""The village and referral of the families seen in the pass (a JSON list of [id])."""


def _words(words: Words) -> dict[str, str]:
    """The fields of the statements above in the engine's words (``checkin.engines.Words``)."""
    return {
        "day": words.day_text("m.day"),
        "ids": words.json_items(":ids", "j"),
        "id": words.json_int("j.value", 0),
    }


def _lapsed_range(end: date) -> tuple[str, str]:
    """(lapsed_from, cut): the lapsed families came twice in (lapsed_from, cut], not in (cut, end]."""
    cut = end - timedelta(weeks=rules.LAPSED_AFTER_WEEKS)
    return (cut - timedelta(days=rules.LAPSED_LOOKBACK_DAYS)).isoformat(), cut.isoformat()


def _child(number: int) -> tuple[int, int | None]:
    """(age_known, age_months) of a child's number (``checkin.services.kept_figures``: ``children``)."""
    known = number % 2
    half = (number - known) // 2
    return known, None if half == 0 else half - 1


def _null_first(value: str | None) -> tuple[bool, str]:
    """Sort key of a text column as SQLite orders it (NULL first, then by code point)."""
    return (value is not None, value or "")


@dataclass
class _Morning:
    id: int
    location_id: int
    day: str
    theme: str
    visits: list[VisitsRow]
    families: Sequence[int]
    children: list[list[int]]
    """[number, children] per age (``_child``)."""


@dataclass
class _Place:
    """The mornings of one location (or all: None) in date order, and what came before a section."""

    mornings: list[_Morning] = field(default_factory=list)
    days: list[str] = field(default_factory=list)
    seen_upto: int = 0
    seen: set[int] = field(default_factory=set)


class Pass:
    """Every scan the registered measures read, for every section of a range, in a few statements.

    ``location_id`` is one location or None for "everywhere" (a section of all locations
    together); ``by_location`` splits the pass per location (a report over every location), and
    ``together`` then also keeps every location together (asked with ``rows(None, ...)``: a family
    at two places is one family there, and new only if it came to none of them before).
    ``periods`` are the sections' periods, in date order; their rows are then asked with ``rows``.
    """

    def __init__(
        self,
        connection: Connection,
        scans: Iterable[str],
        *,
        location_id: int | None,
        by_location: bool,
        periods: Sequence[tuple[date, date]],
        together: bool = False,
    ) -> None:
        self.scans = frozenset(scans)
        self.by_location = by_location
        self.together = together and by_location
        self.location_id = location_id
        counted_from, end = periods[0][0].isoformat(), periods[-1][1]
        pass_start = counted_from
        if "lapsed" in self.scans:
            pass_start = min(pass_start, _lapsed_range(periods[0][1])[0])
        where = RANGE_WHERE
        if "families" in self.scans:  # every earlier morning too: who came before (kept rows, small)
            pass_start, where = "", EVERY_EARLIER_WHERE
        where += " AND m.location_id = :loc" if location_id is not None else ""
        params = {"start": pass_start, "end": end.isoformat(), "loc": location_id}
        self.counted_from = counted_from
        self.words = _words(engines.words(connection))
        self._places: dict[int | None, _Place] = {}
        self._drinks: dict[int | None, list[DrinksRow]] = {}
        self._drink_days: dict[int | None, list[str]] = {}
        self.stored = 0
        """How many mornings' kept rows the pass itself found out of date (changed since the filling,
        or not filled: then computed from their visits and stored again if it could)."""
        self.filled = 0
        """How many mornings' kept rows were missing or out of date and kept first (``summary.fill``)."""
        if self.scans & {"visits", "families", "lapsed", "children", "drinks"}:
            # The missing rows first, in short statements (the first report over years, or after a
            # move or an import, would otherwise compute every visit in one statement: beyond the
            # server's statement timeout for a programme's years); then the pass reads kept rows.
            self.filled = summary.fill(connection, where, params)
            sql = MORNINGS_SQL.format(
                columns=summary.columns(engines.words(connection)), where=where, day=self.words["day"]
            )
            out_of_date: list[dict[str, Any]] = []
            for row in connection.execute(text(sql), params).fetchall():
                families = self._add_morning(row)
                if not row.kept:
                    out_of_date.append(
                        summary.kept(
                            row.morning_id, row.version, row.visits, families, row.children, row.drinks
                        )
                    )
            self.stored = len(out_of_date)
            summary.write_beside(connection, out_of_date)
        self.pass_start = pass_start
        self._families: dict[int, tuple[str | None, str | None]] = {}
        self._visits_per_family: dict[tuple[int | None, str, str], Counter[int]] = {}
        if "families" in self.scans:
            for place_id, place in self._places.items():
                for period_start, period_end in periods:
                    first, last = period_start.isoformat(), period_end.isoformat()
                    lo, hi = bisect_left(place.days, first), bisect_right(place.days, last)
                    counts: Counter[int] = Counter()
                    for morning in place.mornings[lo:hi]:
                        counts.update(morning.families)
                    self._visits_per_family[(place_id, first, last)] = counts
            self._look_up_families(connection)
        for key, found in self._drinks.items():
            self._drink_days[key] = [row.day for row in found]

    def _place(self, location_id: int | None) -> _Place:
        return self._places.setdefault(location_id, _Place())

    def _add_morning(self, row: Any) -> Sequence[int]:
        """Add the morning ``row`` of the pass; returns its family ids."""
        visits: list[VisitsRow] = []
        children: list[list[int]] = []
        key = row.location_id if self.by_location else self.location_id
        if row.day >= self.counted_from:  # before it, a morning only tells its families (lapsed)
            if row.visits is not None:
                groups = json.loads(row.visits)
                if groups:
                    groups.sort(key=lambda g: (g[0], g[1], _null_first(g[2])))
                    visits = [
                        VisitsRow(row.morning_id, row.location_id, row.day, row.theme, *g) for g in groups
                    ]
                else:
                    none = (None, None, None, 0, None, None, None, None)
                    visits = [VisitsRow(row.morning_id, row.location_id, row.day, row.theme, *none)]
            children = json.loads(row.children)
            if row.drinks is not None:
                drinks = sorted(json.loads(row.drinks), key=lambda d: (d[0], d[1]))
                if drinks:
                    found = [DrinksRow(row.location_id, row.day, *drink) for drink in drinks]
                    self._drinks.setdefault(key, []).extend(found)
                    if self.together:
                        self._drinks.setdefault(None, []).extend(found)
        if row.kept:
            families: Sequence[int] = summary.unpack(row.kept_families)
        else:
            families = summary.split_ids(row.live_families)
        morning = _Morning(row.morning_id, row.location_id, row.day, row.theme, visits, families, children)
        for place in (self._place(key), self._place(None)) if self.together else (self._place(key),):
            place.mornings.append(morning)
            place.days.append(row.day)
        return families

    def _look_up_families(self, connection: Connection) -> None:
        seen: set[int] = set()
        for counts in self._visits_per_family.values():
            seen.update(counts)
        if not seen:
            return
        ids = "[" + ",".join(f"[{family}]" for family in sorted(seen)) + "]"
        found = connection.execute(text(FAMILIES_SQL.format(**self.words)), {"ids": ids})
        for family, village, referral in found.fetchall():
            self._families[family] = (village, referral)

    # --- one section ---------------------------------------------------------------------------

    def rows(self, location_id: int | None, start: date, end: date) -> Callable[[str], Iterable[Any]]:
        """``rows_of(scan)`` for one section: the location (or None with ``by_location`` False)."""
        key = location_id if self.by_location else self.location_id
        place = self._places.get(key, _Place())
        first, last = start.isoformat(), end.isoformat()
        lo, hi = bisect_left(place.days, first), bisect_right(place.days, last)
        mornings = place.mornings[lo:hi]

        def rows_of(scan: str) -> Iterable[Any]:
            if scan == "visits":
                return chain.from_iterable(m.visits for m in mornings)
            if scan == "children":
                return self._children_rows(mornings)
            if scan == "drinks":
                days = self._drink_days.get(key, [])
                found = self._drinks.get(key, [])
                return found[bisect_left(days, first) : bisect_right(days, last)]
            if scan == "families":
                visits = self._visits_per_family.get((key, first, last), Counter())
                return self._families_rows(key, place, lo, visits)
            if scan == "lapsed":
                return self._lapsed_rows(place, end)
            raise KeyError(scan)

        return rows_of

    def _families_rows(
        self, key: int | None, place: _Place, lo: int, visits: Counter[int]
    ) -> list[FamiliesRow]:
        if lo < place.seen_upto:  # an earlier section than the last one asked: count again
            place.seen_upto, place.seen = 0, set()
        for morning in place.mornings[place.seen_upto : lo]:
            place.seen.update(morning.families)
        place.seen_upto = lo
        groups: Counter[tuple[str | None, str | None, int, int]] = Counter()
        attributes, seen = self._families, place.seen
        for family, n in visits.items():
            if family not in attributes:  # no family row (as the join of the SQL: not counted)
                continue
            village, referral = attributes[family]
            came_before = 1 if family in seen else 0
            groups[(village, referral, min(n, VISITS_CAP), came_before)] += 1
        ordered_groups = sorted(
            groups.items(), key=lambda g: (_null_first(g[0][0]), _null_first(g[0][1]), g[0][2:])
        )
        return [FamiliesRow(*group, families) for group, families in ordered_groups]

    @staticmethod
    def _children_rows(mornings: list[_Morning]) -> list[ChildrenRow]:
        counts: Counter[int] = Counter()
        for morning in mornings:
            for number, n in morning.children:
                counts[number] += n
        ages = sorted(
            ((*_child(code), n) for code, n in counts.items()),
            key=lambda a: (a[0], a[1] is not None, a[1] or 0),
        )
        return [ChildrenRow(*age) for age in ages]

    def _lapsed_rows(self, place: _Place, end: date) -> list[LapsedRow]:
        lapsed_from, cut = _lapsed_range(end)
        days = place.days
        lo, mid, hi = (
            bisect_right(days, lapsed_from),
            bisect_right(days, cut),
            bisect_right(days, end.isoformat()),
        )
        before: Counter[int] = Counter()
        for morning in place.mornings[lo:mid]:
            before.update(morning.families)
        since: set[int] = set()
        for morning in place.mornings[mid:hi]:
            since.update(morning.families)
        return [LapsedRow(sum(1 for family, n in before.items() if n >= 2 and family not in since))]


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
