"""Words and dates in the language of a document (English, Russian).

The words live in ``templates/labels/<lang>.yaml`` so a lawyer can change them without touching
code; this module only knows how to put a date, a count or a duration into those words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from panah.core.dates import DateError, FuzzyDate, Precision, Qualifier
from panah.core.properties import parse_duration
from panah.documents._data import read_data_yaml

__all__ = ["LANGUAGES", "Labels", "Lang", "labels"]

Lang = Literal["en", "ru"]
LANGUAGES: tuple[Lang, ...] = ("en", "ru")

_DURATION_PARTS = (("y", "year"), ("mo", "month"), ("w", "week"), ("d", "day"), ("h", "hour"))


@dataclass(frozen=True)
class Labels:
    lang: Lang
    data: dict[str, Any]

    # -- words ----------------------------------------------------------------------------
    def word(self, key: str, **fmt: object) -> str:
        text = str(self.data["words"][key])
        return text.format(**fmt) if fmt else text

    def section(self, name: str) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.data[name].items()}

    def lookup(self, section: str, key: str) -> str:
        """A label from a section, or the key itself when the section has none for it."""
        value = self.data.get(section, {}).get(key)
        return str(value) if value is not None else key

    def value(self, value: object) -> str:
        """A claim value in words: booleans as yes/no, known English values translated."""
        if isinstance(value, bool):
            return self.word("yes" if value else "no")
        if isinstance(value, list | tuple):
            return ", ".join(self.value(v) for v in value)
        text = "" if value is None else str(value)
        translated = self.data.get("values", {}).get(text)
        return str(translated) if translated is not None else text

    # -- numbers --------------------------------------------------------------------------
    def plural(self, n: int, unit: str) -> str:
        """The unit word for ``n``: English one/many, Russian one/few/many."""
        forms = self.data["units"][unit]
        if self.lang == "ru":
            n100, n10 = abs(n) % 100, abs(n) % 10
            if n10 == 1 and n100 != 11:
                return str(forms[0])
            if 2 <= n10 <= 4 and not 12 <= n100 <= 14:
                return str(forms[1])
            return str(forms[2])
        return str(forms[0] if abs(n) == 1 else forms[1])

    def count(self, n: int, unit: str) -> str:
        return f"{n} {self.plural(n, unit)}"

    def duration(self, iso: str) -> str:
        """'P4Y8M' -> '4 years 8 months' / '4 года 8 месяцев'; malformed text is returned as is."""
        try:
            parts = parse_duration(iso)
        except ValueError:
            return iso
        words = [self.count(parts[k], unit) for k, unit in _DURATION_PARTS if parts.get(k)]
        return " ".join(words) if words else iso

    # -- dates ----------------------------------------------------------------------------
    def day(self, d: dt.date) -> str:
        return self.data["date"]["day"].format(  # type: ignore[no-any-return]
            day=d.day,
            month=self.data["months"][d.month - 1],
            month_genitive=self.data["months_genitive"][d.month - 1],
            year=d.year,
        )

    def _point(self, d: dt.date, precision: Precision) -> str:
        if precision == Precision.YEAR:
            return self.data["date"]["year"].format(year=d.year)  # type: ignore[no-any-return]
        if precision == Precision.MONTH:
            return self.data["date"]["month"].format(  # type: ignore[no-any-return]
                month=self.data["months"][d.month - 1], year=d.year
            )
        return self.day(d)

    def _genitive_point(self, d: dt.date, precision: Precision) -> str:
        # Russian "не позднее октября 2019 г." needs the genitive month; English is unchanged.
        if self.lang == "ru" and precision == Precision.MONTH:
            return f"{self.data['months_genitive'][d.month - 1]} {d.year} года"
        if self.lang == "ru" and precision == Precision.YEAR:
            return f"{d.year} года"
        return self._point(d, precision)

    def date(self, value: FuzzyDate | dt.date | str | None) -> str:
        """A date in words, keeping its precision and qualifier."""
        if value is None:
            return self.data["date"]["undated"]  # type: ignore[no-any-return]
        if isinstance(value, str):
            try:
                value = FuzzyDate.parse(value)
            except DateError:
                return str(value)
        if isinstance(value, dt.date):
            return self.day(value)
        fd = value
        fmt = self.data["date"]
        if fd.moment is not None:
            body = f"{self.day(fd.moment.date())}, {fd.moment.strftime('%H:%M')} " + (
                f"(UTC{fd.moment.strftime('%z')[:3]}:{fd.moment.strftime('%z')[3:]})"
            )
        elif fd.qualifier == Qualifier.BEFORE and fd.latest is not None:
            end = FuzzyDate.parse(fd.text.partition("/")[2])
            assert end.earliest is not None
            return fmt["before"].format(date=self._genitive_point(end.earliest, end.precision))  # type: ignore[no-any-return]
        elif fd.qualifier == Qualifier.AFTER and fd.earliest is not None:
            start = FuzzyDate.parse(fd.text.partition("/")[0])
            assert start.earliest is not None
            return fmt["after"].format(date=self._genitive_point(start.earliest, start.precision))  # type: ignore[no-any-return]
        elif fd.precision == Precision.RANGE:
            start_text, _, end_text = fd.text.partition("/")
            a, b = FuzzyDate.parse(start_text), FuzzyDate.parse(end_text)
            assert a.earliest is not None
            assert b.earliest is not None
            if a.precision == b.precision == Precision.YEAR:
                years = f"{a.earliest.year}–{b.earliest.year}"
                body = f"{years} годы" if self.lang == "ru" else years
            else:
                body = fmt["range"].format(
                    start=self._point(a.earliest, a.precision),
                    end=self._point(b.earliest, b.precision),
                )
        else:
            assert fd.earliest is not None
            body = self._point(fd.earliest, fd.precision)
        if fd.qualifier in (
            Qualifier.APPROXIMATE,
            Qualifier.UNCERTAIN,
            Qualifier.APPROXIMATE_UNCERTAIN,
        ):
            return fmt[fd.qualifier.value.replace("-", "_")].format(date=body)  # type: ignore[no-any-return]
        return body


def labels(lang: str) -> Labels:
    """The labels of a language (``en`` or ``ru``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no labels for language {lang!r}; have {', '.join(LANGUAGES)}")
    data = read_data_yaml(f"labels/{lang}.yaml")
    return Labels(lang, data)
