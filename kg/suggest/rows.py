"""The suggestions file: ``data/suggestions/<source>.tsv``, one proposed row a line.

``kg suggest`` writes it, ``kg review`` changes each row's ``status``, and the
build never reads it as annotations: nothing in it reaches the graph until it
is accepted into ``claims/`` or ``entities/`` and ``kg build`` validates it.

Columns (tab-separated, one header line, ``#`` lines are comments):

``sid``
    The suggestion's stable id: 12 hex digits of the SHA-256 of its kind,
    subject, predicate, object and evidence (:func:`suggestion_id`). A row
    that is suggested again gets the same id, so a rejection is remembered.
``status``
    ``suggested``, ``accepted`` or ``rejected`` (:data:`STATUSES`).
``kind``
    ``claim``: a claims row (subject, predicate, object, source, evidence,
    note as in ``claims/*.tsv``). ``entity``: one fact of a new register
    entry, whose id is ``subject``; ``predicate`` is ``type`` (object: the
    class), ``label``, ``alias`` (one alias a row) or ``possibleDuplicateOf``
    (object: the id of a register entry it probably is). ``mention``: a
    mention of a register entity in the text (subject: its id, object: the
    words as written); mentions are shown in the review, never written as
    claims.
``subject``, ``predicate``, ``object``, ``source``, ``evidence``, ``note``
    As in the claims files; ``evidence`` is a verbatim span of the text.
``confidence``
    The suggester's confidence, a decimal in [0, 1]. It is not copied into the
    claims file: an accepted row is the reviewer's claim.
``reason``
    Why it was suggested, in words (the trigger, the alias matched and score).
``sentence``
    The sentence of the text it came from (tabs and line breaks as spaces).

Two commands on one report's file take turns (:func:`taking_turns`): a
``kg review`` page and a terminal ``kg review``, or a ``kg suggest`` run while a
review is open, each read the file again under the lock before they change it,
so no decision is lost to a write from stale rows.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from kg import locks
from kg.build.tsv import read_rows
from kg.errors import KgError, Problem
from kg.files import write_file

FOLDER = "suggestions"
"""The folder of ``data/`` that holds one suggestions file a source."""

STATUSES = ("suggested", "accepted", "rejected")
KINDS = ("claim", "entity", "mention")

COLUMNS = (
    "sid",
    "status",
    "kind",
    "subject",
    "predicate",
    "object",
    "source",
    "evidence",
    "confidence",
    "note",
    "reason",
    "sentence",
)


class SuggestionsFileError(KgError):
    """A suggestions file that cannot be read or holds a bad row (``file:line``)."""

    exit_code = 1


@dataclass(frozen=True)
class Suggestion:
    """One proposed row; see the module docstring for each field."""

    sid: str
    status: str
    kind: str
    subject: str
    predicate: str
    object: str
    source: str
    evidence: str
    confidence: float
    note: str = ""
    reason: str = ""
    sentence: str = ""


def suggestion_id(kind: str, subject: str, predicate: str, obj: str, evidence: str) -> str:
    """The stable id of a suggestion: the same proposal always gets the same id."""
    key = "\t".join((kind, subject, predicate, obj, evidence))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def new_suggestion(
    kind: str,
    subject: str,
    predicate: str,
    obj: str,
    *,
    source: str,
    evidence: str,
    confidence: float,
    note: str = "",
    reason: str = "",
    sentence: str = "",
) -> Suggestion:
    """A ``suggested`` row with its stable id."""
    return Suggestion(
        sid=suggestion_id(kind, subject, predicate, obj, evidence),
        status="suggested",
        kind=kind,
        subject=subject,
        predicate=predicate,
        object=obj,
        source=source,
        evidence=evidence,
        confidence=confidence,
        note=note,
        reason=reason,
        sentence=_one_line(sentence),
    )


def suggestions_path(data_dir: Path, source: str) -> Path:
    """Where the suggestions of ``source`` live."""
    return data_dir / FOLDER / f"{source}.tsv"


def taking_turns(path: Path) -> contextlib.AbstractContextManager[None]:
    """Hold the lock of the suggestions file ``path`` (a ``flock`` on its folder, which
    leaves no file behind) while the block reads and writes it; another command waits
    its turn."""
    with contextlib.suppress(OSError):  # a folder that cannot be made: the write says so
        path.parent.mkdir(parents=True, exist_ok=True)
    return locks.taking_turns(path.parent)


class TakesTurns(Protocol):
    """What takes turns on a suggestions file: its path, and rows read again from it."""

    path: Path
    turns: int
    """Above 0 while a decision holds the file's lock."""

    def reload(self) -> None: ...


