"""Criminal charges: "part 1 of article 392 of the Criminal Code", "ч. 1 ст. 392 УК РК".

A charge becomes a provision id of the Kazakhstan Criminal Code of 2014
(``kz/criminal-code-2014/art-392/part-1``) only when the text names the Criminal Code (or
"УК") in the same sentence, or the article stands beside a charge word; the part is added
only when the text gives it. Other codes are left to the reviewer.
"""

from __future__ import annotations

import re

from panah.ingest.text import Span

__all__ = ["find_charges"]

_EN = (
    re.compile(
        r"\b(?:part|paragraph)\s+(?P<part>\d+)\s+of\s+(?:article|art\.)\s*(?P<art>\d+)", re.I
    ),
    re.compile(
        r"\b(?:article|art\.)\s*(?P<art>\d+)\s*(?:\((?P<part>\d+)\)|,?\s+part\s+(?P<part2>\d+))?",
        re.I,
    ),
)
_RU = (
    re.compile(r"(?:част[иью]|ч\.)\s*(?P<part>\d+)\s+(?:стать[ие]|ст\.)\s*(?P<art>\d+)", re.I),
    re.compile(
        r"(?:стать[иеёя]|ст\.)\s*(?P<art>\d+)(?:\s*(?:част[иью]|ч\.)\s*(?P<part>\d+))?", re.I
    ),
)
_CODE = re.compile(r"Criminal\s+Code|\bCC\b|УК(?:\s+РК)?\b|Уголовного\s+кодекса", re.I)
_OTHER_CODE = re.compile(
    r"Chinese|China|PRC|Administrative|Convention|КНР|Китая|Административн\w*|Конвенци\w*", re.I
)


def find_charges(text: str, within: Span, lang: str) -> list[tuple[Span, str]]:
    chunk = text[within.start : within.end]
    if not _CODE.search(chunk) or _OTHER_CODE.search(chunk):
        return []
    out: list[tuple[Span, str]] = []
    for pattern in _RU if lang == "ru" else _EN:
        for m in pattern.finditer(chunk):
            span = Span(within.start + m.start(), within.start + m.end())
            if any(span.overlaps(s) for s, _ in out):
                continue
            groups = m.groupdict()
            part = groups.get("part") or groups.get("part2")
            ident = f"kz/criminal-code-2014/art-{int(m['art'])}"
            if part:
                ident += f"/part-{int(part)}"
            out.append((span, ident))
    return out
