"""The Programma screen driven through its widgets: activities, posters, month programmes and cards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from checkin.db import Database
from checkin.models import Activity, Family, Location
from tests.helpers.factories import make_family
from tests.helpers.pdfs import decode_qr_codes, page_sizes_mm, pdf_text
from ui.app import build_window
from ui.operations import Operations
from ui.pdf_preview import PdfPreviewDialog
from ui.programma import ActivityDialog, ProgrammaScreen
from ui.tasks import ImmediateRunner

TODAY = date(2026, 11, 23)  # a Monday; the place opens on Wednesdays
URL = "https://hoekschewaard.alsvillage.nl/ontmoetingsplekken"


@pytest.fixture
def activities(session: Session, location: Location) -> list[Activity]:
    assert location.id is not None
    rows = [
        Activity(location_id=location.id, day=date(2026, 11, 4), title="Peutergym", theme="Peutergym"),
        Activity(
            location_id=location.id,
            day=date(2026, 11, 25),
            title="Voorlezen",
            theme="Kinderboekenweek",
            partner="Bibliotheek Hoeksche Waard",
            description="Boekjes voor de allerkleinsten.",
        ),
    ]
    session.add_all(rows)
    session.commit()
    return rows


def make_screen(qtbot: QtBot, database: Database, runner: Any = None) -> ProgrammaScreen:
    screen = ProgrammaScreen(
        operations=Operations(database=database), runner=runner or ImmediateRunner(), today=lambda: TODAY
    )
    qtbot.addWidget(screen)
    screen.show()
    return screen


@pytest.fixture
def screen(qtbot: QtBot, database: Database, location: Location) -> ProgrammaScreen:
    return make_screen(qtbot, database)


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog: ActivityDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def titles(screen: ProgrammaScreen) -> list[str]:
    return [screen.proxy.index(row, 1).data() for row in range(screen.proxy.rowCount())]


def select_title(screen: ProgrammaScreen, title: str) -> None:
    screen.table.selectRow(titles(screen).index(title))


def open_preview(qtbot: QtBot, screen: ProgrammaScreen, button: Any) -> PdfPreviewDialog:
    click(qtbot, button)
    qtbot.waitUntil(lambda: screen.preview is not None)
    preview = screen.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    return preview


def test_models_pass_the_model_tester(
    qtmodeltester: Any, screen: ProgrammaScreen, activities: list[Activity]
) -> None:
    screen.refresh()
    assert screen.model.rowCount() == 2
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)


def test_schedule_and_activities_are_shown(screen: ProgrammaScreen, activities: list[Activity]) -> None:
    screen.refresh()
    assert screen.schedule_label.text() == "Elke woensdag 9:30 - 11:30"
    assert titles(screen) == ["Voorlezen", "Peutergym"]  # newest first
    assert screen.proxy.index(0, 0).data() == "25-11-2026"
    assert screen.proxy.index(0, 3).data() == "Bibliotheek Hoeksche Waard"
    assert screen.location_combo.currentText() == "De Kleine Knuistjes"


def test_filter_and_upcoming_only(qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity]) -> None:
    screen.refresh()
    qtbot.keyClicks(screen.filter_edit, "bibliotheek")
    assert titles(screen) == ["Voorlezen"]
    screen.filter_edit.clear()
    assert len(titles(screen)) == 2
    click(qtbot, screen.upcoming_only)
    assert titles(screen) == ["Voorlezen"]


def test_host_adds_an_activity_for_next_wednesday(
    qtbot: QtBot, screen: ProgrammaScreen, session: Session
) -> None:
    click(qtbot, screen.add_button)
    dialog = screen.activity_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date_edit.date() == QDate(2026, 11, 25)  # the next opening, from the schedule
    qtbot.keyClicks(dialog.title_edit, "Zingen met Jong JGZ")
    qtbot.keyClicks(dialog.partner_edit, "Jong JGZ")
    qtbot.keyClicks(dialog.description_edit, "Liedjes en versjes voor de kleinsten.")
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: screen.activity_dialog is None)
    assert titles(screen) == ["Zingen met Jong JGZ"]
    assert screen.selected() is not None and screen.selected().title == "Zingen met Jong JGZ"  # type: ignore[union-attr]
    assert "Activiteit toegevoegd" in screen.status.text()
    stored = session.exec(select(Activity)).one()
    assert (stored.day, stored.partner, stored.start) == (date(2026, 11, 25), "Jong JGZ", None)


def test_activity_with_its_own_hours(qtbot: QtBot, screen: ProgrammaScreen, session: Session) -> None:
    click(qtbot, screen.add_button)
    dialog = screen.activity_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.title_edit, "Peutergym")
    assert not dialog.start_edit.isEnabled()
    click(qtbot, dialog.own_hours)
    assert dialog.start_edit.isEnabled()
    dialog.start_edit.setTime(dialog.start_edit.time().fromString("10:00", "HH:mm"))
    dialog.end_edit.setTime(dialog.end_edit.time().fromString("09:00", "HH:mm"))
    click(qtbot, save_button(dialog))
    assert dialog.error_label.text() == "De eindtijd moet na de begintijd liggen."
    dialog.end_edit.setTime(dialog.end_edit.time().fromString("11:00", "HH:mm"))
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: screen.activity_dialog is None)
    assert screen.proxy.index(0, 4).data() == "10:00 - 11:00"


@pytest.mark.parametrize(
    ("title", "day", "message"),
    [
        ("", QDate(2026, 11, 25), "Vul een titel in voor de activiteit."),
        ("x" * 300, QDate(2026, 11, 25), "De titel is te lang (300 tekens; hoogstens 120)."),
        (
            "Voorlezen",
            QDate(2026, 11, 20),
            "De datum 20-11-2026 is al voorbij; kies vandaag of een latere dag.",
        ),
    ],
)
def test_bad_input_gets_a_dutch_message_and_changes_nothing(
    qtbot: QtBot, screen: ProgrammaScreen, session: Session, title: str, day: QDate, message: str
) -> None:
    click(qtbot, screen.add_button)
    dialog = screen.activity_dialog
    assert dialog is not None
    dialog.date_edit.setDate(day)
    if title:
        qtbot.keyClicks(dialog.title_edit, title)
    click(qtbot, save_button(dialog))
    assert dialog.error_label.text() == message
    assert dialog.isVisible() and screen.activity_dialog is dialog
    assert session.exec(select(Activity)).all() == []
    dialog.reject()
    qtbot.waitUntil(lambda: screen.activity_dialog is None)


def test_host_changes_an_activity(
    qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity], session: Session
) -> None:
    screen.refresh()
    select_title(screen, "Voorlezen")
    click(qtbot, screen.edit_button)
    dialog = screen.activity_dialog
    assert dialog is not None and dialog.title_edit.text() == "Voorlezen"
    assert dialog.partner_edit.text() == "Bibliotheek Hoeksche Waard"
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Voorlezen in de bieb")
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: screen.activity_dialog is None)
    assert "Voorlezen in de bieb" in titles(screen)
    session.expire_all()
    assert session.get(Activity, activities[1].id).title == "Voorlezen in de bieb"  # type: ignore[union-attr]


def test_an_activity_in_the_past_can_still_be_corrected(
    qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity]
) -> None:
    screen.refresh()
    select_title(screen, "Peutergym")  # 4 November, before TODAY
    click(qtbot, screen.edit_button)
    dialog = screen.activity_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.description_edit, "Met de gymjuf.")
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: screen.activity_dialog is None)


def test_host_deletes_an_activity_after_confirming(
    qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity]
) -> None:
    screen.refresh()
    questions: list[str] = []

    def answer(reply: bool) -> Callable[[str], bool]:
        def confirm(question: str) -> bool:
            questions.append(question)
            return reply

        return confirm

    select_title(screen, "Peutergym")
    screen.confirm = answer(False)
    click(qtbot, screen.delete_button)
    assert titles(screen) == ["Voorlezen", "Peutergym"]
    select_title(screen, "Peutergym")
    screen.confirm = answer(True)
    click(qtbot, screen.delete_button)
    assert titles(screen) == ["Voorlezen"]
    assert questions[-1] == "De activiteit 'Peutergym' van 04-11-2026 verwijderen?"
    assert not screen.delete_button.isEnabled()  # nothing selected any more


def test_poster_preview_save_and_print(
    qtbot: QtBot,
    screen: ProgrammaScreen,
    activities: list[Activity],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen.refresh()
    assert not screen.poster_button.isEnabled()  # no activity chosen yet
    select_title(screen, "Voorlezen")
    preview = open_preview(qtbot, screen, screen.poster_button)
    assert preview.document.pageCount() == 1
    assert preview.windowTitle() == "Poster: Voorlezen"

    target = tmp_path / "poster"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    click(qtbot, preview.save_button)
    saved = tmp_path / "poster.pdf"
    assert saved.read_bytes() == preview.data
    assert preview.status.text() == f"Opgeslagen als {saved}"
    text = pdf_text(saved.read_bytes())
    assert "Voorlezen" in text and "woensdag 25 november 2026, 9:30 - 11:30" in text and "€ 0,50" in text
    assert decode_qr_codes(saved.read_bytes(), tmp_path) == [URL]

    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    printed = (tmp_path / "printed.pdf").read_bytes()
    [(width, height)] = page_sizes_mm(printed)
    assert (round(width), round(height)) == (210, 297)
    assert decode_qr_codes(printed, tmp_path) == [URL]  # the printed page still scans
    assert "1 pagina" in preview.status.text()


def test_save_refusal_is_shown_in_the_preview(
    qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity], tmp_path: Path
) -> None:
    screen.refresh()
    select_title(screen, "Voorlezen")
    preview = open_preview(qtbot, screen, screen.poster_button)
    assert preview.save_to(tmp_path / "nope" / "poster.pdf") is False
    assert preview.status.text() == f"De map {tmp_path / 'nope'} bestaat niet."


def test_month_programme_as_a5_handouts(
    qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity], tmp_path: Path
) -> None:
    screen.size_combo.setCurrentIndex(screen.size_combo.findData("a5"))
    screen.month_combo.setCurrentIndex(screen.month_combo.findData("2026-11"))
    assert screen.month_combo.currentText() == "november 2026"
    preview = open_preview(qtbot, screen, screen.month_button)
    size = preview.document.pagePointSize(0)
    assert size.width() > size.height()  # landscape A4 with two A5 handouts
    assert preview.save_to(tmp_path / "programma.pdf")
    data = (tmp_path / "programma.pdf").read_bytes()
    assert pdf_text(data).count("Programma november 2026") == 2
    assert decode_qr_codes(data, tmp_path) == [URL, URL]


def test_cards_for_three_families(
    qtbot: QtBot, screen: ProgrammaScreen, session: Session, tmp_path: Path
) -> None:
    made = [make_family(session, name=name) for name in ("Özlem", "Łucja", "Anouk")]
    make_family(session, name="Niet gekozen")
    codes = [family.code or "" for family in made]
    qtbot.keyClicks(screen.codes_edit, " ".join(code.lower() for code in codes))
    preview = open_preview(qtbot, screen, screen.cards_button)
    assert preview.save_to(tmp_path / "kaarten.pdf")
    data = (tmp_path / "kaarten.pdf").read_bytes()
    assert decode_qr_codes(data, tmp_path) == codes
    assert "Łucja" in pdf_text(data) and "Niet gekozen" not in pdf_text(data)


def test_cards_for_all_families(qtbot: QtBot, screen: ProgrammaScreen, session: Session) -> None:
    for name in ("Özlem", "Anouk"):
        make_family(session, name=name)
    preview = open_preview(qtbot, screen, screen.cards_button)
    families = session.exec(select(Family)).all()
    text = pdf_text(preview.data)
    assert all(family.code in text for family in families)


def test_unknown_code_gets_a_dutch_message_and_no_preview(
    qtbot: QtBot, screen: ProgrammaScreen, session: Session
) -> None:
    make_family(session)
    qtbot.keyClicks(screen.codes_edit, "QQQQ")
    click(qtbot, screen.cards_button)
    assert screen.status.text() == "Er is geen gezin met de code 'QQQQ'."
    assert screen.preview is None
    assert screen.cards_button.isEnabled()


class HeldRunner:
    """Keeps the work until the test lets it run: shows what the screen does meanwhile."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Any, Any, Any]] = []

    def submit(self, work: Any, *, done: Any, failed: Any) -> None:
        self.jobs.append((work, done, failed))


