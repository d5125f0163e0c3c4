"""The input readers: only regular files, true line numbers, the root cause first,
fast "did you mean" and a fast `kg build --check` (issue 27 items 9 and 10,
issue 20's bad inputs)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import check_build
from kg.cli import cli
from kg.errors import BuildFailedError
from tests.conftest import ONTOLOGY, TinyCorpus

UNCHECKED = "row(s) name a source or an entity whose row or file has an error (above): they were not checked against it"


def problems(tiny: TinyCorpus) -> list[str]:
    with pytest.raises(BuildFailedError) as failure:
        tiny.build(shacl=False)
    return [str(p) for p in failure.value.problems]


def finishes(call: Callable[[], object], seconds: float = 60.0) -> object:
    """The call's answer (or its exception); fails if it does not return in time."""
    answer: list[object] = []

    def run() -> None:
        try:
            answer.append(call())
        except BaseException as exc:
            answer.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert answer, f"still running after {seconds} s"
    return answer[0]


def build_cli(tiny: TinyCorpus, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["build", "--data", str(tiny.data), "--corpus", str(tiny.corpus), *extra]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result.exit_code, result.output


# --- only regular files -----------------------------------------------------------------


def test_a_fifo_in_data_is_an_error_not_a_hang(tiny: TinyCorpus) -> None:
    os.mkfifo(tiny.data / "claims" / "s2.tsv")
    failure = finishes(lambda: tiny.build(shacl=False))
    assert isinstance(failure, BuildFailedError)
    (message,) = [str(p) for p in failure.problems]
    assert message.endswith(
        "claims/s2.tsv:1: not a regular file (a FIFO): only files, or symlinks to files, are read"
    )


def test_a_fifo_as_sources_tsv_is_not_called_missing(tiny: TinyCorpus) -> None:
    (tiny.data / "sources.tsv").unlink()
    os.mkfifo(tiny.data / "sources.tsv")
    failure = finishes(lambda: tiny.build(shacl=False))
    assert isinstance(failure, BuildFailedError)
    first = str(failure.problems[0])
    assert first.endswith(
        "sources.tsv:1: not a regular file (a FIFO): only files, or symlinks to files, are read"
    )


def test_a_symlink_loop_is_a_one_line_error(tiny: TinyCorpus) -> None:
    (tiny.data / "claims" / "loop.tsv").symlink_to("loop.tsv")
    assert problems(tiny) == [
        f"{tiny.data / 'claims' / 'loop.tsv'}:1: a symlink loop: the link never reaches a file"
    ]
    code, output = build_cli(tiny)
    assert code == 1
    assert "Traceback" not in output
    assert "loop.tsv:1: a symlink loop" in output


def test_two_files_linking_to_each_other(tiny: TinyCorpus) -> None:
    (tiny.data / "entities" / "a.tsv").symlink_to("b.tsv")
    (tiny.data / "entities" / "b.tsv").symlink_to("a.tsv")
    found = problems(tiny)
    assert [m.split(": ", 1)[1] for m in found] == [
        "a symlink loop: the link never reaches a file"
    ] * 2
    assert found[0].endswith("a.tsv:1: a symlink loop: the link never reaches a file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_symlink_to_dev_zero_is_refused_without_reading(tiny: TinyCorpus) -> None:
    (tiny.data / "claims" / "zero.tsv").symlink_to("/dev/zero")
    failure = finishes(lambda: tiny.build(shacl=False), seconds=30)
    assert isinstance(failure, BuildFailedError)
    (message,) = [str(p) for p in failure.problems]
    assert message.endswith(
        "zero.tsv:1: not a regular file (a character device): only files, or symlinks to files, are read"
    )


def test_a_dangling_symlink_names_its_target(tiny: TinyCorpus) -> None:
    (tiny.data / "claims" / "gone.tsv").symlink_to("nowhere.tsv")
    (message,) = problems(tiny)
    assert message.endswith("gone.tsv:1: a symlink to a missing file (nowhere.tsv)")


def test_a_symlink_to_a_regular_file_is_followed(tiny: TinyCorpus) -> None:
    elsewhere = tiny.root / "elsewhere.tsv"
    (tiny.data / "claims" / "s1.tsv").rename(elsewhere)
    (tiny.data / "claims" / "s1.tsv").symlink_to(elsewhere)
    assert len(tiny.build(shacl=False).resolved.claims) == 7


def test_a_file_over_the_size_limit_is_refused(tiny: TinyCorpus) -> None:
    from kg.build.tsv import MAX_FILE_BYTES

    big = tiny.data / "claims" / "big.tsv"
    with big.open("wb") as out:  # sparse: nothing of it is written to disk
        out.truncate(MAX_FILE_BYTES + 1)
    (message,) = problems(tiny)
    assert message.endswith(
        f"big.tsv:1: {MAX_FILE_BYTES + 1} bytes: larger than the limit of {MAX_FILE_BYTES} "
        "bytes (64 MiB) a file"
    )


def test_the_limit_is_exact(tmp_path: Path) -> None:
    from kg.build.tsv import InputFileError, read_bytes

    path = tmp_path / "x.tsv"
    path.write_bytes(b"x" * 100)
    assert read_bytes(path, limit=100) == b"x" * 100
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputFileError, match="101 bytes: larger than the limit of 100"):
        read_bytes(path, limit=100)


def test_a_source_text_that_is_a_fifo_or_a_device(tiny: TinyCorpus) -> None:
    text = tiny.corpus / "s1.txt"
    text.unlink()
    os.mkfifo(text)
    failure = finishes(lambda: tiny.build(shacl=False))
    assert isinstance(failure, BuildFailedError)
    (message,) = [str(p) for p in failure.problems]
    assert (
        message
        == f"{text}:1: not a regular file (a FIFO): only files, or symlinks to files, are read"
    )
    text.unlink()
    text.symlink_to("/dev/zero")
    failure = finishes(lambda: tiny.build(shacl=False), seconds=30)
    assert isinstance(failure, BuildFailedError)
    assert "(a character device)" in str(failure.problems[0])


def test_a_source_text_that_is_not_utf8_names_its_line(tiny: TinyCorpus) -> None:
    text = tiny.corpus / "s1.txt"
    text.write_bytes(text.read_bytes() + b"second line\nthird \xe9t\xe9\n")
    lines = text.read_bytes().count(b"\n")
    found = problems(tiny)
    assert (
        found[0]
        == f"{text}:{lines}: not UTF-8 text: byte 0xe9 at byte column 7 (invalid continuation byte)"
    )


def test_files_the_build_ignores_are_named(tiny: TinyCorpus) -> None:
    (tiny.data / "claims" / "s2.csv").write_text("x", encoding="utf-8")
    (tiny.data / "claims" / "S3.TSV").write_text("x", encoding="utf-8")
    (tiny.data / "claim").mkdir()
    (tiny.data / "README.md").write_text("notes", encoding="utf-8")
    (tiny.data / "claims" / ".gitkeep").write_text("", encoding="utf-8")
    result = tiny.build(shacl=False)
    assert result.notices == [
        f"{tiny.data / 'claim'}: ignored (a data folder holds sources.tsv, entities/, claims/ and coverage-exclusions/)",
        f"{tiny.data / 'claims' / 'S3.TSV'}: ignored: only *.tsv files are read in claims/",
        f"{tiny.data / 'claims' / 's2.csv'}: ignored: only *.tsv files are read in claims/",
    ]


def test_an_ignored_file_is_named_when_the_build_fails(tiny: TinyCorpus) -> None:
    """The entities of people.csv are unknown: the note says why, before the errors."""
    (tiny.data / "entities" / "people.csv").write_text("id\ttype\tlabel\n", encoding="utf-8")
    tiny.append("claims/s1.tsv", "meeting\thasParticipant\tnobody\ts1\tVikram Misri met")
    code, output = build_cli(tiny)
    assert code == 1
    assert output.startswith(f"note: {tiny.data / 'entities' / 'people.csv'}: ignored")


# --- true physical lines; forbidden characters ------------------------------------------


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\f", "a form feed (U+000C)"),
        ("\v", "a vertical tab (U+000B)"),
        ("\x1c", "a file separator (U+001C)"),
        ("\x85", "a next-line character (NEL) (U+0085)"),
        ("\u2028", "a line separator (U+2028)"),
        ("\u2029", "a paragraph separator (U+2029)"),
        ("\r", "a carriage return (U+000D)"),
        ("\x00", "a NUL byte (U+0000)"),
        ("\x07", "a control character (U+0007)"),
    ],
)
def test_a_line_break_or_control_in_a_field_is_named_at_its_true_line(
    tiny: TinyCorpus, char: str, name: str
) -> None:
    path = tiny.data / "claims" / "s1.tsv"
    before = "meeting\thasParticipant\tmisri\ts1\tVikram"
    bad = path.read_bytes().count(b"\n") + 1
    with path.open("ab") as out:  # bytes: conftest's append reads with universal newlines
        out.write(f"{before}{char} Misri met\n".encode())
        out.write(b"meeting\thasParticipant\tmisrri\ts1\tVikram Misri met\n")
    after = bad + 1
    found = problems(tiny)
    assert found == [
        f"{path}:{bad}: evidence: {name} at column {len(before) + 1}: "
        "a field holds no line break or control character but the tab",
        f"{path}:{after}: unknown object entity 'misrri' (did you mean misri?)",
    ]


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2067", "\u2069"])
def test_a_bidi_control_in_a_label_is_an_error(tiny: TinyCorpus, char: str) -> None:
    line = tiny.append("entities/main.tsv", f"x\tPerson\tAbc{char}def\t")
    (message,) = problems(tiny)
    assert f"main.tsv:{line}: label: a " in message
    assert f"(U+{ord(char):04X}) at column 13: bidirectional controls can make text read" in message


