"""Text and Markdown renderings of an assessment (the JSON form is ``Assessment.to_json``).

All three show the same trace: alerts with their actions, deadlines, and the findings tree with
explanations, claims used, missing facts and disputed facts. Every provision is shown with its
verification level, and a level other than ``primary`` is flagged, so a lawyer sees at once
which rules still need checking against the official text.
"""

from __future__ import annotations

from collections.abc import Iterator

from panah.law.assess import Assessment, PersonAssessment
from panah.law.citations import Verification
from panah.law.deadlines import Deadline
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.i18n import ngettext, pgettext

__all__ = ["render_markdown", "render_text"]

_MARK = {"holds": "✔", "does_not_hold": "✘", "undetermined": "?"}


def _level(v: Verification) -> str:
    level = pgettext("verification level", v.value)
    if v == Verification.PRIMARY:
        return f"[{level}]"
    return "[" + _("{level} - check the text").format(level=level) + "]"


def _unit(unit: str, n: int) -> str:
    """'calendar days', 'months' as written in the deadline line (plural forms in Russian)."""
    words = unit.replace("_", " ")
    if unit == "calendar_days":
        return ngettext("calendar days", "calendar days", n)
    if unit == "working_days":
        return ngettext("working days", "working days", n)
    if unit == "weeks":
        return ngettext("weeks", "weeks", n)
    if unit == "months":
        return ngettext("months", "months", n)
    if unit == "years":
        return ngettext("years", "years", n)
    if unit == "hours":
        return ngettext("hours", "hours", n)
    return pgettext("unit", words)


def _deadline_line(d: Deadline) -> str:
    due = d.due.isoformat() if d.due else "—"
    start = d.starts_on.isoformat() if d.starts_on else _("not started")
    status = pgettext("deadline status", d.status.value)
    line = (f"{due}  {status:<11} {d.title} ({d.provision}) {_level(d.verification)}; "
            + _("{amount} {unit} from {start}").format(
                amount=d.amount, unit=_unit(d.unit.value, d.amount), start=start))
    if d.trigger:
        line += f" ({d.trigger_label})"
    if d.days_left is not None:
        line += "; " + ngettext("{n} days left", "{n} days left", d.days_left).format(
            n=d.days_left)
    return line


def _finding_lines(
    f: Finding, depth: int, md: bool, shown: frozenset[int] = frozenset()
) -> Iterator[str]:
    pad = "  " * depth
    bullet = "- " if md else ""
    words = pgettext("outcome", f.outcome.words)
    head = (f"{_MARK[f.outcome.value]} {words}: {f.title} — {f.citation} "
            f"({f.provision}) {_level(f.verification)}")
    if f.kind.value != "rule":
        head += " · " + pgettext("finding kind", f.kind.value.replace("_", " "))
    if id(f) in shown:
        yield f"{pad}{bullet}{head} " + _("(see above)")
        return
    strong = "**" if md and depth == 0 else ""
    yield f"{pad}{bullet}{strong}{head}{strong}"
    inner = pad + ("  " if md else "    ")
    yield f"{inner}{f.explanation}"
    if f.applied_version:
        yield inner + _("law applied: {version}").format(version=f.applied_version)
    if f.facts_used:
        yield inner + _("claims used: {claims}").format(claims=", ".join(f.facts_used))
    for m in f.missing_facts:
        yield inner + _("missing: {fact}").format(fact=m)
    for d in f.disputed:
        values = " | ".join(
            f"{v.value} ({', '.join(v.sources)}{'; ' + v.consequence if v.consequence else ''})"
            for v in d.values
        )
        working = (_("; working value {value}").format(value=d.working_value)
                   if d.working_value is not None else _("; no working value chosen"))
        matters = "" if d.decisive else _(" (does not change the outcome)")
        yield inner + "⚠ " + _("disputed {label}: {values}{working}{matters}").format(
            label=d.label, values=values, working=working, matters=matters)
    for sub in f.sub_findings:
        yield from _finding_lines(sub, depth + 1, md, shown)


def _person_lines(p: PersonAssessment, md: bool) -> Iterator[str]:
    yield f"## {p.name} ({p.person})" if md else f"== {p.name} ({p.person})"
    yield ""
    none = _("none")
    yield "### " + _("Alerts") if md else _("Alerts")
    if not p.alerts:
        yield f"- {none}" if md else f"  {none}"
    for a in p.alerts:
        severity = pgettext("severity", a.severity.value).upper()
        yield f"- **{severity}** {a.message}" if md else f"  [{severity}] {a.message}"
        for act in a.actions:
            level = f" {_level(act.verification)}" if act.verification else ""
            cite = f" ({act.provision}{level})" if act.provision else ""
            yield ("  - " + _("action: {text}").format(text=f"{act.text}{cite}") if md
                   else f"      → {act.text}{cite}")
    yield ""
    yield "### " + _("Deadlines") if md else _("Deadlines")
    if not p.deadlines:
        yield f"- {none}" if md else f"  {none}"
    for d in p.deadlines:
        yield f"- {_deadline_line(d)}" if md else f"  {_deadline_line(d)}"
        if d.note:
            note = _("note: {note}").format(note=d.note)
            yield f"  - {note}" if md else f"      {note}"
    yield ""
    yield "### " + _("Findings") if md else _("Findings")
    shown: set[int] = set()
    for f in p.findings:
        yield from _finding_lines(f, 0 if md else 1, md, frozenset(shown))
        shown.add(id(f))
    yield ""


def _lines(a: Assessment, md: bool) -> Iterator[str]:
    title = _("{title} — assessment as of {date}").format(
        title=a.title, date=a.as_of.isoformat())
    yield f"# {title}" if md else title
    yield ""
    yield _("Only facts known by that date and the law in force on the relevant dates are used. "
            "Levels other than [primary] mark rules not yet read in the official text.")
    yield _("Calendar: {calendar}").format(calendar=_(a.calendar))
    yield ""
    for p in a.people:
        yield from _person_lines(p, md)


def render_text(a: Assessment) -> str:
    return "\n".join(_lines(a, md=False)).rstrip() + "\n"


def render_markdown(a: Assessment) -> str:
    return "\n".join(_lines(a, md=True)).rstrip() + "\n"
