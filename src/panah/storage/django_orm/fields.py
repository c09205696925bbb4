"""An encrypted text column: Fernet tokens at rest, plain text in Python.

Keys come from ``settings.PANAH_FIELD_KEYS``, newest first (MultiFernet): values are
encrypted with the first key and decrypted with any, so a new key can be put in front and
the rows re-encrypted later (:func:`panah.storage.django_orm.actions.field_keys_rotate`).
A value that no key decrypts raises :class:`FieldDecryptionError`; it is never shown as
ciphertext or passed on silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

__all__ = ["EncryptedTextField", "FieldDecryptionError", "fernet"]

_cache: dict[tuple[str, ...], MultiFernet] = {}


class FieldDecryptionError(ImproperlyConfigured):
    """No key in PANAH_FIELD_KEYS decrypts a stored value."""


def fernet() -> MultiFernet:
    keys = tuple(getattr(settings, "PANAH_FIELD_KEYS", ()))
    if not keys:
        raise ImproperlyConfigured("PANAH_FIELD_KEYS is empty: no key for encrypted fields")
    f = _cache.get(keys)
    if f is None:
        f = MultiFernet([Fernet(k.encode("ascii")) for k in keys])
        _cache.clear()
        _cache[keys] = f
    return f


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeEncodeError):
        raise FieldDecryptionError(
            "an encrypted value cannot be decrypted with any key in PANAH_FIELD_KEYS"
        ) from None


if TYPE_CHECKING:
    _TextField = models.TextField[str | None, str]
else:
    _TextField = models.TextField


class EncryptedTextField(_TextField):
    """Text stored as a Fernet token. Not searchable or sortable by design."""

    description = "Text, encrypted at rest"

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return decrypt(str(value))

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))
