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
    # A batch migration copies a table, drops the old one and renames the copy. With foreign keys
    # on, dropping the old table deletes every row that points to it through ON DELETE CASCADE
    # (all children at visits and drinks on visits when "visit" is rebuilt). The pragma only takes
    # effect outside a transaction, so it is switched off before the migrations begin and the
    # references are checked before it is switched on again.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
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
                raise RuntimeError(f"migration left {len(broken)} rows pointing to missing rows")
    finally:
        connection.rollback()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
