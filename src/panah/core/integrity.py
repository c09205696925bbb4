"""Checks across a case file that a schema alone cannot express.

Ids are unique across the whole case; every reference points at an entity of the right kind;
claim properties are known and their values have the right shape; name spellings are in the
script they declare. Each problem comes back as (field path, message); the loader turns paths
into lines and columns.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from panah.core.case import Case
from panah.core.i18n import gettext as _
from panah.core.i18n import pgettext
from panah.core.properties import PROPERTIES, check_value, property_kind
from panah.core.strictyaml import format_path

__all__ = ["check_integrity", "format_path", "script_of"]

Path = tuple[str | int, ...]

_SCRIPT_PREFIX = {
    "Cyrl": ("CYRILLIC",),
    "Latn": ("LATIN",),
    "Arab": ("ARABIC",),
    "Hans": ("CJK",),
    "Hant": ("CJK",),
    "Hani": ("CJK",),
    "Grek": ("GREEK",),
    "Mong": ("MONGOLIAN",),
}

_SCRIPT_NAME = {
    "Cyrl": "Cyrillic",
    "Latn": "Latin",
    "Arab": "Arabic",
    "Hans": "Chinese",
    "Grek": "Greek",
    "Mong": "Mongolian",
}


def script_of(ch: str) -> str | None:
    """ISO 15924 code of a letter (for the scripts we check), or None for marks and others."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for code, prefixes in _SCRIPT_PREFIX.items():
        if code in ("Hant", "Hani"):
            continue
        if name.startswith(prefixes):
            return code
    return None


def _script_mismatch(value: str, script: str) -> str | None:
    prefixes = _SCRIPT_PREFIX.get(script)
    if prefixes is None:
        return None  # a script we do not check
    wanted = "Hans" if script in ("Hant", "Hani") else script
    foreign = sorted({s for ch in value if (s := script_of(ch)) is not None and s != wanted})
    if foreign:
        names = _(", ").join(
            _("{script_name} ({code})").format(
                script_name=pgettext("script", _SCRIPT_NAME.get(f, f)), code=f
            )
            for f in foreign
        )
        return _("{value!r} is declared {script} but contains {names} letters").format(
            value=value, script=script, names=names
        )
    return None


