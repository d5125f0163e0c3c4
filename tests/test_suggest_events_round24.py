"""`kg suggest`'s events: an assurance is a pledge, and an office named for its work
(the "Ministry of Refugees and Repatriation") is no event of that work.

Batteries of sentences of our own making in the genre. "assured", "gave assurances"
beside "would", "will" or "never" (conduct promised) open a Pledge of the one who assures
(``ontology/triggers.tsv``), not "rest assured"; a trigger's noun that ends the name of a ministry, a minister's or a
department's office ("the minister of refugees and repatriation", "the Directorate of
Deportation Affairs"'s like) names the office, no return or expulsion
(``trigger_senses.jsonl``'s "an office named for its work"), while the same noun after
the office's name as its act stays an event.
"""

from __future__ import annotations

import pytest

from tests.suggest_sentences import event_classes

ASSURED = [
    "The Afghan side had assured him it would not allow any group to use its territory.",
    "Muttaqi assured the Pakistani envoy that Afghan soil would not be used against Pakistan.",
    "The Taliban assured Uzbekistan that the railway project would be protected.",
    "Kabul has assured Dushanbe that the border will remain calm.",
    pytest.param(
        "China assures Pakistan of continued support for the corridor.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="an assurance opens a pledge only beside 'would', 'will' or 'never' (a "
            "promise of conduct ahead); one of support without them is not told apart",
        ),
    ),
    "The interim government gave assurances that aid workers would be safe.",
    "Iran's foreign minister gave an assurance that the border crossing would stay open.",
]

NOT_ASSURED = [
    "Officials said traders could rest assured that the crossing would reopen.",
]

OFFICE_NAMES = [
    "The Taliban's minister of refugees and repatriation visited the camp.",
    "The Ministry of Refugees and Repatriation said the camp was full.",
    "Officials of the ministry of refugees and repatriation met the families.",
    "The deputy minister for repatriation toured the border crossing.",
]

STILL_EVENTS = [
    (
        "The ministry said the repatriation of Afghan refugees from Iran had slowed.",
        "RefugeeReturn",
    ),
    (
        "The repatriation of refugees resumed on Monday, the ministry of refugees said.",
        "RefugeeReturn",
    ),
]


@pytest.mark.parametrize("sentence", ASSURED)
def test_an_assurance_is_a_pledge(sentence: str) -> None:
    assert "Pledge" in event_classes(sentence)


@pytest.mark.parametrize("sentence", NOT_ASSURED)
def test_rest_assured_is_no_pledge(sentence: str) -> None:
    assert "Pledge" not in event_classes(sentence)


@pytest.mark.parametrize("sentence", OFFICE_NAMES)
def test_an_office_named_for_its_work_is_no_event_of_it(sentence: str) -> None:
    assert "RefugeeReturn" not in event_classes(sentence)


@pytest.mark.parametrize(("sentence", "cls"), STILL_EVENTS)
def test_the_work_itself_stays_an_event(sentence: str, cls: str) -> None:
    assert cls in event_classes(sentence)
