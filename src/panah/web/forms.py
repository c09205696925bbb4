"""Forms: each validates what it can; the case-file loader validates case content."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CaseRole, CaseStatus

__all__ = ["CaseFileForm", "CaseSearchForm", "MemberForm", "WorkingValueForm"]


class CaseSearchForm(forms.Form):
    q = forms.CharField(label=_("Name or title"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("any status")), *CaseStatus.choices],
    )


class CaseFileForm(forms.Form):
    file = forms.FileField(label=_("Case file (YAML or JSON)"))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_file(self) -> Any:
        f = self.cleaned_data["file"]
        name = str(f.name or "")
        if not name.lower().endswith((".yaml", ".yml", ".json")):
            raise forms.ValidationError(_("The file must end in .yaml, .yml or .json."))
        if f.size > settings.PANAH_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is too large."))
        return f


class WorkingValueForm(forms.Form):
    subject = forms.CharField(max_length=64)
    property = forms.CharField(max_length=100)
    value = forms.CharField(max_length=2000, help_text="The value, as JSON")
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def clean_value(self) -> Any:
        try:
            return json.loads(self.cleaned_data["value"])
        except json.JSONDecodeError:
            raise forms.ValidationError(_("Not a valid value.")) from None

    def choose(self, *, actor: Any, record: Any) -> None:
        """Record the chosen working value (the page's form and the API both come here);
        raises the action's errors (a stale version, a value no claim states)."""
        data = self.cleaned_data
        actions.case_working_value_set(
            actor=actor,
            record=record,
            subject=data["subject"],
            prop=data["property"],
            value=data["value"],
            reason=data["reason"],
            chosen_on=timezone.localdate(),
            expected_version=data["version"],
        )


class MemberForm(forms.Form):
    username = forms.CharField(label=_("Account"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=CaseRole.choices)
