"""Operations of the Gezinnen screen: the list of families, editing one, its card, Inzage, erasure.

Each function runs its service in one session (one action is one transaction) and returns plain
data. The plain types the screen needs are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import journal, privacy
from checkin.journal import PossibleDouble as PossibleDouble
from checkin.privacy import Anonymised as Anonymised
from checkin.services import families, lists, printing
from checkin.services.families import ChildAge as ChildAge
from checkin.services.families import ChildInput as ChildInput
from checkin.services.families import FamilyInput as FamilyInput
from checkin.services.families import FamilyOverview as FamilyOverview
from checkin.services.families import search_filter as search_filter
from checkin.settings import load_settings
from ui.messages import core_text
from ui.operations import Operations

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class FamilyForEdit:
    """A stored family as the edit dialog starts from it, with the lists to choose from."""

    family_id: int
    data: FamilyInput
    """Name, village, referral and the children with their ids; consent was given at registration."""
    villages: tuple[str, ...]
    referrals: tuple[str, ...]


@dataclass(frozen=True)
class SavedFamily:
    family_id: int
    code: str
    display_name: str


def overview(operations: Operations, *, today: date) -> list[FamilyOverview]:
    """Every family that is not erased, for the Gezinnen list (children's ages on ``today``)."""
    return operations.run(lambda session: families.family_overview(session, today=today))


def possible_doubles(operations: Operations) -> list[PossibleDouble]:
    """Families registered at a desk without the server that look like one registered already."""
    return operations.run(journal.possible_doubles)


def family_name(operations: Operations, family_id: int) -> str:
    """The family's name, or its code when it has none; ``Rejected`` when unknown or erased."""
    family = operations.run(lambda session: families.get_family(session, family_id))
    return family.display_name or family.code or ""


def for_edit(operations: Operations, family_id: int) -> FamilyForEdit:
    """The family's data and the active villages and referrals, read in one session."""

    def read(session: Session) -> FamilyForEdit:
        family = families.get_family(session, family_id)
        children = tuple(
            ChildInput(
                birth_year=child.birth_year,
                birth_month=child.birth_month,
                expected=child.expected,
                nickname=child.nickname,
                id=child.id,
            )
            for child in families.children_of(session, family_id)
        )
        return FamilyForEdit(
            family_id=family_id,
            data=FamilyInput(
                display_name=family.display_name or "",
                village=family.village,
                referral=family.referral,
                children=children,
                consent=True,
            ),
            villages=tuple(lists.list_values(session, "village")),
            referrals=tuple(lists.list_values(session, "referral")),
        )

    return operations.run(read)


def update(operations: Operations, *, family_id: int, data: FamilyInput, today: date) -> SavedFamily:
    """Save a family's name, village, referral and children at once; ``Rejected`` changes nothing."""

    def save(session: Session) -> SavedFamily:
        family = families.update_family(session, family_id=family_id, data=data, today=today)
        return SavedFamily(
            family_id=family_id, code=family.code or "", display_name=family.display_name or ""
        )

    return operations.run(save)


def card_pdf(operations: Operations, *, code: str) -> bytes:
    """The check-in card of the family with ``code``, with its name, as PDF bytes."""
    return operations.run(lambda session: printing.cards_pdf(session, codes=[code], with_names=True))


def save_access_report(operations: Operations, *, family_id: int, out: Path, printed_on: date) -> Path:
    """Write the "Inzage" PDF of everything stored about the family to ``out``; returns ``out``.

    The record and the retention period are read in one session; the file is written after it.
    """
    from checkin import access_report  # reportlab: loaded when a report is made, not at start

    def read(session: Session) -> tuple[access_report.FamilyRecord, int]:
        record = access_report.family_record(session, family_id=family_id)
        return record, load_settings(session).retention_months

    record, months = operations.run(read)
    return access_report.write_access_report(
        record, out=out, printed_on=printed_on, retention_months=months, translate=core_text
    )


def erase(operations: Operations, *, family_id: int) -> Anonymised:
    """Erase a family on request: here, in the WAL and in the backups of the data folder.

    Says how many backups were changed (``Anonymised.backups_changed``).
    """
    return privacy.erase_everywhere(operations.database, family_id=family_id)
