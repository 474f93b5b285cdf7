"""Check-in for parent meeting places: the domain core (no Qt in here)."""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "Ontmoetingsplek Check-in"
APP_ID = "checkin"


def resources_folder() -> Path:
    """The folder of the package ``resources`` (translations, icons, fonts, the guide), read as
    plain files: it is a folder on disk wherever the app runs (a checkout, a wheel, the PyInstaller
    build). ``importlib.resources`` would load its readers (and ``tempfile``, ``zipfile``) before
    the window's first frame: a few milliseconds on a slow machine."""
    import resources

    file = resources.__file__
    assert file is not None, "resources is a package with an __init__.py"
    return Path(file).parent
