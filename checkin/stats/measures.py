"""The figures of one location (or all) over a period: the registry's measures, counted and protected.

``count_section`` gives the true counts of one location and period (``RawSection``, never
published); ``build_report`` splits a range into months, quarters or years, counts each location
and period, and applies the anonymity rules (``checkin.stats.anonymity``) before anything leaves
this module. The measures and their counting rules are declared in ``checkin.stats.registry``;
the shared scans they read are in ``checkin.stats.counting``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from checkin import engines
from checkin.engines import SQLITE_WORDS, Words
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import ListItem, Location
from checkin.rules import check_k
from checkin.settings import load_settings
from checkin.stats import registry
from checkin.stats.anonymity import combine, protect
from checkin.stats.counting import NO_MOOD as NO_MOOD  # re-exported: the words of the categories
from checkin.stats.counting import NO_THEME as NO_THEME
from checkin.stats.counting import PER_MORNING, Context, Scope, count_rows
from checkin.stats.counting import UNKNOWN as UNKNOWN
from checkin.stats.counting import VISIT_COUNT_BANDS as VISIT_COUNT_BANDS
from checkin.stats.counting import half_hour as half_hour
from checkin.stats.counting import visit_count_band as visit_count_band
from checkin.stats.model import RawSection, Report, Section

PERIOD_KINDS: tuple[str, ...] = ("month", "quarter", "year")
MAX_RANGE_DAYS = 366 * 25


# --- periods ---------------------------------------------------------------------------------------


def _next_start(day: date, by: str) -> date:
    if by == "year":
        return date(day.year + 1, 1, 1)
    step = 3 if by == "quarter" else 1
    first_month = day.month - (day.month - 1) % step
    month = first_month + step
    return date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def split_periods(start: date, end: date, by: str | None) -> list[tuple[date, date]]:
    """The range ``start``..``end`` (both included) cut at calendar months, quarters or years."""
    if end < start:
        raise Rejected(N_("De einddatum ligt voor de begindatum."))
    if (end - start).days > MAX_RANGE_DAYS:
        raise Rejected(N_("Kies een periode van hoogstens 25 jaar."))
    if by is None:
        return [(start, end)]
    if by not in PERIOD_KINDS:
        raise Rejected(N_("Onbekende indeling '{by}'; kies uit month, quarter of year."), by=by)
    periods = []
    current = start
    while current <= end:
        following = _next_start(current, by)
        periods.append((current, min(end, following - timedelta(days=1))))
        current = following
    return periods


# --- counting --------------------------------------------------------------------------------------


def statements(
    *, location_id: int | None, start: date, end: date, words: Words = SQLITE_WORDS
) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each scan that the registered measures need, as plain SQL with its parameters.

    The benchmark runs them raw; ``count_section`` runs exactly these, once each. ``words``: the
    engine's (``checkin.engines.words``), SQLite's by default.
    """
    scope = Scope(location_id, start, end, words=words)
    needed = dict.fromkeys(measure.count.scan for measure in registry.measures())
    return {scan: (scope.sql(scan), scope.params) for scan in needed}


def _list_values(session: Session, kind: str) -> list[str]:
    items = session.exec(
        select(ListItem).where(ListItem.kind == kind).order_by(col(ListItem.position), col(ListItem.id))
    )
    return [item.value for item in items if item.active]


def count_section(
    session: Session,
    *,
    location_id: int | None,
    location: str,
    start: date,
    end: date,
    fetched: Mapping[str, Sequence[Any]] | None = None,
) -> RawSection:
    """The true counts of every registered measure for one location (or all: None) and one period.

    Each shared scan runs once; every measure's counting rule reads the rows of its scan.
    ``fetched`` holds rows of scans already run for several sections at once (``build_report``).
    """
    connection = session.connection()
    sql = statements(location_id=location_id, start=start, end=end, words=engines.words(connection))

    def rows(scan: str) -> Any:
        if fetched is not None and scan in fetched:
            return fetched[scan]
        return connection.execute(text(sql[scan][0]), sql[scan][1])

    counted = count_rows(
        [(measure.key, measure.count) for measure in registry.measures()],
        rows,
        Context(lambda kind: _list_values(session, kind)),
    )
    links = counted.links if location_id is not None else {}
    return RawSection(
        location=location, period_start=start, period_end=end, counts=counted.counts, links=links
    )


def _fetch_per_morning(
    session: Session, periods: list[tuple[date, date]], *, location_id: int | None, several: bool
) -> dict[tuple[int, int], dict[str, list[Any]]] | None:
    """The per-morning scans of every section, each run once over the whole range and locations.

    Returns rows by (location id, period index) and scan; None when there is only one section
    (its own scans are as fast). The rows keep their order (by day), so every section's counts
    are those of its own scans.
    """
    needed = {measure.count.scan for measure in registry.measures()}
    scans = [scan for scan in PER_MORNING if scan in needed]
    if not scans or (len(periods) == 1 and not several):
        return None
    connection = session.connection()
    scope = Scope(
        location_id, periods[0][0], periods[-1][1], by_morning=True, words=engines.words(connection)
    )
    starts = [period_start.isoformat() for period_start, _ in periods]
    fetched: dict[tuple[int, int], dict[str, list[Any]]] = {}
    for scan in scans:
        for row in connection.execute(text(scope.sql(scan)), scope.params):
            key = (row.location_id, bisect_right(starts, row.day) - 1)
            fetched.setdefault(key, {name: [] for name in scans})[scan].append(row)
    empty: dict[str, list[Any]] = {name: [] for name in scans}
    return defaultdict(lambda: empty, fetched)


def build_report(
    session: Session,
    *,
    start: date,
    end: date,
    by: str | None = None,
    location_id: int | None = None,
    k: int | None = None,
) -> Report:
    """The anonymous overview of one location (or all) over ``start``..``end``, split ``by`` period.

    With several locations the report holds each location's sections and, per period, an
    "Alle locaties" section added up from their published figures (as a merge would).
    """
    k = check_k(load_settings(session).min_count if k is None else k)
    periods = split_periods(start, end, by)
    if location_id is not None:
        location = session.get(Location, location_id)
        if location is None:
            raise Rejected(N_("Deze ontmoetingsplek bestaat niet."))
        locations = [location]
    else:
        locations = list(session.exec(select(Location).order_by(col(Location.name))))
        if not locations:
            raise Rejected(N_("Er is nog geen ontmoetingsplek; er zijn dus nog geen cijfers."))
    fetched = _fetch_per_morning(session, periods, location_id=location_id, several=len(locations) > 1)
    sections: list[Section] = []
    for index, (period_start, period_end) in enumerate(periods):
        own = [
            protect(
                count_section(
                    session,
                    location_id=loc.id,
                    location=loc.name,
                    start=period_start,
                    end=period_end,
                    fetched=None if fetched is None else fetched[(loc.id or 0, index)],
                ),
                k,
            )
            for loc in locations
        ]
        sections.extend(own)
        if len(own) > 1:
            sections.append(combine(own))
    return Report(
        k=k,
        period_start=start,
        period_end=end,
        locations=[loc.name for loc in locations],
        sections=sections,
    )
