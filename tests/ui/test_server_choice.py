"""Where the data lives, chosen in the window: the first start's choice of a PostgreSQL server, its
connection test, the password in the keyring (never in a file), Instellingen > Database, and the
window's start-up and automatic backups on a server.

Against the real throwaway server (tests/helpers/pg_server.py) with a role that must log in with
a password, and an OS keyring in memory (tests/helpers/keyrings.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from checkin import engines, paths, server_choice
from checkin.db import Database, restore_database
from tests.helpers import pg_server
from tests.helpers.factories import make_family, make_location
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.window import start_window
from ui import app as app_module
from ui import database_choice
from ui.database_choice import DatabaseChoiceDialog, ServerPasswordDialog
from ui.instellingen import SettingsDialog
from ui.main_window import MainWindow
from ui.messages import core_text
from ui.operations import storage

_exec_before = database_choice._exec
ROLE = "desk_pw"
PASSWORD = "Kn0ffel-Zw4luw-Tafel"
DATABASE = "checkin_tests"  # the pg_url fixture's database


@contextlib.contextmanager
def opened(folder: Path, url: str) -> Iterator[Database]:
    database = Database.open(folder, url=url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def server(pg_server_running: pg_server.Server, pg_url: str, tmp_path: Path) -> pg_server.Server:
    """The throwaway server with a role that needs a password, its test database emptied and
    holding a place and one family."""
    pg_server_running.password_login(ROLE, PASSWORD)
    with opened(tmp_path / "seed", pg_url) as database, database.session() as session:
        make_location(session)
        make_family(session, name="Özlem", children=())
    return pg_server_running


@pytest.fixture
def choosing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CHECKIN_DATABASE_URL: the window's own choice counts."""
    monkeypatch.delenv(engines.ENV_URL)


def fill(dialog: DatabaseChoiceDialog, socket_dir: Path, password: str) -> None:
    dialog.on_server.setChecked(True)
    dialog.host.setText(str(socket_dir))
    dialog.database.setText(DATABASE)
    dialog.user.setText(ROLE)
    dialog.password.setText(password)


def stop(window: MainWindow, state: app_module._Session) -> None:
    if getattr(state, "stopped", False):
        return
    state.stopped = True  # type: ignore[attr-defined]
    vandaag = window.screen_at(0) if window.tabs is not None else None
    if vandaag is not None:  # no poll of the closed database while the widgets wait to be deleted
        vandaag.poll_timer.stop()
    app_module._close(window, state)
    QApplication.processEvents()
    server_choice._passwords.clear()  # the next start is a new process


def files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def rows(database: Database, sql: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def start_on_server(
    qtbot: QtBot, server: pg_server.Server, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, app_module._Session, list[str], list[str]]:
    """The first start, choosing the server: first a wrong password (its Dutch answer is noted),
    then the right one. Returns the window open on the server, the dialogs seen and the answers."""
    answers: list[str] = []
    seen: list[str] = []

    def answer(dialog: QDialog) -> object:
        # Not shown: the buttons are clicked all the same (showing the start's dialogs over the
        # window crashed Qt's offscreen platform now and then, as the English walk found).
        qtbot.addWidget(dialog)
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, DatabaseChoiceDialog)
        assert dialog.local.isChecked()  # the file: one Enter away
        fill(dialog, server.socket_dir, "verkeerd")
        dialog.test_button.click()
        answers.append(dialog.outcome.text())
        dialog.ok_button.click()  # not stored: it does not connect
        dialog.password.setText(PASSWORD)
        dialog.test_button.click()
        answers.append(dialog.outcome.text())
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(database_choice, "_exec", answer)
    window, state = start_window(qtbot, data_dir)
    return window, state, seen, answers


