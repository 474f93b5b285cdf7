"""`checkin import`: the preview printed, exit codes 0/2, one Dutch line per problem, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from checkin.cli import main
from checkin.models import Location, Visit, VisitChild

LIST = [
    "Datum;Naam moeder;Naam kind;Woonplaats",
    "4-3-2026;Sanne;Ela;Oud Beijerland",
    ";Sanne;Mert;",
    ";Bram;Noor;OBL",
    "Totaal;;3;",
    "11-3-2026 10:15;Sanne;Ela;",
]
"""The truth: 3 visits (Sanne twice, Bram once), 4 children."""


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def visits(session: Session) -> tuple[int, int]:
    session.expire_all()
    return (
        session.exec(select(func.count()).select_from(Visit)).one(),
        session.exec(select(func.count()).select_from(VisitChild)).one(),
    )


@pytest.fixture
def list_file(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_bytes("\r\n".join(LIST).encode("cp1252"))
    return path


def test_dry_run_prints_the_preview_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, list_file: Path
) -> None:
    code, out, err = run(
        capsys, "import", list_file, "--location", location.name, "--data-dir", data_dir, "--dry-run"
    )
    assert (code, err) == (0, "")
    assert "Kolommen: Datum = 'Datum', Naam gezin = 'Naam moeder', Woonplaats = 'Woonplaats'" in out
    assert "Regel 2: 04-03-2026 Sanne, 2 kind(eren), 1 volwassene(n), Oud-Beijerland (nieuw gezin)" in out
    assert (
        "Regel 4: 04-03-2026 Bram, 1 kind(eren), 1 volwassene(n), Oud-Beijerland (nieuw gezin, datum van de regel erboven)"
        in out
    )
    assert "Niet overgenomen: Regel 5: Een totaal- of subtotaalregel; geen bezoek." in out
    assert "Over te nemen: 3 bezoeken (2 nieuwe gezinnen, 2 nieuwe ochtenden)." in out
    assert "Proefdraai: er is niets opgeslagen." in out
    assert visits(session) == (0, 0)


def test_import_writes_and_a_second_time_exits_2_with_the_reason(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, list_file: Path
) -> None:
    code, out, err = run(capsys, "import", list_file, "--location", location.name, "--data-dir", data_dir)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "Klaar: 3 bezoeken overgenomen, 2 nieuwe gezinnen, 2 nieuwe ochtenden."
    assert visits(session) == (3, 4)
    code, out, err = run(capsys, "import", list_file, "--location", location.name, "--data-dir", data_dir)
    assert code == 2
    assert err == "Alle bezoeken in dit bestand staan er al in. Er is niets overgenomen.\n"
    assert visits(session) == (3, 4)


def test_map_option_and_refusals_are_one_dutch_line(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, list_file: Path
) -> None:
    base = ["import", list_file, "--data-dir", data_dir]
    code, out, err = run(capsys, *base, "--location", "Nergens")
    assert (code, out) == (2, "")
    assert err == "Onbekende locatie 'Nergens'. Bekende locaties: De Kleine Knuistjes.\n"
    code, out, err = run(capsys, *base, "--location", location.name, "--map", "Naam kind=geen", "--dry-run")
    assert code == 0
    assert "Over te nemen: 3 bezoeken" in out  # Sanne once a day, no children counted
    assert "0 kind(eren)" in out
    code, _, err = run(capsys, *base, "--location", location.name, "--map", "Datum=geen")
    assert (
        code == 2 and err.startswith("Er is geen kolom met de datum van het bezoek.") and err.count("\n") == 1
    )
    code, _, err = run(capsys, *base, "--location", location.name, "--map", "Onbekend=naam")
    assert code == 2 and err.startswith("Kolom 'Onbekend' staat niet in het bestand.")
    code, _, err = run(capsys, *base, "--location", location.name, "--dates", "ymd")
    assert code == 2 and "ongeldige keuze" in err
    assert visits(session) == (0, 0)


def test_nothing_readable_exits_2_with_the_reasons(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "slecht.csv"
    path.write_text('Datum;Naam\n31-2-2026;Sanne\n4-3-2026;=HYPERLINK("x")\n', encoding="utf-8")
    code, _, err = run(capsys, "import", path, "--location", location.name, "--data-dir", data_dir)
    assert code == 2
    assert err.splitlines() == [
        "Geen enkele regel in het bestand is leesbaar. Er is niets overgenomen.",
        "Regel 2: '31-2-2026' bestaat niet als datum.",
        "Regel 3: De naam begint met '=' en lijkt een formule; zo'n naam wordt niet overgenomen.",
    ]
    huge = tmp_path / "groot.csv"
    huge.write_text("Datum;Naam\n4-3-2026;" + "x" * 300_000 + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", huge, "--location", location.name, "--data-dir", data_dir)
    assert code == 2 and err.startswith("Regel 2: ") and "Traceback" not in err
    assert visits(session) == (0, 0)


def test_village_map_option_is_used_and_remembered(
    capsys: pytest.CaptureFixture[str], session: Session, location: Location, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dorpen.csv"
    path.write_text("Datum;Naam;Woonplaats\n4-3-2026;Sanne;Kl.waal\n", encoding="utf-8")
    base = ["import", path, "--location", location.name, "--data-dir", data_dir]
    code, out, err = run(capsys, *base, "--dry-run")
    assert code == 2
    assert (
        "Woonplaats 'Kl.waal' uit het bestand is onbekend; kies er een met --village-map \"Kl.waal=WOONPLAATS\"."
        in out
    )
    code, out, err = run(capsys, *base, "--village-map", "Kl.waal=Klaaswaal")
    assert (code, err) == (0, "")
    assert "Regel 2: 04-03-2026 Sanne, 0 kind(eren), 1 volwassene(n), Klaaswaal (nieuw gezin)" in out
    from checkin import imports

    session.expire_all()
    assert imports.remembered_villages(session) == {"kl.waal": "Klaaswaal"}
