"""The morning at the door fits small screens: an old netbook (1024x600) and a 1366x768 laptop at
150% text (910x512 logical pixels), with the morning in its fullest state (30 present families,
one with 6 children, four Dewis told apart by long village names); on a larger screen the window
of 1280x760 shows the counts of the present families on one line.

Each screen runs in a child process (``layout_worker``): Qt fixes the screen and the scale when
it starts. Screenshots land in the test's folder; with ``CHECKIN_SCREENSHOTS=docs/screenshots``
they refresh the ones in the documentation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from checkin.models import Location
from tests.helpers.factories import make_family, make_location
from ui.vandaag import VandaagScreen

ROOT = Path(__file__).resolve().parents[2]

TITLE_BAR = 30
"""A real window manager adds a title bar (logical px) above what the window itself measures."""


@pytest.mark.parametrize(
    ("name", "width", "height", "scale"),
    [
        ("vandaag-1024x600", 1024, 600, "1"),
        ("vandaag-1366x768-150", 1366, 768, "1.5"),
        # The same laptop with the Windows task bar (40 px at 100%, so 60 real pixels at 150%).
        ("vandaag-1366x768-150-taakbalk", 1366, 708, "1.5"),
        # Before the morning starts: the start button and the number of hosts in sight.
        ("vandaag-start-1024x600", 1024, 600, "1"),
        ("vandaag-start-1366x768-150", 1366, 768, "1.5"),
        # A desktop screen: the window at its preferred size, not compact.
        ("vandaag-1280x760", 1920, 1080, "1"),
    ],
)
def test_the_morning_fits_the_screen(tmp_path: Path, name: str, width: int, height: int, scale: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    folder = Path(os.environ.get("CHECKIN_SCREENSHOTS", tmp_path))
    screenshot = (folder if folder.is_absolute() else ROOT / folder) / f"{name}.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.layout_worker",
            str(tmp_path / "data"),
            str(screenshot),
            *(["--before-start"] if "-start-" in name else []),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    screen_width, screen_height = seen["screen"]
    assert (screen_width, screen_height) == (round(width / float(scale)), round(height / float(scale)))
    assert seen["compact"] == (width < 1920)
    assert seen["window_inside"], seen
    minimum_width, minimum_height = seen["minimum"]
    assert minimum_width <= screen_width and minimum_height + TITLE_BAR <= screen_height, seen
    assert seen["hidden_actions"] == [], seen
    assert seen["mnemonic_clashes"] == {}, seen
    assert screenshot.stat().st_size > 10_000
    if "-start-" in name:
        return
    assert seen["present_rows_visible"] >= 5, seen
    # "Aanwezig: 30 gezinnen, 30 volw., 35 kinderen (65 van 30 plaatsen) · 30 bezoeken": one line
    # at 1280 px; on a small screen at most two, broken between counts (ui.vandaag.keep_counts_whole).
    assert seen["counts_lines"] <= (1 if width >= 1920 else 2), seen
    assert seen["results_found"] == 4 and seen["results_rows_visible"] >= 4, seen
    # The village (what tells the four Dewis apart) is shown whole.
    assert seen["village_width"] >= seen["village_needed"], seen
    assert seen["village_right"] <= seen["results_viewport_width"], seen


def test_the_search_results_keep_their_room_as_the_morning_fills(
    qtbot: QtBot, session: Session, make_screen: Callable[..., VandaagScreen]
) -> None:
    make_location(session)
    codes = [
        make_family(session, name=f"Van den Heuvel-Oudshoorn {n}", village="Zuid-Beijerland").code
        for n in range(12)
    ]
    screen = make_screen()
    qtbot.keyClick(screen.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(screen.is_open)
    before = screen.results.width()
    for code in codes:
        assert code is not None
        qtbot.keyClicks(screen.search, code)
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.present_model.rowCount() == 12
    qtbot.keyClicks(screen.search, "oudsh")
    assert screen.results_model.rowCount() == 12
    assert screen.results.width() == before


def test_the_divider_between_results_and_present_list_stays_where_the_host_put_it(
    qtbot: QtBot, location: Location, make_screen: Callable[..., VandaagScreen]
) -> None:
    screen = make_screen()
    left = screen.splitter.sizes()[0]
    handle = screen.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(120, 0))
    moved = screen.splitter.sizes()[0]
    assert moved > left + 60
    again = make_screen()
    assert again.splitter.sizes()[0] == moved
