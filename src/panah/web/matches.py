"""Likely matches for names being entered: the same person may already be in this case or in
another case of the user's.

Names are compared with :mod:`panah.identity` (any script, transliterations, patronymic and
Russianised forms, typos): a fast pass (:func:`~panah.identity.compare.quick_compare`) over
every candidate, then the full comparer, with its reasons, for the matches shown. The
candidates are the other people of the case being edited (from its case file) and every
name variant of the people in the user's other cases (the plain ``names`` column the case
list searches, so no other case file is decrypted), most recently changed cases first, at
most :data:`MAX_CASES` of them; and the names of relatives in the user's other cases that
share a matching key with a name typed, found through the blind index
(:mod:`panah.storage.django_orm.search`): at most :data:`MAX_RELATIVE_NAMES` of them, those
sharing the most keys first, are decrypted and compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count

from panah.core.case import Case
from panah.storage.django_orm import search
from panah.storage.django_orm.models import CaseNameEntry, CaseNameKey, CaseRecord
from panah.storage.django_orm.permissions import cases_visible_to

__all__ = ["MAX_CASES", "MAX_RELATIVE_NAMES", "Match", "name_matches"]

MAX_CASES = 2000
"""How many of the user's other cases are searched (most recently changed first)."""
MAX_RELATIVE_NAMES = 200
"""How many relatives' names sharing keys with the names typed are decrypted and compared."""
_RANK = {"same": 2, "possible": 1}


@dataclass(frozen=True, slots=True)
class Match:
    query: str
    name: str
    verdict: str
    score: float
    reasons: tuple[str, ...]
    case_key: str
    case_title: str
    person: str | None
    """The person's id and display name, for a match inside the case being edited."""
    here: bool
    relative: str | None = None
    """Whose relative the name is ("Гүлнар Тестова (mother of Арман Тестов)"), for a match
    with a relative in another case."""


def name_matches(
    user: Any,
    names: list[str],
    *,
    record: CaseRecord,
    case: Case,
    exclude_person: str | None = None,
    limit: int = 10,
) -> list[Match]:
    """The best matches for ``names`` (one per person or other case), best first."""
    from panah.identity import compare
    from panah.identity.compare import quick_compare

    queries = [n.strip() for n in dict.fromkeys(names) if n.strip()]
    if not queries:
        return []
    # (rank, score, query, name, case key, case title, person here, relative elsewhere)
    best: dict[tuple[str, str], tuple[int, float, str, str, str, str, str | None, str | None]]
    best = {}
    seen: dict[tuple[str, str], tuple[str, float]] = {}

    def consider(
        key: tuple[str, str],
        name: str,
        case_key: str,
        title: str,
        who: str | None,
        relative: str | None = None,
    ) -> None:
        for q in queries:
            quick = seen.get((q, name))
            if quick is None:  # the same name in many cases is compared once
                quick = seen[(q, name)] = quick_compare(q, name)
            verdict, score = quick
            rank = _RANK.get(verdict)
            if rank is None:
                continue
            old = best.get(key)
            if old is None or (rank, score) > (old[0], old[1]):
                best[key] = (rank, score, q, name, case_key, title, who, relative)

    for person in case.people:
        if person.id == exclude_person:
            continue
        for n in person.names:
            consider(
                (record.key, person.id),
                n.value,
                record.key,
                case.title,
                f"{person.id} — {person.display_name()}",
            )
    visible = cases_visible_to(user).exclude(pk=record.pk)
    others = visible.order_by("-updated_at").values_list("key", "title", "names")[:MAX_CASES]
    for key, title, lines in others:
        for line in str(lines).splitlines():
            if line.strip():
                consider((key, ""), line, key, title, None)
    for entry in _relative_entries(queries, visible):
        case_key, title = entry.case.key, entry.case.title
        consider((case_key, entry.label), entry.name, case_key, title, None, entry.label)
    top = sorted(best.values(), key=lambda v: (-v[0], -v[1], v[3]))[:limit]
    out = []
    for _rank, _score, q, name, case_key, title, who, relative in top:
        result = compare(q, name)
        out.append(
            Match(
                query=q,
                name=name,
                verdict=result.verdict,
                score=result.score,
                reasons=result.reasons,
                case_key=case_key,
                case_title=title,
                person=who,
                here=case_key == record.key,
                relative=relative,
            )
        )
    return out


def _relative_entries(queries: list[str], visible: Any) -> list[CaseNameEntry]:
    """The relatives' names in ``visible`` cases sharing the most matching keys with the
    names typed (decrypted here, and only these)."""
    from panah.identity import blocking_keys

    hashes = search.blind_keys([k for q in queries for k in blocking_keys(q)])
    if not hashes:
        return []
    shared = (
        CaseNameKey.objects.filter(key__in=hashes, case_id__in=visible.values("pk"))
        .values("entry_id")
        .annotate(n=Count("id"))
        .order_by("-n", "entry_id")
        .values_list("entry_id", flat=True)[:MAX_RELATIVE_NAMES]
    )
    ids = list(shared)
    if not ids:
        return []
    return list(
        CaseNameEntry.objects.filter(pk__in=ids)
        .select_related("case")
        .only("name", "label", "case__key", "case__title")
    )
