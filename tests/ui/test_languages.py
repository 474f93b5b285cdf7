"""The window's language: the saved choice from the next start, Qt's own dialogs, the app's texts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkin.adults import Adults
from checkin.db import Database
from checkin.models import Location
from checkin.money import format_cents
from checkin.settings import save_settings
from ui import i18n
from ui.app import build_window
from ui.operations import Operations
from ui.tasks import ImmediateRunner

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_TS = ROOT / "resources" / "translations" / "checkin_en.ts"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's application; the translations and the default locale are put back afterwards."""
    saved = QLocale()
    yield qapp
    i18n.remove_translations(qapp)
    QLocale.setDefault(saved)


def visible_texts(widget: QWidget) -> set[str]:
    """Every text a host reads on ``widget``: labels, buttons, tooltips, placeholders, group titles,
    tab titles, column headers, menu items, choices in a list, a number's unit and the window title."""
    found = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        found.add(child.toolTip())
        found.add(child.accessibleName())
        if isinstance(child, QLabel | QAbstractButton):
            found.add(child.text())
        if isinstance(child, QLineEdit):
            found.add(child.placeholderText())
        if isinstance(child, QComboBox):
            found.update(child.itemText(i) for i in range(child.count()))
            found.add(child.placeholderText())
        if isinstance(child, QSpinBox | QDoubleSpinBox):
            found.update((child.prefix(), child.suffix()))
        if isinstance(child, QMenu):
            found.update(action.text() for action in child.actions())
        if isinstance(child, QGroupBox):
            found.add(child.title())
        if isinstance(child, QTabWidget):
            found.update(child.tabText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, no header
                columns = 0
            found.update(str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(columns))
    return {text for text in found if text}


def translated_dutch_sources() -> set[str]:
    """Dutch source texts that have an English translation different from themselves."""
    found = set()
    for message in ET.parse(ENGLISH_TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and translation != source:
            found.add(source)
    return found


def test_the_saved_language_is_used_from_the_next_start(
    qtbot: QtBot, app: QApplication, database: Database, data_dir: Path, location: Location
) -> None:
    assert i18n.remembered_language(data_dir) == "nl"
    with database.session() as session:
        save_settings(session, language="en")

    # The start after the choice: the window came up in the remembered Dutch, the database says English.
    i18n.install_translations(app, i18n.remembered_language(data_dir))
    assert QCoreApplication.translate("app", "Vandaag") == "Vandaag"
    assert i18n.follow_saved_language(app, data_dir, Operations(database=database)) == "en"
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Today",
        "Families",
        "Programme",
        "Figures",
    ]

    # The next start reads English before the window shows, without the database.
    assert i18n.remembered_language(data_dir) == "en"
    i18n.remove_translations(app)
    i18n.install_translations(app, i18n.remembered_language(data_dir))
    assert QCoreApplication.translate("MainWindow", "Even geduld, de gegevens worden geopend...") == (
        "One moment, opening the data..."
    )
    assert format_cents(50) == "€0.50"

    # Back to Dutch: the setting wins again at the start after.
    with database.session() as session:
        save_settings(session, language="nl")
    assert i18n.follow_saved_language(app, data_dir, Operations(database=database)) == "nl"
    assert QCoreApplication.translate("app", "Vandaag") == "Vandaag"
    assert i18n.remembered_language(data_dir) == "nl"
    assert format_cents(50) == "€ 0,50"


def test_a_damaged_or_unknown_remembered_language_starts_in_dutch(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / i18n.LANGUAGE_FILE).write_bytes(b"\xff\xfe")
    assert i18n.remembered_language(data_dir) == "nl"
    (data_dir / i18n.LANGUAGE_FILE).write_text("xx\n", encoding="utf-8")
    assert i18n.remembered_language(data_dir) == "nl"
    assert i18n.remembered_language(data_dir / "missing") == "nl"


@pytest.fixture
def full(database: Database) -> Database:
    """A place with half a year of made-up families, mornings, visits and drinks (the demo)."""
    from checkin.demo import fill_demo

    with database.session() as session:
        fill_demo(session, families=40, weeks=26, locations=1, seed=3, today=date.today())
    return database


def dutch_shown(texts: set[str]) -> list[str]:
    return sorted(texts & translated_dutch_sources())


def test_with_english_every_screen_in_a_full_state_shows_no_translated_dutch_text(
    qtbot: QtBot, app: QApplication, full: Database
) -> None:
    """Every tab with data (a morning under way, families, activities, figures), the menus and the
    Cijfers export menu with its language choice."""
    from checkin.services import visits
    from ui.cijfers import CijfersScreen
    from ui.vandaag import VandaagScreen

    i18n.install_translations(app, "en")
    window = build_window(database=full, runner=ImmediateRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    today = window.findChild(VandaagScreen)
    assert today is not None
    qtbot.mouseClick(today.start_button, Qt.MouseButton.LeftButton)
    assert today.morning is not None
    with full.session() as session:
        for family_id in (1, 2, 3):
            visits.check_in(session, morning_id=today.morning.morning_id, family_id=family_id)
        session.commit()
    today.refresh_present()
    today.present.selectRow(0)
    figures = window.findChild(CijfersScreen)
    assert figures is not None and figures.report is not None
    assert [a.text() for a in figures.export_languages.values()] == ["Nederlands", "English"]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        shown = visible_texts(window.tabs.widget(index))
        assert not dutch_shown(shown), f"Dutch on tab {window.tabs.tabText(index)}: {dutch_shown(shown)}"
    assert "Language of the file" in visible_texts(figures)
    assert not dutch_shown(visible_texts(window)), dutch_shown(visible_texts(window))  # menus too
    today.show_missed()
    assert today.dialog is not None
    assert not dutch_shown(visible_texts(today.dialog)), dutch_shown(visible_texts(today.dialog))


def test_with_english_every_dialog_shows_no_translated_dutch_text(
    qtbot: QtBot, app: QApplication, full: Database, tmp_path: Path
) -> None:
    from checkin.services.families import ChildInput, FamilyInput
    from checkin.services.mornings import MorningSummary
    from ui.encryption import EncryptionChoiceDialog, NewPassphraseDialog, PassphraseDialog
    from ui.family_dialog import NewFamilyDialog
    from ui.guide import GuideDialog
    from ui.import_dialog import ImportDialog
    from ui.instellingen import SettingsDialog
    from ui.operations.programme import ActivityInput, FlyerDetails
    from ui.pdf_preview import PdfPreviewDialog
    from ui.pin import PinDialog, SetPinDialog
    from ui.programma import ActivityDialog, LocationDialog
    from ui.recovery_key import RecoveryKeyDialog
    from ui.visit_dialogs import CloseMorningDialog, MoodDialog, VisitDialog
    from ui.welcome import WelcomePanel

    i18n.install_translations(app, "en")
    operations = Operations(database=full)
    pdf = tmp_path / "kaart.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    painter.drawText(100, 100, "K7F3")
    painter.end()
    children = (
        ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
        ChildInput(birth_year=date.today().year + 1, birth_month=1, expected=True),
    )
    summary = MorningSummary(
        morning_id=1,
        visits=31,
        new_families=4,
        adults=38,
        children=52,
        drinks=45,
        expected_cash_cents=1850,
        pin_cents=400,
        cash_counted_cents=None,
    )

    def family(initial: FamilyInput | None) -> QWidget:
        return NewFamilyDialog(
            villages=["Numansdorp"],
            referrals=["flyer/poster"],
            today=date.today(),
            submit=lambda data: None,
            find_similar=lambda name, village: [],
            initial=initial,
        )

    makers: dict[str, Callable[[], QWidget]] = {
        "settings": lambda: SettingsDialog(operations=operations),
        "pin": lambda: PinDialog(operations=operations),
        "set pin": lambda: SetPinDialog(operations=operations),
        "new family": lambda: family(None),
        "edit family": lambda: family(
            FamilyInput(display_name="Ela", village="Numansdorp", children=children, consent=True)
        ),
        "who came": lambda: VisitDialog(
            family_name="Özlem",
            children=[(1, "Ela (2 jr)")],
            came={1},
            adults=Adults(mothers=1),
            submit=lambda ids, adults: None,
        ),
        "mood": lambda: MoodDialog(family_name="Özlem"),
        "close morning": lambda: CloseMorningDialog(summary=summary, submit=lambda cash, notes, float_: None),
        "activity": lambda: ActivityDialog(
            submit=lambda data: None,
            themes=["Voorlezen"],
            initial=ActivityInput(day=date.today(), title="Voorlezen", place="Bibliotheek"),
            editing=True,
        ),
        "flyer details": lambda: LocationDialog(
            submit=lambda data: None,
            initial=FlyerDetails(address="Buttervliet 2", village="Numansdorp", web_url="", logo_path=""),
        ),
        "import": lambda: ImportDialog(operations=operations, runner=ImmediateRunner()),
        "pdf preview": lambda: PdfPreviewDialog(data=pdf.read_bytes(), title="x", file_name="x.pdf"),
        "recovery key": lambda: RecoveryKeyDialog(key="ABCD-EFGH-JKLM-NPQR", data_dir=tmp_path),
        "guide": lambda: GuideDialog(),
        "welcome": lambda: WelcomePanel(operations=operations, runner=ImmediateRunner()),
        "encryption choice": lambda: EncryptionChoiceDialog(),
        "new password": lambda: NewPassphraseDialog(),
        "password at start": lambda: PassphraseDialog(data_dir=tmp_path),
        "recovery key with password": lambda: RecoveryKeyDialog(
            key="ABCD-EFGH-JKLM-NPQR", data_dir=tmp_path, with_passphrase=True
        ),
    }
    # Each dialog is made as the app makes it and read without being shown: showing and hiding
    # nineteen windows in a row on the offscreen platform crashed Qt now and then (in QScreen).
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        shown = visible_texts(dialog)
        assert len(shown) > 1, name
        assert not dutch_shown(shown), f"Dutch in {name}: {dutch_shown(shown)}"


def file_dialog_labels(parent: QWidget | None = None) -> set[str]:
    dialog = QFileDialog(parent, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    dialog.deleteLater()
    return texts


@pytest.mark.parametrize(
    ("language", "expected", "folder"),
    [
        ("nl", {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"}, "Map"),
        ("en", {"&Look in:", "File &name:", "Files of &type:"}, "Folder"),
    ],
)
def test_qt_file_dialog_speaks_the_chosen_language(
    qtbot: QtBot, app: QApplication, tmp_path: Path, language: str, expected: set[str], folder: str
) -> None:
    i18n.install_translations(app, language)
    assert file_dialog_labels() == expected
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == folder  # the Type column


def print_dialog_texts() -> set[str]:
    dialog = QPrintDialog(QPrinter())
    texts = visible_texts(dialog)
    dialog.deleteLater()
    return texts


def test_qt_print_dialog_has_no_english_left_in_dutch(qtbot: QtBot, app: QApplication) -> None:
    i18n.install_translations(app, "en")
    english = print_dialog_texts()
    i18n.install_translations(app, "nl")
    dutch = print_dialog_texts()
    same_in_both = {"Printer", "Type:", "...", "1"}  # the same word in Dutch, or not a word
    assert not (english & dutch) - same_in_both
    assert {"Dubbelzijdig afdrukken", "Binden aan de lange kant"} <= dutch


def test_dutch_plurals_come_from_the_dutch_qm(
    qtbot: QtBot, app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's %n forms: the Dutch source text is the plural, checkin_nl.qm gives the singular."""
    ts = tmp_path / "checkin_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl">'
        '<context><name>app</name><message numerus="yes"><source>%n gezinnen</source><translation>'
        "<numerusform>%n gezin</numerusform><numerusform>%n gezinnen</numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
    )
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    i18n.install_translations(app, "nl")
    shown = [QCoreApplication.translate("app", "%n gezinnen", None, n) for n in (0, 1, 2)]
    assert shown == ["0 gezinnen", "1 gezin", "2 gezinnen"]


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nl", "1 gezin kwam langer", "2 gezinnen kwamen langer"),
        ("en", "1 family had not come", "2 families had not come"),
    ],
)
def test_the_retention_message_uses_plural_forms(
    qtbot: QtBot, app: QApplication, language: str, one: str, two: str
) -> None:
    """The Dutch singular comes from checkin_nl.qm, the English forms from checkin_en.qm."""
    from checkin.privacy import Anonymised
    from ui.app import tell_anonymised

    i18n.install_translations(app, language)
    window = QMainWindow()
    qtbot.addWidget(window)
    for count, expected in ((1, one), (2, two)):
        tell_anonymised(window, Anonymised(families=count, backups_changed=0))
        assert window.statusBar().currentMessage().startswith(expected)
    for box in window.findChildren(QMessageBox):
        box.close()
