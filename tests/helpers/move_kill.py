"""`checkin move` killed midway, for the move tests: the process dies by SIGKILL right after the
rows of one table went into the receiving database, inside its open transaction.

Usage: python -m tests.helpers.move_kill DATA_DIR TABLE [checkin arguments ...]

Nothing is mocked: the real command runs; only the copy of one table is followed by the kill, as
a power cut or a closed laptop lid at that moment would do.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from checkin import transfer
from checkin.cli import main


def run(table_name: str, argv: list[str]) -> int:
    copy_table = transfer._copy_table

    def copy_then_die(source: Any, target: Any, table: Any, remap: Any = None) -> tuple[int, int]:
        copied = copy_table(source, target, table, remap)
        if table.name == table_name:
            print(f"killed after {table.name}: {copied[0]} rows", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        return copied

    transfer._copy_table = copy_then_die
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2:]))
