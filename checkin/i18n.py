"""Marking of user-visible Dutch texts in the core for Qt's translation tools, and their translation.

The core does not import Qt. Texts that the window shows are written in Dutch and wrapped in
``QT_TRANSLATE_NOOP(context, text)``: ``pyside6-lupdate`` extracts them by that name, and the
window passes them through ``QCoreApplication.translate`` so that an English translation can follow.

What the core writes itself (the PDFs a host prints) it translates with ``translate``: it reads the
finished translations of the core's texts from ``resources/translations/checkin_<language>.ts``
(the same file Qt Linguist edits), into the language the window set with ``set_language``.

A count in a text is Qt's ``%n``, as in the window's ``self.tr("%n gezinnen", "", n)``: the core
writes ``N_n("%n gezinnen", "", n)`` (lupdate is told ``-tr-function-alias tr+=N_n``, so the text is
extracted as a plural, with lupdate's empty context when the call is in a module-level function),
and gets the text back in the current language with ``%n`` filled in. The Dutch singular lives,
as the window's, in ``checkin_nl.ts`` (Dutch is the source language: the source is the plural).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import resources_folder

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

CONTEXT = ""
"""The context lupdate gives texts marked with N_ at module level (see scripts/update_translations.py)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call only marks it for translation."""
    del context
    return text


def N_(text: str) -> str:
    """Mark a core text for translation; lupdate is told ``-tr-function-alias QT_TR_NOOP+=N_``."""
    return QT_TRANSLATE_NOOP(CONTEXT, text)


def N_n(text: str, disambiguation: str, n: int) -> str:
    """``text`` (with ``%n``) in the current language, in the form for ``n``, with ``%n`` as ``n``.

    The three arguments are those of Qt's ``tr(text, disambiguation, n)``, which lupdate needs to
    extract the text as a plural. Without a finished translation of its forms the text stays as
    written (the plural form)."""
    del disambiguation
    forms = _plurals(_language[0]).get(text)
    chosen = forms[_plural_index(_language[0], n, len(forms))] if forms else text
    return chosen.replace("%n", str(n))


def _plural_index(language: str, n: int, forms: int) -> int:
    """Which of a language's plural forms a count takes (Qt's rules for its languages so far:
    Dutch and English have one form for 1 and one for every other count, 0 included)."""
    del language  # every language of the app so far has these two forms
    return min(0 if n == 1 else 1, forms - 1)


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
    if language == SOURCE_LANGUAGE:
        return {}
    root = _ts_root(language)
    if root is None:
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


def _ts_root(language: str) -> ET.Element | None:
    import xml.etree.ElementTree as ET  # only when a text is looked up in a .ts

    ts = translations_folder() / f"checkin_{language}.ts"
    try:
        return ET.fromstring(ts.read_bytes())  # noqa: S314 - the app's own file, shipped with it
    except (OSError, ET.ParseError):
        return None


@functools.lru_cache(maxsize=8)
def _plurals(language: str) -> dict[str, tuple[str, ...]]:
    """The finished plural forms of every text with ``%n`` in ``language`` (Dutch too: its
    singulars). The core's own (lupdate's empty context) come first; a text that only the window
    has translated so far (the same Dutch words in a screen's context) is taken from there."""
    root = _ts_root(language)
    if root is None:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for context in sorted(root.iter("context"), key=lambda c: (c.findtext("name") or "") != CONTEXT):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None or translation.get("type"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            source = message.findtext("source") or ""
            if forms and all(forms) and source not in found:
                found[source] = forms
    return found
