"""The figures of each morning, kept in the database (``morningfigures``, migration 0010).

A report over years would otherwise read every visit of those years. What the figures read of
one morning (its visits grouped, its families' ids, its children grouped by age, its drinks
grouped) is kept per morning, so a report reads a row per morning (``checkin.stats.counting``).

It is a cache that cannot go stale unnoticed: the database's own triggers raise the row's
``version`` with every change to the morning's visits, their children or its drinks, whoever
makes it (the app, an import, an erasure, a move, a hand-written statement). The kept values
count only while ``kept_version`` equals it; otherwise the report's statement computes that morning
from its visits (``live``), and the values so read are kept again afterwards (``write_beside``)
when the report's transaction has written nothing, in a short transaction of their own. The
version is read in the same statement as the values, so a check-in at another desk meanwhile
leaves a row that is out of date, never a wrong one. Closing a morning keeps its row
(``refresh_morning``, in the closing transaction).

What lives elsewhere stays a live query: a morning's day, location and theme, and a family's
village and referral.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from checkin import engines
from checkin.engines import Words

COLUMNS = ("visits", "families", "children", "drinks")
"""The kept columns of a morning, each made by ``live`` (a SQL expression over ``m``, the morning)."""


_VISITS = """(SELECT {visit_rows}
    FROM (SELECT {imported} AS imported, {ten_minutes} AS ten_minutes, v.mood AS mood, count(*) AS n,
                 sum(v.mothers) AS mothers, sum(v.fathers) AS fathers,
                 sum(v.grandparents) AS grandparents, sum(v.others) AS others
          FROM visit v WHERE v.morning_id = m.id
          GROUP BY v.imported, {ten_minutes}, v.mood) AS g)"""
_FAMILIES = "COALESCE((SELECT {family_ids} FROM visit v WHERE v.morning_id = m.id), '')"
_CHILDREN = """(SELECT {child_rows}
    FROM (SELECT {number} AS number, count(*) AS n
          FROM visit v JOIN visitchild vc ON vc.visit_id = v.id WHERE v.morning_id = m.id
          GROUP BY {number}) AS a)"""
_DRINKS = """(SELECT {drink_rows}
    FROM (SELECT c.kind AS kind, c.payment AS payment, sum(c.quantity) AS quantity,
                 sum(c.quantity * c.unit_price_cents) AS cents
          FROM consumption c WHERE c.morning_id = m.id GROUP BY c.kind, c.payment) AS d)"""


def live(words: Words) -> dict[str, str]:
    """Each kept column of the morning ``m`` computed from its rows, as text.

    ``visits``: a JSON list of [imported, ten_minutes, mood, n, mothers, fathers, grandparents,
    others]; ``families``: the family ids joined by commas ('' for none; kept as ``pack`` makes
    them); ``children``: a JSON list of [number, children], a child's number being ``age_known +
    2 * (age_months + 1)`` (0 for NULL); ``drinks``: a JSON list of [kind, payment, quantity, cents].
    """
    fields = {
        "visit_rows": words.json_rows(
            "g.imported, g.ten_minutes, g.mood, g.n, g.mothers, g.fathers, g.grandparents, g.others"
        ),
        "imported": words.as_int("v.imported"),
        "ten_minutes": words.ten_minutes("v.arrived_at"),
        "family_ids": words.joined("v.family_id"),
        "child_rows": words.json_rows("a.number, a.n"),
        "number": f"{words.as_int('vc.age_known')} + 2 * coalesce(vc.age_months + 1, 0)",
        "drink_rows": words.json_rows("d.kind, d.payment, d.quantity, d.cents"),
    }
    return {
        "visits": _VISITS.format(**fields),
        "families": _FAMILIES.format(**fields),
        "children": _CHILDREN.format(**fields),
        "drinks": _DRINKS.format(**fields),
    }


KEPT = "f.kept_version = f.version"
"""Whether the kept row ``f`` of the morning ``m`` is up to date (false when there is none)."""
VERSION = "COALESCE(f.version, 0)"
"""The morning's count of changes (0 before the first: no row yet)."""


def columns(words: Words) -> str:
    """The select list of a morning ``m`` (``f`` its kept row, joined): ``version``, ``kept`` (1 or
    0), each text column kept or else computed, and the families as ``kept_families`` (packed)
    or else ``live_families`` (text)."""
    made = live(words)
    fields = [
        f"{VERSION} AS version",
        f"CASE WHEN {KEPT} THEN 1 ELSE 0 END AS kept",
        f"CASE WHEN {KEPT} THEN f.families END AS kept_families",
        f"CASE WHEN {KEPT} THEN NULL ELSE {made['families']} END AS live_families",
    ]
    fields += [
        f"CASE WHEN {KEPT} THEN f.{name} ELSE {made[name]} END AS {name}"
        for name in ("visits", "children", "drinks")
    ]
    return ",\n       ".join(fields)


LITTLE_ENDIAN = sys.byteorder == "little"


def pack(family_ids: Iterable[int]) -> bytes:
    """Family ids as 8-byte little-endian integers (the same file on any computer)."""
    packed = array("q", family_ids)
    if not LITTLE_ENDIAN:  # pragma: no cover - big-endian computers
        packed.byteswap()
    return packed.tobytes()


def unpack(data: bytes) -> array[int]:
    unpacked = array("q")
    unpacked.frombytes(data)
    if not LITTLE_ENDIAN:  # pragma: no cover - big-endian computers
        unpacked.byteswap()
    return unpacked


def split_ids(joined: str) -> list[int]:
    """The family ids of ``live``'s ``families`` text."""
    return [int(part) for part in joined.split(",")] if joined else []


