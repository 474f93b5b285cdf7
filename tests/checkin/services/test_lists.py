"""The editable lists and their defaults."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from checkin import rules
from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import ListItem
from checkin.services import lists
from tests.helpers.dbdump import counts, rejected_unchanged


def test_the_defaults_of_product_md(session: Session) -> None:
    villages = lists.list_values(session, "village")
    assert villages == list(rules.DEFAULT_VILLAGES)
    assert "Numansdorp" in villages and villages[-1] == "buiten de Hoeksche Waard"
    assert lists.list_values(session, "referral") == [
        "consultatiebureau/JGZ",
        "kinderopvang/school",
        "familie of vrienden",
        "Facebook/online",
        "flyer/poster",
        "anders",
    ]
    assert lists.list_values(session, "consumption") == ["koffie", "thee", "limonade"]
    assert lists.list_values(session, "theme") == list(rules.DEFAULT_THEMES)


def test_defaults_are_filled_once(database: Database, session: Session) -> None:
    before = counts(database)["listitem"]
    lists.ensure_default_lists(session)
    assert counts(database)["listitem"] == before


def test_defaults_do_not_refill_an_edited_list(session: Session) -> None:
    for item in session.exec(select(ListItem).where(ListItem.kind == "theme", ListItem.value != "Slapen")):
        session.delete(item)
    session.commit()
    lists.ensure_default_lists(session)
    assert lists.list_values(session, "theme") == ["Slapen"]


def test_add_a_value_at_the_end(database: Database, session: Session) -> None:
    item = lists.add_list_value(session, kind="consumption", value="  warme   chocolademelk ")
    assert item.value == "warme chocolademelk"
    assert lists.list_values(session, "consumption")[-1] == "warme chocolademelk"
    with database.session() as fresh:
        assert (
            fresh.exec(select(ListItem).where(ListItem.value == "warme chocolademelk")).one().kind
            == "consumption"
        )


def test_a_switched_off_value_comes_back(database: Database, session: Session) -> None:
    item = session.exec(select(ListItem).where(ListItem.value == "Mookhoek")).one()
    item.active = False
    session.commit()
    assert "Mookhoek" not in lists.list_values(session, "village")
    assert "Mookhoek" in lists.list_values(session, "village", include_inactive=True)
    before = counts(database)["listitem"]
    again = lists.add_list_value(session, kind="village", value="Mookhoek")
    assert again.id == item.id
    assert "Mookhoek" in lists.list_values(session, "village")
    assert counts(database)["listitem"] == before


@pytest.mark.parametrize(
    ("kind", "value", "phrase"),
    [
        ("kleur", "rood", "Onbekende lijst: kleur"),
        ("village", "   ", "Vul een naam in"),
        ("village", "", "Vul een naam in"),
        ("theme", "x" * 61, "hoogstens 60 tekens"),
        ("village", "Numansdorp", "'Numansdorp' staat al in de lijst"),
    ],
)
def test_add_rejects_bad_values(
    database: Database, session: Session, kind: str, value: str, phrase: str
) -> None:
    with rejected_unchanged(database, phrase):
        lists.add_list_value(session, kind=kind, value=value)


def test_require_in_list(database: Database, session: Session) -> None:
    assert lists.require_in_list(session, kind="village", value=" Strijen ", message="nee") == "Strijen"
    with rejected_unchanged(database, "Kies 'Parijs' niet"):
        lists.require_in_list(session, kind="village", value="Parijs", message="Kies '{value}' niet")


def test_switch_off_keeps_the_entry_for_the_figures(database: Database, session: Session) -> None:
    before = counts(database)["listitem"]
    lists.switch_off_list_value(session, kind="theme", value="Slapen")
    assert "Slapen" not in lists.list_values(session, "theme")
    assert "Slapen" in lists.list_values(session, "theme", include_inactive=True)
    assert counts(database)["listitem"] == before
    with pytest.raises(Rejected, match="staat niet"):
        lists.switch_off_list_value(session, kind="theme", value="Slapen")


def test_the_last_choice_of_a_list_stays(session: Session) -> None:
    for value in lists.list_values(session, "consumption")[1:]:
        lists.switch_off_list_value(session, kind="consumption", value=value)
    (last,) = lists.list_values(session, "consumption")
    with pytest.raises(Rejected, match="minstens één keuze"):
        lists.switch_off_list_value(session, kind="consumption", value=last)
    assert lists.list_values(session, "consumption") == [last]
