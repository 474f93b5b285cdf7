"""The main window: one tab per screen of docs/product.md."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from checkin import APP_NAME, __version__
from ui.style import COMPACT_STYLE_SHEET, fits_compact

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
    from PySide6.QtWidgets import QMenu, QMessageBox, QTabWidget

    from ui.backups import BackupScheduler
    from ui.guide import GuideDialog
    from ui.operations import Operations

# The window's classes that the first frame does not need are imported where they are used:
# PySide6 makes a class (and its enums) when it is first named, which costs before the first frame.

PREFERRED_SIZE = (1280, 760)
"""The window's size on a screen with room for it."""

FRAME_ALLOWANCE = (16, 40)
"""Room left for the window's frame and title bar (which the window's own size excludes)."""


FIRST_FRAME_AT_THE_LATEST_MS = 400
"""What waits for the first frame (``after_first_frame``) runs this long after showing at the
latest, drawn or not (e.g. when the window starts minimised)."""


class MainWindow(QMainWindow):
    """Shows 'opening...' at once (as little as possible, so it appears fast); the screens are
    added once the database is open. The window fits the screen it is on: on a small screen
    (1024x600, or 150% text) it takes the compact look and no more room than the screen has."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations: Operations | None = None
        self.backups: BackupScheduler | None = None
        """Automatic backups, once the database is open."""
        self.tabs: QTabWidget | None = None
        self.compact = False
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        loading = QLabel(self.tr("Even geduld, de gegevens worden geopend..."), self)
        # Centred through the style sheet: touching PySide6's Qt enum namespace for the first
        # time costs ~40 ms, which would delay the first sight of the window.
        loading.setStyleSheet("qproperty-alignment: AlignCenter; font-size: 14pt;")
        self.setCentralWidget(loading)
        self.fit_to_screen()
        self.help_menu = self._make_help_menu()
        self.about_box: QMessageBox | None = None
        self.guide: GuideDialog | None = None
        self.cijfers_lock: QObject | None = None
        """Locks the figures again when their tab is left or the app idles (ui/screen_lock.py)."""
        self._after_first_frame: list[Callable[[], None]] | None = []
        self._painted = False

    def fit_to_screen(self) -> None:
        """Take the compact look on a small screen and a size that fits the available area."""
        screen = self.screen()
        if screen is None:
            self.resize(*PREFERRED_SIZE)
            return
        area = screen.availableGeometry()
        self.compact = fits_compact(area.width(), area.height())
        sheet = COMPACT_STYLE_SHEET if self.compact else ""
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
        width = min(PREFERRED_SIZE[0], area.width() - FRAME_ALLOWANCE[0])
        height = min(PREFERRED_SIZE[1], area.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)

    def after_first_frame(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the window has been drawn: on the turn of the event loop after its
        first paint (the frame is on screen then), or ``FIRST_FRAME_AT_THE_LATEST_MS`` after
        showing at the latest. What would delay the first sight of the window waits here."""
        if self._after_first_frame is None:
            then()
        else:
            self._after_first_frame.append(then)

    def _first_frame_done(self) -> None:
        if self._after_first_frame is None:
            return
        waiting, self._after_first_frame = self._after_first_frame, None
        for then in waiting:  # the start-up work first: what the host waits for
            then()
        self._give_shortcuts()
        self._follow_screen()

    def _give_shortcuts(self) -> None:
        """Help's F1, given once the window has been drawn: the first shortcut touches PySide6's
        Qt enums, which costs 40-60 ms, and would delay the first frame."""
        from PySide6.QtGui import QKeySequence

        if not self._guide_action.shortcut().isEmpty():
            return
        self._guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))

    def _follow_screen(self) -> None:
        """Fit the window again when it is moved to another screen."""
        handle = self.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(lambda _screen: self.fit_to_screen())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._first_frame_done)  # after this frame is on screen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._after_first_frame is not None:  # even if not drawn
            QTimer.singleShot(FIRST_FRAME_AT_THE_LATEST_MS, self, self._first_frame_done)
        if not getattr(self, "_fitted_after_show", False):
            self._fitted_after_show = True
            # Laid out before its look was applied, the window may have grown: fit it again.
            QTimer.singleShot(0, self.fit_to_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window stops the screens' timers at once: no new background work starts
        while the app finishes what runs (``ui.app._close``)."""
        self.stop_workers()
        super().closeEvent(event)

    def stop_workers(self) -> None:
        """Stop the timers that start background work on the screens made so far (Vandaag's poll,
        the desk's replay of its journal and the renewal of its local copy)."""
        if self.tabs is None:
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            screen = page.made if isinstance(page, _LaterScreen) else page
            stop = getattr(screen, "stop_workers", None)
            if callable(stop):
                stop()

    def set_operations(self, operations: Operations) -> None:
        """The database is open: the screens take the place of the 'opening...' text."""
        from PySide6.QtWidgets import QTabWidget

        self.operations = operations
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("screens")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _index: self._only_the_shown_screen_counts())
        self.setCentralWidget(self.tabs)

    def add_screen(self, widget: QWidget, title: str) -> None:
        assert self.tabs is not None, "set_operations comes first"
        self.tabs.addTab(widget, title)
        self._only_the_shown_screen_counts()
        self.fit_to_screen()

    def _only_the_shown_screen_counts(self) -> None:
        """The window's minimum size is the shown screen's, not the largest of all screens (a tab
        widget takes the largest): on a small screen the door's screen fits, whatever the others
        need when they are opened."""
        from PySide6.QtWidgets import QSizePolicy

        assert self.tabs is not None
        current = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    def add_later_screen(self, make: Callable[[], QWidget], title: str) -> None:
        """A tab whose screen is made when the host first opens it: the start of the app need not
        import and build the screens a morning at the door does not use."""
        assert self.tabs is not None, "set_operations comes first"
        page = _LaterScreen(make, self.tabs)
        self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda _index: page.make_if_current())

    def screen_at(self, index: int) -> QWidget | None:
        """The screen of tab ``index``, made now if it was left for later."""
        if self.tabs is None:
            return None
        page = self.tabs.widget(index)
        return page.make() if isinstance(page, _LaterScreen) else page

    # --- Help: Over, Handleiding (F1), Spiekbriefje ------------------------------------------------

    def _make_help_menu(self) -> QMenu:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.setObjectName("helpMenu")
        guide = QAction(self.tr("&Handleiding"), self)
        guide.setObjectName("guideAction")
        self._guide_action = guide  # F1 is given after the first frame: _give_shortcuts
        guide.triggered.connect(self.show_guide)
        menu.addAction(guide)
        sheet = QAction(self.tr("&Spiekbriefje afdrukken..."), self)
        sheet.setObjectName("cheatSheetAction")
        sheet.triggered.connect(self.show_cheat_sheet)
        menu.addAction(sheet)
        menu.addSeparator()
        about = QAction(self.tr("&Over {app}").format(app=APP_NAME), self)
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        menu.addAction(about)
        # The other menus are added later by their own modules: Help stays the last one.
        self._help_keeper = _KeepLast(menu.menuAction(), self)
        self.menuBar().installEventFilter(self._help_keeper)
        return menu

    def about_text(self) -> str:
        """What Help > Over shows: version, licence, the data folder and the log folder."""
        from checkin import logs
        from ui.operations import storage

        data = str(storage.data_folder(self.operations)) if self.operations is not None else "-"
        return self.tr(
            "<p><b>{app}</b><br>Versie {version}</p>"
            "<p>Gezinnen inchecken, flyers maken en anonieme cijfers voor ontmoetingsplekken.</p>"
            "<p>Licentie: EUPL-1.2 (European Union Public Licence)</p>"
            "<p>Gegevensmap:<br><tt>{data}</tt></p>"
            "<p>Logboekmap:<br><tt>{logs}</tt></p>"
        ).format(app=APP_NAME, version=__version__, data=_html(data), logs=_html(str(logs.log_dir())))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Over {app}").format(app=APP_NAME), "", parent=self
        )
        box.setObjectName("aboutBox")
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        self.about_box = box
        box.open()

    def show_guide(self) -> None:
        from ui.guide import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(parent=self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_cheat_sheet(self) -> None:
        from ui.operations import programme
        from ui.pdf_preview import PdfPreviewDialog

        if self.operations is None:
            return
        dialog = PdfPreviewDialog(
            data=programme.cheat_sheet_pdf(self.operations),
            title=self.tr("Spiekbriefje"),
            file_name="spiekbriefje.pdf",
            parent=self,
        )
        dialog.setObjectName("cheatSheetPreview")
        dialog.open()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _LaterScreen(QWidget):
    """The place of a screen that is made on first sight (see ``MainWindow.add_later_screen``)."""

    def __init__(self, make: Callable[[], QWidget], tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._make: Callable[[], QWidget] | None = make
        self._tabs = tabs
        self.made: QWidget | None = None
        from PySide6.QtWidgets import QVBoxLayout

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def make_if_current(self) -> None:
        if self._tabs.currentWidget() is self:
            self.make()

    def make(self) -> QWidget:
        if self.made is None and self._make is not None:
            make, self._make = self._make, None
            self.made = make()
            self._layout.addWidget(self.made)
            self.made.show()  # drawn in this frame, not the next
        assert self.made is not None
        return self.made


class _KeepLast(QObject):
    """Moves the Help menu back to the end of the menu bar whenever another menu is added."""

    def __init__(self, action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.action = action
        self.moving = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.moving
            and event.type() == QEvent.Type.ActionAdded
            and getattr(event, "action", lambda: None)() is not self.action
        ):
            widget = watched if isinstance(watched, QWidget) else None
            if widget is not None:
                self.moving = True
                try:
                    widget.removeAction(self.action)
                    widget.addAction(self.action)
                finally:
                    self.moving = False
        return False
