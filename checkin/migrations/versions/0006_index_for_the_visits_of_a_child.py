"""index for the visits of a child

Erasing a family deletes its children; SQLite then sets ``visitchild.child_id`` to NULL on every
visit that names them (ON DELETE SET NULL), which without this index scans all visits once per
child: the retention rule took 20 s for 1,300 families over five years of visits.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 20:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visitchild_child_id"), ["child_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visitchild_child_id"))
