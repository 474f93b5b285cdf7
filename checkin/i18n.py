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
