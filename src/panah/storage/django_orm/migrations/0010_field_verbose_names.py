"""Verbose names for the audited models' fields (the audit page names a changed field by
its verbose name, in the page's language): no change to the database."""

from __future__ import annotations

from typing import ClassVar

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import panah.storage.django_orm.models


class Migration(migrations.Migration):
    dependencies: ClassVar = [
        ("panah_cases", "0009_case_assessment_summary"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations: ClassVar = [
        migrations.AlterField(
            model_name="accountpolicy",
            name="mfa_exempt",
            field=models.BooleanField(
                default=False,
                help_text="Sign in without TOTP. Only for the demo account.",
                verbose_name="exempt from two-factor sign-in",
            ),
        ),
        migrations.AlterField(
            model_name="accountpolicy",
            name="note",
            field=models.CharField(blank=True, max_length=200, verbose_name="note"),
        ),
        migrations.AlterField(
            model_name="accountpolicy",
            name="user",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="panah_policy",
                to=settings.AUTH_USER_MODEL,
                verbose_name="user",
            ),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="last_used_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="last used at"
            ),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="prefix",
            field=models.CharField(editable=False, max_length=16, verbose_name="prefix"),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="revoked_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="revoked at"
            ),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="token_hash",
            field=models.CharField(
                editable=False, max_length=64, unique=True, verbose_name="token hash"
            ),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="user",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="panah_api_tokens",
                to=settings.AUTH_USER_MODEL,
                verbose_name="user",
            ),
        ),
        migrations.AlterField(
            model_name="calendarfeed",
            name="created_at",
            field=models.DateTimeField(auto_now=True, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="calendarfeed",
            name="token_hash",
            field=models.CharField(
                editable=False, max_length=64, unique=True, verbose_name="token hash"
            ),
        ),
        migrations.AlterField(
            model_name="calendarfeed",
            name="user",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="panah_calendar_feed",
                to=settings.AUTH_USER_MODEL,
                verbose_name="user",
            ),
        ),
        migrations.AlterField(
            model_name="casemembership",
            name="added_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="added at"),
        ),
        migrations.AlterField(
            model_name="casemembership",
            name="case",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="memberships",
                to="panah_cases.caserecord",
                verbose_name="case",
            ),
        ),
        migrations.AlterField(
            model_name="casemembership",
            name="user",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="case_memberships",
                to=settings.AUTH_USER_MODEL,
                verbose_name="user",
            ),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="claims_count",
            field=models.PositiveIntegerField(default=0, verbose_name="claims"),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="deadlines_on",
            field=models.DateField(
                blank=True,
                editable=False,
                help_text=(
                    "The day next_deadline, live_alerts and the deadline rows were computed for"
                ),
                null=True,
                verbose_name="deadlines computed on",
            ),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="key",
            field=models.CharField(
                default=panah.storage.django_orm.models.new_key,
                editable=False,
                max_length=32,
                unique=True,
                verbose_name="key",
            ),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="live_alerts",
            field=models.PositiveIntegerField(
                default=0,
                help_text="Critical or high alerts from the assessment when last saved",
                verbose_name="serious alerts",
            ),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="open_conflicts",
            field=models.PositiveIntegerField(
                default=0,
                help_text="Conflicts between sources without a working value",
                verbose_name="open conflicts",
            ),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="people_count",
            field=models.PositiveIntegerField(default=0, verbose_name="people"),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated at"),
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="version",
            field=models.PositiveIntegerField(default=1, verbose_name="version"),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="claims_count",
            field=models.PositiveIntegerField(default=0, verbose_name="claims"),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="created_at",
            field=models.DateTimeField(blank=True, editable=False, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="deadlines_on",
            field=models.DateField(
                blank=True,
                editable=False,
                help_text=(
                    "The day next_deadline, live_alerts and the deadline rows were computed for"
                ),
                null=True,
                verbose_name="deadlines computed on",
            ),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="key",
            field=models.CharField(
                db_index=True,
                default=panah.storage.django_orm.models.new_key,
                editable=False,
                max_length=32,
                verbose_name="key",
            ),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="live_alerts",
            field=models.PositiveIntegerField(
                default=0,
                help_text="Critical or high alerts from the assessment when last saved",
                verbose_name="serious alerts",
            ),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="open_conflicts",
            field=models.PositiveIntegerField(
                default=0,
                help_text="Conflicts between sources without a working value",
                verbose_name="open conflicts",
            ),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="people_count",
            field=models.PositiveIntegerField(default=0, verbose_name="people"),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="updated_at",
            field=models.DateTimeField(blank=True, editable=False, verbose_name="updated at"),
        ),
        migrations.AlterField(
            model_name="historicalcaserecord",
            name="version",
            field=models.PositiveIntegerField(default=1, verbose_name="version"),
        ),
    ]
