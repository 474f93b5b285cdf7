"""Plurals: 0, 1 and 2 families, children and visits read right in Dutch and in English.

Each language is loaded from its real .qm (Dutch singulars come from checkin_nl.qm, the source
text is the plural); the counts are read from the widgets that show them where that is cheap
(Vandaag's present line, Gezinnen' count), else through the same ``tr()`` call as the call site.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from checkin.adults import Adults
from checkin.db import Database
from checkin.models import Location
from checkin.privacy import Anonymised
from checkin.services import visits
from checkin.services.families import children_of
from checkin.services.mornings import MorningSummary
from tests.helpers.factories import WEDNESDAY, make_family
from ui import i18n
from ui.gezinnen import GezinnenScreen
from ui.privacy_actions import erased_text
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen

FAMILIES = {"nl": ["0 gezinnen", "1 gezin", "2 gezinnen"], "en": ["0 families", "1 family", "2 families"]}
CHILDREN = {"nl": ["0 kinderen", "1 kind", "2 kinderen"], "en": ["0 children", "1 child", "2 children"]}
VISITS = {"nl": ["0 bezoeken", "1 bezoek", "2 bezoeken"], "en": ["0 visits", "1 visit", "2 visits"]}
NEW_FAMILIES = {
    "nl": ["0 nieuwe gezinnen", "1 nieuw gezin", "2 nieuwe gezinnen"],
    "en": ["0 new families", "1 new family", "2 new families"],
}
LANGUAGES = ["nl", "en"]


def translate(context: str, text: str, n: int) -> str:
    """What ``self.tr(text, "", n)`` gives in a widget of class ``context``."""
    return QCoreApplication.translate(context, text, "", n)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language under test, installed from its real .qm; put back to none afterwards."""
    saved = QLocale()
    i18n.install_translations(qapp, request.param)
    assert i18n.current_language() == request.param
    yield request.param
    i18n.remove_translations(qapp)
    QLocale.setDefault(saved)


def test_vandaag_counts_families_children_and_visits(
    qtbot: QtBot,
    language: str,
    session: Session,
    location: Location,
    make_screen: Callable[..., VandaagScreen],
) -> None:
    screen = make_screen()
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.morning is not None
    morning_id = screen.morning.morning_id
    counts = []
    for n in range(3):
        if n:
            family = make_family(session, name=f"Ouder {n}")
            assert family.id is not None
            child = children_of(session, family.id)[0].id
            assert child is not None
            visits.check_in(
                session,
                morning_id=morning_id,
                family_id=family.id,
                child_ids=[child],
                adults=Adults(mothers=1),
                now=datetime.combine(WEDNESDAY, time(9, 40 + n)),
            )
        screen.refresh_present()
        counts.append(screen.counts.text().replace("\u00a0", " "))  # no-break spaces keep counts whole
    for n, text in enumerate(counts):
        assert text.startswith(f"{'Aanwezig' if language == 'nl' else 'Here now'}: {FAMILIES[language][n]}, ")
        assert f", {CHILDREN[language][n]} (" in text, text
        assert text.endswith(f" · {VISITS[language][n]}"), text


def test_the_morning_closed_message_counts_visits_and_new_families(
    qtbot: QtBot, language: str, location: Location, make_screen: Callable[..., VandaagScreen]
) -> None:
    screen = make_screen()
    summary = MorningSummary(
        morning_id=1,
        visits=0,
        new_families=0,
        adults=0,
        children=0,
        drinks=0,
        expected_cash_cents=0,
        pin_cents=0,
        cash_counted_cents=None,
    )
    closed = {
        "nl": "De ochtend is afgesloten: {visits}, {new}.",
        "en": "The morning is closed: {visits}, {new}.",
    }
    for n in range(3):
        screen._closed(replace(summary, visits=n, new_families=n))
        expected = closed[language].format(visits=VISITS[language][n], new=NEW_FAMILIES[language][n])
        assert screen.status.text() == expected


def test_gezinnen_counts_families(
    qtbot: QtBot, language: str, session: Session, database: Database, location: Location
) -> None:
    from ui.operations import Operations

    screen = GezinnenScreen(
        operations=Operations(database=database), runner=ImmediateRunner(), today=lambda: WEDNESDAY
    )
    qtbot.addWidget(screen)
    shown = []
    for n in range(3):
        if n:
            make_family(session, name=f"Ouder {n}")
        screen.reload()
        shown.append(screen.count.text())
    assert shown == FAMILIES[language]
    screen.search.setText("Ouder 1")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 1)
    of_two = {"nl": "1 van 2 gezinnen", "en": "1 of 2 families"}
    assert screen.count.text() == of_two[language]


def test_other_counts_read_in_the_language(qtbot: QtBot, language: str) -> None:
    """The merged overview's files, the erased backups and the printed pages, via their own tr()."""
    files = {
        "nl": ["Samengevoegd overzicht uit 1 bestand", "Samengevoegd overzicht uit 2 bestanden"],
        "en": ["Merged overview of 1 file", "Merged overview of 2 files"],
    }
    assert [
        translate("CijfersScreen", "Samengevoegd overzicht uit %n bestanden", n) for n in (1, 2)
    ] == files[language]
    pages = {
        "nl": ["Naar de printer gestuurd: 1 pagina.", "Naar de printer gestuurd: 2 pagina's."],
        "en": ["Sent to the printer: 1 page.", "Sent to the printer: 2 pages."],
    }
    assert [
        translate("PdfPreviewDialog", "Naar de printer gestuurd: %n pagina's.", n) for n in (1, 2)
    ] == pages[language]
    backups = [erased_text(Anonymised(families=1, backups_changed=n)) for n in (0, 1, 2)]
    one = {"nl": "ook uit 1 backup op", "en": "also from 1 backup on"}
    two = {"nl": "ook uit 2 backups op", "en": "also from 2 backups on"}
    assert one[language] in backups[1] and two[language] in backups[2]


def test_the_start_up_backup_offer_counts_families_and_mornings(language: str) -> None:
    """The newest backup offered at start-up (ui.startup.describe_backup), with 1 and 2 of each."""
    from datetime import date as day

    from checkin.backups import BackupInfo
    from ui.startup import describe_backup

    def described(n: int) -> str:
        made = datetime(2026, 3, 4, 10, 15)
        info = BackupInfo(
            path=Path("x.sqlite"), made_at=made, families=n, mornings=n, last_morning=day(2026, 3, 4)
        )
        return describe_backup(info)

    expected = {
        "nl": ("1 gezin, 1 ochtend (", "2 gezinnen, 2 ochtenden ("),
        "en": ("1 family, 1 morning (", "2 families, 2 mornings ("),
    }
    one, two = expected[language]
    assert one in described(1) and two in described(2)


def test_the_import_summary_counts_visits_families_and_mornings(language: str) -> None:
    """The import dialog's counts go through the dialog's own %n forms."""
    texts = {
        "nl": (
            ["1 bezoek", "2 bezoeken"],
            ["1 nieuw gezin", "2 nieuwe gezinnen"],
            ["1 nieuwe ochtend", "2 nieuwe ochtenden"],
        ),
        "en": (
            ["1 visit", "2 visits"],
            ["1 new family", "2 new families"],
            ["1 new morning", "2 new mornings"],
        ),
    }
    visits, families, mornings = texts[language]
    assert [translate("ImportDialog", "%n bezoeken", n) for n in (1, 2)] == visits
    assert [translate("ImportDialog", "%n nieuwe gezinnen", n) for n in (1, 2)] == families
    assert [translate("ImportDialog", "%n nieuwe ochtenden", n) for n in (1, 2)] == mornings
