"""Opens the main window in the morning's fullest state on the screen it is given and reports
what a host would see, as JSON on stdout (run by test_layout.py in a child process, because the
screen size and QT_SCALE_FACTOR are fixed when Qt starts).

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \\
        python -m tests.ui.layout_worker DATA_DIR [SCREENSHOT.png]

The fullest state: a morning with 30 present families, one with 6 children, four Dewis told
apart by long village names, 'Dewi' typed in the search box and the big family selected.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from checkin import rules
from checkin.db import Database
from checkin.services import families, mornings, visits
from checkin.services.families import ChildInput, FamilyInput
from tests.helpers.factories import make_location
from ui.app import build_window
from ui.backup_menu import BackupMenu
from ui.item_models import ROW_ROLE
from ui.tasks import ImmediateRunner
from ui.vandaag import RESULT_VILLAGE, VandaagScreen

DAY = date(2026, 11, 25)
LONG_VILLAGES = ("Zuid-Beijerland", "Nieuw-Beijerland", rules.OUTSIDE_VILLAGE, "Oud-Beijerland")
BIG_FAMILY = "Van den Heuvel-Oudshoorn"


def fill(database: Database, *, started: bool = True) -> None:
    """The place and its families; with ``started`` the morning too, all of them present."""
    with database.session() as session:
        from checkin.services.lists import ensure_default_lists

        ensure_default_lists(session)
        location = make_location(session)
        assert location.id is not None
        morning = (
            mornings.start_morning(
                session,
                location_id=location.id,
                day=DAY,
                theme="Voorlezen",
                now=datetime.combine(DAY, time(9)),
            )
            if started
            else None
        )
        names = [f"Dewi {n}" if n < 4 else f"Gezin {n:02d}" for n in range(29)] + [BIG_FAMILY]
        villages = [*LONG_VILLAGES, "Numansdorp", "Klaaswaal", "Strijen", "Maasdam"]
        for number, name in enumerate(names):
            children = (
                tuple(
                    ChildInput(birth_year=2020 + k, birth_month=k + 1, nickname=f"Kind{k}") for k in range(6)
                )
                if name == BIG_FAMILY
                else (ChildInput(birth_year=2024, birth_month=3, nickname="Ela"),)
            )
            family = families.register_family(
                session,
                data=FamilyInput(
                    display_name=name,
                    village=villages[number % len(villages)] if name != BIG_FAMILY else LONG_VILLAGES[2],
                    referral="flyer/poster",
                    children=children,
                    consent=True,
                ),
                today=DAY,
                now=datetime.combine(DAY, time(8, 30)),
            )
            assert family.id is not None
            if morning is not None:
                assert morning.id is not None
                visits.check_in(
                    session,
                    morning_id=morning.id,
                    family_id=family.id,
                    now=datetime.combine(DAY, time(9, 30)) + timedelta(minutes=number),
                )


def inside(widget: QWidget, window: QWidget) -> bool:
    """Shown whole, without scrolling, inside the window's area."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    if widget.visibleRegion().boundingRect() != widget.rect():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt-letters of everything visible in the window (buttons, labels with a buddy, menus)."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.setdefault(key, []).append(text)

    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            add(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    menu_bar = window.menuBar()  # type: ignore[attr-defined]
    for action in menu_bar.actions():
        if action.isVisible():
            add(action.text())
    return found


def main(data_dir: Path, screenshot: Path | None, *, started: bool = True) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    database = Database.open(data_dir)
    fill(database, started=started)
    runner = ImmediateRunner()
    window = build_window(database=database, runner=runner)
    from ui.operations import Operations

    BackupMenu(window=window, operations=Operations(database=database), runner=runner, quit_app=app.quit)
    screen = window.findChild(VandaagScreen)
    assert screen is not None
    screen.clock = lambda: datetime.combine(DAY, time(10, 15))
    screen.reload()
    window.fit_to_screen()
    window.show()
    app.processEvents()
    screen.search.setText("Dewi")
    for row in range(screen.present_proxy.rowCount()):
        present = screen.present_proxy.data(screen.present_proxy.index(row, 0), ROW_ROLE)
        if present.display_name == BIG_FAMILY:
            screen.present.selectRow(row)
    for _ in range(5):
        app.processEvents()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    before_start: dict[str, QWidget] = {
        "start": screen.start_button,
        "hosts": screen.hosts,
        "theme": screen.theme,
        "search": screen.search,
    }
    main_actions: dict[str, QWidget] = (
        before_start
        if not started
        else {
            "search": screen.search,
            "results": screen.results,
            "new family": screen.new_family_button,
            "present": screen.present,
            "who came": screen.edit_visit_button,
            "check-out": screen.check_out_button,
            "undo": screen.undo_button,
            "close": screen.close_button,
            **{f"drink {b.property('kind')}": b for b in screen.drink_buttons},
            **{f"payment {kind}": b for kind, b in screen.payment_buttons.items()},
        }
    )
    row_height = screen.present.verticalHeader().defaultSectionSize()
    village_header = screen.results.horizontalHeader()
    village_needed = max(
        [0]
        + [
            screen.results.fontMetrics().horizontalAdvance(
                str(screen.results_model.data(screen.results_model.index(r, RESULT_VILLAGE)))
            )
            for r in range(screen.results_model.rowCount())
        ]
    )
    report = {
        "screen": [area.width(), area.height()],
        "compact": window.compact,
        "window": [frame.width(), frame.height()],
        "window_inside": area.contains(frame),
        "minimum": [hint.width(), hint.height()],
        "hidden_actions": [name for name, widget in main_actions.items() if not inside(widget, window)],
        "present_rows_visible": screen.present.viewport().height() // row_height,
        "results_rows_visible": screen.results.viewport().height() // row_height,
        "results_found": screen.results_model.rowCount(),
        "village_width": village_header.sectionSize(RESULT_VILLAGE),
        "village_needed": village_needed,
        "village_right": village_header.sectionViewportPosition(RESULT_VILLAGE)
        + village_header.sectionSize(RESULT_VILLAGE),
        "results_viewport_width": screen.results.viewport().width(),
        "mnemonic_clashes": {k: v for k, v in mnemonics(window).items() if len(v) > 1},
        "counts_lines": screen.counts.height() // screen.counts.fontMetrics().lineSpacing(),
    }
    if screenshot is not None:
        window.grab().save(str(screenshot))
    tabs = window.tabs
    assert tabs is not None
    for index in range(1, tabs.count()):  # the other screens: no clashes with the menus either
        tabs.setCurrentIndex(index)
        for _ in range(3):
            app.processEvents()
        clashes = {k: v for k, v in mnemonics(window).items() if len(v) > 1}
        if clashes:
            report["mnemonic_clashes"][tabs.tabText(index)] = clashes
    print(json.dumps(report))
    window.close()
    database.dispose()


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        Path(sys.argv[2]) if len(sys.argv) > 2 else None,
        started="--before-start" not in sys.argv[3:],
    )
