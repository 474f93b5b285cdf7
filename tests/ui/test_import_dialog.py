"""The import dialog driven as a host would: choose a file, adjust a column, check, import."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import Session, func, select

from checkin import imports, privacy
from checkin.db import Database
from checkin.models import Family, Location, Morning, Visit, VisitChild
from ui.app import build_window
from ui.import_dialog import ImportDialog
from ui.item_models import PreviewModel
from ui.operations import Operations
from ui.operations import imports as import_operations
from ui.pin import PinDialog
from ui.tasks import ImmediateRunner, ThreadRunner

LINES = [
    "Datum;Gezin;Aantal kids;Volw.;Woonplaats;Opmerking",
    "4-3-2026;Sanne;2;1;Numansdorp;eerste keer",
    "4 maart 2026;Fatima;1;2;Strijen;",
    "11/3/2026;Sanne;1;1;;",
    "31-2-2026;Bram;1;1;;",
    "11 mrt 2026;Fatima;1;1;;",
    "18-3-26;Fatima;1;1;;",
]


def write_list(tmp_path: Path, lines: list[str] = LINES) -> Path:
    path = tmp_path / "presentielijst.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(session: Session, model: type) -> int:
    session.expire_all()
    return session.exec(select(func.count()).select_from(model)).one()


@pytest.fixture
def dialog(qtbot: QtBot, database: Database, location: Location) -> ImportDialog:
    del location  # the dialog needs a place to import into
    widget = ImportDialog(operations=Operations(database=database), runner=ImmediateRunner())
    qtbot.addWidget(widget)
    return widget


def choose(dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    return dialog.model.data(dialog.model.index(row, column))


def test_choose_preview_adjust_and_import(
    dialog: ImportDialog,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    session: Session,
    tmp_path: Path,
    qtmodeltester: object,
) -> None:
    assert not dialog.import_button.isEnabled()
    choose(dialog, qtbot, monkeypatch, write_list(tmp_path))

    # Columns guessed from the Dutch headers.
    assert {field: combo.currentText() for field, combo in dialog.column_combos.items()} == {
        "date": "Datum",
        "name": "Gezin",
        "code": "(geen)",
        "children": "Aantal kids",
        "adults": "Volw.",
        "mothers": "(geen)",
        "fathers": "(geen)",
        "grandparents": "(geen)",
        "village": "Woonplaats",
        "child_name": "(geen)",
        "child_birth": "(geen)",
    }
    assert dialog.model.rowCount() == 4
    assert [cell(dialog, r, 0) for r in range(4)] == ["2", "3", "4", "6"]
    assert [cell(dialog, 0, c) for c in range(7)] == [
        "2",
        "04-03-2026",
        "Sanne",
        "2",
        "1",
        "Numansdorp",
        "nieuw gezin, nieuwe ochtend",
    ]
    assert dialog.problem_model.stringList() == [
        "Regel 5: '31-2-2026' bestaat niet als datum.",
        "Regel 7: In '18-3-26' heeft het jaar twee cijfers; schrijf het jaar voluit (zoals 2026).",
    ]
    assert dialog.summary_label.text() == (
        "Klaar om over te nemen: 4 bezoeken (2 nieuwe gezinnen, 2 nieuwe ochtenden). "
        "Niet leesbaar: 2. Al aanwezig of dubbel in de lijst: 0. Geen bezoek (titel, totaal): 0."
    )
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]

    assert [cell(dialog, r, 6) for r in range(4)] == [
        "nieuw gezin, nieuwe ochtend",
        "nieuw gezin, nieuwe ochtend",
        "nieuwe ochtend",  # Sanne again: the family of row 2
        "nieuwe ochtend",
    ]

    # The list's adults column is really something else: no column, so one adult per visit.
    dialog.set_mapping("adults", None)
    assert [cell(dialog, r, 4) for r in range(4)] == ["1", "1", "1", "1"]
    # A default village for families whose row names none.
    dialog.village_combo.setCurrentText("Mijnsheerenland")
    assert cell(dialog, 2, 5) == "Numansdorp"  # Sanne's village came from her first row
    assert count(session, Visit) == 0  # nothing written by the preview

    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].visits == 4
    assert dialog.summary_label.text() == (
        "Klaar: 4 bezoeken overgenomen, 2 nieuwe gezinnen, 2 nieuwe ochtenden. "
        "Er valt niets (meer) over te nemen. Niet leesbaar: 2. Al aanwezig of dubbel in de lijst: 4. Geen bezoek (titel, totaal): 0."
    )
    assert not dialog.import_button.isEnabled()  # everything in the file is in now

    assert count(session, Visit) == 4
    assert count(session, Morning) == 2
    assert count(session, VisitChild) == 5
    visits = session.exec(select(Visit)).all()
    assert all(v.imported and v.others == 1 for v in visits)
    assert {f.display_name: f.village for f in session.exec(select(Family))} == {
        "Sanne": "Numansdorp",
        "Fatima": "Strijen",
    }
    assert dialog.model.rowCount() == 0
    assert len(dialog.problem_model.stringList()) == 6  # 2 unreadable + 4 already imported


def test_second_import_of_the_same_file_is_refused(
    qtbot: QtBot, database: Database, location: Location, session: Session, tmp_path: Path
) -> None:
    del location
    path = write_list(tmp_path)
    first = ImportDialog(operations=Operations(database=database), runner=ImmediateRunner())
    qtbot.addWidget(first)
    first.load_file(str(path))
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    second = ImportDialog(operations=Operations(database=database), runner=ImmediateRunner())
    qtbot.addWidget(second)
    second.load_file(str(path))
    assert second.model.rowCount() == 0
    assert not second.import_button.isEnabled()
    assert "Regel 2: Sanne staat op 04-03-2026 al bij de bezoeken" in second.problem_model.stringList()[0]
    assert count(session, Visit) == 4


def test_failure_during_import_writes_nothing_and_says_so(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, session: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog.load_file(str(write_list(tmp_path)))

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(imports.bulk, "record_visits_in_bulk", fail)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary_label.text() == "Er ging iets mis (OSError). Er is niets opgeslagen."
    assert dialog.import_button.isEnabled()  # the host can try again
    assert (count(session, Family), count(session, Morning), count(session, Visit)) == (0, 0, 0)


def test_wrong_file_and_missing_mapping_are_explained(dialog: ImportDialog, tmp_path: Path) -> None:
    pdf = tmp_path / "flyer.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    dialog.load_file(str(pdf))
    assert dialog.summary_label.text() == "flyer.pdf is geen CSV- of XLSX-bestand."
    assert not dialog.import_button.isEnabled()

    dialog.load_file(str(write_list(tmp_path)))
    dialog.set_mapping("date", None)
    assert dialog.summary_label.text().startswith("Er is geen kolom met de datum van het bezoek.")
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_without_a_place_there_is_nothing_to_preview_or_import(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    dialog = ImportDialog(operations=Operations(database=database), runner=ImmediateRunner())
    qtbot.addWidget(dialog)
    dialog.load_file(str(write_list(tmp_path)))
    assert dialog.summary_label.text() == "Maak eerst een ontmoetingsplek aan (Instellingen)."
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    dialog.import_visits()  # even when called directly: nothing is written
    with database.session() as session:
        assert count(session, Visit) == 0


def test_menu_action_opens_the_dialog(qtbot: QtBot, database: Database, location: Location) -> None:
    del location
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()]  # type: ignore[union-attr]
    action = next(a for a in actions if a.objectName() == "importAction")
    assert action.text() == "Eerdere bezoeken importeren..."
    action.trigger()
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].windowTitle() == "Eerdere bezoeken importeren"
    dialogs[0].close()


def test_screenshot_with_preview(dialog: ImportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    dialog.load_file(str(write_list(tmp_path)))
    dialog.show()
    qtbot.waitExposed(dialog)
    target = Path(os.environ.get("CHECKIN_SCREENSHOT_DIR", tmp_path)) / "import_dialog.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_works_with_the_thread_runner_of_the_app(
    qtbot: QtBot, database: Database, location: Location, session: Session, tmp_path: Path
) -> None:
    del location
    runner = ThreadRunner()
    dialog = ImportDialog(operations=Operations(database=database), runner=runner)
    qtbot.addWidget(dialog)
    dialog.load_file(str(write_list(tmp_path)))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert dialog.model.rowCount() == 4
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.problem_model.stringList()) == 6)  # the preview after the import
    assert runner.wait()
    assert dialog.summary_label.text().startswith("Klaar: 4 bezoeken overgenomen")
    assert count(session, Visit) == 4


class ManualRunner:
    """Keeps submitted work until the test runs it, to look at the dialog while work is under way."""

    def __init__(self) -> None:
        self.queue: list[
            tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]
        ] = []

    def submit(
        self, work: Callable[[], Any], *, done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        self.queue.append((work, done, failed))

    def run_all(self) -> None:
        while self.queue:
            work, done, failed = self.queue.pop(0)
            try:
                result = work()
            except Exception as error:
                failed(error)
            else:
                done(result)


def test_dialog_stays_open_while_importing_and_drops_late_results(
    qtbot: QtBot, database: Database, location: Location, session: Session, tmp_path: Path
) -> None:
    del location
    runner = ManualRunner()
    dialog = ImportDialog(operations=Operations(database=database), runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(str(write_list(tmp_path)))
    assert dialog.summary_label.text() == "Het bestand wordt gelezen..."
    runner.run_all()
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled() and not dialog.column_box.isEnabled()
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()  # the import is still being written
    runner.run_all()
    assert count(session, Visit) == 4
    assert dialog.column_box.isEnabled()

    dialog.load_file(str(tmp_path / "presentielijst.csv"))  # reading again, then closed at once
    dialog.reject()
    assert not dialog.isVisible()
    runner.run_all()  # the late result is dropped: no new preview, no new text
    assert dialog.summary_label.text() == "Het bestand wordt gelezen..."


def test_the_preview_model_passes_the_model_tester(
    qtmodeltester: Any, database: Database, location: Location, tmp_path: Path
) -> None:
    """Adults by role, and "nieuw gezin" only on a new family's first row."""
    path = write_list(
        tmp_path,
        [
            "Datum;Gezin;Kinderen;Volwassenen;Moeders;Vaders",
            "4-3-2026;Sanne;2;2;1;1",
            "11-3-2026;Sanne;1;1;0;0",
        ],
    )
    operations = Operations(database=database)
    table = import_operations.read_file(operations, path)
    preview = import_operations.preview(
        operations,
        table=table,
        mapping=import_operations.guess_mapping(table.headers),
        location_id=location.id or 0,
        default_village="",
    )
    model = PreviewModel()
    qtmodeltester.check(model)  # empty
    model.set_rows(preview.visits)
    qtmodeltester.check(model)
    rows = [[model.index(row, column).data() for column in range(model.columnCount())] for row in range(2)]
    assert rows == [
        ["2", "04-03-2026", "Sanne", "2", "2 (1 moeder, 1 vader)", "onbekend", "nieuw gezin, nieuwe ochtend"],
        ["3", "11-03-2026", "Sanne", "1", "1", "onbekend", "nieuwe ochtend"],
    ]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Volwassenen"
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def _workbook(tmp_path: Path) -> Path:
    """Two month sheets and an explanation sheet; January's dates merged over its families."""
    workbook = Workbook()
    intro = workbook.active
    assert intro is not None
    intro.title = "Uitleg"
    intro.append(["Per maand een blad."])
    january = workbook.create_sheet("Januari")
    january.append(["Datum", "Naam", "Kinderen", "Woonplaats"])
    january.append([datetime(2026, 1, 7), "Sanne", 2, "Oud Beijerland"])
    january.append([None, "Fatima", 1, "Kl.waal"])
    january.merge_cells("A2:A3")
    january.append([None, "Totaal januari", 3, None])
    february = workbook.create_sheet("Februari")
    february.append(["Datum", "Naam", "Kinderen", "Woonplaats"])
    february.append([datetime(2026, 2, 4), "Sanne", 1, "OBL"])
    path = tmp_path / "jaar.xlsx"
    workbook.save(path)
    return path  # the truth: 3 visits, 4 children