def test_crlf_line_endings_are_read(tiny: TinyCorpus) -> None:
    for relative in ("sources.tsv", "entities/main.tsv", "claims/s1.tsv"):
        path = tiny.data / relative
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert len(tiny.build(shacl=False).resolved.claims) == 7
    line = tiny.append("claims/s1.tsv", "nobody\thasParticipant\tmisri\ts1\tVikram Misri met")
    (message,) = problems(tiny)
    assert f"s1.tsv:{line}: unknown subject entity 'nobody'" in message


def test_invalid_utf8_is_reported_at_its_line_and_column(tiny: TinyCorpus) -> None:
    path = tiny.data / "claims" / "s1.tsv"
    line = path.read_bytes().count(b"\n") + 1
    with path.open("ab") as out:
        out.write(b"meeting\thasParticipant\tmisri\ts1\tVikram Mi\xffsri met\n")
        out.write(b"nobody\thasParticipant\tmisri\ts1\tVikram Misri met\n")
    after = line + 1
    found = problems(tiny)
    assert found == [
        f"{path}:{line}: not UTF-8 text: byte 0xff at byte column 42 (invalid start byte)",
        f"{path}:{after}: unknown subject entity 'nobody'",
    ]


def test_a_file_that_is_not_utf8_from_its_first_line_is_one_error(tiny: TinyCorpus) -> None:
    (tiny.data / "claims" / "s2.tsv").write_bytes(b"subject\tpr\xe9dicat\n" + b"a\tb\n" * 500)
    (message,) = problems(tiny)
    assert message.endswith(
        "s2.tsv:1: not UTF-8 text: byte 0xe9 at byte column 11 (invalid continuation byte)"
    )


