"""SQLite only: an FTS5 trigram index over ``CaseRecord.search`` for the case list's search
(see panah.storage.django_orm.search), kept current by triggers. Other databases: nothing.

A SQLite built without FTS5 (or older than 3.34, without the trigram tokenizer) gets no
index; the search then reads the column itself, as before.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)

# Written out (no string building): the table and index names are fixed.
CREATE = [
    "CREATE VIRTUAL TABLE panah_case_search USING fts5(search, "
    "content='panah_cases_caserecord', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER panah_case_search_ai AFTER INSERT ON panah_cases_caserecord BEGIN "
    "INSERT INTO panah_case_search(rowid, search) VALUES (new.id, new.search); END",
    "CREATE TRIGGER panah_case_search_ad AFTER DELETE ON panah_cases_caserecord BEGIN "
    "INSERT INTO panah_case_search(panah_case_search, rowid, search) "
    "VALUES ('delete', old.id, old.search); END",
    "CREATE TRIGGER panah_case_search_au AFTER UPDATE OF search ON panah_cases_caserecord "
    "BEGIN INSERT INTO panah_case_search(panah_case_search, rowid, search) "
    "VALUES ('delete', old.id, old.search); "
    "INSERT INTO panah_case_search(rowid, search) VALUES (new.id, new.search); END",
    "INSERT INTO panah_case_search(panah_case_search) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS panah_case_search_ai",
    "DROP TRIGGER IF EXISTS panah_case_search_ad",
    "DROP TRIGGER IF EXISTS panah_case_search_au",
    "DROP TABLE IF EXISTS panah_case_search",
]


def forward(apps: Any, schema_editor: Any) -> None:
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            for sql in CREATE:
                cursor.execute(sql)
    except DatabaseError as exc:  # no FTS5 or no trigram tokenizer in this SQLite
        log.warning("case search index not created (%s); search reads the column", exc)


def backward(apps: Any, schema_editor: Any) -> None:
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for sql in DROP:
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies: ClassVar = [("panah_cases", "0002_deadlines_and_calendar_feed")]

    operations: ClassVar = [migrations.RunPython(forward, backward)]
