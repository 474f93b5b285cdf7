"""The Cijfers screen on a real SQLite file: PIN, periods, tiles and charts, k, exports and merging."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from checkin import privacy
from checkin.db import Database
from checkin.demo import fill_demo
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Location
from checkin.services import mornings, visits
from checkin.services.families import ChildInput
from checkin.settings import load_settings
from checkin.stats.measures import build_report
from checkin.stats.model import ALL_LOCATIONS, Report, Section, Value
from tests.helpers.factories import make_family
from ui.app import build_window
from ui.cijfers import CijfersScreen, period_of
from ui.cijfers_period import Period, last_complete, period_containing
from ui.operations import Operations
from ui.operations.figures import in_reading_order
from ui.tasks import ImmediateRunner, ThreadRunner

TODAY = date(2026, 11, 24)  # the last complete quarter is July-September 2026
Q3 = Period("quarter", date(2026, 7, 1), date(2026, 9, 30))
ROOT = Path(__file__).resolve().parents[2]


# --- data ------------------------------------------------------------------------------------------


def _morning(session: Session, location: Location, day: date, families: list[Any]) -> None:
    assert location.id is not None
    morning = mornings.start_morning(
        session, location_id=location.id, day=day, now=datetime.combine(day, time(9, 15))
    )
    assert morning.id is not None
    for n, family in enumerate(families):
        visits.check_in(
            session,
            morning_id=morning.id,
            family_id=family.id,
            now=datetime.combine(day, time(9, 35 + n)),
        )
    mornings.close_morning(
        session, morning_id=morning.id, cash_counted_cents=0, now=datetime.combine(day, time(11, 30))
    )


@pytest.fixture
def small(session: Session, location: Location) -> Location:
    """Ten families A-J; the answers for July-September 2026 (k = 5) are written out in the tests.

    24 June: A-E. 1 July: A-J. 8 July: A-F. 15 July: A. A-E live in Numansdorp, F-I in
    Klaaswaal, J in Strijen; each has one child born May 2024 (2 years old in July 2026).
    """
    villages = ["Numansdorp"] * 5 + ["Klaaswaal"] * 4 + ["Strijen"]
    people = [
        make_family(
            session,
            name=f"Gezin {letter}",
            village=village,
            children=(ChildInput(birth_year=2024, birth_month=5),),
            today=date(2026, 6, 1),
        )
        for letter, village in zip("ABCDEFGHIJ", villages, strict=True)
    ]
    _morning(session, location, date(2026, 6, 24), people[:5])
    _morning(session, location, date(2026, 7, 1), people)
    _morning(session, location, date(2026, 7, 8), people[:6])
    _morning(session, location, date(2026, 7, 15), people[:1])
    return location


@pytest.fixture
def demo_database(session: Session) -> Session:
    fill_demo(session, families=60, weeks=30, locations=2, seed=3, today=date(2026, 11, 25))
    return session


@pytest.fixture
def make_screen(qtbot: QtBot, database: Database) -> Iterator[Callable[..., CijfersScreen]]:
    """Makes the screen (owned by qtbot) and closes any message it left open."""
    made: list[CijfersScreen] = []

    def make(**kwargs: Any) -> CijfersScreen:
        kwargs.setdefault("runner", ImmediateRunner())
        kwargs.setdefault("pin", lambda _parent, _operations: True)
        screen = CijfersScreen(operations=Operations(database=database), today=lambda: TODAY, **kwargs)
        qtbot.addWidget(screen)
        screen.resize(1400, 900)
        made.append(screen)
        return screen

    yield make
    for screen in made:
        if screen.message is not None:
            screen.message.close()


def opened(qtbot: QtBot, screen: CijfersScreen) -> CijfersScreen:
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.show()
    return screen


def tiles(screen: CijfersScreen) -> dict[str, tuple[str, str]]:
    return {key: (tile.number.text(), tile.detail.text()) for key, tile in screen.tiles.items()}


def select_location(qtbot: QtBot, screen: CijfersScreen, name: str) -> None:
    index = screen.location_combo.findText(name)
    assert index >= 0, name
    with qtbot.waitSignal(screen.report_shown):
        screen.location_combo.setCurrentIndex(index)


# --- periods ---------------------------------------------------------------------------------------


def test_periods_step_and_name_themselves() -> None:
    assert last_complete("quarter", TODAY) == Q3
    assert last_complete("month", TODAY) == Period("month", date(2026, 10, 1), date(2026, 10, 31))
    assert last_complete("year", date(2026, 1, 5)) == Period("year", date(2025, 1, 1), date(2025, 12, 31))
    assert Q3.shifted(1) == period_containing("quarter", date(2026, 11, 1))
    assert Q3.shifted(-3) == Period("quarter", date(2025, 10, 1), date(2025, 12, 31))
    assert Period("month", date(2026, 12, 1), date(2026, 12, 31)).shifted(1).start == date(2027, 1, 1)
    custom = Period("custom", date(2026, 7, 1), date(2026, 7, 10))
    assert custom.shifted(1) == Period("custom", date(2026, 7, 11), date(2026, 7, 20))
    assert Q3.label() == "3e kwartaal 2026 (juli t/m september)"
    assert Q3.slug() == "2026-K3"
    assert custom.label() == "1 juli 2026 t/m 10 juli 2026"
    assert period_of(date(2026, 7, 1), date(2026, 9, 30)) == Q3
    assert period_of(date(2026, 2, 1), date(2026, 2, 28)).slug() == "2026-02"
    assert period_of(date(2026, 7, 1), date(2026, 7, 10)).kind == "custom"


# --- opening and the PIN ---------------------------------------------------------------------------


def test_without_a_pin_the_screen_opens_at_once(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    from ui.pin import require_pin

    screen = opened(qtbot, make_screen(pin=require_pin))
    assert screen.unlocked
    assert screen.period == Q3  # the last complete quarter
    assert screen.period_label.text() == "3e kwartaal 2026 (juli t/m september)"
    assert screen.tiles["visits"].number.text() == "17"


def test_with_a_pin_the_coordinator_types_it_first(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], session: Session, small: Location
) -> None:
    from ui.pin import PinDialog, require_pin

    privacy.set_pin(session, new_pin="43210")
    screen = make_screen(pin=require_pin)
    seen: list[str] = []

    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(10, type_pin)
            return
        seen.append(dialog.windowTitle())
        field = dialog.findChild(QLineEdit, "pin")
        assert field is not None
        field.setText("43210")
        dialog.try_pin()

    QTimer.singleShot(0, type_pin)
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.show()
    assert seen == ["Pincode coördinator"]
    assert screen.unlocked
    assert screen.tiles["families"].number.text() == "10"


def test_a_refused_pin_shows_no_figures(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    asked: list[bool] = []

    def refuse(_parent: Any, _operations: Operations) -> bool:
        asked.append(True)
        return False

    screen = make_screen(pin=refuse)
    screen.show()
    qtbot.waitUntil(lambda: asked == [True])
    assert not screen.unlocked
    assert screen.report is None
    assert screen.pages.currentWidget() is screen.locked
    assert not hasattr(screen, "tiles")  # nothing of the figures was even built


def test_the_window_has_the_screen_and_starts_without_charts_or_statistics(database: Database) -> None:
    """The window's start-up does not load QtCharts or the statistics: the screen loads them when opened."""
    code = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from checkin.db import Database
