"""The helpers a DOCX (docxtpl/Jinja) template calls, mirroring the Typst library.

``{{ prov('intl/cat-1984/art-3') }}`` prints a citation with its verification level when not
primary; ``{{ fact(person.facts.citizenship) }}`` prints a fact with its sources (and every
value when sources disagree); ``{{ event_line(e) }}`` prints an event as one sentence. They
read only the document context, so a template cannot print what the context does not hold:
an unknown provision id is an error, never a blank.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from panah.core.errors import PanahError

__all__ = ["helpers"]


def _repeats(title: str, text: str) -> bool:
    a, b = title.lower(), text.lower()
    return b in a or a in b


def helpers(context: Mapping[str, Any]) -> dict[str, Callable[..., Any]]:
    """The functions a DOCX template may call, bound to one document's context."""
    words = context["labels"]["words"]
    table = context["provisions"]["by_id"]
    gender = context["person"].get("gender")

    def avail(ident: str) -> bool:
        return ident in table and bool(table[ident]["available"])

    def prov(ident: str) -> str:
        if ident not in table:
            raise PanahError(f"the template cites {ident!r}, which the document does not include")
        entry = table[ident]
        if not entry["available"]:
            raise PanahError(
                f"the template cites {ident!r}, which did not exist on {context['as_of']['iso']}"
            )
        return str(entry["text"])

    def cap_prov(ident: str) -> str:
        text = prov(ident)
        return text[:1].upper() + text[1:]

    def provs(ids: Iterable[str]) -> str:
        return "; ".join(prov(i) for i in ids if avail(i))

    def fact(f: Mapping[str, Any] | None) -> str:
        if f is None:
            raise PanahError("the template printed a fact the context does not have")
        return str(f["display"])

    def value(f: Mapping[str, Any] | None) -> str:
        if f is None:
            raise PanahError("the template printed a fact the context does not have")
        if f["text"] is not None:
            return str(f["text"])
        return " / ".join(str(g["text"]) for g in f["all"])

    def event_line(e: Mapping[str, Any], with_type: bool = False) -> str:
        head = fact(e["date"]) if e["date"] is not None else words["missing"]
        body = f"{e['type_label']} ({e['title']})" if with_type else str(e["title"])
        text = f"{head} — {body}"
        for det in e["details"]:
            f = det["fact"]
            if f["text"] is None or not _repeats(str(e["title"]), str(f["text"])):
                text += f"; {det['label']}: {f['display']}"
        if e["date"] is None:
            text += f" {e['cite']}"
        return text + "."

    def identity() -> str:
        p = context["person"]
        text = str(p["name"])
        if p["name_cite"]:
            text += f" {p['name_cite']}"
        if p["other_names"]:
            text += f" ({words['aka']}: {p['other_names_text']})"
        return text

    def g(masculine: str, feminine: str) -> str:
        return feminine if gender == "female" else masculine

    def and_list(items: Iterable[str]) -> str:
        seen: list[str] = []
        for item in items:
            if item not in seen:
                seen.append(item)
        if len(seen) <= 1:
            return "".join(seen)
        return ", ".join(seen[:-1]) + f" {words['and']} " + seen[-1]

    def labels_of(events: Iterable[Mapping[str, Any]]) -> list[str]:
        return [str(e["type_label"]) for e in events]

    return {
        "avail": avail,
        "prov": prov,
        "Prov": cap_prov,
        "provs": provs,
        "fact": fact,
        "value": value,
        "event_line": event_line,
        "identity": identity,
        "g": g,
        "and_list": and_list,
        "type_labels": labels_of,
    }
