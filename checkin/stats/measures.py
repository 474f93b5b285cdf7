"""The measures of statistics.md, counted in SQL: one definition each, for one location or all.

``count_section`` gives the true counts of one location and period (``RawSection``, never
published); ``build_report`` splits a range into months, quarters or years, counts each location
and period, and applies the anonymity rules (``checkin.stats.anonymity``) before anything leaves
this module. The Dutch definitions that every export carries are in ``checkin.stats.model``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from checkin import ages, rules
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import ListItem, Location
from checkin.settings import load_settings
from checkin.stats.anonymity import check_k, combine, protect
from checkin.stats.model import TOTAL, RawSection, Report, Section

PERIOD_KINDS: tuple[str, ...] = ("month", "quarter", "year")
MAX_RANGE_DAYS = 366 * 25
UNKNOWN = ages.UNKNOWN
NO_THEME = N_("geen thema")
NO_MOOD = N_("niet ingevuld")
VISIT_COUNT_BANDS: tuple[str, ...] = ("1", "2-3", "4+")


def visit_count_band(n: int) -> str:
    """The band of visits_per_family for a family that came ``n`` times (n >= 1)."""
    return "1" if n == 1 else "2-3" if n <= 3 else "4+"


def half_hour(hh_mm: str) -> str:
    """The arrivals category of a wall-clock time 'HH:MM': '09:40' -> '09:30'."""
    hours, minutes = hh_mm[:2], hh_mm[3:5]
    return f"{hours}:{'30' if minutes >= '30' else '00'}"


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


@dataclass(frozen=True)
class _Scope:
    location_id: int | None
    start: date
    end: date

    def where(self, alias: str = "m") -> str:
        """SQL condition on the morning table ``alias`` (parameters :start, :end, :loc)."""
        condition = f"{alias}.day BETWEEN :start AND :end"
        if self.location_id is not None:
            condition += f" AND {alias}.location_id = :loc"
        return condition

    @property
    def params(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "loc": self.location_id}


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    return list(session.connection().execute(text(sql), params))


def _list_values(session: Session, kind: str) -> list[str]:
    items = session.exec(
        select(ListItem).where(ListItem.kind == kind).order_by(col(ListItem.position), col(ListItem.id))
    )
    return [item.value for item in items if item.active]


def _ordered(counts: Counter[str], first: list[str], *, last: tuple[str, ...] = ()) -> dict[str, int]:
    """``counts`` in the order: the list's values (zeros too), others seen, then ``last`` if seen."""
    ordered = {value: counts.get(value, 0) for value in first if value not in last}
    for value in sorted(counts):
        if value not in ordered and value not in last and counts[value]:
            ordered[value] = counts[value]
    for value in last:
        if counts.get(value):
            ordered[value] = counts[value]
    return ordered


def _with_total(cells: dict[str, int]) -> dict[str, int]:
    return {**cells, TOTAL: sum(cells.values())}


