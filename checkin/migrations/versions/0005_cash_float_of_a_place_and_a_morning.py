"""cash float (wisselgeld) of a place and of a morning

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 20:30:00.000000

The cash box keeps a float for change: the place remembers it, and a closed morning keeps the
float it was counted with, so its difference stays what it was when a later float changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("location") as batch:
        batch.add_column(sa.Column("cash_float_cents", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("morning") as batch:
        batch.add_column(sa.Column("cash_float_cents", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("morning") as batch:
        batch.drop_column("cash_float_cents")
    with op.batch_alter_table("location") as batch:
        batch.drop_column("cash_float_cents")
