"""Every dialog fits a 1024x600 netbook and a 1366x768 screen at 150% text (910x512 logical).

Each dialog is opened in its fullest state (a family with six children, long village names) on a
screen of that size, and must: have a size and a minimum size within the screen's free area, and
show its default (accept) button and its close button whole, not scrolled or clipped away.

With CHECKIN_SCREENSHOTS=<folder> the dialogs are saved there as PNG (docs/screenshots/ holds them).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from checkin import privacy
from checkin.adults import Adults
from checkin.db import Database
from ui import fit
from ui.family_dialog import NewFamilyDialog
from ui.instellingen import SettingsDialog
from ui.messages import core_text
from ui.operations import Operations
from ui.operations.door import ChildInput, FamilyInput, MorningSummary
from ui.pdf_preview import PdfPreviewDialog
from ui.pin import PinDialog, SetPinDialog
from ui.style import STYLE_SHEET
from ui.visit_dialogs import CloseMorningDialog, VisitDialog

SCREENS = {"netbook-1024x600": QSize(1024, 600), "scale150-1366x768": QSize(910, 512)}
"""Free screen areas in logical pixels (at QT_SCALE_FACTOR=1.5, 1366x768 gives 910x512)."""

TODAY = date(2026, 11, 25)
LONG_VILLAGES = ["Zuid-Beijerland", "Nieuw-Beijerland", "Oud-Beijerland", "Westmaas", "'s-Gravendeel"]
SIX = tuple(
    ChildInput(birth_year=2020 + n, birth_month=n + 1, nickname=name, expected=n == 5)
    for n, name in enumerate(["Anne-Fleur", "Jan-Willem", "Mohammed", "Özlem", "", ""])
)


@pytest.fixture(params=list(SCREENS))
def screen_size(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The dialogs open on a screen whose free area is ``SCREENS[name]``, with the app's style."""
    monkeypatch.setattr(fit, "available_size", lambda _widget: SCREENS[request.param])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(STYLE_SHEET)
    yield request.param
    app.setStyleSheet(before)


def _pdf(path: Path) -> bytes:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Gezinskaart")
    painter.end()
    return path.read_bytes()


def check_fits(qtbot: QtBot, dialog: QWidget, screen: str, name: str, *buttons: QAbstractButton) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()  # the layouts settle before the picture and the checks
    room = fit.room_for(dialog)
    folder = os.environ.get("CHECKIN_SCREENSHOTS")
    if folder:
        dialog.grab().save(str(Path(folder) / f"{name}-{screen}.png"))
    for what, size in (
        ("size", dialog.size()),
        ("minimum size", dialog.minimumSize()),
        ("minimum size hint", dialog.minimumSizeHint()),
    ):
        assert size.width() <= room.width() and size.height() <= room.height(), (name, what, size, room)
    for button in buttons:
        assert button.isVisible(), (name, button.text())
        seen = button.visibleRegion().boundingRect()
        assert seen == button.rect(), (name, button.text(), seen, button.rect())
        top_left = button.mapTo(dialog, button.rect().topLeft())
        assert dialog.rect().contains(top_left) and dialog.rect().contains(
            button.mapTo(dialog, button.rect().bottomRight())
        ), (name, button.text())


def family_dialog(initial: FamilyInput | None) -> NewFamilyDialog:
    return NewFamilyDialog(
        villages=LONG_VILLAGES,
        referrals=["via het consultatiebureau van het CJG", "flyer/poster"],
        today=TODAY,
        submit=lambda data: None,
        find_similar=lambda name, village: [],
        initial=initial,
    )


def test_new_family_with_six_children_fits(qtbot: QtBot, screen_size: str) -> None:
    dialog = family_dialog(None)
    for _ in range(5):
        dialog.add_child()
    assert len(dialog.child_rows) == 6
    check_fits(qtbot, dialog, screen_size, "new-family", dialog.ok_button, dialog.cancel_button)


def test_edit_family_with_six_children_fits(qtbot: QtBot, screen_size: str) -> None:
    initial = FamilyInput(
        display_name="Anne-Marie",
        village="Zuid-Beijerland",
        referral="flyer/poster",
        children=SIX,
        consent=True,
    )
    dialog = family_dialog(initial)
    check_fits(qtbot, dialog, screen_size, "edit-family", dialog.ok_button, dialog.cancel_button)


def test_who_came_with_six_children_fits(qtbot: QtBot, screen_size: str) -> None:
    children = [(n, f"{child.nickname or 'kind'} ({5 - n} jr)") for n, child in enumerate(SIX)]
    dialog = VisitDialog(
        family_name="Anne-Marie (Zuid-Beijerland)",
        children=children,
        came={0, 1},
        adults=Adults(mothers=1),
        submit=lambda ids, adults: None,
    )
    check_fits(qtbot, dialog, screen_size, "who-came", dialog.ok_button, dialog.cancel_button)


