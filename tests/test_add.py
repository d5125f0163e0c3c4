"""`kg add`: a new report into the corpus under a minted id, all or nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build_graph
from kg.build.tsv import Row, read_rows
from kg.cli import cli
from kg.files import write_file
from kg.suggest.intake import detect, read_report
from tests.conftest import DATA, ONTOLOGY, SEEDS

REPORT = (
    "India upgrades its Kabul mission to an embassy\n"
    "By Asha Rao\n"
    "NEW DELHI, Oct 10: India on Friday upgraded its technical team in Kabul to a full "
    "embassy, the External Affairs Ministry said.\n"
    "Foreign Secretary Vikram Misri met Amir Khan Muttaqi in New Delhi on Thursday.\n"
)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seed annotations and of the seed texts."""
    data, corpus = tmp_path / "data", tmp_path / "corpus"
    shutil.copytree(DATA, data)
    shutil.copytree(SEEDS, corpus)
    for path in corpus.iterdir():
        path.chmod(0o644)
    corpus.chmod(0o755)
    return data, corpus


def _snapshot(*folders: Path) -> dict[str, str]:
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _sources(data: Path) -> list[Row]:
    optional = ("headline", "dateline", "author", "note")
    return list(read_rows(data / "sources.tsv", ("id", "published"), optional))


def _add(folders: tuple[Path, Path], report: Path, *options: str) -> tuple[int, str]:
    data, corpus = folders
    args = ["add", str(report), "--data", str(data), "--corpus", str(corpus), *options]
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.output


