"""The entry point ``checkin``: a subcommand through checkin.cli, or the window when there is none.

The only file in checkin/ that names ``ui``; it imports it lazily so the command line starts
without loading Qt. A plain ``checkin [--data-dir DIR]`` goes straight to the window: the
one-instance lock is taken first (a second copy is refused at once), and neither the command
line's parser nor the core's database libraries are loaded before the window is on screen.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _open_window(data_dir: Path) -> int:
    from checkin import instance

    lock = instance.acquire(data_dir)
    if lock is None:
        print(instance.ALREADY_RUNNING, file=sys.stderr, flush=True)
        from ui.app import refuse_second_copy

        return refuse_second_copy(data_dir, printed=True)
    from ui.app import run  # lazy: Qt is loaded only for the window

    return run(data_dir=data_dir, lock=lock)


def _window_data_dir(argv: list[str]) -> str | bool | None:
    """The --data-dir of a plain ``checkin [--data-dir DIR]`` (None: not given); False for anything else."""
    explicit: str | None = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest:
            explicit = rest.pop(0)
        elif arg.startswith("--data-dir="):
            explicit = arg.split("=", 1)[1]
        else:
            return False
    return explicit


def main() -> int:
    argv = sys.argv[1:]
    explicit = _window_data_dir(argv)
    if not isinstance(explicit, bool):
        from checkin.errors import Rejected
        from checkin.paths import resolve_data_dir

        try:
            return _open_window(resolve_data_dir(explicit or None))
        except Rejected as error:  # e.g. a data folder that cannot be written
            print(error.message, file=sys.stderr)
            return 2
    from checkin.cli import main as cli_main

    return cli_main(argv, open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