def test_generation_runs_in_the_background(
    qtbot: QtBot, database: Database, location: Location, activities: list[Activity]
) -> None:
    runner = HeldRunner()
    screen = make_screen(qtbot, database, runner)
    click(qtbot, screen.month_button)
    assert len(runner.jobs) == 1
    assert screen.status.text() == "De PDF wordt gemaakt..."
    assert not screen.month_button.isEnabled() and not screen.cards_button.isEnabled()
    work, done, _failed = runner.jobs.pop()
    done(work())
    qtbot.waitUntil(lambda: screen.preview is not None)
    assert screen.month_button.isEnabled()
    assert screen.status.text().startswith("Klaar: Programma")


def test_programma_is_a_screen_of_the_window(qtbot: QtBot, database: Database, location: Location) -> None:
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    titles_of_tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Programma" in titles_of_tabs
    screen = window.tabs.widget(titles_of_tabs.index("Programma"))
    assert isinstance(screen, ProgrammaScreen)


def test_flyer_details_web_address_and_logo(
    qtbot: QtBot, screen: ProgrammaScreen, session: Session, location: Location, tmp_path: Path
) -> None:
    click(qtbot, screen.location_button)
    dialog = screen.location_dialog
    assert dialog is not None and dialog.url_edit.text() == URL
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "www.knuistjes")
    click(qtbot, ok)
    assert dialog.error_label.text() == "'www.knuistjes' is geen geldig webadres (begin met https://)."

    broken = tmp_path / "logo.png"
    broken.write_bytes(b"no image")
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "https://knuistjes.example.nl")
    qtbot.keyClicks(dialog.logo_edit, str(broken))
    click(qtbot, ok)
    assert "kan niet worden gelezen" in dialog.error_label.text()
    session.refresh(location)
    assert (location.web_url, location.logo_path) == (URL, "")

    logo = tmp_path / "echt.png"
    Image.new("RGB", (60, 30), "teal").save(logo)
    dialog.logo_edit.clear()
    qtbot.keyClicks(dialog.logo_edit, str(logo))
    click(qtbot, ok)
    qtbot.waitUntil(lambda: screen.location_dialog is None)
    session.refresh(location)
    assert (location.web_url, location.logo_path) == ("https://knuistjes.example.nl", str(logo))
    assert screen.status.text() == "De gegevens op de flyers zijn opgeslagen."


