"""Import of earlier records: reading CSV and XLSX, Dutch dates, preview, apply in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import Session, func, select

from checkin import imports
from checkin.errors import Rejected
from checkin.imports import ColumnMapping, guess_mapping, parse_date, read_table
from checkin.models import Family, Location, Morning, Visit, VisitChild
from checkin.services import bulk, visits
from tests.helpers.factories import make_family, make_morning

NOW = datetime(2026, 11, 25, 14, 0)
TODAY = NOW.date()


def counts(session: Session) -> tuple[int, int, int, int]:
    def n(model: type) -> int:
        return session.exec(select(func.count()).select_from(model)).one()

    return n(Family), n(Morning), n(Visit), n(VisitChild)


def write_csv(path: Path, lines: list[str], *, encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def mapping_for(table: imports.Table) -> ColumnMapping:
    return guess_mapping(table.headers)


def run_import(session: Session, location: Location, path: Path, **kwargs: object) -> imports.ImportResult:
    table = read_table(path)
    assert location.id is not None
    return imports.apply(
        session, table=table, mapping=mapping_for(table), location_id=location.id, now=NOW, **kwargs
    )


# ------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-3-2026", date(2026, 3, 31)),
        ("31-03-2026", date(2026, 3, 31)),
        ("31/3/2026", date(2026, 3, 31)),
        ("31.3.2026", date(2026, 3, 31)),
        ("31 maart 2026", date(2026, 3, 31)),
        ("31 Maart 2026", date(2026, 3, 31)),
        ("31 mrt 2026", date(2026, 3, 31)),
        ("31 mrt. 2026", date(2026, 3, 31)),
        ("31-mrt-2026", date(2026, 3, 31)),
        ("dinsdag 31 maart 2026", date(2026, 3, 31)),
        ("di 31-3-2026", date(2026, 3, 31)),
        ("2026-03-31", date(2026, 3, 31)),
        ("2026-03-31 00:00:00", date(2026, 3, 31)),
        ("3/4/2026", date(2026, 4, 3)),  # Dutch order: 3 April, never 4 March
        ("1 mei 2026", date(2026, 5, 1)),
        ("7 okt 2026", date(2026, 10, 7)),
        (datetime(2026, 3, 31, 0, 0), date(2026, 3, 31)),
        (date(2026, 3, 31), date(2026, 3, 31)),
    ],
)
def test_dates_in_dutch_and_iso_forms(text: object, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31-2-2026", "bestaat niet als datum"),
        ("13/13/2026", "bestaat niet als datum"),
        ("31-3-26", "jaar twee cijfers"),
        ("maart 2026", "geen datum die we kunnen lezen"),
        ("31 mrz 2026", "geen datum die we kunnen lezen"),
        ("woensdag 31 maart 2026", "andere dag van de week"),
        ("1-1-2027", "in de toekomst"),
        ("1-1-1926", "te ver terug"),
        ("", "ontbreekt"),
        (None, "ontbreekt"),
        (46000, "getal 46000"),
        (time(9, 30), "een tijd"),
    ],
)
def test_unreadable_dates_are_refused_with_a_reason(text: object, reason: str) -> None:
    with pytest.raises(Rejected) as caught:
        parse_date(text, today=TODAY)  # type: ignore[arg-type]
    assert reason in str(caught.value).replace("heeft het ", "")


# ------------------------------------------------------------------------------------- reading


def test_csv_with_semicolons_in_cp1252(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lijst.csv",
        ["Datum;Naam;Kinderen;Volwassenen;Woonplaats", "4-3-2026;Özlem;2;1;Numansdorp"],
        encoding="cp1252",
    )
    table = read_table(path)
    assert table.headers == ["Datum", "Naam", "Kinderen", "Volwassenen", "Woonplaats"]
    assert table.rows == [(2, ["4-3-2026", "Özlem", "2", "1", "Numansdorp"])]
    assert guess_mapping(table.headers) == ColumnMapping(date=0, name=1, children=2, adults=3, village=4)


def test_csv_with_commas_and_bom_skips_blank_lines(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lijst.csv", ["datum,code,aantal kinderen", "", "2026-03-04,K7F3,1", ",,"])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    table = read_table(path)
    assert table.headers == ["datum", "code", "aantal kinderen"]
    assert table.rows == [(3, ["2026-03-04", "K7F3", "1"])]
    assert guess_mapping(table.headers) == ColumnMapping(date=0, code=1, children=2)


def test_xlsx_with_date_cells_and_chosen_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Uitleg"
    first.append(["Dit is de presentielijst"])
    sheet = workbook.create_sheet("Bezoeken")
    sheet.append(["Datum", "Gezin", "Kids", "Ouders", None])
    sheet.append([datetime(2026, 3, 4), "Sanne", 2, 1.0, None])
    sheet.append(["11 mrt 2026", "Sanne", 1, 2, None])
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)

    table = read_table(path)  # every sheet with rows under its headers; the others are named
    assert table.sheets == ["Uitleg", "Bezoeken"]
    assert table.left_out == [("Uitleg", "geen tabel met kolomkoppen en regels")]
    chosen = read_table(path, sheet="Bezoeken")
    assert (chosen.headers, chosen.rows, chosen.left_out) == (
        table.headers,
        table.rows,
        [("Uitleg", "niet gekozen")],
    )
    with pytest.raises(Rejected, match="geen regels"):
        read_table(path, sheet="Uitleg")
    with pytest.raises(Rejected, match="werkblad 'Blad9' staat niet"):
        read_table(path, sheet="Blad9")
    assert table.sheet == "Bezoeken"
    assert table.headers == ["Datum", "Gezin", "Kids", "Ouders"]
    assert table.rows[0] == (2, [datetime(2026, 3, 4), "Sanne", 2, 1.0])
    assert guess_mapping(table.headers) == ColumnMapping(date=0, name=1, children=2, adults=3)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("lijst.pdf", b"%PDF-1.4", "geen CSV- of XLSX-bestand"),
        ("lijst.xls", b"\xd0\xcf\x11\xe0", "oud Excel-bestand"),
        ("lijst.csv", b"", "is leeg"),
        ("lijst.csv", b"  \r\n\r\n", "is leeg"),
        ("lijst.csv", b"datum;naam\r\n", "geen regels"),
        ("lijst.xlsx", b"this is not a zip file", "niet worden gelezen als Excel-bestand"),
    ],
)
def test_files_that_cannot_be_imported_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(Rejected, match=message):
        read_table(path)


def test_unreadable_or_missing_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Rejected, match="bestaat niet"):
        read_table(tmp_path / "weg.csv")
    path = write_csv(tmp_path / "open.csv", ["datum;naam", "4-3-2026;Sanne"])

    def locked(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(Rejected, match="nog open in een ander programma"):
        read_table(path)


def test_mapping_needs_a_date_and_a_name_or_code(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "l.csv", ["datum;naam;kinderen", "4-3-2026;Sanne;1"]))
    with pytest.raises(Rejected, match="kolom met de datum"):
        ColumnMapping(name=1).validate(table)
    with pytest.raises(Rejected, match="naam of de code"):
        ColumnMapping(date=0, children=2).validate(table)
    with pytest.raises(Rejected, match="maar voor een ding"):
        ColumnMapping(date=0, name=1, children=1).validate(table)
    with pytest.raises(Rejected, match="staat niet in het bestand"):
        ColumnMapping(date=0, name=5).validate(table)


# ------------------------------------------------------------------------------------- preview


LIST = [
    "Datum;Naam;Code;Kinderen;Volwassenen;Woonplaats",
    "4-3-2026;Sanne;;2;1;Numansdorp",  # row 2
    "4 maart 2026;Fatima;;1;2;strijen",  # row 3, village matched ignoring case
    "11/3/2026;Sanne;;1;1;",  # row 4, same Sanne
    "31-2-2026;Sanne;;1;1;",  # row 5, impossible date
    "11-3-2026;;;1;1;",  # row 6, no name and no code
    "11-3-2026;Bram;;twee;1;",  # row 7, children not a number
    "11-3-2026;Bram;;1;;",  # row 8, adults blank
    "11-3-2026;Lotte;;1;1;Rotterdam",  # row 9, village not in the list
    "2026-03-11;Fatima;;1;1;Strijen",  # row 10
    "11-3-2026;Fatima;;1;1;",  # row 11, twice on the same day
    "18-3-26;Fatima;;1;1;",  # row 12, two-digit year
]


def test_preview_shows_meaning_and_lists_unreadable_rows_without_writing(
    session: Session, location: Location, tmp_path: Path
) -> None:
    before = counts(session)
    table = read_table(write_csv(tmp_path / "lijst.csv", LIST))
    assert location.id is not None
    plan = imports.preview(
        session, table=table, mapping=guess_mapping(table.headers), location_id=location.id, today=TODAY
    )
    assert [(v.row, v.day, v.family, v.children, v.adults, v.village, v.new_family) for v in plan.visits] == [
        (2, date(2026, 3, 4), "Sanne", 2, 1, "Numansdorp", True),
        (3, date(2026, 3, 4), "Fatima", 1, 2, "Strijen", True),
        (4, date(2026, 3, 11), "Sanne", 1, 1, "Numansdorp", True),  # the family's village
        (10, date(2026, 3, 11), "Fatima", 1, 1, "Strijen", True),
    ]
    assert [(p.row, p.message) for p in plan.unreadable] == [
        (5, "'31-2-2026' bestaat niet als datum."),
        (6, "Naam en code van het gezin ontbreken."),
        (7, "Aantal kinderen: 'twee' is geen heel getal."),
        (8, "Aantal volwassenen: het vak is leeg."),
        (
            9,
            "De woonplaats 'Rotterdam' uit het bestand is onbekend: die staat zo niet in de lijst met "
            "woonplaatsen. Kies hierboven welke woonplaats het is, zet hem bij Instellingen in de lijst, "
            "of schrijf 'buiten de Hoeksche Waard' in het bestand.",
        ),
        (12, "In '18-3-26' heeft het jaar twee cijfers; schrijf het jaar voluit (zoals 2026)."),
    ]
    assert [(p.row, p.message) for p in plan.skipped] == [(11, "Fatima staat op 11-03-2026 al in regel 10.")]
    assert (plan.new_families, plan.new_mornings) == (2, 2)
    assert counts(session) == before


def test_preview_refuses_an_unknown_default_village(
    session: Session, location: Location, tmp_path: Path
) -> None:
    table = read_table(write_csv(tmp_path / "lijst.csv", LIST))
    assert location.id is not None
    with pytest.raises(Rejected, match="woonplaats uit de lijst"):
        imports.preview(
            session,
            table=table,
            mapping=guess_mapping(table.headers),
            location_id=location.id,
            default_village="Atlantis",
        )


# ------------------------------------------------------------------------------------- apply


def test_apply_writes_families_closed_mornings_and_imported_visits(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "lijst.csv", LIST)
    result = run_import(session, location, path, default_village="Mijnsheerenland")
    assert (result.visits, result.families, result.mornings) == (4, 2, 2)
    assert [p.row for p in result.unreadable] == [5, 6, 7, 8, 9, 12]
    assert [p.row for p in result.skipped] == [11]

    session.expire_all()
    families = {f.display_name: f for f in session.exec(select(Family))}
    assert set(families) == {"Sanne", "Fatima"}
    sanne = families["Sanne"]
    assert sanne.village == "Numansdorp"  # from the first row that names a village
    assert sanne.consent_version == "import" and sanne.consent_date is None
    assert sanne.code and len(sanne.code) == 4 and sanne.referral == ""
    assert " sanne " in sanne.search_key

    mornings = session.exec(select(Morning).order_by(Morning.day)).all()
    assert [m.day for m in mornings] == [date(2026, 3, 4), date(2026, 3, 11)]
    assert all(m.closed_at is not None and m.hosts == 0 for m in mornings)
    assert mornings[0].start == time(9, 30) and mornings[0].closed_at == datetime(2026, 3, 4, 11, 30)

    rows = session.exec(select(Visit).order_by(Visit.id)).all()
    assert all(v.imported for v in rows)
    assert [(v.family_id, v.others, v.mothers, v.fathers) for v in rows] == [
        (sanne.id, 1, 0, 0),
        (families["Fatima"].id, 2, 0, 0),
        (sanne.id, 1, 0, 0),
        (families["Fatima"].id, 1, 0, 0),
    ]
    assert rows[0].arrived_at == datetime(2026, 3, 4, 9, 30)
    children = session.exec(select(VisitChild)).all()
    assert len(children) == 5
    assert all(c.child_id is None and c.age_months is None and not c.age_known for c in children)


def test_default_village_for_families_without_one(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "lijst.csv", ["datum;naam", "4-3-2026;Bram"])
    run_import(session, location, path, default_village="Mijnsheerenland")
    assert session.exec(select(Family.village)).one() == "Mijnsheerenland"


def test_second_import_of_the_same_file_adds_nothing(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "lijst.csv", LIST)
    run_import(session, location, path)
    after_first = counts(session)
    table = read_table(path)
    assert location.id is not None
    plan = imports.preview(
        session, table=table, mapping=guess_mapping(table.headers), location_id=location.id, today=TODAY
    )
    assert plan.visits == []
    assert [p.row for p in plan.skipped] == [2, 3, 4, 10, 11]
    assert "al bij de bezoeken" in plan.skipped[0].message
    with pytest.raises(Rejected, match="staan er al in"):
        run_import(session, location, path)
    assert counts(session) == after_first


def test_a_longer_list_later_adds_only_the_new_rows(
    session: Session, location: Location, tmp_path: Path
) -> None:
    run_import(session, location, write_csv(tmp_path / "a.csv", ["datum;naam", "4-3-2026;Bram"]))
    result = run_import(
        session, location, write_csv(tmp_path / "b.csv", ["datum;naam", "4-3-2026;Bram", "11-3-2026;Bram"])
    )
    assert (result.visits, result.families, result.mornings) == (1, 0, 1)
    assert session.exec(select(func.count()).select_from(Family)).one() == 1


def test_family_found_by_code_and_checked_in_visit_not_duplicated(
    session: Session, location: Location, tmp_path: Path
) -> None:
    family = make_family(session, name="Özlem")
    morning = make_morning(session, location)  # 25-11-2026, today in these tests
    assert family.id is not None and morning.id is not None
    visits.check_in(session, morning_id=morning.id, family_id=family.id, now=datetime(2026, 11, 25, 9, 40))
    path = write_csv(
        tmp_path / "lijst.csv",
        [
            "datum;code;naam;kinderen",
            f"25-11-2026;{family.code};Özlem;1",  # checked in at the door already
            f"18-11-2026;{family.code.lower()};Özlem;1",  # lower-case code on paper
            "18-11-2026;;Özlem;1",  # the name goes with the code above: same family, same day
            "18-11-2026;;Sanne;1",
        ],
    )
    result = run_import(session, location, path)
    assert (result.visits, result.families, result.mornings) == (2, 1, 1)
    assert [(p.row, p.message) for p in result.skipped] == [
        (2, "Özlem staat op 25-11-2026 al bij de bezoeken; niet nog een keer overgenomen."),
        (4, "Özlem staat op 18-11-2026 al in regel 3."),
    ]
    assert (
        session.exec(select(func.count()).select_from(Visit).where(Visit.family_id == family.id)).one() == 2
    )


def test_name_is_not_matched_to_a_family_registered_at_the_door(
    session: Session, location: Location, tmp_path: Path
) -> None:
    make_family(session, name="Sanne")
    run_import(session, location, write_csv(tmp_path / "l.csv", ["datum;naam", "4-3-2026;Sanne"]))
    assert session.exec(select(func.count()).select_from(Family)).one() == 2


def test_new_code_from_the_file_is_kept(session: Session, location: Location, tmp_path: Path) -> None:
    run_import(
        session, location, write_csv(tmp_path / "l.csv", ["datum;code", "4-3-2026;12", "11-3-2026;12"])
    )
    family = session.exec(select(Family)).one()
    assert family.code == "12" and family.display_name is None
    assert session.exec(select(func.count()).select_from(Visit)).one() == 2


def test_name_with_two_codes_is_unreadable(session: Session, location: Location, tmp_path: Path) -> None:
    table = read_table(
        write_csv(
            tmp_path / "l.csv",
            ["datum;code;naam", "4-3-2026;A1;Sanne", "4-3-2026;A2;Sanne", "11-3-2026;;Sanne"],
        )
    )
    assert location.id is not None
    plan = imports.preview(
        session, table=table, mapping=guess_mapping(table.headers), location_id=location.id, today=TODAY
    )
    assert [v.row for v in plan.visits] == [2, 3]
    assert [(p.row, p.message) for p in plan.unreadable] == [
        (4, "De naam 'Sanne' hoort in dit bestand bij meer dan een code.")
    ]


def test_file_without_readable_rows_is_refused(session: Session, location: Location, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", ["datum;naam", "31-2-2026;Sanne", "morgen;Bram"])
    before = counts(session)
    with pytest.raises(Rejected, match="Geen enkele regel"):
        run_import(session, location, path)
    assert counts(session) == before


def test_failure_half_way_writes_nothing(
    session: Session, location: Location, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_family(session, name="Özlem")
    before = counts(session)
    real_record = bulk.record_visits_in_bulk
    calls = 0

    def record_then_fail(session: Session, visits: Sequence[bulk.PastVisit]) -> list[int]:
        nonlocal calls
        calls += 1
        real_record(session, visits)  # the visits, a new family and mornings are in the database file
        raise OSError("disk full")

    monkeypatch.setattr(bulk, "record_visits_in_bulk", record_then_fail)
    with pytest.raises(OSError, match="disk full"):
        run_import(session, location, write_csv(tmp_path / "lijst.csv", LIST))
    assert calls == 1
    session.expire_all()
    assert counts(session) == before

    monkeypatch.setattr(bulk, "record_visits_in_bulk", real_record)  # the same file then imports in full
    assert run_import(session, location, tmp_path / "lijst.csv").visits == 4


def test_role_columns_split_the_adults(session: Session, location: Location, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "l.csv",
        [
            "datum;naam;volwassenen;moeders;vaders;opa/oma",
            "4-3-2026;Sanne;3;1;1;",  # one adult without a role: 'anders'
            "4-3-2026;Bram;;1;;",  # adults blank: unreadable
            "4-3-2026;Lotte;1;1;1;",  # more roles than adults
            "4-3-2026;Fatima;2;;2;",
            "11-3-2026;Fatima;1;;;",
        ],
    )
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping == ColumnMapping(date=0, name=1, adults=2, mothers=3, fathers=4, grandparents=5)
    assert location.id is not None
    plan = imports.preview(session, table=table, mapping=mapping, location_id=location.id, today=TODAY)
    assert [(v.row, v.by_role.counts()) for v in plan.visits] == [
        (2, (1, 1, 0, 1)),
        (5, (0, 2, 0, 0)),
        (6, (0, 0, 0, 1)),
    ]
    assert [(p.row, p.message) for p in plan.unreadable] == [
        (3, "Aantal volwassenen: het vak is leeg."),
        (4, "Aantal volwassenen (1) is kleiner dan moeders, vaders en grootouders samen (2)."),
    ]
    imports.apply(session, table=table, mapping=mapping, location_id=location.id, now=NOW)
    rows = session.exec(select(Visit).order_by(Visit.id)).all()
    assert [(v.mothers, v.fathers, v.grandparents, v.others) for v in rows] == [
        (1, 1, 0, 1),
        (0, 2, 0, 0),
        (0, 0, 0, 1),
    ]


def test_role_columns_without_adults_column(session: Session, location: Location, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", ["datum;naam;moeder;vader", "4-3-2026;Sanne;1;", "4-3-2026;Bram;;"])
    table = read_table(path)
    assert location.id is not None
    plan = imports.preview(
        session, table=table, mapping=guess_mapping(table.headers), location_id=location.id, today=TODAY
    )
    assert [(v.row, v.by_role.counts()) for v in plan.visits] == [(2, (1, 0, 0, 0))]
    assert [(p.row, p.message) for p in plan.unreadable] == [
        (3, "Op deze regel staat geen enkele volwassene.")
    ]


def test_xlsx_list_imports_with_excel_dates(session: Session, location: Location, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Datum", "Naam", "Kinderen", "Woonplaats"])
    sheet.append([datetime(2026, 3, 4), "Sanne", 2, "numansdorp"])
    sheet.append([date(2026, 3, 11), "Sanne", 1.0, None])
    sheet.append([46000, "Bram", 1, None])  # a date cell without date format: a bare number
    sheet.append(["1 april 2026", "Bram", 1.5, None])
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)
    result = run_import(session, location, path)
    assert (result.visits, result.families, result.mornings) == (2, 1, 2)
    assert [(p.row, p.message) for p in result.unreadable] == [
        (4, "In de datumkolom staat het getal 46000, geen datum. Geef de kolom in Excel de opmaak Datum."),
        (5, "Aantal kinderen: '1.5' is geen heel getal."),
    ]
    assert session.exec(select(Family.village)).one() == "Numansdorp"
    assert count_children(session) == 3


def count_children(session: Session) -> int:
    return session.exec(select(func.count()).select_from(VisitChild)).one()


def test_names_match_earlier_imports_of_the_same_location_only(
    session: Session, location: Location, tmp_path: Path
) -> None:
    other = make_location_named(session, "Het Speelhuis")
    path = write_csv(tmp_path / "l.csv", ["datum;naam", "4-3-2026;Sanne"])
    run_import(session, location, path)
    run_import(session, other, path)  # another place's Sanne: a family of its own
    run_import(session, location, write_csv(tmp_path / "m.csv", ["datum;naam", "11-3-2026;sanne"]))
    families = session.exec(select(Family).order_by(Family.id)).all()
    assert len(families) == 2
    per_family = session.exec(select(Visit.family_id, func.count()).group_by(Visit.family_id)).all()
    assert sorted(n for _, n in per_family) == [1, 2]


def make_location_named(session: Session, name: str) -> Location:
    from tests.helpers.factories import make_location

    return make_location(session, name=name)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nr.", "Datum", "Naam", "Kinderen"], ColumnMapping(date=1, name=2, children=3)),
        (
            ["Datum bezoek", "Gezinscode", "Aantal kinderen", "Aantal volwassenen"],
            ColumnMapping(0, None, 1, 2, 3),
        ),
        (["dag", "Voornaam ouder", "kids", "Kern"], ColumnMapping(date=0, name=1, children=2, village=3)),
        (["Date", "Name", "Children", "Adults", "Village"], ColumnMapping(0, 1, None, 2, 3, village=4)),
        (["Opmerking", "Telefoon"], ColumnMapping()),
    ],
)
def test_guess_mapping_from_common_headers(headers: list[str], expected: ColumnMapping) -> None:
    assert guess_mapping(headers) == expected


def test_csv_quoted_fields_and_windows_characters(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "l.csv", ["datum;naam;opmerking", '4-3-2026;"Zoë";"koffie; € 0,50"'], encoding="cp1252"
    )
    assert read_table(path).rows == [(2, ["4-3-2026", "Zoë", "koffie; € 0,50"])]


def test_csv_with_title_line_and_excel_sep_hint(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "l.csv",
        ["sep=,", "Presentielijst De Kleine Knuistjes 2026", "", "Datum,Naam,Kinderen", "4-3-2026,Sanne,1"],
    )
    table = read_table(path)
    assert table.headers == ["Datum", "Naam", "Kinderen"]
    assert table.rows == [(5, ["4-3-2026", "Sanne", "1"])]
    path = write_csv(tmp_path / "m.csv", ["Presentielijst 2026", "Datum;Naam, voornaam", "4-3-2026;Sanne"])
    assert read_table(path).rows == [(3, ["4-3-2026", "Sanne"])]
