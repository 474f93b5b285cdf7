"""Plurals in the core's own texts (the command line): ``checkin.i18n.N_n`` with Qt's ``%n``.

The forms come from the real translation files, as the window's do: the Dutch singulars from
``checkin_nl.ts`` (Dutch is the source language, its source texts are the plurals), the English
from ``checkin_en.ts``. scripts/update_translations.py extracts the core's ``N_n`` texts as plurals.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin import i18n
from checkin.cli import main
from checkin.i18n import N_n

ROOT = Path(__file__).resolve().parents[2]
CORE_PLURALS = {
    "%n locaties": ["0 locaties", "1 locatie", "2 locaties"],
    "%n gezinnen": ["0 gezinnen", "1 gezin", "2 gezinnen"],
    "%n ochtenden": ["0 ochtenden", "1 ochtend", "2 ochtenden"],
    "%n bezoeken": ["0 bezoeken", "1 bezoek", "2 bezoeken"],
    "%n drankjes": ["0 drankjes", "1 drankje", "2 drankjes"],
    "%n nieuwe gezinnen": ["0 nieuwe gezinnen", "1 nieuw gezin", "2 nieuwe gezinnen"],
    "%n nieuwe ochtenden": ["0 nieuwe ochtenden", "1 nieuwe ochtend", "2 nieuwe ochtenden"],
    "%n rijen": ["0 rijen", "1 rij", "2 rijen"],
}


@pytest.fixture
def dutch() -> Iterator[None]:
    before = i18n.current_language()
    i18n.set_language("nl")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize("text", sorted(CORE_PLURALS))
def test_the_core_counts_0_1_and_2_in_dutch(dutch: None, text: str) -> None:
    # Fails for a text whose Dutch singular is not yet in checkin_nl.ts: the integrator's
    # scripts/update_translations.py adds the text, a translator its singular.
    assert [N_n(text, "", n) for n in (0, 1, 2)] == CORE_PLURALS[text]


def test_a_text_without_forms_stays_as_written_with_its_count(dutch: None) -> None:
    assert N_n("%n dingen die niemand vertaalde", "", 1) == "1 dingen die niemand vertaalde"


def test_the_demo_counts_its_one_place_in_the_singular(
    dutch: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["--data-dir", str(tmp_path / "d"), "demo", "--families", "1", "--weeks", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Demogegevens gemaakt: 1 locatie, 1 gezin, 1 ochtend, "), out


def test_the_translation_script_extracts_the_cores_plurals(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    ts = tmp_path / "checkin_nl.ts"
    update_translations.lupdate(ts, "nl")  # the Dutch file: the plurals only
    root = ET.parse(ts).getroot()
    core = {
        message.findtext("source")
        for context in root.iter("context")
        if (context.findtext("name") or "") == i18n.CONTEXT
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }
    assert set(CORE_PLURALS) <= core
