"""The command line of docs/cli.md: one parser, one subcommand module each, Dutch messages.

Exit status: 0 on success, 2 for wrong arguments or rejected input (one Dutch line on stderr,
no traceback; also a path that cannot be used and a number or date out of range), 1 for
anything else.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from checkin import APP_NAME, __version__
from checkin.errors import Rejected
from checkin.i18n import N_

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

COMMAND_MODULES: tuple[str, ...] = (
    "checkin.commands.demo",
    "checkin.commands.maintenance",
    "checkin.commands.printing",
    "checkin.commands.encryption",
    "checkin.commands.figures",
    "checkin.commands.importing",
    "checkin.commands.move",
)
"""Each module has ``register(subparsers, parent)``, which adds its subcommands and sets ``run``."""
COMMANDS: dict[str, str] = {
    "demo": "checkin.commands.demo",
    "check": "checkin.commands.maintenance",
    "backup": "checkin.commands.maintenance",
    "restore": "checkin.commands.maintenance",
    "flyer": "checkin.commands.printing",
    "cards": "checkin.commands.printing",
    "encrypt": "checkin.commands.encryption",
    "export": "checkin.commands.figures",
    "merge": "checkin.commands.figures",
    "import": "checkin.commands.importing",
    "move": "checkin.commands.move",
}
"""Which module registers each subcommand: a command line that names one loads only its module
(a command starts faster without the others' libraries); help and errors load them all."""
_VALUED_OPTIONS = ("--data-dir", "--database")

# argparse's own messages, in Dutch (argparse looks them up through gettext's ``_``).
_ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht een waarde",
    "expected at least one argument": "verwacht minstens een waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie: %(option)s kan %(matches)s zijn",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
}
argparse._ = lambda text: _ARGPARSE_DUTCH.get(text, text)  # type: ignore[attr-defined]


class DutchParser(argparse.ArgumentParser):
    """A parser whose errors are one Dutch line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        message = re.sub(
            r"invalid choice: '([^']*)' \(choose from (.*)\)", r"ongeldige keuze: '\1' (kies uit \2)", message
        )
        self.exit(
            EXIT_USAGE,
            N_("Fout: {message}. Zie '{prog} --help'.").format(message=message, prog=self.prog) + "\n",
        )


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(8999, 12, 31)
"""The dates a command accepts: far enough from year 1 and 9999 that a period, a month or a
quarter around them can always be computed."""
LARGEST_INT = 2**63 - 1
"""SQLite's largest INTEGER."""


