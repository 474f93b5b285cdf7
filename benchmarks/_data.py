"""Large data sets for benchmarks, written with raw SQL inserts into a schema made by the app."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

from checkin import rules
from checkin.db import Database
from checkin.demo import CHILD_NAMES, NAMES
from checkin.services.lists import ensure_default_lists
from checkin.text import fold


def build_years(
    folder: Path, *, families: int = 10_000, years: int = 10, per_morning: int = 60, seed: int = 7
) -> Path:
    """A location with ``years`` of weekly mornings, ``families`` families and their visits."""
    marker = folder / f"done-{families}-{years}-{per_morning}-{seed}"
    if marker.exists():
        return folder
    database = Database.open(folder)
    with database.session() as session:
        ensure_default_lists(session)
    database.dispose()
    rng = random.Random(seed)
    conn = sqlite3.connect(folder / "checkin.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.execute(
            "INSERT INTO location (id, name, address, village, price_cents, capacity, web_url, logo_path) "
            "VALUES (1, 'De Kleine Knuistjes', 'Buttervliet 2', 'Numansdorp', 50, 30, '', '')"
        )
        conn.execute(
            "INSERT INTO scheduleslot (location_id, weekday, start, end) VALUES (1, 2, '09:30:00', '11:30:00')"
        )
        codes: set[str] = set()
        family_rows = []
        child_rows = []
        for family_id in range(1, families + 1):
            while True:
                code = "".join(rng.choice(rules.CODE_ALPHABET) for _ in range(rules.CODE_LENGTH + 1))
                if code not in codes:
                    codes.add(code)
                    break
            name = f"{rng.choice(NAMES)}"
            kid = rng.choice(CHILD_NAMES)
            family_rows.append(
                (
                    family_id,
                    code,
                    name,
                    f" {fold(name)} {fold(kid)} {fold(code)} ",
                    "Numansdorp",
                    "flyer/poster",
                    "2016-01-06",
                    "2026-1",
                    "2016-01-06 09:30:00",
                )
            )
            child_rows.append((family_id, family_id, rng.randrange(2012, 2026), rng.randrange(1, 13), 0, kid))
        conn.executemany(
            "INSERT INTO family (id, code, display_name, search_key, village, referral, consent_date, "
            "consent_version, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            family_rows,
        )
        conn.executemany(
            "INSERT INTO child (id, family_id, birth_year, birth_month, expected, nickname) "
            "VALUES (?,?,?,?,?,?)",
            child_rows,
        )
        first = date(2016, 1, 6)
        visit_id = 0
        visit_rows, vc_rows = [], []
        for week in range(years * 52):
            day = first + timedelta(weeks=week)
            morning_id = week + 1
            conn.execute(
                "INSERT INTO morning (id, location_id, day, start, end, theme, hosts, host_notes, opened_at, closed_at) "
                "VALUES (?, 1, ?, '09:30:00', '11:30:00', '', 2, '', ?, ?)",
                (morning_id, day.isoformat(), f"{day} 09:15:00", f"{day} 11:45:00"),
            )
            for family_id in rng.sample(range(1, families + 1), per_morning):
                visit_id += 1
                arrived = datetime.combine(day, time(9, 30)) + timedelta(minutes=rng.randrange(0, 90))
                visit_rows.append(
                    (visit_id, morning_id, family_id, arrived.isoformat(sep=" "), 1, 0, 0, 0, 0)
                )
                vc_rows.append((visit_id, family_id, rng.randrange(0, 48), 1))
        conn.executemany(
            "INSERT INTO visit (id, morning_id, family_id, arrived_at, mothers, fathers, grandparents, others, imported)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            visit_rows,
        )
        conn.executemany(
            "INSERT INTO visitchild (visit_id, child_id, age_months, age_known) VALUES (?,?,?,?)", vc_rows
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    marker.touch()
    return folder