def test_keyboard_enter_edits_and_delete_removes(
    qtbot: QtBot, screen: ProgrammaScreen, activities: list[Activity]
) -> None:
    screen.refresh()
    select_title(screen, "Voorlezen")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.activity_dialog
    assert dialog is not None and dialog.title_edit.text() == "Voorlezen"
    dialog.reject()
    qtbot.waitUntil(lambda: screen.activity_dialog is None)
    screen.confirm = lambda _question: True
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert titles(screen) == ["Peutergym"]


@pytest.mark.parametrize("button", ["save_button", "demo_button"])
def test_programma_is_ready_right_after_the_first_run_form(
    qtbot: QtBot, database: Database, session: Session, button: str
) -> None:
    """No place yet: the first-run form (or its demo button) makes one, and Programma knows at once."""
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    programma = window.tabs.widget(tabs.index("Programma"))
    assert isinstance(programma, ProgrammaScreen)
    assert programma.schedule_label.text() == "Er is nog geen ontmoetingsplek ingesteld."
    assert not programma.add_button.isEnabled() and not programma.month_button.isEnabled()

    vandaag = window.tabs.widget(tabs.index("Vandaag"))
    welcome = vandaag.welcome  # type: ignore[attr-defined]
    assert welcome.isVisible()
    welcome.name.setText("De Kleine Knuistjes")  # the form comes empty
    welcome.weekday.setCurrentIndex(2)
    with qtbot.waitSignal(welcome.ready):
        qtbot.mouseClick(getattr(welcome, button), Qt.MouseButton.LeftButton)
    [made] = session.exec(select(Location)).all()

    window.tabs.setCurrentIndex(tabs.index("Programma"))
    qtbot.waitExposed(programma)
    assert programma.location_combo.currentText() == made.name
    assert programma.schedule_label.text().startswith("Elke ")
    assert programma.add_button.isEnabled() and programma.month_button.isEnabled()
    assert programma.location_button.isEnabled() and programma.cards_button.isEnabled()
    click(qtbot, programma.add_button)
    dialog = programma.activity_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: programma.activity_dialog is None)


def test_activity_model_over_plain_rows(qtmodeltester: Any, qapp: Any) -> None:
    from datetime import time

    from ui.item_models import ROW_ROLE, SORT_ROLE, ActivityTableModel
    from ui.operations.programme import ActivityRow

    rows = [
        ActivityRow(
            1, 1, date(2026, 12, 2), "Zingen", "Muziek", "Liedjes.", "Jong JGZ", time(10), time(11), ""
        ),
        ActivityRow(2, 1, date(2026, 11, 25), "Voorlezen", "Boeken", "", "Bieb", None, None, ""),
    ]
    model = ActivityTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "02-12-2026"
    assert model.index(0, 0).data(SORT_ROLE) == "2026-12-02"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "woensdag 2 december 2026"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Zingen\n\nLiedjes."
    assert model.index(0, 4).data() == "10:00 - 11:00"
    assert (
        model.index(1, 4).data() == ""
        and model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "Openingstijden"
    )
    assert model.index(1, 3).data(SORT_ROLE) == "bieb"
    assert model.index(1, 2).data(ROW_ROLE) is rows[1]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Tijden"
    model.set_rows([])
    qtmodeltester.check(model)
