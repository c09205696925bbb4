"""The shipped law packs: integrity, required ids, dated versions and parameter values."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from importlib import resources

import pytest

from panah.core.errors import NotFoundError
from panah.law.citations import ProvisionId, Verification
from panah.law.packfile import placeholder_in
from panah.law.provisions import Provision, Unit
from panah.law.registry import Registry, default_registry
from panah.law.yamlload import read_yaml

REGISTRY = default_registry()
PROVISIONS = REGISTRY.all()
PARAMETERS = REGISTRY.parameters()

REQUIRED_IDS = [
    "intl/refugee-convention-1951/art-1a/para-2",
    "intl/refugee-convention-1951/art-1c",
    "intl/refugee-convention-1951/art-1f",
    "intl/refugee-convention-1951/art-31/para-1",
    "intl/refugee-convention-1951/art-32",
    "intl/refugee-convention-1951/art-33/para-1",
    "intl/refugee-convention-1951/art-33/para-2",
    "intl/cat-1984/art-1",
    "intl/cat-1984/art-3",
    "intl/cat-1984/art-22",
    "intl/cat-rules-of-procedure/rule-114",
    "intl/iccpr-1966/art-6",
    "intl/iccpr-1966/art-7",
    "intl/iccpr-1966/art-9",
    "intl/iccpr-optional-protocol-1966/art-5/para-2",
    "intl/hrc-rules-of-procedure/interim-measures",
    "intl/un-special-procedures/urgent-appeal",
    "intl/unhcr-detention-guidelines/guideline-2",
    "intl/unhcr-article-31-guidance/without-delay",
]


def _texts(p: Provision) -> list[str]:
    out = [p.title, p.citation, p.verification_note, p.summary, *p.tags, *p.brief_ref]
    out += [t for t in (p.title_ru, p.citation_ru, p.official_source) if t]
    for v in p.versions:
        out += [t for t in (v.summary, v.source) if t]
    return out


def test_registry_is_not_trivially_small() -> None:
    assert len(PROVISIONS) >= 45
    assert {p.pack for p in PROVISIONS} >= {"intl"}


@pytest.mark.parametrize("pid", REQUIRED_IDS)
def test_required_provision_exists(pid: str) -> None:
    assert REGISTRY.get(pid).id == ProvisionId(pid)


@pytest.mark.parametrize("provision", PROVISIONS, ids=lambda p: str(p.id))
def test_provision_is_complete(provision: Provision) -> None:
    assert provision.citation.strip()
    assert isinstance(provision.verification, Verification)
    assert provision.verification_note.strip()
    assert provision.summary.strip()
    assert provision.versions, "every provision needs at least one dated version"
    assert str(provision.id).startswith(f"{provision.pack}/{provision.instrument}/")
    for text in _texts(provision):
        assert placeholder_in(text) is None, text


@pytest.mark.parametrize("provision", PROVISIONS, ids=lambda p: str(p.id))
def test_versions_are_ordered_and_do_not_overlap(provision: Provision) -> None:
    versions = provision.versions
    for v in versions:
        assert v.valid_to is None or v.valid_to >= v.valid_from
    for prev, nxt in itertools.pairwise(versions):
        assert prev.valid_to is not None
        assert prev.valid_to < nxt.valid_from


@pytest.mark.parametrize("parameter", PARAMETERS, ids=lambda p: str(p.id))
def test_parameter_values_cite_existing_provisions(parameter: object) -> None:
    from panah.law.provisions import Parameter

    assert isinstance(parameter, Parameter)
    assert parameter.values
    for value in parameter.values:
        assert value.provision in REGISTRY
        assert REGISTRY.get(value.provision).citation == value.citation.text
        assert isinstance(value.verification, Verification)
    for prev, nxt in zip(parameter.values, parameter.values[1:], strict=False):
        assert prev.valid_to is not None and prev.valid_to < nxt.valid_from
    if parameter.unit is Unit.BOOLEAN:
        assert all(isinstance(v.value, bool) for v in parameter.values)


@pytest.mark.parametrize("provision", PROVISIONS, ids=lambda p: str(p.id))
def test_listed_parameters_exist(provision: Provision) -> None:
    for pid in provision.parameters:
        assert REGISTRY.parameter(pid).id == pid


def _instrument_files() -> list[tuple[str, str]]:
    root = resources.files("panah.jurisdictions")
    out = []
    for pack in root.iterdir():
        if not pack.is_dir() or pack.name.startswith("_"):
            continue
        for inst in pack.iterdir():
            f = inst / "instrument.yaml"
            if inst.is_dir() and f.is_file():
                out.append((f"{pack.name}/{inst.name}", f.read_text(encoding="utf-8")))
    return sorted(out)


def test_ids_are_unique_across_all_files() -> None:
    seen: dict[str, str] = {}
    dupes = []
    for name, text in _instrument_files():
        data = read_yaml(text, file=name).data
        for item in [*data.get("provisions", []), *(data.get("parameters") or [])]:
            if item["id"] in seen:
                dupes.append((item["id"], seen[item["id"]], name))
            seen[item["id"]] = name
    assert not dupes
    assert len(seen) == len(PROVISIONS) + len(PARAMETERS)


def test_every_instrument_package_has_a_docstring_only_init() -> None:
    root = resources.files("panah.jurisdictions")
    for pack in root.iterdir():
        if not pack.is_dir() or pack.name.startswith("_"):
            continue
        for inst in pack.iterdir():
            if inst.is_dir() and (inst / "instrument.yaml").is_file():
                init = (inst / "__init__.py").read_text(encoding="utf-8")
                assert re.fullmatch(r'"""[^"]+"""\n', init), inst.name


# --- dated versions and values ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected_start"),
    [
        pytest.param(dt.date(2019, 1, 8), dt.date(2012, 1, 11), id="day-before-rev11"),
        pytest.param(dt.date(2019, 1, 9), dt.date(2019, 1, 9), id="rev11-day"),
        pytest.param(dt.date(2019, 1, 10), dt.date(2019, 1, 9), id="day-after-rev11"),
    ],
)
def test_hrc_interim_measures_version_on_boundary(day: dt.date, expected_start: dt.date) -> None:
    version = REGISTRY.get("intl/hrc-rules-of-procedure/interim-measures").version_on(day)
    assert version is not None
    assert version.valid_from == expected_start


