"""Tables: cases (encrypted case file + plain summary columns), memberships, account policy."""

from __future__ import annotations

import contextvars
import datetime as dt
import secrets
import unicodedata
import zlib
from typing import Any, ClassVar

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.storage.django_orm.fields import EncryptedTextField, FieldDecryptionError, fernet

__all__ = [
    "URGENCY_ORDER",
    "AccountPolicy",
    "ApiToken",
    "CalendarFeed",
    "CaseAssessment",
    "CaseDeadline",
    "CaseMembership",
    "CaseNameEntry",
    "CaseNameKey",
    "CaseRecord",
    "CaseRole",
    "CaseStatus",
    "audit_data",
    "current_channel",
    "fold",
    "new_key",
]

# Set by the action functions; written into every audit entry made inside them.
current_action: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "panah_current_action", default=None
)
# Set for the length of a request that did not come from the web pages (the HTTP API: {"via":
# "api", "api_token": <token id>}); merged into every audit entry made during it.
current_channel: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "panah_current_channel", default=None
)


def audit_data(**data: Any) -> dict[str, Any]:
    """An audit entry's ``additional_data``: the current action, ``data``, and the channel
    (``via: api``) when the request came through the HTTP API."""
    return {"action": current_action.get(), **data, **(current_channel.get() or {})}


def new_key() -> str:
    """A case's public id in URLs: random, so URLs reveal neither order nor count."""
    return secrets.token_urlsafe(12)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search (scripts are kept as they are)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CaseStatus(models.TextChoices):
    OPEN = "open", _("open")
    MONITORING = "monitoring", _("monitoring")
    CLOSED = "closed", _("closed")


class CaseRole(models.TextChoices):
    ADMINISTRATOR = "administrator", _("administrator")
    LAWYER = "lawyer", _("lawyer")
    CASEWORKER = "caseworker", _("caseworker")
    VIEWER = "viewer", _("viewer")


# The case list's order, most urgent first: cases with a running deadline, the nearest
# first; then open before monitoring before closed (the three status values sort that way
# descending); then more live alerts, more unresolved conflicts; then the newest case. The
# list's query and the index that serves it (case_list_order) share these expressions, and
# they hold no literal, so that SQLite matches the query's ORDER BY to the index: the first
# page of 10,000 cases comes from the index instead of from reading every case
# (bench/web_load.py).
URGENCY_ORDER = (
    models.ExpressionWrapper(
        models.Q(next_deadline__isnull=True), output_field=models.BooleanField()
    ).asc(),
    models.F("next_deadline").asc(),
    models.F("status").desc(),
    models.F("live_alerts").desc(),
    models.F("open_conflicts").desc(),
    models.F("id").desc(),
)


class CaseRecord(models.Model):
    """One case. ``content`` is the case file; the other columns are derived from it."""

    key: models.CharField[str, str] = models.CharField(
        _("key"), max_length=32, unique=True, default=new_key, editable=False
    )
    case_id: models.CharField[str, str] = models.CharField(
        _("case id"), max_length=64, db_index=True
    )
    title: models.CharField[str, str] = models.CharField(_("title"), max_length=300)
    status: models.CharField[str, str] = models.CharField(
        _("status"), max_length=16, choices=CaseStatus.choices, default=CaseStatus.OPEN
    )
    names: models.TextField[str, str] = models.TextField(
        _("names"), blank=True, help_text="Every name variant, one a line"
    )
    search: models.TextField[str, str] = models.TextField(
        blank=True, editable=False, help_text="fold() of names and title"
    )
    next_deadline: models.DateField[dt.date | None, dt.date | None] = models.DateField(
        _("next deadline"), null=True, blank=True
    )
    people_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("people"), default=0
    )
    claims_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("claims"), default=0
    )
    open_conflicts: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("open conflicts"),
        default=0,
        help_text="Conflicts between sources without a working value",
    )
    live_alerts: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("serious alerts"),
        default=0,
        help_text="Critical or high alerts from the assessment when last saved",
    )
    content: EncryptedTextField = EncryptedTextField(
        _("case file"), help_text="Canonical case file (JSON)"
    )
    version: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("version"), default=1
    )
    deadlines_on: models.DateField[dt.date | None, dt.date | None] = models.DateField(
        _("deadlines computed on"),
        null=True,
        blank=True,
        editable=False,
        help_text="The day next_deadline, live_alerts and the deadline rows were computed for",
    )
    created_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(
        _("created at"), auto_now_add=True
    )
    updated_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(
        _("updated at"), auto_now=True
    )

    history = HistoricalRecords(excluded_fields=["search"])
    pk: int
    memberships: Any  # reverse relation (CaseMembership.case)
    deadlines: Any  # reverse relation (CaseDeadline.case)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes: ClassVar = [
            models.Index(fields=["status", "next_deadline"], name="case_urgency"),
            models.Index(fields=["-updated_at"], name="case_updated"),
            models.Index(*URGENCY_ORDER, name="case_list_order"),
        ]

    def __str__(self) -> str:
        return f"case {self.key}"

    def to_domain(self) -> Case:
        """The stored case file as a domain object (checked like any case file)."""
        return parse_case(self.content, file=f"case {self.key}", fmt="json")

    def get_additional_data(self) -> dict[str, Any]:
        """Written by django-auditlog into each entry about this row."""
        return audit_data(case=self.key)


