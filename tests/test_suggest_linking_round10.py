"""Round 10 of `kg suggest`'s linking: fewer events proposed as the wrong recorded event.
Each rule on a small register of our own making (the seed fixture's entities, invented
claims), each failing without its rule."""

from __future__ import annotations

from tests.test_suggest_linking_round8 import IEA, linked


def test_a_catch_all_event_sharing_one_party_and_a_date_is_not_the_registers() -> None:
    done = "iea-handover-x"  # the register's catch-all: the Taliban handed something to India
    claims = [
        (done, "hasInitiator", IEA),
        (done, "hasRecipient", "india"),
        (done, "hasTime", "2024-11-05"),
    ]
    one_party = [("hasInitiator", IEA)]  # "the Afghan side handed over a detainee" that week
    assert linked("Event", one_party, claims, date="2024-11-05") == ""
    two_parties = [("hasInitiator", IEA), ("hasRecipient", "india")]
    assert linked("Event", two_parties, claims, date="2024-11-05") == done
    assert linked("Event", two_parties, claims) == ""  # two parties, but no place nor date
