"""The engine's translatable messages, for translators and for the catalogue tests.

Two sources:

* the ``_()`` / ``gettext`` / ``ngettext`` / ``pgettext`` calls in ``panah.law`` and
  ``panah.jurisdictions`` (found by reading the modules' syntax trees; nothing is imported);
* the law packs' provision and parameter titles (the YAML files), which the engine shows as
  the titles of findings and deadlines, plus the month names and date qualifiers that
  :mod:`panah.law.words` looks up by value.

``python -m panah.law.messages`` writes ``locale/panah-law.pot`` and, with ``--update``, merges
it into each language's ``.po`` (``msgmerge``) and compiles the ``.mo`` (``msgfmt``): the GNU
gettext tools are needed for that step only, never at run time.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from panah.core.dates import Qualifier
from panah.law.i18n import DOMAIN, LOCALE_DIR
from panah.law.words import COUNTRY_CODES, MONTH_CONTEXTS, MONTHS

__all__ = ["Message", "source_messages", "write_pot"]

_PANAH = Path(__file__).resolve().parent.parent
_SCANNED = ("law", "jurisdictions")
_FUNCS = {"_": "s", "gettext": "s", "ngettext": "p", "pgettext": "c", "_n": "p"}



@dataclass(frozen=True, slots=True)
class Message:
    msgid: str
    context: str | None = None
    plural: str | None = None
    locations: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)


def _const(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _calls(path: Path, rel: str) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Message] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(
            fn, ast.Attribute) else None
        kind = _FUNCS.get(name or "")
        if kind is None or not node.args:
            continue
        where = f"{rel}:{node.lineno}"
        args = [_const(a) for a in node.args]
        if kind == "s" and args[0] is not None:
            found.append(Message(args[0], locations=(where,)))
        elif kind == "p" and len(args) >= 2 and args[0] is not None and args[1] is not None:
            found.append(Message(args[0], plural=args[1], locations=(where,)))
        elif kind == "c" and len(args) >= 2 and args[0] is not None and args[1] is not None:
            found.append(Message(args[1], context=args[0], locations=(where,)))
    return found


def _pack_titles() -> list[Message]:
    from panah.law.registry import default_registry

    registry = default_registry()
    out = [Message(p.title, locations=(f"provision {p.id}",)) for p in registry.all()]
    out += [Message(p.title, locations=(f"parameter {p.id}",)) for p in registry.parameters()]
    # Parameters whose value is words (the competent body) are shown in findings too.
    out += [Message(v.value, locations=(f"parameter {p.id}",)) for p in registry.parameters()
            for v in p.values if isinstance(v.value, str)]
    return out


def _fixed() -> list[Message]:
    out = [Message(m, context=c, locations=("panah/law/words.py",))
           for c in MONTH_CONTEXTS for m in MONTHS]
    out += [Message(q.value, context="date qualifier", locations=("panah/law/words.py",))
            for q in (Qualifier.APPROXIMATE, Qualifier.UNCERTAIN,
                      Qualifier.APPROXIMATE_UNCERTAIN)]
    here = "panah/law/render.py"
    from panah.law.alerts import Severity
    from panah.law.citations import Verification
    from panah.law.deadlines import DeadlineStatus
    from panah.law.findings import FindingKind
    from panah.law.logic import Outcome
    from panah.law.provisions import Unit

    looked_up: list[tuple[str, list[str]]] = [
        ("verification level", [v.value for v in Verification]),
        ("deadline status", [s.value for s in DeadlineStatus]),
        ("outcome", [o.words for o in Outcome]),
        ("finding kind", [k.value.replace("_", " ") for k in FindingKind]),
        ("severity", [s.value for s in Severity]),
        ("unit", [u.value.replace("_", " ") for u in (Unit.TENGE, Unit.MCI, Unit.COUNT,
                                                     Unit.RATIO)]),
    ]
    out += [Message(v, context=c, locations=(here,)) for c, vs in looked_up for v in vs]
    out += [Message(code, context="country", locations=("panah/law/words.py",))
            for code in COUNTRY_CODES]
    from panah.law.calendar import KazakhstanCalendar
    from panah.law.labels import labels

    out += [Message(text, context=name, locations=("panah/law/labels.py",))
            for name, _value, text in labels()]

    out.append(Message(KazakhstanCalendar().name, locations=("panah/law/calendar.py",)))
    return out


def source_messages(*, packs: bool = True) -> list[Message]:
    """Every message the engine may show, merged by (context, msgid), in first-seen order."""
    raw: list[Message] = []
    for top in _SCANNED:
        for path in sorted((_PANAH / top).rglob("*.py")):
            rel = str(path.relative_to(_PANAH.parent))
            raw += _calls(path, rel)
    raw += _fixed()
    if packs:
        raw += _pack_titles()
    merged: dict[tuple[str | None, str], Message] = {}
    for m in raw:
        if not m.msgid:
            continue
        old = merged.get(m.key)
        if old is None:
            merged[m.key] = m
        else:
            merged[m.key] = Message(old.msgid, old.context, old.plural or m.plural,
                                    old.locations + m.locations)
    return list(merged.values())


def _quote(text: str) -> str:
    body = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t"))
    return f'"{body}"'


def write_pot(path: Path, messages: list[Message]) -> None:
    lines = [
        "# The law engine's messages (generated by python -m panah.law.messages).",
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        "",
    ]
    for m in messages:
        locs = sorted(set(m.locations))
        lines.append("#: " + " ".join(loc.replace(" ", "_") for loc in locs[:6]))
        if "{" in m.msgid:
            lines.append("#, python-brace-format")
        if m.context is not None:
            lines.append(f"msgctxt {_quote(m.context)}")
        lines.append(f"msgid {_quote(m.msgid)}")
        if m.plural is not None:
            lines.append(f"msgid_plural {_quote(m.plural)}")
            lines.append('msgstr[0] ""')
            lines.append('msgstr[1] ""')
        else:
            lines.append('msgstr ""')
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m panah.law.messages")
    parser.add_argument("--update", action="store_true",
                        help="merge into each language's .po and compile the .mo")
    args = parser.parse_args(argv)
    pot = LOCALE_DIR / f"{DOMAIN}.pot"
    LOCALE_DIR.mkdir(exist_ok=True)
    write_pot(pot, source_messages())
    sys.stdout.write(f"wrote {pot}\n")
    if args.update:
        msgmerge, msgfmt = shutil.which("msgmerge"), shutil.which("msgfmt")
        if msgmerge is None or msgfmt is None:
            sys.stderr.write("--update needs the GNU gettext tools (msgmerge, msgfmt)\n")
            return 2
        for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
            # Fixed tools on our own files: no untrusted input reaches the command line.
            subprocess.run([msgmerge, "--quiet", "--update", "--backup=none",  # noqa: S603
                            "--no-fuzzy-matching", "--no-wrap", str(po), str(pot)], check=True)
            subprocess.run([msgfmt, "--check-format", "-o",  # noqa: S603
                            str(po.with_suffix(".mo")), str(po)], check=True)
            sys.stdout.write(f"updated {po}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
