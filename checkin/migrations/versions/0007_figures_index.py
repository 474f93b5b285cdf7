"""covering indexes for the figures' one pass

The figures read, per morning, its visits grouped by imported, arrival and mood with the adults by
role, and its children's ages (``checkin.stats.counting``). With these two indexes both are read
from the index alone, without a look-up of every visit's and every child's row (about a fifth less
time for a report over a million visits). They replace the indexes on ``visit.morning_id`` and
``visitchild.visit_id``, which they start with, so a check-in still updates as many indexes (a
visit's other look-ups by morning use the unique index on morning and family).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 23:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VISIT_FIGURES = [
    "morning_id",
    "imported",
    "arrived_at",
    "mood",
    "mothers",
    "fathers",
    "grandparents",
    "others",
]
CHILD_FIGURES = ["visit_id", "age_known", "age_months"]


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_figures", VISIT_FIGURES, unique=False)
        batch_op.drop_index(batch_op.f("ix_visit_morning_id"))
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.create_index("ix_visitchild_figures", CHILD_FIGURES, unique=False)
        batch_op.drop_index(batch_op.f("ix_visitchild_visit_id"))


def downgrade() -> None:
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visitchild_visit_id"), ["visit_id"], unique=False)
        batch_op.drop_index("ix_visitchild_figures")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_morning_id"), ["morning_id"], unique=False)
        batch_op.drop_index("ix_visit_figures")
