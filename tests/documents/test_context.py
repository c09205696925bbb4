"""The document context: facts from claims with sources, disputes, gaps, needs, hashes, and
the assessment section built from an assessment in the engine's JSON shape."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from panah.core.case import Case
from panah.core.errors import MissingFactsError, NotFoundError, PanahError
from panah.documents.citations import default_lookup, fallback_lookup
from panah.documents.context import build_context
from panah.documents.specs import TEMPLATES
from panah.documents.trace import assessment_sha256, case_sha256
from tests.conftest import REFERENCE_CASE

Make = Callable[..., dict[str, Any]]


def assessment(as_of: str = "2019-12-15", person: str = "p-kaster") -> dict[str, Any]:
    """An assessment in the shape of `panah assess --format json` (issue 3)."""
    return {
        "as_of": as_of,
        "case": "kz-2019-zaysan",
        "people": [
            {
                "person": person,
                "findings": [
                    {
                        "provision": "intl/refugee-convention-1951/art-33/para-1",
                        "outcome": "holds",
                        "verification": "primary",
                        "explanation": "Protected against return while the claim is pending.",
                        "facts_used": ["c-asylum-app-date-s1", "c-asylum-app-date-s3"],
                        "missing_facts": [],
                        "sub_findings": [
                            {
                                "provision": "intl/refugee-convention-1951/art-33/para-2",
                                "outcome": "does_not_hold",
                                "verification": "primary",
                                "explanation": "No exception applies.",
                                "facts_used": [],
                                "missing_facts": [],
                                "sub_findings": [],
                            }
                        ],
                    },
                    {
                        "provision": "intl/cat-1984/art-3",
                        "outcome": "holds",
                        "verification": "partial",
                        "explanation": "Substantial grounds: past torture.",
                        "facts_used": ["c-camp-date-s2"],
                        "missing_facts": [],
                        "disputed": [
                            {
                                "subject": "ev-crossing",
                                "property": "date",
                                "label": "crossing date",
                                "values": [
                                    {"value": "2019-10-06", "claims": [], "sources": ["S1", "S2"]},
                                    {"value": "2019-10-01", "claims": [], "sources": ["S4"]},
                                ],
                            }
                        ],
                        "sub_findings": [],
                    },
                    {
                        "provision": "intl/refugee-convention-1951/art-31/para-1",
                        "outcome": "undetermined",
                        "verification": "primary",
                        "explanation": "Whether 8 or 13 days is without delay is a question "
                        "of fact.",
                        "facts_used": [],
                        "missing_facts": ["why the presentation took 8 to 13 days"],
                        "sub_findings": [],
                    },
                ],
                "deadlines": [
                    {
                        "id": "kz-cn-handover",
                        "title": "Hand-over under the border agreement",
                        "provision": "kz/kz-cn-border-agreement-2006/art-32/para-1",
                        "trigger": "ev-detention-host",
                        "starts_on": "2019-10-15",
                        "due": "2019-10-21",
                        "unit": "calendar_days",
                        "status": "expired",
                        "verification": "primary",
                    }
                ],
                "alerts": [
                    {
                        "id": "refoulement-risk",
                        "severity": "high",
                        "message": "Public statement of intended hand-over.",
                        "actions": [{"id": "cat", "text": "Lodge a UN CAT complaint"}],
                    }
                ],
            }
        ],
    }


# -- facts and sources ---------------------------------------------------------------------------
def test_disputed_crossing_keeps_both_values_with_sources(make_context: Make) -> None:
    date = make_context("chronology")["slots"]["crossing"]["date"]
    assert date["disputed"] and not date["decided"]
    values = {g["value"]: g["sources"] for g in date["all"]}
    assert values == {"2019-10-06": ["S1", "S2"], "2019-10-01": ["S4"]}
    assert "6 October 2019 [S1, S2]" in date["display"]
    assert "1 October 2019 [S4]" in date["display"]
    assert "the sources disagree" in date["display"]


def test_working_value_chosen_later_is_shown_with_the_other_value(make_context: Make) -> None:
    date = make_context("chronology", as_of="2020-02-01")["slots"]["crossing"]["date"]
    assert date["decided"] and date["value"] == "2019-10-06"
    assert date["working"]["who"] == "case team"
    assert date["display"].startswith("6 October 2019 [S1, S2] (working value chosen by case team")
    assert "disputed: 1 October 2019 according to [S4]" in date["display"]


def test_gap_between_entry_and_presentation_for_each_entry_date(make_context: Make) -> None:
    gap = make_context("objection-illegal-entry")["derived"]["gap_crossing_presentation"]
    assert [(o["min"], o["max"], o["cite"]) for o in gap["options"]] == [
        (8, 8, "[S1, S2]"),
        (13, 13, "[S1, S4]"),
    ]
    assert gap["disputed"]


def test_gap_in_russian(make_context: Make) -> None:
    gap = make_context("objection-illegal-entry", lang="ru")["derived"]["gap_crossing_presentation"]
    assert gap["options"][0]["text"] == "8 дней (с 6 октября 2019 года по 14 октября 2019 года)"


def test_only_what_had_happened_by_the_date(make_context: Make) -> None:
    before = {e["type"] for e in make_context("chronology")["events"]}
    after = {e["type"] for e in make_context("chronology", as_of="2020-02-01")["events"]}
    assert "verdict" not in before and "verdict" in after
    assert "refugee_status_granted" not in after


def test_names_in_the_script_of_the_language(make_context: Make) -> None:
    en = make_context("chronology")["person"]
    ru = make_context("chronology", lang="ru")["person"]
    assert en["name"] == "Kaster Musakhanuly" and en["name_cite"] == "[S3]"
    assert ru["name"] == "Қастер Мұсаханұлы"
    spellings = {o["value"]: o["cite"] for o in en["other_names"]}
    assert spellings["Quster Musakhanuly"] == "[S1]"
    assert spellings["Kaster Musakhan"] == "[S4, S5]"
    assert "Қастер Мұсаханұлы" in spellings


def test_person_facts_cite_their_sources(make_context: Make) -> None:
    facts = make_context("non-refoulement")["person"]["facts"]
    assert facts["citizenship"]["display"] == "the People's Republic of China [S2]"
    assert facts["ethnicity"]["display"] == "Kazakh [S2]"


def test_value_without_claim_is_marked_as_case_record(
    fictional_case: Case, make_context: Make
) -> None:
    facts = make_context("chronology", case=fictional_case, person="p-erzhan")["person"]["facts"]
    assert facts["citizenship"]["cite"] == "[case file, no source cited]"
    assert facts["ethnicity"]["cite"] == "[S1]"


def test_confidential_source_is_not_named(fictional_case: Case, make_context: Make) -> None:
    ctx = make_context("chronology", case=fictional_case, person="p-erzhan")
    s3 = next(s for s in ctx["sources"] if s["id"] == "S3")
    assert s3["confidential"] and s3["text"].startswith("confidential source")
    assert "Testimony recorded" not in s3["text"]


def test_relatives_without_names(make_context: Make) -> None:
    relatives = make_context("chronology")["person"]["relatives"]
    assert [r["display"] for r in relatives] == [
        "mother [S2]",
        "wife [S2]",
        "daughter, 7 years [S2]",
        "younger brother, detained [S2]",
    ]


# -- needs ---------------------------------------------------------------------------------------
def test_missing_fact_is_an_error_listing_what_to_add(make_context: Make) -> None:
    with pytest.raises(MissingFactsError) as err:
        make_context("status-extension", as_of="2019-12-15")
    assert len(err.value.missing) == 1
    assert "refugee_status_granted" in err.value.missing[0]
    assert "p-kaster" in str(err.value) and "2019-12-15" in str(err.value)


def test_every_missing_fact_is_listed(fictional_case: Case, make_context: Make) -> None:
    bare = fictional_case.model_copy(update={"representation": (), "proceedings": ()})
    with pytest.raises(MissingFactsError) as err:
        make_context("objection-illegal-entry", case=bare, person="p-erzhan")
    text = "\n".join(err.value.missing)
    assert "criminal" in text and "representation" in text
    assert len(err.value.missing) == 2


def test_template_cites_must_be_known(make_context: Make) -> None:
    with pytest.raises(PanahError, match="cites"):
        make_context(
            "chronology", provisions=lambda _id: None, as_of="2019-12-15", template_override=None
        ) if False else make_context("objection-illegal-entry", provisions=lambda _id: None)


@pytest.mark.parametrize(
    ("kw", "error"),
    [
        ({"person": "p-nobody"}, NotFoundError),
        ({"template": "no-such-template"}, NotFoundError),
        ({"lang": "fr"}, NotFoundError),
        ({"addressee_id": "org-nowhere"}, NotFoundError),
    ],
    ids=["person", "template", "language", "addressee"],
)
def test_not_found(reference_case: Case, kw: dict[str, Any], error: type[Exception]) -> None:
    args: dict[str, Any] = {
        "template": "non-refoulement",
        "person_id": "p-kaster",
        "as_of": dt.date(2019, 12, 15),
        "lang": "en",
        "case_sha256": "sha256:" + "0" * 64,
        "provisions": fallback_lookup(),
    }
    if "person" in kw:
        args["person_id"] = kw.pop("person")
    args.update(kw)
    with pytest.raises(error):
        build_context(reference_case, **args)


def test_addressee_from_proceedings_or_given(make_context: Make) -> None:
    assert make_context("objection-illegal-entry")["addressee"]["name"].startswith("Zaysan")
    assert make_context("non-refoulement")["addressee"]["id"] == "org-knb"
    given = make_context("non-refoulement", addressee_id="org-border-service")["addressee"]
    assert given["name"] == "Border Service of the National Security Committee (KNB)"


# -- the law as of the date ------------------------------------------------------------------------
def test_materials_later_than_the_date_are_not_cited(make_context: Make) -> None:
    early = make_context("objection-illegal-entry")["provisions"]
    late = make_context("objection-illegal-entry", as_of="2025-01-10")["provisions"]
    gip = "intl/unhcr-guidance/gip-14-2024"
    assert not early["by_id"][gip]["available"]
    assert gip not in [p["id"] for p in early["listed"]]
    assert late["by_id"][gip]["available"]


def test_verification_level_shown_unless_primary(make_context: Make) -> None:
    by_id = make_context("non-refoulement")["provisions"]["by_id"]
    assert (
        by_id["intl/cat-1984/art-3"]["text"]
        == "Convention against Torture 1984, art. 3 (verification: partial)"
    )
    assert by_id["intl/refugee-convention-1951/art-33/para-1"]["mark"] == ""
    ru = make_context("non-refoulement", lang="ru")["provisions"]["by_id"]
    assert (
        ru["intl/cat-1984/art-3"]["text"]
        == "ст. 3 Конвенции против пыток 1984 г. (проверка: частичная)"
    )


def test_every_cited_provision_is_known_with_a_russian_citation() -> None:
    lookup = default_lookup()
    for spec in TEMPLATES.values():
        for ident in spec.cites:
            info = lookup(ident)
            assert info is not None, f"{spec.name}: {ident}"
            assert info.citation_ru, f"{spec.name}: {ident} has no Russian citation"


def test_documents_list_agrees_with_the_law_registry() -> None:
    from panah.law.registry import default_registry

    registry = default_registry()
    fallback = fallback_lookup()
    for spec in TEMPLATES.values():
        for ident in spec.cites:
            provision = registry.find(ident) if ident.count("/") >= 2 else None
            mine = fallback(ident)
            if provision is not None and mine is not None:
                assert mine.verification == provision.verification.value, ident


# -- traceability ----------------------------------------------------------------------------------
def test_case_and_assessment_hashes_are_recorded(make_context: Make) -> None:
    data = assessment()
    ctx = make_context("chronology", assessment=data)
    assert ctx["trace"]["case_sha256"] == case_sha256(REFERENCE_CASE.read_bytes())
    assert ctx["trace"]["assessment_sha256"] == assessment_sha256(data)
    assert ctx["trace"]["as_of"] == "2019-12-15"
    assert ctx["trace"]["case_sha256"] in ctx["trace"]["line"]
    assert ctx["trace"]["assessment_sha256"] in ctx["trace"]["line"]


def test_assessment_hash_ignores_key_order_but_not_content() -> None:
    a = assessment()
    reordered = dict(reversed(list(a.items())))
    assert assessment_sha256(a) == assessment_sha256(reordered)
    changed = assessment()
    changed["people"][0]["findings"][0]["outcome"] = "undetermined"
    assert assessment_sha256(a) != assessment_sha256(changed)


# -- the assessment section ----------------------------------------------------------------------
def test_no_assessment_is_said_not_left_blank(make_context: Make) -> None:
    ctx = make_context("chronology")
    assert ctx["assessment"]["available"] is False
    assert ctx["assessment"]["notice"].startswith("No assessment is available")
    assert ctx["trace"]["assessment_sha256"] is None


def test_findings_for_the_template_with_citations_and_sources(make_context: Make) -> None:
    block = make_context("non-refoulement", assessment=assessment())["assessment"]
    shown = [f["provision"] for f in block["findings"]]
    assert shown == ["intl/refugee-convention-1951/art-33/para-1", "intl/cat-1984/art-3"]
    top, cat = block["findings"]
    assert top["cite"] == "[S1, S3]" and top["outcome_label"] == "holds"
    assert top["sub"][0]["outcome_label"] == "does not hold"
    assert cat["mark"] == " (verification: partial)"
    assert cat["disputed"][0]["text"] == "2019-10-06 [S1, S2] or 2019-10-01 [S4]"
    assert block["deadlines"][0]["due"] == "21 October 2019"
    assert block["deadlines"][0]["status"] == "expired"
    assert block["alerts"][0]["actions"] == ["Lodge a UN CAT complaint"]


def test_chronology_shows_every_finding(make_context: Make) -> None:
    block = make_context("chronology", assessment=assessment())["assessment"]
    assert len(block["findings"]) == 3
    assert block["findings"][2]["missing"] == ["why the presentation took 8 to 13 days"]


def test_assessment_of_another_date_is_refused(make_context: Make) -> None:
    with pytest.raises(PanahError, match="as of 2020-01-21"):
        make_context("chronology", assessment=assessment(as_of="2020-01-21"))


def test_assessment_without_the_person_is_refused(make_context: Make) -> None:
    with pytest.raises(NotFoundError, match="p-kaster"):
        make_context("chronology", assessment=assessment(person="p-murager"))


def test_engine_date_for_the_extension_wins(make_context: Make) -> None:
    data = {
        "as_of": "2021-09-01",
        "people": [
            {
                "person": "p-kaster",
                "findings": [],
                "alerts": [],
                "deadlines": [
                    {
                        "id": "extension",
                        "provision": "kz/law-on-refugees-2009/art-11/para-5",
                        "due": "2021-09-15",
                        "status": "running",
                    }
                ],
            }
        ],
    }
    without = make_context("extension-reminder", as_of="2021-09-01")["derived"]["status"]
    assert (without["apply_by"], without["apply_by_basis"]) == ("2021-09-16", "template")
    assert without["ends"] == "2021-10-16" and without["ends_cite"] == "[S5]"
    status = make_context("extension-reminder", as_of="2021-09-01", assessment=data)["derived"][
        "status"
    ]
    assert (status["apply_by"], status["apply_by_basis"]) == ("2021-09-15", "engine")


def test_filings_do_not_give_the_teams_reasons(make_context: Make) -> None:
    date = make_context("objection-illegal-entry", as_of="2020-02-01")["slots"]["crossing"]["date"]
    assert date["display"] == "6 October 2019 [S1, S2]; disputed: 1 October 2019 according to [S4]"
    assert date["working"]["who"] == "case team"  # still in the data, for the chronology
