"""One instance: a second real process is refused within a second; a killed holder leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin import instance
from ui.single_instance import ShowRequests, ask_first_copy_to_show

REFUSAL = "De app is al geopend"


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKIN_LOG_DIR": str(tmp_path / "logs")}


def _start_app(data_dir: Path, tmp_path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "checkin", "--data-dir", str(data_dir)],
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_locked(data_dir: Path, process: subprocess.Popen[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        probe = instance.acquire(data_dir)
        if probe is None:
            return
        probe.release()
        time.sleep(0.05)  # polling another process, not Qt
    pytest.fail("the first copy did not take the lock")


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    if process.stderr is not None:
        process.stderr.close()


def test_second_copy_is_refused_within_a_second_and_a_killed_lock_is_cleared(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = _start_app(data_dir, tmp_path)
    try:
        _wait_until_locked(data_dir, first)
        started = time.monotonic()
        second = _start_app(data_dir, tmp_path)
        try:
            assert second.stderr is not None
            line = second.stderr.readline()
            elapsed = time.monotonic() - started
            assert REFUSAL in line
            assert elapsed < 1.0  # the lock is checked before the command line and Qt load
        finally:
            _stop(second)
        # The refusal must not have depended on anything but the lock: the first copy still runs.
        assert first.poll() is None
        # ... and it made its start-of-day backup in the background.
        deadline = time.monotonic() + 20
        while not list((data_dir / "backups").glob("checkin-*-start.sqlite")) and time.monotonic() < deadline:
            time.sleep(0.05)  # polling another process, not Qt
        assert list((data_dir / "backups").glob("checkin-*-start.sqlite"))
    finally:
        first.send_signal(signal.SIGKILL)
        _stop(first)
    # A copy killed outright leaves its lock file behind, but not its lock.
    assert (data_dir / instance.LOCK_NAME).exists()
    lock = instance.acquire(data_dir)
    assert lock is not None
    lock.release()


def test_lock_refuses_a_second_holder_in_another_process(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with instance.require(data_dir):
        code = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from checkin import instance;"
                f"sys.exit(0 if instance.acquire(Path({str(data_dir)!r})) is None else 1)",
            ],
            check=False,
        ).returncode
        assert code == 0
    again = instance.acquire(data_dir)
    assert again is not None
    again.release()


def test_refusal_time_is_measured_from_the_refusal_itself(tmp_path: Path) -> None:
    """The lock check itself is immediate (the second above mostly waits for Python and Qt to load)."""
    data_dir = tmp_path / "data"
    with instance.require(data_dir):
        started = time.monotonic()
        assert instance.acquire(data_dir) is None
        assert time.monotonic() - started < 0.1


def test_second_copy_brings_the_first_forward(qtbot, tmp_path: Path) -> None:
    requests: list[str] = []
    listener = ShowRequests(data_dir=tmp_path, on_request=lambda: requests.append("show"))
    try:
        assert listener.listening
        assert ask_first_copy_to_show(tmp_path)
        qtbot.waitUntil(lambda: requests == ["show"])
    finally:
        listener.close()


def test_nobody_listening_is_not_an_error(qapp, tmp_path: Path) -> None:
    assert ask_first_copy_to_show(tmp_path / "nobody", timeout_ms=100) is False


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--data-dir", "/x"], "/x"),
        (["--data-dir=/y"], "/y"),
        (["check"], False),
        (["--version"], False),
        (["--data-dir", "/x", "backup", "--out", "f"], False),
    ],
)
def test_only_a_plain_window_start_is_refused_early(argv: list[str], expected: object) -> None:
    from checkin.__main__ import _window_data_dir

    assert _window_data_dir(argv) == expected
