"""At the door: a family that came without children last time is asked who came; an expected baby
is not ticked; a child without a nickname shows in the search results."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from checkin.db import Database
from checkin.models import Family, Location, Morning, Visit, VisitChild
from checkin.services import mornings, visits
from checkin.services.families import ChildInput
from tests.helpers.factories import WEDNESDAY, make_family, make_morning
from ui.vandaag import VandaagScreen
from ui.visit_dialogs import VisitDialog

LAST_WEEK = WEDNESDAY - timedelta(days=7)


@pytest.fixture
def came_alone(session: Session, location: Location) -> Family:
    """Sanne with Jan (and a baby on the way); last week she came without children."""
    family = make_family(
        session,
        name="Sanne",
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Jan"),
            ChildInput(birth_year=2027, birth_month=3, expected=True),
        ),
        today=LAST_WEEK,
    )
    morning = make_morning(session, location, day=LAST_WEEK)
    assert morning.id is not None and family.id is not None
    visits.check_in(
        session,
        morning_id=morning.id,
        family_id=family.id,
        child_ids=[],
        now=datetime.combine(LAST_WEEK, time(10)),
    )
    mornings.close_morning(session, morning_id=morning.id, cash_counted_cents=0)
    return family


def _today(database: Database) -> list[tuple[int, list[int | None]]]:
    with database.session() as session:
        rows = session.exec(select(Visit).join(Morning).where(Morning.day == WEDNESDAY)).all()
        return [
            (
                v.family_id,
                [c.age_months for c in session.exec(select(VisitChild).where(VisitChild.visit_id == v.id))],
            )
            for v in rows
        ]


def _start(qtbot: QtBot, screen: VandaagScreen) -> None:
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.is_open()


def test_a_family_that_came_alone_is_asked_who_came_by_keyboard(
    qtbot: QtBot, screen: VandaagScreen, came_alone: Family, database: Database
) -> None:
    _start(qtbot, screen)
    qtbot.keyClicks(screen.search, "sanne")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert _today(database) == []  # not checked in with no children
    dialog = screen.dialog
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    assert "zonder kinderen" in screen.status.text()
    assert len(dialog.child_boxes) == 1  # the expected baby cannot be ticked
    [jan] = dialog.child_boxes.values()
    assert not jan.isChecked() and dialog.focusWidget() is jan
    qtbot.keyClick(jan, Qt.Key.Key_Space)
    qtbot.keyClick(jan, Qt.Key.Key_Return)
    assert _today(database) == [(came_alone.id, [30])]  # Jan, born May 2024
    assert "Sanne is ingecheckt met Jan (2 jr 6 mnd)" in screen.status.text()
    assert screen.dialog is None


def test_escape_in_the_question_checks_nobody_in(
    qtbot: QtBot, screen: VandaagScreen, came_alone: Family, database: Database
) -> None:
    _start(qtbot, screen)
    qtbot.keyClicks(screen.search, "sanne")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, VisitDialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _today(database) == []


def test_a_child_without_a_nickname_shows_in_the_results(
    qtbot: QtBot, screen: VandaagScreen, session: Session
) -> None:
    make_family(session, name="Fatma", children=(ChildInput(birth_year=2023, birth_month=1),))
    _start(qtbot, screen)
    qtbot.keyClicks(screen.search, "fatma")
    [match] = screen.results_model.rows()
    shown = screen.results_model.index(0, 1).data()
    assert shown.startswith("kind (") and "jr" in shown, shown
    assert QApplication.instance() is not None and match.display_name == "Fatma"


def test_a_sale_without_check_in_takes_the_chosen_payment_kind(
    qtbot: QtBot, screen: VandaagScreen, database: Database, session: Session
) -> None:
    from checkin.models import Consumption

    make_family(session, name="Fatma", children=())
    _start(qtbot, screen)
    qtbot.keyClicks(screen.search, "fatma")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # the payment row is on the family panel
    qtbot.mouseClick(screen.payment_buttons["pin"], Qt.MouseButton.LeftButton)
    anonymous = next(b for b in screen.anonymous_buttons if b.property("kind") == "koffie")
    qtbot.mouseClick(anonymous, Qt.MouseButton.LeftButton)
    with database.session() as session:
        [sale] = session.exec(select(Consumption)).all()
    assert (sale.visit_id, sale.payment) == (None, "pin")
    assert screen.status.text() == "Koffie voor losse verkoop (pin/QR-betaling, € 0,50)."  # a capital first
    assert screen.payment() == "contant"