def test_first_start_on_server(
    qtbot: QtBot,
    server: pg_server.Server,
    choosing: None,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, state, seen, answers = start_on_server(qtbot, server, data_dir, monkeypatch)
    try:
        check_first_start_on_server(
            qtbot, window, state, seen, answers, memory_keyring, data_dir, pg_url, tmp_path
        )
    finally:
        stop(window, state)


def check_first_start_on_server(
    qtbot: QtBot,
    window: MainWindow,
    state: app_module._Session,
    seen: list[str],
    answers: list[str],
    memory_keyring: MemoryKeyring,
    data_dir: Path,
    pg_url: str,
    tmp_path: Path,
) -> None:
    assert seen == ["DatabaseChoiceDialog"]
    assert answers[0] == core_text(server_choice.WRONG_PASSWORD)
    assert answers[1] == core_text(server_choice.CONNECTED)
    assert state.operations is not None
    assert state.operations.database.engine.dialect.name == "postgresql"
    assert not paths.database_path(data_dir).exists()  # no file on this computer
    assert window.findChild(QLabel, "plainNotice") is None  # no "not encrypted" notice for a server

    # the URL without password in the data folder, the password in the keyring only
    stored = server_choice.stored(data_dir)
    assert stored is not None and stored.url is not None and PASSWORD not in stored.url
    assert memory_keyring.store == {(server_choice.KEYRING_SERVICE, stored.url): PASSWORD}
    assert (server_choice.choice_file(data_dir).stat().st_mode & 0o777) == 0o600

    # the automatic backup of the start: a portable file in backups/, restorable into SQLite
    qtbot.waitUntil(lambda: bool(storage.list_backups(state.operations)), timeout=20000)
    assert [b.reason for b in storage.list_backups(state.operations)] == ["start"]

    # a check-in at the door lands on the server
    vandaag = window.screen_at(0)
    qtbot.waitUntil(lambda: vandaag.start_button.isEnabled())
    qtbot.mouseClick(vandaag.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(vandaag.search, "ozl")
    qtbot.keyClick(vandaag.search, Qt.Key.Key_Return)
    with opened(tmp_path / "look", pg_url) as database:
        assert rows(database, "SELECT f.display_name FROM visit v JOIN family f ON f.id = v.family_id") == [
            ("Özlem",)
        ]

    # Instellingen > Database shows the server
    dialog = SettingsDialog(operations=state.operations)
    qtbot.addWidget(dialog)
    shown = dialog.database_page.where.text()
    assert shown.startswith("Server: ") and shown.endswith(f"/{DATABASE} als {ROLE}"), shown

    # the periodic backup after data changed: restored into SQLite it holds the check-in
    assert window.backups is not None
    window.backups.tick()
    qtbot.waitUntil(
        lambda: "periodiek" in [b.reason for b in storage.list_backups(state.operations)], timeout=20000
    )
    backup = next(b for b in storage.list_backups(state.operations) if b.reason == "periodiek")
    restored = tmp_path / "restored"
    restore_database(backup.path, restored)
    with opened(restored, "sqlite://") as database:
        assert rows(database, "SELECT display_name FROM family") == [("Özlem",)]
        assert rows(database, "SELECT count(*) FROM visit") == [(1,)]

    # the password is in no file of the data folder, and in no log
    stop(window, state)
    assert files_holding(data_dir, PASSWORD) == []
    assert files_holding(tmp_path / "logs", PASSWORD) == []


def test_without_a_keyring_the_password_is_asked_at_each_start_and_kept_in_no_file(
    qtbot: QtBot, server: pg_server.Server, choosing: None, data_dir: Path
) -> None:
    fields = storage.ServerFields(server=str(server.socket_dir), database=DATABASE, user=ROLE)
    assert storage.try_server(fields, PASSWORD).ok
    assert storage.choose_server(data_dir, fields, PASSWORD) is False  # no keyring (CHECKIN_NO_KEYRING)
    server_choice._passwords.clear()  # the next start is a new process
    assert storage.server_password_needed(data_dir)
    asked: list[str] = []

    def answer(dialog: QDialog) -> object:
        qtbot.addWidget(dialog)
        assert isinstance(dialog, ServerPasswordDialog)
        dialog.field.setText("verkeerd")
        dialog.ok_button.click()
        asked.append(dialog.error.text())
        dialog.field.setText(PASSWORD)
        dialog.ok_button.click()
        return dialog.result()

    database_choice._exec = answer  # type: ignore[assignment]
    try:
        window, state = start_window(qtbot, data_dir)
    finally:
        database_choice._exec = _exec_before
    try:
        assert asked == [core_text(server_choice.WRONG_PASSWORD)]
        assert state.operations is not None
        assert state.operations.database.engine.dialect.name == "postgresql"
        # the start-up maintenance and its backup are done before the window closes
        qtbot.waitUntil(lambda: window.backups is not None and window.backups.timer.isActive(), timeout=20000)
        qtbot.waitUntil(lambda: bool(storage.list_backups(state.operations)), timeout=20000)
    finally:
        stop(window, state)
    assert files_holding(data_dir, PASSWORD) == []


def test_command_line_and_environment_win_over_the_stored_choice(
    server: pg_server.Server, choosing: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fields = storage.ServerFields(server=str(server.socket_dir), database=DATABASE, user=ROLE)
    storage.choose_server(data_dir, fields, PASSWORD)
    assert engines.target(data_dir).server
    monkeypatch.setenv(engines.ENV_URL, "sqlite://")
    assert not engines.target(data_dir).server
    monkeypatch.delenv(engines.ENV_URL)
    with engines.chosen("sqlite://"):
        assert not engines.target(data_dir).server
    storage.choose_file(data_dir)
    assert not engines.target(data_dir).server and not storage.needs_database_choice(data_dir)
    assert (server_choice.choice_file(data_dir).stat().st_mode & 0o777) == 0o600
    server_choice._passwords.clear()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (storage.ServerFields(server="", database="d", user="u"), "Vul de naam van de server in."),
        (
            storage.ServerFields(server="db.example.org", database="", user="u"),
            "Vul de naam van de database in.",
        ),
        (storage.ServerFields(server="db.example.org", database="d", user=""), "Vul de gebruikersnaam in."),
    ],
)
def test_a_missing_field_gets_a_dutch_line(fields: storage.ServerFields, expected: str) -> None:
    assert storage.try_server(fields, "x").text() == expected


def test_a_remote_server_is_reached_over_verified_tls_and_its_url_keeps_no_password() -> None:
    url = server_choice.build_url(
        storage.ServerFields(server="db.example.org", database="checkin", user="desk", port=6432)
    )
    stored = server_choice.stored_text(url.set(password="geheim"))
    assert stored == "postgresql+psycopg://desk@db.example.org:6432/checkin"
    assert engines.target(Path("."), stored).url.query["sslmode"] == "verify-full"  # type: ignore[union-attr]
    assert server_choice.described(stored) == ("db.example.org:6432", "checkin", "desk")


def test_a_server_that_is_not_there_gets_a_dutch_line(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    result = storage.try_server(
        storage.ServerFields(server=str(tmp_path), database="checkin", user="desk"), "x"
    )
    assert result.outcome == "not_found"
    assert result.text().startswith(f"De server {tmp_path} is niet gevonden")
