"""The desk: this laptop as one of several at the door of a server database.

A desk has an id made on the laptop (a uuid4, in the data folder's file ``desk-id``, so it stays
the same across starts) and a number the server gives it the first time it comes (table
``desk``): the number makes the family codes it gives while offline unique across the desks
(:func:`offline_code`, ``T3-0042``: the ``-`` never occurs in the random codes of
``services.families``).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, func, select

from checkin.models import Desk

DESK_FILE = "desk-id"
CODE_PREFIX = "T"
"""T for tafel: T3-0042 is the 42nd family registered offline at desk 3."""


def desk_id(data_dir: Path) -> str:
    """This laptop's desk id, made and stored in ``data_dir`` the first time."""
    path = data_dir / DESK_FILE
    with contextlib.suppress(OSError, ValueError):
        return str(uuid.UUID(path.read_text(encoding="ascii").strip()))
    made = str(uuid.uuid4())
    tmp = path.with_name(f".{DESK_FILE}.tmp")
    tmp.write_text(made + "\n", encoding="ascii")
    os.replace(tmp, path)
    return made


def desk_number(session: Session, desk: str) -> int:
    """The server's number of ``desk``, given the first time it asks (commits that once)."""
    for _attempt in range(5):
        found = session.exec(select(Desk.number).where(Desk.id == desk)).first()
        if found is not None:
            return int(found)
        number = int(session.exec(select(func.coalesce(func.max(Desk.number), 0))).one()) + 1
        session.add(Desk(id=desk, number=number, created_at=datetime.now().replace(microsecond=0)))
        try:
            session.commit()
        except IntegrityError:  # another desk took that number at the same moment
            session.rollback()
            continue
        return number
    raise RuntimeError("no desk number")  # five desks starting at the very same moment


def offline_code(number: int, counter: int) -> str:
    """The family code of the ``counter``-th family registered offline at desk ``number``."""
    return f"{CODE_PREFIX}{number}-{counter:04d}"
