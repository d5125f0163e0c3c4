"""`kg synth`: write a synthetic corpus in the project's own format."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import DIRECTORY


@click.command()
@click.option(
    "--events", type=click.IntRange(1), default=1000, show_default=True, help="How many events."
)
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option("-o", "--output", type=DIRECTORY, required=True, help="Folder for data/ and corpus/.")
def synth(events: int, seed: int, output: Path) -> None:
    """Write a synthetic corpus: annotations (data/) and their source texts (corpus/).

    It has the seed corpus's shape (actors, among them India, the Taliban and
    the Islamic Emirate under the seed's ids; positions, ports, places; events
    of every class with two to four actors, places, dates of mixed precision,
    aid quantities, casualties, and disputed claims) and goes through the same
    `kg build` as real data. The same --events and --seed give the same files.

    Example:

    \b
        kg synth --events 5000 --seed 1 -o /tmp/syn
        kg build --data /tmp/syn/data --corpus /tmp/syn/corpus -o /tmp/syn/build
    """
    from kg.build.synth import synthesize
    from kg.cli.errors import library_errors

    with library_errors("nothing was written"):
        stats = synthesize(events, seed, output)
    click.echo(
        f"wrote {stats.events} events ({stats.disputed_events} reported twice, in conflict), "
        f"{stats.entities} entities and {stats.claims} claims from {stats.sources} sources "
        f"to {output / 'data'} and {output / 'corpus'}"
    )