from ui.app import build_window
from ui.tasks import ImmediateRunner
app = QApplication([])
window = build_window(database=Database.open(Path({str(database.data_dir)!r})), runner=ImmediateRunner())
titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
assert titles[-1] == "Cijfers", titles
loaded = [m for m in ("PySide6.QtCharts", "checkin.stats.measures", "checkin.stats.model") if m in sys.modules]
assert loaded == [], loaded
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip().endswith("ok"), result.stdout + result.stderr


def test_the_screen_in_the_window_opens_when_its_tab_is_chosen(
    qtbot: QtBot, database: Database, small: Location
) -> None:
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    window.show()
    screen = window.findChild(CijfersScreen)
    assert screen is not None
    assert window.tabs is not None
    assert window.tabs.tabText(window.tabs.indexOf(screen)) == "Cijfers"
    assert not screen.unlocked  # not opened before the coordinator goes there
    screen.today = lambda: TODAY
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        window.tabs.setCurrentWidget(screen)
    assert screen.tiles["visits"].number.text() == "17"


# --- what is shown ---------------------------------------------------------------------------------


def test_the_small_dataset_shows_the_written_out_answers(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    assert tiles(screen) == {
        "visits": ("17", ""),
        "families": ("10", ""),
        "new_families": ("50%", "5 van 10 gezinnen"),
        "returning_families": ("50%", "5 van 10 gezinnen"),
        "lapsed_families": ("6", ""),  # A-F came twice or more, not since 5 August
        "mornings": ("3", ""),
        "average": ("5,7", "bezoeken per ochtend"),
    }
    assert screen.k_label.text() == "Aantallen kleiner dan 5 worden niet getoond."
    # 8 and 15 July (6 and 1 visits) are folded together: only 1 July is drawn.
    morning_chart = screen.charts["visits_by_morning"]
    assert morning_chart.drawn() == {"1-7\n10": 10.0}
    assert "'overig': 7 bezoeken" in morning_chart.note.text()
    assert screen.charts["new_returning"].drawn() == {"Nieuw\n5": 5.0, "Terugkerend\n5": 5.0}
    assert screen.charts["child_visits"].drawn() == {
        "0-1: 0": 0.0,
        "1-2: 0": 0.0,
        "2-3: 17": 17.0,
        "3-4: 0": 0.0,
        "4+: 0": 0.0,
        "verwacht: 0": 0.0,
    }
    # Klaaswaal (4) and Strijen (1) are below k: together under "overig".
    villages = screen.charts["families_by_village"]
    assert villages.drawn() == {"Numansdorp: 5": 5.0, "overig: 5": 5.0}
    assert "Geen gezinnen uit: " in villages.note.text()
    assert "Klaaswaal" not in villages.note.text() + "".join(villages.categories)
    assert screen.charts["adult_visits"].drawn()["moeder: 17"] == 17.0
    assert screen.charts["arrivals"].drawn() == {"09:30: 17": 17.0}


def test_the_screen_shows_what_build_report_says_on_demo_data(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], demo_database: Session
) -> None:
    screen = opened(qtbot, make_screen())
    report = build_report(demo_database, start=Q3.start, end=Q3.end)
    [combined] = report.sections_of(ALL_LOCATIONS)
    assert len(report.locations) == 2

    def expect(section: Section) -> None:
        for key, measure in (("visits", "visits"), ("families", "families"), ("mornings", "mornings")):
            value = section.value(measure)
            assert value is not None
            assert screen.tiles[key].number.text() == value.dutch(report.k)
        drawn = screen.charts["theme_visits"].drawn()
        breakdown = in_reading_order(section, "theme_visits")  # the order of every export
        assert list(drawn.values()) == [float(f.value.shown) for f in breakdown]
        assert list(drawn) == [f"{f.category}: {f.value.dutch(report.k)}" for f in breakdown]

    expect(combined)
    for name in report.locations:
        select_location(qtbot, screen, name)
        [own] = build_report(
            demo_database, start=Q3.start, end=Q3.end, location_id=_location_id(demo_database, name)
        ).sections
        expect(own)
        for chart in screen.charts.values():  # each report replaces the last one's bars and labels
            assert len(chart.chart.axes()) == 2 and len(chart.chart.series()) == 1
            assert chart.series.count() == (0 if chart.bar_set is None else 1)
        ages = screen.charts["child_visits"].drawn()
        assert sum(ages.values()) == sum(f.value.shown for f in own.breakdown("child_visits"))