def test_close_morning_fits(qtbot: QtBot, screen_size: str) -> None:
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
    dialog = CloseMorningDialog(summary=summary, submit=lambda cash, notes, cash_float: None)
    check_fits(qtbot, dialog, screen_size, "close-morning", dialog.ok_button, dialog.cancel_button)


def test_pdf_preview_fits(qtbot: QtBot, screen_size: str, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(data=_pdf(tmp_path / "a.pdf"), title="Gezinskaart", file_name="kaart.pdf")
    close = dialog.close_button
    check_fits(qtbot, dialog, screen_size, "pdf-preview", dialog.print_button, dialog.save_button, close)


def test_pin_dialogs_fit(qtbot: QtBot, screen_size: str, database: Database, session: Session) -> None:
    operations = Operations(database=database)
    setting = SetPinDialog(operations=operations)
    check_fits(qtbot, setting, screen_size, "set-pin", setting.save_button, setting.cancel_button)
    privacy.set_pin(session, new_pin="24680")
    session.commit()
    asking = PinDialog(operations=operations)
    check_fits(qtbot, asking, screen_size, "pin", asking.ok_button, asking.cancel_button)
    changing = SetPinDialog(operations=operations)
    check_fits(qtbot, changing, screen_size, "change-pin", changing.save_button, changing.cancel_button)


def test_settings_fit(qtbot: QtBot, screen_size: str, database: Database, location: object) -> None:
    dialog = SettingsDialog(operations=Operations(database=database))
    check_fits(qtbot, dialog, screen_size, "instellingen", dialog.save_button, dialog.close_button)


def test_every_dialog_closes_with_escape(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    makers: list[Callable[[], QDialog]] = [
        lambda: family_dialog(None),
        lambda: PdfPreviewDialog(data=_pdf(tmp_path / "b.pdf"), title="x", file_name="x.pdf"),
        lambda: SetPinDialog(operations=Operations(database=database)),
        lambda: SettingsDialog(operations=Operations(database=database)),
    ]
    for make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        focus = dialog.focusWidget() or dialog
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__


def test_mood_question_fits(qtbot: QtBot, screen_size: str) -> None:
    from ui.visit_dialogs import MoodDialog

    dialog = MoodDialog(family_name="Anne-Marie (Zuid-Beijerland)")
    check_fits(
        qtbot, dialog, screen_size, "mood", *dialog.face_buttons, dialog.skip_button, dialog.cancel_button
    )


def test_encryption_dialogs_fit(qtbot: QtBot, screen_size: str, tmp_path: Path) -> None:
    from ui.encryption import EncryptionChoiceDialog, NewPassphraseDialog, PassphraseDialog
    from ui.recovery_key import RecoveryKeyDialog

    choice = EncryptionChoiceDialog()
    choice.fields.first.setText("kort")
    choice.decide()  # the refusal's line shows too
    check_fits(qtbot, choice, screen_size, "encryption-choice", choice.ok_button)
    asking = PassphraseDialog(data_dir=tmp_path)
    check_fits(qtbot, asking, screen_size, "passphrase", asking.ok_button, asking.quit_button)
    new = NewPassphraseDialog()
    ok = new.buttons.button(new.buttons.StandardButton.Ok)
    cancel = new.buttons.button(new.buttons.StandardButton.Cancel)
    check_fits(qtbot, new, screen_size, "new-passphrase", ok, cancel)
    key = RecoveryKeyDialog(
        key="K7F3A-ACDEF-HJKLM-NPRTU-VWXY3-479AC", data_dir=tmp_path, with_passphrase=True
    )
    check_fits(qtbot, key, screen_size, "recovery-key", key.buttons.button(key.buttons.StandardButton.Ok))


def test_database_choice_dialogs_fit(
    qtbot: QtBot, screen_size: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checkin import server_choice
    from ui.database_choice import DatabaseChoiceDialog, ServerPasswordDialog
    from ui.operations import storage

    monkeypatch.delenv("CHECKIN_DATABASE_URL")
    first = DatabaseChoiceDialog(
        data_dir=tmp_path / "a-long-folder-name" / "Ontmoetingsplek", first_start=True
    )
    check_fits(qtbot, first, screen_size, "database-choice", first.ok_button, first.cancel_button)
    fields = storage.ServerFields(server="db.huisvanhetkind.example.org", database="checkin", user="balie")
    server_choice.remember(tmp_path, url=server_choice.build_url(fields))
    change = DatabaseChoiceDialog(data_dir=tmp_path, first_start=False)
    change.outcome.setText(core_text(server_choice.TLS_PROBLEM, server=fields.server))  # the longest answer
    check_fits(qtbot, change, screen_size, "database-choice-change", change.ok_button, change.cancel_button)
    asking = ServerPasswordDialog(data_dir=tmp_path)
    asking.error.setText(core_text(server_choice.WRONG_PASSWORD))
    check_fits(qtbot, asking, screen_size, "server-password", asking.ok_button, asking.quit_button)
