"""The "Nieuw gezin" dialog: a new family registered and checked in in under a minute.

The same dialog, given an existing family's data, edits it ("Gezin bewerken" on Gezinnen): the
same fields and the same validation by the core, without the consent, which was given before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.errors import Rejected
from ui.messages import core_text, rejected_text
from ui.operations.door import ChildInput, FamilyInput, FamilyMatch
from ui.style import primary

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


class ChildRow(QWidget):
    """One child: nickname (optional), birth month and year, or 'verwacht'."""

    removed = Signal(object)

    def __init__(self, *, today: date, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nickname = QLineEdit(self)
        self.nickname.setPlaceholderText(self.tr("roepnaam (mag leeg)"))
        self.nickname.setAccessibleName(self.tr("Roepnaam van kind {n}").format(n=number))
        self.month = QComboBox(self)
        self.month.addItems([self.tr(m) for m in MONTHS])
        self.month.setCurrentIndex(today.month - 1)
        self.month.setAccessibleName(self.tr("Geboortemaand van kind {n}").format(n=number))
        self.year = QSpinBox(self)
        self.year.setRange(today.year - rules.MAX_CHILD_AGE_YEARS - 1, today.year + 1)
        self.year.setValue(today.year - 1)
        self.year.setAccessibleName(self.tr("Geboortejaar van kind {n}").format(n=number))
        self.expected = QCheckBox(self.tr("verwacht"), self)
        self.expected.setToolTip(self.tr("Aanvinken voor een baby die nog geboren moet worden"))
        self.remove = QPushButton(self.tr("Weg"), self)
        self.remove.setAccessibleName(self.tr("Kind {n} weghalen").format(n=number))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        for widget in (self.nickname, self.month, self.year, self.expected, self.remove):
            layout.addWidget(widget)
        layout.setStretch(0, 2)
        self.child_id: int | None = None
        """The stored child this row edits; None for a child added in the dialog."""

    def set_value(self, child: ChildInput) -> None:
        """Show a stored child; a birth year outside the usual range is kept, not clamped."""
        self.child_id = child.id
        self.nickname.setText(child.nickname)
        self.month.setCurrentIndex(child.birth_month - 1)
        self.year.setRange(
            min(self.year.minimum(), child.birth_year), max(self.year.maximum(), child.birth_year)
        )
        self.year.setValue(child.birth_year)
        self.expected.setChecked(child.expected)

    def value(self) -> ChildInput:
        return ChildInput(
            birth_year=self.year.value(),
            birth_month=self.month.currentIndex() + 1,
            expected=self.expected.isChecked(),
            nickname=self.nickname.text(),
            id=self.child_id,
        )


class NewFamilyDialog(QDialog):
    """Collects a FamilyInput; ``submit`` registers it (raising Rejected keeps the dialog open).

    With ``initial`` (a stored family's data, children with their ids) it edits that family:
    ``submit`` then saves the changes, and no consent is asked again.
    """

    def __init__(
        self,
        *,
        villages: list[str],
        referrals: list[str],
        today: date,
        submit: Callable[[FamilyInput], object],
        find_similar: Callable[[str, str], list[FamilyMatch]] | None = None,
        initial: FamilyInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = initial is not None
        self.setWindowTitle(self.tr("Gezin bewerken") if self.editing else self.tr("Nieuw gezin"))
        self.setObjectName("editFamilyDialog" if self.editing else "newFamilyDialog")
        self.setMinimumWidth(660)
        self._submit, self._find_similar, self._today = submit, find_similar, today
        self.result_value: object = None
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never clip the consent text
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("voornaam of bijnaam van de ouder (mag leeg)"))
        self.name.setAccessibleName(self.tr("Naam"))
        form.addRow(self.tr("&Naam"), self.name)
        self.village = QComboBox(self)
        self.village.addItems(villages)
        self.village.setCurrentIndex(-1)
        self.village.setPlaceholderText(self.tr("kies de woonplaats"))
        self.village.setAccessibleName(self.tr("Woonplaats"))
        form.addRow(self.tr("&Woonplaats"), self.village)
        self.referral = QComboBox(self)
        self.referral.addItems(referrals)
        self.referral.setCurrentIndex(-1)
        self.referral.setPlaceholderText(self.tr("kies hoe het gezin ons vond"))
        self.referral.setAccessibleName(self.tr("Hoe bij ons gekomen"))
        form.addRow(self.tr("&Hoe bij ons gekomen"), self.referral)
        layout.addLayout(form)
        self.similar = QLabel(self)
        self.similar.setObjectName("similarWarning")
        self.similar.setWordWrap(True)
        self.similar.setStyleSheet("color: #8a4b00;")
        self.similar.hide()
        layout.addWidget(self.similar)

        children_box = QGroupBox(self.tr("Kinderen (geboortemaand en -jaar)"), self)
        self.children_layout = QVBoxLayout(children_box)
        self.child_rows: list[ChildRow] = []
        self.add_child_button = QPushButton(self.tr("+ &Kind toevoegen"), children_box)
        self.add_child_button.clicked.connect(self.add_child)
        self.children_layout.addWidget(self.add_child_button)
        layout.addWidget(children_box)
        if initial is None:
            self.add_child()

        consent_box = QGroupBox(self.tr("Toestemming (lees voor aan de ouder)"), self)
        consent_layout = QVBoxLayout(consent_box)
        text = QLabel(core_text(rules.CONSENT_TEXT), consent_box)
        text.setWordWrap(True)
        text.ensurePolished()  # the style sheet's font decides how many lines the text takes
        needed = text.fontMetrics().boundingRect(
            QRect(0, 0, 600, 2000), Qt.TextFlag.TextWordWrap, text.text()
        )
        text.setMinimumHeight(needed.height() + text.fontMetrics().lineSpacing())
        consent_layout.addWidget(text)
        self.consent = QCheckBox(self.tr("De ouder heeft de uitleg gehoord en gaat &akkoord"), consent_box)
        consent_layout.addWidget(self.consent)
        layout.addWidget(consent_box)
        consent_box.setVisible(not self.editing)  # given at registration; not asked again

        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("&Opslaan") if self.editing else self.tr("&Registreren en inchecken"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        primary(self.ok_button)
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if initial is not None:
            self._show(initial)
        if find_similar is not None:
            self.name.textChanged.connect(self._update_similar)
            self.village.currentTextChanged.connect(self._update_similar)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, data: FamilyInput) -> None:
        self.name.setText(data.display_name)
        for combo, value in ((self.village, data.village), (self.referral, data.referral)):
            if value and combo.findText(value) < 0:  # a value switched off in the list since
                combo.addItem(value)
            combo.setCurrentIndex(combo.findText(value))
        for child in data.children:
            self.add_child().set_value(child)

    def add_child(self) -> ChildRow:
        row = ChildRow(today=self._today, number=len(self.child_rows) + 1, parent=self)
        row.removed.connect(self._remove_child)
        self.child_rows.append(row)
        self.children_layout.insertWidget(self.children_layout.count() - 1, row)
        row.nickname.setFocus()
        return row

    def _remove_child(self, row: ChildRow) -> None:
        self.child_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def value(self) -> FamilyInput:
        return FamilyInput(
            display_name=self.name.text(),
            village=self.village.currentText(),
            referral=self.referral.currentText(),
            children=tuple(row.value() for row in self.child_rows),
            consent=self.editing or self.consent.isChecked(),
        )

    def _update_similar(self) -> None:
        if self._find_similar is None:
            return
        matches = self._find_similar(self.name.text(), self.village.currentText())
        if matches:
            names = ", ".join(f"{m.display_name} ({m.code}, {m.village})" for m in matches[:3])
            self.similar.setText(
                self.tr(
                    "Let op: lijkt op een gezin dat al bestaat: {names}. Zoek het gezin liever op."
                ).format(names=names)
            )
        self.similar.setVisible(bool(matches))

    def try_accept(self) -> None:
        try:
            self.result_value = self._submit(self.value())
        except Rejected as error:
            self.error.setText(rejected_text(error))
            self.error.show()
            return
        self.accept()
