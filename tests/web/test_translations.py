"""The interface catalogues: Russian complete, Kazakh started, compiled files up to date."""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "src/panah/web/locale"


def _entries(po: Path) -> dict[str, list[str]]:
    """msgid -> msgstr forms, for a .po file as makemessages writes it ("context\\x04msgid"
    for a message with a context)."""
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
        ctx = re.search(r'^msgctxt (".*")$', text, re.M)
        if ctx:  # the key of a message with a context, as in the compiled catalogue
            msgid = f"{json.loads(ctx.group(1))}\x04{msgid}"
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


@pytest.mark.parametrize(
    ("locale", "lang"), [("locale", "ru"), ("locale", "kk"), ("locale_vendor", "kk")]
)
def test_compiled_catalogue_matches_source(locale: str, lang: str) -> None:
    where = LOCALE.parent / locale / lang / "LC_MESSAGES"
    entries = _entries(where / "django.po")
    assert entries
    with (where / "django.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for msgid, forms in entries.items():
        if len(forms) == 1 and forms[0]:
            assert compiled.gettext(msgid) == forms[0], f"recompile {lang}: {msgid!r}"


# xgettext (makemessages) does not look inside f-strings: a gettext("...") call written in one
# is missing from the template catalogue and is marked obsolete by the next makemessages run,
# and the page then shows it in English. The web app's Python is read here for such calls.
SRC = Path(__file__).resolve().parents[2] / "src/panah"
_CALL = re.compile(
    r"""\b(?:gettext|gettext_lazy|_)\(\s*(?P<lit>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')\s*\)"""
)


def _fstring_calls(text: str) -> list[str]:
    """The literals of gettext calls inside f-strings of Python source ``text``."""
    import ast
    import io
    import tokenize

    found = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.STRING and re.match(r"^[rRbBuU]*[fF]", tok.string):
            found += [ast.literal_eval(m.group("lit")) for m in _CALL.finditer(tok.string)]
    return found


def _gettext_in_fstrings() -> dict[str, str]:
    """msgid -> file, for gettext calls on a literal inside an f-string."""
    found: dict[str, str] = {}
    for py in [
        *sorted((SRC / "web").rglob("*.py")),
        *sorted((SRC / "storage/django_orm").rglob("*.py")),
    ]:
        text = py.read_text(encoding="utf-8")
        if "from django.utils.translation import" not in text:
            continue  # the law and core catalogues have their own gettext
        found.update(dict.fromkeys(_fstring_calls(text), py.name))
    return found


def test_the_scan_finds_gettext_in_fstrings() -> None:
    source = (
        'x = f"<th>{_t(gettext(\'Runs from\'))}</th>"\n'
        "y = gettext('Due')\n"
        "z = f'{_(\"Born\")}'\n"
    )
    assert _fstring_calls(source) == ["Runs from", "Born"]


def test_the_case_page_tags_keep_gettext_out_of_fstrings() -> None:
    """makemessages reads panah_case.py's texts only outside f-strings."""
    text = (SRC / "web/templatetags/panah_case.py").read_text(encoding="utf-8")
    assert _fstring_calls(text) == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_gettext_in_fstrings_is_in_the_catalogue(lang: str) -> None:
    entries = _entries(LOCALE / f"{lang}/LC_MESSAGES/django.po")  # obsolete (#~) ones excluded
    missing = {k: f for k, f in _gettext_in_fstrings().items() if k not in entries}
    assert missing == {}
    if lang == "ru":
        assert [k for k in _gettext_in_fstrings() if not all(entries[k])] == []
