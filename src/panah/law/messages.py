"""The translatable messages, for translators and for the catalogue tests.

Two catalogues (gettext domains): ``panah-law`` (the engine) and ``panah-core`` (the case-file
loader and validator, :mod:`panah.core`). The engine's come from two sources:

* the ``_()`` / ``gettext`` / ``ngettext`` / ``pgettext`` calls in ``panah.law`` and
  ``panah.jurisdictions`` (found by reading the modules' syntax trees; nothing is imported);
* the law packs' provision and parameter titles (the YAML files), which the engine shows as
  the titles of findings and deadlines, plus the month names and date qualifiers that
  :mod:`panah.law.words` looks up by value.

The core's are the ``_()`` / ``pgettext`` / ``ngettext`` calls in ``panah.core``, plus the
words those messages look up by value: month names ("day 30 does not exist in February"),
script names, the kinds of entity a reference may name, and PyYAML's common syntax errors.

``python -m panah.law.messages`` writes each domain's ``.pot`` (``panah/law/locale/
panah-law.pot``, ``panah/core/locale/panah-core.pot``) and, with ``--update``, merges it into
each language's ``.po`` (``msgmerge``) and compiles the ``.mo`` (``msgfmt``): the GNU gettext
tools are needed for that step only, never at run time. ``--domain core`` or ``--domain law``
does one of them.
"""

from __future__ import annotations

import argparse
import ast
import calendar
import inspect
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from panah.core import i18n as core_i18n
from panah.core.dates import Qualifier
from panah.law.i18n import DOMAIN, LOCALE_DIR
from panah.law.words import COUNTRY_CODES, MONTH_CONTEXTS, MONTHS

__all__ = ["DOMAINS", "Message", "core_messages", "source_messages", "write_pot"]

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
    return _merged(raw)


def _merged(raw: list[Message]) -> list[Message]:
    """Messages merged by (context, msgid), in first-seen order, their locations joined."""
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


def write_pot(path: Path, messages: list[Message], *,
              title: str = "The law engine's messages") -> None:
    lines = [
        f"# {title} (generated by python -m panah.law.messages).",
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


# PyYAML's (libyaml's) commonest syntax errors and their contexts, translated by value.
YAML_WORDS = (
    "mapping values are not allowed in this context",
    "mapping values are not allowed here",
    "did not find expected key",
    "did not find expected '-' indicator",
    "did not find expected ',' or ']'",
    "did not find expected ',' or '}'",
    "did not find expected node content",
    "did not find expected <document start>",
    "could not find expected ':'",
    "found character that cannot start any token",
    "found unexpected end of stream",
    "found unknown escape character",
    "found undefined alias",
    "found undefined tag handle",
    "found a tab character where an indentation space is expected",
    "found a tab character that violates indentation",
    "while scanning for the next token",
    "while scanning a simple key",
    "while scanning a quoted scalar",
    "while parsing a quoted scalar",
    "while scanning a block scalar",
    "while scanning a plain scalar",
    "while parsing a block collection",
    "while parsing a block mapping",
    "while parsing a flow sequence",
    "while parsing a flow mapping",
    "while parsing a node",
)


# The json module's syntax errors (without their positions, which the Problem carries).
JSON_WORDS = (
    "Expecting value",
    "Expecting property name enclosed in double quotes",
    "Expecting ',' delimiter",
    "Expecting ':' delimiter",
    "Extra data",
    "Unterminated string starting at",
    "Invalid control character at",
    "Invalid \\escape",
    "Invalid \\uXXXX escape",
)


def _integrity_words(path: Path) -> list[Message]:
    """The entity kinds (``register(id, "person", …)``) and reference words (``ref(…,
    "claim")``) that :mod:`panah.core.integrity` puts into its messages."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out: list[Message] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id == "register" and len(node.args) == 3:
            word, context = _const(node.args[1]), "entity"
        elif node.func.id == "ref" and len(node.args) == 4:
            word, context = _const(node.args[3]), "reference"
        else:
            continue
        if word is not None:
            out.append(Message(word, context=context, locations=(f"panah/core/integrity.py:"
                                                                f"{node.lineno}",)))
    return out


def core_messages() -> list[Message]:
    """Every message the case-file loader and validator may show (the ``panah-core`` domain)."""
    from panah.core.integrity import _SCRIPT_NAME
    from panah.core.strictyaml import read_yaml

    raw: list[Message] = []
    for path in sorted((_PANAH / "core").rglob("*.py")):
        raw += _calls(path, str(path.relative_to(_PANAH.parent)))
    raw += _integrity_words(_PANAH / "core" / "integrity.py")
    raw += [Message(m, context="in month", locations=("panah/core/dates.py",))
            for m in calendar.month_name[1:]]
    raw += [Message(n, context="script", locations=("panah/core/integrity.py",))
            for n in _SCRIPT_NAME.values()]
    default_what = str(inspect.signature(read_yaml).parameters["what"].default)
    raw += [Message(w, context="in files", locations=("panah/core/strictyaml.py",))
            for w in (default_what, "case files")]
    raw += [Message(w, context="YAML", locations=("panah/core/strictyaml.py",))
            for w in YAML_WORDS]
    raw += [Message(w, context="JSON", locations=("panah/core/casefile.py",))
            for w in JSON_WORDS]
    return _merged(raw)


DOMAINS = {
    "law": (DOMAIN, LOCALE_DIR, "The law engine's messages", source_messages),
    "core": (core_i18n.DOMAIN, core_i18n.LOCALE_DIR,
             "The case-file loader's and validator's messages", core_messages),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m panah.law.messages")
    parser.add_argument("--update", action="store_true",
                        help="merge into each language's .po and compile the .mo")
    parser.add_argument("--domain", choices=("all", *DOMAINS), default="all",
                        help="which catalogue (default: both)")
    args = parser.parse_args(argv)
    names = list(DOMAINS) if args.domain == "all" else [args.domain]
    msgmerge, msgfmt = shutil.which("msgmerge"), shutil.which("msgfmt")
    if args.update and (msgmerge is None or msgfmt is None):
        sys.stderr.write("--update needs the GNU gettext tools (msgmerge, msgfmt)\n")
        return 2
    for name in names:
        domain, locale_dir, title, collect = DOMAINS[name]
        pot = locale_dir / f"{domain}.pot"
        locale_dir.mkdir(exist_ok=True)
        write_pot(pot, collect(), title=title)
        sys.stdout.write(f"wrote {pot}\n")
        if not args.update or msgmerge is None or msgfmt is None:
            continue
        for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{domain}.po")):
            # Fixed tools on our own files: no untrusted input reaches the command line.
            subprocess.run([msgmerge, "--quiet", "--update", "--backup=none",  # noqa: S603
                            "--no-fuzzy-matching", "--no-wrap", str(po), str(pot)], check=True)
            subprocess.run([msgfmt, "--check-format", "-o",  # noqa: S603
                            str(po.with_suffix(".mo")), str(po)], check=True)
            sys.stdout.write(f"updated {po}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
