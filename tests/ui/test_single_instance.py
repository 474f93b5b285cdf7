"""One instance: a second real process is refused; a killed holder leaves no lock.

How fast the refusal comes is a benchmark figure (benchmarks/), not a test."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
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
    """Wait until ``process`` holds the lock: it writes its pid into the lock file once it has it.

    Probing by taking the lock ourselves would race with the app taking it (the app would then
    refuse itself as a second copy), so the test only reads the file.
    """
    lock_file = data_dir / instance.LOCK_NAME
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        if lock_file.exists() and lock_file.read_text() == str(process.pid):
            return
        time.sleep(0.05)  # polling another process, not Qt
    pytest.fail("the first copy did not take the lock")


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    if process.stderr is not None:
        process.stderr.close()


def test_second_copy_is_refused_and_a_killed_lock_is_cleared(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = _start_app(data_dir, tmp_path)
    try:
        _wait_until_locked(data_dir, first)
        second = _start_app(data_dir, tmp_path)
        try:
            assert second.stderr is not None
            line = second.stderr.readline()
            assert REFUSAL in line
            assert second.wait(timeout=30) == 2
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


def test_the_lock_check_does_not_wait_for_the_holder(tmp_path: Path) -> None:
    """A second copy is told at once instead of waiting for the first to let go (a blocking lock
    would hang here until the join gives up; how fast the refusal is, is a benchmark figure)."""
    data_dir = tmp_path / "data"
    results: list[object] = []
    with instance.require(data_dir):
        probe = threading.Thread(target=lambda: results.append(instance.acquire(data_dir)), daemon=True)
        probe.start()
        probe.join(timeout=30)
        assert not probe.is_alive()
    assert results == [None]


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
