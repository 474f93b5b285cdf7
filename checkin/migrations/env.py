"""Alembic environment: migrations run on the app's engine, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import checkin.models  # noqa: F401 - registers the tables on SQLModel.metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only when alembic is run by hand
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