_Holder = TypeVar("_Holder", bound=TakesTurns)
_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")


def in_turn(
    decision: Callable[Concatenate[_Holder, _Params], _Result],
) -> Callable[Concatenate[_Holder, _Params], _Result]:
    """Run a decision holding the suggestions file's lock, on rows read again under it
    (a decision made inside another keeps the outer turn)."""

    @functools.wraps(decision)
    def run(holder: _Holder, /, *args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        if holder.turns:
            return decision(holder, *args, **kwargs)
        with taking_turns(holder.path):
            holder.turns += 1
            try:
                holder.reload()
                return decision(holder, *args, **kwargs)
            finally:
                holder.turns -= 1

    return run


def read_suggestions(path: Path) -> list[Suggestion]:
    """The rows of a suggestions file; a missing file has none.

    Raises:
        SuggestionsFileError: for the first problem, as ``file:line: message``.
    """
    if not path.exists() and not path.is_symlink():
        return []
    problems: list[Problem] = []
    rows: list[Suggestion] = []
    for row in read_rows(path, COLUMNS, (), problems):
        try:
            rows.append(_parse(row.fields))
        except ValueError as exc:
            problems.append(Problem(row.location, str(exc)))
    if problems:
        raise SuggestionsFileError(problems[0])
    return rows


def write_suggestions(path: Path, rows: list[Suggestion], comment: str = "") -> Path:
    """Write ``rows`` to ``path`` at once (:func:`kg.files.write_file`)."""
    lines = [f"# {_one_line(comment)}"] if comment else []
    lines.append("\t".join(COLUMNS))
    for row in rows:
        cells = [_cell(row, name) for name in COLUMNS]
        lines.append("\t".join(cells))
    return write_file(path, "\n".join(lines) + "\n")


def merge(old: list[Suggestion], new: list[Suggestion]) -> list[Suggestion]:
    """New suggestions keeping the decisions already taken on the old ones.

    A row already accepted or rejected keeps its status (a rejected one is not
    suggested again); old decided rows that are no longer proposed are kept;
    old ``suggested`` rows that are no longer proposed are dropped.
    """
    decided = {row.sid: row for row in old if row.status != "suggested"}
    merged = [decided.get(row.sid, row) for row in new]
    proposed = {row.sid for row in new}
    merged.extend(row for sid, row in decided.items() if sid not in proposed)
    return merged


def with_status(row: Suggestion, status: str) -> Suggestion:
    """``row`` with another status (one of :data:`STATUSES`)."""
    if status not in STATUSES:
        raise ValueError(f"status {status!r}: expected one of {', '.join(STATUSES)}")
    return replace(row, status=status)


def _parse(cells: dict[str, str]) -> Suggestion:
    values = {name: cells.get(name, "").strip() for name in COLUMNS}
    values["evidence"] = cells.get("evidence", "")
    if values["status"] not in STATUSES:
        raise ValueError(f"status {values['status']!r}: expected one of {', '.join(STATUSES)}")
    if values["kind"] not in KINDS:
        raise ValueError(f"kind {values['kind']!r}: expected one of {', '.join(KINDS)}")
    try:
        confidence = float(values["confidence"] or "0")
    except ValueError:
        raise ValueError(f"confidence {values['confidence']!r} is not a number") from None
    if not 0.0 <= confidence <= 1.0:
        raise ValueError(f"confidence {confidence} is outside [0, 1]")
    return Suggestion(**{**values, "confidence": confidence})  # type: ignore[arg-type]


def _cell(row: Suggestion, name: str) -> str:
    value = getattr(row, name)
    if name == "confidence":
        return f"{value:.2f}"
    return _one_line(str(value))


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines()) if text else ""


assert tuple(field.name for field in fields(Suggestion)) == COLUMNS
