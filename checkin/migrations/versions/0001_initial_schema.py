"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 01:49:01.791287
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("search_key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("village", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("referral", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_version", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family")),
        sa.UniqueConstraint("code", name=op.f("uq_family_code")),
    )
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_search_key"), ["search_key"], unique=False)

    op.create_table(
        "listitem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listitem")),
        sa.UniqueConstraint("kind", "value", name=op.f("uq_listitem_kind")),
    )
    with op.batch_alter_table("listitem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_listitem_kind"), ["kind"], unique=False)

    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("village", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("web_url", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("logo_path", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("name", name=op.f("uq_location_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("theme", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("partner", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("start", sa.Time(), nullable=True),
        sa.Column("end", sa.Time(), nullable=True),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_activity_location_id_location"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_location_id"), ["location_id"], unique=False)

    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=False),
        sa.Column("birth_month", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Boolean(), nullable=False),
        sa.Column("nickname", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.CheckConstraint("birth_month BETWEEN 1 AND 12", name=op.f("ck_child_birth_month")),
        sa.ForeignKeyConstraint(
            ["family_id"], ["family.id"], name=op.f("fk_child_family_id_family"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_family_id"), ["family_id"], unique=False)

    op.create_table(
        "scheduleslot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_scheduleslot_weekday")),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_scheduleslot_location_id_location"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduleslot")),
        sa.UniqueConstraint("location_id", "weekday", name=op.f("uq_scheduleslot_location_id")),
    )
    with op.batch_alter_table("scheduleslot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scheduleslot_location_id"), ["location_id"], unique=False)

    op.create_table(
        "morning",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("theme", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("hosts", sa.Integer(), nullable=False),
        sa.Column("host_notes", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("cash_counted_cents", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_morning_activity_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_morning_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_morning")),
        sa.UniqueConstraint("location_id", "day", name=op.f("uq_morning_location_id")),
    )
    with op.batch_alter_table("morning", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_morning_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_morning_location_id"), ["location_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("morning_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("mothers", sa.Integer(), nullable=False),
        sa.Column("fathers", sa.Integer(), nullable=False),
        sa.Column("grandparents", sa.Integer(), nullable=False),
        sa.Column("others", sa.Integer(), nullable=False),
        sa.Column("mood", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_visit_family_id_family"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["morning_id"],
            ["morning.id"],
            name=op.f("fk_visit_morning_id_morning"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("morning_id", "family_id", name=op.f("uq_visit_morning_id")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_morning_id"), ["morning_id"], unique=False)

    op.create_table(
        "consumption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("morning_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("payment", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_consumption_quantity")),
        sa.ForeignKeyConstraint(
            ["morning_id"],
            ["morning.id"],
            name=op.f("fk_consumption_morning_id_morning"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_consumption_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consumption")),
    )
    with op.batch_alter_table("consumption", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consumption_morning_id"), ["morning_id"], unique=False)

    op.create_table(
        "visitchild",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("age_months", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_visitchild_child_id_child"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visitchild_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitchild")),
    )
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visitchild_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visitchild", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visitchild_visit_id"))

    op.drop_table("visitchild")
    with op.batch_alter_table("consumption", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consumption_morning_id"))

    op.drop_table("consumption")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_morning_id"))
        batch_op.drop_index(batch_op.f("ix_visit_family_id"))

    op.drop_table("visit")
    with op.batch_alter_table("morning", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_morning_location_id"))
        batch_op.drop_index(batch_op.f("ix_morning_day"))

    op.drop_table("morning")
    with op.batch_alter_table("scheduleslot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scheduleslot_location_id"))

    op.drop_table("scheduleslot")
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_family_id"))

    op.drop_table("child")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_location_id"))
        batch_op.drop_index(batch_op.f("ix_activity_day"))

    op.drop_table("activity")
    op.drop_table("setting")
    op.drop_table("location")
    with op.batch_alter_table("listitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_listitem_kind"))

    op.drop_table("listitem")
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_search_key"))

    op.drop_table("family")
