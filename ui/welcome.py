"""First start: set up the meeting place, or load demo data with one click."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.errors import Rejected
from checkin.money import format_cents, parse_euros
from ui.messages import core_text, rejected_text
from ui.operations import Operations, door
from ui.operations.door import WEEKDAYS
from ui.style import primary
from ui.tasks import Runner


class WelcomePanel(QWidget):
    """Shown while there is no location yet. Emits ``ready`` once there is one."""

    ready = Signal()

    def __init__(self, *, operations: Operations, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.operations, self.runner = operations, runner
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welkom! Vul eerst de gegevens van de ontmoetingsplek in."), self)
        title.setObjectName("morningTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        # The form comes empty: another place must not save someone else's name by pressing Enter.
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("bijvoorbeeld 't Kabouterhuis"))
        self.name.setAccessibleName(self.tr("Naam van de ontmoetingsplek"))
        form.addRow(self.tr("&Naam"), self.name)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("gebouw, straat en huisnummer (mag leeg)"))
        self.address.setAccessibleName(self.tr("Adres"))
        form.addRow(self.tr("&Adres"), self.address)
        self.village = QComboBox(self)
        self.village.setPlaceholderText(self.tr("kies de plaats"))
        self.village.setAccessibleName(self.tr("Plaats"))
        form.addRow(self.tr("&Plaats"), self.village)
        self.weekday = QComboBox(self)
        self.weekday.addItems([core_text(day) for day in WEEKDAYS])
        self.weekday.setPlaceholderText(self.tr("kies de dag"))
        self.weekday.setCurrentIndex(-1)
        self.weekday.setAccessibleName(self.tr("Vaste dag"))
        form.addRow(self.tr("Vaste &dag"), self.weekday)
        hours = QHBoxLayout()
        self.start = QTimeEdit(QTime(9, 30), self)
        self.start.setAccessibleName(self.tr("Begintijd"))
        self.end = QTimeEdit(QTime(11, 30), self)
        self.end.setAccessibleName(self.tr("Eindtijd"))
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("tot"), self))
        hours.addWidget(self.end)
        hours_label = QLabel(self.tr("&Tijden"), self)
        hours_label.setBuddy(self.start)  # a layout has no buddy: without this "&Tijden" shows as is
        form.addRow(hours_label, hours)
        self.price = QLineEdit(format_cents(rules.DEFAULT_PRICE_CENTS).removeprefix("€ "), self)
        self.price.setPlaceholderText(self.tr("bijvoorbeeld 0,50"))
        self.price.setAccessibleName(self.tr("Prijs per drankje"))
        form.addRow(self.tr("P&rijs per drankje"), self.price)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 500)
        self.capacity.setValue(30)
        self.capacity.setAccessibleName(self.tr("Aantal plaatsen"))
        form.addRow(self.tr("Aantal &plaatsen"), self.capacity)
        self.web_url = QLineEdit(self)
        self.web_url.setPlaceholderText(self.tr("https://... (mag leeg)"))
        self.web_url.setAccessibleName(self.tr("Webpagina"))
        form.addRow(self.tr("&Webpagina (voor QR-codes)"), self.web_url)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = primary(QPushButton(self.tr("&Opslaan en beginnen"), self))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.demo_button = QPushButton(self.tr("Eerst proberen met &demogegevens"), self)
        self.demo_button.setToolTip(self.tr("Vult de app met verzonnen gezinnen en ochtenden om te oefenen"))
        self.demo_button.clicked.connect(self.load_demo)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def refresh(self) -> None:
        villages = door.villages(self.operations)
        self.village.clear()
        self.village.addItems(villages)
        self.village.setCurrentIndex(-1)

    def save(self) -> None:
        start, end = self.start.time(), self.end.time()
        if self.name.text().strip() and self.weekday.currentIndex() < 0:  # the name is asked first
            self.error.setText(self.tr("Kies de vaste dag van de ontmoetingsplek."))
            self.weekday.setFocus()
            return
        try:
            door.create_first_location(
                self.operations,
                name=self.name.text(),
                address=self.address.text(),
                village=self.village.currentText(),
                weekday=self.weekday.currentIndex(),
                start=time(start.hour(), start.minute()),
                end=time(end.hour(), end.minute()),
                price_cents=parse_euros(self.price.text()),
                capacity=self.capacity.value(),
                web_url=self.web_url.text(),
            )
        except Rejected as error:
            self.error.setText(rejected_text(error))
            return
        self.ready.emit()

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.error.setText(self.tr("Demogegevens worden gemaakt..."))

        def work() -> object:
            return door.fill_demo_data(self.operations)

        def failed(error: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self.save_button.setEnabled(True)
            self.error.setText(rejected_text(error) if isinstance(error, Rejected) else str(error))

        def done(_counts: object) -> None:
            self.error.setText("")
            self.ready.emit()

        self.runner.submit(work, done=done, failed=failed)
