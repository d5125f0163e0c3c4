"""Round 24 of `kg suggest`'s participants: a battery of sentences of our own making (none
from the seed or invented reports) on the doer of a deed denied: the subject of a verb of
denial is the doer of the event whose gerund follows the verb ("Pakistan denied shelling
the villages": Pakistan's shelling; "denied having deported refugees"), as it is of a
gerund after any verb ("resumed deporting"); not past other words ("denied reports of
shelling"), nor the subject of a that-clause's own verb. Each case names an event class
and the (role, actor) rows its events must have (``want``) and must not have (``avoid``),
over every event of that class proposed or linked (round 21's cases and reading). And an
assurance of what will be done: "X assured Y that ... would ..." a pledge, X its initiator,
Y its recipient, the names of its clause no party ("that the Taliban would act"); not an
assurance of nothing to come ("assured Afghanistan of continued support"). And a trigger's
word inside an office's name ("the minister of refugees and repatriation, X, visited"):
no event of its own, so that the one named in the apposition is the main verb's actor. And
a statement told as the vehicle of an act ("X criticised Y in a post on X", "X condemned the
attack in a statement"): X speaks in it, Y does not, and it is no topic of the act; and
the agency's name between commas after the noun a name modifies ("the UN refugee agency,
UNHCR, said": UNHCR speaks, not the UN)."""

from __future__ import annotations

import pytest

from kg.suggest.mentions import Mention
from kg.suggest.rows import Suggestion
from tests.suggest_sentences import ROLES, events, suggest
from tests.test_suggest_participants_round21 import (
    IEA,
    JAISHANKAR,
    JAISWAL,
    MUTTAQI,
    Case,
    _roles,
    c,
)

