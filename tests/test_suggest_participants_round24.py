"""Round 24 of `kg suggest`'s participants: a battery of sentences of our own making (none
from the seed or invented reports) on the doer of a deed denied: the subject of a verb of
denial is the doer of the event whose gerund follows the verb ("Pakistan denied shelling
the villages": Pakistan's shelling; "denied having deported refugees"), as it is of a
gerund after any verb ("resumed deporting"); not past other words ("denied reports of
shelling"), nor the subject of a that-clause's own verb. Each case names an event class
and the (role, actor) rows its events must have (``want``) and must not have (``avoid``),
over every event of that class proposed or linked (round 21's cases and reading)."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import ROLES
from tests.test_suggest_participants_round21 import IEA, MUTTAQI, Case, _roles, c

P, I, T, R, V, H = ROLES  # noqa: E741  (hasParticipant ... hasHost)
PAKISTAN, IRAN, INDIA, REFUGEES = "pakistan", "iran", "india", "afghan-refugees"

DENIED_DEEDS = {
    "denies-gerund-capital": c(
        "Tehran denies expelling Afghan refugees by force.",
        "Expulsion",
        {(I, IRAN), (T, REFUGEES)},
    ),
    "denied-gerund-state": c(
        "Pakistan denied deporting Afghan refugees last month.",
        "Expulsion",
        {(I, PAKISTAN), (T, REFUGEES)},
    ),
    "has-denied-gerund": c(
        "Islamabad has denied deporting Afghan refugees.",
        "Expulsion",
        {(I, PAKISTAN)},
    ),
    "denied-having-participle": c(
        "Iran denied having expelled Afghan refugees.",
        "Expulsion",
        {(I, IRAN), (T, REFUGEES)},
    ),
    "denied-an-attack": c(
        "Pakistan denied shelling Afghan border villages on Monday.",
        "Attack",
        {(I, PAKISTAN)},
    ),
    "denied-a-meeting": c(
        "Pakistan denied meeting Taliban officials in Doha.",
        "Meeting",
        {(P, PAKISTAN), (P, IEA)},
    ),
    "person-denied-a-meeting": c(
        "Muttaqi denied meeting the Indian envoy in Dubai.",
        "Meeting",
        {(P, MUTTAQI)},
    ),
    "denying-after-comma": c(
        "Iran rejected the report on Tuesday, denying expelling Afghan refugees.",
        "Expulsion",
        {(I, IRAN)},
    ),
    "denial-in-a-relative-clause": c(
        "Pakistan, which denies deporting refugees, met India on Monday.",
        "Expulsion",
        {(I, PAKISTAN)},
    ),
    # what must not be read as the denier's deed
    "reports-of-the-deed": c(
        "Pakistan denied reports of deporting Afghan refugees.",
        "Expulsion",
        {(T, REFUGEES)},
        {(I, PAKISTAN)},
    ),
    "that-clause-has-its-own-subject": c(
        "India denied that Pakistan had deported Afghan refugees.",
        "Expulsion",
        {(I, PAKISTAN)},
        {(I, INDIA)},
    ),
    "the-denial-is-not-the-deed": c(
        "Pakistan denied the allegations, and Iran expelled Afghan refugees.",
        "Expulsion",
        {(I, IRAN)},
        {(I, PAKISTAN)},
    ),
}

CASES: dict[str, Case] = {**DENIED_DEEDS}
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n
        for n in CASES
    ],
)
def test_participants_battery(name: str) -> None:
    case = CASES[name]
    found = _roles(case)
    assert case.want <= found, (case.want - found, found)
    assert not case.avoid & found, (case.avoid & found, found)
