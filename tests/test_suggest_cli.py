"""`kg suggest SOURCE [-o FILE]`: the file it writes, decisions kept, errors on one line."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.suggest.rows import read_suggestions, with_status, write_suggestions
from tests.conftest import DATA, SEEDS

S004 = "004_e0f1a2ae8a61b2c2"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["suggest", *args, "--corpus", str(SEEDS)])
    return result.exit_code, result.stdout, result.stderr


def test_by_default_it_writes_data_suggestions_source_tsv(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    code, _, err = run("004", "--data", str(data))
    assert code == 0, err
    rows = read_suggestions(data / "suggestions" / f"{S004}.tsv")
    assert rows and all(r.status == "suggested" and r.source == S004 for r in rows)
    assert f"suggestions/{S004}.tsv" in err


def test_a_rejected_suggestion_is_not_proposed_again(tmp_path: Path) -> None:
    out = tmp_path / "s.tsv"
    assert run("004", "-o", str(out))[0] == 0
    rows = read_suggestions(out)
    rejected = rows[3]
    write_suggestions(out, [with_status(r, "rejected") if r == rejected else r for r in rows])
    assert run("004", "-o", str(out))[0] == 0
    again = read_suggestions(out)
    assert [r.status for r in again if r.sid == rejected.sid] == ["rejected"]
    assert len(again) == len(rows)


def test_an_unknown_source_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "s.tsv"
    code, _, err = run("999", "-o", str(out))
    assert code == 2
    assert err.startswith("Error: SOURCE: no source named '999'") and err.count("\n") == 1
    assert not out.exists()


def test_o_refuses_a_folder_and_leaves_it(tmp_path: Path) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    code, _, err = run("004", "-o", str(target))
    assert code == 2 and err.count("\n") == 1
    assert target.is_dir() and list(target.iterdir()) == []


def test_o_writes_at_once_leaving_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "s.tsv"
    out.write_text("old", encoding="utf-8")
    assert run("004", "-o", str(out))[0] == 1  # the old file is not a suggestions file
    assert out.read_text(encoding="utf-8") == "old"
    out.unlink()
    assert run("004", "-o", str(out))[0] == 0
    assert [p.name for p in tmp_path.iterdir()] == ["s.tsv"]


def test_only_kg_suggest_pays_for_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, kg.cli, kg.suggest.suggester; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_missing_trigger_table_is_one_line_naming_it(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(Path(__file__).parent.parent / "ontology", ontology)
    (ontology / "triggers.tsv").unlink()
    code, _, err = run("004", "-o", str(tmp_path / "s.tsv"), "--ontology", str(ontology))
    assert code == 1 and err.count("\n") == 1
    assert "triggers.tsv" in err and not (tmp_path / "s.tsv").exists()


def test_a_source_without_its_text_or_with_a_bad_one_is_one_line_and_exit_2(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    out = tmp_path / "s.tsv"
    result = CliRunner().invoke(cli, ["suggest", "004", "-o", str(out), "--corpus", str(corpus)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert f"{S004}.txt" in result.stderr and "missing" in result.stderr
    (corpus / f"{S004}.txt").write_bytes(b"India \xff met\n")
    result = CliRunner().invoke(cli, ["suggest", "004", "-o", str(out), "--corpus", str(corpus)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "UTF-8" in result.stderr and not out.exists()


def test_a_trigger_row_of_no_event_class_is_one_line_naming_its_line(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(Path(__file__).parent.parent / "ontology", ontology)
    table = ontology / "triggers.tsv"
    table.write_text(
        table.read_text(encoding="utf-8") + "Persn\tmet\thasParticipant\thasParticipant\t\t\n"
    )
    line = len(table.read_text(encoding="utf-8").splitlines())
    code, _, err = run("004", "-o", str(tmp_path / "s.tsv"), "--ontology", str(ontology))
    assert code == 1 and err.count("\n") == 1
    assert f"triggers.tsv:{line}: class 'Persn' is no event class" in err
