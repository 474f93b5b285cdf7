"""undoable actions of a morning

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 19:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "undoentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("morning_id", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("consumption_id", sa.Integer(), nullable=True),
        sa.Column("before", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consumption_id"],
            ["consumption.id"],
            name=op.f("fk_undoentry_consumption_id_consumption"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["morning_id"],
            ["morning.id"],
            name=op.f("fk_undoentry_morning_id_morning"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_undoentry_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undoentry")),
    )


def downgrade() -> None:
    op.drop_table("undoentry")