class CaseMembership(models.Model):
    """Who may see and change a case, and with which role. Decides every access."""

    case: models.ForeignKey[CaseRecord, CaseRecord] = models.ForeignKey(
        CaseRecord, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("case")
    )
    user: models.ForeignKey[Any, Any] = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="case_memberships",
        verbose_name=_("user"),
    )
    role: models.CharField[str, str] = models.CharField(
        _("role"), max_length=16, choices=CaseRole.choices
    )
    case_id: int
    user_id: int
    added_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(
        _("added at"), auto_now_add=True
    )

    class Meta:
        verbose_name = _("case membership")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["case", "user"], name="one_membership_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.role} on case {self.case_id}"

    def get_additional_data(self) -> dict[str, Any]:
        return audit_data(case=self.case.key)


class AccountPolicy(models.Model):
    """Per-account security settings. Only the demo account is exempt from TOTP."""

    user: models.OneToOneField[Any, Any] = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="panah_policy",
        verbose_name=_("user"),
    )
    mfa_exempt: models.BooleanField[bool, bool] = models.BooleanField(
        _("exempt from two-factor sign-in"),
        default=False,
        help_text="Sign in without TOTP. Only for the demo account.",
    )
    note: models.CharField[str, str] = models.CharField(_("note"), max_length=200, blank=True)
    user_id: int

    def __str__(self) -> str:
        return f"policy of user {self.user_id}"

    def get_additional_data(self) -> dict[str, Any]:
        return audit_data()


class CaseDeadline(models.Model):
    """One dated deadline of one person in a case, from the assessment as of ``case.deadlines_on``.

    Derived from the (audited, encrypted) case file and rewritten whole whenever the case is
    saved or its deadlines are refreshed for a new day; it holds only what the deadline
    calendar and the iCalendar feed show: the deadline's label, provision, verification level,
    status and due date, and whose deadline it is.
    """

    case: models.ForeignKey[CaseRecord, CaseRecord] = models.ForeignKey(
        CaseRecord, on_delete=models.CASCADE, related_name="deadlines"
    )
    person_id: models.CharField[str, str] = models.CharField(max_length=64)
    person_name: models.CharField[str, str] = models.CharField(max_length=300, blank=True)
    deadline_id: models.CharField[str, str] = models.CharField(max_length=120)
    title: models.CharField[str, str] = models.CharField(max_length=300)
    provision: models.CharField[str, str] = models.CharField(max_length=200)
    verification: models.CharField[str, str] = models.CharField(max_length=32)
    status: models.CharField[str, str] = models.CharField(max_length=16)
    kind: models.CharField[str, str] = models.CharField(max_length=8)
    due: models.DateField[dt.date, dt.date] = models.DateField()
    disputed: models.BooleanField[bool, bool] = models.BooleanField(default=False)
    case_id: int

    class Meta:
        verbose_name = _("deadline")
        indexes: ClassVar = [
            models.Index(fields=["due"], name="deadline_due"),
            models.Index(fields=["case", "due"], name="deadline_case_due"),
        ]

    def __str__(self) -> str:
        return f"{self.deadline_id} due {self.due} (case {self.case_id})"


class CompressedEncryptedTextField(EncryptedTextField):
    """Text compressed (zlib), then encrypted like :class:`EncryptedTextField` (a Fernet token
    of the compressed bytes). For large, repetitive text: an assessment's JSON is 80-170 kB
    and compresses about 7:1."""

    description = "Text, compressed and encrypted at rest"

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        try:
            packed = fernet().decrypt(str(value).encode("ascii"))
        except (InvalidToken, UnicodeEncodeError):
            raise FieldDecryptionError(
                "an encrypted value cannot be decrypted with any key in PANAH_FIELD_KEYS"
            ) from None
        return zlib.decompress(packed).decode("utf-8")

    def get_prep_value(self, value: Any) -> str | None:
        if value is None:
            return None
        packed = zlib.compress(str(value).encode("utf-8"), 6)
        return fernet().encrypt(packed).decode("ascii")


