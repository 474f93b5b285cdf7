"""Offline at the door in the window (issue 14, item 3): a desk on a PostgreSQL server whose
server goes away keeps checking families in from its journal, says so in a banner, and sends
everything when the server is back.

"The server away" is the desk's engine pointed at a unix-socket folder where no server runs: a
real connection error. The background replay is driven by calling its timer's slot (the runner is
immediate); every timer is stopped at the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import select

from checkin.db import Database
from checkin.models import Family, Visit
from tests.helpers.factories import WEDNESDAY, make_family, make_location
from tests.ui.conftest import Clock
from ui.operations import Operations
from ui.style import COMPACT_STYLE_SHEET, STYLE_SHEET
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen

SCREENSHOT = Path(__file__).resolve().parents[2] / "build" / "offline-banner.png"


@pytest.fixture
def desk(qtbot: QtBot, pg_url: str, data_dir: Path) -> Iterator[tuple[VandaagScreen, Operations, Database]]:
    data_dir.mkdir(parents=True)
    database = Database.open(data_dir, url=pg_url)
    with database.session() as session:
        make_location(session)
        make_family(session, name="Özlem")
        make_family(session, name="Fatma", children=())
    operations = Operations(database=database)
    screen = VandaagScreen(
        operations=operations, runner=ImmediateRunner(), clock=Clock(datetime.combine(WEDNESDAY, time(9, 30)))
    )
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen, operations, database
    screen.stop_workers()
    operations.close()
    database.dispose()


def _away(operations: Operations, tmp_path: Path) -> Database:
    """Point the desk at a server that is not there; returns the real database to come back to."""
    assert operations.desk is not None
    real = operations.database
    (tmp_path / "no-server").mkdir(exist_ok=True)
    nowhere = create_engine(
        f"postgresql+psycopg://nobody@/checkin?host={tmp_path / 'no-server'}", poolclass=NullPool
    )
    gone = dataclasses.replace(real, engine=nowhere, mark=None)
    operations.database = operations.desk.database = gone
    return real


def _check_in(qtbot: QtBot, screen: VandaagScreen, text: str) -> None:
    screen.search.clear()
    qtbot.keyClicks(screen.search, text)
    qtbot.waitUntil(lambda: screen.results_model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)


def test_without_the_server_the_door_goes_on_and_sends_everything_when_it_is_back(
    qtbot: QtBot, desk: tuple[VandaagScreen, Operations, Database], tmp_path: Path
) -> None:
    screen, operations, database = desk
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.is_open()
    screen.refresh_copy()  # what the copy timer does every minute
    assert screen.offline_banner.isHidden()

    real = _away(operations, tmp_path)
    _check_in(qtbot, screen, "ozl")
    assert [(row.display_name, row.children) for row in screen.present_model.rows()] == [("Özlem", 1)]
    assert screen.offline_banner.isVisible()
    assert "Geen verbinding met de server" in screen.offline_banner.text()
    assert "Nog door te sturen: 1" in screen.offline_banner.text()
    _check_in(qtbot, screen, "fat")
    assert [row.display_name for row in screen.present_model.rows()] == ["Özlem", "Fatma"]
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Fatma, not yet sent
    assert "Fatma" in screen.status.text()
    assert [row.display_name for row in screen.present_model.rows()] == ["Özlem"]
    screen.try_replay()  # the server is still away: nothing changes, nothing is lost
    assert "Nog door te sturen: 1" in screen.offline_banner.text()

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(STYLE_SHEET)  # as the window looks at 1024x600 (its compact look)
    screen.setStyleSheet(COMPACT_STYLE_SHEET)
    try:
        qtbot.wait(50)
        banner = screen.offline_banner
        assert banner.height() >= banner.heightForWidth(banner.width()) - 2  # not squeezed
        SCREENSHOT.parent.mkdir(exist_ok=True)
        screen.grab().save(str(SCREENSHOT))
    finally:
        app.setStyleSheet("")
        screen.setStyleSheet("")

    operations.database = real  # the server is back
    assert operations.desk is not None
    operations.desk.database = real
    screen.try_replay()
    assert screen.offline_banner.isHidden()
    assert "Alles is doorgestuurd (1)" in screen.status.text()
    with database.session() as session:
        names = session.exec(select(Family.display_name).join(Visit, Visit.family_id == Family.id)).all()  # type: ignore[arg-type]
    assert names == ["Özlem"]
    assert [row.display_name for row in screen.present_model.rows()] == ["Özlem"]
