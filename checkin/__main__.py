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


def _refused_early(argv: list[str]) -> int | None:
    """Refuse a second window before the heavy imports of the command line (about 0.9 s)."""
    explicit = _window_data_dir(argv)
    if isinstance(explicit, bool):
        return None
    from checkin import instance
    from checkin.errors import Rejected
    from checkin.paths import resolve_data_dir

    data_dir = resolve_data_dir(explicit or None)
    try:
        probe = instance.acquire(data_dir)
    except Rejected:
        return None  # the normal start explains it
    if probe is not None:
        probe.release()
        return None
    print(instance.ALREADY_RUNNING, file=sys.stderr, flush=True)
    from ui.app import refuse_second_copy

    return refuse_second_copy(data_dir, printed=True)


def main() -> int:
    refused = _refused_early(sys.argv[1:])
    if refused is not None:
        return refused
    from checkin.cli import main as cli_main

    return cli_main(sys.argv[1:], open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
