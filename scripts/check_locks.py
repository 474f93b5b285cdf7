"""Check that every lock file installs on Windows, macOS and Linux, for each supported Python.

Run: `make check-locks` (or `python scripts/check_locks.py`, with uv installed: requirements/build.lock
has it; `python scripts/check_locks.py --uv-requirement > uv.txt` writes its pin for
`pip install --require-hashes -r uv.txt`). For each requirements/*.lock, platform and Python version, uv resolves an install of the
lock with --require-hashes as if on that system (a dry run: nothing is installed): a package that a
platform needs but the lock does not pin with a hash (e.g. pywin32-ctypes for keyring on Windows),
or a pin without a wheel for that platform, fails it. The locks are universal (`make locks`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = {
    "Windows x64": "x86_64-pc-windows-msvc",
    "macOS 13 arm64": "aarch64-apple-darwin",
    "macOS 13 x86_64": "x86_64-apple-darwin",
    "Linux x86_64 (glibc 2.34)": "x86_64-manylinux_2_34",
    "Linux arm64 (glibc 2.39)": "aarch64-manylinux_2_39",
}
PYTHONS = ("3.11", "3.12", "3.13")


def uv() -> list[str]:
    """The uv command: the one next to this Python (a venv's bin or Scripts), else on PATH."""
    beside = Path(sysconfig.get_path("scripts")) / ("uv.exe" if os.name == "nt" else "uv")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("uv")
    if found:
        return [found]
    sys.exit("uv not found: install requirements/build.lock (make .venv/.build) or `pip install uv`")


def uv_requirement() -> str:
    """uv's pin with its hashes from requirements/build.lock, as a requirements file (to install uv alone)."""
    text = (ROOT / "requirements" / "build.lock").read_text(encoding="utf-8")
    found = re.search(r"^uv==.*?(?=^\S|\Z)", text, re.S | re.M)
    if not found:
        sys.exit("requirements/build.lock has no uv")
    return found.group(0)


def main() -> int:
    if sys.argv[1:] == ["--uv-requirement"]:
        print(uv_requirement(), end="")
        return 0
    locks = sorted((ROOT / "requirements").glob("*.lock"))
    failures = []
    with tempfile.TemporaryDirectory(prefix="check-locks-") as tmp:
        for lock in locks:
            for label, platform in PLATFORMS.items():
                for python in PYTHONS:
                    command = [
                        *uv(),
                        "pip",
                        "install",
                        "--dry-run",
                        "--quiet",
                        "--require-hashes",
                        "--python-platform",
                        platform,
                        "--python-version",
                        python,
                        "--target",
                        str(Path(tmp) / "target"),
                        "-r",
                        str(lock),
                    ]
                    result = subprocess.run(command, capture_output=True, text=True, check=False)
                    what = f"{lock.relative_to(ROOT)} on {label}, Python {python}"
                    if result.returncode == 0:
                        print(f"ok      {what}", flush=True)
                    else:
                        errors = [line for line in result.stderr.splitlines() if not line.startswith("WARN")]
                        print(f"FAILED  {what}\n        " + "\n        ".join(errors[-6:]), flush=True)
                        failures.append(what)
    if failures:
        print(
            f"{len(failures)} combinations do not install; renew the locks with `make locks`", file=sys.stderr
        )
        return 1
    print(f"all {len(locks)} lock files install on every platform")
    return 0


if __name__ == "__main__":
    sys.exit(main())
