"""`checkin encrypt`: the key goes to the OS keyring, the recovery key to paper, the data gets encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin import crypto, paths
from checkin.cli import main
from checkin.db import check_file

pytest.importorskip("sqlcipher3")
keyring = pytest.importorskip("keyring")


def test_encrypt_puts_the_key_in_the_keyring_and_on_paper(
    memory_keyring, data_dir: Path, tmp_path: Path, capsys
) -> None:
    assert main(["demo", "--families", "10", "--weeks", "3", "--data-dir", str(data_dir)]) == 0
    db_path = paths.database_path(data_dir)
    assert crypto.is_plain(db_path)
    sheet = tmp_path / "herstelsleutel.pdf"
    assert main(["encrypt", "--recovery-pdf", str(sheet), "--data-dir", str(data_dir)]) == 0
    key = memory_keyring.store[(crypto.KEYRING_SERVICE, crypto.KEYRING_USER)]
    assert key in PdfReader(sheet).pages[0].extract_text()
    assert not crypto.is_plain(db_path)
    assert check_file(db_path) == []  # the key comes from the keyring: nobody types it
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert main(["encrypt", "--recovery-pdf", str(sheet), "--data-dir", str(data_dir)]) == 2
    assert "al versleuteld" in capsys.readouterr().err


def test_without_a_keyring_the_data_stays_as_it_was(
    data_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.delenv(crypto.ENV_NO_KEYRING)
    previous = keyring.get_keyring()
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    crypto._keyring_key.cache_clear()
    try:
        assert main(["demo", "--families", "5", "--weeks", "2", "--data-dir", str(data_dir)]) == 0
        code = main(["encrypt", "--recovery-pdf", str(tmp_path / "s.pdf"), "--data-dir", str(data_dir)])
        assert code == 2 and "sleutelbos" in capsys.readouterr().err
        assert crypto.is_plain(paths.database_path(data_dir))
        assert not (tmp_path / "s.pdf").exists()
    finally:
        keyring.set_keyring(previous)
        crypto._keyring_key.cache_clear()


def test_recovery_keys_are_random_and_readable() -> None:
    a, b = crypto.new_recovery_key(), crypto.new_recovery_key()
    assert a != b and len(a) == 35 and a.count("-") == 5
    assert set(a.replace("-", "")) <= set(crypto.RECOVERY_ALPHABET)


def test_encrypt_with_a_passphrase_in_the_environment_does_the_work_itself(
    data_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    """The PIN check before `encrypt` only reads: it neither encrypts nor upgrades the file (the
    smoke test of the installers found `encrypt` answering "al versleuteld" on a plain folder)."""
    assert main(["demo", "--families", "5", "--weeks", "2", "--data-dir", str(data_dir)]) == 0
    db_path = paths.database_path(data_dir)
    assert crypto.is_plain(db_path)
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "a-passphrase-for-this-test")
    sheet = tmp_path / "herstelsleutel.pdf"
    assert main(["encrypt", "--recovery-pdf", str(sheet), "--data-dir", str(data_dir)]) == 0, (
        capsys.readouterr().err
    )
    assert not crypto.is_plain(db_path) and sheet.exists()
    assert main(["check", "--data-dir", str(data_dir)]) == 0