def check_integrity(case: Case) -> list[tuple[Path, str]]:
    problems: list[tuple[Path, str]] = []
    kinds: dict[str, str] = {}
    first_path: dict[str, Path] = {}

    def register(ident: str | None, kind: str, path: Path) -> None:
        if ident is None:
            return
        if ident in kinds:
            problems.append(
                (
                    path,
                    _("id {ident!r} is used twice (first at {first})").format(
                        ident=ident, first=format_path(first_path[ident])
                    ),
                )
            )
            return
        kinds[ident] = kind
        first_path[ident] = path

    for i, p in enumerate(case.people):
        register(p.id, "person", ("people", i, "id"))
        for j, r in enumerate(p.relatives):
            register(r.id, "relative", ("people", i, "relatives", j, "id"))
    for i, o in enumerate(case.organisations):
        register(o.id, "organisation", ("organisations", i, "id"))
    for i, s in enumerate(case.sources):
        register(s.id, "source", ("sources", i, "id"))
    for i, c in enumerate(case.claims):
        register(c.id, "claim", ("claims", i, "id"))
    for i, e in enumerate(case.events):
        register(e.id, "event", ("events", i, "id"))
    for i, pr in enumerate(case.proceedings):
        register(pr.id, "proceeding", ("proceedings", i, "id"))

    def ref(ident: str, allowed: Iterable[str], path: Path, what: str) -> None:
        kind = kinds.get(ident)
        allowed = tuple(allowed)
        if kind is None:
            candidates = [k for k, v in kinds.items() if v in allowed]
            hint = difflib.get_close_matches(ident, candidates, n=1)
            if hint:
                message = _("{what} {ident!r} does not exist (did you mean {hint!r}?)").format(
                    what=pgettext("reference", what), ident=ident, hint=hint[0]
                )
            else:
                message = _("{what} {ident!r} does not exist").format(
                    what=pgettext("reference", what), ident=ident
                )
            problems.append((path, message))
        elif kind not in allowed:
            problems.append(
                (
                    path,
                    _("{ident!r} is a {kind}, not a {allowed}").format(
                        ident=ident,
                        kind=pgettext("entity", kind),
                        allowed=_(" or ").join(pgettext("entity", a) for a in allowed),
                    ),
                )
            )

    def claim_refs(ids: Iterable[str], path: Path) -> None:
        for k, cid in enumerate(ids):
            ref(cid, ("claim",), (*path, k), "claim")

    claims_by_id = {c.id: c for c in case.claims}
    sources_by_id = {s.id: s for s in case.sources}

    for i, p in enumerate(case.people):
        for j, n in enumerate(p.names):
            claim_refs(n.claims, ("people", i, "names", j, "claims"))
            if (why := _script_mismatch(n.value, n.script)) is not None:
                problems.append((("people", i, "names", j, "script"), why))
        claim_refs(p.claims, ("people", i, "claims"))
        for j, r in enumerate(p.relatives):
            claim_refs(r.claims, ("people", i, "relatives", j, "claims"))
    for i, o in enumerate(case.organisations):
        for j, n in enumerate(o.names):
            if (why := _script_mismatch(n.value, n.script)) is not None:
                problems.append((("organisations", i, "names", j, "script"), why))

    entity_kinds = ("person", "relative", "organisation", "event", "proceeding", "source")
    for i, c in enumerate(case.claims):
        ref(c.source, ("source",), ("claims", i, "source"), "source")
        ref(c.subject, entity_kinds, ("claims", i, "subject"), "subject")
        if property_kind(c.property) is None:
            hint = difflib.get_close_matches(c.property, list(PROPERTIES), n=1)
            if hint:
                message = _(
                    "unknown property {property!r} (did you mean {hint!r}?); "
                    "custom properties start with 'x-'"
                ).format(property=c.property, hint=hint[0])
            else:
                message = _(
                    "unknown property {property!r}; custom properties start with 'x-'"
                ).format(property=c.property)
            problems.append((("claims", i, "property"), message))
        elif (why := check_value(c.property, c.value)) is not None:
            problems.append((("claims", i, "value"), why))
        if c.property == "age" and c.as_of is None:
            src = sources_by_id.get(c.source)
            if src is not None and src.date is None:
                problems.append(
                    (("claims", i, "as_of"), _("an age needs as_of, or a source with a date"))
                )

    for i, w in enumerate(case.working_values):
        ref(w.subject, entity_kinds, ("working_values", i, "subject"), "subject")
        if property_kind(w.property) is None:
            problems.append(
                (
                    ("working_values", i, "property"),
                    _("unknown property {property!r}").format(property=w.property),
                )
            )
        elif (why := check_value(w.property, w.value)) is not None:
            problems.append((("working_values", i, "value"), why))
        for k, cid in enumerate(w.claims):
            ref(cid, ("claim",), ("working_values", i, "claims", k), "claim")
            backing = claims_by_id.get(cid)
            if backing is not None and (backing.subject, backing.property) != (
                w.subject,
                w.property,
            ):
                problems.append(
                    (
                        ("working_values", i, "claims", k),
                        _(
                            "claim {claim!r} is about {subject}.{property}, "
                            "not {wanted_subject}.{wanted_property}"
                        ).format(
                            claim=cid,
                            subject=backing.subject,
                            property=backing.property,
                            wanted_subject=w.subject,
                            wanted_property=w.property,
                        ),
                    )
                )

    for i, e in enumerate(case.events):
        for j, part in enumerate(e.participants):
            who_path: Path = ("events", i, "participants", j, "who")
            ref(part.who, ("person", "organisation"), who_path, "participant")
        claim_refs(e.claims, ("events", i, "claims"))

    for i, pr in enumerate(case.proceedings):
        for j, pid in enumerate(pr.concerns):
            ref(pid, ("person",), ("proceedings", i, "concerns", j), "person")
        if pr.authority is not None:
            ref(pr.authority, ("organisation",), ("proceedings", i, "authority"), "authority")
        for j, eid in enumerate(pr.steps):
            ref(eid, ("event",), ("proceedings", i, "steps", j), "step")
        for j, rel in enumerate(pr.relations):
            path: Path = ("proceedings", i, "relations", j, "proceeding")
            ref(rel.proceeding, ("proceeding",), path, "proceeding")
            if rel.proceeding == pr.id:
                problems.append((path, _("a proceeding cannot relate to itself")))
        claim_refs(pr.claims, ("proceedings", i, "claims"))

    for i, rep in enumerate(case.representation):
        rep_path: Path = ("representation", i, "representative")
        ref(rep.representative, ("person", "organisation"), rep_path, "representative")
        for j, cid in enumerate(rep.clients):
            ref(cid, ("person",), ("representation", i, "clients", j), "client")
        claim_refs(rep.claims, ("representation", i, "claims"))
    return problems
