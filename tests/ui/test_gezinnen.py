"""The Gezinnen screen driven as a coordinator would: typing, clicks and the real dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session, func, select

from checkin import privacy
from checkin.db import Database
from checkin.models import Child, Family, Location, Visit
from checkin.services import families, visits
from checkin.services.families import ChildInput
from tests.helpers.factories import WEDNESDAY, make_family, make_morning
from ui.family_dialog import NewFamilyDialog
from ui.gezinnen import GezinnenScreen
from ui.item_models import families_model
from ui.operations import Operations
from ui.pin import PinDialog
from ui.tasks import ImmediateRunner

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ozlem(session: Session, location: Location) -> Family:
    """Özlem with Ela (born May 2024), who came on two Wednesdays."""
    family = make_family(session, name="Özlem")
    for day in (WEDNESDAY - timedelta(days=14), WEDNESDAY - timedelta(days=7)):
        morning = make_morning(session, location, day=day)
        visits.check_in(
            session,
            morning_id=morning.id or 0,
            family_id=family.id or 0,
            now=datetime.combine(day, time(9, 40)),
        )
    return family


@pytest.fixture
def others(session: Session) -> list[Family]:
    return [
        make_family(session, name="Sanne", village="Klaaswaal", children=()),
        make_family(
            session, name="Fatma", children=(ChildInput(birth_year=2025, birth_month=2, nickname="Elif"),)
        ),
    ]


@pytest.fixture
def make_screen(qtbot: QtBot, operations: Operations) -> Callable[[], GezinnenScreen]:
    def make() -> GezinnenScreen:
        screen = GezinnenScreen(operations=operations, runner=ImmediateRunner(), today=lambda: WEDNESDAY)
        qtbot.addWidget(screen)
        screen.resize(1200, 700)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return make


@pytest.fixture
def screen(ozlem: Family, others: list[Family], make_screen: Callable[[], GezinnenScreen]) -> GezinnenScreen:
    return make_screen()


def names(screen: GezinnenScreen) -> list[str]:
    return [screen.proxy.index(row, 1).data() for row in range(screen.proxy.rowCount())]


def choose(qtbot: QtBot, screen: GezinnenScreen, text: str) -> None:
    """Type in the search field as a person would; the first match is selected."""
    screen.search.clear()
    qtbot.keyClicks(screen.search, text)


def count(database: Database, model: type, *where: object) -> int:
    with database.session() as session:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()


def answer_modal(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """When a modal ``kind`` opens (a nested event loop that blocks the test), ``act`` on it."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            timer.stop()
            act(widget)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    answer_modal.timers.append(timer)  # type: ignore[attr-defined]


answer_modal.timers = []  # type: ignore[attr-defined]


def test_the_model_passes_the_model_tester(qtmodeltester, session: Session, ozlem: Family, others) -> None:
    model = families_model()
    model.set_rows(families.family_overview(session, today=WEDNESDAY))
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "Özlem"
    qtmodeltester.check(model)
    model.sort(-1)
    assert [model.index(row, 1).data() for row in range(3)] == ["Fatma", "Sanne", "Özlem"]


def test_lists_every_family_with_children_ages_and_visits(screen: GezinnenScreen, ozlem: Family) -> None:
    assert names(screen) == ["Fatma", "Sanne", "Özlem"]
    row = next(r for r in screen.model.rows() if r.family_id == ozlem.id)
    line = screen.model.rows().index(row)
    texts = [screen.model.index(line, column).data() for column in range(6)]
    assert texts == [ozlem.code, "Özlem", "Numansdorp", "Ela (2 jr 6 mnd)", "2", "18-11-2026"]
    assert screen.count.text() == "3 gezinnen"
    assert not screen.edit_button.isEnabled()


def test_typing_filters_like_the_search_on_vandaag(
    qtbot: QtBot, screen: GezinnenScreen, ozlem: Family
) -> None:
    qtbot.keyClicks(screen.search, "oz")
    assert names(screen) == ["Özlem"]
    assert screen.count.text() == "1 van 3 gezinnen"
    assert screen.selected_id() == ozlem.id and screen.edit_button.isEnabled()
    screen.search.clear()
    qtbot.keyClicks(screen.search, "eli")  # a child's name
    assert names(screen) == ["Fatma"]
    screen.search.clear()
    qtbot.keyClicks(screen.search, (ozlem.code or "").lower())
    assert names(screen) == ["Özlem"]
    qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    assert len(names(screen)) == 3


