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
"""

from __future__ import annotations

from django.db import DatabaseError, connections
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from panah.storage.django_orm.models import CaseRecord, fold

__all__ = ["FTS_TABLE", "cases_matching", "index_ready"]

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
    """``records`` narrowed to the cases whose search text contains every word of ``text``."""
    words = fold(text).split()
    if not words:
        return records
    indexed = index_ready(records.db)
    for word in words:
        records = records.filter(_word(word, indexed))
    return records
