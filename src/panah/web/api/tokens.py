"""The API tokens page (``/settings/api-tokens/``): a signed-in account (past its TOTP step,
as on every page) makes tokens, sees them (name, first characters, made, last used,
expiry) and revokes them. A new token is shown once, on the page that made it; only its keyed
hash is stored (:mod:`panah.storage.django_orm.actions_api`). Like the calendar feed's page,
and deliberately not under ``/accounts/``, which an account without TOTP may still reach."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from panah.core.errors import PanahError
from panah.storage.django_orm.actions_api import api_token_create, api_token_revoke
from panah.storage.django_orm.models import ApiToken

__all__ = ["ApiTokenForm", "api_tokens"]


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100, help_text=_("What the token is for"))
    expires = forms.DateField(
        label=_("Expires on"),
        required=False,
        help_text=_("Optional (YYYY-MM-DD): the token stops working at the start of that day."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_expires(self) -> dt.date | None:
        day: dt.date | None = self.cleaned_data.get("expires")
        if day is not None and day <= timezone.localdate():
            raise forms.ValidationError(_("The expiry must be a later day than today."))
        return day


def _expiry(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(), tzinfo=timezone.get_current_timezone())


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    form = ApiTokenForm(request.POST if request.POST.get("action") == "new" else None)
    new_token = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            try:
                token_id = int(request.POST.get("token", ""))
            except ValueError:
                token_id = 0
            api_token_revoke(user=user, token_id=token_id)
            return redirect("api_tokens")
        if form.is_valid():
            try:
                _row, new_token = api_token_create(
                    user=user,
                    name=form.cleaned_data["name"],
                    expires_at=_expiry(form.cleaned_data.get("expires")),
                )
            except PanahError as exc:
                form.add_error(None, str(exc))
            else:
                form = ApiTokenForm()
    tokens = ApiToken.objects.filter(user_id=user.pk).order_by("-created_at", "-pk")
    return render(
        request,
        "panah/api_tokens.html",
        {"form": form, "tokens": tokens, "new_token": new_token, "now": timezone.now()},
        status=400 if form.errors else 200,
    )
