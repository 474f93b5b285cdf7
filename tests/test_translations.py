"""Every user-visible text goes through Qt's translation system, core texts included."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from checkin.errors import Rejected
from checkin.i18n import N_
from ui.messages import rejected_text

ROOT = Path(__file__).resolve().parent.parent


def _load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def installed(ts: Path) -> Iterator[None]:
    """``ts`` compiled with lrelease and installed in the running app while the block runs."""
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def messages(ts: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found[name] = {m.findtext("source") or "" for m in context.iter("message")}
    return found


def test_lupdate_finds_core_and_window_texts(tmp_path: Path) -> None:
    [ts] = _load_script().update(tmp_path)
    found = messages(ts)
    assert "{name} is vanochtend al ingecheckt (om {time})." in found[""]  # core, marked with N_
    assert "Ochtend &starten" in found["VandaagScreen"]  # window, through self.tr()
    assert "&Registreren en inchecken" in found["NewFamilyDialog"]


def test_an_english_translation_reaches_core_messages(qtbot: QtBot, tmp_path: Path) -> None:
    source = "Er is geen gezin met de code '{code}'."
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        f"<context><name></name><message><source>{source}</source>"
        "<translation>There is no family with the code '{code}'.</translation></message></context></TS>",
        encoding="utf-8",
    )
    with installed(ts):
        error = Rejected(N_(source), code="K7F3")
        assert str(error) == "Er is geen gezin met de code 'K7F3'."
        assert rejected_text(error) == "There is no family with the code 'K7F3'."


def test_module_level_tr_helpers_translate_in_the_context_lupdate_uses(qtbot: QtBot, tmp_path: Path) -> None:
    """ui modules without a class (pin, backups, privacy, ...) call a tr() helper: lupdate files
    those texts under the empty context, so the helpers must look them up there."""
    import ui.backup_menu
    import ui.pin
    import ui.privacy_actions

    [ts] = _load_script().update(tmp_path)
    samples = {
        ui.pin.tr: "Die pincode klopt niet. Probeer het nog eens.",
        ui.backup_menu.tr: "Backup maken naar...",
        ui.privacy_actions.tr: "Dat lukt niet",
    }
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.findtext("source") in samples.values():
                translation = message.find("translation")
                assert translation is not None
                translation.text = "EN " + (message.findtext("source") or "")
                translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    with installed(ts):
        for helper, text in samples.items():
            assert helper(text) == "EN " + text


TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+|</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&([^&\s])")


def _messages_of(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def _accelerator(text: str) -> str | None:
    found = ACCELERATOR.findall(text.replace("&&", ""))
    assert len(found) <= 1, text
    return found[0].lower() if found else None


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("checkin_*.ts")), ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    """Every message finished (Dutch: every plural); the same {names}, %n, HTML tags, leading and
    trailing spaces and one accelerator where the source has one."""
    problems = []
    for context, message in _messages_of(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if ts.stem == "checkin_nl" and message.get("numerus") != "yes":
            continue
        texts = _texts(message)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: other placeholders")
            if (text[:1].isspace(), text[-1:].isspace()) != (source[:1].isspace(), source[-1:].isspace()):
                problems.append(f"{context}: {source!r} -> {text!r}: other spaces at an end")
            if (_accelerator(text) is None) != (_accelerator(source) is None):
                problems.append(f"{context}: {source!r} -> {text!r}: accelerator added or lost")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("checkin_*.ts")), ids=lambda p: p.name)
def test_translated_accelerators_do_not_clash_where_the_dutch_ones_did_not(ts: Path) -> None:
    """Within a context (a dialog or screen), two texts share an &-letter only if their sources did."""
    by_context: dict[str, dict[str, set[str | None]]] = {}
    for context, message in _messages_of(ts):
        source = message.findtext("source") or ""
        for text in _texts(message):
            letter = _accelerator(text) if text else None
            if letter is not None:
                by_context.setdefault(context, {}).setdefault(letter, set()).add(_accelerator(source))
    clashes = {
        (context, letter): sources
        for context, letters in by_context.items()
        for letter, sources in letters.items()
        if len(sources) > 1
    }
    assert not clashes, clashes


def test_translation_files_are_current() -> None:
    """The committed .ts match the sources and every .qm is built from its .ts as it is now
    (run scripts/update_translations.py when this fails)."""
    assert _load_script().stale() == []


def test_a_new_language_starts_as_a_copy_of_the_english_file(tmp_path: Path) -> None:
    """Adding a language: copy checkin_en.ts, run the script; the copy is emptied for the translator."""
    shutil.copy(TRANSLATIONS / "checkin_en.ts", tmp_path / "checkin_tr.ts")
    written = _load_script().update(tmp_path)
    assert sorted(p.name for p in written) == ["checkin_en.ts", "checkin_tr.ts"]
    root = ET.parse(tmp_path / "checkin_tr.ts").getroot()
    assert root.get("language") == "tr"
    translations = list(root.iter("translation"))
    assert len(translations) == len(
        list(ET.parse(TRANSLATIONS / "checkin_en.ts").getroot().iter("translation"))
    )
    assert all(t.get("type") == "unfinished" and not (t.text or "").strip() for t in translations)
    assert (tmp_path / "checkin_tr.qm").exists()