def _location_id(session: Session, name: str) -> int:
    from checkin.services.locations import list_locations

    [found] = [loc.id for loc in list_locations(session) if loc.name == name]
    assert found is not None
    return found


def test_previous_next_and_kind_change_the_period(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    assert screen.next_button.isEnabled()  # October-December has begun
    with qtbot.waitSignal(screen.report_shown):
        screen.previous_button.click()
    assert screen.period == Period("quarter", date(2026, 4, 1), date(2026, 6, 30))
    assert tiles(screen)["visits"] == ("5", "")  # 24 June: A-E
    with qtbot.waitSignal(screen.report_shown):
        screen.next_button.click()
    with qtbot.waitSignal(screen.report_shown):
        screen.next_button.click()  # October-December: the quarter of today
    assert screen.period.start == date(2026, 10, 1)
    assert not screen.next_button.isEnabled()  # no figures of the future
    assert tiles(screen)["visits"] == ("0", "")
    assert tiles(screen)["average"] == ("–", "geen ochtenden")
    with qtbot.waitSignal(screen.report_shown):
        screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("month"))
    assert screen.period == Period("month", date(2026, 10, 1), date(2026, 10, 31))
    with qtbot.waitSignal(screen.report_shown):
        screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("year"))
    assert screen.period == Period("year", date(2025, 1, 1), date(2025, 12, 31))


