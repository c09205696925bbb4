"""The provision registry: every instrument, provision and parameter of every law pack.

Packs are package data: ``panah/jurisdictions/<pack>/<instrument_pkg>/instrument.yaml``, found
with :mod:`importlib.resources` (so they work from a wheel as well as a checkout). The registry
is built on first use and cached (:func:`default_registry`); importing this module reads
nothing. Tests build their own registries from files with :meth:`Registry.from_files`.

Checks across files, on top of :mod:`panah.law.packfile`'s per-file checks: an id is unique
across all packs (provisions and parameters alike), every parameter value cites a provision
that exists, every provision's ``parameters`` exist. Problems name file, line and field.

YAML legal cases (``<instrument_pkg>/cases/*.yaml``, a top-level ``cases:`` list whose items
have ``name`` and ``provisions``) are indexed on demand by :meth:`Registry.cases_for`.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path as FsPath
from typing import Any

from panah.core.errors import NotFoundError, Problem
from panah.law.citations import Citation, ProvisionId, Verification
from panah.law.packfile import InstrumentFile, RawParameter, parse_instrument
from panah.law.provisions import (
    Instrument,
    InstrumentVersion,
    Parameter,
    ParameterValue,
    Provision,
    ProvisionVersion,
    Unit,
)
from panah.law.yamlload import LawPackError, read_yaml

__all__ = [
    "CaseRef",
    "Citation",
    "Instrument",
    "InstrumentVersion",
    "LawPackError",
    "Parameter",
    "ParameterValue",
    "Provision",
    "ProvisionId",
    "ProvisionVersion",
    "Registry",
    "Source",
    "Unit",
    "Verification",
    "default_registry",
]

PACKAGE = "panah.jurisdictions"
PACK_ORDER = ("intl", "kz")  # international first, then national packs


@dataclass(frozen=True, slots=True)
class Source:
    """One ``instrument.yaml`` to load: its text, display name and the directories holding it."""

    file: str
    text: str
    pack_dir: str | None = None
    package_dir: str | None = None
    case_files: tuple[tuple[str, str], ...] = ()  # (display name, text) of cases/*.yaml


@dataclass(frozen=True, slots=True)
class CaseRef:
    """A YAML legal case that names a provision in its ``provisions`` list."""

    name: str
    file: str
    line: int | None
    provisions: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "file": self.file, "line": self.line}


def _pack_key(pack: str) -> tuple[int, str]:
    return (PACK_ORDER.index(pack) if pack in PACK_ORDER else len(PACK_ORDER), pack)


class Registry:
    """All instruments, provisions and parameters; immutable once built."""

    def __init__(
        self, files: Sequence[InstrumentFile], case_sources: Sequence[tuple[str, str]] = ()
    ):
        problems: list[Problem] = []
        instruments: dict[str, Instrument] = {}
        provisions: dict[ProvisionId, Provision] = {}
        where: dict[ProvisionId, tuple[str, str]] = {}
        accepted: list[InstrumentFile] = []

        def claim(pid: ProvisionId, file: str, line: int | None, path: str, what: str) -> bool:
            if pid in where:
                first, kind = where[pid]
                problems.append(
                    Problem(
                        file,
                        line,
                        None,
                        path,
                        f"duplicate id {pid}: already used by {kind} at {first}",
                    )
                )
                return False
            where[pid] = (f"{file}:{line}" if line else file, what)
            return True

        ordered = sorted(files, key=lambda f: (_pack_key(f.instrument.pack), f.instrument.id))
        for f in ordered:
            inst = f.instrument
            if inst.id in instruments:
                problems.append(
                    Problem(
                        f.located.file,
                        *f.located.where(("instrument", "id")),
                        "instrument.id",
                        f"duplicate instrument id {inst.id!r} (also in "
                        f"{instruments[inst.id].file})",
                    )
                )
                continue
            instruments[inst.id] = inst
            accepted.append(f)
            for i, p in enumerate(f.provisions):
                if claim(p.id, p.file, p.line, f"provisions[{i}].id", "a provision"):
                    provisions[p.id] = p
        raw_parameters: list[RawParameter] = []
        for f in accepted:
            for i, rp in enumerate(f.parameters):
                if claim(rp.id, rp.file, rp.line, f"parameters[{i}].id", "a parameter"):
                    raw_parameters.append(rp)
        parameters: dict[ProvisionId, Parameter] = {}
        for rp in raw_parameters:
            values = []
            for j, rv in enumerate(rp.values):
                cited = provisions.get(rv.provision)
                if cited is None:
                    problems.append(
                        Problem(
                            rp.file,
                            rv.line,
                            None,
                            f"{rp.id}.values[{j}].provision",
                            f"cites unknown provision {rv.provision}"
                            + _suggest(str(rv.provision), [str(k) for k in provisions]),
                        )
                    )
                    continue
                citation = Citation(
                    provision=cited.id,
                    text=cited.citation,
                    verification=rv.verification,
                    text_ru=cited.citation_ru,
                    official_source=cited.official_source,
                )
                values.append(
                    ParameterValue(rv.valid_from, rv.valid_to, rv.value, citation, rv.note)
                )
            parameters[rp.id] = Parameter(
                id=rp.id,
                pack=rp.pack,
                instrument=rp.instrument,
                title=rp.title,
                unit=rp.unit,
                values=tuple(values),
                note=rp.note,
                file=rp.file,
                line=rp.line,
            )
        for p in provisions.values():
            for param in p.parameters:
                if param not in parameters:
                    problems.append(
                        Problem(
                            p.file,
                            p.line,
                            None,
                            f"{p.id}.parameters",
                            f"names unknown parameter {param}"
                            + _suggest(str(param), [str(k) for k in parameters]),
                        )
                    )
        if problems:
            raise LawPackError(problems)
        self._instruments = instruments
        self._provisions = provisions
        self._parameters = parameters
        self._case_sources = tuple(case_sources)
        self._cases: tuple[dict[str, tuple[CaseRef, ...]], tuple[Problem, ...]] | None = None

    # --- building ------------------------------------------------------------------------
    @classmethod
    def from_sources(cls, sources: Iterable[Source]) -> Registry:
        """Parse every source; raise LawPackError listing the problems of all files at once."""
        files: list[InstrumentFile] = []
        problems: list[Problem] = []
        cases: list[tuple[str, str]] = []
        for s in sources:
            try:
                files.append(
                    parse_instrument(
                        s.text,
                        file=s.file,
                        expected_pack=s.pack_dir,
                        expected_package=s.package_dir,
                    )
                )
            except LawPackError as exc:
                problems.extend(exc.problems)
            cases.extend(s.case_files)
        if problems:
            raise LawPackError(problems)
        return cls(files, cases)

    @classmethod
    def from_files(cls, paths: Iterable[FsPath | str]) -> Registry:
        """Build from ``instrument.yaml`` paths (tests), indexing ``cases/*.yaml`` beside each."""
        sources = []
        for path in map(FsPath, paths):
            case_files = tuple(
                (str(c), c.read_text(encoding="utf-8"))
                for c in sorted((path.parent / "cases").glob("*.yaml"))
            )
            sources.append(
                Source(str(path), path.read_text(encoding="utf-8"), case_files=case_files)
            )
        return cls.from_sources(sources)

    @classmethod
    def from_package(cls, package: str = PACKAGE) -> Registry:
        """Build from the law packs shipped as package data under ``package``."""
        return cls.from_sources(_discover(resources.files(package), package))

    # --- provisions ----------------------------------------------------------------------
    def all(self) -> tuple[Provision, ...]:
        """Every provision: packs in order (intl, kz), instruments by id, file order within."""
        return tuple(self._provisions.values())

    def __iter__(self) -> Iterator[Provision]:
        return iter(self._provisions.values())

    def __len__(self) -> int:
        return len(self._provisions)

    def __contains__(self, pid: object) -> bool:
        try:
            return _pid(pid) in self._provisions  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False

    def find(self, pid: str | ProvisionId) -> Provision | None:
        try:
            return self._provisions.get(_pid(pid))
        except ValueError:
            return None

    def get(self, pid: str | ProvisionId) -> Provision:
        """The provision with this id; NotFoundError with close matches if there is none."""
        found = self.find(pid)
        if found is None:
            raise NotFoundError(f"no provision {str(pid)!r}" + self.suggestions(str(pid)))
        return found

    def suggestions(self, text: str) -> str:
        """A ``"; did you mean: ..."`` tail naming ids close to ``text`` (or an empty string)."""
        ids = [str(k) for k in self._provisions]
        return _suggest(text, ids)

    def close_matches(self, text: str, n: int = 5) -> list[str]:
        ids = [str(k) for k in self._provisions]
        return _close(text, ids, n)

    def cite(self, pid: str | ProvisionId) -> Citation:
        return self.get(pid).cite()

    def under(self, prefix: str | ProvisionId) -> tuple[Provision, ...]:
        """Provisions at or below an id: ``under("kz/criminal-code-2014/art-392")``."""
        text = str(prefix).rstrip("/")
        return tuple(
            p
            for p in self._provisions.values()
            if str(p.id) == text or str(p.id).startswith(text + "/")
        )

    # --- instruments and parameters ------------------------------------------------------
    def instruments(self) -> tuple[Instrument, ...]:
        return tuple(self._instruments.values())

    def instrument(self, instrument_id: str) -> Instrument:
        found = self._instruments.get(instrument_id)
        if found is None:
            raise NotFoundError(
                f"no instrument {instrument_id!r}"
                + _suggest(instrument_id, list(self._instruments))
            )
        return found

    def provisions_of(self, instrument_id: str) -> tuple[Provision, ...]:
        return tuple(p for p in self._provisions.values() if p.instrument == instrument_id)

    def parameters(self) -> tuple[Parameter, ...]:
        return tuple(self._parameters.values())

    def parameters_of(self, instrument_id: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self._parameters.values() if p.instrument == instrument_id)

    def parameter(self, pid: str | ProvisionId) -> Parameter:
        """The parameter with this id; NotFoundError with close matches if there is none."""
        try:
            found = self._parameters.get(_pid(pid))
        except ValueError:
            found = None
        if found is None:
            raise NotFoundError(
                f"no parameter {str(pid)!r}"
                + _suggest(str(pid), [str(k) for k in self._parameters])
            )
        return found

    def parameters_citing(self, pid: str | ProvisionId) -> tuple[Parameter, ...]:
        """Parameters that a provision lists, or whose values cite it."""
        provision = self.get(pid)
        listed = [self._parameters[k] for k in provision.parameters]
        citing = [
            p
            for p in self._parameters.values()
            if p not in listed and any(v.provision == provision.id for v in p.values)
        ]
        return tuple(listed + citing)

    # --- YAML legal cases ----------------------------------------------------------------
    def cases_for(self, pid: str | ProvisionId) -> tuple[CaseRef, ...]:
        """The YAML cases whose ``provisions`` name this provision."""
        index, _ = self._case_index()
        return index.get(str(_pid(pid)), ())

    def case_problems(self) -> tuple[Problem, ...]:
        """Problems found while indexing case files (bad YAML, unknown provision ids)."""
        return self._case_index()[1]

    def all_cases(self) -> tuple[CaseRef, ...]:
        index, _ = self._case_index()
        seen: dict[tuple[str, str], CaseRef] = {}
        for refs in index.values():
            for ref in refs:
                seen.setdefault((ref.file, ref.name), ref)
        return tuple(seen.values())

    def _case_index(self) -> tuple[dict[str, tuple[CaseRef, ...]], tuple[Problem, ...]]:
        if self._cases is None:
            self._cases = _index_cases(self._case_sources, set(map(str, self._provisions)))
        return self._cases


def _pid(pid: str | ProvisionId) -> ProvisionId:
    return pid if isinstance(pid, ProvisionId) else ProvisionId.parse(pid)


def _close(text: str, ids: list[str], n: int = 5) -> list[str]:
    text = text.strip().rstrip("/")
    below = [i for i in ids if text and i.startswith(text + "/")]
    if below:
        return below[:n]
    close = difflib.get_close_matches(text, ids, n=n, cutoff=0.6)
    return close


def _suggest(text: str, ids: list[str]) -> str:
    matches = _close(text, ids)
    return f"; did you mean: {', '.join(matches)}?" if matches else ""


def _discover(root: Traversable, package: str) -> list[Source]:
    """Every ``<pack>/<instrument_pkg>/instrument.yaml`` under the jurisdictions package."""
    sources = []
    for pack_dir in sorted(root.iterdir(), key=lambda t: t.name):
        if not pack_dir.is_dir() or pack_dir.name.startswith(("_", ".")):
            continue
        for inst_dir in sorted(pack_dir.iterdir(), key=lambda t: t.name):
            if not inst_dir.is_dir() or inst_dir.name.startswith(("_", ".")):
                continue
            yaml_file = inst_dir / "instrument.yaml"
            if not yaml_file.is_file():
                continue
            display = f"{package.replace('.', '/')}/{pack_dir.name}/{inst_dir.name}"
            cases_dir = inst_dir / "cases"
            case_files: list[tuple[str, str]] = []
            if cases_dir.is_dir():
                for c in sorted(cases_dir.iterdir(), key=lambda t: t.name):
                    if c.is_file() and c.name.endswith((".yaml", ".yml")):
                        case_files.append(
                            (f"{display}/cases/{c.name}", c.read_text(encoding="utf-8"))
                        )
            sources.append(
                Source(
                    file=f"{display}/instrument.yaml",
                    text=yaml_file.read_text(encoding="utf-8"),
                    pack_dir=pack_dir.name,
                    package_dir=inst_dir.name,
                    case_files=tuple(case_files),
                )
            )
    return sources


def _index_cases(
    sources: Sequence[tuple[str, str]], known: set[str]
) -> tuple[dict[str, tuple[CaseRef, ...]], tuple[Problem, ...]]:
    index: dict[str, list[CaseRef]] = {}
    problems: list[Problem] = []
    for file, text in sources:
        try:
            located = read_yaml(text, file=file)
        except LawPackError as exc:
            problems.extend(exc.problems)
            continue
        data = located.data
        cases = data.get("cases") if isinstance(data, dict) else None
        if not isinstance(cases, list):
            problems.append(located.problem((), "expected a top-level 'cases:' list"))
            continue
        for i, case in enumerate(cases):
            if not isinstance(case, dict):
                problems.append(located.problem(("cases", i), "a case must be a mapping"))
                continue
            name = case.get("name")
            provs = case.get("provisions")
            if not isinstance(name, str) or not name.strip():
                problems.append(located.problem(("cases", i), "a case needs a 'name'"))
                continue
            if not isinstance(provs, list) or not all(isinstance(p, str) for p in provs):
                problems.append(
                    located.problem(("cases", i), f"case {name!r} needs a 'provisions' list of ids")
                )
                continue
            ref = CaseRef(name, file, located.where(("cases", i))[0], tuple(provs))
            for j, p in enumerate(provs):
                if p not in known:
                    problems.append(
                        located.problem(
                            ("cases", i, "provisions", j),
                            f"case {name!r} names unknown provision {p}"
                            + _suggest(p, sorted(known)),
                        )
                    )
                    continue
                index.setdefault(p, []).append(ref)
    return {k: tuple(v) for k, v in index.items()}, tuple(problems)


@functools.cache
def default_registry() -> Registry:
    """The registry of the shipped law packs, built on first call and cached."""
    return Registry.from_package()
