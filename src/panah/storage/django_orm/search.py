"""The case list's search: cases whose names, title or id contain every word typed.

``CaseRecord.search`` holds :func:`~panah.storage.django_orm.models.fold` of every name
variant, the title and the case id; a case matches when the folded text contains each
folded word (any script, case- and accent-insensitive).

On SQLite a plain ``LIKE '%word%'`` reads that column in every case the user may see, one
or two pages per case next to the encrypted case file: about 25 ms per search with 10,000
cases. Migration 0003 adds an FTS5 trigram index over the column (``panah_case_search``,
kept up to date by triggers), which answers the same ``LIKE`` for words of three or more
letters from the index: about 1 ms (bench/web_load.py). Shorter words, words with ``%``,
``_`` or ``\\``, other databases, and a SQLite without FTS5 use the plain ``LIKE``; the
results are the same either way (a test compares them). On PostgreSQL the plain ``LIKE`` is
served by a pg_trgm index (migration 0005) where the extension could be created.

Relatives' names: a blind index
-------------------------------
The people left behind are named only inside the encrypted case file, and stay so: their
names are not added to the plain ``names``/``search`` columns. Each name of a relative gets
a :class:`~panah.storage.django_orm.models.CaseNameEntry` row (the name and whose relative,
both encrypted) and one :class:`~panah.storage.django_orm.models.CaseNameKey` row per
matching key of the name (:func:`panah.identity.blocking_keys`: roots, pairs of roots,
consonant skeletons…), each stored as a keyed hash: the first 64 bits of
HMAC-SHA256(index key, matching key). The index key is derived from the first key of
``PANAH_FIELD_KEYS`` (HMAC-SHA256 of a fixed label), so the database alone gives no way to
test a guessed name; what it does show is which entries share a key (two cases naming the
same relative's root), as any blind index does. A word typed in the case list matches a case
when the case's plain search text contains it *or* when one of the word's roots is the root
of one of the case's relatives' names (any script: "Gulnar" finds "Гүлнар"). The likely
matches panel (:mod:`panah.web.matches`) looks up all keys of the names typed, decrypts only
the entries that share keys with them, and compares those names.

The rows are rewritten with every save of a case (``actions._store`` calls
:func:`index_case_names`); migration 0006 indexes the cases that exist; after a change of
``PANAH_FIELD_KEYS``, ``actions.field_keys_rotate`` (or ``python -m panah.web.manage
names_reindex``) recomputes them with the new index key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, transaction
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from panah.storage.django_orm.models import CaseNameEntry, CaseNameKey, CaseRecord, fold

__all__ = [
    "FTS_TABLE",
    "blind_keys",
    "cases_matching",
    "index_case_names",
    "index_key",
    "index_ready",
    "names_reindex",
    "relative_names",
]

FTS_TABLE = "panah_case_search"
_TRIGGERS = ("panah_case_search_ai", "panah_case_search_ad", "panah_case_search_au")
_FTS_QUERY = "SELECT rowid FROM panah_case_search WHERE search LIKE %s"
_ready: dict[str, bool] = {}


def index_ready(alias: str = "default") -> bool:
    """Whether this database has the trigram index and the triggers that keep it current."""
    if alias not in _ready:
        connection = connections[alias]
        if connection.vendor != "sqlite":
            _ready[alias] = False
        else:
            try:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT count(*) FROM sqlite_master WHERE name IN (%s, %s, %s, %s)",
                        [FTS_TABLE, *_TRIGGERS],
                    )
                    _ready[alias] = cursor.fetchone()[0] == 1 + len(_TRIGGERS)
            except DatabaseError:
                return False
    return _ready[alias]


def _word(word: str, indexed: bool) -> Q:
    if indexed and len(word) >= 3 and not any(c in word for c in "%_\\"):
        # A constant query; the word is a parameter.
        return Q(pk__in=RawSQL(_FTS_QUERY, (f"%{word}%",)))  # noqa: S611
    return Q(search__contains=word)


def cases_matching(records: QuerySet[CaseRecord], text: str) -> QuerySet[CaseRecord]:
    """``records`` narrowed to the cases matching every word of ``text``: the case's search
    text contains the word, or the word's root is a root of one of its relatives' names."""
    indexed = index_ready(records.db)
    for raw in text.split():
        words = fold(raw).split()
        if not words:
            continue
        condition = Q()
        for word in words:
            condition &= _word(word, indexed)
        roots = blind_keys(k for k in _blocking_keys(raw) if k.startswith("r:"))
        if roots:
            relatives = CaseNameKey.objects.using(records.db).filter(key__in=roots)
            condition |= Q(pk__in=relatives.values("case_id"))
        records = records.filter(condition)
    return records


# -- relatives' names: the blind index ---------------------------------------------------------

_INDEX_LABEL = b"panah name index v1"
_keys_cache: dict[str, tuple[bytes, str]] = {}


def index_key() -> tuple[bytes, str]:
    """(the index key, its public id): HMAC-SHA256 of a fixed label under the first key of
    ``PANAH_FIELD_KEYS``, so that it changes with that key and is never stored."""
    keys = list(getattr(settings, "PANAH_FIELD_KEYS", ()))
    if not keys:
        raise ImproperlyConfigured("PANAH_FIELD_KEYS is empty: no key for the name index")
    first = str(keys[0])
    cached = _keys_cache.get(first)
    if cached is None:
        secret = hmac.digest(first.encode("ascii"), _INDEX_LABEL, "sha256")
        cached = (secret, hashlib.sha256(b"key id\0" + secret).hexdigest()[:16])
        _keys_cache.clear()
        _keys_cache[first] = cached
    return cached


def blind_keys(keys: Iterator[str] | list[str] | tuple[str, ...]) -> list[int]:
    """Matching keys as stored: the first 64 bits of HMAC-SHA256(index key, key), signed."""
    secret, _ = index_key()
    return sorted(
        {
            int.from_bytes(hmac.digest(secret, k.encode("utf-8"), "sha256")[:8], "big", signed=True)
            for k in keys
        }
    )


def _blocking_keys(name: str) -> tuple[str, ...]:
    from panah.identity import blocking_keys

    return blocking_keys(name)


def relative_names(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, label) of every name of every relative in a case file read as JSON data; the
    label says whose relative ("Гүлнар Тестова (mother of Арман Тестов)")."""

    def first(names: list[dict[str, Any]]) -> str:
        preferred = [n for n in names if n.get("preferred")]
        return str((preferred or names)[0].get("value", "")) if names else ""

    out: list[tuple[str, str]] = []
    for person in data.get("people") or []:
        whose = first(person.get("names") or []) or str(person.get("id", ""))
        for rel in person.get("relatives") or []:
            names = rel.get("names") or []
            label = f"{first(names)} ({rel.get('relation', '')} of {whose})"
            for n in names:
                value = str(n.get("value", "")).strip()
                if value:
                    out.append((value, label))
    return out


