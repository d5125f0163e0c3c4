"""The review page's server stops at once when the analyst presses Ctrl-C, even one that
lands before socketserver's loop begins (closing it does not wait for a loop that the
interrupt ended or never let start), and `kg review` stops on SIGINT or SIGTERM even
where it was started with SIGINT ignored (a background job of a shell without job
control), printing the build to run next."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from kg.review.decisions import Review
from kg.review.page import ReviewServer
from kg.suggest.rows import suggestions_path, write_suggestions
from tests.conftest import TinyCorpus, kg_started_with_sigint_ignored


@pytest.fixture
def server(tiny: TinyCorpus) -> ReviewServer:
    write_suggestions(suggestions_path(tiny.data, "s1"), [], comment="")
    return ReviewServer(Review(tiny.data, tiny.corpus, "s1"))


def _closes_within(server: ReviewServer, seconds: float) -> bool:
    closing = threading.Thread(target=server.close, daemon=True)
    closing.start()
    closing.join(seconds)
    return not closing.is_alive()


def test_ctrl_c_before_the_loop_runs_does_not_hang_the_close(
    server: ReviewServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(poll_interval: float = 0.5) -> None:
        raise KeyboardInterrupt  # the signal lands before socketserver's loop begins

    monkeypatch.setattr(server.httpd, "serve_forever", interrupted)
    with pytest.raises(KeyboardInterrupt):
        server.serve_forever()
    assert _closes_within(server, 5.0)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_kg_review_stops_on_a_signal_though_started_with_sigint_ignored(
    tiny: TinyCorpus, stop: signal.Signals
) -> None:
    write_suggestions(suggestions_path(tiny.data, "s1"), [], comment="")
    args = ["review", "s1", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    process = kg_started_with_sigint_ignored(*args, "--no-browser")
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("reviewing s1 at http://127.0.0.1:")
    finally:
        os.kill(process.pid, stop)
        out, _err = process.communicate(timeout=60)
    assert process.returncode == 0 and "stopped; run kg build" in out
