"""the figures of each morning kept (a summary table), and triggers that mark them out of date

``morningfigures`` holds, per morning, what the figures read of its visits, their children and
its drinks (``checkin.stats.summary``), so that a report over years reads a thousand small rows
instead of a million visits. It is valid while its ``version`` equals the morning's new
``figures_version``, which the database's own triggers raise with every insert, update or delete
of the morning's visits, their children and its drinks, whatever program writes them (the app,
an import, an erasure, a move or a hand-written statement). The figures compute a morning out of
date from its visits and store it again.

PostgreSQL's triggers run once per statement, over its transition tables (a move or a restore
inserts its rows in batches); SQLite's once per row. A later migration that rebuilds ``visit``,
``visitchild`` or ``consumption`` in SQLite's batch mode drops their triggers: it must create
them again (``tests/checkin/test_migrations.py`` checks them at the head).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BUMP = "UPDATE morning SET figures_version = figures_version + 1 WHERE id IN ({ids})"

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


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, (columns, ids) in WATCHED.items():
        for event, (when, rows) in SQLITE_TRIGGERS.items():
            bumps = " ".join(BUMP.format(ids=ids.format(row=row)) + ";" for row in rows)
            statements.append(
                f"CREATE TRIGGER figures_{table}_{event} {when.format(table=table, columns=columns)} "
                f"BEGIN {bumps} END"
            )
    return statements


POSTGRESQL_FUNCTION = """
CREATE FUNCTION checkin_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'visitchild' THEN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE morning SET figures_version = figures_version + 1
            WHERE id IN (SELECT v.morning_id FROM visit v JOIN old_rows r ON v.id = r.visit_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            UPDATE morning SET figures_version = figures_version + 1
            WHERE id IN (SELECT v.morning_id FROM visit v JOIN new_rows r ON v.id = r.visit_id);
        END IF;
    ELSE
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE morning SET figures_version = figures_version + 1
            WHERE id IN (SELECT r.morning_id FROM old_rows r);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            UPDATE morning SET figures_version = figures_version + 1
            WHERE id IN (SELECT r.morning_id FROM new_rows r);
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
    statements = [POSTGRESQL_FUNCTION]
    for table in WATCHED:
        for event, when in POSTGRESQL_TRIGGERS.items():
            statements.append(
                f"CREATE TRIGGER figures_{table}_{event} {when.format(table=table)} "
                "FOR EACH STATEMENT EXECUTE FUNCTION checkin_figures_changed()"
            )
    return statements


def upgrade() -> None:
    with op.batch_alter_table("morning") as batch:
        batch.add_column(sa.Column("figures_version", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "morningfigures",
        sa.Column("morning_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("visits", sa.String(), nullable=False),
        sa.Column("families", sa.LargeBinary(), nullable=False),
        sa.Column("children", sa.String(), nullable=False),
        sa.Column("drinks", sa.String(), nullable=False),
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
    for table in WATCHED:
        for event in SQLITE_TRIGGERS:
            op.execute(
                f"DROP TRIGGER IF EXISTS figures_{table}_{event}"
                + ("" if sqlite else f" ON {table}")
            )
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS checkin_figures_changed()")
    op.drop_table("morningfigures")
    with op.batch_alter_table("morning") as batch:
        batch.drop_column("figures_version")