# --- the root cause first ---------------------------------------------------------------


def test_a_utf8_bom_is_dropped(tiny: TinyCorpus) -> None:
    for relative in ("sources.tsv", "entities/main.tsv", "claims/s1.tsv"):
        path = tiny.data / relative
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(tiny.build(shacl=False).resolved.claims) == 7


def test_utf16_is_one_error(tiny: TinyCorpus) -> None:
    path = tiny.data / "sources.tsv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    found = problems(tiny)
    assert found[0].endswith("sources.tsv:1: UTF-16 text: save the file as UTF-8")
    assert found[1:] == [f"7 {UNCHECKED}"]


def test_a_bad_sources_header_is_one_error_and_a_count(tiny: TinyCorpus) -> None:
    path = tiny.data / "sources.tsv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("id\t", "ident\t", 1), encoding="utf-8"
    )
    tiny.append("claims/s1.tsv", "meeting\thasParticipant\tmisrri\ts1\tVikram Misri met")
    found = problems(tiny)
    assert found[0].endswith(
        "sources.tsv:1: header lacks column(s): id; the file's 1 row(s) were not read"
    )
    # a problem of its own in a claim is still reported; the count comes last
    assert found[1].endswith("unknown object entity 'misrri' (did you mean misri?)")
    assert found[2:] == [f"8 {UNCHECKED}"]
    assert not any("unknown source" in message for message in found)


