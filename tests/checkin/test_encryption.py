"""Encryption at rest with SQLCipher, switched on by CHECKIN_PASSPHRASE."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin import backups, crypto, paths, privacy
from checkin.db import Database, check_file, restore_database
from checkin.errors import Rejected
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location

pytest.importorskip("sqlcipher3")

KEY = "geheim ' met aanhalingsteken"
NAME = "Wilhelmientje"


def _all_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def _fill(data_dir: Path, *, name: str = NAME) -> Database:
    database = Database.open(data_dir)
    with database.session() as session:
        ensure_default_lists(session)
        make_location(session)
        make_family(session, name=name)
    return database


def test_new_database_and_backups_are_encrypted(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    database = _fill(data_dir)
    try:
        made = backups.make_backup(database, reason="start")
        assert NAME.encode() not in _all_bytes(data_dir)  # database, WAL and backup while open
        assert not crypto.is_plain(database.path) and not crypto.is_plain(made)
        assert check_file(database.path) == [] and check_file(made) == []
        assert backups.describe(made).families == 1
    finally:
        database.dispose()
    assert NAME.encode() not in _all_bytes(data_dir)


def test_wrong_or_missing_key_gets_a_dutch_message(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    _fill(data_dir).dispose()
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "verkeerd")
    assert "sleutel past niet" in " ".join(check_file(paths.database_path(data_dir)))
    with pytest.raises(Rejected, match="sleutel past niet"):
        Database.open(data_dir)
    monkeypatch.delenv(crypto.ENV_PASSPHRASE)
    assert "geen database van deze app" in " ".join(check_file(paths.database_path(data_dir)))


def test_existing_plain_database_is_converted_with_its_backups(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(crypto.ENV_PASSPHRASE, raising=False)
    database = _fill(data_dir)
    backups.make_backup(database, reason="start")
    database.dispose()
    assert NAME.encode() in _all_bytes(data_dir)
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    converted = Database.open(data_dir)
    try:
        assert NAME.encode() not in _all_bytes(data_dir)
        reasons = sorted(b.reason for b in backups.list_backups(data_dir))
        assert reasons == ["start", "voor-versleuteling"]
        assert all(check_file(b.path) == [] for b in backups.list_backups(data_dir))
        assert backups.describe(converted.path).families == 1
        with converted.session() as session:
            make_family(session, name="Na de omzetting")
        assert b"Na de omzetting" not in _all_bytes(data_dir)
    finally:
        converted.dispose()


def test_restore_and_erasure_work_encrypted(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    database = _fill(data_dir)
    try:
        made = backups.make_backup(database, reason="start")
        with database.session() as session:
            family = make_family(session, name="Tweede")
        second = backups.make_backup(database, reason="periodiek")
        result = privacy.erase_everywhere(database, family_id=family.id)
        assert result.backups_changed == 1  # only the backup that held it
        assert backups.describe(second).families == 1
    finally:
        database.dispose()
    kept = restore_database(made, data_dir)
    assert kept is not None and check_file(kept) == []
    assert check_file(paths.database_path(data_dir)) == []
    assert backups.describe(paths.database_path(data_dir)).families == 1


def test_conversion_without_a_backups_folder(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crypto.ENV_PASSPHRASE, raising=False)
    _fill(data_dir).dispose()
    assert not paths.backup_dir(data_dir).exists()
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    Database.open(data_dir).dispose()
    assert [b.reason for b in backups.list_backups(data_dir)] == ["voor-versleuteling"]
    assert NAME.encode() not in _all_bytes(data_dir)


@pytest.mark.parametrize("laptop_b_key", ["sleutel van laptop B", None])
def test_backup_from_another_laptop_needs_its_recovery_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, laptop_b_key: str | None
) -> None:
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "sleutel van laptop A")
    laptop_a = _fill(tmp_path / "a")
    try:
        made = backups.make_backup(laptop_a, reason="start")
    finally:
        laptop_a.dispose()
    if laptop_b_key is None:
        monkeypatch.delenv(crypto.ENV_PASSPHRASE)
    else:
        monkeypatch.setenv(crypto.ENV_PASSPHRASE, laptop_b_key)
    laptop_b = tmp_path / "b"
    laptop_b.mkdir()
    assert not backups.describe(made).sound  # this laptop's key does not open it
    with pytest.raises(Rejected):
        restore_database(made, laptop_b)
    assert backups.describe(made, key="sleutel van laptop A").families == 1
    restore_database(made, laptop_b, source_key="sleutel van laptop A")
    assert check_file(paths.database_path(laptop_b)) == []  # with laptop B's own key (or none)
    reopened = Database.open(laptop_b)
    try:
        assert backups.describe(reopened.path).families == 1
    finally:
        reopened.dispose()
    if laptop_b_key is None:
        assert crypto.is_plain(paths.database_path(laptop_b))
