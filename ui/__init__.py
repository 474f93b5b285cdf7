"""The window: Qt widgets, item models, dialogs and background operations over the checkin core.

Loading this package loads PySide6 and tells it at once that no module of the app uses
``from __feature__ import ...`` (``skip_pyside_source_scan``), before any other module is imported
after it: the window's own modules before the first frame, the database libraries after it.
"""

from __future__ import annotations

import sys

import PySide6  # noqa: F401 - installs PySide6's import hook, which the next line tames


def skip_pyside_source_scan() -> None:
    """PySide6 reads the source of every module imported after it (``inspect.getsource``, which
    keeps it in ``linecache``) to find those that could use ``from __feature__ import ...``. This
    app uses no such feature, so every module may be taken as not switching: starting the window
    no longer reads the source of its own modules (a few ms before the first frame), nor of some
    500 modules of the database libraries after it (~10 MB kept in memory, a tenth of a second)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False  # type: ignore[attr-defined]


skip_pyside_source_scan()
