"""Marking of user-visible Dutch texts in the core for Qt's translation tools, and their translation.

The core does not import Qt. Texts that the window shows are written in Dutch and wrapped in
``QT_TRANSLATE_NOOP(context, text)``: ``pyside6-lupdate`` extracts them by that name, and the
window passes them through ``QCoreApplication.translate`` so that an English translation can follow.

What the core writes itself (the PDFs a host prints) it translates with ``translate``: it reads the
finished translations of the core's texts from ``resources/translations/checkin_<language>.ts``
(the same file Qt Linguist edits), into the language the window set with ``set_language``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from checkin import resources_folder

CONTEXT = ""
"""The context lupdate gives texts marked with N_ at module level (see scripts/update_translations.py)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call only marks it for translation."""
    del context
    return text


def N_(text: str) -> str:
    """Mark a core text for translation; lupdate is told ``-tr-function-alias QT_TR_NOOP+=N_``."""
    return QT_TRANSLATE_NOOP(CONTEXT, text)


SOURCE_LANGUAGE = "nl"
_language = [SOURCE_LANGUAGE]


def translations_folder() -> Path:
    """``resources/translations``: the ``.ts`` and ``.qm`` files of every language."""
    return resources_folder() / "translations"


def available_languages() -> tuple[str, ...]:
    """Dutch (the source language) and every language with a built ``checkin_<code>.qm``.

    Adding a language is adding its translation (docs/translations.md); nothing else names it.
    """
    folder = translations_folder()
    built = {
        entry.name.removeprefix("checkin_").removesuffix(".qm")
        for entry in folder.iterdir()
        if entry.name.startswith("checkin_") and entry.name.endswith(".qm")
    }
    return (SOURCE_LANGUAGE, *sorted(built - {SOURCE_LANGUAGE}))


def set_language(language: str) -> None:
    """The language of the texts the core writes (PDFs, amounts) from now on; the window sets it."""
    _language[0] = language


def current_language() -> str:
    return _language[0]


def translate(text: str, language: str | None = None) -> str:
    """A core text (marked with ``N_``) in ``language``, by default the current one; as it is when
    it has no finished translation."""
    return _catalog(language or _language[0]).get(text, text)


@functools.lru_cache(maxsize=8)
def _catalog(language: str) -> dict[str, str]:
    """The finished translations of the core's texts (lupdate's empty context) in ``language``."""
    import xml.etree.ElementTree as ET  # only when a PDF is made in another language

    if language == SOURCE_LANGUAGE:
        return {}
    ts = translations_folder() / f"checkin_{language}.ts"
    try:
        root = ET.fromstring(ts.read_bytes())  # noqa: S314 - the app's own file, shipped with it
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type"):
                continue
            if translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found
