"""PostgreSQL only: a trigram index (pg_trgm, GIN) over ``CaseRecord.search``, which serves
the case list's ``LIKE '%word%'`` for words of three or more letters (10,000 cases: 1-2 ms
instead of 15-40 ms per query, bench/web_load.py). SQLite has its own (0003).

pg_trgm ships with PostgreSQL and is a trusted extension (13+): the database's owner may
create it. Where it cannot be created, the search reads the column, as before.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)


def forward(apps: Any, schema_editor: Any) -> None:
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as exc:
        log.warning("pg_trgm not available (%s); the case search reads the column", exc)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS case_search_trgm ON panah_cases_caserecord "
            "USING gin (search gin_trgm_ops)"
        )


def backward(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS case_search_trgm")


class Migration(migrations.Migration):
    dependencies: ClassVar = [("panah_cases", "0004_case_list_order")]

    operations: ClassVar = [migrations.RunPython(forward, backward)]
