"""Help > Handleiding (F1): the short host guide, inside the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from checkin import resources_folder


def guide_html() -> str:
    """The host guide in the app's language (resources/help; Dutch when there is none)."""
    folder = resources_folder() / "help"
    name = QCoreApplication.translate(
        "help", "handleiding.nl.html", "the file in resources/help that holds the guide in this language"
    )
    for candidate in (name, "handleiding.nl.html"):
        path = folder / candidate
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    """Help > Handleiding (F1): the short host guide, inside the app."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)
