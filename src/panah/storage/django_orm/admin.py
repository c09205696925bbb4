"""Django admin for site administrators: cases (summary columns only), members, policies, API
tokens (see :class:`ApiTokenAdmin`).

The case file itself is not shown here: it is read through the case pages, where each view
is access-logged. The audit log (django-auditlog's LogEntry admin) is read-only.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from panah.storage.django_orm.actions_api import api_token_revoke
from panah.storage.django_orm.models import AccountPolicy, ApiToken, CaseMembership, CaseRecord


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = CaseMembership
    extra = 0
    fields = ("user", "role", "added_at")
    readonly_fields = ("added_at",)


@admin.register(CaseRecord)
class CaseRecordAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("key", "case_id", "title", "status", "people_count", "updated_at")
    list_filter = ("status",)
    search_fields = ("case_id", "title", "search")
    fields = (
        "key",
        "case_id",
        "title",
        "status",
        "names",
        "people_count",
        "claims_count",
        "open_conflicts",
        "version",
        "created_at",
        "updated_at",
    )
    readonly_fields = fields
    inlines = (MembershipInline,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # cases come in through import, which validates them


@admin.register(CaseMembership)
class CaseMembershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("case", "user", "role", "added_at")
    list_filter = ("role",)
    autocomplete_fields = ()
    raw_id_fields = ("case", "user")


@admin.register(AccountPolicy)
class AccountPolicyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "mfa_exempt", "note")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        return ("mfa_exempt",)  # only `panah serve` sets it, for the demo account


class _TokenState(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("live", _("live")), ("expired", _("expired")), ("revoked", _("revoked"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> QuerySet[ApiToken]:
        now = timezone.now()
        live = queryset.filter(revoked_at__isnull=True)
        if self.value() == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        if self.value() == "expired":
            return live.filter(expires_at__lte=now)
        if self.value() == "live":
            return live.exclude(expires_at__lte=now)
        return queryset


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Every account's API tokens, for site administrators (superusers) only: owner, name,
    first characters (the part the owner's page shows too), made, last used, expiry,
    revocation; and a revoke action (the audited ``api_token_revoke``, as on the owner's
    page). The token itself is never stored and its keyed hash is never shown; tokens are
    made only by their owner (shown once) and never deleted, so that the audit entries made
    with them still name them."""

    list_display = (
        "name",
        "user",
        "prefix_shown",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
        "state",
    )
    list_filter = (_TokenState,)
    list_select_related = ("user",)
    search_fields = ("name", "user__username")
    ordering = ("-created_at", "-pk")
    fields = (
        "user",
        "name",
        "prefix_shown",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
        "state",
    )
    readonly_fields = fields
    actions = ("revoke",)

    @admin.display(description=_("starts with"))
    def prefix_shown(self, obj: ApiToken) -> str:
        return f"{obj.prefix}…"

    @admin.display(description=_("state"))
    def state(self, obj: ApiToken) -> str:
        if obj.revoked_at is not None:
            return str(_("revoked"))
        if obj.expires_at is not None and obj.expires_at <= timezone.now():
            return str(_("expired"))
        return str(_("live"))

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        done = sum(
            api_token_revoke(user=row.user, token_id=row.pk)
            for row in queryset.select_related("user")
        )
        self.message_user(
            request,
            ngettext("%(n)d token revoked.", "%(n)d tokens revoked.", done) % {"n": done},
            messages.SUCCESS,
        )

    def _site_admin(self, request: HttpRequest) -> bool:
        user: Any = request.user
        return bool(user.is_active and user.is_superuser)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._site_admin(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._site_admin(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # nothing to edit; revoking is the action

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a token is made by its owner, who alone sees it

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
