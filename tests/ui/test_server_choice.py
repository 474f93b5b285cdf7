"""Where the data lives, chosen in the window: the first start's choice of a PostgreSQL server, its
connection test, the password in the keyring (never in a file), Instellingen > Database, and the
window's start-up and automatic backups on a server.

Against the real throwaway server (tests/helpers/pg_server.py) with a role that must log in with
a password, and an OS keyring in memory (tests/helpers/keyrings.py).
"""

from __future__ import annotations

import contextlib
import os
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
SHOTS = Path(os.environ["CHECKIN_SCREENSHOTS"]) if os.environ.get("CHECKIN_SCREENSHOTS") else None


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


def settle(qtbot: QtBot, dialog: DatabaseChoiceDialog) -> None:
    """Wait for the dialog's connection test (its worker, then its answer on the GUI thread)."""
    assert dialog.wait_for_test()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


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
        settle(qtbot, dialog)
        answers.append(dialog.outcome.text())
        dialog.ok_button.click()  # not stored: it does not connect
        settle(qtbot, dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.password.setText(PASSWORD)
        dialog.test_button.click()
        settle(qtbot, dialog)
        answers.append(dialog.outcome.text())
        dialog.ok_button.click()
        settle(qtbot, dialog)
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


# --- The window's leftovers of issue 14: the test in a worker, the close, the keyring, the stick ---


def choice_dialog(qtbot: QtBot, data_dir: Path, *, first_start: bool = True) -> DatabaseChoiceDialog:
    dialog = DatabaseChoiceDialog(data_dir=data_dir, first_start=first_start)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_tcp(dialog: DatabaseChoiceDialog, port: int) -> None:
    dialog.on_server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setText(str(port))
    dialog.database.setText("checkin")
    dialog.user.setText("balie")
    dialog.password.setText("geheim")


def test_a_server_that_does_not_answer_leaves_the_dialog_responsive(
    qtbot: QtBot, choosing: None, data_dir: Path
) -> None:
    """A listening socket that never answers: libpq waits for the server's reply (up to the
    connect timeout) in the dialog's worker, while the dialog goes on; closing the socket ends it."""
    pytest.importorskip("psycopg")
    import socket

    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the handshake; nobody ever reads or answers
    dialog = choice_dialog(qtbot, data_dir)
    try:
        fill_tcp(dialog, silent.getsockname()[1])
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.busy
        assert dialog.outcome.text() == "Bezig met verbinden..."
        assert not dialog.test_button.isEnabled() and not dialog.ok_button.isEnabled()
        # the GUI thread goes on meanwhile: typing in the dialog works while the worker waits
        dialog.user.clear()
        qtbot.keyClicks(dialog.user, "gastvrouw")
        qtbot.wait(200)
        assert dialog.user.text() == "gastvrouw"
        assert dialog.busy and dialog.outcome.text() == "Bezig met verbinden..."
        if SHOTS:
            dialog.resize(1024, 600)
            dialog.grab().save(str(SHOTS / "database-choice-busy.png"))
    finally:
        silent.close()  # the waiting connection is reset: the worker ends
        settle(qtbot, dialog)
    assert dialog.test_button.isEnabled() and dialog.ok_button.isEnabled()
    answer = dialog.outcome.text()
    assert answer.startswith(
        ("De server 127.0.0.1 is niet gevonden", "De verbinding met de server lukt niet")
    ), answer


def test_a_closed_port_gets_the_dutch_answer_and_stores_nothing(
    qtbot: QtBot, choosing: None, data_dir: Path
) -> None:
    pytest.importorskip("psycopg")
    dialog = choice_dialog(qtbot, data_dir)
    fill_tcp(dialog, pg_server.free_port())  # nothing listens there
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.outcome.text() == core_text(server_choice.NOT_FOUND, server="127.0.0.1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # Verder: tests again, stores nothing
    assert dialog.busy and not dialog.ok_button.isEnabled()
    settle(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.outcome.text() == core_text(server_choice.NOT_FOUND, server="127.0.0.1")
    assert server_choice.stored(data_dir) is None
    if SHOTS:
        dialog.resize(1024, 600)
        dialog.grab().save(str(SHOTS / "database-choice-not-found.png"))


def test_back_from_the_server_to_this_computer_removes_the_password_from_the_keyring(
    qtbot: QtBot,
    server: pg_server.Server,
    choosing: None,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
) -> None:
    fields = storage.ServerFields(server=str(server.socket_dir), database=DATABASE, user=ROLE)
    assert storage.choose_server(data_dir, fields, PASSWORD)
    url = server_choice.stored(data_dir).url  # type: ignore[union-attr]
    assert memory_keyring.store == {(server_choice.KEYRING_SERVICE, url): PASSWORD}
    # Instellingen > Database > Wijzigen...: the server's fields filled in; saved again, the password stays
    dialog = choice_dialog(qtbot, data_dir, first_start=False)
    assert dialog.on_server.isChecked() and dialog.host.text() == str(server.socket_dir)
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert memory_keyring.store == {(server_choice.KEYRING_SERVICE, url): PASSWORD}
    # back to this computer: the choice is the file, and the server's password is gone
    dialog = choice_dialog(qtbot, data_dir, first_start=False)
    dialog.local.click()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.server is False
    assert not engines.target(data_dir).server
    assert memory_keyring.store == {}
    assert server_choice.password(url) is None  # nor kept for this process
    server_choice._passwords.clear()


def server_connections(pg_url: str) -> int:
    """The app's connections to the test database (application_name ``checkin``), not this one."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(pg_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                        "AND datname = current_database() AND pid <> pg_backend_pid()"
                    ),
                    {"name": engines.APPLICATION_NAME},
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.fixture
def desk_window(
    qtbot: QtBot, pg_url: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, app_module._Session]]:
    """The window of a desk on the server (CHECKIN_DATABASE_URL), with a place and one family, its
    start-up maintenance and backup done."""
    with opened(tmp_path / "seed", pg_url) as database, database.session() as session:
        make_location(session)
        make_family(session, name="Özlem", children=())
    monkeypatch.setenv(engines.ENV_URL, pg_url)
    window, state = start_window(qtbot, data_dir)
    try:
        assert state.operations is not None and state.operations.desk is not None
        qtbot.waitUntil(lambda: bool(storage.list_backups(state.operations)), timeout=20000)
        yield window, state
    finally:
        stop(window, state)


def test_closing_the_window_stops_the_desks_workers_and_closes_the_journal_and_the_database(
    qtbot: QtBot, desk_window: tuple[MainWindow, app_module._Session], pg_url: str
) -> None:
    from PySide6.QtCore import QThreadPool

    window, state = desk_window
    operations = state.operations
    assert operations is not None and operations.desk is not None
    vandaag = window.screen_at(0)
    timers = (vandaag.poll_timer, vandaag.replay_timer, vandaag.copy_timer)
    assert all(timer.isActive() for timer in timers)
    vandaag.refresh_copy()  # a renewal of the local copy under way as the window closes
    journal_wal = Path(f"{operations.desk.journal.path}-wal")
    assert server_connections(pg_url) >= 1

    window.close()
    assert not any(timer.isActive() for timer in timers)  # nothing new starts
    vandaag.try_replay()
    vandaag.refresh_copy()
    app_module._close(window, state)  # as ui.app.run does after the event loop
    state.stopped = True  # type: ignore[attr-defined]
    assert QThreadPool.globalInstance().activeThreadCount() == 0  # no thread left behind
    assert not journal_wal.exists()  # the journal's last connection closed
    assert server_connections(pg_url) == 0  # the server's connections closed
    QApplication.processEvents()  # an answer delivered late changes nothing
    assert server_connections(pg_url) == 0


def test_the_backup_to_a_stick_of_a_server_is_the_portable_file_and_restores_through_the_menu(
    qtbot: QtBot, desk_window: tuple[MainWindow, app_module._Session], pg_url: str, tmp_path: Path
) -> None:
    from ui.backup_menu import BackupMenu

    window, state = desk_window
    assert state.operations is not None and state.runner is not None
    quits: list[bool] = []
    menu = BackupMenu(
        window=window, operations=state.operations, runner=state.runner, quit_app=lambda: quits.append(True)
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "checkin-backup.sqlite"
    menu.export_to(target)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backup gemaakt"), timeout=20000)
    assert window.statusBar().currentMessage() == f"Backup gemaakt: {target}"
    restored = tmp_path / "restored"
    restore_database(target, restored)  # the portable file: restorable into SQLite
    with opened(restored, "sqlite://") as database:
        assert rows(database, "SELECT display_name FROM family") == [("Özlem",)]

    # a family added on the server afterwards; the backup restored through the menu replaces it
    with opened(tmp_path / "more", pg_url) as database, database.session() as session:
        make_family(session, name="Fatma", children=())
    informed: list[str] = []
    assert menu.restore_from(target, confirm=lambda _box: True, inform=informed.append)
    assert quits == [True] and informed and "voor-terugzetten" in informed[0]
    assert not paths.database_path(state.operations.database.data_dir).exists()  # not into a file
    with opened(tmp_path / "look", pg_url) as database:
        assert rows(database, "SELECT display_name FROM family") == [("Özlem",)]
    window.stop_workers()  # as the app quits now; the fixture's close disposes what is left


def test_this_computers_data_moves_onto_the_chosen_server_from_the_settings(
    qtbot: QtBot,
    server: pg_server.Server,
    choosing: None,
    sqlite_database: Database,
    data_dir: Path,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Instellingen > Database: the file open, the server chosen (holding another place's data):
    Verhuizen copies the file's place beside it in a worker, and says what it did in Dutch."""
    from PySide6.QtCore import QThreadPool

    from tests.helpers.factories import make_morning
    from ui import instellingen
    from ui.operations import Operations

    with sqlite_database.session() as session:
        place = make_location(session, name="De Speelhoek")
        make_family(session, name="Sanne", children=())
        make_morning(session, place)
    operations = Operations(database=sqlite_database)
    fields = storage.ServerFields(server=str(server.socket_dir), database=DATABASE, user=ROLE)
    storage.choose_server(data_dir, fields, PASSWORD)  # no keyring here: the password for this process
    asked: list[str] = []
    monkeypatch.setattr(instellingen, "_confirm", lambda box: asked.append(box.text()) or True)
    dialog = SettingsDialog(operations=operations)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.database_page)
    page = dialog.database_page
    assert page.where.text().startswith("Op deze computer: ")
    assert page.move_box.isVisible()
    try:
        qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
        assert asked and f"{server.socket_dir}/{DATABASE}" in asked[0]
        assert page.moving and page.progress.isVisible() and not page.move_button.isEnabled()
        assert page.message.text() == "Bezig met verhuizen..."
        if SHOTS:
            dialog.grab().save(str(SHOTS / "settings-database-moving.png"))
    finally:
        assert QThreadPool.globalInstance().waitForDone(60000)
        qtbot.waitUntil(lambda: not page.moving, timeout=5000)
    text = page.message.text()
    assert text.startswith(
        f"Toegevoegd aan {server.socket_dir}/{DATABASE}, naast de gegevens die er al stonden: "
        "1 gezinnen, 1 ochtenden en 0 bezoeken."
    ), text
    assert page.move_button.isEnabled() and not page.progress.isVisible()
    if SHOTS:
        dialog.grab().save(str(SHOTS / "settings-database-moved.png"))
    with opened(tmp_path / "look", pg_url) as database:
        assert sorted(rows(database, "SELECT name FROM location")) == [
            ("De Kleine Knuistjes",),
            ("De Speelhoek",),
        ]
        assert sorted(rows(database, "SELECT display_name FROM family")) == [("Sanne",), ("Özlem",)]
    with sqlite_database.session() as session:  # the file is only read
        assert rows(sqlite_database, "SELECT display_name FROM family") == [("Sanne",)]

    # once more: the very same place is there already, nothing changes
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert QThreadPool.globalInstance().waitForDone(60000)
    qtbot.waitUntil(lambda: not page.moving, timeout=5000)
    assert page.message.text() == core_text(
        storage.ALREADY_MOVED, places="De Speelhoek", target=f"{server.socket_dir}/{DATABASE}"
    )
    server_choice._passwords.clear()
