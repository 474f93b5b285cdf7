"""The Gezinnen screen's privacy actions: Inzage PDF and erasure behind the PIN."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from checkin import privacy
from checkin.models import Family
from tests.helpers.factories import make_family
from ui.operations import Operations
from ui.pin import require_pin
from ui.privacy_actions import erase_family, save_access_report
from ui.tasks import ImmediateRunner


def test_access_report_is_written(qtbot, database, session, location, tmp_path: Path) -> None:
    family = make_family(session, name="Özlem")
    written: list[Path] = []
    save_access_report(
        None,
        Operations(database=database),
        ImmediateRunner(),
        family_id=family.id,
        choose_path=lambda _p: tmp_path / "inzage.pdf",
        done=written.append,
    )
    assert written == [tmp_path / "inzage.pdf"]
    assert "Özlem" in PdfReader(written[0]).pages[0].extract_text()


def test_erasure_needs_the_pin_and_a_yes(qtbot, database, session, location) -> None:
    family = make_family(session, name="Wilhelmientje")
    privacy.set_pin(session, new_pin="24680")
    operations = Operations(database=database)
    questions: list[str] = []
    told: list[str] = []
    assert not erase_family(None, operations, family_id=family.id, pin=lambda p, o: False)
    assert not erase_family(
        None,
        operations,
        family_id=family.id,
        pin=lambda p, o: True,
        confirm=lambda p, text: questions.append(text) or False,
    )
    assert "Wilhelmientje" in questions[0]
    with database.session() as s:
        assert s.get(Family, family.id).display_name == "Wilhelmientje"
    assert erase_family(
        None,
        operations,
        family_id=family.id,
        pin=lambda p, o: True,
        confirm=lambda p, text: True,
        inform=lambda p, text: told.append(text),
    )
    assert "USB-stick" in told[0]
    with database.session() as s:
        assert s.get(Family, family.id).display_name is None


def test_without_a_pin_set_guarded_actions_are_open(database, session) -> None:
    """No PIN set yet: require_pin lets the action through without a dialog."""
    assert require_pin(None, Operations(database=database))
