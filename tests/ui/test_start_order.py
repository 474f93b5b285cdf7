"""The order of the start: window first, Vandaag ready, then maintenance in a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar
from pytestqt.qtbot import QtBot

from checkin.db import Database
from tests.helpers.factories import make_family, make_location
from tests.helpers.window import start_window
from ui import app as app_module
from ui.cijfers import CijfersScreen
from ui.main_window import MainWindow
from ui.operations import Operations, storage
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen


def test_screens_other_than_vandaag_are_made_when_their_tab_is_first_opened(
    qtbot: QtBot, database: Database
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    app_module.populate(
        window, operations=Operations(database=database), runner=ImmediateRunner(), later=True
    )
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs is not None
    assert isinstance(window.tabs.widget(0), VandaagScreen)
    assert window.findChild(CijfersScreen) is None
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    qtbot.waitUntil(lambda: window.findChild(CijfersScreen) is not None)
    assert window.findChild(CijfersScreen).isVisible()


@pytest.fixture
def folder_with_a_place(database: Database, data_dir: Path) -> Path:
    with database.session() as session:
        make_location(session)
        make_family(session, name="Sanne")
    database.dispose()
    return data_dir


def test_retention_runs_after_vandaag_takes_keys_and_does_not_block_it(
    qtbot: QtBot, folder_with_a_place: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the retention rule works (held here), Vandaag is there, searches and has the focus;
    a busy bar tells the host after half a second; the start backup follows the retention."""
    release = threading.Event()
    started = threading.Event()

    def slow_retention(operations: Operations) -> storage.Anonymised:
        started.set()
        release.wait(30)
        return storage.Anonymised(families=0, backups_changed=0)

    monkeypatch.setattr(storage, "apply_retention", slow_retention)
    window, state = start_window(qtbot, folder_with_a_place)
    try:
        vandaag = window.findChild(VandaagScreen)
        assert vandaag is not None
        qtbot.waitUntil(started.is_set)
        assert window.focusWidget() is vandaag.start_button  # the first thing the host does
        qtbot.mouseClick(vandaag.start_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(vandaag.search, "san")
        assert vandaag.results_model.rowCount() == 1
        progress = window.findChild(QProgressBar, "maintenanceProgress")
        assert progress is not None
        qtbot.waitUntil(progress.isVisible, timeout=3000)
        assert window.backups is not None and not window.backups.timer.isActive()
        release.set()
        qtbot.waitUntil(lambda: window.findChild(QProgressBar, "maintenanceProgress") is None)
        qtbot.waitUntil(window.backups.timer.isActive)
    finally:
        release.set()
        app_module._close(window, state)


def test_damage_found_by_the_page_scan_after_the_first_frame_offers_the_backup(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan of every page runs after the window is there, in the maintenance thread; damage it
    finds is explained with the newest sound backup, which is restored (the damaged file kept)."""
    from checkin import backups, paths
    from checkin.db import check_file
    from checkin.services.lists import ensure_default_lists
    from ui import startup

    database = Database.open(data_dir)
    with database.session() as session:
        ensure_default_lists(session)
        make_location(session)
        for n in range(300):
            make_family(session, name=f"Gezin {n}")
    backups.make_backup(database, reason="start")
    database.checkpoint()
    database.dispose()
    for side in ("-wal", "-shm"):
        Path(f"{paths.database_path(data_dir)}{side}").unlink(missing_ok=True)
    path = paths.database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[-4096 * 2 + 8 :] = b"\xff" * (4096 * 2 - 8)  # the last pages: families, not the schema
    path.write_bytes(bytes(data))
    assert check_file(path, quick=True, pages=False) == []  # the check before the window passes
    assert check_file(path, quick=True) != []

    offered: list[object] = []
    ended: list[int] = []
    monkeypatch.setattr(startup, "ask_with_dialog", lambda problem, info: offered.append(info) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    monkeypatch.setattr(app_module, "_end", ended.append)
    window, state = start_window(qtbot, data_dir)
    try:
        assert window.findChild(VandaagScreen) is not None  # the host saw Vandaag before the scan
        qtbot.waitUntil(lambda: ended == [0], timeout=10000)
        assert len(offered) == 1 and offered[0] is not None
        assert [b.reason for b in backups.list_backups(data_dir)].count("beschadigd") == 1
        assert check_file(path) == []
        assert state.operations is None
    finally:
        app_module._close(window, state)


def test_modules_imported_after_qt_are_not_read_for_pyside_features(tmp_path: Path) -> None:
    """PySide6 reads the source of each module imported after it, unless told this app uses no
    ``__feature__``: loading the package ``ui`` tells it (ui/__init__.py), so neither the window's
    modules before the first frame nor the database libraries after it are read."""
    import importlib.util
    import linecache
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no feature module")
    source = tmp_path / "fresh_module.py"
    source.write_text("from PySide6 import QtCore  # named, as a Qt module would\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("fresh_module", source)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    linecache.clearcache()
    feature.feature_imported(module)  # what PySide6 calls after each import
    assert str(source) not in linecache.cache
    assert feature.pyside_feature_dict["fresh_module"] == -1
