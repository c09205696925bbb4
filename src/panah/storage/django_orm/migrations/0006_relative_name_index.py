"""Relatives' names become searchable through a blind index (``panah.storage.django_orm.search``):
each name encrypted in ``CaseNameEntry``, its matching keys as HMACs in ``CaseNameKey``. The
cases that exist are indexed here, from their case files."""

from __future__ import annotations

from typing import Any, ClassVar

import django.db.models.deletion
from django.db import migrations, models

import panah.storage.django_orm.fields


def index_existing(apps: Any, schema_editor: Any) -> None:
    from panah.storage.django_orm.search import _write_entries

    alias = schema_editor.connection.alias
    record_model = apps.get_model("panah_cases", "CaseRecord")
    entry_model = apps.get_model("panah_cases", "CaseNameEntry")
    key_model = apps.get_model("panah_cases", "CaseNameKey")
    rows = record_model.objects.using(alias).values_list("pk", "content")
    for pk, content in rows.iterator():
        _write_entries(pk, content, entry_model, key_model, alias)


class Migration(migrations.Migration):
    dependencies: ClassVar = [
        ("panah_cases", "0005_case_search_trigram_postgresql"),
    ]

    operations: ClassVar = [
        migrations.CreateModel(
            name="CaseNameEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),  # noqa: E501
                ("name", panah.storage.django_orm.fields.EncryptedTextField()),
                ("label", panah.storage.django_orm.fields.EncryptedTextField(help_text="Whose relative, for the matches")),  # noqa: E501
                ("key_id", models.CharField(help_text="Which index key made the keys (changes with the field keys)", max_length=16)),  # noqa: E501
                ("case", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="name_entries", to="panah_cases.caserecord")),  # noqa: E501
            ],
        ),
        migrations.CreateModel(
            name="CaseNameKey",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),  # noqa: E501
                ("key", models.BigIntegerField()),
                ("case", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="panah_cases.caserecord")),  # noqa: E501
                ("entry", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="keys", to="panah_cases.casenameentry")),  # noqa: E501
            ],
            options={
                "indexes": [models.Index(fields=["key", "case"], name="name_key_case")],
            },
        ),
        migrations.RunPython(index_existing, migrations.RunPython.noop),
    ]
