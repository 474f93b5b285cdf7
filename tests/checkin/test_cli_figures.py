"""`checkin export` and `checkin merge`: files read back, exit codes, Dutch messages, nothing left behind."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from sqlmodel import Session

from checkin import paths
from checkin.cli import main
from checkin.settings import save_settings
from checkin.stats.cells import FORMULA_STARTS
from checkin.stats.json_export import load_export, schema
from checkin.stats.model import Value
from tests.helpers.dbdump import dump
from tests.helpers.figures import DANGEROUS, SECRETS, seed_place

MARCH = ["--from", "2026-03-01", "--to", "2026-03-31"]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def places(session: Session, data_dir: Path) -> Path:
    """Two locations with secrets and formula-like list entries; the data folder."""
    seed_place(session, name="De Kleine Knuistjes", families=6)
    seed_place(session, name="Kletskoppen", families=5, weeks=2)
    return data_dir


def export(capsys: pytest.CaptureFixture[str], data_dir: Path, out: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "export", "--data-dir", data_dir, *args, "--out", out)


def test_export_csv_reads_back_without_secrets_or_formulas(
    capsys: pytest.CaptureFixture[str], places: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cijfers.csv"
    code, stdout, stderr = export(capsys, places, out, *MARCH, "--min-count", "3", "--format", "csv")
    assert (code, stderr) == (0, "")
    assert stdout == f"Cijfers geschreven naar {out} (De Kleine Knuistjes, Kletskoppen, k = 3).\n"
    text = out.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["value"] for r in rows if r["measure"] == "k"] == ["3"]
    visits = {r["location"]: r["value"] for r in rows if r["measure"] == "visits"}
    assert visits == {"De Kleine Knuistjes": "18", "Kletskoppen": "10", "Alle locaties": "28"}
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert {"'" + value for value in DANGEROUS.values()} <= set(cells)
    for secret in SECRETS:
        assert secret not in text


def test_export_json_of_one_location_by_month_with_the_default_k(
    capsys: pytest.CaptureFixture[str], session: Session, places: Path, tmp_path: Path
) -> None:
    save_settings(session, min_count=4)
    before = dump(paths.database_path(places))
    out = tmp_path / "noord.json"
    code, _, stderr = export(
        capsys,
        places,
        out,
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--by",
        "quarter",
        "--location",
        "Kletskoppen",
        "--format",
        "json",
    )
    assert (code, stderr) == (0, "")
    assert dump(paths.database_path(places)) == before  # an export changes nothing
    data = out.read_bytes()
    document = json.loads(data)
    jsonschema.validate(document, schema(), cls=jsonschema.Draft202012Validator)
    report = load_export(data, name=out.name)
    assert (report.k, report.locations) == (4, ["Kletskoppen"])
    assert [(s.location, s.period_start, s.period_end) for s in report] == [
        ("Kletskoppen", date(2026, 1, 1), date(2026, 3, 31)),
        ("Kletskoppen", date(2026, 4, 1), date(2026, 6, 30)),
    ]
    for secret in SECRETS:
        assert secret not in data.decode("utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([*MARCH, "--min-count", "2"], "De minimale telling k mag niet lager zijn dan 3."),
        ([*MARCH, "--min-count", "vijf"], "'vijf' is geen geheel getal"),
        (
            [*MARCH, "--location", "Nergens"],
            "Onbekende locatie 'Nergens'. Bekende locaties: De Kleine Knuistjes, Kletskoppen.",
        ),
        (["--from", "2026-04-01", "--to", "2026-03-01"], "De einddatum ligt voor de begindatum."),
        (["--from", "2026-02-30", "--to", "2026-03-01"], "'2026-02-30' is geen datum; schrijf JJJJ-MM-DD"),
        ([*MARCH, "--by", "week"], "ongeldige keuze: 'week'"),
        (["--to", "2026-03-01"], "deze argumenten ontbreken: --from"),
    ],
)
def test_export_refuses_wrong_arguments_with_one_dutch_line_and_no_file(
    capsys: pytest.CaptureFixture[str], places: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "x.csv"
    code, stdout, stderr = export(capsys, places, out, *args, "--format", "csv")
    assert (code, stdout) == (2, "")
    assert message in stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_refuses_an_unknown_format(
    capsys: pytest.CaptureFixture[str], places: Path, tmp_path: Path
) -> None:
    code, _, stderr = export(capsys, places, tmp_path / "x.docx", *MARCH, "--format", "docx")
    assert code == 2 and "ongeldige keuze: 'docx'" in stderr


def test_export_without_a_database_makes_none(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    code, _, stderr = export(capsys, empty, tmp_path / "x.json", *MARCH, "--format", "json")
    assert code == 2 and "staat nog geen database" in stderr
    assert not paths.database_path(empty).exists()


def test_export_into_a_missing_folder(
    capsys: pytest.CaptureFixture[str], places: Path, tmp_path: Path
) -> None:
    code, _, stderr = export(capsys, places, tmp_path / "nergens" / "x.csv", *MARCH, "--format", "csv")
    assert code == 2 and "De map" in stderr and "bestaat niet" in stderr


@pytest.mark.parametrize(("fmt", "module"), [("xlsx", "xlsx_export"), ("pdf", "pdf_report")])
def test_export_other_formats_once_they_exist(
    capsys: pytest.CaptureFixture[str], places: Path, tmp_path: Path, fmt: str, module: str
) -> None:
    pytest.importorskip(f"checkin.stats.{module}")
    out = tmp_path / f"cijfers.{fmt}"
    code, _, stderr = export(capsys, places, out, *MARCH, "--format", fmt)
    assert (code, stderr) == (0, "")
    assert out.stat().st_size > 0


# --- merge ------------------------------------------------------------------------------------------


@pytest.fixture
def exports(capsys: pytest.CaptureFixture[str], places: Path, tmp_path: Path) -> list[Path]:
    """Each location's own JSON export over March and April, by month, k = 3."""
    files = []
    for name, file in (("De Kleine Knuistjes", "knuistjes.json"), ("Kletskoppen", "kletskoppen.json")):
        out = tmp_path / file
        args = ("--from", "2026-03-01", "--to", "2026-04-30", "--by", "month", "--location", name)
        assert export(capsys, places, out, *args, "--min-count", "3", "--format", "json")[0] == 0
        files.append(out)
    return files


