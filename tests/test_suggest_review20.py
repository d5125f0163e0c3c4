"""Review of round eighteen of `kg suggest` (round twenty): a concept the round wrote twice
now defined once; the test shows the shared definition in use. Sentences of our own making.
"""

from __future__ import annotations

import pytest

from kg.suggest.event_record import Event
from kg.suggest.restatements import restates


@pytest.mark.parametrize("age", ["47", "aged 47"])
def test_a_speaker_named_with_an_age_is_another_speaker_not_a_restatement(age: str) -> None:
    """restatements.py wrote its own age pattern (no "aged"); it now uses english.AGED, as
    clauses.py and entities.py do."""
    text = f"The ministry said the camps were full. In a tent, Halima Noori, {age}, said so."
    start = text.rindex("said")
    earlier = Event("Statement", 0, text.index("said"), text.index("said") + 4, "said")
    statement = Event("Statement", 1, start, start + 4, "said")
    assert not restates(statement, earlier, text)
