"""The alembic migrations: one head, from empty to head, models equal to migrations, down and up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import checkin.models  # noqa: F401 - the tables
from checkin.db import (
    SCHEMA_REVISION,
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    make_engine,
)


def test_a_single_head_that_the_app_knows() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert head_revision() == SCHEMA_REVISION
    assert known_revisions() == {
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0008",
        "0009",
        "0010",
    }
    # a straight line from the first revision
    assert [rev.revision for rev in script.walk_revisions()][-1] == "0001"


def _differences(db_path: Path) -> list[object]:
    engine = make_engine(db_path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, SQLModel.metadata))
    finally:
        engine.dispose()


def test_upgrade_from_empty_to_head_matches_the_models(tmp_path: Path) -> None:
    db_path = tmp_path / "leeg.sqlite"
    engine = make_engine(db_path)
    try:
        assert current_revision(engine) is None
        command.upgrade(alembic_config(engine), "head")
        assert current_revision(engine) == SCHEMA_REVISION
    finally:
        engine.dispose()
    assert _differences(db_path) == []


def test_a_model_change_without_a_migration_would_be_noticed(tmp_path: Path) -> None:
    """The comparison above can fail: a database one revision behind differs from the models."""
    db_path = tmp_path / "oud.sqlite"
    engine = make_engine(db_path)
    try:
        command.upgrade(alembic_config(engine), "0001")
    finally:
        engine.dispose()
    assert _differences(db_path) != []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    db_path = tmp_path / "heen-en-terug.sqlite"
    engine = make_engine(db_path)
    try:
        config = alembic_config(engine)
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        assert current_revision(engine) is None
        with engine.connect() as connection:
            tables = {
                row[0]
                for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert tables <= {"alembic_version"}
        command.upgrade(config, "head")
        assert current_revision(engine) == SCHEMA_REVISION
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    assert _differences(db_path) == []


def test_downgrade_with_data_keeps_the_rows(tmp_path: Path) -> None:
    """Rebuilding the visit table (batch mode) must not cascade into its children and drinks."""
    from checkin.db import Database
    from checkin.services import drinks, visits
    from checkin.services.lists import ensure_default_lists
    from tests.helpers.dbdump import counts
    from tests.helpers.factories import make_family, make_location, make_morning

    database = Database.open(tmp_path / "data")
    with database.session() as session:
        ensure_default_lists(session)
        location = make_location(session)
        morning = make_morning(session, location)
        family = make_family(session)
        visit = visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0)
        drinks.record_drinks(session, morning_id=morning.id or 0, visit_id=visit.id, kind="thee")
    before = counts(database.path)
    assert before.pop("undoentry") == 2  # the check-in and the tea; 0004's table goes down with it
    for table in ("desk", "journalapplied", "doubleregistration"):  # 0009's tables, empty, go too
        assert before.pop(table) == 0
    assert before.pop("morningfigures") == 1  # 0010: the morning's changes counted; goes down with it
    command.downgrade(alembic_config(database.engine), "0001")
    after = counts(database.path)
    database.dispose()
    assert after == before
    assert (after["visitchild"], after["consumption"]) == (1, 1)


def test_upgrade_from_0003_to_0004_keeps_the_morning_and_starts_an_empty_undo_table(tmp_path: Path) -> None:
    """A database of the day before (0003, a morning under way) opens at 0004: nothing lost, and
    the actions of before the upgrade simply cannot be undone (the old app kept them in memory)."""
    from checkin.db import Database
    from checkin.services import undo, visits
    from checkin.services.lists import ensure_default_lists
    from tests.helpers.dbdump import dump
    from tests.helpers.factories import make_family, make_location, make_morning

    database = Database.open(tmp_path / "data")
    with database.session() as session:
        ensure_default_lists(session)
        location = make_location(session)
        morning = make_morning(session, location)
        family = make_family(session)
        visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0)
        morning_id = morning.id or 0
    command.downgrade(alembic_config(database.engine), "0003")
    path = database.path
    database.dispose()
    old = dump(path)
    assert "undoentry" not in old

    database = Database.open(tmp_path / "data")  # the app of 0004 starts on the old file
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        new = dump(path)
        assert new.pop("undoentry") == []
        for table in ("desk", "journalapplied", "doubleregistration"):  # 0009: the desks' journal
            assert new.pop(table) == []
        new.pop("alembic_version"), old.pop("alembic_version")
        assert new.pop("morningfigures") == []  # 0010: the kept figures, made by the first report
        assert [row[-1] for row in new["morning"]] == [0] * len(old["morning"])  # 0008: the desks' counter
        new["morning"] = [row[:-1] for row in new["morning"]]
        for table in ("location", "morning"):  # 0005 adds the float (wisselgeld), 0 for what was there
            assert [row[-1] for row in new[table]] == [0] * len(old[table])
            new[table] = [row[:-1] for row in new[table]]
        assert new == old
        with database.session() as session:
            assert undo.last_entry(session, morning_id) is None
            other = make_family(session, name="Fatma")
            visits.check_in(session, morning_id=morning_id, family_id=other.id or 0)
            last = undo.last_entry(session, morning_id)
            assert last is not None and last.description == "inchecken van Fatma"
    finally:
        database.dispose()
    assert _differences(path) == []