def test_merge_two_locations_into_csv_and_json(
    capsys: pytest.CaptureFixture[str], exports: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "overzicht.json"
    code, stdout, stderr = run(capsys, "merge", *exports, "--format", "json", "--out", out)
    assert (code, stderr) == (0, "")
    assert (
        stdout
        == f"Overzicht van 2 bestanden geschreven naar {out} (De Kleine Knuistjes, Kletskoppen, k = 3).\n"
    )
    overview = load_export(out.read_bytes(), name=out.name)
    assert overview.merged_from == ["knuistjes.json", "kletskoppen.json"]
    march = [s for s in overview if s.period_start == date(2026, 3, 1)]
    assert [s.location for s in march] == ["De Kleine Knuistjes", "Kletskoppen", "Alle locaties"]
    assert march[-1].value("visits") == Value.exact(18 + 10)

    out_csv = tmp_path / "overzicht.csv"
    assert run(capsys, "merge", *exports, "--format", "csv", "--out", out_csv)[0] == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"), newline="")))
    assert [r["value"] for r in rows if r["measure"] == "bron"] == ["knuistjes.json", "kletskoppen.json"]
    assert {
        (r["location"], r["value"])
        for r in rows
        if r["measure"] == "visits" and r["period_start"] == "2026-03-01"
    } == {
        ("De Kleine Knuistjes", "18"),
        ("Kletskoppen", "10"),
        ("Alle locaties", "28"),
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"location,value\nNoord,3\n", "fout.json is geen JSON-bestand"),
        (b'{"naam": "iets anders"}', "fout.json is geen export van anonieme cijfers van checkin"),
        (b'{"format": "checkin-cijfers", "version": 7}', "fout.json heeft versie 7 van het exportformaat"),
    ],
)
def test_merge_refuses_a_wrong_file_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], exports: list[Path], tmp_path: Path, content: bytes, message: str
) -> None:
    wrong = tmp_path / "fout.json"
    wrong.write_bytes(content)
    out = tmp_path / "overzicht.csv"
    code, stdout, stderr = run(capsys, "merge", exports[0], wrong, "--format", "csv", "--out", out)
    assert (code, stdout) == (2, "")
    assert message in stderr and stderr.count("\n") == 1
    assert not out.exists()


