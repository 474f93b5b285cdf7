"""Renew the README's screenshots: demo data, a morning at the door, the window grabbed as PNG.

Run: `make screenshots` (offscreen; or under Xvfb with QT_QPA_PLATFORM=xcb for the real window
manager look). Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

if "QT_QPA_PLATFORM" not in os.environ:
    # A full-HD screen: the window takes its compact look on a screen as small as the offscreen
    # platform's default (800x800). tests/ui/test_layout.py shows the small screens.
    _screen = Path(tempfile.gettempdir()) / "checkin-screenshots-screen.json"
    _screen.write_text(
        '{"screens": [{"name": "hd", "x": 0, "y": 0, "width": 1920, "height": 1080, '
        '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from PySide6.QtWidgets import QApplication

from checkin.db import Database
from checkin.demo import fill_demo
from ui.app import build_window
from ui.gezinnen import GezinnenScreen
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TODAY = date(2026, 11, 25)  # a Wednesday


def cijfers_screenshot(app: QApplication, window: MainWindow) -> None:
    """The coordinator opens Cijfers (no PIN set) and picks the third quarter, as on the screen."""
    from ui.cijfers import CijfersScreen

    cijfers = window.findChild(CijfersScreen)
    assert cijfers is not None and window.tabs is not None
    cijfers.today = lambda: TODAY
    window.resize(1400, 900)
    window.tabs.setCurrentWidget(cijfers)
    for _ in range(3):  # the tab shows, then the screen opens (no PIN set) and computes
        app.processEvents()
    assert cijfers.unlocked
    cijfers.kind_combo.setCurrentIndex(cijfers.kind_combo.findData("quarter"))
    cijfers.previous_button.click()
    cijfers.next_button.click()  # the 3rd quarter of 2026, the last complete one
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(OUT / "cijfers.png"))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet(STYLE_SHEET)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder))
        with database.session() as session:
            fill_demo(session, families=120, weeks=52, seed=1, today=TODAY)
        clock_now = [datetime.combine(TODAY, time(9, 31))]

        def clock() -> datetime:
            clock_now[0] += timedelta(minutes=3)
            return clock_now[0]

        window = build_window(database=database, runner=ImmediateRunner())
        screen = window.findChild(VandaagScreen)
        assert screen is not None
        screen.clock = clock
        screen.reload()
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "vandaag-start.png"))
        screen.start_morning()
        for text in ("an", "fat", "ozl", "sanne", "emm", "kas"):
            screen.search.setText(text)
            screen.check_in_top_match()
        screen.add_drink("koffie")
        screen.add_drink("thee")
        screen.search.setText("ma")
        app.processEvents()
        window.grab().save(str(OUT / "vandaag.png"))
        screen.open_new_family()
        assert screen.dialog is not None
        screen.dialog.name.setText("Agnieszka")
        screen.dialog.village.setCurrentText("Klaaswaal")
        screen.dialog.referral.setCurrentText("consultatiebureau/JGZ")
        screen.dialog.child_rows[0].nickname.setText("Zofia")
        for _ in range(3):  # let the dialog grow for the warning that appeared
            app.processEvents()
        screen.dialog.grab().save(str(OUT / "nieuw-gezin.png"))
        screen.dialog.reject()
        gezinnen = window.findChild(GezinnenScreen)
        assert gezinnen is not None and window.tabs is not None
        gezinnen.today = lambda: TODAY
        window.tabs.setCurrentWidget(gezinnen)  # reads the families as it is shown
        gezinnen.search.setText("an")
        app.processEvents()
        window.grab().save(str(OUT / "gezinnen.png"))
        cijfers_screenshot(app, window)
        window.close()
        database.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