def test_add_mints_the_id_copies_the_text_and_writes_the_row(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    data, corpus = folders
    report = tmp_path / "kabul.txt"
    report.write_bytes(("\ufeff" + REPORT.replace("\n", "\r\n") + "\r\n\r\n").encode("utf-8"))
    code, output = _add(folders, report, "--published", "2025-10-10")
    assert code == 0, output
    stored = REPORT
    source = f"005_{hashlib.sha256(stored.encode('utf-8')).hexdigest()[:16]}"
    assert f"added {source}" in output
    assert (corpus / f"{source}.txt").read_text(encoding="utf-8") == stored
    (row,) = [r for r in _sources(data) if r.get("id") == source]
    assert row.get("headline") == "India upgrades its Kabul mission to an embassy"
    assert row.get("dateline") == "NEW DELHI, Oct 10"
    assert row.get("author") == "Asha Rao"
    assert row.get("published") == "2025-10-10"
    claims = (data / "claims" / f"{source}.tsv").read_text(encoding="utf-8").splitlines()
    assert claims[0].startswith(f"# Claims from {source}: ") and "a Friday" in claims[0]
    assert claims[1:] == ["subject\tpredicate\tobject\tsource\tevidence\tconfidence\tnote"]
    # the build knows the new source (no claims yet) and reads its text
    result = build_graph(data, ONTOLOGY, corpus, shacl=False)
    assert source in result.resolved.sources and result.texts is not None
    assert result.texts[source] == stored


def test_options_override_what_the_text_shows(folders: tuple[Path, Path], tmp_path: Path) -> None:
    report = tmp_path / "kabul.txt"
    report.write_text(REPORT, encoding="utf-8")
    code, output = _add(
        folders,
        report,
        *("--published", "2025-10-10", "--headline", "Kabul embassy"),
        *("--dateline", "Kabul", "--author", "Staff"),
    )
    assert code == 0, output
    (row,) = [r for r in _sources(folders[0]) if r.get("id")[:3] == "005"]
    assert (row.get("headline"), row.get("dateline"), row.get("author")) == (
        "Kabul embassy",
        "Kabul",
        "Staff",
    )


def test_the_next_number_follows_the_highest(folders: tuple[Path, Path], tmp_path: Path) -> None:
    data, corpus = folders
    (corpus / "041_0000000000000000.txt").write_text("An older text. " * 3, encoding="utf-8")
    report = tmp_path / "kabul.txt"
    report.write_text(REPORT, encoding="utf-8")
    code, output = _add(folders, report, "--published", "2025-10-10")
    assert code == 0, output
    assert "added 042_" in output


@pytest.mark.parametrize("seed", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_detection_finds_what_the_seed_sources_record(seed: str) -> None:
    (row,) = [r for r in _sources(DATA) if r.get("id") == seed]
    found = detect(read_report(SEEDS / f"{seed}.txt"))
    shown = (found.headline, found.dateline, found.author)
    assert shown == (row.get("headline"), row.get("dateline"), row.get("author"))


def test_a_text_already_in_the_corpus_is_refused_with_its_id(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    data, corpus = folders
    copy = tmp_path / "again.txt"
    copy.write_bytes((SEEDS / "003_98dfac8b5af5e2b1.txt").read_bytes().replace(b"\n", b"\r\n"))
    before = _snapshot(data, corpus)
    code, output = _add(folders, copy, "--published", "2025-05-16")
    assert code == 1
    assert "already in the corpus as 003_98dfac8b5af5e2b1" in output
    assert _snapshot(data, corpus) == before


def test_without_a_publication_date_it_asks_for_one(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    data, corpus = folders
    report = tmp_path / "kabul.txt"
    report.write_text(REPORT, encoding="utf-8")
    before = _snapshot(data, corpus)
    code, output = _add(folders, report)
    assert code == 2
    assert len(output.strip().splitlines()) == 1 and "--published" in output
    assert _snapshot(data, corpus) == before
    code, output = _add(folders, report, "--published", "10/10/2025")
    assert code == 2 and "--published" in output
    assert _snapshot(data, corpus) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b" \n\n\t\n", "empty"),
        (b"India met the Taliban \xff\xfe in Kabul on Monday.\n", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"India upgrades its Kabul mission\n", "no story sentence"),
        (b"Kabul\nNew Delhi\n", "no story sentence"),
        (b"India met \x07the minister in Kabul on Monday.\n", "control character"),
    ],
)
def test_bad_input_gets_one_line_and_writes_nothing(
    folders: tuple[Path, Path], tmp_path: Path, content: bytes, expected: str
) -> None:
    data, corpus = folders
    report = tmp_path / "bad.txt"
    report.write_bytes(content)
    before = _snapshot(data, corpus)
    code, output = _add(folders, report, "--published", "2025-10-10")
    assert code == 1, output
    assert len(output.strip().splitlines()) == 1
    assert expected in output and "bad.txt" in output
    assert _snapshot(data, corpus) == before


def test_an_option_with_a_line_break_is_refused(folders: tuple[Path, Path], tmp_path: Path) -> None:
    report = tmp_path / "kabul.txt"
    report.write_text(REPORT, encoding="utf-8")
    before = _snapshot(*folders)
    code, output = _add(folders, report, "--published", "2025-10-10", "--headline", "a\tb")
    assert code == 2 and "--headline" in output
    assert _snapshot(*folders) == before


def test_a_write_that_fails_part_way_leaves_nothing(
    folders: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, corpus = folders
    report = tmp_path / "kabul.txt"
    report.write_text(REPORT, encoding="utf-8")
    real = write_file

    def failing(path: Path, content: str | bytes) -> Path:
        if path.name == "sources.tsv":
            raise OSError(28, "No space left on device")
        return real(path, content)

    monkeypatch.setattr("kg.suggest.intake.write_file", failing)
    before = _snapshot(data, corpus)
    code, output = _add(folders, report, "--published", "2025-10-10")
    assert code == 1
    assert "No space left on device" in output and "nothing was written" in output
    assert _snapshot(data, corpus) == before
    assert not [p for p in corpus.iterdir() if p.name.startswith(".")]  # no temporaries


def test_page_furniture_becomes_coverage_exclusions(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    data, corpus = folders
    report = tmp_path / "dushanbe.txt"
    report.write_text(
        "REGION / CENTRAL ASIA\n"
        "Envoys agree on a second bridge over the Panj\n"
        "By Lena Marsh\n"
        "Envoys on the new bridge at dawn (Photo | Pamir Wire)\n"
        "DUSHANBE: Tajik and Afghan envoys agreed on Monday to build a second bridge over "
        "the Panj river, officials said.\n"
        "Reporting by Omar Vance; Editing by Ruth Kell\n",
        encoding="utf-8",
    )
    code, output = _add(folders, report, "--published", "2026-05-11")
    assert code == 0, output
    (source,) = [r.get("id") for r in _sources(data) if r.get("author") == "Lena Marsh"]
    rows = read_rows(data / "coverage-exclusions" / f"{source}.tsv", ("source", "text", "reason"))
    reasons = {r.get("text"): r.get("reason") for r in rows}
    assert reasons == {
        "REGION / CENTRAL ASIA": "section label (kg add)",
        "By Lena Marsh": "byline (kg add)",
        "Envoys on the new bridge at dawn (Photo | Pamir Wire)": "photo caption (kg add)",
        "Reporting by Omar Vance; Editing by Ruth Kell": "credits (kg add)",
    }
    where = ["--data", str(data), "--corpus", str(corpus)]
    listed = CliRunner().invoke(cli, ["coverage", "--sentences", "--json", *where])
    texts = [r["text"] for r in json.loads(listed.stdout) if r["source"] == source]
    assert texts == [
        "Envoys agree on a second bridge over the Panj",
        "DUSHANBE: Tajik and Afghan envoys agreed on Monday to build a second bridge over "
        "the Panj river, officials said.",
    ]
    plain = tmp_path / "plain.txt"  # no furniture: no exclusions file
    plain.write_text("Envoys met in Termez on Monday to talk about the railway.\n")
    assert _add(folders, plain, "--published", "2026-05-11")[0] == 0
    (second,) = [r.get("id") for r in _sources(data) if r.get("id") > source]
    assert not (data / "coverage-exclusions" / f"{second}.tsv").exists()
