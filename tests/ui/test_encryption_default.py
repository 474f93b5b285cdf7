"""The window's first start is encrypted by default: under a keyring at once; without one the
coordinator chooses a start-up passphrase (asked at every start) or, knowingly, no encryption,
after which a lasting notice offers Gegevens > Versleutelen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from checkin import crypto, keys, paths
from ui import app as app_module
from ui import encryption
from ui.encryption import (
    EncryptionChoiceDialog,
    EncryptionOffer,
    NewPassphraseDialog,
    PassphraseDialog,
)
from ui.main_window import MainWindow
from ui.operations import storage
from ui.recovery_key import RecoveryKeyDialog
from ui.vandaag import VandaagScreen

pytest.importorskip("sqlcipher3")
keyring = pytest.importorskip("keyring")
from tests.helpers.keyrings import MemoryKeyring  # noqa: E402
from tests.helpers.window import start_window  # noqa: E402

PASSPHRASE = "drie woorden samen"
SHOTS = Path(os.environ.get("CHECKIN_SHOTS", "")) if os.environ.get("CHECKIN_SHOTS") else None


@pytest.fixture
def by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crypto.ENV_ENCRYPTION)


@pytest.fixture
def memory_keyring(memory_keyring: MemoryKeyring, by_default: None) -> MemoryKeyring:
    """The memory keyring, with encryption by default (no CHECKIN_ENCRYPTION=none)."""
    return memory_keyring


class Driver:
    """Answers the modal dialogs as a coordinator would, in place of ``exec``."""

    def __init__(self, qtbot: QtBot, answer: Callable[[QDialog], None]) -> None:
        self.qtbot, self.answer, self.seen = qtbot, answer, []

    def __call__(self, dialog: QDialog) -> object:
        self.qtbot.addWidget(dialog)
        self.seen.append(type(dialog).__name__)
        dialog.show()
        self.answer(dialog)
        return dialog.result()


def keep_key(dialog: RecoveryKeyDialog, keys_seen: list[str]) -> None:
    keys_seen.append(dialog.key)
    dialog.kept.setChecked(True)
    dialog.accept()


def start(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, app_module._Session]:
    """One start of the app on ``data_dir`` (as ``ui.app.run`` does, without its event loop)."""
    window, state = start_window(qtbot, data_dir)
    if state.operations is not None:  # the start-up maintenance is done, as in test_start_order
        qtbot.waitUntil(lambda: window.backups is not None and window.backups.timer.isActive())
    return window, state


def stop(window: MainWindow, state: app_module._Session) -> None:
    app_module._close(window, state)
    QApplication.processEvents()  # what the workers handed back arrives while the window exists
    crypto.use_key(None)  # the next start is a new process


def plain_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file() and p.read_bytes()[:16] == crypto.SQLITE_HEADER]


def test_first_start_under_a_keyring_is_encrypted_everywhere(
    qtbot: QtBot, memory_keyring: MemoryKeyring, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_keys: list[str] = []
    driver = Driver(qtbot, lambda d: keep_key(d, seen_keys) if isinstance(d, RecoveryKeyDialog) else None)
    monkeypatch.setattr(encryption, "_exec", driver)
    window, state = start(qtbot, data_dir)
    try:
        assert driver.seen == ["RecoveryKeyDialog"]  # no question: the keyring keeps the key
        assert state.operations is not None and storage.is_encrypted(state.operations)
        assert seen_keys == [memory_keyring.store[(crypto.KEYRING_SERVICE, crypto.KEYRING_USER)]]
        storage.make_backup(state.operations, reason="test")
        assert window.findChild(QLabel, "plainNotice") is None
    finally:
        stop(window, state)
    db_path = paths.database_path(data_dir)
    assert plain_files(data_dir) == [] and list((data_dir / "backups").glob("*.sqlite"))
    assert not Path(f"{db_path}-wal").exists() or not crypto.is_plain(Path(f"{db_path}-wal"))


def choose_passphrase(dialog: QDialog, qtbot: QtBot, keys_seen: list[str]) -> None:
    if isinstance(dialog, EncryptionChoiceDialog):
        assert dialog.with_passphrase.isChecked()  # the advice is the default
        dialog.fields.first.setText("te kort")
        dialog.fields.second.setText("te kort")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() != QDialog.DialogCode.Accepted and "te kort" in dialog.error.text()
        qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
        qtbot.keyClicks(dialog.fields.second, PASSPHRASE)
        if SHOTS:
            dialog.grab().save(str(SHOTS / "first-start-choice.png"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.choice == "passphrase"
    elif isinstance(dialog, RecoveryKeyDialog):
        keep_key(dialog, keys_seen)


def test_without_a_keyring_a_chosen_passphrase_is_asked_at_every_start(
    qtbot: QtBot, by_default: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_keys: list[str] = []
    driver = Driver(qtbot, lambda d: choose_passphrase(d, qtbot, seen_keys))
    monkeypatch.setattr(encryption, "_exec", driver)
    window, state = start(qtbot, data_dir)
    try:
        assert driver.seen == ["EncryptionChoiceDialog", "RecoveryKeyDialog"]
        assert state.operations is not None and storage.is_encrypted(state.operations)
        assert window.findChild(VandaagScreen) is not None
    finally:
        stop(window, state)
    assert plain_files(data_dir) == [] and keys.key_file(data_dir).exists()
    recovery = seen_keys[0]

    def answer(dialog: QDialog, typed: list[str]) -> None:
        assert isinstance(dialog, PassphraseDialog)
        for text in typed:
            dialog.field.setText(text)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            if dialog.result() != QDialog.DialogCode.Accepted:
                assert "klopt niet" in dialog.error.text() and dialog.isVisible()
                if SHOTS:
                    dialog.grab().save(str(SHOTS / "passphrase.png"))

    # The next start asks for it: a wrong one is refused, the right one opens.
    monkeypatch.setattr(encryption, "_exec", Driver(qtbot, lambda d: answer(d, ["verkeerd", PASSPHRASE])))
    window, state = start(qtbot, data_dir)
    try:
        assert state.operations is not None and window.findChild(VandaagScreen) is not None
    finally:
        stop(window, state)
    # The recovery key opens it too; Afsluiten ends the start without opening anything.
    monkeypatch.setattr(encryption, "_exec", Driver(qtbot, lambda d: answer(d, [recovery])))
    window, state = start(qtbot, data_dir)
    assert state.operations is not None
    stop(window, state)
    # (at_start alone: _open would end the test's event loop with app.exit.)
    assert not encryption.at_start(data_dir, show=Driver(qtbot, lambda d: d.quit_button.click()))
    assert not crypto.key_in_use()


def test_no_encryption_chosen_shows_a_notice_until_versleutelen(
    qtbot: QtBot, by_default: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_none(dialog: QDialog) -> None:
        assert isinstance(dialog, EncryptionChoiceDialog)
        dialog.without.click()
        assert not dialog.fields.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(encryption, "_exec", Driver(qtbot, choose_none))
    window, state = start(qtbot, data_dir)
    try:
        assert state.operations is not None and not storage.is_encrypted(state.operations)
        notice = window.findChild(QLabel, "plainNotice")
        assert notice is not None and "niet versleuteld" in notice.text()
        qtbot.waitUntil(notice.isVisible)  # the status bar appears on the next turn of the event loop
        window.statusBar().showMessage("Een bericht", 1000)  # a passing message leaves it standing
        assert notice.isVisible()
        if SHOTS:
            window.grab().save(str(SHOTS / "plain-notice.png"))
        offer = next(kept for kept in state.keep if isinstance(kept, EncryptionOffer))
        assert offer.action is not None and offer.action in offer.menu.actions()
        assert offer.action.text().replace("&", "") == "Versleutelen..."
        pins: list[bool] = []
        offer.require_pin = lambda _parent, _operations: pins.append(True) or True
        seen_keys: list[str] = []

        def answer(dialog: QDialog) -> None:
            if isinstance(dialog, NewPassphraseDialog):
                dialog.fields.first.setText(PASSPHRASE)
                dialog.fields.second.setText(PASSPHRASE)
                dialog.decide()
            elif isinstance(dialog, RecoveryKeyDialog):
                keep_key(dialog, seen_keys)

        monkeypatch.setattr(encryption, "_exec", Driver(qtbot, answer))
        offer.action.trigger()
        assert pins == [True]  # behind the coordinator PIN
        assert storage.is_encrypted(state.operations) and seen_keys
        assert window.findChild(QLabel, "plainNotice") is None or not notice.isVisible()
        assert offer.action is None
        # The open database keeps working, encrypted: a write, and a backup that is no plain file.
        storage.ensure_default_lists(state.operations)
        storage.make_backup(state.operations, reason="test")
    finally:
        stop(window, state)
    assert plain_files(data_dir) == []


def test_versleutelen_under_a_keyring_keeps_the_key_there(
    qtbot: QtBot, memory_keyring: MemoryKeyring, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checkin.cli import main

    assert main(["demo", "--families", "5", "--weeks", "2", "--data-dir", str(data_dir)]) == 0
    assert crypto.is_plain(paths.database_path(data_dir))  # demo data: plain, said once
    seen_keys: list[str] = []
    driver = Driver(qtbot, lambda d: keep_key(d, seen_keys) if isinstance(d, RecoveryKeyDialog) else None)
    monkeypatch.setattr(encryption, "_exec", driver)
    window, state = start(qtbot, data_dir)
    try:
        assert driver.seen == []  # an existing folder: no first-start question
        offer = next(kept for kept in state.keep if isinstance(kept, EncryptionOffer))
        offer.require_pin = lambda _parent, _operations: True
        assert offer.encrypt()
        assert driver.seen == ["RecoveryKeyDialog"]  # no passphrase: the keyring keeps the key
        assert seen_keys == [memory_keyring.store[(crypto.KEYRING_SERVICE, crypto.KEYRING_USER)]]
    finally:
        stop(window, state)
    crypto._keyring_key.cache_clear()
    assert plain_files(data_dir) == [] and not keys.key_file(data_dir).exists()
    window, state = start(qtbot, data_dir)  # the next start opens with the keyring's key
    try:
        assert state.operations is not None and window.findChild(QLabel, "plainNotice") is None
    finally:
        stop(window, state)
