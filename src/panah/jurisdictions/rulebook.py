"""The rules of the shipped law packs, in the order the engine runs them, and the calendar.

Later rules read earlier findings (art. 33 reads the refugee definition; the hand-over conflict
reads art. 33 and CAT art. 3), so the order matters. Alert rules run last and see everything.
Imported by :func:`panah.law.assess.default_rulebook` on first use.
"""

from __future__ import annotations

from importlib import resources

from panah.law.assess import Rulebook
from panah.law.calendar import Calendar, KazakhstanCalendar, parse_overrides

__all__ = ["calendar", "rulebook"]


def rulebook() -> Rulebook:
    from panah.jurisdictions import alerts
    from panah.jurisdictions.intl.cat_1984 import art_3 as cat_art_3
    from panah.jurisdictions.intl.cat_1984 import art_22 as cat_art_22
    from panah.jurisdictions.intl.iccpr_1966 import art_7 as iccpr_art_7
    from panah.jurisdictions.intl.iccpr_optional_protocol_1966 import art_1 as op_art_1
    from panah.jurisdictions.intl.refugee_convention_1951 import (
        art_1a,
        art_31,
        art_33,
    )
    from panah.jurisdictions.intl.refugee_convention_1951 import art_32 as rc_art_32
    from panah.jurisdictions.intl.un_special_procedures import urgent_appeal
    from panah.jurisdictions.kz.administrative_offences_code_2014 import art_832
    from panah.jurisdictions.kz.criminal_code_2014 import art_62, art_392
    from panah.jurisdictions.kz.kz_cn_border_agreement_2006 import art_32 as kz_cn_art_32
    from panah.jurisdictions.kz.law_on_refugees_2009 import (
        art_6,
        art_10,
        art_11,
        art_15,
        art_18,
    )
    from panah.jurisdictions.kz.refugee_application_rules import certificate_term

    return Rulebook(
        rules=(
            art_1a.evaluate,
            art_33.evaluate,
            cat_art_3.evaluate,
            iccpr_art_7.evaluate,
            art_31.evaluate,
            rc_art_32.evaluate,
            cat_art_22.evaluate,
            op_art_1.evaluate,
            urgent_appeal.evaluate,
            art_18.evaluate,
            art_6.evaluate,
            art_10.evaluate,
            certificate_term.evaluate,
            art_11.evaluate,
            art_15.evaluate,
            kz_cn_art_32.evaluate,
            art_392.evaluate,
            art_62.evaluate,
            art_832.evaluate,
        ),
        alert_rules=(alerts.refoulement_risk, alerts.deadline_alerts),
    )


def calendar() -> Calendar:
    """Kazakhstan's working days with the shipped override table."""
    table = resources.files("panah.jurisdictions.kz") / "calendar-overrides.yaml"
    text = table.read_text(encoding="utf-8")
    overrides = parse_overrides(text, file="kz/calendar-overrides.yaml")
    return KazakhstanCalendar(overrides)
