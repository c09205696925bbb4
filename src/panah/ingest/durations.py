"""Lengths of time in text, as ISO 8601 durations: "four years and eight months" -> P4Y8M,
"for 24 hours" -> PT24H, "на сутки" -> PT24H, "десять месяцев" -> P10M."""

from __future__ import annotations

import re
from functools import lru_cache

from panah.ingest.text import Span

__all__ = ["find_durations", "iso_duration"]

_NUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одному": 1, "одним": 1, "два": 2, "две": 2,
    "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
}  # fmt: skip
_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H"}


def _unit(word: str) -> str | None:
    w = word.lower()
    if w.startswith(("year", "год", "лет", "году")):
        return "year"
    if w.startswith(("month", "месяц")):
        return "month"
    if w.startswith(("week", "недел")):
        return "week"
    if w.startswith(("day", "дн", "ден", "день", "дня")):
        return "day"
    if w.startswith(("hour", "час")):
        return "hour"
    return None


@lru_cache(maxsize=2)
def _pattern(lang: str) -> re.Pattern[str]:
    words = "|".join(
        sorted((k for k in _NUM if k.isascii() == (lang != "ru")), key=len, reverse=True)
    )
    if lang == "ru":
        unit = (
            r"(?:лет|года|году|год|месяцев|месяца|месяц|недел[иьюя]|недель|дней|дня|день|"
            r"часов|часа|час)"
        )
        sep = r"(?:\s+и\s+|\s+)"
    else:
        unit = r"(?:years?|months?|weeks?|days?|hours?)"
        sep = r"(?:\s+and\s+|\s+)"
    one = rf"(?:\d{{1,3}}|{words})\s+{unit}"
    return re.compile(rf"(?<![\w-])(?:{one})(?:{sep}(?:{one}))*(?![\w])", re.IGNORECASE)


_SKIP = frozenset({"and", "и"})


def iso_duration(phrase: str) -> str | None:
    """ "four years and eight months" -> "P4Y8M"; None when it is not a length of time."""
    parts: dict[str, int] = {}
    words = [w for w in re.findall(r"\d{1,3}|[^\W\d]+", phrase) if w.lower() not in _SKIP]
    for n_word, u_word in zip(words[::2], words[1::2], strict=False):
        n_word = n_word.lower()
        n = int(n_word) if n_word.isdigit() else _NUM.get(n_word)
        unit = _unit(u_word)
        if n is None or unit is None or unit in parts:
            continue
        parts[unit] = n
    if not parts:
        return None
    date = "".join(f"{parts[u]}{_CODE[u]}" for u in ("year", "month", "week", "day") if u in parts)
    time = f"T{parts['hour']}H" if "hour" in parts else ""
    return "P" + date + time


_NOT_A_LENGTH_EN = re.compile(r"^\s*(?:later|earlier|ago|before|after(?:wards)?)\b", re.I)
_NOT_A_LENGTH_RU = re.compile(r"^\s*(?:спустя|назад|позже|позднее|раньше|ранее)\b", re.I)
_BEFORE_NOT_RU = re.compile(r"(?:через|спустя)\s+$", re.I)
_SUTKI = re.compile(r"(?<![\w])(?:на\s+)?сутки(?![\w])", re.I)


def find_durations(text: str, within: Span, lang: str) -> list[tuple[Span, str]]:
    """Lengths of time inside ``within`` (a sentence), with their ISO 8601 form."""
    out: list[tuple[Span, str]] = []
    chunk = text[within.start : within.end]
    after_re = _NOT_A_LENGTH_RU if lang == "ru" else _NOT_A_LENGTH_EN
    for m in _pattern(lang).finditer(chunk):
        if after_re.match(chunk[m.end() :]) or (
            lang == "ru" and _BEFORE_NOT_RU.search(chunk[: m.start()])
        ):
            continue
        if lang != "ru" and re.search(
            r"\b(?:the|this|that|last|next|\d)\s*$", chunk[: m.start()], re.I
        ):
            continue
        iso = iso_duration(m.group())
        if iso is not None:
            out.append((Span(within.start + m.start(), within.start + m.end()), iso))
    if lang == "ru":
        for m in _SUTKI.finditer(chunk):
            if not re.search(r"(?:через|спустя)\s+$", chunk[: m.start()], re.I):
                out.append((Span(within.start + m.start(), within.start + m.end()), "PT24H"))
    return out