def test_merge_refuses_a_location_and_period_twice(
    capsys: pytest.CaptureFixture[str], exports: list[Path], tmp_path: Path
) -> None:
    copy = tmp_path / "kopie.json"
    copy.write_bytes(exports[1].read_bytes())
    out = tmp_path / "overzicht.json"
    code, _, stderr = run(capsys, "merge", *exports, copy, "--format", "json", "--out", out)
    assert code == 2
    assert stderr == (
        "kopie.json bevat de cijfers van Kletskoppen over 1 maart 2026 tot en met 31 maart 2026, maar die "
        "staan ook al in kletskoppen.json; geef elke locatie en periode maar één keer op.\n"
    )
    assert not out.exists()


def test_merge_arguments(capsys: pytest.CaptureFixture[str], exports: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    code, _, stderr = run(capsys, "merge", "--format", "csv", "--out", out)
    assert code == 2 and "deze argumenten ontbreken: BESTAND" in stderr
    code, _, stderr = run(capsys, "merge", tmp_path / "weg.json", "--format", "csv", "--out", out)
    assert code == 2 and "weg.json bestaat niet" in stderr
    code, _, stderr = run(capsys, "merge", *exports, "--format", "odt", "--out", out)
    assert code == 2 and "ongeldige keuze: 'odt'" in stderr
    assert not out.exists()


# --- language ---------------------------------------------------------------------------------------


def test_export_and_merge_write_their_texts_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], exports: list[Path], places: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "figures.xlsx"
    code, stdout, stderr = export(capsys, places, out, *MARCH, "--format", "xlsx", "--language", "en")
    assert (code, stderr) == (0, "")
    assert stdout.startswith("Cijfers geschreven naar")  # the command line itself speaks Dutch
    assert load_workbook(out).sheetnames[0] == "Overview"
    english_json = tmp_path / "kletskoppen-en.json"
    args = ("--from", "2026-03-01", "--to", "2026-04-30", "--by", "month", "--location", "Kletskoppen")
    assert (
        export(
            capsys, places, english_json, *args, "--min-count", "3", "--format", "json", "--language", "en"
        )[0]
        == 0
    )
    assert json.loads(english_json.read_text(encoding="utf-8"))["definitions"]["visits"]["label"] == "Visits"

    merged = tmp_path / "overview.xlsx"  # a Dutch file and an English one, merged into an English overview
    code, _, stderr = run(
        capsys, "merge", exports[0], english_json, "--format", "xlsx", "--language", "en", "--out", merged
    )
    assert (code, stderr) == (0, "")
    assert load_workbook(merged).sheetnames[0] == "Overview"
    dutch = tmp_path / "overzicht.xlsx"
    assert run(capsys, "merge", exports[0], english_json, "--format", "xlsx", "--out", dutch)[0] == 0
    assert load_workbook(dutch).sheetnames[0] == "Overzicht"


@pytest.mark.parametrize("command", ["export", "merge"])
def test_an_unknown_language_exits_2_with_one_dutch_line(
    capsys: pytest.CaptureFixture[str], exports: list[Path], places: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "x.csv"
    if command == "export":
        code, stdout, stderr = export(capsys, places, out, *MARCH, "--format", "csv", "--language", "fr")
    else:
        code, stdout, stderr = run(
            capsys, "merge", *exports, "--format", "csv", "--language", "fr", "--out", out
        )
    assert (code, stdout) == (2, "")
    assert stderr == "Onbekende taal 'fr'; kies uit nl, en.\n"
    assert not out.exists()
