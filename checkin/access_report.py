""" "Inzage": a printable PDF of everything stored about one family (the parent's right of access).

``family_record`` gathers the data from the database; ``write_access_report`` lays it out with
the flyers' PDF code (``checkin.pdf.access``: the shipped DejaVu fonts, so names such as Gülşen
or Łucja print on every platform) and writes it atomically (``checkin.files``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from checkin import APP_NAME, rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.files import write_atomic
from checkin.i18n import N_
from checkin.models import Consumption, Location, Morning, Visit, VisitChild
from checkin.pdf.access import AccessData, ChildLine, Translate, VisitLine, access_document
from checkin.services.families import children_of, get_family

FamilyRecord = AccessData
"""Everything the app stores about one family (the plain data the PDF shows)."""


def _adults(visit: Visit) -> tuple[tuple[str, int], ...]:
    return tuple(Adults.of(visit).present_roles())


def family_record(session: Session, *, family_id: int) -> FamilyRecord:
    """Everything stored about the family; ``Rejected`` for an unknown or erased family."""
    family = get_family(session, family_id)
    children = tuple(
        ChildLine(
            birth_year=child.birth_year,
            birth_month=child.birth_month,
            expected=child.expected,
            nickname=child.nickname,
        )
        for child in children_of(session, family_id)
    )
    rows = session.exec(
        select(Visit, Morning, Location)
        .join(Morning, col(Morning.id) == Visit.morning_id)
        .join(Location, col(Location.id) == Morning.location_id)
        .where(Visit.family_id == family_id)
        .order_by(col(Morning.day), col(Visit.id))
    ).all()
    visits = []
    for visit, morning, location in rows:
        n_children = len(list(session.exec(select(VisitChild.id).where(VisitChild.visit_id == visit.id))))
        n_drinks = sum(
            c.quantity for c in session.exec(select(Consumption).where(Consumption.visit_id == visit.id))
        )
        visits.append(
            VisitLine(
                day=morning.day,
                location=location.name,
                arrived=visit.arrived_at.time(),
                left=visit.left_at.time() if visit.left_at else None,
                adults=_adults(visit),
                children=n_children,
                drinks=n_drinks,
                mood=visit.mood or "",
            )
        )
    return AccessData(
        app_name=APP_NAME,
        code=family.code or "",
        display_name=family.display_name or "",
        village=family.village,
        referral=family.referral,
        registered_on=family.created_at.date(),
        consent_date=family.consent_date,
        consent_version=family.consent_version,
        children=children,
        visits=tuple(visits),
    )


def write_access_report(
    record: FamilyRecord,
    *,
    out: Path,
    printed_on: date,
    retention_months: int = rules.RETENTION_MONTHS_DEFAULT,
    invariant: bool = False,
    translate: Translate | None = None,
) -> Path:
    """Write the PDF to ``out`` (atomically: nothing is left there if it fails).

    ``translate`` turns each marked Dutch text into the user's language (the window passes
    ``QCoreApplication.translate`` with ``checkin.i18n.CONTEXT``); without it the PDF is Dutch.
    """
    data = access_document(
        record,
        printed_on=printed_on,
        retention_months=retention_months,
        translate=translate or (lambda text: text),
        invariant=invariant,
    )
    try:
        return write_atomic(Path(out), data, create_folder=True)
    except OSError as error:
        raise Rejected(
            N_("Kan niet schrijven naar {path} ({reason})."),
            path=str(out),
            reason=error.strerror or type(error).__name__,
        ) from error
