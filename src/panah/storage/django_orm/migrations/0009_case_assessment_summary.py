"""Beside each stored assessment, what the case page shows of it before a finding is opened
(``CaseAssessment.summary``, compressed and encrypted like the assessment): the page reads
that instead of the whole assessment. Filled here from the assessments already stored (no
engine run); an empty summary makes the page read the whole assessment, as before."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from django.db import migrations

import panah.storage.django_orm.models

# The summary as this migration writes it (a copy: a migration must not change with the code,
# panah.storage.django_orm.assessment_summary).
_FINDING_KEYS = ("provision", "kind", "outcome", "verification", "title", "citation", "explanation")


def _summary(tree: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: v for k, v in tree.items() if k != "people"},
        "people": [
            {
                **{k: v for k, v in person.items() if k != "findings"},
                "findings": [
                    {
                        **{k: f[k] for k in _FINDING_KEYS if k in f},
                        "disputed": len(f.get("disputed") or ()),
                    }
                    for f in person["findings"]
                ],
            }
            for person in tree["people"]
        ],
    }


def fill(apps: Any, schema_editor: Any) -> None:
    model = apps.get_model("panah_cases", "CaseAssessment")
    pks = list(model.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(pks), 500):  # a few hundred assessments in memory at a time
        for row in model.objects.filter(pk__in=pks[first : first + 500]).only("pk", "data"):
            text = json.dumps(
                _summary(json.loads(row.data)), ensure_ascii=False, separators=(",", ":")
            )
            model.objects.filter(pk=row.pk).update(summary=text)


class Migration(migrations.Migration):
    dependencies: ClassVar = [
        ("panah_cases", "0008_api_tokens"),
    ]

    operations: ClassVar = [
        migrations.AddField(
            model_name="caseassessment",
            name="summary",
            field=panah.storage.django_orm.models.CompressedEncryptedTextField(
                blank=True, default=""
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
