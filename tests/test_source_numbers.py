"""A source is named by its number as an analyst types it: `005`, or `5`; an unknown
source's error names the sources file of the folder in use."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli
from kg.vocabulary import source_vocabulary
from tests.conftest import TinyCorpus


def test_a_number_without_its_zeros_names_the_source() -> None:
    names = source_vocabulary(["005_aaaaaaaaaaaaaaaa", "050_bbbbbbbbbbbbbbbb", "500_cccccccccccc"])
    assert names.resolve("5") == "005_aaaaaaaaaaaaaaaa"  # not a beginning of 50 or 500
    assert names.resolve("50") == "050_bbbbbbbbbbbbbbbb"
    assert names.resolve("500") == "500_cccccccccccc"


def test_review_and_suggest_take_the_number_and_name_the_sources_file(tiny: TinyCorpus) -> None:
    tiny.renumber("005_1a2b3c4d5e6f7a8b")
    folders = tiny.folders
    result = CliRunner().invoke(cli, ["review", "5", *folders, "--list", "--json"])
    assert result.exit_code == 0, result.output
    assert "no suggestions for 005_1a2b3c4d5e6f7a8b yet" in result.output
    result = CliRunner().invoke(cli, ["suggest", "7", *folders])
    assert result.exit_code != 0
    assert str(tiny.data / "sources.tsv") in result.output, result.output
