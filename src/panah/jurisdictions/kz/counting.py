"""How Kazakh time limits are counted, for the rules of the kz pack.

* **Acts** (file, decide, appeal): the Civil Code rule (arts. 172–176): the period starts the
  day after the event; a last day that is not a working day moves to the next working day.
  Whether it moves is the cited parameter :data:`MOVE_PARAMETER`; the Law On Refugees has no
  counting rule of its own, so applying the Civil Code to it is an inference (the law brief,
  part 2 §7, marks it UNVERIFIED) and such deadlines carry the weaker level.
* **Terms** (a certificate's or a status's validity, a hand-over window) end on their last day:
  art. 175 moves the last day *for doing an act*, not the end of a period of validity.
* **Backwards** periods ("one month before the status ends") are counted back and not moved.
* **Custody** periods count the first day and do not move (Criminal Procedure Code art. 48).
"""

from __future__ import annotations

import datetime as dt

from panah.core.errors import NotFoundError
from panah.law.citations import Verification
from panah.law.context import Context
from panah.law.periods import CountingRule

__all__ = ["MOVE_PARAMETER", "act", "backwards", "custody", "term", "treaty"]

MOVE_PARAMETER = "kz/civil-code-1994/non-working-end-moves"
CPC_COUNTING = "kz/criminal-procedure-code-2014/art-48"


def act(ctx: Context, on: dt.date, *, inferred: bool = True) -> tuple[CountingRule, Verification]:
    """The Civil Code rule for a time limit to do something, as in force on ``on``.

    ``inferred``: the act's own law has no counting rule, so the Civil Code applies by
    inference (the deadline's verification is then at most 'partial').
    """
    try:
        value = ctx.switch(MOVE_PARAMETER, on)
    except NotFoundError:
        rule = CountingRule(
            move_if_non_working=True,
            move_citation="Civil Code arts. 172-176, applied by inference (UNVERIFIED)",
        )
        return rule, Verification.UNVERIFIED
    citation = value.citation.text + (", applied by inference" if inferred else "")
    level = value.verification
    if inferred:
        level = Verification.weakest([level, Verification.PARTIAL])
    return CountingRule(move_if_non_working=bool(value.value), move_citation=citation), level


def term(why: str = "a term of validity ends on its last day") -> CountingRule:
    return CountingRule(move_if_non_working=False, move_citation=why)


def backwards(why: str) -> CountingRule:
    return CountingRule(move_if_non_working=False, move_citation=why, backwards=True)


def treaty(why: str) -> CountingRule:
    return CountingRule(move_if_non_working=False, move_citation=why)


def custody() -> CountingRule:
    return CountingRule(
        move_if_non_working=False,
        move_citation="Criminal Procedure Code art. 48: custody periods count the first day "
        "and do not move",
        first_day_counts=True,
    )
