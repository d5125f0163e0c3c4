"""Two reviews of one report (a page and a terminal) and a `kg suggest` run take turns on
the suggestions file: no decision is written over with stale rows."""

from __future__ import annotations

import fcntl
import os
import threading
import time

from kg.review.decisions import Review
from kg.suggest.rows import (
    new_suggestion,
    read_suggestions,
    suggestions_path,
    with_status,
    write_suggestions,
)
from tests.conftest import TinyCorpus

MEDICINES = new_suggestion(
    "claim", "aid", "hasCommodity", "medicines", source="s1",
    evidence="300 tonnes of medicines", confidence=0.9,
)  # fmt: skip
PLACE = new_suggestion(
    "claim", "meeting", "hasPlace", "india", source="s1", evidence="India sent", confidence=0.3
)


def _status(tiny: TinyCorpus) -> dict[str, str]:
    return {r.sid: r.status for r in read_suggestions(suggestions_path(tiny.data, "s1"))}


def test_a_second_review_open_meanwhile_keeps_the_first_ones_decision(tiny: TinyCorpus) -> None:
    write_suggestions(suggestions_path(tiny.data, "s1"), [MEDICINES, PLACE])
    page = Review(tiny.data, tiny.corpus, "s1")
    terminal = Review(tiny.data, tiny.corpus, "s1")  # both read the file before any decision
    page.accept(MEDICINES.sid)
    terminal.reject(PLACE.sid)  # its rows still say MEDICINES is suggested
    assert _status(tiny) == {MEDICINES.sid: "accepted", PLACE.sid: "rejected"}
    assert terminal.find(MEDICINES.sid).status == "accepted"


def test_a_decision_waits_for_the_command_holding_the_file(tiny: TinyCorpus) -> None:
    path = suggestions_path(tiny.data, "s1")
    write_suggestions(path, [MEDICINES, PLACE])
    review = Review(tiny.data, tiny.corpus, "s1")
    fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as `kg suggest` holds it while it rewrites the file
    done = threading.Event()

    def decide() -> None:
        review.reject(PLACE.sid)
        done.set()

    worker = threading.Thread(target=decide)
    worker.start()
    time.sleep(0.3)
    assert not done.is_set()
    # what the other command writes in its turn is read before the decision
    write_suggestions(path, [with_status(MEDICINES, "accepted"), PLACE])
    os.close(fd)
    worker.join(timeout=30)
    assert done.is_set()
    assert _status(tiny) == {MEDICINES.sid: "accepted", PLACE.sid: "rejected"}
