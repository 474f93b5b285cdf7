"""The import of lists as volunteers keep them, and of hostile files.

Every file is made here (openpyxl for XLSX, with merged cells; CSV in cp1252 and UTF-8), and each
test writes down the true number of visits and children in it.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import Session, col, func, select

from checkin import imports
from checkin.errors import Rejected
from checkin.imports import ColumnMapping, guess_mapping, read_table
from checkin.models import Family, Location, Morning, Visit, VisitChild

NOW = datetime(2026, 11, 25, 14, 0)
TODAY = NOW.date()


def n(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def write_csv(path: Path, lines: list[str], *, encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def plan(session: Session, location: Location, table: imports.Table, **kwargs: object) -> imports.Preview:
    assert location.id is not None
    mapping = kwargs.pop("mapping", None) or guess_mapping(table.headers, table.rows)
    return imports.preview(
        session,
        table=table,
        mapping=mapping,  # type: ignore[arg-type]
        location_id=location.id,
        today=TODAY,
        **kwargs,  # type: ignore[arg-type]
    )


def apply(
    session: Session, location: Location, table: imports.Table, **kwargs: object
) -> imports.ImportResult:
    assert location.id is not None
    mapping = kwargs.pop("mapping", None) or guess_mapping(table.headers, table.rows)
    return imports.apply(
        session,
        table=table,
        mapping=mapping,  # type: ignore[arg-type]
        location_id=location.id,
        now=NOW,
        **kwargs,  # type: ignore[arg-type]
    )


def month_sheet(
    workbook: Workbook, title: str, mornings: list[tuple[datetime, list[tuple[str, int, str]]]]
) -> None:
    """A presentielijst sheet: a title, headers, per morning the date merged over its families,
    then a subtotal; a total at the end."""
    sheet = workbook.create_sheet(title)
    sheet.append([f"Presentielijst {title} 2026"])
    sheet.append([])
    sheet.append(["Datum", "Naam", "Kinderen", "Volwassenen", "Woonplaats"])
    for day, families in mornings:
        first = sheet.max_row + 1
        for index, (name, children, village) in enumerate(families):
            sheet.append([day if index == 0 else None, name, children, 1, village])
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
        sheet.append([None, f"Subtotaal {day:%d-%m}", sum(c for _, c, _ in families), len(families), None])
    sheet.append(["Totaal " + title.lower(), None, 99, 99, None])


def test_a_year_kept_as_volunteers_do_is_imported_whole(
    session: Session, location: Location, tmp_path: Path
) -> None:
    workbook = Workbook()
    explanation = workbook.active
    assert explanation is not None
    explanation.title = "Uitleg"
    explanation.append(["Vul per ochtend de gezinnen in."])
    month_sheet(
        workbook,
        "Januari",
        [
            (
                datetime(2026, 1, 7),
                [("Sanne", 2, "Oud Beijerland"), ("Fatima", 1, "OBL"), ("Bram", 0, "numansdorp")],
            ),
            (datetime(2026, 1, 14), [("Sanne", 1, "Oud-Beijerland"), ("Noor", 3, "Gravendeel")]),
        ],
    )
    month_sheet(
        workbook,
        "Februari",
        [(datetime(2026, 2, 4), [("Sanne", 2, ""), ("Fatima", 2, ""), ("Noor", 1, "'s-Gravendeel")])],
    )
    path = tmp_path / "presentielijst 2026.xlsx"
    workbook.save(path)
    # The truth: 8 visits, 12 children, 4 families, 3 mornings.

    table = read_table(path)
    assert table.chosen == ["Januari", "Februari"]
    assert table.left_out == [("Uitleg", "geen tabel met kolomkoppen en regels")]
    preview = plan(session, location, table)
    assert [(v.sheet, v.row, v.day, v.family, v.children, v.date_from_above) for v in preview.visits] == [
        ("Januari", 4, date(2026, 1, 7), "Sanne", 2, False),
        ("Januari", 5, date(2026, 1, 7), "Fatima", 1, True),
        ("Januari", 6, date(2026, 1, 7), "Bram", 0, True),
        ("Januari", 8, date(2026, 1, 14), "Sanne", 1, False),
        ("Januari", 9, date(2026, 1, 14), "Noor", 3, True),
        ("Februari", 4, date(2026, 2, 4), "Sanne", 2, False),
        ("Februari", 5, date(2026, 2, 4), "Fatima", 2, True),
        ("Februari", 6, date(2026, 2, 4), "Noor", 1, True),
    ]
    assert preview.unreadable == []
    assert [(p.sheet, p.row) for p in preview.left_out] == [
        ("Januari", 7),
        ("Januari", 10),
        ("Januari", 11),
        ("Februari", 7),
        ("Februari", 8),
    ]
    assert {p.message for p in preview.left_out} == {"Een totaal- of subtotaalregel; geen bezoek."}
    assert preview.matched_villages == [
        ("Gravendeel", "'s-Gravendeel"),
        ("OBL", "Oud-Beijerland"),
        ("Oud Beijerland", "Oud-Beijerland"),
    ]
    assert [p.message for p in preview.warnings] == [
        "Werkblad 'Uitleg' is niet ingelezen: geen tabel met kolomkoppen en regels."
    ]

    result = apply(session, location, table)
    assert (result.visits, result.families, result.mornings) == (8, 4, 3)
    assert (n(session, Visit), n(session, VisitChild), n(session, Family)) == (8, 12, 4)
    villages = dict(session.exec(select(Family.display_name, Family.village)).all())
    assert villages == {
        "Sanne": "Oud-Beijerland",
        "Fatima": "Oud-Beijerland",
        "Bram": "Numansdorp",
        "Noor": "'s-Gravendeel",
    }
    assert not session.exec(select(Family).where(col(Family.display_name).contains("otaal"))).all()


def test_a_date_on_its_own_row_and_blank_below_in_utf8_csv(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "lijst.csv",
        [
            "\ufeffDatum;Naam;Kinderen",
            "woensdag 4 maart 2026;;",
            ";Sanne;2",
            ";Zoë;1",
            "",
            ";Bram;1",  # after a blank row: a new block without a date
            "11-3-2026 10:15;Sanne;1",
            ";Zoë;2",
            "Totaal maart;;6",
        ],
    )
    # The truth: 4 visits (Bram's row has no date), 6 children.
    preview = plan(session, location, read_table(path))
    assert [(v.row, v.day, v.family, v.date_from_above) for v in preview.visits] == [
        (3, date(2026, 3, 4), "Sanne", True),
        (4, date(2026, 3, 4), "Zoë", True),
        (7, date(2026, 3, 11), "Sanne", False),
        (8, date(2026, 3, 11), "Zoë", True),
    ]
    assert [(p.row, p.message) for p in preview.unreadable] == [(6, "De datum ontbreekt.")]
    assert [(p.row, p.message) for p in preview.left_out] == [
        (2, "Alleen een datum: die geldt voor de regels eronder."),
        (9, "Een totaal- of subtotaalregel; geen bezoek."),
    ]
    apply(session, location, read_table(path))
    assert (n(session, Visit), n(session, VisitChild)) == (4, 6)


def test_one_row_per_child_in_cp1252_is_one_visit_per_family_per_morning(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "kinderen.csv",
        [
            "Datum;Naam ouder;Naam kind;Geboortedatum kind",
            "4-3-2026;Özlem;Ela;15-5-2024",
            ";Özlem;Mert;",
            ";Chloé;Noé;jan 2025",
            "11-3-2026;Özlem;Ela;5-2024",
            ";Chloé;;",  # the mother came without a child
        ],
        encoding="cp1252",
    )
    # The truth: 4 visits (Özlem and Chloé on 4 and on 11 March), 4 children.
    table = read_table(path)
    mapping = guess_mapping(table.headers, table.rows)
    assert mapping == ColumnMapping(date=0, name=1, child_name=2, child_birth=3)
    preview = plan(session, location, table)
    assert [(v.day, v.family, v.children, v.child_ages) for v in preview.visits] == [
        (date(2026, 3, 4), "Özlem", 2, (22, None)),
        (date(2026, 3, 4), "Chloé", 1, (14,)),
        (date(2026, 3, 11), "Özlem", 1, (22,)),
        (date(2026, 3, 11), "Chloé", 0, ()),
    ]
    apply(session, location, table)
    assert (n(session, Visit), n(session, VisitChild), n(session, Family)) == (4, 4, 2)
    ages = sorted(
        (
            (age, known)
            for age, known in session.exec(select(VisitChild.age_months, VisitChild.age_known)).all()
        ),
        key=lambda pair: (pair[0] is None, pair[0] or 0),
    )
    assert ages == [(14, True), (22, True), (22, True), (None, False)]


def test_excel_unicode_text_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "lijst.txt"
    path.write_bytes("Datum\tNaam\tKinderen\r\n4-3-2026\tZoë\t2\r\n".encode("utf-16"))
    table = read_table(path)
    assert table.rows == [(2, ["4-3-2026", "Zoë", "2"])]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Datum", "Naam moeder", "Naam kind"], ColumnMapping(date=0, name=1, child_name=2)),
        (
            ["Datum", "Ouder/verzorger", "Handtekening ouder", "Kinderen"],
            ColumnMapping(date=0, name=1, children=3),
        ),
        (["Naam", "Geboortedatum", "Adres", "Telefoon"], ColumnMapping(name=0, child_birth=1)),
        (
            ["Datum", "Gezin", "Aantal ouders", "Kinderen"],
            ColumnMapping(date=0, name=1, adults=2, children=3),
        ),
    ],
)
def test_headers_are_read_by_meaning(headers: list[str], expected: ColumnMapping) -> None:
    assert guess_mapping(headers) == expected


def test_a_count_header_over_names_is_taken_as_a_name() -> None:
    rows = [(2, ["4-3-2026", "Sanne", "Ela"]), (3, ["4-3-2026", "Bram", "Mert"])]
    assert guess_mapping(["Datum", "Gezin", "Kind"], rows) == ColumnMapping(date=0, name=1, child_name=2)


def test_a_people_list_is_not_a_visit_list(session: Session, location: Location, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "leden.csv", ["Naam;Geboortedatum;Woonplaats", "Sanne;3-2-2024;Strijen"])
    table = read_table(path)
    with pytest.raises(Rejected, match="geen lijst met bezoeken"):
        plan(session, location, table)
    with pytest.raises(Rejected, match="'Geboortedatum' is een geboortedatum, geen datum van een bezoek"):
        plan(session, location, table, mapping=ColumnMapping(date=1, name=0))
    assert n(session, Visit) == 0


def test_month_first_dates_are_warned_and_can_be_read_so(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "export.csv", ["Date,Name,Children", "01/05/2024,Sanne,1", "02/13/2024,Sanne,2"]
    )
    table = read_table(path)
    preview = plan(session, location, table)
    assert [(w.row, w.message[:39]) for w in preview.warnings] == [
        (3, "De datums lijken maand-dag-jaar geschre")
    ]
    assert [v.day for v in preview.visits] == [date(2024, 5, 1)]
    preview = plan(session, location, table, dates="mdy")
    assert preview.warnings == []
    assert [v.day for v in preview.visits] == [date(2024, 1, 5), date(2024, 2, 13)]
    apply(session, location, table, dates="mdy")
    assert sorted(session.exec(select(Morning.day)).all()) == [date(2024, 1, 5), date(2024, 2, 13)]


def test_unknown_village_is_the_files_and_a_chosen_mapping_is_remembered(
    session: Session, location: Location, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "l.csv", ["Datum;Naam;Woonplaats", "4-3-2026;Sanne;Kl.waal", "4-3-2026;Bram;Strijen"]
    )
    table = read_table(path)
    preview = plan(session, location, table)
    assert preview.unknown_villages == ["Kl.waal"]
    assert preview.unreadable[0].message.startswith("De woonplaats 'Kl.waal' uit het bestand is onbekend")
    result = apply(session, location, table, village_map={"Kl.waal": "Klaaswaal"})
    assert result.visits == 2
    assert imports.remembered_villages(session) == {"kl.waal": "Klaaswaal"}
    other = write_csv(tmp_path / "m.csv", ["Datum;Naam;Woonplaats", "11-3-2026;Noor;KL.WAAL"])
    preview = plan(session, location, read_table(other))
    assert [(v.family, v.village) for v in preview.visits] == [("Noor", "Klaaswaal")]


@pytest.mark.parametrize(
    "formula", ['=HYPERLINK("http://x","Sanne")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"]
)
def test_formula_text_is_never_stored_as_a_name(
    session: Session, location: Location, tmp_path: Path, formula: str
) -> None:
    quoted = '"' + formula.replace('"', '""') + '"'
    path = write_csv(tmp_path / "l.csv", ["Datum;Naam", f"4-3-2026;{quoted}", "4-3-2026;Bram"])
    preview = plan(session, location, read_table(path))
    assert [p.row for p in preview.unreadable] == [2]
    assert "lijkt een formule" in preview.unreadable[0].message
    apply(session, location, read_table(path))
    assert session.exec(select(Family.display_name)).all() == ["Bram"]


# ------------------------------------------------------------------------------------ hostile files


def test_a_huge_csv_field_is_refused_naming_the_row(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_csv(tmp_path / "l.csv", ["Datum;Naam", "4-3-2026;Sanne", "4-3-2026;" + "x" * 1_000_000])
    with pytest.raises(Rejected, match=r"^Regel 3: ") as error:
        read_table(path)
    assert "Sanne" not in caplog.text and "xxx" not in caplog.text
    assert "row 3" in caplog.text or "line 3" in caplog.text
    path = write_csv(tmp_path / "m.csv", ["Datum;Naam", "4-3-2026;Sanne", '4-3-2026;"' + "y" * 20_000 + '"'])
    with pytest.raises(Rejected, match=r"^Regel 3: een vak is langer dan 10000 tekens"):
        read_table(path)
    del error


def test_more_rows_than_the_limit_are_refused_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("Datum;Naam\n" + "4-3-2026;Sanne\n" * (imports.MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(Rejected, match="meer dan 50000 regels"):
        read_table(path)


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "l.csv", ["Datum;Naam", "4-3-2026;Sanne"])
    monkeypatch.setattr(imports, "MAX_FILE_BYTES", 10)
    with pytest.raises(Rejected, match="groter dan"):
        read_table(path)


def rewrite_sheet(path: Path, change: object) -> None:
    """Rewrite the first worksheet's XML in an XLSX file with ``change(xml) -> xml``."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = change(parts[name].decode()).encode()  # type: ignore[operator]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in parts.items():
            target.writestr(filename, data)


