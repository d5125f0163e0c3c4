"""The commands `kg review` tells the reviewer to run next carry the `--data` and
`--corpus` it was given (as `kg add`'s next step and a failed build's note do), so that
running them does not look in the default folders: the note when a source has no
suggestions yet, and the line printed when the review page stops."""

from __future__ import annotations

import shlex

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.review.page import ReviewServer
from tests.conftest import TinyCorpus


def _command(output: str, before: str, after: str) -> list[str]:
    """The command a line of ``output`` names between ``before`` and ``after``."""
    line = next(x for x in output.splitlines() if before in x)
    return shlex.split(line.split(before, 1)[1].split(after, 1)[0])


def test_the_note_of_a_source_without_suggestions_names_the_folders(tiny: TinyCorpus) -> None:
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    result = CliRunner().invoke(cli, ["review", "s1", *folders, "--list", "--json"])
    assert result.exit_code == 0, result.output
    command = _command(result.stderr, "yet: run ", "\n")
    assert command == ["kg", "suggest", "s1", *folders]


def test_the_line_printed_when_the_page_stops_names_the_folders(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: ReviewServer) -> None:
        raise KeyboardInterrupt  # Ctrl-C at once

    monkeypatch.setattr(ReviewServer, "serve_forever", interrupted)
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    result = CliRunner().invoke(cli, ["review", "s1", *folders, "--no-browser"])
    assert result.exit_code == 0, result.output
    command = _command(result.stdout, "stopped; run ", " to validate")
    assert command == ["kg", "build", *folders]
    built = CliRunner().invoke(cli, ["build", "--check", *command[2:]])
    assert built.exit_code == 0, built.output  # the tiny corpus, not the default folders
