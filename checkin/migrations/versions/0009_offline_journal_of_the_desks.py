"""offline journal of the desks: applied entries, desk numbers, undo per desk, double registrations

A desk on a server that lost the connection keeps a journal of its door actions and replays it
when the server is back (``checkin.journal``); the server records each applied entry's id so a
replay is never counted twice. Ctrl+Z undoes the desk's own last action (``undoentry.desk``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 00:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("undoentry") as batch:
        batch.add_column(sa.Column("desk", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
    op.create_table(
        "desk",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk")),
        sa.UniqueConstraint("number", name=op.f("uq_desk_number")),
    )
    op.create_table(
        "journalapplied",
        sa.Column("entry_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("desk", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("result", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_journalapplied")),
    )
    op.create_table(
        "doubleregistration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("other_family_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_doubleregistration_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_family_id"],
            ["family.id"],
            name=op.f("fk_doubleregistration_other_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doubleregistration")),
    )
    op.create_index(
        op.f("ix_doubleregistration_family_id"), "doubleregistration", ["family_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_doubleregistration_family_id"), table_name="doubleregistration")
    op.drop_table("doubleregistration")
    op.drop_table("journalapplied")
    op.drop_table("desk")
    with op.batch_alter_table("undoentry") as batch:
        batch.drop_column("desk")
