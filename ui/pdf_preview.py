"""A preview of a generated PDF (QtPdf), with printing through the system dialog and saving as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Rejected
from ui.fit import fit_to_screen
from ui.messages import rejected_text
from ui.operations import storage

PRINT_DPI = 300
"""Pages are rendered at most this sharp for the printer: enough for text and QR codes."""


class PdfPreviewDialog(QDialog):
    """Shows ``data`` (a PDF); "Afdrukken..." and "Opslaan als PDF..." act on exactly these bytes."""

    def __init__(self, *, data: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.file_name = file_name
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Voorbeeld van de PDF"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)

        self.print_button = QPushButton(self.tr("&Afdrukken..."), self)
        self.print_button.setAccessibleName(self.tr("Afdrukken"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self.tr("&Opslaan als PDF..."), self)
        self.save_button.setAccessibleName(self.tr("Opslaan als PDF"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.view.setMinimumSize(200, 150)  # the page shrinks with the screen; the buttons stay
        fit_to_screen(self, QSize(760, 900))
        self.print_button.setFocus()

    # --- Saving ----------------------------------------------------------------------------------
    def save_with_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Opslaan als PDF"),
            str(Path.home() / self.file_name),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path`` (all or nothing); the outcome is shown in the dialog."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            storage.save_file(path, self.data)
        except Rejected as error:
            self.status.setText(rejected_text(error))
            return False
        except OSError as error:
            self.status.setText(self.tr("Opslaan lukte niet: {error}").format(error=error.strerror or error))
            return False
        self.status.setText(self.tr("Opgeslagen als {path}").format(path=path))
        return True

    # --- Printing --------------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        """A printer set to A4 in the orientation of the document's first page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        return printer

    def print_with_dialog(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Afdrukken"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page onto ``printer``, scaled to fit and centred; returns the pages printed."""
        pages = self.document.pageCount()
        painter = QPainter()
        if pages == 0 or not painter.begin(printer):
            self.status.setText(self.tr("Afdrukken lukte niet."))
            return 0
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for index in range(pages):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = painter.viewport()
                scaled = QSize(image.width(), image.height()).scaled(
                    area.size(), Qt.AspectRatioMode.KeepAspectRatio
                )
                target = QRect(
                    area.x() + (area.width() - scaled.width()) // 2,
                    area.y() + (area.height() - scaled.height()) // 2,
                    scaled.width(),
                    scaled.height(),
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.status.setText(self.tr("Naar de printer gestuurd: %n pagina's.", "", pages))
        return pages
