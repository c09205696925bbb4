"""Generated case files for the web benchmark (``bench/web_load.py``): realistic in size,
shape and legal content, seeded, no I/O at import.

Each case (``make_case(i, rng)``) has the shape of the cases Panah's users keep:

* 2-3 clients (ethnic Kazakhs from Xinjiang) with 5-6 name variants each, written as
  sources write them: Kazakh Cyrillic with the patronymic, English press form, the 2021
  Kazakh Latin alphabet, Russian Cyrillic with a Russianised surname ("Мұсаханов Қастер"),
  Kazakh Arabic script (as on Chinese documents) and sometimes the ICAO passport form —
  made with :func:`panah.identity.transliterate.transliterate`, from the project's list of
  common given names;
* relatives left behind (with sensitive details, encrypted at rest), a lawyer, the
  authorities as organisations;
* 6 sources and ~40 claims (names, ages and dates that the sources dispute);
* ~20 dated events that the law engine works on: persecution at home, departure, a border
  crossing (often outside a checkpoint), going public, presentation to the authorities,
  detention, an asylum application and certificate, a criminal case for the crossing with
  trial and verdict, hand-over statements, administrative expulsion, refugee status granted
  or refused and appealed, UN communications;
* 1-4 proceedings with their steps and authorities.

Dates run from 2015 to a few weeks before the benchmark's date, so that many cases have
running deadlines and live alerts on the day the benchmark runs.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from panah.identity.transliterate import transliterate

__all__ = ["NameBook", "make_case"]

ROOT = Path(__file__).resolve().parents[1]
_VOWELS = set("аәеёиоөуұүыіэюя")
_ELEMENTS = ["бек", "бай", "хан", "жан", "ғали", "тай", "болат", "мұрат"]


class NameBook:
    """Kazakh given names (male, female) and fathers' names, from the project's name list."""

    def __init__(self) -> None:
        text = (ROOT / "src/panah/identity/data/given_names.txt").read_text(encoding="utf-8")
        section = ""
        self.male: list[str] = []
        self.female: list[str] = []
        for line in text.splitlines():
            if line.startswith("#"):
                section = {"# Kazakh, male": "m", "# Kazakh, female": "f"}.get(line.strip(), "")
            elif line.strip() and section:
                (self.male if section == "m" else self.female).append(line.strip())
        self.fathers = self.male + [
            m + e for m in self.male[:40] for e in _ELEMENTS if m[-1] not in _VOWELS
        ]


def _russianise(root: str, male: bool) -> str:
    if root[-1] in "йь":
        return root[:-1] + ("ев" if male else "ева")
    if root[-1] in _VOWELS:
        return root + ("ев" if male else "ева")
    return root + ("ов" if male else "ова")


def _variants(
    given: str, father: str, male: bool, rng: random.Random, claims: list[str]
) -> list[dict[str, Any]]:
    """One person's name as the sources write it; ``claims`` are the name claims' ids."""
    kk = f"{given} {father}{'ұлы' if male else 'қызы'}"
    ru = f"{_russianise(father, male)} {given}"
    out: list[dict[str, Any]] = [
        {"value": kk, "script": "Cyrl", "lang": "kk", "kind": "legal", "preferred": True},
        {"value": transliterate(kk, "press-en").text, "script": "Latn", "lang": "en",
         "scheme": "press-en", "kind": "press", "claims": claims[:1]},
        {"value": transliterate(kk, "kk-latn-2021").text, "script": "Latn", "lang": "kk",
         "scheme": "kk-latn-2021", "kind": "transliteration"},
        {"value": ru, "script": "Cyrl", "lang": "ru", "kind": "patronymic_form",
         "claims": claims[1:2]},
        {"value": transliterate(kk, "kk-arab").text, "script": "Arab", "lang": "kk",
         "scheme": "kk-arab", "kind": "chinese_id", "claims": claims[2:3]},
    ]
    if rng.random() < 0.5:
        out.append({"value": transliterate(kk, "icao-9303").text, "script": "Latn",
                    "scheme": "icao-9303", "kind": "passport"})
    return out


def _day(d: dt.date) -> str:
    return d.isoformat()


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.steps: dict[str, list[str]] = {}

    def src(self) -> str:
        return f"S{self.rng.randint(1, 6)}"

    def event(self, eid: str, etype: str, title: str, when: dt.date | str, who: list[str],
              proceeding: str | None = None, dispute_days: int = 0,
              authority: str | None = None, **facts: object) -> None:
        participants = [{"who": w, "role": "subject"} for w in who]
        if authority:
            participants.append({"who": authority, "role": "authority"})
        self.events.append({"id": eid, "type": etype, "title": title,
                            "participants": participants})
        value = when if isinstance(when, str) else _day(when)
        self.claims.append({"id": f"c-{eid}-date", "subject": eid, "property": "date",
                            "value": value, "source": self.src(),
                            "locator": {"quote": "on that day"}})
        if dispute_days and isinstance(when, dt.date):
            self.claims.append({"id": f"c-{eid}-date-b", "subject": eid, "property": "date",
                                "value": _day(when - dt.timedelta(days=dispute_days)),
                                "source": self.src(), "confidence": "low"})
        for prop, v in facts.items():
            self.claims.append({"id": f"c-{eid}-{prop}", "subject": eid, "property": prop,
                                "value": v, "source": self.src()})
        if proceeding is not None:
            self.steps.setdefault(proceeding, []).append(eid)


_PLACES_HOME = ["Ghulja", "Tekes", "Chapchal", "Mongolkure", "Altay", "Chöchek", "Dörbiljin"]
_PLACES_BORDER = ["Zaysan", "Zharkent", "Khorgos", "Bakhty", "Maikapshagai", "Narynkol"]
_COURTS = ["Zaysan District Court", "Panfilov District Court", "Specialised Inter-District "
           "Court of Almaty", "Tarbagatai District Court"]


def make_case(i: int, rng: random.Random, book: NameBook, today: dt.date) -> dict[str, Any]:
    """Case number ``i``: a case file as a dict, ready for ``parse_case``/``dump_case``."""
    b = _Builder(rng)
    n_clients = rng.choice([2, 2, 3])
    clients = [f"p{k + 1}" for k in range(n_clients)]
    people: list[dict[str, Any]] = []
    for pid in clients:
        male = rng.random() < 0.7
        given = rng.choice(book.male if male else book.female)
        father = rng.choice(book.fathers)
        name_claims = [f"c-{pid}-name-{k}" for k in range(3)]
        names = _variants(given, father, male, rng, name_claims)
        for cid, variant, s in zip(name_claims, (names[1], names[3], names[4]),
                                   ("S1", "S2", "S4"), strict=True):
            b.claims.append({"id": cid, "subject": pid, "property": "name",
                             "value": variant["value"], "source": s,
                             "locator": {"quote": variant["value"][:40]}})
        age = rng.randint(19, 62)
        for k, s in enumerate(("S1", "S2", "S3")):
            b.claims.append({"id": f"c-{pid}-age-{k}", "subject": pid, "property": "age",
                             "value": age + (1 if k == 2 and rng.random() < 0.4 else 0),
                             "source": s})
        b.claims.append({"id": f"c-{pid}-ethnicity", "subject": pid, "property": "ethnicity",
                         "value": "Kazakh", "source": "S2"})
        relative_given = rng.choice(book.female)
        people.append({
            "id": pid, "roles": ["client", "co_defendant"],
            "gender": "male" if male else "female", "citizenship": ["CN"],
            "ethnicity": "Kazakh", "religion": "Muslim", "languages": ["kk", "ug", "zh"],
            "origin": f"{rng.choice(_PLACES_HOME)}, Xinjiang",
            "names": names,
            "relatives": [
                {"relation": rng.choice(["mother", "wife", "sister", "daughter"]),
                 "names": [{"value": relative_given, "script": "Cyrl", "lang": "kk",
                            "kind": "legal"}],
                 "age": rng.randint(5, 80), "location": "Xinjiang",
                 "status": rng.choice(["detained", "disappeared", "unknown", "free"]),
                 "faces_reprisal": True,
                 "details": f"Lives at the family house in {rng.choice(_PLACES_HOME)}; "
                            f"phone number known to the team (case {i})"},
                {"relation": rng.choice(["father", "brother", "son"]),
                 "location": "Xinjiang", "status": rng.choice(["detained", "unknown"])},
            ],
        })
    people.append({"id": "p-lawyer", "roles": ["lawyer"],
                   "names": [{"value": f"Адвокат {rng.choice(book.male)}", "script": "Cyrl",
                              "lang": "ru", "kind": "legal"}]})
    organisations = [
        {"id": "o-border", "kind": "border_service", "country": "KZ",
         "names": [{"value": "Пограничная служба КНБ", "script": "Cyrl", "lang": "ru",
                    "kind": "legal"}, {"value": "KNB Border Service", "script": "Latn",
                                       "lang": "en", "kind": "press"}]},
        {"id": "o-court", "kind": "court", "country": "KZ",
         "names": [{"value": rng.choice(_COURTS), "script": "Latn", "lang": "en",
                    "kind": "press"}]},
        {"id": "o-migration", "kind": "migration_authority", "country": "KZ",
         "names": [{"value": "Migration Service", "script": "Latn", "lang": "en",
                    "kind": "press"}]},
    ]
    # The story: from 2015 to a few weeks before today, so that many cases are current.
    span = (today - dt.date(2015, 6, 1)).days - 60
    start = dt.date(2015, 6, 1) + dt.timedelta(days=int(span * rng.random() ** 0.7))
    lead = clients[0]
    border = rng.choice(_PLACES_BORDER)
    b.event("camp", rng.choice(["camp_internment", "detention_origin"]), "Held in a camp",
            f"{start.year - 3}-{rng.randint(1, 12):02d}/{start.year - 1}", [lead],
            place=rng.choice(_PLACES_HOME))
    if rng.random() < 0.6:
        b.event("torture", "torture", "Beaten during questioning",
                f"{start.year - 2}-{rng.randint(1, 12):02d}", [lead], treatment="beatings")
    b.event("fine", "fine", "Fined by the police", start - dt.timedelta(days=120), clients,
            amount="20000 CNY")
    b.event("summons", "summons", "Summoned to the police station",
            start - dt.timedelta(days=90), clients)
    b.event("surveillance", "surveillance", "Watched by the neighbourhood committee",
            f"{start.year - 1}/{start.year}", [lead])
    b.event("relative", "relative_persecuted", "A brother sent to a camp",
            f"{start.year - 2}", [lead])
    b.event("threat", "threat", "Told to return to the camp", start - dt.timedelta(days=40),
            clients, statement="told to prepare to return to the camp")
    b.event("departure", "departure_home", "Leaves home", start - dt.timedelta(days=2), clients)
    crossing = rng.choices(["border_crossing_outside_checkpoint",
                            "border_crossing_at_checkpoint", "arrival"], weights=[6, 3, 1])[0]
    b.event("cross", crossing, f"Crosses the border near {border}", start, clients,
            dispute_days=rng.choice([0, 0, 5]), place=border)
    present = start + dt.timedelta(days=rng.randint(1, 20))
    b.event("video", "public_appeal", "Video appeal posted online",
            start + dt.timedelta(days=1), clients)
    b.event("press", "press_conference", "Press conference in Almaty", present, clients)
    b.event("present", "presentation_to_authorities", "Presents himself to the authorities",
            present, clients, authority="o-border")
    b.event("apply", "asylum_application_filed", "Applies for asylum in writing", present,
            clients, "pr-asylum", authority="o-migration")
    cert = present + dt.timedelta(days=rng.randint(1, 20))
    b.event("cert", "asylum_certificate_issued", "Asylum-seeker certificate", cert, clients,
            "pr-asylum", authority="o-migration")
    if rng.random() < 0.6:
        b.event("prints", "fingerprinting", "Fingerprinted by the migration service",
                cert + dt.timedelta(days=rng.randint(1, 10)), clients, "pr-asylum",
                authority="o-migration")
    if rng.random() < 0.7:
        b.event("interview", "asylum_interview", "Asylum interview",
                cert + dt.timedelta(days=rng.randint(20, 60)), clients, "pr-asylum",
                authority="o-migration")
    b.event("ngo", "ngo_appeal", "Human-rights groups ask not to send them back",
            present + dt.timedelta(days=rng.randint(5, 40)), clients)
    proceedings: list[dict[str, Any]] = [
        {"id": "pr-asylum", "kind": "asylum", "title": "Asylum application",
         "concerns": list(clients), "authority": "o-migration", "status": "pending",
         "number": f"A-{i:05d}"}]
    if crossing == "border_crossing_outside_checkpoint" and rng.random() < 0.8:
        b.event("held", "detention_host", "Detained by the border service", present, clients,
                "pr-criminal", authority="o-border")
        b.event("charge", "charge", "Charged with illegal crossing",
                present + dt.timedelta(days=3), clients, "pr-criminal",
                charge="kz/criminal-code-2014/art-392/part-1")
        b.event("closed", "investigation_closed", "Investigation closed",
                present + dt.timedelta(days=50), clients, "pr-criminal")
        b.event("prosecutor", "case_sent_to_prosecutor", "Case sent to the prosecutor",
                present + dt.timedelta(days=53), clients, "pr-criminal")
        status = "pending"
        if rng.random() < 0.7:
            verdict = present + dt.timedelta(days=rng.randint(60, 120))
            b.event("trial", "trial_opened", "Trial opens", verdict - dt.timedelta(days=15),
                    clients, "pr-criminal", authority="o-court")
            b.event("verdict", "verdict", "Verdict", verdict, clients, "pr-criminal",
                    authority="o-court", term="P1Y",
                    penalty="1 year in a minimum-security institution",
                    expulsion_applied=rng.random() < 0.2)
            b.event("release", "release", "Released", verdict + dt.timedelta(days=150),
                    clients, "pr-criminal")
            status = "decided"
        proceedings.append({"id": "pr-criminal", "kind": "criminal", "title": "Criminal case",
                            "concerns": list(clients), "authority": "o-court",
                            "status": status, "number": f"19{i:07d}",
                            "relations": [{"kind": "conflicts_with",
                                           "proceeding": "pr-asylum"}]})
    if rng.random() < 0.4:
        b.event("statement", "official_statement", "Official says they will be handed over",
                present + dt.timedelta(days=50), clients, "pr-handover",
                statement="they will be handed over")
        proceedings.append({"id": "pr-handover", "kind": "handover", "title": "Hand-over",
                            "concerns": list(clients), "status": "planned"})
    if rng.random() < 0.2:
        b.event("order", "expulsion_ordered", "Expulsion ordered",
                present + dt.timedelta(days=30), clients, "pr-expel", authority="o-court")
        proceedings.append({"id": "pr-expel", "kind": "administrative_expulsion",
                            "title": "Administrative expulsion", "concerns": list(clients),
                            "status": "decided"})
    decided = cert + dt.timedelta(days=rng.randint(60, 400))
    outcome = rng.random()
    if decided < today and outcome < 0.4:
        b.event("grant", "refugee_status_granted", "Refugee status granted", decided, clients,
                "pr-asylum", authority="o-migration", term="P1Y")
    elif decided < today and outcome < 0.7:
        b.event("refused", "refugee_status_refused", "Refugee status refused", decided,
                clients, "pr-asylum", authority="o-migration")
        if rng.random() < 0.5 and decided + dt.timedelta(days=20) < today:
            b.event("appeal", "appeal_filed", "Appeal against the refusal",
                    decided + dt.timedelta(days=20), clients, "pr-asylum")
    if rng.random() < 0.2:
        b.event("un", "un_communication_sent", "Complaint to the Committee against Torture",
                present + dt.timedelta(days=70), clients)
        b.event("interim", "un_interim_measures", "Interim measures requested",
                present + dt.timedelta(days=80), clients)
    for p in proceedings:
        p["steps"] = b.steps.get(p["id"], [])
    kinds = ["news_article", "testimony", "court_document", "case_record", "interview",
             "ngo_report"]
    sources = [{"id": f"S{k}", "kind": kinds[k - 1],
                "title": f"Source {k} of case {i}", "publisher": rng.choice(
                    ["Azattyq", "Atajurt", "Vlast.kz", "the case team", "Radio Free Asia"]),
                "date": _day(min(today, start + dt.timedelta(days=30 * k))),
                "lang": rng.choice(["en", "ru", "kk"])} for k in range(1, 7)]
    status = rng.choices(["open", "monitoring", "closed"], weights=[7, 2, 1])[0]
    return {"format_version": "1.0", "id": f"gen-{i:05d}",
            "title": f"{people[0]['names'][1]['value']} and others ({border}, {start.year})",
            "status": status, "jurisdictions": ["intl", "kz"], "opened": _day(present),
            "people": people, "organisations": organisations, "sources": sources,
            "claims": b.claims, "events": b.events, "proceedings": proceedings,
            "representation": [{"representative": "p-lawyer", "clients": list(clients),
                                "since": _day(present)}]}


def main() -> None:
    """Print the shape of a sample of generated cases (what bench/web_load.py loads)."""
    import argparse
    import json
    import time

    from panah.core.casefile import parse_case
    from panah.law.assess import assess

    ap = argparse.ArgumentParser(description="the shape of generated web-benchmark cases")
    ap.add_argument("--sample", type=int, default=200)
    ns, _ = ap.parse_known_args()
    book, today = NameBook(), dt.datetime.now(dt.UTC).date()
    totals = dict.fromkeys(("people", "names", "claims", "events", "proceedings"), 0)
    findings = deadlines = alerts = 0
    assess_s = 0.0
    for i in range(ns.sample):
        case = parse_case(json.dumps(make_case(i, random.Random(i), book, today)), fmt="json")
        totals["people"] += len(case.people)
        totals["names"] += sum(len(p.names) for p in case.people)
        totals["claims"] += len(case.claims)
        totals["events"] += len(case.events)
        totals["proceedings"] += len(case.proceedings)
        t = time.perf_counter()
        result = assess(case, as_of=today)
        assess_s += time.perf_counter() - t
        for p in result.people:
            findings += len(p.findings)
            deadlines += sum(1 for d in p.deadlines if d.status.value == "running")
            alerts += len(p.alerts)
    n = ns.sample
    print(f"generated cases (sample of {n}), per case: "
          + ", ".join(f"{v / n:.1f} {k}" for k, v in totals.items())
          + f"; as of {today}: {findings / n:.1f} top-level findings, {deadlines / n:.1f} "
          f"running deadlines, {alerts / n:.1f} alerts; assessment {assess_s * 1000 / n:.1f} "
          "ms/case")


if __name__ == "__main__":
    main()
