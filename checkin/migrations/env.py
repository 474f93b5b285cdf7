"""Alembic environment: migrations run on the app's engine, in batch mode, in ONE transaction.

A kill at any moment of an upgrade leaves either the old or the new revision: every statement of
every migration, the DDL of SQLite's batch mode (copy a table, drop the old one, rename the copy)
included, runs in a single SQLite transaction that commits with the new version number.

pysqlite's own transaction handling would get in the way: in its legacy mode it begins a
transaction only before INSERT/UPDATE/DELETE and leaves DDL in autocommit, which is how an
interrupted upgrade used to leave a ``_alembic_tmp_visit`` table behind. So, as SQLAlchemy's
documentation on pysqlite and transactional DDL advises, the driver's handling is switched off
(``isolation_level = None``) and the migration emits ``BEGIN IMMEDIATE`` itself.

On PostgreSQL (``checkin.engines``) none of that is needed: its DDL is transactional as it is.
The upgrade runs in one transaction too, holding an advisory lock, so two desks that start at
once upgrade the schema once.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import event
from sqlmodel import SQLModel

import checkin.models  # noqa: F401 - registers the tables on SQLModel.metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only when alembic is run by hand
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")


MIGRATION_LOCK = 7_221_014
"""The advisory lock a PostgreSQL upgrade holds: two desks starting at once upgrade one after the other."""


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _run_on_server() -> None:
    """PostgreSQL: DDL is transactional as it is; one transaction, under an advisory lock.

    The second desk to start waits for the lock, then finds the schema at the head and does nothing.
    """
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=True,  # runs as plain ALTER TABLE on PostgreSQL
            compare_type=True,
            transactional_ddl=True,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()


def _run_on_sqlite() -> None:
    with engine.connect() as connection:
        _run_on_sqlite_connection(connection)


def _run_on_sqlite_connection(connection: Any) -> None:
    raw = connection.connection.dbapi_connection
    assert raw is not None
    legacy_level = raw.isolation_level
    raw.isolation_level = None  # the driver no longer begins or commits by itself
    # A batch migration copies a table, drops the old one and renames the copy. With foreign keys
    # on, dropping the old table deletes every row that points to it through ON DELETE CASCADE
    # (all children at visits and drinks on visits when "visit" is rebuilt). The pragma only takes
    # effect outside a transaction, so it is switched off before the transaction begins and the
    # references are checked before it commits.
    raw.execute("PRAGMA foreign_keys=OFF")
    event.listen(connection, "begin", _begin)
    try:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=True,
            compare_type=True,
            transactional_ddl=True,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            context.run_migrations()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left {len(broken)} rows pointing to missing rows")
    finally:
        event.remove(connection, "begin", _begin)
        if connection.in_transaction():
            connection.rollback()
        if raw.in_transaction:
            raw.rollback()
        raw.execute("PRAGMA foreign_keys=ON")
        raw.isolation_level = legacy_level


if engine.dialect.name == "sqlite":
    _run_on_sqlite()
else:
    _run_on_server()