def test_root_cause_is_printed_first(tiny: TinyCorpus) -> None:
    """claims/ sorts before sources.tsv; the sources' error still comes first."""
    path = tiny.data / "sources.tsv"
    path.write_text("id\tid\tpublished\n", encoding="utf-8")
    tiny.append("claims/s1.tsv", "meeting\thasParticipants\tmisri\ts1\tVikram Misri met")
    code, output = build_cli(tiny)
    assert code == 1
    lines = output.splitlines()
    assert lines[0].endswith("sources.tsv:1: column(s) named twice in the header: id")
    assert "unknown predicate 'hasParticipants'" in lines[1]
    assert lines[2] == f"8 {UNCHECKED}"
    assert lines[3] == "Error: build failed: 3 problem(s); nothing was written"


def test_a_duplicated_header_column_is_detected(tiny: TinyCorpus) -> None:
    path = tiny.data / "claims" / "s1.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("evidence", "evidence\tsubject", 1), encoding="utf-8")
    (message,) = problems(tiny)
    assert message.endswith(
        "s1.tsv:1: column(s) named twice in the header: subject; the file's 7 row(s) were not read"
    )


def test_a_bad_entities_file_is_not_reported_once_per_claim(tiny: TinyCorpus) -> None:
    path = tiny.data / "entities" / "main.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace("label", "lable", 1), encoding="utf-8")
    found = problems(tiny)
    assert len(found) == 2, found
    assert found[0].endswith("header lacks column(s): label; the file's 6 row(s) were not read")
    assert found[1] == f"7 {UNCHECKED}"


def test_claims_about_an_entity_with_a_bad_row_are_not_reported_again(tiny: TinyCorpus) -> None:
    line = tiny.append("entities/main.tsv", "envoy\tPersn\tAn envoy\t")
    tiny.append("claims/s1.tsv", "meeting\thasParticipant\tenvoy\ts1\tVikram Misri met")
    tiny.append("claims/s1.tsv", "envoy\thasParticipant\tmisri\ts1\tVikram Misri met")
    found = problems(tiny)
    assert found[0].endswith(f"main.tsv:{line}: unknown type 'Persn' (did you mean Person?)")
    assert found[1:] == [f"2 {UNCHECKED}"]


# --- "did you mean" from rapidfuzz ------------------------------------------------------


def test_suggestions_agree_with_difflib_on_typical_typos() -> None:
    import difflib

    from kg.build.validate import Suggester

    names = ["vikram-misri", "amir-khan-muttaqi", "india", "dubai-meeting-2025-01", "kabul"]
    suggester = Suggester(names)
    for typo in ["vikram-misr", "amir-khan-mutaqi", "indai", "dubai-meeting-2025-1", "kabol"]:
        (expected,) = difflib.get_close_matches(typo, names, n=1, cutoff=0.6)
        assert suggester.hint(typo) == f" (did you mean {expected}?)"
    assert suggester.hint("zzzzzzzz") == ""