def count_section(
    session: Session, *, location_id: int | None, location: str, start: date, end: date
) -> RawSection:
    """The true counts of every measure for one location (or all: None) and one period."""
    scope = _Scope(location_id, start, end)
    where, params = scope.where(), scope.params
    visits_in = f"visit v JOIN morning m ON m.id = v.morning_id WHERE {where}"
    counts: dict[str, dict[str, int]] = {}

    mornings = _rows(
        session,
        f"SELECT m.day, count(v.id) FROM morning m LEFT JOIN visit v ON v.morning_id = m.id WHERE {where} GROUP BY m.day ORDER BY m.day",
        params,
    )
    counts["mornings"] = {
        TOTAL: _rows(session, f"SELECT count(*) FROM morning m WHERE {where}", params)[0][0]
    }
    visits = sum(n for _, n in mornings)
    counts["visits"] = {TOTAL: visits}

    # Family-level measures: one row per family that came up to the end of the period, over its
    # whole history at this location (for new, returning and lapsed families).
    cut = (end - timedelta(weeks=rules.LAPSED_AFTER_WEEKS)).isoformat()
    history_where = "m.day <= :end" + (" AND m.location_id = :loc" if location_id is not None else "")
    families = _rows(
        session,
        f"""
        SELECT f.village, f.referral, h.first_day, h.in_period, h.before_cut, h.after_cut
        FROM (
            SELECT v.family_id AS family_id, min(m.day) AS first_day,
                   sum(m.day >= :start) AS in_period,
                   sum(m.day <= :cut) AS before_cut, sum(m.day > :cut) AS after_cut
            FROM visit v JOIN morning m ON m.id = v.morning_id
            WHERE {history_where}
            GROUP BY v.family_id
        ) AS h JOIN family f ON f.id = h.family_id
        """,
        {**params, "cut": cut},
    )
    came = [row for row in families if row.in_period]
    counts["families"] = {TOTAL: len(came)}
    counts["new_families"] = {TOTAL: sum(1 for row in came if row.first_day >= params["start"])}
    counts["returning_families"] = {TOTAL: sum(1 for row in came if row.first_day < params["start"])}
    bands = Counter(visit_count_band(row.in_period) for row in came)
    counts["visits_per_family"] = _with_total({band: bands.get(band, 0) for band in VISIT_COUNT_BANDS})

    adults = _rows(
        session,
        f"SELECT coalesce(sum(v.mothers), 0), coalesce(sum(v.fathers), 0), coalesce(sum(v.grandparents), 0), coalesce(sum(v.others), 0) FROM {visits_in}",
        params,
    )[0]
    counts["adult_visits"] = _with_total(dict(zip(rules.ADULT_ROLES, (int(n) for n in adults), strict=True)))

    children: Counter[str] = Counter()
    for known, months, n in _rows(
        session,
        f"SELECT vc.age_known, vc.age_months, count(*) FROM visitchild vc JOIN visit v ON v.id = vc.visit_id "
        f"JOIN morning m ON m.id = v.morning_id WHERE {where} GROUP BY vc.age_known, vc.age_months",
        params,
    ):
        children[ages.age_band(months, known=bool(known))] += n
    counts["child_visits"] = _with_total({band: children.get(band, 0) for band in ages.AGE_BANDS})

    villages = Counter(row.village or UNKNOWN for row in came)
    counts["families_by_village"] = _with_total(
        _ordered(villages, _list_values(session, "village"), last=(UNKNOWN,))
    )
    referrals = Counter(row.referral or UNKNOWN for row in came)
    counts["families_by_referral"] = _with_total(
        _ordered(referrals, _list_values(session, "referral"), last=(UNKNOWN,))
    )

    arrivals: Counter[str] = Counter()
    for imported, clock, n in _rows(
        session,
        f"SELECT v.imported, substr(v.arrived_at, 12, 5) AS clock, count(*) FROM {visits_in} GROUP BY v.imported, clock",
        params,
    ):
        arrivals[UNKNOWN if imported else half_hour(clock)] += n
    counts["arrivals"] = _with_total(_ordered(arrivals, [], last=(UNKNOWN,)))

    themes = Counter(
        {
            (theme or NO_THEME): n
            for theme, n in _rows(
                session,
                f"SELECT m.theme, count(v.id) FROM morning m LEFT JOIN visit v ON v.morning_id = m.id WHERE {where} GROUP BY m.theme",
                params,
            )
        }
    )
    counts["theme_visits"] = _with_total(_ordered(themes, [], last=(NO_THEME,)) if themes else {})

    drinks: Counter[str] = Counter()
    money: Counter[str] = Counter()
    for kind, payment, quantity, cents in _rows(
        session,
        f"SELECT c.kind, c.payment, sum(c.quantity), sum(c.quantity * c.unit_price_cents) "
        f"FROM consumption c JOIN morning m ON m.id = c.morning_id WHERE {where} GROUP BY c.kind, c.payment",
        params,
    ):
        drinks[kind] += quantity
        money[payment] += cents
    counts["consumptions"] = _with_total(_ordered(drinks, _list_values(session, "consumption")))
    counts["revenue_cents"] = _with_total({payment: money.get(payment, 0) for payment in rules.PAYMENT_KINDS})

    moods = Counter(
        {
            (mood or NO_MOOD): n
            for mood, n in _rows(session, f"SELECT v.mood, count(*) FROM {visits_in} GROUP BY v.mood", params)
        }
    )
    counts["mood"] = _with_total(_ordered(moods, list(rules.MOODS), last=(NO_MOOD,)))

    counts["lapsed_families"] = {
        TOTAL: sum(1 for row in families if row.before_cut >= 2 and row.after_cut == 0)
    }
    counts["visits_by_morning"] = _with_total({day: n for day, n in mornings})
    return RawSection(location=location, period_start=start, period_end=end, counts=counts)


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
    sections: list[Section] = []
    for period_start, period_end in periods:
        own = [
            protect(
                count_section(
                    session, location_id=loc.id, location=loc.name, start=period_start, end=period_end
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
