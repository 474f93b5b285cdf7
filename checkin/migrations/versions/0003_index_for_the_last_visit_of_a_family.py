"""index for the last visit of a family

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 02:05:30.428005
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_family_id"))
        batch_op.create_index("ix_visit_family_arrived", ["family_id", "arrived_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_family_arrived")
        batch_op.create_index(batch_op.f("ix_visit_family_id"), ["family_id"], unique=False)