def test_a_header_click_sorts_and_the_order_stays_while_typing_and_after_a_refresh(
    qtbot: QtBot, screen: GezinnenScreen, session: Session
) -> None:
    header = screen.table.horizontalHeader()
    visits_column = 4
    x = header.sectionViewportPosition(visits_column) + 10
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    first = [screen.proxy.index(row, visits_column).data() for row in range(screen.proxy.rowCount())]
    assert first == sorted(first, key=int) and first[-1] == "2"  # Özlem came twice
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    assert names(screen)[0] == "Özlem"  # descending now
    qtbot.keyClicks(screen.search, "a")
    shown = [int(screen.proxy.index(row, visits_column).data()) for row in range(screen.proxy.rowCount())]
    assert len(shown) >= 2 and shown == sorted(shown, reverse=True)  # the order holds while filtering
    screen.search.clear()
    make_family(session, name="Agnieszka", children=())
    screen.hide()
    screen.show()
    qtbot.waitUntil(lambda: "Agnieszka" in names(screen))
    assert names(screen)[0] == "Özlem"  # still sorted by visits, most first


def test_the_list_is_reached_and_walked_by_keyboard(qtbot: QtBot, screen: GezinnenScreen) -> None:
    with qtbot.waitActive(screen):
        screen.activateWindow()
    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.table.hasFocus() and screen.selected() is not None
    assert screen.selected().display_name == "Fatma"
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.selected().display_name == "Sanne"


def test_a_family_registered_elsewhere_appears_when_the_screen_is_shown_again(
    qtbot: QtBot, screen: GezinnenScreen, session: Session
) -> None:
    make_family(session, name="Agnieszka", children=())
    assert "Agnieszka" not in names(screen)
    screen.hide()
    screen.show()
    qtbot.waitExposed(screen)
    assert "Agnieszka" in names(screen)


