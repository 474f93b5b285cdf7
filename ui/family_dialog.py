"""The "Nieuw gezin" dialog: a new family registered and checked in in under a minute.

The same dialog, given an existing family's data, edits it ("Gezin bewerken" on Gezinnen): the
same fields and the same validation by the core, without the consent, which was given before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.errors import Rejected
from checkin.text import MONTHS
from ui.fit import fit_to_screen
from ui.messages import core_text, rejected_text
from ui.operations.door import ChildInput, FamilyInput, FamilyMatch
from ui.style import primary


class ChildRow(QWidget):
    """One child: nickname (optional), birth month and year, or 'verwacht'."""

    removed = Signal(object)

    def __init__(self, *, today: date, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nickname = QLineEdit(self)
        self.nickname.setPlaceholderText(self.tr("naam (mag leeg)"))
        self.nickname.setAccessibleName(self.tr("Naam van kind {n}").format(n=number))
        self.month = QComboBox(self)
        self.month.addItems([core_text(m) for m in MONTHS])
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
        self._submit, self._find_similar, self._today = submit, find_similar, today
        self.result_value: object = None
        # Everything but the error line and the buttons scrolls: on a 1024x600 netbook or at 150%
        # text the dialog gets smaller than its content, and "Registreren" must stay in view.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("familyScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll_area)
        content.setObjectName("familyContent")
        layout = QVBoxLayout(content)
        self.content, self.content_layout = content, layout
        form = QFormLayout()
        self.name = QLineEdit(content)
        self.name.setPlaceholderText(self.tr("voornaam of bijnaam van de ouder (mag leeg)"))
        self.name.setAccessibleName(self.tr("Naam"))
        form.addRow(self.tr("&Naam"), self.name)
        self.village = QComboBox(content)
        self.village.addItems(villages)
        self.village.setCurrentIndex(-1)
        self.village.setPlaceholderText(self.tr("kies de woonplaats"))
        self.village.setAccessibleName(self.tr("Woonplaats"))
        form.addRow(self.tr("&Woonplaats"), self.village)
        self.referral = QComboBox(content)
        self.referral.addItems(referrals)
        self.referral.setCurrentIndex(-1)
        self.referral.setPlaceholderText(self.tr("kies hoe het gezin ons vond"))
        self.referral.setAccessibleName(self.tr("Hoe gevonden"))
        form.addRow(self.tr("&Hoe gevonden"), self.referral)
        for combo in (self.village, self.referral):  # a long village name must not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        layout.addLayout(form)
        self.similar = QLabel(content)
        self.similar.setObjectName("similarWarning")
        self.similar.setWordWrap(True)
        self.similar.setStyleSheet("color: #8a4b00;")
        self.similar.hide()
        layout.addWidget(self.similar)

        children_box = QGroupBox(self.tr("Kinderen (geboortemaand en -jaar)"), content)
        self.children_layout = QVBoxLayout(children_box)
        self.child_rows: list[ChildRow] = []
        self.add_child_button = QPushButton(self.tr("+ &Kind toevoegen"), children_box)
        self.add_child_button.clicked.connect(self.add_child)
        self.children_layout.addWidget(self.add_child_button)
        self.children_box = children_box
        layout.addWidget(children_box)

        consent_box = QGroupBox(self.tr("Toestemming (lees voor aan de ouder)"), content)
        consent_layout = QVBoxLayout(consent_box)
        self.consent_text = QLabel(core_text(rules.CONSENT_TEXT), consent_box)
        self.consent_text.setWordWrap(True)
        consent_layout.addWidget(self.consent_text)
        self.consent = QCheckBox(self.tr("De ouder heeft de uitleg gehoord en gaat &akkoord"), consent_box)
        consent_layout.addWidget(self.consent)
        layout.addWidget(consent_box)
        consent_box.setVisible(not self.editing)  # given at registration; not asked again
        layout.addStretch(1)
        self.scroll_area.setWidget(content)

        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("&Opslaan") if self.editing else self.tr("&Registreren en inchecken"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        primary(self.ok_button)
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if initial is None:
            self.add_child()
        if initial is not None:
            self._show(initial)
        if find_similar is not None:
            self.name.textChanged.connect(self._update_similar)
            self.village.currentTextChanged.connect(self._update_similar)
        self._order_tabs()
        self._fitted = False
        fit_to_screen(self, self._preferred_size())
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it is shown, when its rows know their size, the dialog fits the screen."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self, self._preferred_size())

    def _preferred_size(self) -> QSize:
        """Wide enough for a child row and the consent text, tall enough for all (screen permitting)."""
        content, layout = self.content, self.content_layout
        layout.activate()
        width = max(680, content.minimumSizeHint().width() + 40)
        height = max(layout.totalHeightForWidth(width - 40), content.sizeHint().height())
        return QSize(width, height + self.buttons.sizeHint().height() + 40)

    def _order_tabs(self) -> None:
        """Name, village, referral, each child's fields in turn, then adding a child, consent, buttons."""
        chain: list[QWidget] = [self.name, self.village, self.referral]
        for row in self.child_rows:
            chain += [row.nickname, row.month, row.year, row.expected, row.remove]
        chain += [self.add_child_button, self.consent, self.ok_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show(self, data: FamilyInput) -> None:
        self.name.setText(data.display_name)
        for combo, value in ((self.village, data.village), (self.referral, data.referral)):
            if value and combo.findText(value) < 0:  # a value switched off in the list since
                combo.addItem(value)
            combo.setCurrentIndex(combo.findText(value))
        for child in data.children:
            self.add_child().set_value(child)

    def add_child(self) -> ChildRow:
        row = ChildRow(today=self._today, number=len(self.child_rows) + 1, parent=self.children_box)
        row.removed.connect(self._remove_child)
        self.child_rows.append(row)
        self.children_layout.insertWidget(self.children_layout.count() - 1, row)
        if self.isVisible():
            row.show()  # at once, so that a Tab typed right after reaches its fields
        self._order_tabs()
        row.nickname.setFocus()
        self.scroll_area.ensureWidgetVisible(row)
        return row

    def _remove_child(self, row: ChildRow) -> None:
        self.child_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._order_tabs()
        self.add_child_button.setFocus()

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
