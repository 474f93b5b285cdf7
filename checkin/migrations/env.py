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

with engine.connect() as connection:
    # A batch migration copies a table and drops the old one. With foreign keys on, that DROP would
    # run ON DELETE CASCADE and empty the child tables (visits lose their drinks and children), so
    # they are off while migrating (set outside a transaction, where SQLite honours it) and checked after.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=SQLModel.metadata,
                render_as_batch=True,
                compare_type=True,
            )
            with context.begin_transaction():
                context.run_migrations()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left {len(broken)} broken references")
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
