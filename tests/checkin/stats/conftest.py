"""Reports for the exporters' tests: built from a real database (SQLite and PostgreSQL), or by hand."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from checkin.db import Database
from checkin.stats.measures import build_report
from checkin.stats.model import ALL_LOCATIONS, TOTAL, Figure, Report, Section, Value
from tests.helpers.figures import seed_place


@pytest.fixture
def database(any_database: Database) -> Database:
    """The stats tests run on both engines."""
    return any_database


@pytest.fixture
def seeded_report(session: Session) -> Report:
    """Two places by month, k = 3: the seeded secrets and formula-like list entries in every breakdown."""
    seed_place(session, name="De Kleine Knuistjes", families=6)
    seed_place(session, name="Kletskoppen", families=2, weeks=2)
    return build_report(session, start=date(2026, 3, 1), end=date(2026, 4, 30), by="month", k=3)


@pytest.fixture
def hand_report() -> Report:
    """Every kind of value, a merged origin, and categories that look like formulas."""
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    section = Section(
        "=Plek",
        start,
        end,
        [
            Figure("visits", TOTAL, Value.exact(40)),
            Figure("families", TOTAL, Value.suppressed()),
            Figure("families_by_village", "=1+1", Value.exact(7)),
            Figure("families_by_village", "+31", Value.exact(0)),
            Figure("families_by_village", "-x", Value.exact(5)),
            Figure("families_by_village", "@x", Value.exact(6)),
            Figure("families_by_village", "\tx", Value.exact(8)),
            Figure("families_by_village", "\rx", Value.exact(9)),
            Figure("families_by_village", "\nx", Value.exact(10)),
            Figure("families_by_village", TOTAL, Value.exact(45)),
        ],
    )
    total = Section(ALL_LOCATIONS, start, end, [Figure("visits", TOTAL, Value.lower(41))])
    return Report(
        k=5,
        period_start=start,
        period_end=end,
        locations=["=Plek"],
        sections=[section, total],
        merged_from=["=plek.json", "één.json"],
    )