def test_ten_thousand_misspelt_ids_are_reported_in_seconds(tiny: TinyCorpus) -> None:
    """Comparing each with every entity in Python took 0.17 s a row against
    3,380 entities: about half an hour for these."""
    import random

    rng = random.Random(7)
    ids = [f"person-{n:06d}" for n in range(3_400)]
    tiny.write(
        "entities/many.tsv",
        "id\ttype\tlabel\n" + "".join(f"{i}\tPerson\tP{i}\n" for i in ids),
    )
    rows = []
    for n in range(10_000):
        ident = list(ids[rng.randrange(len(ids))])
        ident[rng.randrange(len(ident))] = rng.choice("abcdefghijklmnopqrstuvwxyz")
        rows.append(f"meeting\thasParticipant\t{''.join(ident)}{n % 10}\ts1\tVikram Misri met\n")
    tiny.write("claims/many.tsv", "subject\tpredicate\tobject\tsource\tevidence\n" + "".join(rows))
    start = time.perf_counter()
    found = problems(tiny)
    elapsed = time.perf_counter() - start
    assert len(found) == 10_000
    assert sum(1 for message in found if "(did you mean person-" in message) > 9_000
    assert elapsed < 60, f"{elapsed:.1f} s for 10,000 bad rows"


def test_a_batch_and_a_single_word_get_the_same_suggestions() -> None:
    from kg.build.validate import Suggester

    names = [f"{kind}-{n:04d}" for kind in ("person", "place", "state") for n in range(300)]
    words = ["persn-0012", "place-00x1", "stat-0299", "zzzz", "person-001"]
    batch = Suggester(names)
    batch.prepare(words)
    single = Suggester(names)
    assert [batch.hint(w) for w in words] == [single.hint(w) for w in words]
    assert single.hint("persn-0012").startswith(" (did you mean person-0012, ")
    assert single.hint("zzzz") == ""


def test_the_build_suggests_through_one_helper() -> None:
    import kg.build.validate

    source = Path(kg.build.validate.__file__).read_text(encoding="utf-8")
    assert "import difflib" not in source


# --- kg build --check -------------------------------------------------------------------


def test_check_runs_the_violation_queries_not_pyshacl(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build.shacl

    def no_pyshacl(*args: object, **kwargs: object) -> None:
        raise AssertionError("pySHACL ran")

    monkeypatch.setattr(kg.build.shacl, "validate", no_pyshacl)
    line = tiny.append("entities/main.tsv", "lonely\tMeeting\tA meeting of one\t")
    tiny.append("claims/s1.tsv", "lonely\thasParticipant\tmisri\ts1\tVikram Misri met")
    tiny.append("claims/s1.tsv", "lonely\thasTime\t2025-01-08\ts1\ton Wednesday")
    code, output = build_cli(tiny, "--check", "--store", "oxigraph:" + str(tiny.root / "store"))
    assert code == 1
    assert f"main.tsv:{line}: meeting-with-fewer-than-two-actors-violation.rq" in output
    assert output.strip().endswith("build failed: 1 problem(s); nothing was written")
    assert not (tiny.root / "store").exists()
    assert not tiny.out.exists()


def test_check_of_a_valid_corpus_says_so_and_writes_nothing(tiny: TinyCorpus) -> None:
    code, output = build_cli(tiny, "--check")
    assert code == 0, output
    assert output.startswith("valid: ")
    assert "(7 claims from 1 sources about " in output
    assert output.strip().endswith("nothing was written")
    assert not tiny.out.exists()


def test_check_finds_what_the_memory_build_finds(tiny: TinyCorpus) -> None:
    line = tiny.append("entities/main.tsv", "undated\tStatement\tAn undated statement\t")
    tiny.append("claims/s1.tsv", "undated\thasInitiator\tindia\ts1\tIndia sent")
    with pytest.raises(BuildFailedError) as failure:
        check_build(tiny.data, ONTOLOGY, tiny.corpus)
    (message,) = [str(p) for p in failure.value.problems]
    assert f"main.tsv:{line}: event-without-time-violation.rq" in message


def test_check_of_thousands_of_claims_takes_seconds(tmp_path: Path) -> None:
    """pySHACL took about a minute for 4,000 claims (and >300 s for 16,500)."""
    from kg.build.synth import synthesize

    synthesize(500, 1, tmp_path)
    start = time.perf_counter()
    built = check_build(tmp_path / "data", ONTOLOGY, tmp_path / "corpus")
    elapsed = time.perf_counter() - start
    assert len(built.checked.resolved.claims) > 4_000
    assert elapsed < 40, f"{elapsed:.1f} s"
