"""Two desks at one door: two Vandaag screens on one database (SQLite file or PostgreSQL server).

What one desk does shows at the other after its poll (driven by its own QTimer, waited for with
``qtbot.waitUntil``), while the other host's search text, selection and focus stay.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkin.db import Database
from tests.helpers.dbdump import reopen
from tests.helpers.factories import WEDNESDAY, make_family, make_location
from tests.ui.conftest import Clock
from ui.operations import Operations, door
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen

POLL_WAIT_MS = 10_000
"""Generous: the poll runs every second; a slow machine must not fail the test."""


@pytest.fixture
def desks(qtbot: QtBot, any_database: Database) -> Iterator[tuple[VandaagScreen, VandaagScreen]]:
    with any_database.session() as session:
        make_location(session)
        for name in ("Özlem", "Fatma", "Sanne"):
            make_family(session, name=name, children=())
    other = reopen(any_database)
    screens = []
    for database in (any_database, other):
        screen = VandaagScreen(
            operations=Operations(database=database),
            runner=ImmediateRunner(),
            clock=Clock(datetime.combine(WEDNESDAY, time(9, 30))),
        )
        qtbot.addWidget(screen)
        screen.resize(1024, 600)
        screen.show()
        qtbot.waitExposed(screen)
        screens.append(screen)
    yield screens[0], screens[1]
    for screen in screens:
        screen.poll_timer.stop()
    other.dispose()


def _check_in(qtbot: QtBot, screen: VandaagScreen, text: str) -> None:
    qtbot.keyClicks(screen.search, text)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)


def _names(screen: VandaagScreen) -> list[str]:
    return [row.display_name for row in screen.present_model.rows()]


def test_a_check_in_at_one_desk_shows_at_the_other_keeping_its_search_selection_and_focus(
    qtbot: QtBot, desks: tuple[VandaagScreen, VandaagScreen]
) -> None:
    here, there = desks
    qtbot.mouseClick(here.start_button, Qt.MouseButton.LeftButton)
    assert here.is_open()
    qtbot.waitUntil(there.is_open, timeout=POLL_WAIT_MS)  # started at the other desk
    assert "andere tafel begonnen" in there.status.text()

    _check_in(qtbot, here, "ozl")
    qtbot.waitUntil(lambda: _names(there) == ["Özlem"], timeout=POLL_WAIT_MS)
    there.present.selectRow(0)
    there.search.setFocus()
    qtbot.keyClicks(there.search, "fat")  # the other host is typing a name
    # The search runs a moment after the last key: its results first, then the other desk's work.
    qtbot.waitUntil(
        lambda: [m.display_name for m in there.results_model.rows()] == ["Fatma"], timeout=POLL_WAIT_MS
    )
    _check_in(qtbot, here, "san")
    qtbot.waitUntil(lambda: sorted(_names(there)) == ["Sanne", "Özlem"], timeout=POLL_WAIT_MS)
    assert there.search.text() == "fat"
    assert [m.display_name for m in there.results_model.rows()] == ["Fatma"]
    selected = there.selected_present()
    assert selected is not None and selected.display_name == "Özlem"
    assert there.focusWidget() is there.search
    assert "2\u00a0bezoeken" in there.counts.text()

    # a drink at one desk shows in the other's list and totals
    here.present.selectRow(0)
    qtbot.mouseClick(
        next(b for b in here.drink_buttons if b.property("kind") == "koffie"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: sum(r.drinks for r in there.present_model.rows()) == 1, timeout=POLL_WAIT_MS)


def test_the_same_family_at_the_second_desk_gets_a_dutch_message_and_one_visit(
    qtbot: QtBot, desks: tuple[VandaagScreen, VandaagScreen], any_database: Database
) -> None:
    here, there = desks
    qtbot.mouseClick(here.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(there.is_open, timeout=POLL_WAIT_MS)
    _check_in(qtbot, here, "ozl")
    _check_in(qtbot, there, "ozl")  # before or after its poll: refused either way
    assert "Özlem is vanochtend al ingecheckt" in there.status.text()
    assert there.status.property("error") is True
    qtbot.waitUntil(lambda: _names(there) == ["Özlem"], timeout=POLL_WAIT_MS)


def test_a_morning_closed_at_one_desk_shows_closed_at_the_other(
    qtbot: QtBot, desks: tuple[VandaagScreen, VandaagScreen]
) -> None:
    here, there = desks
    qtbot.mouseClick(here.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(there.is_open, timeout=POLL_WAIT_MS)
    assert here.morning is not None
    door.close_morning(
        here.operations,
        morning_id=here.morning.morning_id,
        cash_counted_cents=None,
        host_notes="",
        now=datetime.combine(WEDNESDAY, time(11, 30)),
    )
    qtbot.waitUntil(lambda: not there.is_open(), timeout=POLL_WAIT_MS)
    assert there.reopen_button.isVisibleTo(there) and not there.search.isEnabled()
    assert "afgesloten" in there.status.text()
