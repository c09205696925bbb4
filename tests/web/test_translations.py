"""The interface catalogues: Russian complete, Kazakh started, compiled files up to date."""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "src/panah/web/locale"


def _entries(po: Path) -> dict[str, list[str]]:
    """msgid -> msgstr forms, for a .po file as makemessages writes it."""
    out: dict[str, list[str]] = {}
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.splitlines() if not ln.startswith("#")]
        text = "\n".join(lines)
        m = re.search(r'^msgid ((?:".*"\n?)+)', text, re.M)
        if not m:
            continue
        msgid = "".join(json.loads(s) for s in re.findall(r'".*"', m.group(1)))
        if not msgid:
            continue  # the header
        forms = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', text, re.M)
        out[msgid] = ["".join(json.loads(s) for s in re.findall(r'".*"', f)) for f in forms]
    return out


def test_russian_is_complete() -> None:
    entries = _entries(LOCALE / "ru/LC_MESSAGES/django.po")
    assert len(entries) > 100
    missing = [k for k, v in entries.items() if not all(v)]
    assert missing == []


def test_kazakh_is_started() -> None:
    entries = _entries(LOCALE / "kk/LC_MESSAGES/django.po")
    assert sum(1 for v in entries.values() if all(v)) >= 15


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_compiled_catalogue_matches_source(lang: str) -> None:
    entries = _entries(LOCALE / f"{lang}/LC_MESSAGES/django.po")
    with (LOCALE / f"{lang}/LC_MESSAGES/django.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for msgid, forms in entries.items():
        if len(forms) == 1 and forms[0]:
            assert compiled.gettext(msgid) == forms[0], f"recompile {lang}: {msgid!r}"
