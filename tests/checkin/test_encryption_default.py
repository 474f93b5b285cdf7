"""Encrypted by default on the command line, the start-up passphrase's key file, and file modes 0600/0700."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from checkin import crypto, instance, keys, logs, paths
from checkin.cli import main
from checkin.commands import keys as cli_keys
from checkin.db import Database, check_file
from checkin.errors import Rejected

pytest.importorskip("sqlcipher3")
keyring = pytest.importorskip("keyring")
from tests.helpers.keyrings import MemoryKeyring  # noqa: E402

PASSPHRASE = "vier woorden op een rij"
POSIX = os.name == "posix"


@pytest.fixture
def by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Encryption by default as a host meets it: no CHECKIN_ENCRYPTION=none."""
    monkeypatch.delenv(crypto.ENV_ENCRYPTION)


@pytest.fixture
def memory_keyring(memory_keyring: MemoryKeyring, by_default: None) -> MemoryKeyring:
    """The memory keyring, with encryption by default (no CHECKIN_ENCRYPTION=none)."""
    return memory_keyring


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def no_plain_copy(data_dir: Path) -> list[Path]:
    """Every file of the data folder that starts with the header of a plain SQLite file."""
    return [p for p in data_dir.rglob("*") if p.is_file() and p.read_bytes()[:16] == crypto.SQLITE_HEADER]


def test_a_command_that_makes_a_new_folder_encrypts_it_under_a_keyring(
    memory_keyring, data_dir: Path, tmp_path: Path, capsys
) -> None:
    assert main(["cards", "--out", str(tmp_path / "kaarten.pdf"), "--data-dir", str(data_dir)]) in (0, 2)
    key = memory_keyring.store[(crypto.KEYRING_SERVICE, crypto.KEYRING_USER)]
    err = capsys.readouterr().err
    assert key in err and "één keer" in err  # the recovery key, printed once
    db_path = paths.database_path(data_dir)
    assert not crypto.is_plain(db_path)
    crypto.use_key(None)
    crypto._keyring_key.cache_clear()
    assert check_file(db_path) == []  # the next process finds the key in the keyring
    assert main(["backup", "--out", str(tmp_path / "stick" / "b.sqlite"), "--data-dir", str(data_dir)]) == 0
    database = Database.open(data_dir)
    database.backup(reason="test")
    database.dispose()
    assert no_plain_copy(data_dir) == []
    assert not crypto.is_plain(tmp_path / "stick" / "b.sqlite")
    assert key not in capsys.readouterr().err  # only once


def test_without_a_keyring_a_new_folder_says_it_is_not_encrypted(
    by_default: None, data_dir: Path, tmp_path: Path, capsys
) -> None:
    main(["cards", "--out", str(tmp_path / "kaarten.pdf"), "--data-dir", str(data_dir)])
    err = capsys.readouterr().err.splitlines()
    assert cli_keys.NOT_ENCRYPTED in err and "checkin encrypt" in cli_keys.NOT_ENCRYPTED
    assert crypto.is_plain(paths.database_path(data_dir))


