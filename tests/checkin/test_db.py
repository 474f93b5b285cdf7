"""The SQLite file: pragmas, refusing what is not ours or is damaged, upgrades, backups and restores."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import select

from checkin import paths
from checkin.db import (
    SCHEMA_REVISION,
    Database,
    alembic_config,
    check_file,
    copy_database,
    current_revision,
    make_engine,
    restore_database,
)
from checkin.errors import Rejected
from checkin.models import Family, Visit, VisitChild
from checkin.services import families
from tests.helpers.dbdump import dump
from tests.helpers.factories import make_family, make_morning


def _populate(database: Database) -> None:
    from checkin.services import drinks, visits
    from tests.helpers.factories import make_location

    with database.session() as session:
        location = make_location(session)
        morning = make_morning(session, location)
        family = make_family(session)
        visit = visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0)
        drinks.record_drinks(
            session, morning_id=morning.id or 0, visit_id=visit.id, kind="koffie", quantity=2
        )


def _checkpoint(db_path: Path) -> None:
    """Write the WAL into the main file, as a closed app leaves it."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def filled(database: Database) -> Database:
    _populate(database)
    return database


def test_pragmas_on_every_connection(database: Database) -> None:
    for _ in range(2):
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        database.engine.dispose()  # the next round gets a brand-new connection


def test_a_new_folder_gets_a_database_at_the_head_revision(tmp_path: Path) -> None:
    data_dir = tmp_path / "nieuw" / "map"
    database = Database.open(data_dir)
    try:
        assert database.path == data_dir / "checkin.sqlite"
        assert current_revision(database.engine) == SCHEMA_REVISION
        assert check_file(database.path) == []
        assert not paths.backup_dir(data_dir).exists()  # nothing to back up before a first upgrade
        # the migrations switch foreign keys off for themselves; the pooled connection has them on
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()


def test_the_data_folder_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.resolve_data_dir() == tmp_path / "env"
    assert paths.resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.resolve_data_dir() == paths.default_data_dir()


def test_a_data_folder_below_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    with pytest.raises(Rejected) as info:
        Database.open(blocker / "data")
    assert "kan niet worden beschreven" in info.value.message
    assert str(blocker / "data") in info.value.message
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "readonly"
    data_dir.mkdir()
    data_dir.chmod(0o500)
    try:
        with pytest.raises(Rejected) as info:
            Database.open(data_dir)
        assert "kan niet worden beschreven" in info.value.message
        assert list(data_dir.iterdir()) == []
    finally:
        data_dir.chmod(0o700)


# --- files that are not (sound) databases of this app ----------------------------------------------


def _text(path: Path, database_bytes: bytes) -> None:
    path.write_text("Naam;Woonplaats\nÖzlem;Numansdorp\n", encoding="utf-8")


def _empty(path: Path, database_bytes: bytes) -> None:
    path.write_bytes(b"")


