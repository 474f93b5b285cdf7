"""Marking of user-visible Dutch texts in the core for Qt's translation tools.

The core does not import Qt. Texts that the window shows are written in Dutch and wrapped in
``QT_TRANSLATE_NOOP(context, text)``: ``pyside6-lupdate`` extracts them by that name, and the
window passes them through ``QCoreApplication.translate`` so that an English translation can follow.
"""

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


def available_languages() -> tuple[str, ...]:
    """Dutch (the source language) and every language with a built ``checkin_<code>.qm``.

    Adding a language is adding its translation (docs/translations.md); nothing else names it.
    """
    from importlib import resources

    folder = resources.files("resources") / "translations"
    built = {
        entry.name.removeprefix("checkin_").removesuffix(".qm")
        for entry in folder.iterdir()
        if entry.name.startswith("checkin_") and entry.name.endswith(".qm")
    }
    return (SOURCE_LANGUAGE, *sorted(built - {SOURCE_LANGUAGE}))
