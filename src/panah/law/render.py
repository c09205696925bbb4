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

__all__ = ["render_markdown", "render_text"]

_MARK = {"holds": "✔", "does_not_hold": "✘", "undetermined": "?"}


def _level(v: Verification) -> str:
    return f"[{v.value}]" if v == Verification.PRIMARY else f"[{v.value} - check the text]"


def _deadline_line(d: Deadline) -> str:
    due = d.due.isoformat() if d.due else "—"
    start = d.starts_on.isoformat() if d.starts_on else "not started"
    line = (f"{due}  {d.status.value:<11} {d.title} ({d.provision}) {_level(d.verification)}; "
            f"{d.amount} {d.unit.value.replace('_', ' ')} from {start}")
    if d.trigger:
        line += f" ({d.trigger_label})"
    if d.days_left is not None:
        line += f"; {d.days_left} days left"
    return line


def _finding_lines(
    f: Finding, depth: int, md: bool, shown: frozenset[int] = frozenset()
) -> Iterator[str]:
    pad = "  " * depth
    bullet = "- " if md else ""
    head = (f"{_MARK[f.outcome.value]} {f.outcome.words}: {f.title} — {f.citation} "
            f"({f.provision}) {_level(f.verification)}")
    if f.kind.value != "rule":
        head += f" · {f.kind.value.replace('_', ' ')}"
    if id(f) in shown:
        yield f"{pad}{bullet}{head} (see above)"
        return
    strong = "**" if md and depth == 0 else ""
    yield f"{pad}{bullet}{strong}{head}{strong}"
    inner = pad + ("  " if md else "    ")
    yield f"{inner}{f.explanation}"
    if f.applied_version:
        yield f"{inner}law applied: {f.applied_version}"
    if f.facts_used:
        yield f"{inner}claims used: {', '.join(f.facts_used)}"
    for m in f.missing_facts:
        yield f"{inner}missing: {m}"
    for d in f.disputed:
        values = " | ".join(
            f"{v.value} ({', '.join(v.sources)}{'; ' + v.consequence if v.consequence else ''})"
            for v in d.values
        )
        working = (f"; working value {d.working_value}" if d.working_value is not None
                   else "; no working value chosen")
        matters = "" if d.decisive else " (does not change the outcome)"
        yield f"{inner}⚠ disputed {d.label}: {values}{working}{matters}"
    for sub in f.sub_findings:
        yield from _finding_lines(sub, depth + 1, md, shown)


def _person_lines(p: PersonAssessment, md: bool) -> Iterator[str]:
    yield f"## {p.name} ({p.person})" if md else f"== {p.name} ({p.person})"
    yield ""
    yield "### Alerts" if md else "Alerts"
    if not p.alerts:
        yield "- none" if md else "  none"
    for a in p.alerts:
        yield f"- **{a.severity.value.upper()}** {a.message}" if md else (
            f"  [{a.severity.value.upper()}] {a.message}")
        for act in a.actions:
            level = f" {_level(act.verification)}" if act.verification else ""
            cite = f" ({act.provision}{level})" if act.provision else ""
            yield f"  - action: {act.text}{cite}" if md else f"      → {act.text}{cite}"
    yield ""
    yield "### Deadlines" if md else "Deadlines"
    if not p.deadlines:
        yield "- none" if md else "  none"
    for d in p.deadlines:
        yield f"- {_deadline_line(d)}" if md else f"  {_deadline_line(d)}"
        if d.note:
            yield f"  - note: {d.note}" if md else f"      note: {d.note}"
    yield ""
    yield "### Findings" if md else "Findings"
    shown: set[int] = set()
    for f in p.findings:
        yield from _finding_lines(f, 0 if md else 1, md, frozenset(shown))
        shown.add(id(f))
    yield ""


def _lines(a: Assessment, md: bool) -> Iterator[str]:
    title = f"{a.title} — assessment as of {a.as_of.isoformat()}"
    yield f"# {title}" if md else title
    yield ""
    yield ("Only facts known by that date and the law in force on the relevant dates are used. "
           "Levels other than [primary] mark rules not yet read in the official text.")
    yield f"Calendar: {a.calendar}"
    yield ""
    for p in a.people:
        yield from _person_lines(p, md)


def render_text(a: Assessment) -> str:
    return "\n".join(_lines(a, md=False)).rstrip() + "\n"


def render_markdown(a: Assessment) -> str:
    return "\n".join(_lines(a, md=True)).rstrip() + "\n"