def _truncated(path: Path, database_bytes: bytes) -> None:
    path.write_bytes(database_bytes[: len(database_bytes) // 3 + 100])


def _scribbled(path: Path, database_bytes: bytes) -> None:
    page = 4096
    data = bytearray(database_bytes)
    noise = random.Random(20261125)
    for start in range(2 * page, len(data) - page, page):  # every page but the first and the last
        data[start : start + page] = bytes(noise.getrandbits(8) for _ in range(page))
    path.write_bytes(bytes(data))


def _foreign(path: Path, database_bytes: bytes) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE boodschappen (wat TEXT, hoeveel INTEGER)")
        conn.execute("INSERT INTO boodschappen VALUES ('melk', 2)")
        conn.commit()


BAD_FILES: dict[str, Callable[[Path, bytes], None]] = {
    "text file": _text,
    "empty file": _empty,
    "truncated database": _truncated,
    "random bytes in the middle": _scribbled,
    "another SQLite database": _foreign,
}


@pytest.fixture(scope="module")
def sound_database_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real database of this app with some data in several pages, checkpointed into one file."""
    database = Database.open(tmp_path_factory.mktemp("sound"))
    from checkin.services.lists import ensure_default_lists

    with database.session() as session:
        ensure_default_lists(session)
    _populate(database)
    with database.session() as session:
        for n in range(60):
            make_family(session, name=f"Gezin {n}")
    database.dispose()
    _checkpoint(database.path)
    content = database.path.read_bytes()
    assert len(content) >= 8 * 4096
    return content


@pytest.mark.parametrize("damage", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_refused_and_left_as_it_is(
    tmp_path: Path, sound_database_bytes: bytes, damage: Callable[[Path, bytes], None]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db_path = paths.database_path(data_dir)
    damage(db_path, sound_database_bytes)
    before = db_path.read_bytes()

    problems = check_file(db_path)
    assert len(problems) == 1
    assert any(word in problems[0] for word in ("beschadigd", "geen database"))

    with pytest.raises(Rejected) as info:
        Database.open(data_dir)
    assert "De database kan niet worden geopend" in info.value.message
    assert problems[0] in info.value.message
    assert db_path.read_bytes() == before
    assert not paths.backup_dir(data_dir).exists()


@pytest.mark.parametrize("damage", [_truncated, _foreign], ids=["truncated", "another SQLite database"])
def test_the_light_check_of_reading_commands_still_refuses_what_is_not_ours(
    tmp_path: Path, sound_database_bytes: bytes, damage: Callable[[Path, bytes], None]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db_path = paths.database_path(data_dir)
    damage(db_path, sound_database_bytes)
    before = db_path.read_bytes()
    assert len(check_file(db_path, quick=True, pages=False)) == 1
    with pytest.raises(Rejected, match="kan niet worden geopend"):
        Database.open(data_dir, scan_pages=False)
    assert db_path.read_bytes() == before


def test_check_file_on_a_missing_file(tmp_path: Path) -> None:
    assert check_file(tmp_path / "nergens.sqlite") == [
        f"Er is geen database op {tmp_path / 'nergens.sqlite'}."
    ]


def test_check_file_finds_missing_rows(filled: Database) -> None:
    filled.dispose()
    with contextlib.closing(sqlite3.connect(filled.path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM family")
        conn.commit()
    (problem,) = check_file(filled.path)
    assert "ontbrekende rijen" in problem


def test_a_database_of_a_newer_app_is_refused(filled: Database) -> None:
    filled.dispose()
    with contextlib.closing(sqlite3.connect(filled.path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    _checkpoint(filled.path)
    before = filled.path.read_bytes()
    newer = "Deze gegevens zijn gemaakt met een nieuwere versie van de app: werk de app bij."
    assert check_file(filled.path) == [newer]
    assert check_file(filled.path, pages=False) == [newer]
    with pytest.raises(Rejected) as info:
        Database.open(filled.data_dir)
    assert "nieuwere versie" in info.value.message
    assert filled.path.read_bytes() == before


# --- upgrading an older database --------------------------------------------------------------------

ROWS_0001 = {
    "location": [(1, "De Kleine Knuistjes", "Buttervliet 2", "Numansdorp", 50, 30, "https://example.nl", "")],
    "scheduleslot": [(1, 1, 2, "09:30:00.000000", "11:30:00.000000")],
    "listitem": [
        (1, "village", "Numansdorp", 0, 1),
        (2, "referral", "flyer/poster", 0, 1),
        (3, "consumption", "koffie", 0, 1),
    ],
    "setting": [("min_count", "5"), ("_version", "1")],
    "activity": [(1, 1, "2026-11-18", "Voorlezen", "Kinderboekenweek", "", "Bibliotheek", None, None, "")],
    "morning": [
        (
            1,
            1,
            "2026-11-18",
            "09:30:00.000000",
            "11:30:00.000000",
            "Kinderboekenweek",
            1,
            2,
            "rustig",
            "2026-11-18 09:15:00.000000",
            "2026-11-18 11:40:00.000000",
            150,
        ),
        (
            2,
            1,
            "2026-11-25",
            "09:30:00.000000",
            "11:30:00.000000",
            "",
            None,
            1,
            "",
            "2026-11-25 09:15:00.000000",
            None,
            None,
        ),
    ],
    "family": [
        (
            1,
            "K7F3",
            "Özlem",
            " ozlem ela k7f3 ",
            "Numansdorp",
            "flyer/poster",
            "2026-11-18",
            "2026-1",
            "2026-11-18 09:00:00.000000",
            None,
        ),
        (
            2,
            None,
            None,
            "",
            "Numansdorp",
            "flyer/poster",
            None,
            "2026-1",
            "2026-11-18 09:05:00.000000",
            "2026-11-20 12:00:00.000000",
        ),
    ],
    "child": [(1, 1, 2024, 5, 0, "Ela"), (2, 1, 2027, 2, 1, "")],
    "visit": [
        (1, 1, 1, "2026-11-18 09:40:00.000000", "2026-11-18 11:00:00.000000", 1, 1, 0, 0, "blij"),
        (2, 1, 2, "2026-11-18 09:50:00.000000", "2026-11-18 11:40:00.000000", 0, 0, 1, 0, None),
        (3, 2, 1, "2026-11-25 09:35:00.000000", None, 1, 0, 0, 0, None),
    ],
    "visitchild": [(1, 1, 1, 30), (2, 2, None, 14), (3, 3, 1, 30), (4, 3, 2, None)],
    "consumption": [
        (1, 1, 1, "koffie", 2, 50, "contant", "2026-11-18 09:45:00.000000"),
        (2, 1, 2, "koffie", 1, 50, "gratis", "2026-11-18 09:55:00.000000"),
        (3, 1, None, "koffie", 1, 50, "pin", "2026-11-18 10:15:00.000000"),
        (4, 2, 3, "koffie", 1, 50, "contant", "2026-11-25 09:45:00.000000"),
    ],
}


def _database_at_0001_with_data(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    from alembic import command

    data_dir.mkdir(parents=True)
    db_path = paths.database_path(data_dir)
    engine = make_engine(db_path)
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        for table, rows in ROWS_0001.items():
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        conn.commit()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    old = dump(db_path)
    assert old["alembic_version"] == [("0001",)]
    return old


def test_upgrade_from_0001_keeps_every_row_after_a_backup(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    old = _database_at_0001_with_data(data_dir)

    database = Database.open(data_dir)
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        new = dump(database.path)
        with contextlib.closing(sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)) as conn:
            for table, rows in old.items():
                if table == "alembic_version":
                    continue
                width = len(rows[0])
                columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')][:width]
                kept = sorted(
                    conn.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall(), key=repr
                )
                assert kept == rows, table
        assert len(new["visit"]) == 3 and len(new["visitchild"]) == 4 and len(new["consumption"]) == 4
        # the new columns got their defaults
        with database.session() as session:
            assert [v.imported for v in session.exec(select(Visit))] == [False, False, False]
            assert {vc.age_known for vc in session.exec(select(VisitChild))} == {True}
            # and the upgraded data works with the services
            assert [m.family_id for m in families.search_families(session, "ozlem")] == [1]
            assert session.get(Family, 2) is not None

        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        backups = list(paths.backup_dir(data_dir).iterdir())
        assert len(backups) == 1
        assert "voor-upgrade" in backups[0].name
        assert dump(backups[0]) == old
        assert check_file(backups[0]) == []
    finally:
        database.dispose()


def test_a_current_database_is_opened_without_a_backup(filled: Database) -> None:
    filled.dispose()
    again = Database.open(filled.data_dir)
    again.dispose()
    assert not paths.backup_dir(filled.data_dir).exists()


# --- backups and restores --------------------------------------------------------------------------


def test_backup_and_restore_round_trip(filled: Database, tmp_path: Path) -> None:
    original = dump(filled.path)
    copy = filled.backup(target=tmp_path / "kopie" / "backup.sqlite")
    assert dump(copy) == original
    assert check_file(copy) == []
    assert not [p for p in copy.parent.iterdir() if p.name.startswith(".partial-")]

    elsewhere = tmp_path / "elders"
    assert restore_database(copy, elsewhere) is None  # nothing was replaced
    assert dump(paths.database_path(elsewhere)) == original
    restored = Database.open(elsewhere)
    restored.dispose()
    assert dump(paths.database_path(elsewhere)) == original


def test_automatic_backups_are_named_with_their_reason(filled: Database) -> None:
    path = filled.backup(reason="dagelijks")
    assert path.parent == paths.backup_dir(filled.data_dir)
    assert path.name.startswith("checkin-") and path.name.endswith("-dagelijks.sqlite")
    assert dump(path) == dump(filled.path)


def test_restore_keeps_the_replaced_database_as_a_backup(filled: Database, tmp_path: Path) -> None:
    replaced = dump(filled.path)
    other = Database.open(tmp_path / "other")
    from checkin.services.lists import ensure_default_lists

    with other.session() as session:
        ensure_default_lists(session)
        make_family(session, name="Andere")
    other.dispose()
    incoming = dump(other.path)
    assert incoming != replaced
    filled.dispose()

    kept = restore_database(other.path, filled.data_dir)

    assert kept is not None
    assert kept.parent == paths.backup_dir(filled.data_dir)
    assert "voor-terugzetten" in kept.name
    assert dump(kept) == replaced
    assert dump(filled.path) == incoming
    assert check_file(filled.path) == []


@pytest.mark.parametrize("damage", [_text, _truncated, _foreign], ids=["text", "truncated", "foreign"])
def test_restore_of_a_bad_file_changes_nothing(
    filled: Database, tmp_path: Path, sound_database_bytes: bytes, damage: Callable[[Path, bytes], None]
) -> None:
    bad = tmp_path / "bad.sqlite"
    damage(bad, sound_database_bytes)
    before = dump(filled.path)
    with pytest.raises(Rejected) as info:
        restore_database(bad, filled.data_dir)
    assert "kan niet worden teruggezet" in info.value.message
    assert dump(filled.path) == before
    assert not paths.backup_dir(filled.data_dir).exists()


def test_copy_database_of_a_bad_source_leaves_nothing_behind(tmp_path: Path) -> None:
    source = tmp_path / "tekst.sqlite"
    source.write_text("geen database")
    target = tmp_path / "out" / "copy.sqlite"
    with pytest.raises(Rejected) as info:
        copy_database(source, target)
    assert "kan niet worden gekopieerd" in info.value.message
    assert list(target.parent.iterdir()) == []


def test_copy_database_to_an_unwritable_place(filled: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(Rejected) as info:
        copy_database(filled.path, blocker / "copy.sqlite")
    assert "Kan niet schrijven naar" in info.value.message


def test_transaction_rolls_back_everything_on_an_error(database: Database) -> None:
    before = dump(database.path)
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.add(Family(code="AAAA", created_at=datetime(2026, 1, 1)))
        session.flush()
        raise RuntimeError("stroom uitgevallen")
    assert dump(database.path) == before
    with database.transaction() as session:
        session.add(Family(code="AAAA", created_at=datetime(2026, 1, 1)))
    assert len(dump(database.path)["family"]) == 1


def test_a_backup_of_a_live_database_holds_committed_work_in_the_wal(
    filled: Database, tmp_path: Path
) -> None:
    wal = filled.path.with_name(filled.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the work is still in the WAL
    copy = tmp_path / "live-copy.sqlite"
    copy_database(filled.path, copy)
    assert len(dump(copy)["visit"]) == 1


def test_an_old_backup_is_restored_and_upgraded_with_all_its_rows(tmp_path: Path) -> None:
    old_folder = tmp_path / "oud"
    old = _database_at_0001_with_data(old_folder)
    target = tmp_path / "nieuw"
    restore_database(paths.database_path(old_folder), target)
    assert dump(paths.database_path(target)) == old
    database = Database.open(target)
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        new = dump(database.path)
        assert {t: len(new[t]) for t in old if t != "alembic_version"} == {
            t: len(rows) for t, rows in old.items() if t != "alembic_version"
        }
    finally:
        database.dispose()


@pytest.mark.parametrize("damage", [_text, _scribbled, _truncated], ids=["text", "scribbled", "truncated"])
def test_a_backup_is_restored_over_a_damaged_database(
    filled: Database, tmp_path: Path, sound_database_bytes: bytes, damage: Callable[[Path, bytes], None]
) -> None:
    good = filled.backup(target=tmp_path / "goed.sqlite")
    filled.dispose()
    broken = tmp_path / "broken"
    broken.mkdir()
    db_path = paths.database_path(broken)
    damage(db_path, sound_database_bytes)
    damaged_bytes = db_path.read_bytes()

    kept = restore_database(good, broken)

    assert kept is not None and "beschadigd" in kept.name  # set aside by renaming, not copied
    assert kept.read_bytes() == damaged_bytes
    assert check_file(db_path) == []
    assert dump(db_path) == dump(good)
    reopened = Database.open(broken)
    reopened.dispose()