def test_sheets_dates_from_above_totals_and_a_village_chosen_for_the_file(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, session: Session, tmp_path: Path
) -> None:
    choose(dialog, qtbot, monkeypatch, _workbook(tmp_path))
    assert [dialog.sheet_list.item(r).text() for r in range(dialog.sheet_list.count())] == [  # type: ignore[union-attr]
        "Uitleg",
        "Januari",
        "Februari",
    ]
    assert dialog.chosen_sheets() == ["Januari", "Februari"]
    assert "Werkblad 'Uitleg' is niet ingelezen" in dialog.warning_label.text()
    assert "'OBL' = Oud-Beijerland" in dialog.warning_label.text()
    assert [cell(dialog, r, 1) for r in range(dialog.model.rowCount())] == ["07-01-2026", "04-02-2026"]
    assert dialog.problem_model.stringList() == [
        "Werkblad Januari, regel 3: De woonplaats 'Kl.waal' uit het bestand is onbekend: die staat zo niet "
        "in de lijst met woonplaatsen. Kies hierboven welke woonplaats het is, zet hem bij Instellingen in de "
        "lijst, of schrijf 'buiten de Hoeksche Waard' in het bestand.",
        "Werkblad Januari, regel 4: Een totaal- of subtotaalregel; geen bezoek.",
    ]

    # The coordinator picks the village for the file's spelling in the box that appeared.
    assert dialog.village_box.isVisibleTo(dialog)
    combo = dialog.village_choices["Kl.waal"]
    combo.setFocus()
    qtbot.keyClicks(combo, "Klaaswaal")
    assert combo.currentData() == "Klaaswaal"
    assert cell(dialog, 1, 1) == "07-01-2026 (datum van de regel erboven)"
    assert dialog.model.rowCount() == 3

    # Leaving out February reads January alone.
    dialog.set_sheet_checked("Februari", False)
    assert dialog.chosen_sheets() == ["Januari"]
    assert dialog.model.rowCount() == 2
    dialog.set_sheet_checked("Februari", True)
    assert dialog.model.rowCount() == 3

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (count(session, Visit), count(session, VisitChild)) == (3, 4)
    assert imports.remembered_villages(session) == {"kl.waal": "Klaaswaal"}


