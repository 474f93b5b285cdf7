"""Encryption at rest with SQLCipher, switched on by CHECKIN_PASSPHRASE."""

from __future__ import annotations

import sys
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


def test_kdf_is_sqlcipher_default() -> None:
    """The key derived once per process is the one SQLCipher derives: its defaults are ours."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        assert conn.execute("PRAGMA cipher_default_kdf_iter").fetchone() == (str(crypto.KDF_ITERATIONS),)
        assert conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone() == ("PBKDF2_HMAC_SHA512",)
        assert conn.execute("PRAGMA cipher_default_plaintext_header_size").fetchone() == ("0",)
    finally:
        conn.close()


def test_raw_key_opens_files_keyed_with_the_passphrase(tmp_path: Path) -> None:
    """A file SQLCipher keyed from the passphrase (every file made before the raw key) opens with the
    raw key; a file made through ``crypto.connect`` opens with the bare passphrase (recovery keys)."""
    import sqlcipher3

    old = tmp_path / "old.sqlite"
    conn = sqlcipher3.connect(str(old))
    conn.execute(f"PRAGMA key = {crypto._quoted(KEY)}")
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    crypto._raw_key.cache_clear()
    for _ in range(2):  # derived the first time, from the cache the second
        conn = crypto.connect(old, key=KEY)
        assert conn.execute("SELECT a FROM t").fetchall() == [(1,)]
        conn.close()
    assert crypto._raw_key.cache_info().hits >= 1
    readonly = crypto.connect_existing(old, readonly=True, key=KEY)
    assert readonly.execute("SELECT a FROM t").fetchall() == [(1,)]
    readonly.close()
    with pytest.raises(sqlcipher3.DatabaseError):
        crypto.connect(old, key="verkeerd").execute("SELECT a FROM t").fetchall()

    new = tmp_path / "new.sqlite"
    conn = crypto.connect(new, key=KEY)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    conn = sqlcipher3.connect(str(new))
    conn.execute(f"PRAGMA key = {crypto._quoted(KEY)}")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    conn.close()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the D-Bus keyrings of Linux")
def test_keyring_is_not_loaded_where_none_can_be_reached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "keyring", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert crypto._no_keyring_reachable()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    assert not crypto._no_keyring_reachable()
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    (tmp_path / "python_keyring").mkdir()
    (tmp_path / "python_keyring" / "keyringrc.cfg").write_text("[backend]\n", encoding="utf-8")
    assert not crypto._no_keyring_reachable()  # a keyring of the user's choice is asked
