"""``python -m panah.web.manage api_token create|list|revoke``: personal API tokens from the
server's shell, for an operator setting up a job (a backup, a sync). The web page
(``/settings/api-tokens/``) is the usual way; both go through the same audited actions
(:mod:`panah.storage.django_orm.actions_api`), and a token made here is shown once too.

A token works only while its account is active and has TOTP set up (or is the demo
account), as the web app requires of a signed-in user."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from panah.core.errors import PanahError
from panah.storage.django_orm.actions_api import api_token_create, api_token_revoke
from panah.storage.django_orm.models import ApiToken
from panah.web.accounts import mfa_satisfied


class Command(BaseCommand):
    help = "Make, list or revoke an account's personal API tokens."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="what", required=True)
        create = sub.add_parser("create", help="make a token (printed once, on the last line)")
        create.add_argument("username")
        create.add_argument("--name", required=True, help="what the token is for")
        create.add_argument("--days", type=int, help="expires after this many days")
        listing = sub.add_parser("list", help="the account's tokens (never the tokens)")
        listing.add_argument("username")
        revoke = sub.add_parser("revoke", help="revoke one token by its number")
        revoke.add_argument("username")
        revoke.add_argument("id", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"no active account {options['username']!r}")
        if options["what"] == "create":
            days = options.get("days")
            if days is not None and days < 1:
                raise CommandError("--days must be 1 or more")
            expires = timezone.now() + dt.timedelta(days=days) if days else None
            try:
                row, token = api_token_create(user=user, name=options["name"], expires_at=expires)
            except PanahError as exc:
                raise CommandError(str(exc)) from None
            if not mfa_satisfied(user):
                self.stderr.write("warning: the account has no TOTP; the token works once it has")
            self.stdout.write(f"token {row.pk} for {user.get_username()} (shown only now):")
            self.stdout.write(token)
        elif options["what"] == "list":
            for t in ApiToken.objects.filter(user=user).order_by("-created_at", "-pk"):
                state = "revoked" if t.revoked_at else "live"
                if not t.revoked_at and t.expires_at and t.expires_at <= timezone.now():
                    state = "expired"
                self.stdout.write(
                    f"{t.pk}\t{t.prefix}…\t{t.name}\tmade {t.created_at:%Y-%m-%d}\t"
                    f"last used {t.last_used_at or '-'}\texpires {t.expires_at or '-'}\t{state}"
                )
        elif not api_token_revoke(user=user, token_id=options["id"]):
            raise CommandError(f"no live token {options['id']} of {user.get_username()}")
        else:
            self.stdout.write(f"token {options['id']} revoked")