UPSERT_SQL = """
INSERT INTO morningfigures (morning_id, version, kept_version, visits, families, children, drinks)
VALUES (:morning_id, :version, :version, :visits, :families, :children, :drinks)
ON CONFLICT (morning_id) DO UPDATE SET kept_version = excluded.kept_version, visits = excluded.visits,
    families = excluded.families, children = excluded.children, drinks = excluded.drinks
"""

LIVE_SQL = """
SELECT m.id AS morning_id, {version} AS version, {visits} AS visits, {families} AS families,
       {children} AS children, {drinks} AS drinks
FROM morning m LEFT JOIN morningfigures f ON f.morning_id = m.id WHERE {where}
"""


def _null_first(value: Any) -> tuple[bool, Any]:
    return (value is not None, "" if value is None else value)


def _canonical(json_rows: str) -> str:
    """JSON rows in one form whichever engine made them: sorted (NULL first), without spaces."""
    rows = json.loads(json_rows)
    rows.sort(key=lambda row: [_null_first(value) for value in row])
    return json.dumps(rows, separators=(",", ":"), ensure_ascii=False)


def kept(
    morning_id: int, version: int, visits: str, families: Sequence[int], children: str, drinks: str
) -> dict[str, Any]:
    """One row of ``morningfigures`` as ``write`` takes it: the values read together with ``version``,
    in one form on either engine (a copy between them keeps the same rows)."""
    return {
        "morning_id": morning_id,
        "version": version,
        "visits": _canonical(visits),
        "families": pack(sorted(families)),
        "children": _canonical(children),
        "drinks": _canonical(drinks),
    }


def write(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Keep ``rows`` (``kept``), in ``connection``'s transaction (the caller commits).

    Each row's values were read in one statement with the morning's ``version``, and are kept as of
    that version (the version itself only the triggers raise): a change made since raised it, so
    values written late are out of date, never wrong.
    """
    if rows:
        connection.execute(text(UPSERT_SQL), rows)


def may_write_beside(connection: Connection) -> bool:
    """Whether rows may be kept in a transaction of their own beside ``connection``'s: only when
    that transaction has written nothing (so it holds no lock the other would wait for)."""
    if engines.is_sqlite(connection):
        dbapi = connection.connection.dbapi_connection
        return not getattr(dbapi, "in_transaction", True)
    return connection.exec_driver_sql("SELECT txid_current_if_assigned()").scalar() is None


def write_beside(connection: Connection, rows: list[dict[str, Any]]) -> bool:
    """``write`` in a short transaction of its own (committed), when ``may_write_beside``.

    The figures were read already: a database that cannot be written now (locked too long, read
    only) keeps these rows out of date and the next report computes them again. True when kept.
    """
    if not rows or not may_write_beside(connection):
        return False
    try:
        with connection.engine.begin() as writing:
            write(writing, rows)
    except DBAPIError:
        return False
    return True


def refresh(connection: Connection, where: str, params: dict[str, Any]) -> int:
    """Compute and keep the rows of the mornings ``m`` matching ``where`` (at a morning's close),
    in ``connection``'s transaction. Returns how many were kept."""
    sql = LIVE_SQL.format(where=where, version=VERSION, **live(engines.words(connection)))
    rows = [
        kept(row.morning_id, row.version, row.visits, split_ids(row.families), row.children, row.drinks)
        for row in connection.execute(text(sql), params)
    ]
    write(connection, rows)
    return len(rows)


FILL_BATCH = 100
"""How many mornings one statement of ``fill`` computes: at most some tens of thousands of visits
(a morning of 193 visits: 0.1 s or so on a small server), far under the server's statement
timeout (``checkin.engines.SERVER_SETTINGS``) whatever the number of mornings to fill."""

MISSING_SQL = """
SELECT m.id FROM morning m LEFT JOIN morningfigures f ON f.morning_id = m.id
WHERE ({where}) AND CASE WHEN {kept} THEN 0 ELSE 1 END = 1 ORDER BY m.id
"""


def fill(connection: Connection, where: str, params: dict[str, Any]) -> int:
    """Keep the rows of the mornings ``m`` matching ``where`` that are missing or out of date, a
    batch of ``FILL_BATCH`` mornings per statement, each batch in a short transaction of its own
    (committed), beside ``connection``'s when ``may_write_beside``. Returns how many were kept.

    A report then reads a kept row per morning, so no statement of it computes years of visits at
    once: the first report over a programme's years (or after a move or an import) stays within
    the server's statement timeout, and what one report kept the next one reuses, also when it was
    stopped halfway. A batch that cannot be written (the database read only, a role without the
    right, a row locked too long by a desk) stops the filling: the report computes the rest from
    the visits itself, as before. A batch that the server cancels for its timeout is raised: the
    report's own statement over those visits would take at least as long.
    """
    if not may_write_beside(connection):
        return 0
    sql = MISSING_SQL.format(where=where, kept=KEPT)
    missing = [row[0] for row in connection.execute(text(sql), params)]
    done = 0
    for at in range(0, len(missing), FILL_BATCH):
        marks, ids = engines.in_list("fill_morning", missing[at : at + FILL_BATCH])
        try:
            with connection.engine.begin() as writing:
                done += refresh(writing, f"m.id IN ({marks})", ids)
        except DBAPIError as error:
            if engines.cancelled(error):
                raise
            return done
    return done


def refresh_morning(connection: Connection, morning_id: int) -> None:
    """Keep the row of one morning (at its close), in ``connection``'s transaction."""
    refresh(connection, "m.id = :figures_morning", {"figures_morning": morning_id})
