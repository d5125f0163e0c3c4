"""`kg add`'s page furniture as coverage exclusions (round eleven), the cases the review
found untested. A report of our own making."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from tests.test_add import _add, _sources, folders

__all__ = ["folders"]  # the fixture, used by name


def test_a_furniture_line_with_a_tab_is_no_exclusion_row(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    """A TSV row cannot hold a tab: such a line is left for the annotator, and the
    exclusions file stays readable (the build and ``kg coverage`` read it)."""
    data, corpus = folders
    report = tmp_path / "termez.txt"
    report.write_text(
        "Envoys agree on a rail link to Termez\n"
        "By Lena Marsh\n"
        "Envoys at the station\t(Photo | Pamir Wire)\n"
        "TERMEZ: Uzbek and Afghan envoys agreed on Monday to build a rail link to Termez, "
        "officials said.\n",
        encoding="utf-8",
    )
    code, output = _add(folders, report, "--published", "2026-05-11")
    assert code == 0, output
    (source,) = [r.get("id") for r in _sources(data) if r.get("author") == "Lena Marsh"]
    lines = (data / "coverage-exclusions" / f"{source}.tsv").read_text().splitlines()
    assert [line.split("\t")[1] for line in lines[2:]] == ["By Lena Marsh"], lines
    where = ["--data", str(data), "--corpus", str(corpus)]
    listed = CliRunner().invoke(cli, ["coverage", "--json", *where])
    assert source in {r["source"] for r in json.loads(listed.stdout)}, listed.output
