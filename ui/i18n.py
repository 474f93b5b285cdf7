"""The window's language: which one at start, and installing Qt's and the app's translations.

The language is a setting in the database (Instellingen). The database may be encrypted and its
libraries take most of a second to import, so the window cannot wait for it: the language of the
last start is remembered in a small text file in the data folder (``language``), read before the
window shows. Once the database is open, ``follow_saved_language`` compares it with the setting:
when they differ (the coordinator chose another language last time) the setting wins, from the
screens on, and the file is brought up to date for the next start.

Translations, installed in this order (Qt searches the last installed first):

- ``qtbase_<language>.qm`` from Qt's own translations folder: Qt's dialogs and buttons;
- ``qt_extra_<language>.qm`` from resources/translations: texts of Qt's dialogs that Qt's own
  Dutch file lacks (Qt 6 renamed "Look in:" to "&Look in:" and the Dutch file was not updated);
- ``checkin_<language>.qm``: the app's texts (for Dutch, the source language, only the plurals).
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checkin import i18n as core_i18n
from checkin.i18n import available_languages

if TYPE_CHECKING:
    from ui.operations import Operations

log = logging.getLogger(__name__)

LANGUAGES = available_languages()
"""Dutch, the source language, and every language with a built translation (checkin_<code>.qm)."""
DEFAULT_LANGUAGE = "nl"
LANGUAGE_FILE = "language"
"""The file in the data folder that remembers the language for the next start."""
LOCALES = {"nl": "nl_NL", "en": "en_GB"}
"""The locale of a language where Qt's own choice for the bare code is not the one meant
(numbers and dates in Qt's widgets and dialogs); other languages take ``QLocale(code)``."""

_installed: list[QTranslator] = []
_current: list[str] = [DEFAULT_LANGUAGE]


OWN_NAMES = {"en": "English"}
"""A language's name where Qt's own name for the bare code is a country's variant ("American English")."""


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of every language the app has: Dutch and each built translation
    (``checkin.i18n.available_languages``, read now), each named in its own language ("Deutsch")."""
    choices = []
    for code in core_i18n.available_languages():
        name = OWN_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
        choices.append((code, name[:1].upper() + name[1:]))
    return choices


def current_language() -> str:
    """The language installed last (Dutch before any)."""
    return _current[0]


def translations_folder() -> Path:
    return core_i18n.translations_folder()


def remembered_language(data_dir: Path) -> str:
    """The language of the last start, from the small file in ``data_dir``; Dutch when none."""
    try:
        text = (data_dir / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return DEFAULT_LANGUAGE
    return text if text in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(data_dir: Path, language: str) -> None:
    """Write the language for the next start; a folder that cannot be written is no reason to fail."""
    with contextlib.suppress(OSError):
        path = data_dir / LANGUAGE_FILE
        # Readable by the user only, like every file of the data folder (checkin.files).
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(handle, "w", encoding="utf-8") as stream:
            stream.write(language + "\n")


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Qt's own texts and the app's in ``language``, replacing those installed before."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    remove_translations(app)
    locale = QLocale(LOCALES.get(language, language))
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(translations_folder())
    for name, folder in (("qtbase", qt_folder), ("qt_extra", ours), ("checkin", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and not translator.isEmpty():
            app.installTranslator(translator)
            _installed.append(translator)
    _current[0] = language
    core_i18n.set_language(language)
    return list(_installed)


def follow_saved_language(app: QCoreApplication, data_dir: Path, operations: Operations) -> str:
    """Once the database is open: install the saved language if it differs from the remembered one."""
    from ui.operations import settings  # loads the core: only once the database is open

    try:
        language = settings.saved_language(operations)
    except Exception:  # a settings table that cannot be read keeps the language of the start
        log.exception("Reading the language setting failed")
        return current_language()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    if language != current_language():
        log.info("Language: %s", language)
        install_translations(app, language)
    if language != remembered_language(data_dir):
        remember_language(data_dir, language)
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Take out what ``install_translations`` installed: the source texts again, the core in Dutch."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = DEFAULT_LANGUAGE
    core_i18n.set_language(DEFAULT_LANGUAGE)
