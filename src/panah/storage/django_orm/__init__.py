"""Cases in a relational database through Django's ORM (SQLite or PostgreSQL).

Each case is stored as its canonical case file (JSON) in an encrypted column, beside a few
plain, searchable, non-sensitive columns (title, status, name variants, counts). Rows map to
the domain at the edge: :meth:`models.CaseRecord.to_domain` returns a
:class:`panah.core.case.Case`. Every change goes through one function in :mod:`.actions`,
in one transaction that also writes the audit record.
"""

