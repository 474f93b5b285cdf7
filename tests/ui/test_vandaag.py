"""The Vandaag screen driven as a host would: typing, Enter, clicks and shortcuts on real widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import Session, func, select

from checkin.adults import Adults
from checkin.db import Database
from checkin.models import Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services import mornings, visits
from checkin.services.families import ChildInput
from tests.helpers.factories import WEDNESDAY, make_family, make_morning
from ui.family_dialog import NewFamilyDialog
from ui.vandaag import VandaagScreen, keep_counts_whole
from ui.visit_dialogs import CloseMorningDialog, MoodDialog, VisitDialog


def count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def visits_today(database: Database) -> list[Visit]:
    with database.session() as session:
        return list(session.exec(select(Visit).join(Morning).where(Morning.day == WEDNESDAY)))


def start(qtbot: QtBot, screen: VandaagScreen) -> None:
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.is_open()


def button_for(screen: VandaagScreen, kind: str) -> QPushButton:
    return next(b for b in screen.drink_buttons if b.property("kind") == kind)


@pytest.fixture
def returning(session: Session, location: Location) -> Family:
    """Özlem with two children; last week only Ela came, with her father too."""
    family = make_family(
        session,
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2022, birth_month=1, nickname="Deniz"),
        ),
        today=WEDNESDAY - timedelta(days=7),
    )
    last_week = make_morning(session, location, day=WEDNESDAY - timedelta(days=7))
    from checkin.services.families import children_of

    ela_id = next(c.id for c in children_of(session, family.id) if c.nickname == "Ela")
    visits.check_in(
        session,
        morning_id=last_week.id,
        family_id=family.id,
        child_ids=[ela_id],
        adults=Adults(mothers=1, fathers=1),
        now=datetime.combine(last_week.day, time(9, 45)),
    )
    mornings.close_morning(session, morning_id=last_week.id, cash_counted_cents=0)
    return family


def test_opens_on_today_with_the_schedule_and_starts_the_morning(
    qtbot: QtBot, screen: VandaagScreen, database: Database
) -> None:
    assert "De Kleine Knuistjes" in screen.title.text()
    assert "woensdag 25-11-2026" in screen.title.text()
    assert not screen.search.isEnabled()
    start(qtbot, screen)
    with database.session() as session:
        morning = session.exec(select(Morning)).one()
    assert (morning.day, morning.start, morning.end) == (WEDNESDAY, time(9, 30), time(11, 30))
    assert screen.search.isEnabled() and screen.search.hasFocus()


def test_returning_family_in_four_keystrokes_with_last_weeks_children_and_adults(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, database: Database
) -> None:
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")  # accents ignored: finds Özlem
    assert [m.display_name for m in screen.results_model.rows()] == ["Özlem"]
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    [visit] = visits_today(database)
    assert visit.family_id == returning.id
    assert (visit.mothers, visit.fathers) == (1, 1)
    with database.session() as session:
        came = session.exec(select(VisitChild).where(VisitChild.visit_id == visit.id)).all()
    assert [c.age_months for c in came] == [30]  # only Ela, as last week; born May 2024
    assert "Özlem is ingecheckt met Ela (2 jr 6 mnd)" in screen.status.text()
    assert screen.search.text() == ""
    assert screen.present_model.rowCount() == 1


def test_scanning_a_card_types_the_code_and_enter(
    qtbot: QtBot, screen: VandaagScreen, session: Session, database: Database
) -> None:
    make_family(session, name="Sanne", children=())
    fatma = make_family(session, name="Fatma", children=())
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, fatma.code.lower())
    qtbot.keyClick(screen.search, Qt.Key.Key_Enter)
    assert [v.family_id for v in visits_today(database)] == [fatma.id]


def test_double_check_in_is_refused_in_dutch_and_changes_nothing(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, database: Database
) -> None:
    start(qtbot, screen)
    for _ in range(2):
        qtbot.keyClicks(screen.search, "ozl")
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert len(visits_today(database)) == 1
    assert "is vanochtend al ingecheckt" in screen.status.text()
    assert screen.status.property("error") is True


def test_enter_without_a_match_says_so(qtbot: QtBot, screen: VandaagScreen, database: Database) -> None:
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "xyzzy")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert "Geen gezin gevonden" in screen.status.text()
    assert count(database, Visit) == 0


def open_new_family(qtbot: QtBot, screen: VandaagScreen) -> NewFamilyDialog:
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, NewFamilyDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_new_family_with_two_children_is_registered_and_checked_in(
    qtbot: QtBot, screen: VandaagScreen, database: Database
) -> None:
    start(qtbot, screen)
    dialog = open_new_family(qtbot, screen)
    qtbot.keyClicks(dialog.name, "Agnieszka")
    dialog.village.setCurrentText("Klaaswaal")
    dialog.referral.setCurrentText("consultatiebureau/JGZ")
    first = dialog.child_rows[0]
    qtbot.keyClicks(first.nickname, "Zofia")
    first.month.setCurrentIndex(2)  # maart
    first.year.setValue(2025)
    qtbot.mouseClick(dialog.add_child_button, Qt.MouseButton.LeftButton)
    second = dialog.child_rows[1]
    second.month.setCurrentIndex(3)
    second.year.setValue(2027)
    second.expected.setChecked(True)
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert screen.dialog is None
    [visit] = visits_today(database)
    with database.session() as session:
        family = session.get(Family, visit.family_id)
        came = session.exec(select(VisitChild.age_months).where(VisitChild.visit_id == visit.id)).all()
    assert family is not None and family.display_name == "Agnieszka" and family.village == "Klaaswaal"
    assert family.consent_version and family.consent_date == WEDNESDAY
    assert came == [20]  # the expected baby is not there yet: not counted as present
    assert family.code in screen.status.text()


@pytest.mark.parametrize(
    ("fill", "message"),
    [
        ({"village": ""}, "Kies de woonplaats"),
        ({"consent": False}, "toestemmingstekst"),
        ({"year": 2027}, "kan niet in de toekomst liggen"),
        ({"name": "A" * 200}, "te lang"),
    ],
)
def test_new_family_bad_input_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot, screen: VandaagScreen, database: Database, fill: dict[str, object], message: str
) -> None:
    start(qtbot, screen)
    dialog = open_new_family(qtbot, screen)
    dialog.name.setText(str(fill.get("name", "Noor")))
    dialog.village.setCurrentText(str(fill.get("village", "Numansdorp")))
    dialog.referral.setCurrentText("flyer/poster")
    dialog.child_rows[0].year.setValue(int(fill.get("year", 2025)))  # type: ignore[arg-type]
    dialog.consent.setChecked(bool(fill.get("consent", True)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert screen.dialog is dialog and dialog.isVisible()
    assert message in dialog.error.text()
    assert count(database, Family) == 0 and count(database, Visit) == 0
    dialog.reject()


def test_similar_family_is_flagged_while_typing(
    qtbot: QtBot, screen: VandaagScreen, session: Session
) -> None:
    make_family(session, name="Özlem")
    start(qtbot, screen)
    dialog = open_new_family(qtbot, screen)
    qtbot.keyClicks(dialog.name, "Ozlem")
    assert dialog.similar.isVisible()
    assert "lijkt op een gezin" in dialog.similar.text()
    dialog.reject()


def test_drinks_payment_undo_and_anonymous_sale(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, database: Database
) -> None:
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.mouseClick(button_for(screen, "koffie"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.payment_buttons["pin"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button_for(screen, "thee"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # limonade
    # A button's shortcut clicks it with a short animation: wait for the sale, never sleep.
    qtbot.waitUntil(lambda: screen.present_model.row_at(0).drinks == 3)
    row = screen.present_model.row_at(0)
    assert (row.drinks, row.owed_cents) == (3, 150)
    assert screen.payment() == "contant"  # back to cash after each sale
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Ongedaan gemaakt: limonade" in screen.status.text()
    anonymous = next(b for b in screen.anonymous_buttons if b.property("kind") == "koffie")
    qtbot.mouseClick(anonymous, Qt.MouseButton.LeftButton)
    with database.session() as session:
        rows = session.exec(select(Consumption).order_by(Consumption.id)).all()
    assert [(c.kind, c.payment, c.visit_id is None) for c in rows] == [
        ("koffie", "contant", False),
        ("thee", "pin", False),
        ("koffie", "contant", True),
    ]
    assert screen.anonymous_total.text() == "1 los verkocht"


def test_remove_a_drink_from_the_present_list(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, database: Database
) -> None:
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.mouseClick(button_for(screen, "koffie"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button_for(screen, "thee"), Qt.MouseButton.LeftButton)
    screen.visit_drinks.setCurrentRow(1)  # the older one: koffie
    qtbot.mouseClick(screen.remove_drink_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert session.exec(select(Consumption.kind)).all() == ["thee"]


def test_change_who_came_check_out_and_undo_a_check_in(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, session: Session, database: Database
) -> None:
    other = make_family(session, name="Sanne", children=())
    start(qtbot, screen)
    for text in ("ozl", other.code):
        qtbot.keyClicks(screen.search, text)
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    screen.present.selectRow(0)
    qtbot.mouseClick(screen.edit_visit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, VisitDialog)
    for check in dialog.child_boxes.values():
        check.setChecked(True)
    dialog.adult_spins["vader"].setValue(0)
    dialog.adult_spins["grootouder"].setValue(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert screen.present_model.row_at(0).children == 2
    assert screen.present_model.row_at(0).adults == 2
    qtbot.mouseClick(screen.check_out_button, Qt.MouseButton.LeftButton)
    mood = screen.dialog
    assert isinstance(mood, MoodDialog) and mood.focusWidget() is mood.face_buttons[0]
    qtbot.keyClick(mood.face_buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(mood.focusWidget(), Qt.Key.Key_Return)  # the middle face
    assert screen.present_model.row_at(0).left_at is not None
    with database.session() as fresh:
        assert fresh.get(Visit, screen.present_model.row_at(0).visit_id).mood == "neutraal"
    counts = screen.counts.text().replace("\u00a0", " ")  # no-break spaces keep counts whole
    assert "2 gezinnen" not in counts and "Aanwezig: 1 gezinnen" in counts
    screen.present.selectRow(1)
    qtbot.mouseClick(screen.undo_visit_button, Qt.MouseButton.LeftButton)
    assert [v.family_id for v in visits_today(database)] == [returning.id]


def test_close_the_morning_with_a_cash_difference_survives_a_restart(
    qtbot: QtBot,
    make_screen: Callable[..., VandaagScreen],
    returning: Family,
    database: Database,
) -> None:
    closed: list[bool] = []
    screen = make_screen(after_close=lambda: closed.append(True))
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.mouseClick(button_for(screen, "koffie"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button_for(screen, "thee"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CloseMorningDialog)
    assert dialog.expected_label.text() == "€ 1,00"
    qtbot.keyClicks(dialog.cash, "1,50")
    assert dialog.difference.text() == "€ 0,50 te veel"
    qtbot.keyClicks(dialog.notes, "Rustige ochtend")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed == [True]
    assert "Kasverschil: € 0,50" in screen.status.text()
    assert not screen.search.isEnabled() and screen.reopen_button.isVisible()

    again = make_screen()  # the app started anew on the same file
    assert not again.is_open() and again.reopen_button.isVisible()
    assert again.present_model.rowCount() == 1
    with database.session() as session:
        morning = session.exec(select(Morning).where(Morning.day == WEDNESDAY)).one()
    assert (morning.cash_counted_cents, morning.host_notes) == (150, "Rustige ochtend")


def test_closing_a_closed_morning_is_refused_in_the_dialog(
    qtbot: QtBot, screen: VandaagScreen, database: Database
) -> None:
    start(qtbot, screen)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CloseMorningDialog)
    with database.session() as session:  # closed meanwhile, e.g. on a second screen
        mornings.close_morning(session, morning_id=screen.morning.morning_id, cash_counted_cents=None)
    qtbot.keyClicks(dialog.cash, "abc")
    assert dialog.difference.text() == "(geen bedrag)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "geen bedrag" in dialog.error.text()
    dialog.cash.setText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "al afgesloten" in dialog.error.text()
    dialog.reject()


def test_check_in_needs_an_open_morning(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, database: Database
) -> None:
    screen.search.setEnabled(True)  # even if a host got to the field somehow
    qtbot.keyClicks(screen.search, "ozl")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert "Start eerst de ochtend" in screen.status.text()
    assert visits_today(database) == []


def test_theme_comes_from_the_programme_and_can_be_changed(
    qtbot: QtBot,
    session: Session,
    location: Location,
    make_screen: Callable[..., VandaagScreen],
    database: Database,
) -> None:
    from checkin.models import Activity

    session.add(Activity(location_id=location.id, day=WEDNESDAY, title="Voorlezen", theme="Kinderboekenweek"))
    session.commit()
    screen = make_screen()
    assert screen.theme.currentText() == "Kinderboekenweek"
    start(qtbot, screen)
    screen.theme.setCurrentText("Slapen")
    screen.theme.lineEdit().editingFinished.emit()
    with database.session() as s:
        assert s.exec(select(Morning.theme)).one() == "Slapen"


def test_families_we_miss(qtbot: QtBot, screen: VandaagScreen, session: Session, location: Location) -> None:
    family = make_family(session, name="Yasmina", children=())
    for weeks_ago in (20, 15, 10):
        day = WEDNESDAY - timedelta(weeks=weeks_ago)
        morning = make_morning(session, location, day=day)
        visits.check_in(
            session, morning_id=morning.id, family_id=family.id, now=datetime.combine(day, time(10))
        )
    qtbot.mouseClick(screen.missed_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    from PySide6.QtWidgets import QTableView

    view = dialog.findChild(QTableView, "missed")
    assert view.model().rowCount() == 1
    assert view.model().index(0, 0).data() == "Yasmina"
    dialog.accept()


def test_item_models_pass_the_model_tester(
    qtmodeltester,
    qtbot: QtBot,
    screen: VandaagScreen,  # type: ignore[no-untyped-def]
    returning: Family,
) -> None:
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")
    qtmodeltester.check(screen.results_model)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtmodeltester.check(screen.present_model)
    qtmodeltester.check(screen.present_proxy)


def test_first_start_asks_for_the_place_then_opens_today(
    qtbot: QtBot, make_screen: Callable[..., VandaagScreen], database: Database
) -> None:
    screen = make_screen()
    assert screen.stack.currentWidget() is screen.welcome
    assert screen.welcome.name.text() == "" and screen.welcome.web_url.text() == ""  # no other place's data
    assert "&" not in "".join(
        label.text().replace("&", "", 1) for label in screen.welcome.findChildren(QLabel)
    )
    qtbot.mouseClick(screen.welcome.save_button, Qt.MouseButton.LeftButton)
    assert "naam van de ontmoetingsplek" in screen.welcome.error.text()
    assert count(database, Location) == 0
    screen.welcome.name.setText("Het Speelnest")
    qtbot.mouseClick(screen.welcome.save_button, Qt.MouseButton.LeftButton)
    assert "vaste dag" in screen.welcome.error.text() and count(database, Location) == 0  # comes empty
    screen.welcome.weekday.setCurrentIndex(2)
    qtbot.mouseClick(screen.welcome.save_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.main_page
    assert "Het Speelnest" in screen.title.text()


def test_demo_data_is_one_click_away(
    qtbot: QtBot, make_screen: Callable[..., VandaagScreen], database: Database
) -> None:
    screen = make_screen()
    qtbot.mouseClick(screen.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.main_page
    assert count(database, Family) == 120


def test_ctrl_z_after_an_edit_restores_who_came_then_removes_the_coffee_also_after_a_restart(
    qtbot: QtBot,
    make_screen: Callable[..., VandaagScreen],
    returning: Family,
    database: Database,
) -> None:
    """The undo lives in the database: Ctrl+Z names and takes back exactly the last action."""
    screen = make_screen()
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # Ela, mother and father, as last week
    qtbot.mouseClick(button_for(screen, "koffie"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.edit_visit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, VisitDialog)
    for check in dialog.child_boxes.values():
        check.setChecked(True)
    dialog.adult_spins["vader"].setValue(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert (screen.present_model.row_at(0).children, screen.present_model.row_at(0).adults) == (2, 1)
    assert screen.undo_button.isEnabled()
    assert screen.undo_button.toolTip() == "Maakt ongedaan: wie er mee zijn met Özlem"
    screen.activateWindow()  # (a window manager gives the window back after a dialog; offscreen not)
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.status.text() == "Ongedaan gemaakt: wie er mee zijn met Özlem."
    row = screen.present_model.row_at(0)
    assert (row.children, row.adults, row.drinks) == (1, 2, 1)  # the edit undone, the coffee kept
    with database.session() as session:
        [visit] = visits_today(database)
        assert (visit.mothers, visit.fathers) == (1, 1)
        came = session.exec(select(VisitChild.child_id).where(VisitChild.visit_id == visit.id)).all()
        assert len(came) == 1

    screen.close()
    again = make_screen()  # the app started anew: the core still knows what Ctrl+Z undoes
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    assert again.undo_button.isEnabled()
    assert again.undo_button.toolTip() == "Maakt ongedaan: koffie voor Özlem"
    qtbot.keyClick(again, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert again.status.text() == "Ongedaan gemaakt: koffie voor Özlem."
    assert count(database, Consumption) == 0
    assert again.present_model.row_at(0).drinks == 0
    qtbot.keyClick(again, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert again.status.text() == "Ongedaan gemaakt: inchecken van Özlem."
    assert visits_today(database) == []
    assert not again.undo_button.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert again.status.text() == "Er is niets om ongedaan te maken."


def test_a_removed_drink_comes_back_with_ctrl_z(
    qtbot: QtBot, screen: VandaagScreen, returning: Family, database: Database
) -> None:
    start(qtbot, screen)
    qtbot.keyClicks(screen.search, "ozl")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.mouseClick(button_for(screen, "thee"), Qt.MouseButton.LeftButton)
    screen.visit_drinks.setCurrentRow(0)
    qtbot.mouseClick(screen.remove_drink_button, Qt.MouseButton.LeftButton)
    assert count(database, Consumption) == 0
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert screen.status.text() == "Ongedaan gemaakt: weghalen van thee van Özlem."
    with database.session() as session:
        assert session.exec(select(Consumption.kind)).all() == ["thee"]
    assert screen.visit_drinks.count() == 1


def test_a_sale_without_check_in_by_pin_needs_no_family(
    qtbot: QtBot, screen: VandaagScreen, database: Database
) -> None:
    """Someone who only buys a coffee pays by card: the payment kind is at hand with no family chosen."""
    start(qtbot, screen)
    assert screen.selected_present() is None
    assert screen.payment_buttons["pin"].isEnabled()
    assert not button_for(screen, "koffie").isEnabled()  # a family's drink needs a family
    qtbot.mouseClick(screen.payment_buttons["pin"], Qt.MouseButton.LeftButton)
    anonymous = next(b for b in screen.anonymous_buttons if b.property("kind") == "koffie")
    qtbot.mouseClick(anonymous, Qt.MouseButton.LeftButton)
    with database.session() as session:
        rows = session.exec(select(Consumption)).all()
    assert [(c.kind, c.payment, c.visit_id) for c in rows] == [("koffie", "pin", None)]


def test_the_counts_line_wraps_only_between_counts() -> None:
    """A narrow present list wraps the counts where a host reads a pause: never between a number
    and its word, never inside the brackets, never before the dot."""
    line = "Aanwezig: 30 gezinnen, 30 volw., 35 kinderen (65 van 120 plaatsen) · 30 bezoeken"
    breaks = keep_counts_whole(line).split(" ")
    assert [part.replace("\u00a0", " ") for part in breaks] == [
        "Aanwezig:",
        "30 gezinnen,",
        "30 volw.,",
        "35 kinderen",
        "(65 van 120 plaatsen) ·",
        "30 bezoeken",
    ]