class CaseAssessment(models.Model):
    """A case's assessment as of a day in one language: exactly ``assess(case,
    as_of).to_json()`` as JSON text, compressed and encrypted (it states the case's facts).

    Written with every save of the case (in the same transaction) and by the daily
    ``deadlines_refresh``; the case page shows it when its ``version``, ``as_of`` and
    ``language`` are those of the request (:mod:`panah.web.assessment`), and computes the
    assessment otherwise. Derived from the audited case file, so not audited itself.
    """

    case: models.ForeignKey[CaseRecord, CaseRecord] = models.ForeignKey(
        CaseRecord, on_delete=models.CASCADE, related_name="assessments"
    )
    version: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    as_of: models.DateField[dt.date, dt.date] = models.DateField()
    language: models.CharField[str, str] = models.CharField(max_length=8)
    data = CompressedEncryptedTextField()
    summary = CompressedEncryptedTextField(default="", blank=True)
    """What the case page shows of ``data`` before a finding is opened
    (:func:`panah.storage.django_orm.assessment_summary.assessment_summary`); empty in rows
    stored before it, where the page reads ``data``."""
    case_id: int

    class Meta:
        verbose_name = _("stored assessment")
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["case", "language"], name="case_assessment_case_language"
            )
        ]

    def __str__(self) -> str:
        return f"assessment of case {self.case_id} v{self.version} as of {self.as_of}"


class CalendarFeed(models.Model):
    """A user's iCalendar feed: the secret URL's token, stored only as its SHA-256."""

    user: models.OneToOneField[Any, Any] = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="panah_calendar_feed",
        verbose_name=_("user"),
    )
    token_hash: models.CharField[str, str] = models.CharField(
        _("token hash"), max_length=64, unique=True, editable=False
    )
    created_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(
        _("created at"), auto_now=True
    )
    user_id: int

    class Meta:
        verbose_name = _("calendar feed")

    def __str__(self) -> str:
        return f"calendar feed of user {self.user_id}"

    def get_additional_data(self) -> dict[str, Any]:
        return audit_data()


class ApiToken(models.Model):
    """A personal token for the HTTP API (``Authorization: Bearer <token>``).

    The token is shown once when made; only its keyed hash (HMAC-SHA256 under SECRET_KEY,
    :mod:`panah.storage.django_orm.actions_api`) is stored, with its first characters
    (``prefix``) so that its owner can tell tokens apart. Revoked tokens are kept (revoked_at
    set) so that the audit entries made with them still name them.
    """

    user: models.ForeignKey[Any, Any] = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="panah_api_tokens",
        verbose_name=_("user"),
    )
    name: models.CharField[str, str] = models.CharField(_("name"), max_length=100)
    prefix: models.CharField[str, str] = models.CharField(
        _("prefix"), max_length=16, editable=False
    )
    token_hash: models.CharField[str, str] = models.CharField(
        _("token hash"), max_length=64, unique=True, editable=False
    )
    created_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField(
        _("created at"), auto_now_add=True
    )
    last_used_at: models.DateTimeField[dt.datetime | None, dt.datetime | None] = (
        models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    )
    expires_at: models.DateTimeField[dt.datetime | None, dt.datetime | None] = models.DateTimeField(
        _("expires"), null=True, blank=True
    )
    revoked_at: models.DateTimeField[dt.datetime | None, dt.datetime | None] = models.DateTimeField(
        _("revoked at"), null=True, blank=True, editable=False
    )
    user_id: int
    pk: int

    class Meta:
        verbose_name = _("API token")
        indexes: ClassVar = [models.Index(fields=["user", "-created_at"], name="api_token_user")]

    def __str__(self) -> str:
        return f"API token {self.prefix}… of user {self.user_id}"

    def get_additional_data(self) -> dict[str, Any]:
        return audit_data()


class CaseNameEntry(models.Model):
    """One name of a relative in a case, for the name search; the name itself is encrypted.

    Found through its :class:`CaseNameKey` rows (a blind index); rewritten whole with every
    save of the case (:mod:`panah.storage.django_orm.search`).
    """

    case: models.ForeignKey[CaseRecord, CaseRecord] = models.ForeignKey(
        CaseRecord, on_delete=models.CASCADE, related_name="name_entries"
    )
    name: EncryptedTextField = EncryptedTextField()
    label: EncryptedTextField = EncryptedTextField(help_text="Whose relative, for the matches")
    key_id: models.CharField[str, str] = models.CharField(
        max_length=16, help_text="Which index key made the keys (changes with the field keys)"
    )
    case_id: int

    def __str__(self) -> str:
        return f"name entry {self.pk} of case {self.case_id}"


class CaseNameKey(models.Model):
    """A keyed hash (HMAC) of one matching key of a :class:`CaseNameEntry`: no plain text."""

    entry: models.ForeignKey[CaseNameEntry, CaseNameEntry] = models.ForeignKey(
        CaseNameEntry, on_delete=models.CASCADE, related_name="keys"
    )
    case: models.ForeignKey[CaseRecord, CaseRecord] = models.ForeignKey(
        CaseRecord, on_delete=models.CASCADE, related_name="+"
    )
    key: models.BigIntegerField[int, int] = models.BigIntegerField()
    entry_id: int
    case_id: int

    class Meta:
        indexes: ClassVar = [models.Index(fields=["key", "case"], name="name_key_case")]

    def __str__(self) -> str:
        return f"name key of entry {self.entry_id}"
