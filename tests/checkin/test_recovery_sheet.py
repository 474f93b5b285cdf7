"""The printed recovery key: readable, in the shipped fonts, written all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.errors import Rejected
from checkin.recovery_sheet import write_recovery_sheet
from tests.helpers.pdfs import pdf_text


def test_the_sheet_shows_the_key_and_a_folder_with_turkish_letters(tmp_path: Path) -> None:
    out = write_recovery_sheet(
        key="ABCD-EFGH-JKLM",
        out=tmp_path / "sleutel.pdf",
        made_on=date(2026, 11, 25),
        data_dir=Path("/home/Gülşen"),
    )
    text = pdf_text(out.read_bytes())
    assert "ABCD-EFGH-JKLM" in text and "/home/Gülşen" in text and "25-11-2026" in text
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(out).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold", "/Courier-Bold"}


def test_an_unwritable_place_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Rejected):
        write_recovery_sheet(
            key="K", out=blocker / "sleutel.pdf", made_on=date(2026, 11, 25), data_dir=tmp_path
        )
    assert [p.name for p in tmp_path.iterdir()] == ["file"]