def test_a_small_own_period_is_suppressed_and_not_drawn(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    with qtbot.waitSignal(screen.report_shown):
        screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("custom"))
    assert screen.start_edit.isVisible()
    with qtbot.waitSignal(screen.report_shown):
        screen.start_edit.setDate(date(2026, 7, 15))  # type: ignore[arg-type]
    with qtbot.waitSignal(screen.report_shown):
        screen.end_edit.setDate(date(2026, 7, 15))  # type: ignore[arg-type]
    assert screen.period == Period("custom", date(2026, 7, 15), date(2026, 7, 15))
    shown = tiles(screen)
    assert shown["visits"] == ("minder dan 5", "")  # one visit
    assert shown["families"] == ("minder dan 5", "")
    assert shown["new_families"][0] == "–"  # hidden values read as in every export
    assert shown["average"] == ("–", "te weinig bezoeken om te tonen")
    assert shown["mornings"] == ("1", "")  # mornings count no people
    for key in ("visits_by_morning", "child_visits", "families_by_village", "adult_visits"):
        chart = screen.charts[key]
        assert chart.bar_set is None, key  # no bar, not even an empty one
        assert chart.note.text() == "In totaal minder dan 5: niet getoond.", key
    assert "kleiner dan 5" in screen.charts["new_returning"].note.text()


def test_a_reversed_own_period_gets_a_dutch_message(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("custom"))
    screen.start_edit.setDate(date(2026, 9, 1))  # type: ignore[arg-type]
    screen.end_edit.setDate(date(2026, 8, 1))  # type: ignore[arg-type]
    assert screen.status.text() == "De einddatum ligt voor de begindatum."
    assert screen.report is None
    assert tiles(screen)["visits"] == ("–", "")


def test_the_charts_never_draw_a_suppressed_value(qtbot: QtBot) -> None:
    from ui.cijfers_charts import Bar, BarChart, value_text

    chart = BarChart(title="Volwassenen", horizontal=True)
    qtbot.addWidget(chart)
    chart.show_bars(
        [Bar("moeder", Value.exact(40)), Bar("vader", Value.suppressed()), Bar("samen", Value.lower(12))], k=5
    )
    assert chart.drawn() == {"moeder: 40": 40.0, "vader: minder dan 5": 0.0, "samen: ten minste 12": 12.0}
    assert chart.note.text() == "Geen staaf bij vader: minder dan 5, dus niet getoond."
    upright = BarChart(title="Aankomsttijden")
    qtbot.addWidget(upright)
    upright.show_bars([Bar("09:30", Value.lower(37)), Bar("10:00", Value.exact(8))], k=5)
    assert upright.drawn() == {"09:30\nten minste\n37": 37.0, "10:00\n8": 8.0}
    axis = upright.chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == ["09:30<br>ten minste<br>37", "10:00<br>8"]
    for value in (Value.exact(3), Value.suppressed(), Value.lower(37)):
        assert value_text(value, 5) == value.dutch(5)


