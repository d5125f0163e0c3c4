"""`kg why` and `kg search`: the evidence behind a claim, and the text of the evidence.

The same thin layer as :mod:`kg.cli.lookup_commands`, whose backend, errors
and output they share.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import input_options, store_option
from kg.cli.errors import library_errors
from kg.cli.lookup_commands import emit_result, lookup_backend
from kg.cli.output import output_options


@click.command()
@click.argument("claim", nargs=-1, required=True, metavar="SUBJECT PREDICATE OBJECT | -")
@input_options
@store_option
@output_options
def why(
    claim: tuple[str, ...],
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """The sources and evidence spans behind one edge, each with its voice.

    SUBJECT and OBJECT are entity names (or, for a literal-valued predicate,
    OBJECT is the value: a date, "300 tonne"); PREDICATE is a local name
    (hasParticipant), kg:name, label or IRI. With `-`, reads edges as JSON on
    stdin: the whole output of `kg neighbours --json` or `kg path --json`, or
    one edge or a list cut out of it (its claims found from the edge's ends,
    predicates and event). Exits 1 when the graph has no such claim. A disputed
    claim's rows say what contradicts it (conflicts_with): the other claim's
    value, its source and its words, and the kind of dispute.

    Example:

    \b
        kg why dubai-meeting-2025-01 hasParticipant muttaqi
        kg neighbours misri --json | jq '.edges[0]' | kg why -
    """
    with library_errors():
        from kg.errors import InputError
        from kg.lookup.why import why as explain
        from kg.lookup.why import why_edges

        if claim == ("-",):
            from kg.json_input import read_json

            document = read_json(sys.stdin.buffer.read())  # bad input fails before the graph loads
            result = why_edges(lookup_backend(data_dir, ontology_dir, corpus, store), document)
        elif len(claim) == 3:
            result = explain(lookup_backend(data_dir, ontology_dir, corpus, store), *claim)
        else:
            raise InputError("give SUBJECT PREDICATE OBJECT, or - to read edges from stdin")
    conflicts = ["conflicts_with"] if result.disputed() else []
    emit_result(
        fmt,
        result.as_json(),
        result.rows,
        ["subject", "predicate", "object", "disputed", "source", "evidence", "voice", *conflicts],
        ["subject", "predicate", "object", "disputed", "source", "evidence", "start", "end"]
        + ["voice", "mode", "factuality", "conflicts_with"],
    )


@click.command()
@click.argument("text")
@input_options
@store_option
@output_options
def search(
    text: str,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """Entities and events whose labels, aliases or evidence contain TEXT.

    Case, accents and punctuation are ignored. Label matches come first, then
    aliases, then evidence (which counts for the subject of its claim). Exits
    1 when nothing matches.

    Example:

    \b
        kg search yaqoob
        kg search "Chabahar" --json | jq '.[].id'
    """
    with library_errors():
        from kg.lookup.search import search as find_text

        result = find_text(lookup_backend(data_dir, ontology_dir, corpus, store), text)
    emit_result(
        fmt,
        result.as_json(),
        result.rows,
        ["id", "label", "type", "matched", "text", "sources"],
        ["id", "label", "type", "matched", "text", "sources"],
    )
