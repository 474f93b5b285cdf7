"""The measures of docs/statistics.md, counted in SQL: one definition each, for one location or all.

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
VISITS_CAP = 4
"""Families are grouped by min(visits, VISITS_CAP) in SQL: the bands need no finer count."""


def visit_count_band(n: int) -> str:
    """The band of visits_per_family for a family that came ``n`` times (n >= 1)."""
    return "1" if n == 1 else "2-3" if n < VISITS_CAP else "4+"


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
        return condition + self.at_location(alias)

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


# The queries, one per group of measures; {where} limits mornings to the place and period.
# Each scans the period's visits once; the grouping into bands happens in Python (ages.age_band,
# half_hour, visit_count_band), so every rule lives in one place.
MORNINGS_SQL = """
SELECT m.day, m.theme, count(v.id)
FROM morning m LEFT JOIN visit v ON v.morning_id = m.id
WHERE {where} GROUP BY m.id ORDER BY m.day
"""
VISITS_SQL = """
SELECT v.imported, substr(v.arrived_at, 12, 4), v.mood, count(*),
       sum(v.mothers), sum(v.fathers), sum(v.grandparents), sum(v.others)
FROM visit v JOIN morning m ON m.id = v.morning_id
WHERE {where} GROUP BY 1, 2, 3
"""
CHILDREN_SQL = """
SELECT vc.age_known, vc.age_months, count(*)
FROM visitchild vc JOIN visit v ON v.id = vc.visit_id JOIN morning m ON m.id = v.morning_id
WHERE {where} GROUP BY vc.age_known, vc.age_months
"""
FAMILIES_SQL = """
SELECT f.village, f.referral, min(p.n, :visits_cap) AS n,
       EXISTS (SELECT 1 FROM visit w JOIN morning e ON e.id = w.morning_id
               WHERE w.family_id = p.family_id AND e.day < :start{earlier_at_location}) AS came_before,
       count(*) AS families
FROM (SELECT v.family_id AS family_id, count(*) AS n
      FROM visit v JOIN morning m ON m.id = v.morning_id
      WHERE {where} GROUP BY v.family_id) AS p
JOIN family f ON f.id = p.family_id
GROUP BY 1, 2, 3, 4
"""
LAPSED_SQL = """
SELECT count(*) FROM (
    SELECT v.family_id FROM visit v JOIN morning m ON m.id = v.morning_id
    WHERE m.day > :lapsed_from AND m.day <= :end{at_location}
    GROUP BY v.family_id
    HAVING sum(m.day <= :cut) >= 2 AND sum(m.day > :cut) = 0
)
"""
DRINKS_SQL = """
SELECT c.kind, c.payment, sum(c.quantity), sum(c.quantity * c.unit_price_cents)
FROM consumption c JOIN morning m ON m.id = c.morning_id
WHERE {where} GROUP BY c.kind, c.payment
"""
QUERIES = {
    "mornings": MORNINGS_SQL,
    "visits": VISITS_SQL,
    "children": CHILDREN_SQL,
    "families": FAMILIES_SQL,
    "lapsed": LAPSED_SQL,
    "drinks": DRINKS_SQL,
}


def statements(*, location_id: int | None, start: date, end: date) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each query of one section as plain SQL with its parameters (the benchmark runs them raw)."""
    scope = _Scope(location_id, start, end)
    fragments = {
        "where": scope.where(),
        "at_location": scope.at_location("m"),
        "earlier_at_location": scope.at_location("e"),
    }
    return {name: (sql.format(**fragments), scope.params) for name, sql in QUERIES.items()}


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
    sql = statements(location_id=location_id, start=start, end=end)

    def rows(name: str) -> list[Any]:
        return _rows(session, *sql[name])

    counts: dict[str, dict[str, int]] = {}
    per_morning: Counter[str] = Counter()
    themes: Counter[str] = Counter()
    theme_of: dict[str, str] = {}
    mornings = rows("mornings")
    for day, theme, n in mornings:
        per_morning[day] += n
        themes[theme or NO_THEME] += n
        theme_of[day] = theme or NO_THEME
    visits = sum(per_morning.values())
    counts["mornings"] = {TOTAL: len(mornings)}
    counts["visits"] = {TOTAL: visits}

    families = rows("families")
    counts["families"] = {TOTAL: sum(row.families for row in families)}
    counts["new_families"] = {TOTAL: sum(row.families for row in families if not row.came_before)}
    counts["returning_families"] = {TOTAL: sum(row.families for row in families if row.came_before)}
    bands: Counter[str] = Counter()
    villages: Counter[str] = Counter()
    referrals: Counter[str] = Counter()
    for row in families:
        bands[visit_count_band(row.n)] += row.families
        villages[row.village or UNKNOWN] += row.families
        referrals[row.referral or UNKNOWN] += row.families
    counts["visits_per_family"] = _with_total({band: bands.get(band, 0) for band in VISIT_COUNT_BANDS})

    adults = dict.fromkeys(rules.ADULT_ROLES, 0)
    arrivals: Counter[str] = Counter()
    moods: Counter[str] = Counter()
    for imported, ten_minutes, mood, n, *by_role in rows("visits"):
        arrivals[UNKNOWN if imported else half_hour(ten_minutes + "0")] += n
        moods[mood or NO_MOOD] += n
        for role, count in zip(rules.ADULT_ROLES, by_role, strict=True):
            adults[role] += count
    counts["adult_visits"] = _with_total(adults)

    children: Counter[str] = Counter()
    for known, months, n in rows("children"):
        children[ages.age_band(months, known=bool(known))] += n
    counts["child_visits"] = _with_total({band: children.get(band, 0) for band in ages.AGE_BANDS})

    counts["families_by_village"] = _with_total(
        _ordered(villages, _list_values(session, "village"), last=(UNKNOWN,))
    )
    counts["families_by_referral"] = _with_total(
        _ordered(referrals, _list_values(session, "referral"), last=(UNKNOWN,))
    )
    counts["arrivals"] = _with_total(_ordered(arrivals, [], last=(UNKNOWN,)))
    counts["theme_visits"] = _with_total(_ordered(themes, [], last=(NO_THEME,)))

    drinks: Counter[str] = Counter()
    money: Counter[str] = Counter()
    for kind, payment, quantity, cents in rows("drinks"):
        drinks[kind] += quantity
        money[payment] += cents
    counts["consumptions"] = _with_total(_ordered(drinks, _list_values(session, "consumption")))
    counts["revenue_cents"] = _with_total({payment: money.get(payment, 0) for payment in rules.PAYMENT_KINDS})
    counts["mood"] = _with_total(_ordered(moods, list(rules.MOODS), last=(NO_MOOD,)))
    counts["lapsed_families"] = {TOTAL: rows("lapsed")[0][0]}
    counts["visits_by_morning"] = _with_total(dict(per_morning))
    links = {"visits_by_morning": theme_of} if location_id is not None else {}
    return RawSection(location=location, period_start=start, period_end=end, counts=counts, links=links)


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
