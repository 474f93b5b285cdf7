"""Smoke test of a built (frozen) app: its command line and its window, as a host would meet them.

    python packaging/smoke_test.py [--bin DIR] [--out DIR]

DIR holds the built executables: dist/checkin (the default) after `make dist`, /opt/checkin after
installing the .deb, "dist/Ontmoetingsplek Check-in.app/Contents/MacOS" on macOS, or the install
folder on Windows (where the command line is checkin-cli.exe and the window checkin.exe).

It runs, in a fresh data folder: `--help`, `--version`, `demo`, `export` in all four formats,
`flyer`, `cards`; in another one `demo`, `encrypt` (SQLCipher, the encryption extra) and `check`;
on a throwaway PostgreSQL server (the extra `server`: psycopg with its own libpq) `demo`, `check`
and `export` over the server's unix socket, `check` over TCP with TLS verified against the
server's own CA (`sslmode=verify-full`) and its refusal without that CA; then it starts the window
on the demo data, waits until the window is drawn (a screenshot in which the screen changed, and
not to black), saves that screenshot and closes the app.
The server is started as the tests start theirs (tests/helpers/pg_server.py: Debian's
`postgresql` package, as the `postgres` user when run as root); where none can be started the
step is skipped with the reason, and fails under CI=true on Linux, where CI installs the package
(`--no-server` skips it knowingly).
Needs PySide6 in the Python that runs it (for the screenshot), and a display: on Linux run it under
Xvfb (`xvfb-run -a -s "-screen 0 1280x900x24" python packaging/smoke_test.py`, which `make smoke`
does). Exit status 0 when all passed; the outputs and the screenshot are kept in --out.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
WINDOW_TIMEOUT = 120.0  # seconds for the window to be drawn (a cold start on a slow runner)


class Failed(Exception):
    pass


def default_bin() -> Path:
    if sys.platform == "darwin":
        app = ROOT / "dist" / "Ontmoetingsplek Check-in.app" / "Contents" / "MacOS"
        if app.is_dir():
            return app
    return ROOT / "dist" / "checkin"


def executables(folder: Path) -> tuple[Path, Path]:
    """(command line, window) executables in folder."""
    if WINDOWS:
        return folder / "checkin-cli.exe", folder / "checkin.exe"
    exe = folder / "checkin"
    return exe, exe


def clean_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH", "PYTHONHOME")}
    env["CHECKIN_DATA_DIR"] = str(data_dir)
    # A new folder stays plain without the first start's question (a modal the smoke test cannot
    # answer); the encryption step sets its own key.
    env["CHECKIN_ENCRYPTION"] = "none"
    return env


def run(
    cli: Path,
    args: Sequence[str],
    data_dir: Path,
    out: Path,
    name: str,
    env: dict[str, str] | None = None,
    expect: int = 0,
) -> str:
    """Run the command line; fail unless it exits ``expect`` without a traceback (and, for a
    refusal, with one line). Returns its stdout (its stderr for a refusal)."""
    command = [str(cli), "--data-dir", str(data_dir), *args] if args[:1] != ["--help"] else [str(cli), *args]
    started = time.monotonic()
    result = subprocess.run(  # noqa: S603 - our own executable
        command,
        env={**clean_env(data_dir), **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    took = time.monotonic() - started
    (out / f"{name}.log").write_text(
        f"$ {' '.join(command)}\nexit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}",
        encoding="utf-8",
    )
    passed = result.returncode == expect and "Traceback" not in result.stderr
    if expect and len(result.stderr.strip().splitlines()) != 1:
        passed = False
    status = "ok" if passed else "FAILED"
    print(f"{status:6} {name:14} ({took:.1f} s)  {' '.join(args)}", flush=True)
    if status != "ok":
        raise Failed(f"{name}: exit {result.returncode} (expected {expect})\n{result.stderr[-3000:]}")
    return result.stderr if expect else result.stdout


def expect_file(path: Path, magic: bytes) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise Failed(f"{path.name} was not written")
    if not path.read_bytes().startswith(magic):
        raise Failed(f"{path.name} does not start with {magic!r}")


def command_line(cli: Path, data_dir: Path, out: Path) -> None:
    help_text = run(cli, ["--help"], data_dir, out, "help")
    for command in ("demo", "export", "flyer", "cards"):
        if command not in help_text:
            raise Failed(f"--help does not list {command}")
    run(cli, ["--version"], data_dir, out, "version")
    run(cli, ["demo", "--families", "40", "--weeks", "10"], data_dir, out, "demo")
    today = date.today()
    period = ["--from", (today - timedelta(days=120)).isoformat(), "--to", today.isoformat()]
    magic = {"csv": b"", "xlsx": b"PK", "pdf": b"%PDF", "json": b"{"}
    for fmt, start in magic.items():
        target = out / f"figures.{fmt}"
        run(cli, ["export", *period, "--format", fmt, "--out", str(target)], data_dir, out, f"export-{fmt}")
        expect_file(target, start)
    flyer = out / "programma.pdf"
    run(cli, ["flyer", "--month", today.strftime("%Y-%m"), "--out", str(flyer)], data_dir, out, "flyer")
    expect_file(flyer, b"%PDF")
    cards = out / "kaarten.pdf"
    run(cli, ["cards", "--out", str(cards)], data_dir, out, "cards")
    expect_file(cards, b"%PDF")


def encryption(cli: Path, data_dir: Path, out: Path) -> None:
    """The encryption extra is in the build: SQLCipher encrypts a database that then still checks."""
    passphrase = {"CHECKIN_PASSPHRASE": "smoke-test-passphrase"}
    run(cli, ["demo", "--families", "10", "--weeks", "2"], data_dir, out, "demo-encrypted")
    sheet = out / "herstelsleutel.pdf"
    run(cli, ["encrypt", "--recovery-pdf", str(sheet)], data_dir, out, "encrypt", env=passphrase)
    expect_file(sheet, b"%PDF")
    if (data_dir / "checkin.sqlite").read_bytes()[:16] == b"SQLite format 3\x00":
        raise Failed("encrypt left the database readable as plain SQLite")
    run(cli, ["check"], data_dir, out, "check-encrypted", env=passphrase)


def server(cli: Path, data_dir: Path, out: Path, folder: Path) -> None:
    """The extra `server` is in the build: the frozen app uses a throwaway PostgreSQL server."""
    sys.path.insert(0, str(ROOT))
    try:
        from tests.helpers import pg_server
    except ImportError as error:  # e.g. on Windows (no pwd): no throwaway server there
        reason: str | None = f"tests/helpers/pg_server.py cannot be used here ({error})"
    else:
        reason = pg_server.missing_reason()
    finally:
        sys.path.remove(str(ROOT))
    if reason is not None:
        # CI on Linux installs Debian's or Ubuntu's postgresql (.ci/run, the installers workflow)
        if os.environ.get("CI", "").lower() == "true" and sys.platform.startswith("linux"):
            raise Failed(
                f"CI must smoke-test the frozen app on PostgreSQL too, but no server can start: {reason}"
            )
        print(f"SKIP   server         no throwaway PostgreSQL server here: {reason}", flush=True)
        return
    tls = pg_server.make_tls(folder / "tls")
    started = time.monotonic()
    with pg_server.running_server(tls=tls) as pg:
        print(f"ok     pg-server      ({time.monotonic() - started:.1f} s)  {pg.bin_dir}", flush=True)
        pg.admin("CREATE DATABASE checkin_smoke")
        url = pg.url("checkin_smoke")
        home = {"HOME": str(folder / "home")}  # no ~/.postgresql/root.crt: only the URL's CA counts
        run(cli, ["--database", url, "demo", "--families", "20", "--weeks", "3"], data_dir, out, "pg-demo")
        run(cli, ["--database", url, "check"], data_dir, out, "pg-check")
        figures = out / "server-figures.csv"
        today = date.today()
        period = ["--from", (today - timedelta(days=40)).isoformat(), "--to", today.isoformat()]
        export = ["export", *period, "--format", "csv", "--out", str(figures)]
        run(cli, ["--database", url, *export], data_dir, out, "pg-export")
        expect_file(figures, b"")
        verified = pg.tls_url("checkin_smoke", sslrootcert=str(tls.ca_cert))  # sslmode=verify-full by default
        run(cli, ["--database", verified, "check"], data_dir, out, "pg-tls-check", env=home)
        refusal = run(
            cli,
            ["--database", pg.tls_url("checkin_smoke"), "check"],
            data_dir,
            out,
            "pg-tls-no-ca",
            env=home,
            expect=2,
        )
        if "certificaat" not in refusal:
            raise Failed(f"pg-tls-no-ca: not the Dutch line about the certificate: {refusal}")


def grab_screen(target: Path) -> object:
    """A screenshot of the whole screen as a QImage (also saved to target)."""
    from PySide6.QtGui import QGuiApplication, QImage

    if sys.platform == "darwin":  # Qt's grab sees only the desktop there; screencapture sees windows
        subprocess.run(["screencapture", "-x", str(target)], check=True)  # noqa: S603, S607
        return QImage(str(target))
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0).toImage()
    image.save(str(target))
    return image


def drawn_fraction(before: object, after: object) -> tuple[float, float]:
    """(share of pixels that changed, share of pixels that changed to something not near black)."""
    from PySide6.QtGui import QImage

    assert isinstance(before, QImage) and isinstance(after, QImage)
    step = 4  # every 4th pixel each way is plenty
    width, height = min(before.width(), after.width()), min(before.height(), after.height())
    total = changed = bright = 0
    for y in range(0, height, step):
        for x in range(0, width, step):
            total += 1
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 30:
                changed += 1
                if b.red() + b.green() + b.blue() > 150:
                    bright += 1
    return (changed / total, bright / total) if total else (0.0, 0.0)


def window(gui: Path, data_dir: Path, out: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    os.environ.pop("QT_QPA_PLATFORM", None)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    before = grab_screen(out / "screen-before.png")
    log = (out / "window.log").open("w", encoding="utf-8")
    started = time.monotonic()
    process = subprocess.Popen(  # noqa: S603 - our own executable
        [str(gui), "--data-dir", str(data_dir)], env=clean_env(data_dir), stdout=log, stderr=subprocess.STDOUT
    )
    try:
        while True:
            time.sleep(1.0)
            if process.poll() is not None:
                raise Failed(f"the window's process ended with exit {process.returncode} (see window.log)")
            after = grab_screen(out / "window.png")
            changed, bright = drawn_fraction(before, after)
            if changed > 0.05 and bright > 0.6 * changed:
                took = time.monotonic() - started
                print(
                    f"ok     window         ({took:.1f} s)  drawn: {changed:.0%} of the screen changed",
                    flush=True,
                )
                time.sleep(2.0)  # let the screens that follow the window fill in, then the final shot
                grab_screen(out / "window.png")
                return
            if time.monotonic() - started > WINDOW_TIMEOUT:
                raise Failed(
                    f"the window was not drawn within {WINDOW_TIMEOUT:.0f} s "
                    f"({changed:.0%} changed, {bright:.0%} not dark); see window.png"
                )
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", type=Path, default=default_bin(), help="folder with the built executables")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "smoke", help="folder for the outputs")
    parser.add_argument("--no-window", action="store_true", help="only the command line")
    parser.add_argument("--no-server", action="store_true", help="without the PostgreSQL server step")
    args = parser.parse_args(argv)
    cli, gui = executables(args.bin)
    for exe in {cli, gui}:
        if not exe.is_file():
            print(f"{exe}: not found; build first (make dist)", file=sys.stderr)
            return 1
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="checkin-smoke-") as tmp:
        data_dir = Path(tmp) / "data"
        try:
            command_line(cli, data_dir, args.out)
            encryption(cli, Path(tmp) / "encrypted", args.out)
            if not args.no_server:
                server(cli, Path(tmp) / "server-desk", args.out, Path(tmp))
            if not args.no_window:
                window(gui, data_dir, args.out)
        except Failed as failure:
            print(f"smoke test FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke test passed; outputs and screenshot in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
