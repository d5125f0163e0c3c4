"""A reporting clause after a comma is a clause of its own for dates: the future of the
words reported ("agreed to reopen") does not make the saying's weekday a coming one. On
sentences of our own making (the suggester's publication date is Friday 8 November 2024).
"""

from __future__ import annotations

from kg.suggest.future_clauses import in_future
from tests.suggest_sentences import claims, events, suggest


def test_the_saying_after_a_comma_is_past_though_what_was_said_is_to_come() -> None:
    text = "Kazakhstan and Uzbekistan agreed to extend the rail link, the ministry said on "
    assert not in_future(text, len(text))
    told = text.replace("the ministry said", "officials told reporters")
    assert not in_future(told, len(told))
    # without the reporting clause the agreement's infinitive is the future it speaks of
    text = "Kazakhstan and Uzbekistan agreed to extend the rail link on "
    assert in_future(text, len(text))
    # a reporting clause inside the sentence leaves the future of the words after it
    text = "Kazakhstan, the ministry said, will extend the rail link on "
    assert in_future(text, len(text))


def test_the_statement_is_dated_to_the_past_weekday() -> None:
    rows = suggest(
        "Kazakhstan and Uzbekistan agreed to extend the rail link to Termez, the Kazakh "
        "transport ministry said on Tuesday."
    )
    statements = set(events(rows, "Statement"))
    times = sorted(t.split(" ")[0] for e, t in claims(rows, "hasTime") if e in statements)
    assert times == ["2024-11-05"], times  # not Tuesday 12 November
