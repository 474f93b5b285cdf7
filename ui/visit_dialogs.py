"""Dialogs around a visit and the morning: who came along, and closing the morning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.money import format_cents, parse_euros
from ui.fit import fit_to_screen
from ui.messages import core_text, rejected_text
from ui.operations.door import MorningSummary
from ui.style import primary


class _SubmitDialog(QDialog):
    """A dialog whose OK runs ``submit``; a Rejected is shown in the dialog, which stays open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._action: Callable[[], object] = lambda: None
        self.layout_ = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.hide()
        self.result_value: object = None

    def _finish(self, ok_text: str, action: Callable[[], object]) -> None:
        self._action = action
        self.layout_.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        primary(self.ok_button)
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        fit_to_screen(self)

    def try_accept(self) -> None:
        try:
            self.result_value = self._action()
        except Rejected as error:
            self.error.setText(rejected_text(error))
            self.error.show()
            return
        self.accept()


class VisitDialog(_SubmitDialog):
    """Which children came and which adults, for one visit."""

    def __init__(
        self,
        *,
        family_name: str,
        children: list[tuple[int, str]],
        came: set[int],
        adults: Adults,
        submit: Callable[[list[int], Adults], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wie zijn er mee? - {name}").format(name=family_name))
        self._submit = submit
        box = QGroupBox(self.tr("Kinderen"))
        box_layout = QVBoxLayout(box)
        self.child_boxes: dict[int, QCheckBox] = {}
        for child_id, label in children:
            check = QCheckBox(label, box)
            check.setChecked(child_id in came)
            box_layout.addWidget(check)
            self.child_boxes[child_id] = check
        if not children:
            box_layout.addWidget(QLabel(self.tr("Geen kinderen geregistreerd."), box))
        # Six children and the adults must leave the buttons in view on a 1024x600 screen.
        scroll = QScrollArea(self)
        scroll.setObjectName("childrenScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        scroll.setMinimumHeight(min(box.sizeHint().height(), 3 * box.fontMetrics().lineSpacing() + 40))
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        scroll.setMaximumHeight(box.sizeHint().height() + 4)
        self.layout_.addWidget(scroll, 1)
        adults_box = QGroupBox(self.tr("Volwassenen"), self)
        form = QFormLayout(adults_box)
        self.adult_spins: dict[str, QSpinBox] = {}
        for role in rules.ADULT_ROLES:
            spin = QSpinBox(adults_box)
            spin.setRange(0, rules.MAX_ADULTS_PER_VISIT)
            spin.setValue(adults[role])
            spin.setAccessibleName(core_text(rules.ADULT_ROLE_LABELS[role]))
            form.addRow(core_text(rules.ADULT_ROLE_LABELS[role]), spin)
            self.adult_spins[role] = spin
        self.layout_.addWidget(adults_box)
        self._finish(self.tr("&Opslaan"), self.submit)
        first = next(iter(self.child_boxes.values()), None)
        if first is not None:  # Space ticks the first child, Tab the next, Enter saves
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> object:
        child_ids = [child_id for child_id, check in self.child_boxes.items() if check.isChecked()]
        adults = Adults.from_roles({role: spin.value() for role, spin in self.adult_spins.items()})
        return self._submit(child_ids, adults)


class CloseMorningDialog(_SubmitDialog):
    """The summary of the morning, the counted cash and its difference, private notes."""

    def __init__(
        self,
        *,
        summary: MorningSummary,
        submit: Callable[[int | None, str, int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ochtend afsluiten"))
        self._submit, self._summary = submit, summary
        facts = QFormLayout()
        facts.addRow(self.tr("Bezoeken"), QLabel(str(summary.visits), self))
        facts.addRow(self.tr("Nieuwe gezinnen"), QLabel(str(summary.new_families), self))
        facts.addRow(
            self.tr("Volwassenen / kinderen"), QLabel(f"{summary.adults} / {summary.children}", self)
        )
        facts.addRow(self.tr("Drankjes"), QLabel(str(summary.drinks), self))
        facts.addRow(self.tr("Via pin"), QLabel(format_cents(summary.pin_cents), self))
        facts.addRow(self.tr("Contant verkocht"), QLabel(format_cents(summary.expected_cash_cents), self))
        self.float_field = QLineEdit(format_cents(summary.float_cents).removeprefix("€ "), self)
        self.float_field.setObjectName("cashFloat")
        self.float_field.setAccessibleName(self.tr("Wisselgeld"))
        self.float_field.setToolTip(self.tr("Het geld dat altijd in de kas blijft; wordt onthouden"))
        facts.addRow(self.tr("&Wisselgeld in de kas"), self.float_field)
        self.expected_label = QLabel(self)
        self.expected_label.setObjectName("expectedCash")
        facts.addRow(self.tr("Verwacht in de kas"), self.expected_label)
        self.cash = QLineEdit(self)
        self.cash.setPlaceholderText(self.tr("bijvoorbeeld 32,50"))
        self.cash.setAccessibleName(self.tr("Geteld in de kas, met het wisselgeld"))
        facts.addRow(self.tr("&Geteld in de kas (met wisselgeld)"), self.cash)
        self.difference = QLabel("", self)
        self.difference.setObjectName("cashDifference")
        facts.addRow(self.tr("Verschil"), self.difference)
        self.layout_.addLayout(facts)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            self.tr("Notities voor de gastvrouwen en gastheren (blijven op deze laptop, nooit in cijfers)")
        )
        self.notes.setAccessibleName(self.tr("Notities"))
        self.notes.setTabChangesFocus(True)
        self.layout_.addWidget(self.notes)
        self.cash.textChanged.connect(self._update_difference)
        self.float_field.textChanged.connect(self._update_difference)
        self._update_difference()
        self._finish(self.tr("Ochtend &afsluiten"), self.submit)
        self.cash.setFocus(Qt.FocusReason.OtherFocusReason)

    def counted_cents(self) -> int | None:
        text = self.cash.text().strip()
        return parse_euros(text) if text else None

    def float_cents(self) -> int:
        text = self.float_field.text().strip()
        return parse_euros(text) if text else 0

    def _update_difference(self) -> None:
        try:
            cash_float = self.float_cents()
        except Rejected:
            self.expected_label.setText(self.tr("(wisselgeld is geen bedrag)"))
            self.difference.setText("")
            return
        expected = cash_float + self._summary.expected_cash_cents
        self.expected_label.setText(format_cents(expected))
        try:
            counted = self.counted_cents()
        except Rejected:
            self.difference.setText(self.tr("(geen bedrag)"))
            return
        self.difference.setText("" if counted is None else difference_text(counted - expected))

    def submit(self) -> object:
        return self._submit(self.counted_cents(), self.notes.toPlainText(), self.float_cents())


def difference_text(cents: int) -> str:
    """'€ 0,50 te weinig', '€ 2,00 te veel' or 'klopt precies': what a host says of the cash box."""
    if cents == 0:
        return QCoreApplication.translate("CloseMorningDialog", "klopt precies")
    if cents > 0:
        return QCoreApplication.translate("CloseMorningDialog", "{amount} te veel").format(
            amount=format_cents(cents)
        )
    return QCoreApplication.translate("CloseMorningDialog", "{amount} te weinig").format(
        amount=format_cents(-cents)
    )


MOOD_FACES = ("😊", "😐", "☹")
"""The faces of rules.MOODS, in order: blij, neutraal, niet blij."""


class MoodDialog(QDialog):
    """ "Hoe ging het vandaag?" at check-out: three faces, 1/2/3 or the arrow keys and Enter.

    ``mood`` is the chosen one of rules.MOODS, or None with *Overslaan*; Esc cancels the check-out.
    """

    def __init__(self, *, family_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uitchecken - {name}").format(name=family_name))
        self.setObjectName("moodDialog")
        self.mood: str | None = None
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("Hoe ging het vandaag? (toets 1, 2 of 3)"), self)
        question.setWordWrap(True)
        layout.addWidget(question)
        faces = QHBoxLayout()
        self.face_buttons: list[QPushButton] = []
        names = (self.tr("blij"), self.tr("gewoon"), self.tr("niet blij"))
        for n, (mood, face, name) in enumerate(zip(rules.MOODS, MOOD_FACES, names, strict=True), start=1):
            button = QPushButton(f"{face}\n{n}  {name}", self)
            button.setObjectName(f"mood{n}")
            button.setAccessibleName(name)
            button.setMinimumHeight(64)
            button.setStyleSheet("font-size: 15pt;")
            button.clicked.connect(lambda _checked=False, m=mood: self.choose(m))
            button.installEventFilter(self)  # a push button would take Left and Right itself
            faces.addWidget(button)
            self.face_buttons.append(button)
        layout.addLayout(faces)
        buttons = QDialogButtonBox(self)
        self.skip_button = buttons.addButton(self.tr("&Overslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        buttons.accepted.connect(lambda: self.choose(None))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)
        self.face_buttons[0].setDefault(True)
        self.face_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, mood: str | None) -> None:
        self.mood = mood
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a face, Left and Right move to the next face (round), Enter takes it."""
        if event.type() == QEvent.Type.KeyPress and watched in self.face_buttons:
            assert isinstance(event, QKeyEvent)
            current = self.face_buttons.index(watched)
            if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = 1 if event.key() == Qt.Key.Key_Right else -1
                target = self.face_buttons[(current + step) % len(self.face_buttons)]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.face_buttons[current].click()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1, 2 and 3 choose a face wherever the focus is."""
        digits = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
        key = event.key()
        if key in digits and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.face_buttons[digits[Qt.Key(key)]].click()
            return
        super().keyPressEvent(event)
