"""A state machine over check-ins, undos and drinks: the cash always equals the paid drinks."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from checkin.db import Database
from checkin.errors import Rejected
from checkin.services import drinks, mornings, visits
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location, make_morning


class MorningMachine(RuleBasedStateMachine):
    visits_ = Bundle("visits")
    consumptions = Bundle("consumptions")

    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        self.database = Database.open(Path(self._tmp.name))
        with self.database.session() as session:
            ensure_default_lists(session)
            location = make_location(session)
            self.morning_id = make_morning(session, location).id
            self.family_ids = [make_family(session, name=f"Gezin {n}").id for n in range(4)]
        self.present: dict[int, int] = {}  # family -> visit
        self.expected_cash = 0
        self.expected_pin = 0
        self.drinks: dict[int, tuple[int | None, str, int]] = {}  # consumption -> (visit, payment, cents)

    def teardown(self) -> None:
        self.database.dispose()
        self._tmp.cleanup()

    @rule(target=visits_, family=st.integers(0, 3))
    def check_in(self, family: int) -> int:
        family_id = self.family_ids[family]
        with self.database.session() as session:
            try:
                visit = visits.check_in(session, morning_id=self.morning_id, family_id=family_id)
            except Rejected:
                assert family_id in self.present  # only a second check-in is refused
                return self.present[family_id]
        assert family_id not in self.present
        self.present[family_id] = visit.id
        return visit.id

    @rule(visit_id=consumes(visits_))
    def undo(self, visit_id: int) -> None:
        with self.database.session() as session:
            try:
                visits.undo_check_in(session, visit_id=visit_id)
            except Rejected:
                assert visit_id not in self.present.values()
                return
        self.present = {f: v for f, v in self.present.items() if v != visit_id}
        for cid, (vid, _, _) in list(self.drinks.items()):
            if vid == visit_id:
                self._forget(cid)

    def _forget(self, consumption_id: int) -> None:
        _, payment, cents = self.drinks.pop(consumption_id)
        if payment == "contant":
            self.expected_cash -= cents
        elif payment == "pin":
            self.expected_pin -= cents

    @rule(
        target=consumptions,
        on_visit=st.booleans(),
        quantity=st.integers(-1, 22),
        payment=st.sampled_from(["contant", "pin", "gratis", "bitcoin"]),
        kind=st.sampled_from(["koffie", "thee", "limonade", "wijn"]),
    )
    def drink(self, on_visit: bool, quantity: int, payment: str, kind: str) -> int:
        visit_id = next(iter(self.present.values()), None) if on_visit else None
        with self.database.session() as session:
            try:
                consumption = drinks.record_drinks(
                    session,
                    morning_id=self.morning_id,
                    kind=kind,
                    quantity=quantity,
                    payment=payment,
                    visit_id=visit_id,
                )
            except Rejected:
                assert not (1 <= quantity <= 20) or payment == "bitcoin" or kind == "wijn"
                return -1
        cents = 0 if payment == "gratis" else quantity * 50
        self.drinks[consumption.id] = (visit_id, payment, cents)
        if payment == "contant":
            self.expected_cash += cents
        elif payment == "pin":
            self.expected_pin += cents
        return consumption.id

    @rule(consumption_id=consumes(consumptions))
    def undo_drink(self, consumption_id: int) -> None:
        with self.database.session() as session:
            try:
                drinks.undo_drinks(session, consumption_id=consumption_id)
            except Rejected:
                assert consumption_id not in self.drinks
                return
        self._forget(consumption_id)

    @invariant()
    def cash_equals_paid_drinks(self) -> None:
        with self.database.session() as session:
            summary = mornings.summary(session, self.morning_id)
            present = visits.present(session, self.morning_id)
        assert summary.expected_cash_cents == self.expected_cash
        assert summary.pin_cents == self.expected_pin
        assert summary.visits == len(self.present)
        owed = sum(cents for vid, payment, cents in self.drinks.values() if vid is not None)
        assert sum(row.owed_cents for row in present) == owed


MorningMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=20, deadline=None)
TestMorning = MorningMachine.TestCase
