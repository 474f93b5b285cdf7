"""The figures of one location (or all) over a period: the registry's measures, counted and protected.

``count_section`` gives the true counts of one location and period (``RawSection``, never
published); ``build_report`` splits a range into months, quarters or years, counts each location
and period, and applies the anonymity rules (``checkin.stats.anonymity``) before anything leaves
this module. The measures and their counting rules are declared in ``checkin.stats.registry``;
the shared scans they read are in ``checkin.stats.counting``.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, col, select

from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import ListItem, Location
from checkin.rules import check_k
from checkin.settings import load_settings
from checkin.stats import registry
from checkin.stats.anonymity import counted_once, protect
from checkin.stats.counting import NO_MOOD as NO_MOOD  # re-exported: the words of the categories
from checkin.stats.counting import NO_THEME as NO_THEME
from checkin.stats.counting import UNKNOWN as UNKNOWN
from checkin.stats.counting import VISIT_COUNT_BANDS as VISIT_COUNT_BANDS
from checkin.stats.counting import Context, Pass, count_rows
from checkin.stats.counting import half_hour as half_hour
from checkin.stats.counting import visit_count_band as visit_count_band
from checkin.stats.model import ALL_LOCATIONS, RawSection, Report, Section

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


def scans_needed() -> list[str]:
    """The shared scans that the registered measures read, in the order of the measures."""
    return list(dict.fromkeys(measure.count.scan for measure in registry.measures()))


def _list_values(session: Session, kind: str) -> list[str]:
    items = session.exec(
        select(ListItem).where(ListItem.kind == kind).order_by(col(ListItem.position), col(ListItem.id))
    )
    return [item.value for item in items if item.active]


def _count(
    read: Pass,
    context: Context,
    *,
    location_id: int | None,
    location: str,
    start: date,
    end: date,
    per_family: bool = False,
) -> RawSection:
    counted = count_rows(
        [
            (measure.key, measure.count)
            for measure in registry.measures()
            if measure.per_family or not per_family
        ],
        read.rows(location_id, start, end),
        context,
    )
    links = counted.links if location_id is not None else {}
    return RawSection(
        location=location, period_start=start, period_end=end, counts=counted.counts, links=links
    )


def count_section(
    session: Session,
    *,
    location_id: int | None,
    location: str,
    start: date,
    end: date,
) -> RawSection:
    """The true counts of every registered measure for one location (or all: None) and one period.

    The shared scans are read in one ``Pass``; every measure's counting rule reads the rows of its
    scan. ``build_report`` reads one pass for all its sections instead.
    """
    read = Pass(
        session.connection(),
        scans_needed(),
        location_id=location_id,
        by_location=False,
        periods=[(start, end)],
    )
    context = Context(lambda kind: _list_values(session, kind))
    return _count(read, context, location_id=location_id, location=location, start=start, end=end)


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
    "Alle locaties" section: one database is one family register, so its measures of families
    are counted over all the locations together (a family at two places is one family), and the
    others added up from the locations' published figures, under the anonymity rules
    (``anonymity.counted_once``; ``notes.all_locations`` says so in every export).
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
    read = Pass(
        session.connection(),
        scans_needed(),
        location_id=location_id,
        by_location=True,
        periods=periods,
        together=len(locations) > 1,
    )
    context = Context(lambda kind: _list_values(session, kind))
    sections: list[Section] = []
    for period_start, period_end in periods:
        own = [
            protect(
                _count(
                    read,
                    context,
                    location_id=loc.id,
                    location=loc.name,
                    start=period_start,
                    end=period_end,
                ),
                k,
            )
            for loc in locations
        ]
        sections.extend(own)
        if len(own) > 1:
            everywhere = _count(
                read,
                context,
                location_id=None,
                location=ALL_LOCATIONS,
                start=period_start,
                end=period_end,
                per_family=True,
            )
            sections.append(counted_once(own, everywhere, k))
    return Report(
        k=k,
        period_start=start,
        period_end=end,
        locations=[loc.name for loc in locations],
        sections=sections,
    )
