"""The figures of each morning, kept in the database (``morningfigures``, migration 0009).

A report over years would otherwise read every visit of those years. What the figures read of
one morning (its visits grouped, its families' ids, its children's ages, its drinks grouped) is
kept per morning as text, made by the database in one statement for every morning that lacks it.

It is a cache that cannot go stale unnoticed: the database's own triggers raise the morning's
``figures_version`` with every change to its visits, their children or its drinks, whoever makes
it (the app, an import, an erasure, a move, a hand-written statement). A kept row counts only
while its ``version`` equals the morning's; otherwise the reading statement computes that morning
from its visits (``live``), and the rows so computed are stored again afterwards (``store``) when
the reader's transaction has written nothing, in a short transaction of their own. The version is
read with the visits in the same statement, so a check-in at another desk during the store only
leaves a row that is out of date, never a wrong one. Closing a morning stores its row too.

What lives elsewhere stays a live query: a morning's day, location and theme, and a family's
village, referral and earlier visits (``checkin.stats.counting``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from checkin import engines
from checkin.engines import Words

COLUMNS = ("visits", "families", "children", "drinks")
"""The kept columns of a morning, each made by ``live`` (a SQL expression over ``m``, the morning)."""


def live(words: Words) -> dict[str, str]:
    """Each kept column of the morning ``m`` computed from its rows (text; '[]' or '' when empty)."""
    visits = words.json_rows(
        "g.imported, g.ten_minutes, g.mood, g.n, g.mothers, g.fathers, g.grandparents, g.others"
    )
    drinks = words.json_rows("d.kind, d.payment, d.quantity, d.cents")
    return {
        "visits": f"""(SELECT {visits}
    FROM (SELECT {words.as_int("v.imported")} AS imported, {words.ten_minutes("v.arrived_at")} AS ten_minutes,
                 v.mood AS mood, count(*) AS n, sum(v.mothers) AS mothers, sum(v.fathers) AS fathers,
                 sum(v.grandparents) AS grandparents, sum(v.others) AS others
          FROM visit v WHERE v.morning_id = m.id
          GROUP BY v.imported, {words.ten_minutes("v.arrived_at")}, v.mood) AS g)""",
        "families": f"COALESCE((SELECT {words.joined('v.family_id')} FROM visit v WHERE v.morning_id = m.id), '')",
        # A child as one number, age_known + 2 * (age_months + 1) (0 for NULL): counted in Python.
        "children": f"""COALESCE((SELECT {words.joined(f"{words.as_int('vc.age_known')} + 2 * coalesce(vc.age_months + 1, 0)")}
    FROM visit v JOIN visitchild vc ON vc.visit_id = v.id WHERE v.morning_id = m.id), '')""",
        "drinks": f"""(SELECT {drinks}
    FROM (SELECT c.kind AS kind, c.payment AS payment, sum(c.quantity) AS quantity,
                 sum(c.quantity * c.unit_price_cents) AS cents
          FROM consumption c WHERE c.morning_id = m.id GROUP BY c.kind, c.payment) AS d)""",
    }


KEPT = "f.version = m.figures_version"
"""Whether the kept row ``f`` of the morning ``m`` is up to date (false when there is none)."""


def column(words: Words, name: str) -> str:
    """The kept column ``name`` of the morning ``m`` (``f`` joined), computed where it is out of date."""
    return f"CASE WHEN {KEPT} THEN f.{name} ELSE {live(words)[name]} END"


STORE_SQL = """
INSERT INTO morningfigures (morning_id, version, visits, families, children, drinks)
SELECT m.id, m.figures_version, {visits}, {families}, {children}, {drinks}
FROM morning m
WHERE {where} AND NOT EXISTS (
    SELECT 1 FROM morningfigures f WHERE f.morning_id = m.id AND {kept})
ON CONFLICT (morning_id) DO UPDATE SET version = excluded.version, visits = excluded.visits,
    families = excluded.families, children = excluded.children, drinks = excluded.drinks
"""


def store(connection: Connection, where: str, params: dict[str, Any]) -> None:
    """Make and keep the rows of the mornings ``m`` matching ``where`` that are missing or out of
    date, in one statement, in ``connection``'s transaction (the caller commits)."""
    sql = STORE_SQL.format(where=where, kept=KEPT, **live(engines.words(connection)))
    connection.execute(text(sql), params)


def may_store_beside(connection: Connection) -> bool:
    """Whether rows may be stored in a transaction of their own beside ``connection``'s: only when
    that transaction has written nothing (it holds no lock the other would wait for)."""
    if engines.is_sqlite(connection):
        dbapi = connection.connection.dbapi_connection
        return not getattr(dbapi, "in_transaction", True)
    return connection.exec_driver_sql("SELECT txid_current_if_assigned()").scalar() is None


def store_beside(connection: Connection, where: str, params: dict[str, Any]) -> bool:
    """``store`` in a short transaction of its own (committed), when ``may_store_beside``.

    The figures were read already: a database that cannot be written now (locked too long, read
    only) keeps its rows out of date and the next report computes them again. True when stored.
    """
    if not may_store_beside(connection):
        return False
    try:
        with connection.engine.begin() as writing:
            store(writing, where, params)
    except DBAPIError:
        return False
    return True


def refresh_morning(connection: Connection, morning_id: int) -> None:
    """Keep the row of one morning (at its close), in ``connection``'s transaction."""
    store(connection, "m.id = :figures_morning", {"figures_morning": morning_id})