def test_editing_a_family_saves_name_and_children(
    qtbot: QtBot, screen: GezinnenScreen, database: Database, ozlem: Family
) -> None:
    choose(qtbot, screen, "ozl")
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)  # Enter on the list opens the edit dialog
    dialog = screen.dialog
    assert isinstance(dialog, NewFamilyDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Gezin bewerken"
    assert dialog.name.text() == "Özlem" and dialog.village.currentText() == "Numansdorp"
    assert [row.nickname.text() for row in dialog.child_rows] == ["Ela"]
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Ozlem A.")
    dialog.child_rows[0].nickname.clear()
    qtbot.keyClicks(dialog.child_rows[0].nickname, "Elanur")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    with database.session() as session:
        stored = session.get(Family, ozlem.id)
        assert stored is not None and stored.display_name == "Ozlem A."
        assert [c.nickname for c in families.children_of(session, ozlem.id or 0)] == ["Elanur"]
        assert stored.consent_date == WEDNESDAY  # the consent given at registration is kept
    assert screen.selected_id() == ozlem.id  # the list is read again and stays on the family
    assert "Ozlem A." in names(screen)
    assert "opgeslagen" in screen.status.text()


def test_an_edit_the_core_refuses_is_shown_in_dutch_and_changes_nothing(
    qtbot: QtBot, screen: GezinnenScreen, database: Database, ozlem: Family
) -> None:
    choose(qtbot, screen, "ozl")
    qtbot.mouseClick(screen.edit_button, LEFT)
    dialog = screen.dialog
    assert dialog is not None
    dialog.child_rows[0].year.setValue(WEDNESDAY.year + 1)  # born in the future, not 'verwacht'
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "toekomst" in dialog.error.text()
    dialog.reject()
    with database.session() as session:
        assert [c.birth_year for c in families.children_of(session, ozlem.id or 0)] == [2024]


def test_the_card_is_previewed_and_saved_as_a_pdf_holding_the_code(
    qtbot: QtBot, screen: GezinnenScreen, ozlem: Family, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(qtbot, screen, "ozl")
    qtbot.mouseClick(screen.card_button, LEFT)
    preview = screen.preview
    assert preview is not None and preview.isVisible()
    out = tmp_path / "kaart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    qtbot.mouseClick(preview.save_button, LEFT)
    assert ozlem.code in PdfReader(out).pages[0].extract_text()
    preview.close()


def test_inzage_writes_a_pdf_with_the_familys_data(
    qtbot: QtBot, screen: GezinnenScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "inzage.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    choose(qtbot, screen, "fatma")
    qtbot.mouseClick(screen.access_button, LEFT)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Fatma" in text and "Elif" in text
    assert str(out) in screen.status.text()


def _type_pin(qtbot: QtBot, pin: str, *, tries: int = 1) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for _ in range(tries):
            qtbot.keyClicks(dialog.field, pin)
            qtbot.mouseClick(ok, LEFT)

    return act


def test_erasing_needs_the_right_pin_and_keeps_the_visits_anonymous(
    qtbot: QtBot, screen: GezinnenScreen, database: Database, ozlem: Family
) -> None:
    with database.session() as session:
        privacy.set_pin(session, new_pin="24680")
    choose(qtbot, screen, "ozl")

    # A wrong PIN, three times: the PIN dialog closes and nothing changes.
    answer_modal(qtbot, PinDialog, _type_pin(qtbot, "1111", tries=3))
    qtbot.mouseClick(screen.erase_button, LEFT)
    with database.session() as session:
        stored = session.get(Family, ozlem.id)
        assert stored is not None and (stored.display_name, stored.code) == ("Özlem", ozlem.code)
    assert "Özlem" in names(screen)

    # The right PIN and "Wissen": name, code and children go, the two visits stay.
    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "Özlem" in box.text()
        answer_modal(qtbot, QMessageBox, lambda told: told.close())  # "Gewist" afterwards
        wissen = next(b for b in box.buttons() if b.text() == "Wissen")
        qtbot.mouseClick(wissen, LEFT)

    def pin(dialog: QWidget) -> None:
        answer_modal(qtbot, QMessageBox, confirm)
        _type_pin(qtbot, "24680")(dialog)

    answer_modal(qtbot, PinDialog, pin)
    with qtbot.waitActive(screen):  # back from the PIN dialog, as a window manager would do
        screen.activateWindow()
    screen.focus_table()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)  # the Delete key does what the button does
    with database.session() as session:
        stored = session.get(Family, ozlem.id)
        assert stored is not None and stored.display_name is None and stored.code is None
        assert stored.erased_at is not None
    assert count(database, Visit, Visit.family_id == ozlem.id) == 2
    assert count(database, Child, Child.family_id == ozlem.id) == 0
    assert names(screen) == []  # the search for "ozl" finds nothing any more
    screen.search.clear()
    assert names(screen) == ["Fatma", "Sanne"]
    assert "gewist" in screen.status.text()


def test_a_family_registered_twice_at_a_desk_without_the_server_is_shown_to_the_coordinator(
    session: Session, location: Location, ozlem: Family, make_screen: Callable[[], GezinnenScreen]
) -> None:
    from checkin import journal
    from checkin.services.families import FamilyInput

    screen = make_screen()
    assert screen.doubles.isHidden()
    morning = make_morning(session, location)
    same = FamilyInput(
        display_name=ozlem.display_name or "",
        village=ozlem.village,
        referral=ozlem.referral,
        children=tuple(
            ChildInput(birth_year=c.birth_year, birth_month=c.birth_month, nickname=c.nickname)
            for c in families.children_of(session, ozlem.id or 0)
        ),
        consent=True,
    )
    item = journal.register(
        morning_id=morning.id or 0, data=same, now=datetime.combine(WEDNESDAY, time(10)), code="T1-0001"
    )
    offline = journal.Entry(item.id, item.kind, item.data, item.created_at, offline=True)  # as replayed
    assert journal.apply(session, offline, desk="desk").refused is None
    screen.reload()
    assert screen.doubles.isVisible()
    assert f"(T1-0001) en {ozlem.display_name} ({ozlem.code})" in screen.doubles.text()
    screen.resize(1024, 600)
    shot = Path(__file__).resolve().parents[2] / "build" / "gezinnen-doubles.png"
    shot.parent.mkdir(exist_ok=True)
    screen.grab().save(str(shot))