def test_the_figures_follow_new_check_ins_when_shown_again(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], session: Session, small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    screen.hide()
    _morning(session, small, date(2026, 9, 2), [make_family(session, name=f"Nieuw {n}") for n in range(5)])
    with qtbot.waitSignal(screen.report_shown):
        screen.show()
    assert tiles(screen)["visits"] == ("22", "")
    assert tiles(screen)["new_families"] == ("67%", "10 van 15 gezinnen")


def test_a_background_runner_shows_busy_and_then_the_figures(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    runner = ThreadRunner()
    screen = make_screen(runner=runner)
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.show()
    assert not screen.busy.isVisible()
    assert tiles(screen)["visits"] == ("17", "")
    runner.wait()


# --- k ---------------------------------------------------------------------------------------------


def test_changing_k_is_stored_and_changes_what_is_shown(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], database: Database, small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    assert tiles(screen)["families"] == ("10", "")
    screen.k_spin.setValue(11)
    with qtbot.waitSignal(screen.report_shown):
        screen.k_button.click()
    with database.session() as fresh:
        assert load_settings(fresh).min_count == 11
    assert screen.k_label.text() == "Aantallen kleiner dan 11 worden niet getoond."
    assert tiles(screen)["families"] == ("minder dan 11", "")
    assert tiles(screen)["visits"] == ("17", "")
    assert screen.charts["new_returning"].bar_set is None


def test_a_refused_k_is_told_in_dutch_and_changes_nothing(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], database: Database, small: Location
) -> None:
    screen = opened(qtbot, make_screen())
    assert screen.k_spin.minimum() == 3
    assert not screen.set_min_count(2)
    assert screen.message is not None
    assert screen.message.text() == "De minimale telling k mag niet lager zijn dan 3."
    with database.session() as fresh:
        assert load_settings(fresh).min_count == 5


# --- exports ---------------------------------------------------------------------------------------


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """QFileDialog.getSaveFileName answers ``target``; returns the default names it was offered."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, default: str, _filter: str) -> tuple[str, str]:
        offered.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def export(qtbot: QtBot, screen: CijfersScreen, fmt: str) -> Path:
    with qtbot.waitSignal(screen.export_written, timeout=20000) as written:
        screen.export_actions[fmt].trigger()
    path: Path = written.args[0]
    return path


def test_export_offers_a_name_in_documents_and_writes_through_the_renderer(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The screen's part of an export (name, background, atomic write, message) with a stand-in format."""
    rendered: list[Report] = []
    fake = types.ModuleType("checkin.stats.csv_export")

    def render(report: Report, language: str) -> bytes:
        assert language == "nl"  # the exports are Dutch unless chosen otherwise
        rendered.append(report)
        return b"location,visits\n"

    fake.render = render  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "checkin.stats.csv_export", fake)
    screen = opened(qtbot, make_screen())
    folder = tmp_path / "export"
    folder.mkdir()
    offered = save_as(monkeypatch, folder / "uit")  # the suffix is added
    path = export(qtbot, screen, "csv")
    assert Path(offered[0]).name == "cijfers-2026-K3-alle-locaties.csv"
    assert path == folder / "uit.csv"
    assert path.read_bytes() == b"location,visits\n"
    assert rendered == [screen.report]
    assert [p.name for p in folder.iterdir()] == ["uit.csv"]  # no temporary file left behind
    assert screen.message is not None
    assert "De cijfers zijn opgeslagen in" in screen.message.text()
    assert sorted(b.text() for b in screen.message.buttons()) == ["&Openen", "&Sluiten"]
    opened_urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened_urls.append(url.toLocalFile()))
    )
    assert screen.open_button is not None
    screen.open_button.click()
    assert opened_urls == [str(path)]
    select_location(qtbot, screen, "De Kleine Knuistjes")
    screen.export_actions["csv"].trigger()
    assert Path(offered[1]).name == "cijfers-2026-K3-de-kleine-knuistjes.csv"


