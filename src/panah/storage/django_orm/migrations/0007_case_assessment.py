"""Each case's assessment as of a day, per language, stored with the case (compressed and
encrypted): the case page reads it instead of running the engine (``panah.web.assessment``).
Filled when a case is saved and by the daily ``deadlines_refresh``; until then the page
computes the assessment as before."""

from __future__ import annotations

from typing import ClassVar

import django.db.models.deletion
from django.db import migrations, models

import panah.storage.django_orm.models


class Migration(migrations.Migration):
    dependencies: ClassVar = [
        ("panah_cases", "0006_relative_name_index"),
    ]

    operations: ClassVar = [
        migrations.CreateModel(
            name="CaseAssessment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.PositiveIntegerField()),
                ("as_of", models.DateField()),
                ("language", models.CharField(max_length=8)),
                ("data", panah.storage.django_orm.models.CompressedEncryptedTextField()),
                (
                    "case",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="assessments",
                        to="panah_cases.caserecord",
                    ),
                ),
            ],
            options={
                "verbose_name": "stored assessment",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("case", "language"), name="case_assessment_case_language"
                    )
                ],
            },
        ),
    ]