def small_workbook(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Datum", "Naam", "Kinderen"])
    sheet.append([datetime(2026, 3, 4), "Sanne", 2])
    workbook.save(path)
    return path


def test_a_small_xlsx_claiming_the_whole_sheet_is_read_by_its_rows(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "claim.xlsx")
    rewrite_sheet(
        path, lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    )
    assert path.stat().st_size < 10_000
    table = read_table(path)
    assert table.headers == ["Datum", "Naam", "Kinderen"]
    assert table.rows == [(2, [datetime(2026, 3, 4), "Sanne", 2])]


def test_an_excel_error_value_is_not_a_name(session: Session, location: Location, tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "fout.xlsx")
    rewrite_sheet(path, lambda xml: re.sub(r'<c r="B2"[^>]*>.*?</c>', '<c r="B2" t="e"><v>#N/A</v></c>', xml))
    preview = plan(session, location, read_table(path))
    assert [(p.row, p.message) for p in preview.unreadable] == [
        (2, "In het vak van de naam staat de Excel-foutwaarde #N/A, geen naam.")
    ]
    assert preview.visits == []


def test_an_xlsx_cell_of_an_odd_type_is_refused_naming_the_row(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "odd.xlsx")
    rewrite_sheet(path, lambda xml: re.sub(r'<c r="C2"([^>]*)><v>2</v>', r'<c r="C2" t="n"><v>twee</v>', xml))
    with pytest.raises(Rejected, match=r"^Regel 2 \(werkblad Sheet\): een vak kan niet worden gelezen"):
        read_table(path)


def test_one_row_per_child_with_merged_parent_and_date_cells(
    session: Session, location: Location, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Datum", "Naam ouder", "Naam kind", "Geboortedatum kind"])
    sheet.append([datetime(2026, 3, 4), "Özlem", "Ela", datetime(2024, 5, 15)])
    sheet.append([None, None, "Mert", None])
    sheet.append([None, "Chloé", "Noé", datetime(2025, 1, 1)])
    sheet.append([None, None, "Lou", None])
    sheet.append([None, None, "Sam", None])
    sheet.merge_cells("A2:A6")
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("B4:B6")
    sheet.append(["Totaal", None, 5, None])
    path = tmp_path / "kinderen.xlsx"
    workbook.save(path)
    # The truth: 2 visits (Özlem with 2 children, Chloé with 3), 5 children.
    preview = plan(session, location, read_table(path))
    assert [(v.family, v.children, v.child_ages) for v in preview.visits] == [
        ("Özlem", 2, (22, None)),
        ("Chloé", 3, (14, None, None)),
    ]
    assert preview.unreadable == []
    apply(session, location, read_table(path))
    assert (n(session, Visit), n(session, VisitChild), n(session, Family)) == (2, 5, 2)
