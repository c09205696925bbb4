"""Django admin for site administrators: cases (summary columns only), members, policies.

The case file itself is not shown here: it is read through the case pages, where each view
is access-logged. The audit log (django-auditlog's LogEntry admin) is read-only.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from panah.storage.django_orm.models import AccountPolicy, CaseMembership, CaseRecord


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
