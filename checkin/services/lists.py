"""The editable lists: villages, referral sources, consumption kinds, themes."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from checkin import rules
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import ListItem
from checkin.text import clean


def ensure_default_lists(session: Session) -> None:
    """Fill each list that has no entries yet with the defaults of docs/product.md; commits."""
    for kind, values in rules.DEFAULT_LISTS.items():
        count = session.exec(select(func.count()).select_from(ListItem).where(ListItem.kind == kind)).one()
        if count == 0:
            for position, value in enumerate(values):
                session.add(ListItem(kind=kind, value=value, position=position))
    session.commit()


def list_values(session: Session, kind: str, *, include_inactive: bool = False) -> list[str]:
    query = select(ListItem.value).where(ListItem.kind == kind)
    if not include_inactive:
        query = query.where(ListItem.active)
    return list(session.exec(query.order_by(col(ListItem.position), col(ListItem.id))))


def add_list_value(session: Session, *, kind: str, value: str) -> ListItem:
    """Add an entry at the end of a list; an entry that was switched off comes back."""
    if kind not in rules.LIST_KINDS:
        raise Rejected(N_("Onbekende lijst: {kind}."), kind=kind)
    value = clean(value)
    if not value:
        raise Rejected(N_("Vul een naam in."))
    if len(value) > rules.MAX_LIST_VALUE_LENGTH:
        raise Rejected(N_("Een naam mag hoogstens {n} tekens lang zijn."), n=rules.MAX_LIST_VALUE_LENGTH)
    existing = session.exec(select(ListItem).where(ListItem.kind == kind, ListItem.value == value)).first()
    if existing is not None:
        if existing.active:
            raise Rejected(N_("'{value}' staat al in de lijst."), value=value)
        existing.active = True
        session.commit()
        return existing
    last = session.exec(select(func.max(ListItem.position)).where(ListItem.kind == kind)).one()
    item = ListItem(kind=kind, value=value, position=(last or 0) + 1)
    session.add(item)
    session.commit()
    return item


def require_in_list(session: Session, *, kind: str, value: str, message: str) -> str:
    """``value`` cleaned, if it is an active entry of the list; otherwise ``Rejected(message)``."""
    value = clean(value)
    if value not in list_values(session, kind):
        raise Rejected(message, value=value)
    return value


def switch_off_list_value(session: Session, *, kind: str, value: str) -> ListItem:
    """Take an entry out of a list's choices; figures keep counting what was recorded with it.

    The last active entry of a list stays: a form always needs something to choose.
    """
    item = session.exec(select(ListItem).where(ListItem.kind == kind, ListItem.value == value)).first()
    if item is None or not item.active:
        raise Rejected(N_("'{value}' staat niet (meer) in de lijst."), value=value)
    if len(list_values(session, kind)) <= 1:
        raise Rejected(N_("Een lijst heeft minstens één keuze nodig."))
    item.active = False
    session.commit()
    return item
