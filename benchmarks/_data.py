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


def _insert_families(conn: sqlite3.Connection, rng: random.Random, count: int) -> None:
    """Families 1..``count``, each with a unique code and one child (its id the family's), as
    the app would store them (the search key of its name, the child's name and the code)."""
    codes: set[str] = set()
    family_rows, child_rows = [], []
    for family_id in range(1, count + 1):
        while True:
            code = "".join(rng.choice(rules.CODE_ALPHABET) for _ in range(rules.CODE_LENGTH + 1))
            if code not in codes:
                codes.add(code)
                break
        name, kid = rng.choice(NAMES), rng.choice(CHILD_NAMES)
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
        "INSERT INTO child (id, family_id, birth_year, birth_month, expected, nickname) VALUES (?,?,?,?,?,?)",
        child_rows,
    )


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
        _insert_families(conn, rng, families)
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


PLACE_FAMILIES = 1_000
"""Families per place in ``build_places`` (a morning sees a fifth of them)."""
FROM_NEIGHBOUR = 10
"""Of a morning's families in ``build_places``, how many are the next place's (one register:
a family that visits two places)."""
FILLED = ("location", "scheduleslot", "family", "child", "morning", "visit", "visitchild")
"""The tables ``build_places`` fills (parents first); the others are as the app made them."""


def build_places(
    folder: Path, *, places: int = 100, years: int = 10, per_morning: int = 193, seed: int = 11
) -> Path:
    """``places`` locations, each with ``years`` of weekly mornings and ``per_morning`` visits on
    each (100 x 10 x 193: 10,036,000 visits), one child per family and per visit; of a morning's
    families ``FROM_NEIGHBOUR`` are the next place's. The schema is made by the app
    (``Database.open``); the rows go in with plain ``executemany`` in one transaction, journal
    off (the file is a cache: a build that stops midway is made again). About 2 GB."""
    marker = folder / f"done-places-{places}-{years}-{per_morning}-{seed}"
    if marker.exists():
        return folder
    for stale in folder.glob("checkin.sqlite*"):
        stale.unlink()
    database = Database.open(folder)
    with database.session() as session:
        ensure_default_lists(session)
    database.dispose()
    rng = random.Random(seed)
    conn = sqlite3.connect(folder / "checkin.sqlite")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO location (id, name, address, village, price_cents, capacity, web_url, logo_path) "
        "VALUES (?, ?, '', 'Numansdorp', 50, 30, '', '')",
        [(place, f"Plek {place:03d}") for place in range(1, places + 1)],
    )
    conn.executemany(
        "INSERT INTO scheduleslot (location_id, weekday, start, end) VALUES (?, 2, '09:30:00', '11:30:00')",
        [(place,) for place in range(1, places + 1)],
    )
    _insert_families(conn, rng, places * PLACE_FAMILIES)
    first = date(2016, 1, 6)
    days = [first + timedelta(weeks=week) for week in range(years * 52)]
    morning_id = visit_id = 0
    for place in range(1, places + 1):
        own = range((place - 1) * PLACE_FAMILIES + 1, place * PLACE_FAMILIES + 1)
        neighbour_place = place % places + 1
        neighbour = range((neighbour_place - 1) * PLACE_FAMILIES + 1, neighbour_place * PLACE_FAMILIES + 1)
        morning_rows, visit_rows, vc_rows = [], [], []
        for day in days:
            morning_id += 1
            text = day.isoformat()
            morning_rows.append((morning_id, place, text, f"{text} 09:15:00", f"{text} 11:45:00"))
            arrivals = [f"{text} {9 + (30 + m) // 60:02d}:{(30 + m) % 60:02d}:00" for m in range(90)]
            families = rng.sample(own, per_morning - FROM_NEIGHBOUR) + rng.sample(neighbour, FROM_NEIGHBOUR)
            for family_id in families:
                visit_id += 1
                visit_rows.append((visit_id, morning_id, family_id, arrivals[rng.randrange(90)]))
                vc_rows.append((visit_id, family_id, rng.randrange(0, 48)))
        conn.executemany(
            "INSERT INTO morning (id, location_id, day, start, end, theme, hosts, host_notes, opened_at, "
            "closed_at) VALUES (?, ?, ?, '09:30:00', '11:30:00', '', 2, '', ?, ?)",
            morning_rows,
        )
        conn.executemany(
            "INSERT INTO visit (id, morning_id, family_id, arrived_at, mothers, fathers, grandparents, others, "
            "imported) VALUES (?,?,?,?,1,0,0,0,0)",
            visit_rows,
        )
        conn.executemany(
            "INSERT INTO visitchild (visit_id, child_id, age_months, age_known) VALUES (?,?,?,1)", vc_rows
        )
    conn.execute("COMMIT")
    conn.close()
    marker.touch()
    return folder


def copy_to_server(folder: Path, url: str) -> None:
    """The rows of ``build_places``'s file onto an empty server database whose schema the app
    makes (``Database.open``), with PostgreSQL's COPY, one transaction; then the id sequences.
    (``checkin move --to`` does the same about three times slower: 24.2 s against 8.1 s for
    100,360 visits, for its checksums of every row.)"""
    import psycopg
    from sqlalchemy.engine import make_url

    database = Database.open(folder, url=url)
    with database.session() as session:
        ensure_default_lists(session)
    database.dispose()
    parsed = make_url(url)
    source = sqlite3.connect(folder / "checkin.sqlite")
    with psycopg.connect(
        host=parsed.query.get("host") or parsed.host, user=parsed.username, dbname=parsed.database
    ) as conn:
        for table in FILLED:
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in columns)
            booleans = {
                name
                for (name,) in conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND data_type = 'boolean'",
                    (table,),
                )
            }
            flags = [i for i, c in enumerate(columns) if c in booleans]
            with conn.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:  # type: ignore[arg-type]
                for row in source.execute(f'SELECT {names} FROM "{table}"'):
                    if flags:
                        row = list(row)
                        for i in flags:
                            row[i] = None if row[i] is None else bool(row[i])
                    copy.write_row(row)
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "  # type: ignore[arg-type]
                f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
            )
        conn.execute("ANALYZE")
    source.close()
