"""The spiekbriefje: one printable A4 page for the door, made with the flyers' PDF code."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

from checkin.i18n import set_language
from checkin.pdf.spiekbriefje import spiekbriefje


def test_spiekbriefje_is_one_page_with_every_step(tmp_path: Path) -> None:
    data = spiekbriefje(place_name="De Kleine Knuistjes", contacts=["Coördinator: Anna, 06-12345678"])
    (tmp_path / "s.pdf").write_bytes(data)
    reader = PdfReader(tmp_path / "s.pdf")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for step in (
        "Ochtend starten",
        "Inchecken",
        "Nieuw gezin",
        "Drankjes",
        "Ctrl+Z",
        "Afsluiten",
        "Wie bel ik?",
    ):
        assert step in text
    assert "De Kleine Knuistjes" in text
    assert "Anna, 06-12345678" in text
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(tmp_path / "s.pdf"), str(tmp_path / "page")], check=True
    )
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_spiekbriefje_is_the_same_for_the_same_input() -> None:
    assert spiekbriefje(invariant=True) == spiekbriefje(invariant=True)


def test_spiekbriefje_speaks_the_window_language() -> None:
    set_language("en")
    try:
        text = PdfReader(io.BytesIO(spiekbriefje(place_name="De Kleine Knuistjes"))).pages[0].extract_text()
    finally:
        set_language("nl")
    for step in (
        "Cheat sheet: how check-in works",
        "Start the morning",
        "A mistake? (Ctrl+Z)",
        "Whom do I call?",
    ):
        assert step in text
    assert "Ochtend starten" not in text
    assert "De Kleine Knuistjes" in text
