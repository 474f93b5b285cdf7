"""Packaging: the icon files made from the SVG, the desktop entry, the Windows version numbers, the locks."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_every_icon_size_is_there_and_square() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / "png" / f"checkin-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
    with Image.open(ICONS / "checkin.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "checkin.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_the_16_px_icon_is_not_a_blur() -> None:
    """At 16 px the white house on green still stands out: both colours are clearly there."""
    with Image.open(ICONS / "png" / "checkin-16.png") as image:
        pixels = [image.getpixel((x, y)) for x in range(16) for y in range(16)]
    white = sum(1 for r, g, b, a in pixels if a > 200 and min(r, g, b) > 220)
    green = sum(1 for r, g, b, a in pixels if a > 200 and g > r + 40 and g > b + 40)
    assert white >= 40 and green >= 40


def test_desktop_entry_names_the_icon_and_the_command() -> None:
    entry = (ROOT / "packaging" / "checkin.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Icon=checkin$", entry, re.M)
    assert re.search(r"^Exec=checkin$", entry, re.M)


def test_windows_version_numbers_come_from_pyproject() -> None:
    module = _load(ROOT / "packaging" / "windows" / "version_info.py", "checkin_version_info")
    from checkin import __version__

    assert module.project_version() == __version__
    assert module.numeric("1.2.3") == (1, 2, 3, 0)
    assert module.numeric("2.0.0rc1") == (2, 0, 0, 0)
    assert module.numeric("7") == (7, 0, 0, 0)


def test_the_locks_are_universal_and_pin_what_windows_needs() -> None:
    for name in ("app", "test", "build"):
        text = (ROOT / "requirements" / f"{name}.lock").read_text(encoding="utf-8")
        assert "--universal" in text.splitlines()[1]
        assert re.search(r"^pywin32-ctypes==\S+ ; sys_platform == 'win32'", text, re.M), name
        assert re.search(r"^sqlcipher3==", text, re.M), name


def test_uv_requirement_is_uvs_pin_with_its_hashes() -> None:
    module = _load(ROOT / "scripts" / "check_locks.py", "checkin_check_locks")
    block = module.uv_requirement()
    assert block.startswith("uv==")
    assert block.count("--hash=sha256:") >= 5
    assert "\nalembic" not in block and "pyinstaller" not in block
