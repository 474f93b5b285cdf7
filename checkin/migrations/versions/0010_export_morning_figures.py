"""the figures of each morning kept (a summary table), with triggers that count its changes

``morningfigures`` holds, per morning, what the figures read of its visits, their children and
its drinks (``checkin.services.kept_figures``), so that a report over years reads a thousand small
rows instead of a million visits. Its ``version`` is raised by the database's own triggers with
every insert, update or delete of the morning's visits, their children and its drinks, whatever
program writes them (the app, an import, an erasure, a move or a hand-written statement); the
kept values count only while ``kept_version`` equals it. The figures compute a morning out of date
from its visits and keep it again. The morning's own row is not touched (its lock is the desks'
claim, ``services.mornings.require_open``).

PostgreSQL's triggers run once per statement, over its transition tables (a move or a restore
inserts its rows in batches); SQLite's once per row. A later migration that rebuilds ``visit``,
``visitchild`` or ``consumption`` in SQLite's batch mode drops their triggers: it must create
them again (``tests/checkin/test_migrations.py`` checks them at the head).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BUMP = """INSERT INTO morningfigures (morning_id, version) SELECT m.id, 1 FROM morning m WHERE m.id IN ({ids})
ON CONFLICT (morning_id) DO UPDATE SET version = morningfigures.version + 1"""
"""Count a change of the mornings ``{ids}`` (still there: not those being deleted with their visits)."""

# What each table's change names: the morning ids of its rows ``{row}`` (OLD, NEW, or a transition table).
WATCHED: dict[str, tuple[str, str]] = {
    # table: (its columns the figures read, the morning ids of the rows in ``{rows}`` / ``{row}``)
    "visit": (
        "morning_id, family_id, imported, arrived_at, mood, mothers, fathers, grandparents, others",
        "{row}.morning_id",
    ),
    "visitchild": (
        "visit_id, age_known, age_months",
        "SELECT v.morning_id FROM visit v WHERE v.id = {row}.visit_id",
    ),
    "consumption": ("morning_id, kind, payment, quantity, unit_price_cents", "{row}.morning_id"),
}

SQLITE_TRIGGERS = {
    "insert": ("AFTER INSERT ON {table}", ["NEW"]),
    "delete": ("AFTER DELETE ON {table}", ["OLD"]),
    "update": ("AFTER UPDATE OF {columns} ON {table}", ["OLD", "NEW"]),
}


SQLITE_MORNING_DELETE = (
    "CREATE TRIGGER figures_morning_delete AFTER DELETE ON morning "
    "BEGIN DELETE FROM morningfigures WHERE morning_id = OLD.id; END"
)
"""A morning deleted without SQLite's foreign keys on (a hand-written statement) takes its kept
figures along too, so a later morning given the same id never finds them."""


def _sqlite_triggers() -> list[str]:
    statements = [SQLITE_MORNING_DELETE]
    for table, (columns, ids) in WATCHED.items():
        for event, (when, rows) in SQLITE_TRIGGERS.items():
            bumps = " ".join(BUMP.format(ids=ids.format(row=row)) + ";" for row in rows)
            statements.append(
                f"CREATE TRIGGER figures_{table}_{event} {when.format(table=table, columns=columns)} "
                f"BEGIN {bumps} END"
            )
    return statements


POSTGRESQL_COUNT = """
CREATE FUNCTION checkin_figures_count(mornings integer[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO morningfigures (morning_id, version)
    SELECT m.id, 1 FROM morning m WHERE m.id = ANY(mornings) ORDER BY m.id
    ON CONFLICT (morning_id) DO UPDATE SET version = morningfigures.version + 1
$$
"""
POSTGRESQL_FUNCTION = """
CREATE FUNCTION checkin_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'visitchild' THEN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            PERFORM checkin_figures_count(ARRAY(SELECT v.morning_id FROM visit v JOIN old_rows r ON v.id = r.visit_id));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM checkin_figures_count(ARRAY(SELECT v.morning_id FROM visit v JOIN new_rows r ON v.id = r.visit_id));
        END IF;
    ELSE
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            PERFORM checkin_figures_count(ARRAY(SELECT r.morning_id FROM old_rows r));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM checkin_figures_count(ARRAY(SELECT r.morning_id FROM new_rows r));
        END IF;
    END IF;
    RETURN NULL;
END
$$
"""
POSTGRESQL_TRIGGERS = {
    # A trigger with transition tables takes no column list: an update of any column counts.
    "insert": "AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows",
    "delete": "AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows",
    "update": "AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
}


def _postgresql_triggers() -> list[str]:
    statements = [POSTGRESQL_COUNT, POSTGRESQL_FUNCTION]
    for table in WATCHED:
        for event, when in POSTGRESQL_TRIGGERS.items():
            statements.append(
                f"CREATE TRIGGER figures_{table}_{event} {when.format(table=table)} "
                "FOR EACH STATEMENT EXECUTE FUNCTION checkin_figures_changed()"
            )
    return statements


def upgrade() -> None:
    op.create_table(
        "morningfigures",
        sa.Column("morning_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kept_version", sa.Integer(), nullable=True),
        sa.Column("visits", sa.String(), nullable=True),
        sa.Column("families", sa.LargeBinary(), nullable=True),
        sa.Column("children", sa.String(), nullable=True),
        sa.Column("drinks", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["morning_id"],
            ["morning.id"],
            name=op.f("fk_morningfigures_morning_id_morning"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("morning_id", name=op.f("pk_morningfigures")),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _sqlite_triggers() if sqlite else _postgresql_triggers():
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS figures_morning_delete")
    for table in WATCHED:
        for event in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS figures_{table}_{event}" + ("" if sqlite else f" ON {table}"))
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS checkin_figures_changed()")
        op.execute("DROP FUNCTION IF EXISTS checkin_figures_count(integer[])")
    op.drop_table("morningfigures")
