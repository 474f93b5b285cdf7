"""The entry point ``checkin``: a subcommand through checkin.cli, or the window when there is none.

The only file in checkin/ that names ``ui``; it imports it lazily so the command line starts
without loading Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _open_window(data_dir: Path) -> int:
    from checkin import instance

    # The one-instance lock is taken before Qt loads, so a second copy is refused at once.
    lock = instance.acquire(data_dir)
    if lock is None:
        print(instance.ALREADY_RUNNING, file=sys.stderr, flush=True)
        from ui.app import refuse_second_copy

        return refuse_second_copy(data_dir, printed=True)
    from ui.app import run  # lazy: Qt is loaded only for the window

    return run(data_dir=data_dir, lock=lock)


def main() -> int:
    from checkin.cli import main as cli_main

    return cli_main(sys.argv[1:], open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
