"""The list of common given names (``data/given_names.txt``), read once on first use.

Two uses: telling a typo from another name (Серік and Берік are two names, so a one-letter
difference between them is not a slip of the pen), and reading Kazakh Arabic script back
into Cyrillic, where the letters do not say whether a vowel is front or back (ا is а or ә):
a name in the list is spelled as the list spells it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["arabic_spellings", "given_names"]


@lru_cache(maxsize=1)
def given_names() -> tuple[str, ...]:
    """Every name in the list, as written there (Cyrillic, or Uyghur Latin)."""
    text = resources.files("panah.identity").joinpath("data/given_names.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def arabic_spellings() -> dict[str, str]:
    """Kazakh Arabic-script spelling (without the front-vowel hamza) -> Cyrillic spelling."""
    from panah.identity.arabic import HAMZA, cyrillic_to_arabic

    out: dict[str, str] = {}
    for name in given_names():
        if any("\u0400" <= c <= "\u04ff" for c in name):
            out.setdefault(cyrillic_to_arabic(name).replace(HAMZA, ""), name)
    return out