P, I, T, R, V, H = ROLES  # noqa: E741  (hasParticipant ... hasHost)
PAKISTAN, IRAN, INDIA, REFUGEES = "pakistan", "iran", "india", "afghan-refugees"
CHINA = "china"

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
    "the-denier-is-no-target-of-its-denial": c(
        "Tehran denies expelling Afghan refugees.",
        "Denial",
        {(I, IRAN)},
        {(T, IRAN)},
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

ASSURANCES = {
    "assured-a-person-that": c(
        "Muttaqi assured Jaishankar that the Taliban would not allow attacks on India.",
        "Pledge",
        {(I, MUTTAQI), (R, JAISHANKAR)},
        {(R, IEA), (T, IEA)},
    ),
    "assures-a-state-without-that": c(
        "Pakistan assures China it will protect Chinese workers.",
        "Pledge",
        {(I, PAKISTAN), (R, CHINA)},
        {(R, "chinese-workers"), (T, "chinese-workers")},  # a group new to the register
    ),
    "had-assured-him": c(
        "Jaishankar met Muttaqi in Dubai. Jaishankar said the Afghan side had assured him it"
        " would act against the groups.",
        "Pledge",
        {(I, IEA), (R, JAISHANKAR)},
    ),
    "who-assured-him": c(
        "Jaishankar met Muttaqi in Dubai, who assured him that Afghan soil would not be used"
        " against India.",
        "Pledge",
        {(I, MUTTAQI), (R, JAISHANKAR)},
    ),
    "assured-a-state-that-it-would": c(
        "Iran assured Pakistan that it would act against the militants.",
        "Pledge",
        {(I, IRAN), (R, PAKISTAN)},
    ),
    "promised-that-a-name-would": c(
        "Muttaqi promised India that the Taliban would act against the groups.",
        "Pledge",
        {(I, MUTTAQI)},
        {(T, IEA), (R, IEA)},
    ),
}

VEHICLES = {
    "criticised-in-a-post": c(
        "Jaiswal criticised Pakistan in a post on X.",
        "Statement",
        {(I, JAISWAL)},
        {(I, PAKISTAN), (T, JAISWAL)},
    ),
    "thanked-in-a-statement": c(
        "Muttaqi thanked India in a statement on Thursday.",
        "Statement",
        {(I, MUTTAQI)},
        {(I, INDIA)},
    ),
    "condemned-in-a-statement": c(
        "India condemned the attack in a statement on Monday.",
        "Statement",
        {(I, INDIA)},
    ),
    "office-criticised-in-a-statement": c(
        "Pakistan's foreign office criticised India in a brief statement.",
        "Statement",
        {(I, "ministry-of-foreign-affairs-of-pakistan")},
        {(I, INDIA)},
    ),
    "apposed-spokesman-in-a-post": c(
        "The Indian foreign ministry's spokesman, Randhir Jaiswal, thanked Iran in a post on X.",
        "Statement",
        {(I, JAISWAL)},
        {(I, IRAN)},
    ),
    "agency-s-name-between-commas": c(
        "The UN refugee agency, UNHCR, said 500 families had returned from Iran.",
        "Statement",
        {(I, "unhcr")},
        {(I, "un")},
    ),
    # a saying's own statement is left to the rules of sayings
    "said-in-a-statement": c(
        "Muttaqi was released on Monday, the ministry said in a statement.",
        "Statement",
        set(),
        {(I, MUTTAQI)},
    ),
}

CASES: dict[str, Case] = {**DENIED_DEEDS, **ASSURANCES, **VEHICLES}
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


@pytest.mark.parametrize(
    "text",
    [
        "India has assured Afghanistan of continued support.",
        "The minister was assured of Chinese support, Pakistan said.",
    ],
)
def test_an_assurance_of_nothing_to_come_is_no_pledge(text: str) -> None:
    assert not events(suggest(text), "Pledge")


# (text, the class no event of which the office's name opens, the main verb's class and
# the (role, actor) rows its events must have)
_OFFICE_FIELDS = [
    pytest.param(
        "The Taliban's minister of refugees and repatriation, Abdul Kabir, visited Islamabad.",
        "RefugeeReturn",
        "Visit",
        {(V, "abdul-kabir")},
        id="minister-of-two-fields-visited",
    ),
    pytest.param(
        "The deputy minister for refugees and repatriation, Ali Khan, met Muttaqi on Monday.",
        "RefugeeReturn",
        "Meeting",
        {(P, "ali-khan"), (P, MUTTAQI)},
        id="deputy-minister-for-met",
    ),
    pytest.param(
        "Pakistan's minister for repatriation, Ali Khan, met Muttaqi on Monday.",
        "RefugeeReturn",
        "Meeting",
        {(P, "ali-khan"), (P, MUTTAQI)},
        id="minister-for-one-field",
    ),
    pytest.param(
        "The ministry of refugees and repatriation said 500 families had been repatriated.",
        None,
        "RefugeeReturn",
        set(),
        id="the-ministry-s-event-said-stays",
    ),
]


@pytest.mark.parametrize(("text", "none_of", "cls", "want"), _OFFICE_FIELDS)
def test_an_office_s_field_is_no_event(
    text: str, none_of: str | None, cls: str, want: set[tuple[str, str]]
) -> None:
    rows = suggest(text)
    if none_of is not None:
        assert not _title_events(rows, text, none_of), rows
    assert events(rows, cls)
    assert want <= _roles(Case(text, cls, frozenset(want), frozenset())), rows


def _title_events(rows: list[Suggestion], text: str, cls: str) -> list[str]:
    """The events of ``cls`` whose trigger lies inside the office's name (before its comma)."""
    title_end = text.index(",")
    return [
        r.subject
        for r in rows
        if r.kind == "entity"
        and r.predicate == "type"
        and r.object == cls
        and text.find(r.evidence) < title_end
    ]


_OCHA = "The UN Office for the Coordination of Humanitarian Affairs (OCHA) put the toll at 80."


@pytest.mark.parametrize(
    ("text", "owner", "body", "aside_of_owner"),
    [
        pytest.param(_OCHA, "UN", "UN Office for the Coordination of Humanitarian Affairs"[3:],
                     True, id="un-opens-an-office-s-name"),
        pytest.param("The UN Development Programme said the economy shrank.", "UN",
                     "Development Programme", False, id="not-a-head-noun-first"),
        pytest.param("Pakistan Foreign Office said the talks were useful.", "Pakistan",
                     "Foreign Office", False, id="a-ministry-s-name-stays-with-its-rules"),
    ],
)  # fmt: skip
def test_a_name_opening_a_body_s_name_is_its_owner(
    text: str, owner: str, body: str, aside_of_owner: bool
) -> None:
    """The owner right before a body's name that opens with a head noun ("UN Office for
    ...") is no actor of the event the body speaks in (kg.suggest.name_modifiers), where
    the register knows the owner and the report's new entity is the rest of the name."""
    from kg.suggest.asides import aside

    start = text.index(owner)
    first = Mention(start, start + len(owner), "owner", "label", 1.0)
    at = text.index(body, first.end)
    second = Mention(at, at + len(body), "body", "new", 0.5)
    trigger = text.index(" put " if " put " in text else " said ") + 1
    why = aside(text, (trigger, trigger + 3), first, [first, second], [], lambda m: True)
    assert (why == "the owner opening a body's name") is aside_of_owner, why
