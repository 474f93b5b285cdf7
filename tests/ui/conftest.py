"""Fixtures for the window: a fixed clock and the Vandaag screen over a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from checkin.db import Database
from checkin.models import Location
from tests.helpers.factories import WEDNESDAY
from ui.operations import Operations
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen


class Clock:
    """Wednesday morning; every reading is a minute later than the one before."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.combine(WEDNESDAY, time(9, 30)))


@pytest.fixture
def operations(database: Database) -> Operations:
    return Operations(database=database)


@pytest.fixture
def make_screen(qtbot: QtBot, operations: Operations, clock: Clock) -> Callable[..., VandaagScreen]:
    def make(**kwargs: object) -> VandaagScreen:
        screen = VandaagScreen(operations=operations, runner=ImmediateRunner(), clock=clock, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return make


@pytest.fixture
def screen(location: Location, make_screen: Callable[..., VandaagScreen]) -> VandaagScreen:
    return make_screen()
