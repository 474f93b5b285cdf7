"""imported visits and unknown ages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 01:54:25.176935
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imported", sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.add_column(sa.Column("age_known", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.drop_column("age_known")

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("imported")