def test_month_first_dates_are_offered(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Date,Name,Children\n01/05/2024,Sanne,1\n02/13/2024,Bram,2\n", encoding="utf-8")
    choose(dialog, qtbot, monkeypatch, path)
    assert "maand-dag-jaar" in dialog.warning_label.text()
    assert dialog.model.rowCount() == 1
    dialog.dates_combo.setFocus()
    qtbot.keyClick(dialog.dates_combo, Qt.Key.Key_Down)
    assert dialog.dates_combo.currentData() == "mdy"
    assert [cell(dialog, r, 1) for r in range(2)] == ["05-01-2024", "13-02-2024"]
    assert dialog.warning_label.isHidden()


def test_with_a_pin_the_menu_asks_it_before_the_dialog(
    qtbot: QtBot, database: Database, location: Location
) -> None:
    del location
    with database.session() as session:
        privacy.set_pin(session, new_pin="24680")
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()]  # type: ignore[union-attr]
    action = next(a for a in actions if a.objectName() == "importAction")

    def answer(pin: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(10, lambda: answer(pin))
            return
        qtbot.keyClicks(dialog.field, pin)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, lambda: answer("1111"))
    action.trigger()
    assert window.findChildren(ImportDialog) == []
    QTimer.singleShot(0, lambda: answer("24680"))
    action.trigger()
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
