"""The coordinator PIN on the command line: the protected commands ask for it as the window does.

``export``, ``restore``, ``backup`` (always ``--out``), ``cards`` and ``encrypt`` need the PIN when
one is set: typed on the terminal (not shown), or from ``CHECKIN_PIN`` for scripts. A wrong PIN is
exit 2 and counts as a wrong try, with the same growing wait as in the window.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from pathlib import Path

from checkin import paths, privacy
from checkin.errors import Rejected
from checkin.i18n import N_

ENV_PIN = "CHECKIN_PIN"
PROTECTED_COMMANDS = frozenset({"export", "restore", "backup", "cards", "encrypt"})


def require_pin(data_dir: Path) -> None:
    """Return when no PIN is set or the right one is given; ``Rejected`` (Dutch) otherwise.

    A data folder without a readable database has no PIN to ask (``restore`` is how such a folder
    is mended; ``check`` tells what is wrong).
    """
    from checkin import engines, logs
    from checkin.db import Database, check_file, current_revision

    with contextlib.suppress(OSError):  # wrong tries go to the app's log, as in the window
        logs.configure()
    db_path = paths.database_path(data_dir)
    server = engines.target(data_dir).server  # a server database has no file here: always ask it
    if not server and (not db_path.exists() or check_file(db_path, pages=False)):
        return
    # Only the PIN is read (and a wrong try counted): no upgrade and no encryption happen here,
    # they are the command's own business (`encrypt` would otherwise find its work done).
    database = Database.open(data_dir, scan_pages=False, migrate=False, encrypt_plain=False)
    try:
        if server and current_revision(database.engine) is None:
            return  # a new, empty server database: no PIN yet
        with database.session() as session:
            if not privacy.pin_is_set(session):
                return
            wait = privacy.pin_wait_seconds(session)
            if wait:
                raise Rejected(
                    N_("Te veel verkeerde pincodes. Probeer het over {minutes} minuten opnieuw."),
                    minutes=-(-wait // 60),
                )
            pin = os.environ.get(ENV_PIN)
            if pin is None:
                if not sys.stdin.isatty():
                    raise Rejected(
                        N_(
                            "Voor deze opdracht is de pincode van de coördinator nodig: typ hem in, of "
                            "geef hem in de omgevingsvariabele CHECKIN_PIN."
                        )
                    )
                pin = getpass.getpass(N_("Pincode van de coördinator: "))
            if not privacy.check_pin(session, pin=pin):
                raise Rejected(N_("De pincode klopt niet."))
            if privacy.pin_is_short(pin):
                print(privacy.SHORT_PIN_TIP.format(n=privacy.PIN_MIN), file=sys.stderr)
    finally:
        database.dispose()