def test_version_on_before_first_version_is_none() -> None:
    p = REGISTRY.get("intl/cat-general-comment-4-2017/deportation-scope")
    assert p.version_on(dt.date(2017, 12, 5)) is None
    assert not p.in_force_on(dt.date(2017, 12, 5))
    assert p.in_force_on(dt.date(2017, 12, 6))


def test_parameter_value_carries_citation_and_verification() -> None:
    value = REGISTRY.parameter("intl/cat-1984/state-reply-period").value_on(dt.date(2020, 1, 1))
    assert value.value == 6
    assert value.provision == ProvisionId("intl/cat-1984/art-22/para-3")
    assert value.citation.text == "Convention against Torture 1984, art. 22(3)"
    assert value.verification is Verification.PRIMARY


def test_parameter_value_before_first_date_is_not_found() -> None:
    param = REGISTRY.parameter("intl/cat-1984/state-reply-period")
    assert param.find_value_on(dt.date(1980, 1, 1)) is None
    with pytest.raises(NotFoundError, match="no value on 1980-01-01"):
        param.value_on(dt.date(1980, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "intl/refugee-convention-1951/art-33", "art-33/para-1", id="prefix-lists-children"
        ),
        pytest.param("intl/cat-1984/art-4", "intl/cat-1984/art-", id="close-match"),
    ],
)
def test_unknown_id_suggests_close_matches(text: str, expected: str) -> None:
    with pytest.raises(NotFoundError) as info:
        REGISTRY.get(text)
    assert "did you mean" in str(info.value)
    assert expected in str(info.value)


def test_registry_builds_lazily_and_is_cached() -> None:
    assert default_registry() is REGISTRY
    assert isinstance(REGISTRY, Registry)
