from __future__ import annotations

from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "panah.storage.django_orm"
    label = "panah_cases"
    verbose_name = "Panah cases"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from panah.storage.django_orm import models, permissions

        del permissions  # imported for its rules.add_perm calls

        # The case file itself (``content``) is encrypted; auditlog would write its decrypted
        # value into the diff, so it is excluded. Audit entries name the action and case
        # instead (``get_additional_data``).
        auditlog.register(models.CaseRecord, exclude_fields=["content", "search"])
        auditlog.register(models.CaseMembership)
        auditlog.register(models.AccountPolicy)
        # The feed's token is secret: only that it was made or replaced is logged.
        auditlog.register(models.CalendarFeed, exclude_fields=["token_hash"])
        # API tokens likewise: made, revoked; the hash and each use's time stay out.
        auditlog.register(models.ApiToken, exclude_fields=["token_hash", "last_used_at"])