def test_a_refused_export_is_told_in_dutch_and_writes_nothing(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = types.ModuleType("checkin.stats.pdf_report")

    def render(_report: Report, language: str) -> bytes:
        raise Rejected(N_("De minimale telling k is te groot (hoogstens 1000)."))

    fake.render = render  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "checkin.stats.pdf_report", fake)
    screen = opened(qtbot, make_screen())
    save_as(monkeypatch, tmp_path / "cijfers.pdf")
    screen.export_actions["pdf"].trigger()
    qtbot.waitUntil(lambda: screen.message is not None)
    assert screen.message is not None
    assert screen.message.windowTitle() == "Exporteren lukt niet"
    assert screen.message.text() == "De minimale telling k is te groot (hoogstens 1000)."
    assert screen.progress is None
    assert list(tmp_path.glob("cijfers*")) == []


def test_exporting_csv_from_the_screen_parses_back(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import csv

    screen = opened(qtbot, make_screen())
    save_as(monkeypatch, tmp_path / "cijfers.csv")
    path = export(qtbot, screen, "csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    visits = [r for r in rows if r["measure"] == "visits" and r["category"] == ""]
    assert [r["value"] for r in visits] == ["17"]
    assert {r["period_start"] for r in rows} == {"2026-07-01"}


def test_exporting_json_from_the_screen_loads_back(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from checkin.stats import json_export

    screen = opened(qtbot, make_screen())
    save_as(monkeypatch, tmp_path / "cijfers.json")
    path = export(qtbot, screen, "json")
    json.loads(path.read_text(encoding="utf-8"))
    loaded = json_export.load_export(path.read_bytes(), name=path.name)
    assert loaded.k == 5
    assert loaded.sections[0].value("visits") == Value.exact(17)


def test_exporting_xlsx_and_pdf_from_the_screen_reads_back(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    screen = opened(qtbot, make_screen())
    save_as(monkeypatch, tmp_path / "cijfers.xlsx")
    workbook = load_workbook(export(qtbot, screen, "xlsx"))
    assert "Uitleg" in workbook.sheetnames
    overview = [row for row in workbook["Overzicht"].iter_rows(values_only=True) if row[0] == "Bezoeken"]
    assert overview and overview[0][1] == 17
    screen.message = None
    save_as(monkeypatch, tmp_path / "cijfers.pdf")
    text = "".join(page.extract_text() for page in PdfReader(export(qtbot, screen, "pdf")).pages)
    assert "3e kwartaal 2026" in text
    assert "Uitleg" in text


def test_the_export_menu_offers_the_files_language_dutch_unless_chosen(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    screen = opened(qtbot, make_screen())
    choices = screen.export_languages
    assert [action.text() for action in choices.values()] == ["Nederlands", "English"]
    assert choices["nl"].isChecked() and not choices["en"].isChecked()
    assert "Taal van het bestand" in [a.text() for a in screen.export_menu.actions() if a.isSeparator()]
    save_as(monkeypatch, tmp_path / "cijfers.xlsx")
    assert load_workbook(export(qtbot, screen, "xlsx")).sheetnames[0] == "Overzicht"

    choices["en"].trigger()
    assert screen.export_language == "en" and not choices["nl"].isChecked()
    screen.message = None
    save_as(monkeypatch, tmp_path / "figures.xlsx")
    workbook = load_workbook(export(qtbot, screen, "xlsx"))
    assert workbook.sheetnames[0] == "Overview"
    visits = [row for row in workbook["Overview"].iter_rows(values_only=True) if row[0] == "Visits"]
    assert visits and visits[0][1] == 17


# --- merging ---------------------------------------------------------------------------------------


def _section(location: str, visits: Value) -> Section:
    from checkin.stats.model import Figure

    return Section(
        location, Q3.start, Q3.end, [Figure("visits", "", visits), Figure("mornings", "", Value.exact(12))]
    )


@pytest.fixture
def stand_in_merge(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Stand-ins for json_export.load_export and merge.merge_reports (the screen's side of merging)."""
    calls: list[Any] = []
    loader = types.ModuleType("checkin.stats.json_export")
    merger = types.ModuleType("checkin.stats.merge")

    def load_export(data: bytes, *, name: str) -> Report:
        if not data.startswith(b"{"):
            raise Rejected(N_("Dit is geen cijferbestand van de app."))
        location = json.loads(data)["location"]
        return Report(5, Q3.start, Q3.end, [location], [_section(location, Value.exact(40))])

    def merge_reports(reports: Any) -> Report:
        calls.append([name for name, _ in reports])
        sections = [s for _, r in reports for s in r.sections]
        combined = _section(ALL_LOCATIONS, Value.lower(40 * len(reports) + 1))
        names = [name for name, _ in reports]
        return Report(5, Q3.start, Q3.end, [s.location for s in sections], [*sections, combined], names)

    loader.load_export = load_export  # type: ignore[attr-defined]
    merger.merge_reports = merge_reports  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "checkin.stats.json_export", loader)
    monkeypatch.setitem(sys.modules, "checkin.stats.merge", merger)
    return calls


def _files(tmp_path: Path, **contents: bytes) -> list[Path]:
    paths = []
    for name, data in contents.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_merging_shows_the_banner_and_back_returns_to_own_figures(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stand_in_merge: list[Any],
) -> None:
    screen = opened(qtbot, make_screen())
    paths = _files(
        tmp_path,
        strijen=b'{"location": "Strijen"}',
        klaaswaal=b'{"location": "Klaaswaal"}',
        maasdam=b'{"location": "Maasdam"}',
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a: ([str(p) for p in paths], ""))
    )
    with qtbot.waitSignal(screen.report_shown):
        screen.merge_button.click()
    assert stand_in_merge == [["strijen.json", "klaaswaal.json", "maasdam.json"]]
    assert screen.banner_row.isVisible()
    assert screen.banner.text().startswith("Samengevoegd overzicht uit 3 bestanden")
    assert tiles(screen)["visits"] == ("ten minste 121", "")
    assert tiles(screen)["average"] == ("ten minste 10,1", "bezoeken per ochtend")
    assert [screen.location_combo.itemText(i) for i in range(screen.location_combo.count())] == [
        "Alle locaties",
        "Strijen",
        "Klaaswaal",
        "Maasdam",
    ]
    select_location(qtbot, screen, "Klaaswaal")
    assert tiles(screen)["visits"] == ("40", "")
    assert not screen.k_button.isEnabled() and not screen.previous_button.isEnabled()
    assert screen.default_file_name("xlsx") == "cijfers-2026-K3-samengevoegd.xlsx"
    with qtbot.waitSignal(screen.report_shown):
        screen.back_button.click()
    assert not screen.banner_row.isVisible()
    assert tiles(screen)["visits"] == ("17", "")
    assert screen.location_combo.itemText(1) == "De Kleine Knuistjes"


def test_a_bad_merge_file_is_named_in_dutch_and_changes_nothing(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    small: Location,
    tmp_path: Path,
    stand_in_merge: list[Any],
) -> None:
    screen = opened(qtbot, make_screen())
    before = screen.report
    paths = _files(tmp_path, goed=b'{"location": "Strijen"}', kapot=b"PK\x03\x04 not json")
    screen.merge_files([*paths, tmp_path / "weg.json"])
    qtbot.waitUntil(lambda: screen.message is not None)
    assert screen.message is not None
    text = screen.message.text()
    assert text.startswith("Deze bestanden kunnen niet worden samengevoegd:")
    assert "kapot.json: Dit is geen cijferbestand van de app." in text
    assert "weg.json: het bestand kan niet worden gelezen." in text
    assert "goed.json" not in text
    assert text.endswith("Er is niets veranderd.")
    assert stand_in_merge == []  # nothing was merged
    assert screen.merged is None and screen.report is before
    assert not screen.banner_row.isVisible()
    assert tiles(screen)["visits"] == ("17", "")


def test_merging_two_real_exports_of_the_screen(
    qtbot: QtBot,
    make_screen: Callable[..., CijfersScreen],
    demo_database: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = opened(qtbot, make_screen())
    names = [screen.location_combo.itemText(i) for i in (1, 2)]
    files = []
    for n, name in enumerate(names):
        select_location(qtbot, screen, name)
        save_as(monkeypatch, tmp_path / f"plek{n}.json")
        files.append(export(qtbot, screen, "json"))
    with qtbot.waitSignal(screen.report_shown):
        screen.merge_files(files)
    assert screen.banner.text().startswith("Samengevoegd overzicht uit 2 bestanden")
    report = build_report(demo_database, start=Q3.start, end=Q3.end)
    [combined] = report.sections_of(ALL_LOCATIONS)
    value = combined.value("visits")
    assert value is not None
    assert tiles(screen)["visits"][0] == value.dutch(report.k)
    # Exports of the merged overview work the same way.
    save_as(monkeypatch, tmp_path / "samen.json")
    merged_file = export(qtbot, screen, "json")
    assert merged_file.exists()


def test_an_english_translation_reaches_the_screen_texts(qtbot: QtBot, tmp_path: Path) -> None:
    """The contexts the screen translates in are those lupdate writes the texts under."""
    import importlib.util
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.cijfers_charts import Bar, BarChart

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    [ts] = script.update(tmp_path)
    english = {
        "juli": "July",
        "september": "September",
        "{q}e kwartaal {year} ({first} t/m {last})": "Q{q} {year} ({first} to {last})",
        "Geen staaf bij {names}: minder dan {k}, dus niet getoond.": "No bar for {names}: fewer than {k}.",
        "Nieuw": "New",
    }
    tree = ET.parse(ts)
    filled = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in english and translation is not None:
            translation.text = english[source]
            translation.attrib.pop("type", None)
            filled.add(source)
    assert filled == set(english)
    tree.write(ts, encoding="utf-8")
    qm = tmp_path / "en.qm"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert Q3.label() == "Q3 2026 (July to September)"
        chart = BarChart(title="x", horizontal=True)
        chart.show_bars([Bar("a", Value.exact(9)), Bar("b", Value.suppressed())], k=5)
        assert chart.note.text() == "No bar for b: fewer than 5."
        chart.deleteLater()
    finally:
        app.removeTranslator(translator)


# --- the measure registry --------------------------------------------------------------------------


def test_every_measure_of_the_registry_is_on_the_screen_with_its_title(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    from checkin.stats import registry

    screen = opened(qtbot, make_screen())
    for measure in registry.measures():
        if measure.chart == "tile":
            assert screen.tiles[measure.key].caption.text() == measure.title, measure.key
        else:
            assert screen.charts[measure.key].title.text() == measure.title, measure.key


def test_a_measure_registered_later_gets_its_chart_without_other_code(
    qtbot: QtBot, make_screen: Callable[..., CijfersScreen], small: Location
) -> None:
    from checkin.stats import registry
    from tests.checkin.stats.test_registry import VISITS_BY_WEEKDAY

    with registry.registered(VISITS_BY_WEEKDAY):
        screen = opened(qtbot, make_screen())
        chart = screen.charts["visits_by_weekday"]
        assert chart.title.text() == "Bezoeken per weekdag"
        assert chart.drawn()["woensdag: 17"] == 17.0  # every morning of the small set is a Wednesday
