"""First start with SQLCipher and an OS keyring: the key goes to the keyring, the recovery key is shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from checkin import crypto, paths
from checkin.db import Database
from ui.recovery_key import RecoveryKeyDialog, encrypt_first_start

pytest.importorskip("sqlcipher3")
keyring = pytest.importorskip("keyring")


def test_first_start_encrypts_and_shows_the_key_once(
    qtbot, memory_keyring, data_dir: Path, tmp_path: Path
) -> None:
    shown: list[RecoveryKeyDialog] = []
    assert encrypt_first_start(data_dir, show=shown.append)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    key = memory_keyring.store[(crypto.KEYRING_SERVICE, crypto.KEYRING_USER)]
    assert dialog.key == key
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.choose_path = lambda _parent: tmp_path / "herstel.pdf"
    assert dialog.save_pdf() == tmp_path / "herstel.pdf"
    assert key in PdfReader(tmp_path / "herstel.pdf").pages[0].extract_text()
    dialog.kept.setChecked(True)
    assert ok.isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery.png"))
    database = Database.open(data_dir)
    database.dispose()
    assert not crypto.is_plain(paths.database_path(data_dir))
    assert not encrypt_first_start(data_dir, show=shown.append)  # only at the very first start
    assert len(shown) == 1


def test_no_keyring_means_no_encryption_by_default(qapp, data_dir: Path) -> None:
    assert not crypto.can_encrypt_by_default()  # the test environment sets CHECKIN_NO_KEYRING
    assert not encrypt_first_start(data_dir, show=lambda dialog: None)
