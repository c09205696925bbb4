"""Settings shared by every environment. Holds no secret: ``dev``, ``prod`` and ``test`` add
SECRET_KEY, the field-encryption keys, the database and the allowed hosts."""

from __future__ import annotations

import os
import zoneinfo
from pathlib import Path
from typing import Any

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

WEB_DIR = Path(__file__).resolve().parent.parent

DEBUG = False

INSTALLED_APPS = [
    "panah.web",  # first: its templates override allauth's
    "panah.storage.django_orm",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "auditlog",
    "simple_history",
    "rules",
    "django_htmx",
    "template_partials",
    "csp",
    "ninja",  # the API's docs page: Swagger UI from ninja's static files, not a CDN
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages compressed for slow connections (a case page: ~90 KiB -> ~10 KiB). Django's
    # middleware pads each response with random bytes against BREACH; CSRF tokens are masked.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "panah.web.middleware.EngineLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # an /api/ request's bearer token sets its user before the audit log reads it
    "panah.web.api.auth.ApiTokenMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "panah.web.middleware.RequireMFAMiddleware",
    "panah.web.middleware.NoStoreMiddleware",
    # axes last, as its docs require
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "panah.web.urls"
WSGI_APPLICATION = "panah.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    }
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out login first
    "rules.permissions.ObjectPermissionBackend",  # per-case permissions (rules predicates)
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- language and time ------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian")), ("kk", _("Kazakh"))]
# locale/: the project's own strings (makemessages); locale_vendor/: Kazakh for allauth's
# sign-in and two-factor pages, which allauth does not translate (read after locale/).
LOCALE_PATHS = [WEB_DIR / "locale", WEB_DIR / "locale_vendor"]
USE_I18N = True
USE_TZ = True
# "Today" for deadlines, the stored assessment and the calendar is the date where the case team
# works: Kazakhstan by default (one zone, UTC+5, since 2024), another IANA zone with
# PANAH_TIME_ZONE. Times are stored in UTC either way.
TIME_ZONE = os.environ.get("PANAH_TIME_ZONE", "").strip() or "Asia/Almaty"
try:
    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
    raise ImproperlyConfigured(
        f"PANAH_TIME_ZONE={TIME_ZONE!r} is not an IANA time zone (e.g. Asia/Almaty, UTC)"
    ) from exc

STATIC_URL = "/static/"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "case_list"
LOGOUT_REDIRECT_URL = "account_login"

# --- accounts: allauth (no self-signup: administrators create accounts) -----------------------
ACCOUNT_ADAPTER = "panah.web.accounts.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Login throttling and lockout have one source of truth: django-axes. allauth's own login
# limit is switched off so that tests and administrators see one behaviour.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Panah"

# --- django-axes: lock an account+address pair after repeated failures -----------------------
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "panah.web.accounts.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "panah/locked_out.html"

# --- audit: django-auditlog -------------------------------------------------------------------
AUDITLOG_DISABLE_REMOTE_ADDR = False
AUDITLOG_STORE_JSON_CHANGES = True

# --- security headers (every environment; prod adds HTTPS-only settings) ---------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 3600  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

CONTENT_SECURITY_POLICY: dict[str, Any] = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # the TOTP QR code is a data: URI
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Panah ------------------------------------------------------------------------------------
# Keys for encrypted fields: a list of Fernet keys, newest first (MultiFernet: encrypt with the
# first, decrypt with any). Set by dev/prod/test.
PANAH_FIELD_KEYS: list[str] = []
# Accounts exempt from the TOTP requirement are marked in the database (the demo account),
# never by name in settings.
PANAH_SERVE_STATIC = False
PANAH_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = PANAH_MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = PANAH_MAX_UPLOAD_BYTES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
