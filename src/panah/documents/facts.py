"""Facts for documents: what the claims say, in words, with the sources that say it.

Every fact a document states comes from :func:`panah.core.facts.resolve` and is turned into a
small JSON-ready dictionary that carries its own citation (``[S1, S2]``) and, where sources
disagree, every value with its sources. Templates print ``display`` (the whole honest
sentence) or build their own from ``text``, ``cite`` and ``alternatives``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from panah.core.case import CaseIndex, Claim, NameVariant, Person
from panah.core.dates import DateError, FuzzyDate
from panah.core.facts import Agreement, Resolution, ValueGroup, claim_known_on, natural_key
from panah.core.properties import ValueKind, property_kind
from panah.documents.citations import ProvisionLookup
from panah.documents.i18n import Labels

__all__ = ["FactWriter"]

Fact = dict[str, Any]


def _span_days(d: FuzzyDate) -> int:
    if d.earliest is None or d.latest is None:
        return 1 << 30
    return (d.latest - d.earliest).days


class FactWriter:
    """Turns resolutions into document facts and remembers every source it cited."""

    def __init__(
        self,
        index: CaseIndex,
        labels: Labels,
        provisions: ProvisionLookup,
        as_of: dt.date,
        *,
        internal: bool = False,
    ) -> None:
        self.index = index
        self.internal = internal
        """Internal documents (the chronology) also say who chose a working value and why."""
        self.labels = labels
        self.provisions = provisions
        self.as_of = as_of
        self.cited_sources: set[str] = set()
        self.cited_provisions: list[str] = []

    # -- citations -------------------------------------------------------------------------
    def cite(self, source_ids: list[str] | set[str] | tuple[str, ...]) -> str:
        ids = sorted(set(source_ids), key=natural_key)
        self.cited_sources.update(ids)
        return f"[{', '.join(ids)}]" if ids else f"[{self.labels.word('case_record')}]"

    def sources_of_claims(self, claim_ids: list[str] | tuple[str, ...]) -> list[str]:
        out = set()
        for cid in claim_ids:
            claim = self.index.claims.get(cid)
            if claim is not None and self.known(claim):
                out.add(claim.source)
        return sorted(out, key=natural_key)

    def known(self, claim: Claim) -> bool:
        known = claim_known_on(self.index, claim)
        return known is None or known <= self.as_of

    def provision_text(self, ident: str) -> str:
        info = self.provisions(ident)
        if ident not in self.cited_provisions:
            self.cited_provisions.append(ident)
        return info.cite(self.labels.lang) if info is not None else ident

    # -- values ----------------------------------------------------------------------------
    def value_text(self, prop: str, value: object, claims: list[Claim]) -> str:
        kind = property_kind(prop)
        if kind == ValueKind.DATE and isinstance(value, str):
            return self.labels.date(value)
        if kind == ValueKind.DURATION and isinstance(value, str):
            return self.labels.duration(value)
        if prop == "charge" and isinstance(value, str) and "/" in value:
            return self.provision_text(value)
        if prop == "citizenship" and isinstance(value, str):
            return self.labels.lookup("countries", value)
        if prop == "age" and isinstance(value, int):
            when = next((c.as_of for c in claims if c.as_of is not None), None)
            if when is None:
                src = self.index.sources.get(claims[0].source) if claims else None
                when = src.date if src is not None else None
            if when is not None:
                return f"{value} ({self.labels.word('as_of')} {self.labels.date(when)})"
        return self.labels.value(value)

    def _group(self, prop: str, g: ValueGroup) -> Fact:
        return {
            "value": g.value,
            "text": self.value_text(prop, g.value, g.claims),
            "sources": g.sources,
            "cite": self.cite(g.sources),
        }

    def fact(self, r: Resolution) -> Fact | None:
        """A resolution as a document fact, or None when no claim (known by then) exists."""
        if not r.groups and r.working is None:
            return None
        groups = [self._group(r.prop, g) for g in r.groups]
        main: Fact | None = None
        working: dict[str, str] | None = None
        if r.working is not None:
            w = r.working
            match = [g for g in groups if g["value"] == w.value]
            if match:
                main = match[0]
            else:
                sources = self.sources_of_claims(list(w.claims))
                main = {
                    "value": w.value,
                    "text": self.value_text(r.prop, w.value, []),
                    "sources": sources,
                    "cite": self.cite(sources),
                }
            working = {
                "who": w.chosen_by,
                "date": self.labels.date(w.chosen_on),
                "reason": w.reason,
                "text": self.labels.word(
                    "working_value",
                    who=w.chosen_by,
                    date=self.labels.date(w.chosen_on),
                    reason=w.reason,
                ),
            }
        elif len(groups) == 1:
            main = groups[0]
        elif r.agreement == Agreement.COMPATIBLE and property_kind(r.prop) == ValueKind.DATE:
            # Values that can all be true: lead with the most precise one.
            def precision(g: Fact) -> int:
                try:
                    return _span_days(FuzzyDate.parse(str(g["value"])))
                except DateError:
                    return 1 << 30

            main = min(groups, key=precision)
        elif r.agreement in (Agreement.COMPATIBLE, Agreement.SPELLING_VARIANTS):
            main = groups[0]
        alternatives = [g for g in groups if g is not main]
        disputed = r.agreement == Agreement.CONTRADICTORY
        display = self._display(main, alternatives, r.agreement, working)
        return {
            "property": r.prop,
            "text": main["text"] if main else None,
            "value": main["value"] if main else None,
            "cite": main["cite"] if main else None,
            "sources": sorted({s for g in groups for s in g["sources"]}, key=natural_key),
            "decided": main is not None,
            "disputed": disputed,
            "agreement": r.agreement.value,
            "alternatives": alternatives,
            "all": groups,
            "working": working,
            "display": display,
        }

    def _display(
        self,
        main: Fact | None,
        alternatives: list[Fact],
        agreement: Agreement,
        working: dict[str, str] | None,
    ) -> str:
        w = self.labels.word
        if main is None:
            options = f" {w('or')} ".join(f"{g['text']} {g['cite']}" for g in alternatives)
            return f"{options} ({w('sources_disagree')})"
        text = f"{main['text']} {main['cite']}"
        if working is not None and self.internal:
            text += f" ({working['text']})"
        if alternatives:
            others = "; ".join(f"{g['text']} {w('according_to')} {g['cite']}" for g in alternatives)
            if agreement == Agreement.CONTRADICTORY:
                text += f"; {w('disputed')}: {others}"
            else:
                text += f"; {w('also_reported')}: {others}"
        return text

    def record_fact(self, value: object, prop: str) -> Fact:
        """A value the case team recorded without a claim (shown as such, never as sourced)."""
        text = self.value_text(prop, value, [])
        note = f"[{self.labels.word('case_record')}]"
        return {
            "property": prop,
            "text": text,
            "value": value,
            "cite": note,
            "sources": [],
            "decided": True,
            "disputed": False,
            "agreement": Agreement.SINGLE.value,
            "alternatives": [],
            "all": [],
            "working": None,
            "display": f"{text} {note}",
        }

    # -- names -----------------------------------------------------------------------------
    def names(self, person: Person | None, variants: tuple[NameVariant, ...]) -> dict[str, Any]:
        """The name for this language's script first, then every other spelling with sources."""
        usable = []
        for n in variants:
            claims = [self.index.claims[c] for c in n.claims if c in self.index.claims]
            if claims and not any(self.known(c) for c in claims):
                continue  # this spelling was not yet known on the as-of date
            usable.append(n)
        if not usable:
            usable = list(variants)
        script = "Cyrl" if self.labels.lang == "ru" else "Latn"
        preferred = [n for n in usable if n.script == script and n.preferred]
        in_script = [n for n in usable if n.script == script]
        main = (preferred or in_script or [n for n in usable if n.preferred] or usable)[0]
        latin = [n for n in usable if n.script == "Latn"]
        latin_main = ([n for n in latin if n.preferred] or latin or [main])[0]
        others: list[dict[str, Any]] = []
        seen = {main.value}
        for n in usable:
            if n.value in seen:
                continue
            seen.add(n.value)
            sources = self.sources_of_claims(list(n.claims))
            others.append(
                {
                    "value": n.value,
                    "script": n.script,
                    "script_label": self.labels.lookup("scripts", n.script),
                    "sources": sources,
                    "cite": self.cite(sources) if sources else "",
                    "text": f"{n.value} {self.cite(sources)}"
                    if sources
                    else f"{n.value} ({self.labels.lookup('scripts', n.script)})",
                }
            )
        main_sources = self.sources_of_claims(list(main.claims))
        return {
            "name": main.value,
            "name_latin": latin_main.value,
            "name_cite": self.cite(main_sources) if main_sources else "",
            "other_names": others,
            "other_names_text": "; ".join(o["text"] for o in others),
        }