def _write_entries(
    case_pk: int, content: str, entry_model: Any, key_model: Any, using: str = "default"
) -> int:
    """Replace a case's rows (the models are arguments, so that migrations can call it)."""
    _, key_id = index_key()
    entry_model.objects.using(using).filter(case_id=case_pk).delete()
    rows: list[Any] = []
    for name, label in relative_names(json.loads(content)):
        entry = entry_model.objects.using(using).create(
            case_id=case_pk, name=name, label=label, key_id=key_id
        )
        rows.extend(
            key_model(entry_id=entry.pk, case_id=case_pk, key=k)
            for k in blind_keys(_blocking_keys(name))
        )
    key_model.objects.using(using).bulk_create(rows)
    return len(rows)


def index_case_names(record: CaseRecord) -> int:
    """Rewrite the blind index of a case's relatives' names from ``record.content`` (the
    case file as saved); returns the number of keys stored."""
    using = record._state.db or "default"
    return _write_entries(record.pk, record.content, CaseNameEntry, CaseNameKey, using)


def names_reindex(*, stale_only: bool = False) -> int:
    """Rebuild the blind index of every case (``stale_only``: of the cases with entries made
    with another index key); returns the number of cases indexed."""
    _, key_id = index_key()
    records = CaseRecord.objects.all()
    if stale_only:
        stale = CaseNameEntry.objects.exclude(key_id=key_id).values("case_id")
        records = records.filter(pk__in=stale)
    n = 0
    for pk in records.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            record = CaseRecord.objects.select_for_update().only("pk", "content").get(pk=pk)
            index_case_names(record)
        n += 1
    return n
