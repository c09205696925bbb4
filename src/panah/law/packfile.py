"""Reading one ``instrument.yaml`` (format: ``docs/law-pack-format.md``).

Pure: text and a display name in, an :class:`InstrumentFile` out, or
:class:`~panah.law.yamlload.LawPackError` listing every problem with file, line and field:
unknown or missing keys, wrong types, bad dates, placeholders (``TODO``, ``TBD``, ``...``),
ids outside the file's ``pack/instrument``, versions that overlap or are out of order,
duplicate ids within the file. Checks that span files (duplicate ids across packs, parameter
values citing provisions elsewhere) are done by :mod:`panah.law.registry`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any

from panah.core.errors import Problem
from panah.law.citations import ProvisionId, Verification, is_valid_id
from panah.law.provisions import (
    Instrument,
    InstrumentVersion,
    Provision,
    ProvisionVersion,
    Unit,
    Value,
)
from panah.law.yamlload import LawPackError, Located, Path, read_yaml

__all__ = ["InstrumentFile", "RawParameter", "RawValue", "parse_instrument", "placeholder_in"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|\.\.\.|…")
_PACK = re.compile(r"^[a-z][a-z0-9]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KINDS = ("treaty", "code", "law", "rules", "guidance", "practice")

_TOP = {"instrument": True, "provisions": True, "parameters": False}
_INSTRUMENT = {
    "id": True,
    "pack": True,
    "kind": True,
    "title": True,
    "short_title": True,
    "title_ru": False,
    "official_source": True,
    "adopted": False,
    "in_force": False,
    "in_force_for_kz": False,
    "note": False,
    "texts_read": False,
    "versions": False,
}
_INSTRUMENT_VERSION = {"id": True, "from": True, "to": True, "note": False}
_PROVISION = {
    "id": True,
    "title": True,
    "title_ru": False,
    "article": False,
    "paragraph": False,
    "citation": True,
    "citation_ru": False,
    "official_source": False,
    "verification": True,
    "verification_note": True,
    "brief_ref": False,
    "summary": True,
    "versions": True,
    "parameters": False,
    "tags": False,
}
_VERSION = {
    "from": True,
    "to": True,
    "summary": False,
    "source": False,
    "verification": False,
}
_PARAMETER = {"id": True, "title": True, "unit": True, "note": False, "values": True}
_VALUE = {
    "from": True,
    "to": False,
    "value": True,
    "provision": True,
    "verification": True,
    "note": False,
}


@dataclass(frozen=True, slots=True)
class RawValue:
    """A parameter value as written; the registry resolves ``provision`` to a citation."""

    valid_from: dt.date
    valid_to: dt.date | None
    value: Value
    provision: ProvisionId
    verification: Verification
    note: str | None
    line: int | None


@dataclass(frozen=True, slots=True)
class RawParameter:
    id: ProvisionId
    pack: str
    instrument: str
    title: str
    unit: Unit
    values: tuple[RawValue, ...]
    note: str | None
    file: str
    line: int | None


@dataclass(frozen=True, slots=True)
class InstrumentFile:
    """What one ``instrument.yaml`` holds."""

    located: Located
    instrument: Instrument
    provisions: tuple[Provision, ...]
    parameters: tuple[RawParameter, ...]


def placeholder_in(text: str) -> str | None:
    """The placeholder found in ``text`` (``TODO``, ``TBD``, ``FIXME``, ``XXX``, ``...``)."""
    m = _PLACEHOLDER.search(text)
    return m.group(0) if m else None


class _Reader:
    def __init__(self, located: Located) -> None:
        self.loc = located
        self.problems: list[Problem] = []

    def fail(self, path: Path, message: str, *, key: bool = False) -> None:
        self.problems.append(self.loc.problem(path, message, key=key))

    # --- structure -----------------------------------------------------------------------
    def mapping(self, value: Any, path: Path, keys: dict[str, bool]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(path, "expected a mapping of fields")
            return None
        for key in value:
            if key not in keys:
                hint = difflib.get_close_matches(key, list(keys), n=1)
                more = f" (did you mean {hint[0]!r}?)" if hint else ""
                allowed = ", ".join(keys)
                self.fail((*path, key), f"unknown key {key!r}{more}; allowed: {allowed}", key=True)
        for key, required in keys.items():
            if required and key not in value:
                self.fail(path, f"required key {key!r} is missing")
        return value

    def seq(self, data: dict[str, Any], key: str, path: Path, *, nonempty: bool) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail((*path, key), "expected a list")
            return []
        if nonempty and not value:
            self.fail((*path, key), "must list at least one entry")
        return value

    # --- scalars -------------------------------------------------------------------------
    def text(self, data: dict[str, Any], key: str, path: Path) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.fail((*path, key), "expected text")
            return None
        text = str(value).strip()
        if not text:
            self.fail((*path, key), "must not be empty")
            return None
        found = placeholder_in(text)
        if found:
            self.fail((*path, key), f"placeholder text {found!r}; write the real content")
        return text

    def req_text(self, data: dict[str, Any], key: str, path: Path) -> str:
        return self.text(data, key, path) or ""

    def texts(self, data: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
        out = []
        for i, item in enumerate(self.seq(data, key, path, nonempty=False)):
            if isinstance(item, bool) or not isinstance(item, str | int) or not str(item).strip():
                self.fail((*path, key, i), "expected non-empty text")
                continue
            found = placeholder_in(str(item))
            if found:
                self.fail((*path, key, i), f"placeholder text {found!r}; write the real content")
            out.append(str(item).strip())
        return tuple(out)

    def date(self, data: dict[str, Any], key: str, path: Path) -> dt.date | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE.match(value):
            self.fail((*path, key), f"expected a date YYYY-MM-DD (got {value!r})")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            self.fail((*path, key), f"not a real date: {value!r} ({exc})")
            return None

    def ident(self, value: Any, path: Path) -> ProvisionId | None:
        if not isinstance(value, str) or not is_valid_id(value):
            self.fail(
                path,
                f"{value!r} is not a valid id (pack/instrument/locator: lowercase letters, "
                "digits, dashes, '/' between segments)",
            )
            return None
        return ProvisionId(value)

    def verification(self, data: dict[str, Any], key: str, path: Path) -> Verification:
        value = data.get(key)
        try:
            return Verification(str(value))
        except ValueError:
            allowed = ", ".join(v.value for v in Verification)
            self.fail((*path, key), f"verification must be one of {allowed} (got {value!r})")
            return Verification.UNVERIFIED

    def periods(self, items: list[tuple[dt.date, dt.date | None, Path]], what: str) -> None:
        """Ordered by start, each end >= its start, no overlap, only the last open-ended."""
        for i, (start, end, path) in enumerate(items):
            if end is not None and end < start:
                self.fail((*path, "to"), f"{what} ends ({end}) before it starts ({start})")
            if i == 0:
                continue
            prev_start, prev_end, _ = items[i - 1]
            if start <= prev_start:
                self.fail(
                    (*path, "from"), f"{what}s must be in date order ({start} after {prev_start})"
                )
            elif prev_end is None:
                self.fail(
                    (*path, "from"),
                    f"the previous {what} has no end date ('to: null') but this one follows it",
                )
            elif start <= prev_end:
                self.fail(
                    (*path, "from"), f"{what} overlaps the previous one (which runs to {prev_end})"
                )


def parse_instrument(
    text: str,
    *,
    file: str,
    expected_pack: str | None = None,
    expected_package: str | None = None,
) -> InstrumentFile:
    """Parse and check one ``instrument.yaml``; raise LawPackError listing every problem.

    ``expected_pack`` / ``expected_package`` are the directory names it was found in: the
    instrument's ``pack`` must equal the first and its ``id`` (dashes as underscores) the second.
    """
    located = read_yaml(text, file=file)
    r = _Reader(located)
    top = r.mapping(located.data, (), _TOP)
    if top is None:
        raise LawPackError(r.problems)
    instrument = _instrument(r, top.get("instrument"), expected_pack, expected_package)
    provisions = _provisions(r, top, instrument)
    parameters = _parameters(r, top, instrument)
    if r.problems:
        raise LawPackError(r.problems)
    return InstrumentFile(located, instrument, provisions, parameters)


def _instrument(
    r: _Reader, raw: Any, expected_pack: str | None, expected_package: str | None
) -> Instrument:
    path: Path = ("instrument",)
    data = r.mapping(raw, path, _INSTRUMENT) or {}
    ident = r.req_text(data, "id", path)
    pack = r.req_text(data, "pack", path)
    if ident and not _SLUG.match(ident):
        r.fail((*path, "id"), f"instrument id {ident!r} must be lowercase words joined by '-'")
    if pack and not _PACK.match(pack):
        r.fail((*path, "pack"), f"pack {pack!r} must be a lowercase word")
    if expected_pack is not None and pack and pack != expected_pack:
        r.fail((*path, "pack"), f"pack {pack!r} does not match its directory {expected_pack!r}")
    if expected_package is not None and ident and ident.replace("-", "_") != expected_package:
        r.fail(
            (*path, "id"),
            f"instrument id {ident!r} does not match its package {expected_package!r} "
            f"(expected {expected_package.replace('_', '-')!r})",
        )
    kind = r.req_text(data, "kind", path)
    if kind and kind not in _KINDS:
        r.fail((*path, "kind"), f"kind must be one of {', '.join(_KINDS)} (got {kind!r})")
    versions = []
    spans: list[tuple[dt.date, dt.date | None, Path]] = []
    for i, item in enumerate(r.seq(data, "versions", path, nonempty=False)):
        vpath: Path = (*path, "versions", i)
        v = r.mapping(item, vpath, _INSTRUMENT_VERSION)
        if v is None:
            continue
        start = r.date(v, "from", vpath)
        end = r.date(v, "to", vpath)
        if start is not None:
            spans.append((start, end, vpath))
            versions.append(
                InstrumentVersion(r.req_text(v, "id", vpath), start, end, r.text(v, "note", vpath))
            )
    r.periods(spans, "instrument version")
    return Instrument(
        id=ident,
        pack=pack,
        kind=kind,
        title=r.req_text(data, "title", path),
        short_title=r.req_text(data, "short_title", path),
        title_ru=r.text(data, "title_ru", path),
        official_source=r.req_text(data, "official_source", path),
        adopted=r.date(data, "adopted", path),
        in_force=r.date(data, "in_force", path),
        in_force_for_kz=r.date(data, "in_force_for_kz", path),
        note=r.text(data, "note", path),
        texts_read=r.texts(data, "texts_read", path),
        versions=tuple(versions),
        file=r.loc.file,
    )


def _check_prefix(r: _Reader, pid: ProvisionId, instrument: Instrument, path: Path) -> None:
    if (
        instrument.pack
        and instrument.id
        and (pid.pack, pid.instrument)
        != (
            instrument.pack,
            instrument.id,
        )
    ):
        r.fail(path, f"id {pid} must start with {instrument.pack}/{instrument.id}/")


def _provisions(r: _Reader, top: dict[str, Any], instrument: Instrument) -> tuple[Provision, ...]:
    out: list[Provision] = []
    seen: dict[ProvisionId, int | None] = {}
    for i, raw in enumerate(r.seq(top, "provisions", (), nonempty=True)):
        path: Path = ("provisions", i)
        data = r.mapping(raw, path, _PROVISION)
        if data is None:
            continue
        pid = r.ident(data.get("id"), (*path, "id")) if "id" in data else None
        if pid is None:
            continue
        _check_prefix(r, pid, instrument, (*path, "id"))
        line = r.loc.where((*path, "id"))[0]
        if pid in seen:
            r.fail((*path, "id"), f"duplicate provision id {pid} (first at line {seen[pid]})")
        seen[pid] = line
        versions: list[ProvisionVersion] = []
        spans: list[tuple[dt.date, dt.date | None, Path]] = []
        for j, item in enumerate(r.seq(data, "versions", path, nonempty=True)):
            vpath: Path = (*path, "versions", j)
            v = r.mapping(item, vpath, _VERSION)
            if v is None:
                continue
            start = r.date(v, "from", vpath)
            end = r.date(v, "to", vpath)
            if start is None:
                continue
            spans.append((start, end, vpath))
            level = r.verification(v, "verification", vpath) if "verification" in v else None
            versions.append(
                ProvisionVersion(
                    start, end, r.text(v, "summary", vpath), r.text(v, "source", vpath), level
                )
            )
        r.periods(spans, "version")
        params = []
        for j, item in enumerate(r.seq(data, "parameters", path, nonempty=False)):
            param = r.ident(item, (*path, "parameters", j))
            if param is not None:
                params.append(param)
        brief = r.text(data, "brief_ref", path)
        out.append(
            Provision(
                id=pid,
                pack=instrument.pack,
                instrument=instrument.id,
                title=r.req_text(data, "title", path),
                title_ru=r.text(data, "title_ru", path),
                article=r.text(data, "article", path),
                paragraph=r.text(data, "paragraph", path),
                citation=r.req_text(data, "citation", path),
                citation_ru=r.text(data, "citation_ru", path),
                official_source=r.text(data, "official_source", path) or instrument.official_source,
                verification=r.verification(data, "verification", path),
                verification_note=r.req_text(data, "verification_note", path),
                brief_ref=tuple(b.strip() for b in brief.split(",")) if brief else (),
                summary=r.req_text(data, "summary", path),
                versions=tuple(versions),
                parameters=tuple(params),
                tags=r.texts(data, "tags", path),
                file=r.loc.file,
                line=line,
            )
        )
    return tuple(out)


def _value(r: _Reader, data: dict[str, Any], unit: Unit, path: Path) -> Value | None:
    value = data.get("value")
    vpath: Path = (*path, "value")
    if unit is Unit.BOOLEAN:
        if not isinstance(value, bool):
            r.fail(vpath, f"a {unit.value} parameter needs true or false (got {value!r})")
            return None
        return value
    if unit is Unit.TEXT:
        return r.text(data, "value", path)
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.fail(vpath, f"a {unit.value} parameter needs a number (got {value!r})")
        return None
    if value < 0:
        r.fail(vpath, f"must not be negative (got {value})")
        return None
    return value


def _parameters(
    r: _Reader, top: dict[str, Any], instrument: Instrument
) -> tuple[RawParameter, ...]:
    out: list[RawParameter] = []
    seen: dict[ProvisionId, int | None] = {}
    for i, raw in enumerate(r.seq(top, "parameters", (), nonempty=False)):
        path: Path = ("parameters", i)
        data = r.mapping(raw, path, _PARAMETER)
        if data is None:
            continue
        pid = r.ident(data.get("id"), (*path, "id")) if "id" in data else None
        unit_text = data.get("unit")
        try:
            unit: Unit | None = Unit(str(unit_text))
        except ValueError:
            allowed = ", ".join(u.value for u in Unit)
            r.fail((*path, "unit"), f"unit must be one of {allowed} (got {unit_text!r})")
            unit = None
        if pid is None:
            continue
        _check_prefix(r, pid, instrument, (*path, "id"))
        line = r.loc.where((*path, "id"))[0]
        if pid in seen:
            r.fail((*path, "id"), f"duplicate parameter id {pid} (first at line {seen[pid]})")
        seen[pid] = line
        values: list[RawValue] = []
        spans: list[tuple[dt.date, dt.date | None, Path]] = []
        for j, item in enumerate(r.seq(data, "values", path, nonempty=True)):
            vpath: Path = (*path, "values", j)
            v = r.mapping(item, vpath, _VALUE)
            if v is None:
                continue
            start = r.date(v, "from", vpath)
            end = r.date(v, "to", vpath)
            provision = r.ident(v.get("provision"), (*path, "values", j, "provision"))
            value = _value(r, v, unit, vpath) if unit is not None else None
            verification = r.verification(v, "verification", vpath)
            note = r.text(v, "note", vpath)
            if start is None or provision is None or value is None:
                continue
            spans.append((start, end, vpath))
            values.append(
                RawValue(start, end, value, provision, verification, note, r.loc.where(vpath)[0])
            )
        # A value without `to` runs until the day before the next value starts.
        for k in range(len(values) - 1):
            nxt = values[k + 1].valid_from
            if values[k].valid_to is None and nxt > values[k].valid_from:
                end = nxt - dt.timedelta(days=1)
                values[k] = dataclasses.replace(values[k], valid_to=end)
                spans[k] = (spans[k][0], end, spans[k][2])
        r.periods(spans, "value")
        if unit is None:
            continue
        out.append(
            RawParameter(
                id=pid,
                pack=instrument.pack,
                instrument=instrument.id,
                title=r.req_text(data, "title", path),
                unit=unit,
                values=tuple(values),
                note=r.text(data, "note", path),
                file=r.loc.file,
                line=line,
            )
        )
    return tuple(out)
