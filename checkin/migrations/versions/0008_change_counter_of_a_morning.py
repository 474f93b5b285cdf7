"""change counter of a morning (several desks on one database)

Every door action bumps ``morning.changes`` in its own transaction; the desks poll it (one tiny
read a second) to refresh their present list when another desk checked a family in or out.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("morning") as batch:
        batch.add_column(sa.Column("changes", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("morning") as batch:
        batch.drop_column("changes")
