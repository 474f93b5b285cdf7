"""`checkin flyer` and `checkin cards`: exit codes, Dutch messages, and no file on failure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from checkin.cli import main
from checkin.models import Activity, Location
from tests.helpers.factories import make_family
from tests.helpers.pdfs import decode_qr_codes, page_sizes_mm, pdf_text


@pytest.fixture
def activity_id(session: Session, location: Location) -> int:
    assert location.id is not None
    row = Activity(location_id=location.id, day=date(2026, 11, 25), title="Peutergym", description="Bewegen!")
    session.add(row)
    session.commit()
    assert row.id is not None
    return row.id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_flyer_for_an_activity(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, activity_id: int
) -> None:
    out = tmp_path / "poster.pdf"
    code, stdout, stderr = run(
        capsys, "flyer", "--data-dir", str(data_dir), "--activity", str(activity_id), "--out", str(out)
    )
    assert (code, stderr) == (0, "")
    assert "Flyer gemaakt" in stdout
    text = pdf_text(out.read_bytes())
    assert "Peutergym" in text and "9:30 - 11:30" in text and "€ 0,50" in text


def test_flyer_for_a_month_as_a5(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, activity_id: int
) -> None:
    out = tmp_path / "programma.pdf"
    code, _, stderr = run(
        capsys, "flyer", "--data-dir", str(data_dir), "--month", "2026-11", "--size", "a5", "--out", str(out)
    )
    assert (code, stderr) == (0, "")
    data = out.read_bytes()
    assert page_sizes_mm(data) == [(297.0, 210.0)]
    assert pdf_text(data).count("Programma november 2026") == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "2026-13"], "'2026-13' is geen geldige maand; schrijf JJJJ-MM"),
        (["--activity", "999"], "Deze activiteit bestaat niet (meer)."),
        (["--activity", "nul"], "'nul' is geen positief geheel getal"),
        (["--month", "2026-11", "--size", "a3"], "ongeldige keuze: 'a3'"),
        ([], "een van deze argumenten is nodig"),
        (["--month", "2026-11", "--activity", "1"], "niet samen met"),
    ],
)
def test_flyer_refuses_bad_input_with_one_dutch_line(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    activity_id: int,
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    code, stdout, stderr = run(capsys, "flyer", "--data-dir", str(data_dir), *args, "--out", str(out))
    assert code == 2
    assert message in stderr and len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr and stdout == ""
    assert not out.exists()


def test_flyer_with_an_invalid_web_address_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    session: Session,
    location: Location,
    data_dir: Path,
    tmp_path: Path,
    activity_id: int,
) -> None:
    location.web_url = "www.knuistjes"
    session.commit()
    out = tmp_path / "x.pdf"
    code, _, stderr = run(
        capsys, "flyer", "--data-dir", str(data_dir), "--activity", str(activity_id), "--out", str(out)
    )
    assert code == 2 and "geen geldig webadres" in stderr
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*tmp")) == []


def test_cards_for_chosen_families(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, tmp_path: Path
) -> None:
    made = [make_family(session, name=name) for name in ("Özlem", "Anouk", "Łucja")]
    out = tmp_path / "kaarten.pdf"
    args = [arg for family in made for arg in ("--family", (family.code or "").lower())]
    code, stdout, stderr = run(capsys, "cards", "--data-dir", str(data_dir), *args, "--out", str(out))
    assert (code, stderr) == (0, "")
    assert "Gezinskaarten gemaakt" in stdout
    assert decode_qr_codes(out.read_bytes(), tmp_path) == [family.code for family in made]


def test_cards_for_all_families_without_names(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, tmp_path: Path
) -> None:
    made = [make_family(session, name=name) for name in ("Özlem", "Anouk")]
    out = tmp_path / "kaarten.pdf"
    code, _, _ = run(capsys, "cards", "--data-dir", str(data_dir), "--no-names", "--out", str(out))
    assert code == 0
    text = pdf_text(out.read_bytes())
    assert all(family.code in text for family in made) and "Özlem" not in text


def test_cards_for_an_unknown_code(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, tmp_path: Path
) -> None:
    make_family(session)
    out = tmp_path / "kaarten.pdf"
    code, _, stderr = run(capsys, "cards", "--data-dir", str(data_dir), "--family", "QQQQ", "--out", str(out))
    assert code == 2
    assert stderr.strip() == "Er is geen gezin met de code 'QQQQ'."
    assert not out.exists()


def test_month_flyer_with_an_unreadable_logo_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    session: Session,
    location: Location,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(b"\xff\xd8 not really a jpeg")
    location.logo_path = str(logo)
    session.commit()
    out = tmp_path / "programma.pdf"
    code, _, stderr = run(
        capsys, "flyer", "--data-dir", str(data_dir), "--month", "2026-11", "--out", str(out)
    )
    assert code == 2
    assert stderr.strip() == (f"Het logo {logo} kan niet worden gelezen; kies een PNG- of JPEG-bestand.")
    assert not out.exists()


def test_output_into_a_missing_folder_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, activity_id: int
) -> None:
    out = tmp_path / "bestaat-niet" / "poster.pdf"
    code, _, stderr = run(
        capsys, "flyer", "--data-dir", str(data_dir), "--activity", str(activity_id), "--out", str(out)
    )
    assert code == 2 and "bestaat niet" in stderr
