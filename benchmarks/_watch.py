"""Watch one launch on an X display as a person would: `python -m benchmarks._watch OPTIONS -- COMMAND`.

Starts COMMAND, finds its window (xdotool, by process id) and grabs it every few milliseconds
until it is no longer black (Xvfb runs with a black root: a window nothing has painted yet
shows black). With ``--ready FILE`` it also waits until the app writes the moment it is ready
for a check-in into FILE (``CHECKIN_READY_FILE``). Prints one JSON line: seconds from launch to
the window mapped, first drawn, ready, and the resident memory a settled second later.

The watcher runs on the cores given by ``--cpus`` (the other core when the app is held to one),
so its grabbing does not slow the app it measures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication


def window_of(pid: int) -> int | None:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)], capture_output=True, text=True
    ).stdout.split()
    return int(found[-1]) if found else None


def drawn(screen: object, window: int) -> bool:
    """True when the window shows anything but black (sampled on a grid of points)."""
    image = screen.grabWindow(window).toImage()  # type: ignore[attr-defined]
    width, height = image.width(), image.height()
    if width < 50 or height < 50:
        return False
    for y in range(10, height - 10, max(1, (height - 20) // 24)):
        for x in range(10, width - 10, max(1, (width - 20) // 24)):
            if image.pixel(x, y) & 0xFFFFFF:
                return True
    return False


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ready", type=Path)
    parser.add_argument("--cpus", default="")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.cpus:
        os.sched_setaffinity(0, {int(c) for c in args.cpus.split(",")})
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    app = QGuiApplication([sys.argv[0]])
    screen = app.primaryScreen()
    env = dict(os.environ)
    if args.ready is not None:
        args.ready.unlink(missing_ok=True)
        env["CHECKIN_READY_FILE"] = str(args.ready)
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result: dict[str, float | None] = {"mapped": None, "drawn": None, "ready": None, "rss_mb": None}
    window = None
    try:
        while time.monotonic() - started < args.timeout:
            if process.poll() is not None:
                raise SystemExit(f"the program ended early ({process.returncode})")
            if window is None:
                window = window_of(process.pid)
                if window is not None:
                    result["mapped"] = time.monotonic() - started
            if window is not None and result["drawn"] is None and drawn(screen, window):
                result["drawn"] = time.monotonic() - started
            if args.ready is not None and result["ready"] is None and args.ready.exists():
                text = args.ready.read_text().strip()
                if text:
                    result["ready"] = float(text) - started
            if result["drawn"] is not None and (args.ready is None or result["ready"] is not None):
                break
            time.sleep(0.004)
        else:
            raise SystemExit("timed out")
        time.sleep(args.settle)
        result["rss_mb"] = resident_mb(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