def parse_date(text: str) -> date:
    """A date as YYYY-MM-DD, for argparse."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            N_("'{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-31").format(text=text)
        ) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            N_("'{text}' ligt niet tussen {first} en {last}").format(
                text=text, first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
            )
        )
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 1 <= value <= LARGEST_INT:
        raise argparse.ArgumentTypeError(N_("'{text}' is geen positief geheel getal").format(text=text))
    return value


def os_error_text(error: OSError) -> str:
    """One Dutch line for a file that cannot be used (no English text of the system)."""
    path = error.filename if error.filename is not None else ""
    if error.errno == errno.ENAMETOOLONG:
        return N_("De bestandsnaam is te lang: {path}").format(path=str(path)[:80] + "...")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return N_("Het bestand of de map bestaat niet: {path}").format(path=path)
    if error.errno in (errno.EACCES, errno.EPERM):
        return N_("Geen toegang tot {path}.").format(path=path)
    if error.errno == errno.ENOSPC:
        return N_("De schijf is vol: {path}").format(path=path)
    if error.errno == errno.EROFS:
        return N_("Op {path} kan niet worden geschreven (alleen lezen).").format(path=path)
    if error.errno == errno.EISDIR:
        return N_("{path} is een map; geef een bestandsnaam op.").format(path=path)
    return N_("Het bestand {path} kan niet worden gebruikt (foutcode {code}).").format(
        path=path, code=error.errno
    )


def command_named(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names (its first word that is not an option), if it is a known one."""
    rest = iter(argv)
    for arg in rest:
        if arg in _VALUED_OPTIONS:
            next(rest, None)
        elif arg in ("-h", "--help"):
            return None  # the help of the whole command line lists every subcommand
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> DutchParser:
    """The parser of every subcommand, or of ``command`` alone (its module only is imported)."""

    def data_dir_option(default: object) -> DutchParser:
        option = DutchParser(add_help=False)
        option.add_argument(
            "--data-dir",
            metavar="MAP",
            default=default,
            help=N_("de gegevensmap (standaard: CHECKIN_DATA_DIR of de gebruikersmap van het systeem)"),
        )
        option.add_argument(
            "--database",
            metavar="URL",
            default=default,
            help=N_(
                "de database: postgresql://gebruiker@server/database voor een server (standaard: "
                "CHECKIN_DATABASE_URL, of het SQLite-bestand in de gegevensmap)"
            ),
        )
        return option

    # --data-dir and --database may come before or after the subcommand. The subcommands' copy has
    # no default, so that 'checkin --data-dir MAP check' is not overwritten by the subcommand's None.
    parent = data_dir_option(argparse.SUPPRESS)
    parser = DutchParser(
        prog="checkin",
        description=N_("{app}: inchecken, flyers en anonieme cijfers voor ontmoetingsplekken.").format(
            app=APP_NAME
        ),
        parents=[data_dir_option(None)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"checkin {__version__}",
        help=N_("toon het versienummer en stop"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=N_("opdracht"), parser_class=DutchParser)
    for name in COMMAND_MODULES if command is None else (COMMANDS[command],):
        importlib.import_module(name).register(subparsers, parent)
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    from checkin.paths import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def _set_aside_suspect_wal(data_dir: Path) -> None:
    """Before a command: a WAL beside a cleanly closed database is set aside, said in one line on
    stderr, and the command goes on (``checkin.clean_close``)."""
    from checkin.clean_close import WAL_SET_ASIDE, set_aside_suspect_wal

    kept = set_aside_suspect_wal(data_dir)
    if kept is not None:
        print(WAL_SET_ASIDE.format(name=kept.name), file=sys.stderr)


def database_error(args: argparse.Namespace, error: BaseException) -> tuple[str, int] | None:
    """One line for a database error, never with its SQL (SQLAlchemy's text of the error has the
    whole statement) nor a password, and its exit status; None for an error of another kind.

    An error of the server (a statement over the timeout, a lock held too long, a right the role
    lacks, the connection gone) is told in Dutch by ``checkin.engines.server_error``, exit 2 as for
    rejected input: nothing was changed, and the user can act on it. Another database error (of
    the SQLite file) is the driver's own first line, exit 1.
    """
    exc = sys.modules.get("sqlalchemy.exc")
    from checkin import engines

    if engines.from_server(error):
        try:
            target: engines.Target | None = engines.target(data_dir_of(args))
        except Exception:  # a folder or URL that cannot be used: the message names no server then
            target = None
        return engines.server_error(target, error).message, EXIT_USAGE
    if exc is None or not isinstance(error, exc.DBAPIError):
        return None
    original = error.orig or error
    reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
    return N_("Er ging iets mis: {error}").format(error=reason), EXIT_FAILURE


def main(argv: Sequence[str] | None = None, *, open_window: Callable[[Path], int] | None = None) -> int:
    """Run one subcommand, or open the window when there is none."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if open_window is not None:
        # Opening the window is the common case: decide it without importing the subcommands,
        # so the window appears as fast as Qt allows.
        quick = DutchParser(add_help=False)
        quick.add_argument("--data-dir")
        quick.add_argument("--database")
        known, rest = quick.parse_known_args(argv)
        if not rest:
            from checkin import engines

            with engines.chosen(known.database):
                return open_window(data_dir_of(known))
    parser = build_parser(command_named(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse's --help, --version and errors
        return int(stop.code or 0)
    from checkin import engines

    try:
        with engines.chosen(getattr(args, "database", None)):
            return _run(args, parser, open_window)
    except Rejected as rejected:  # a database URL that cannot be used
        print(rejected.message, file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace, parser: DutchParser, open_window: Callable[[Path], int] | None) -> int:
    try:
        if args.command is None:
            if open_window is None:
                parser.print_help()
                return EXIT_OK
            return open_window(data_dir_of(args))
        if getattr(args, "out", None) is not None:  # no --out lands on the data it is made from
            from checkin.files import refuse_over_data

            refuse_over_data(args.out, data_dir_of(args))
        if not getattr(args, "writes_nothing", False):
            _set_aside_suspect_wal(data_dir_of(args))
        from checkin.commands.keys import prepare
        from checkin.commands.pin import PROTECTED_COMMANDS, require_pin

        finish = prepare(args.command, data_dir_of(args))  # the folder's key, before the PIN
        try:
            if args.command in PROTECTED_COMMANDS:
                require_pin(data_dir_of(args))
            return int(args.run(args) or EXIT_OK)
        finally:
            finish()  # a new database: its recovery key, or that it is not encrypted
    except Rejected as rejected:
        print(rejected.message, file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:  # a path given on the command line that cannot be used
        print(os_error_text(error), file=sys.stderr)
        return EXIT_USAGE
    except OverflowError:  # a number or a date beyond what Python or SQLite can hold
        print(N_("Een getal of datum in de opdracht is te groot of te klein."), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(N_("Afgebroken."), file=sys.stderr)
        return EXIT_FAILURE
    except Exception as error:  # the last line of defence: no traceback for the user
        said = database_error(args, error)
        if said is not None:
            print(said[0], file=sys.stderr)
            return said[1]
        print(N_("Er ging iets mis: {error}").format(error=error or type(error).__name__), file=sys.stderr)
        return EXIT_FAILURE
