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
    "kz/criminal-code-2014/art-392/part-1",
    "kz/criminal-code-2014/art-1/part-3",
    "kz/criminal-code-2014/art-62",
    "kz/kz-cn-border-agreement-2006/art-32",
    "kz/law-on-refugees-2009/art-1/para-1",
    "kz/law-on-refugees-2009/art-1/para-6",
    "kz/law-on-refugees-2009/art-10/para-1",
    "kz/law-on-refugees-2009/art-10/para-3/indent-2",
    "kz/law-on-refugees-2009/art-10/para-6",
    "kz/law-on-refugees-2009/art-11/para-1",
    "kz/law-on-refugees-2009/art-11/para-5",
    "kz/law-on-refugees-2009/art-15",
    "kz/law-on-refugees-2009/art-18/para-2/indent-2",
]


def _texts(p: Provision) -> list[str]:
    out = [p.title, p.citation, p.verification_note, p.summary, *p.tags, *p.brief_ref]
    out += [t for t in (p.title_ru, p.citation_ru, p.official_source) if t]
    for v in p.versions:
        out += [t for t in (v.summary, v.source) if t]
    return out


def test_registry_is_not_trivially_small() -> None:
    assert len(PROVISIONS) >= 45
    assert {p.pack for p in PROVISIONS} == {"intl", "kz"}


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


ART_392_1 = "kz/criminal-code-2014/art-392/part-1"


@pytest.mark.parametrize(
    ("day", "max_years", "max_fine", "level"),
    [
        pytest.param(dt.date(2025, 9, 16), 1, 1000, Verification.PRIMARY, id="2025-09-16"),
        pytest.param(dt.date(2025, 9, 17), 3, 2000, Verification.SECONDARY, id="2025-09-17"),
        pytest.param(dt.date(2025, 9, 18), 3, 2000, Verification.SECONDARY, id="2025-09-18"),
    ],
)
def test_art_392_version_and_penalties_change_on_17_september_2025(
    day: dt.date, max_years: int, max_fine: int, level: Verification
) -> None:
    provision = REGISTRY.get(ART_392_1)
    version = provision.version_on(day)
    assert version is not None
    assert version.valid_from == (
        dt.date(2015, 1, 1) if day < dt.date(2025, 9, 17) else dt.date(2025, 9, 17)
    )
    assert provision.verification_on(day) is level
    years = REGISTRY.parameter("kz/criminal-code-2014/art-392-part-1-max-imprisonment")
    fine = REGISTRY.parameter("kz/criminal-code-2014/art-392-part-1-max-fine")
    assert years.value_on(day).value == max_years
    assert years.value_on(day).verification is level
    assert fine.value_on(day).value == max_fine
    assert years.value_on(day).provision == ProvisionId(ART_392_1)


def test_art_392_expulsion_term_is_only_recorded_for_the_old_wording() -> None:
    term = REGISTRY.parameter("kz/criminal-code-2014/art-392-expulsion-term")
    assert term.value_on(dt.date(2019, 10, 1)).value == 5
    assert term.find_value_on(dt.date(2025, 9, 17)) is None


def test_art_392_note_is_not_in_force_for_2019_crossings() -> None:
    note = REGISTRY.get("kz/criminal-code-2014/art-392/note")
    assert note.verification is Verification.UNVERIFIED
    assert note.version_on(dt.date(2019, 10, 1)) is None


@pytest.mark.parametrize(
    ("day", "authority"),
    [
        pytest.param(dt.date(2022, 4, 7), "Interior Ministry", id="2022-04-07"),
        pytest.param(dt.date(2022, 4, 8), "Local executive body", id="2022-04-08"),
        pytest.param(dt.date(2022, 4, 9), "Local executive body", id="2022-04-09"),
    ],
)
def test_competent_authority_changes_in_april_2022(day: dt.date, authority: str) -> None:
    value = REGISTRY.parameter("kz/law-on-refugees-2009/competent-authority").value_on(day)
    assert isinstance(value.value, str)
    assert value.value.startswith(authority)
    version = REGISTRY.get("kz/law-on-refugees-2009/art-6").version_on(day)
    assert version is not None and version.summary is not None
    assert ("Interior" in version.summary) == (authority == "Interior Ministry")


@pytest.mark.parametrize(
    ("day", "in_force"),
    [
        pytest.param(dt.date(2021, 6, 30), "superior authorised body", id="2021-06-30"),
        pytest.param(dt.date(2021, 7, 1), "APPK", id="2021-07-01"),
    ],
)
def test_refugee_appeals_switch_to_the_appk_on_1_july_2021(day: dt.date, in_force: str) -> None:
    version = REGISTRY.get("kz/law-on-refugees-2009/art-15").version_on(day)
    assert version is not None and version.summary is not None
    assert in_force in version.summary


@pytest.mark.parametrize(
    ("pid", "day", "value"),
    [
        pytest.param("kz/law-on-refugees-2009/filing-period", dt.date(2019, 10, 1), 5, id="filing"),
        pytest.param(
            "kz/law-on-refugees-2009/filing-period-forced-crossing",
            dt.date(2019, 10, 1),
            1,
            id="forced-crossing",
        ),
        pytest.param(
            "kz/law-on-refugees-2009/decision-period", dt.date(2019, 10, 14), 3, id="decision"
        ),
        pytest.param(
            "kz/law-on-refugees-2009/decision-period-maximum",
            dt.date(2019, 10, 14),
            12,
            id="decision-max",
        ),
        pytest.param("kz/law-on-refugees-2009/status-term", dt.date(2020, 10, 16), 1, id="status"),
        pytest.param(
            "kz/law-on-refugees-2009/extension-application-lead",
            dt.date(2021, 9, 16),
            1,
            id="extension",
        ),
        pytest.param(
            "kz/kz-cn-border-agreement-2006/hand-over-period",
            dt.date(2019, 10, 14),
            7,
            id="hand-over",
        ),
        pytest.param(
            "kz/criminal-code-2014/custody-credit-minimum-security",
            dt.date(2020, 1, 21),
            2,
            id="custody-credit",
        ),
        pytest.param(
            "kz/republican-budget-laws/mci-tenge", dt.date(2019, 10, 1), 2525, id="mci-2019"
        ),
        pytest.param(
            "kz/republican-budget-laws/mci-tenge", dt.date(2020, 3, 31), 2651, id="mci-2020-03-31"
        ),
        pytest.param(
            "kz/republican-budget-laws/mci-tenge", dt.date(2020, 4, 1), 2778, id="mci-2020-04-01"
        ),
    ],
)
def test_parameter_values_on_reference_dates(pid: str, day: dt.date, value: int) -> None:
    assert REGISTRY.parameter(pid).value_on(day).value == value


def test_hand_over_agreement_not_in_force_before_25_december_2015() -> None:
    param = REGISTRY.parameter("kz/kz-cn-border-agreement-2006/hand-over-period")
    assert param.find_value_on(dt.date(2015, 12, 24)) is None
    assert param.value_on(dt.date(2015, 12, 25)).value == 7


_ID_IN_TEXT = re.compile(r"(?<![\w./-])(?:intl|kz)/[a-z0-9-]+(?:/[a-z0-9-]+)+")


@pytest.mark.parametrize("provision", PROVISIONS, ids=lambda p: str(p.id))
def test_ids_mentioned_in_texts_exist(provision: Provision) -> None:
    known = {str(p.id) for p in PROVISIONS} | {str(p.id) for p in PARAMETERS}
    for text in _texts(provision):
        for mentioned in _ID_IN_TEXT.findall(text):
            assert mentioned.rstrip("-") in known, mentioned
