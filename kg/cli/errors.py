"""The CLI's edge: every library error becomes one line and its exit code, in one place.

A library error (:class:`kg.errors.KgError`) carries its exit code
(``exit_code``: 1, the input was found wanting; 2, a usage error) and its
message (``str(error)``); :func:`library_errors` turns it into a
:class:`CommandError`, which click prints as ``Error: <message>`` and exits
with that code. A failed build lists its problems (``file:line: message``)
first. An error the CLI itself finds in what was typed is a
:class:`CommandUsageError` (exit 2).
"""

from __future__ import annotations

import contextlib
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kg.errors import KgError


class CommandError(click.ClickException):
    """One line on stderr, and exit code 1: the input was checked and found wanting."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class CommandUsageError(CommandError):
    """One line on stderr, and exit code 2: a usage error (a bad value, an unknown name)."""

    exit_code = 2


EXIT_CODES: dict[int, type[CommandError]] = {1: CommandError, 2: CommandUsageError}
"""The CLI's error for each exit code a library error may carry (``KgError.exit_code``)."""


def command_error(exc: KgError) -> CommandError:
    """The one-line CLI error for a library error, with the exit code its class gives."""
    return EXIT_CODES.get(exc.exit_code, CommandError)(str(exc))


def one_line(message: str) -> str:
    """The message on one line: line breaks (a parser's message may hold some) become spaces.

    >>> one_line("bad query\\n  at line 2")
    'bad query at line 2'
    """
    return " ".join(part.strip() for part in message.splitlines() if part.strip()) or message


def folder_options(data_dir: Path | None, corpus: Path | None) -> str:
    """The ``--data`` and ``--corpus`` a command was given, for the command it says to run
    next (without them that command would look in the default folders).

    >>> folder_options(Path("/tmp/my data"), None)
    " --data '/tmp/my data'"
    """
    return "".join(
        f" {option} {shlex.quote(str(path))}"
        for option, path in (("--data", data_dir), ("--corpus", corpus))
        if path is not None
    )


@contextlib.contextmanager
def library_errors(
    outcome: str = "nothing was written", option: str | None = None
) -> Iterator[None]:
    """The one table from library error to message and exit code, used by every command.

    ``outcome`` ends the line of a failed build; ``option`` names the option a
    usage error came from when the error does not name one itself.
    """
    from kg.errors import BuildFailedError, InputError
    from kg.errors import KgError as LibraryError

    try:
        yield
    except BuildFailedError as failure:
        for notice in failure.notices:
            click.echo(f"note: {notice}", err=True)
        for problem in failure.problems:
            click.echo(str(problem), err=True)
        from kg.review.checks import pending_fixes

        context = click.get_current_context(silent=True)
        params = context.params if context is not None else {}
        folders = folder_options(params.get("data_dir"), params.get("corpus"))
        ontology = params.get("ontology_dir")  # the shapes the build failed on
        for line in pending_fixes(failure.problems, folders, ontology):  # an event's date
            click.echo(f"note: {line}", err=True)
        raise CommandError(f"build failed: {len(failure.problems)} problem(s); {outcome}") from None
    except InputError as exc:
        if option and exc.option is None:
            exc.option = option
        raise command_error(exc) from None
    except LibraryError as exc:
        raise command_error(exc) from None