def test_demo_is_plain_and_says_so_once(memory_keyring, data_dir: Path, capsys) -> None:
    assert main(["demo", "--families", "5", "--weeks", "2", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.count(cli_keys.DEMO_NOT_ENCRYPTED) == 1
    assert crypto.is_plain(paths.database_path(data_dir))
    assert memory_keyring.store == {}  # no key was made for made-up data


def test_the_key_file_opens_with_the_passphrase_only(data_dir: Path) -> None:
    data_dir.mkdir()
    key = keys.new_key()
    keys.write_key_file(data_dir, passphrase=PASSPHRASE, key=key)
    assert keys.read_key_file(data_dir, PASSPHRASE) == key
    assert keys.read_key_file(data_dir, PASSPHRASE + "!") is None
    assert key.encode() not in keys.key_file(data_dir).read_bytes()
    if POSIX:
        assert mode(keys.key_file(data_dir)) == 0o600


def test_a_new_passphrase_follows_the_rule() -> None:
    with pytest.raises(Rejected, match="te kort"):
        keys.check_new_passphrase("kort", "kort")
    with pytest.raises(Rejected, match="niet gelijk"):
        keys.check_new_passphrase(PASSPHRASE, PASSPHRASE + "x")
    keys.check_new_passphrase(PASSPHRASE, PASSPHRASE)


def _passphrase_folder(data_dir: Path) -> str:
    key = keys.new_key()
    keys.keep_with_passphrase(data_dir, passphrase=PASSPHRASE, key=key)
    Database.open(data_dir).dispose()
    crypto.use_key(None)
    assert not crypto.is_plain(paths.database_path(data_dir))
    return key


def test_the_command_line_asks_the_passphrase_or_takes_it_from_the_environment(
    by_default: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    recovery = _passphrase_folder(data_dir)
    # No terminal and no CHECKIN_PASSPHRASE: exit 2 with one Dutch line.
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["check", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "CHECKIN_PASSPHRASE" in err[0]
    # CHECKIN_PASSPHRASE holds the start-up passphrase (scripts).
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, PASSPHRASE)
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    crypto.use_key(None)
    monkeypatch.delenv(crypto.ENV_PASSPHRASE)
    # On a terminal: a wrong one is told and asked again; then the right one opens.
    typed = iter(["verkeerd wachtwoord", PASSPHRASE])
    cli_keys.unlock(data_dir, ask=lambda _prompt: next(typed), tty=True)
    assert "klopt niet" in capsys.readouterr().err
    assert crypto.passphrase() == recovery
    crypto.use_key(None)
    # The recovery key from the sheet opens it too (typed in lower case, with spaces).
    cli_keys.unlock(data_dir, ask=lambda _prompt: recovery.lower().replace("-", " "), tty=True)
    assert crypto.passphrase() == recovery
    crypto.use_key(None)
    with pytest.raises(Rejected, match="klopt niet"):
        cli_keys.unlock(data_dir, ask=lambda _prompt: "nee", tty=True)


def test_encrypt_without_a_keyring_on_a_terminal_uses_a_start_up_passphrase(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert main(["demo", "--families", "5", "--weeks", "2", "--data-dir", str(data_dir)]) == 0
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": PASSPHRASE)
    sheet = tmp_path / "herstelsleutel.pdf"
    assert main(["encrypt", "--recovery-pdf", str(sheet), "--data-dir", str(data_dir)]) == 0
    assert not crypto.is_plain(paths.database_path(data_dir)) and keys.key_file(data_dir).exists()
    crypto.use_key(None)
    assert main(["check", "--data-dir", str(data_dir)]) == 0  # asked (here: getpass) again


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX; Windows keeps the profile's access list")
def test_the_data_folder_is_0700_and_every_file_in_it_0600(data_dir: Path, tmp_path: Path) -> None:
    with instance.require(data_dir):
        database = Database.open(data_dir)
        with database.session() as session:  # a write: the WAL and SHM exist now
            from tests.helpers.factories import make_location

            make_location(session)
        db_path = paths.database_path(data_dir)
        assert Path(f"{db_path}-wal").exists() and Path(f"{db_path}-shm").exists()
        backup = database.backup(reason="test")
        exported = database.backup(target=tmp_path / "stick" / "copy.sqlite")
        keys.write_key_file(data_dir, passphrase=PASSPHRASE, key=keys.new_key())
        assert mode(data_dir) == 0o700
        for path in (
            db_path,
            Path(f"{db_path}-wal"),
            Path(f"{db_path}-shm"),
            backup,
            data_dir / "checkin.lock",
        ):
            assert mode(path) == 0o600, path
        assert mode(exported) == 0o600  # a copy of the database stays private, wherever it goes
        database.dispose()
    log = logs.configure(folder=tmp_path / "logs")
    logs.shutdown()
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
    # A folder of an older version, readable by all, is made private at the next open.
    for path in (data_dir, db_path, backup):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    (data_dir / "language").write_text("en\n")
    os.chmod(data_dir / "language", 0o644)
    Database.open(data_dir).dispose()
    assert mode(data_dir) == 0o700
    assert {mode(p) for p in (db_path, backup, data_dir / "language")} == {0o600}


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_files_saved_elsewhere_keep_the_usual_mode(database: Database, tmp_path: Path) -> None:
    from checkin.files import write_atomic

    flyer = write_atomic(tmp_path / "elders" / "flyer.pdf", b"%PDF-1.4\n", create_folder=True)
    assert mode(flyer) == 0o644


def test_a_damaged_key_file_is_told_and_the_recovery_key_still_opens(data_dir: Path) -> None:
    recovery = _passphrase_folder(data_dir)
    keys.key_file(data_dir).write_text("{kapot", encoding="utf-8")
    assert keys.needed_at_start(data_dir) == "passphrase"
    with pytest.raises(Rejected, match="sleutelbestand"):
        keys.unlock(data_dir, PASSPHRASE)
    keys.unlock(data_dir, recovery)
    assert crypto.passphrase() == recovery
