"""The annotation files a review writes into: a source's claims file and its register file.

``kg add`` (:mod:`kg.suggest.intake`) writes a new claims file with the same columns;
:mod:`kg.review` appends the rows an analyst accepts.

Rows are added at the end of a file, keeping every line above as it was
(comments, hand-written rows); a column the header lacks (``note``) is added
at the header's end, where the rows above read it as empty. Each file is
written atomically (:func:`kg.files.write_file`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from kg.build.tsv import InputFileError, read_rows, read_text
from kg.errors import KgError, Problem
from kg.files import write_file

CLAIM_COLUMNS = ("subject", "predicate", "object", "source", "evidence", "confidence", "note")
ENTITY_COLUMNS = ("id", "type", "label", "aliases", "wikidata", "note")
SOURCE_COLUMNS = (("id", "published"), ("headline", "dateline", "author", "note"))


def append_claim(path: Path, source: str, values: Mapping[str, str]) -> None:
    """Append a claims row; one with the same subject, predicate, object and evidence
    already there is not written twice (a decision repeated after a crash)."""
    header, text = _table(path, CLAIM_COLUMNS, f"# Claims from {source}.")
    key = tuple(values[name] for name in ("subject", "predicate", "object", "evidence"))
    for line in _data_lines(text):
        cells = dict(zip(header, line.split("\t"), strict=False))
        found = tuple(cells.get(n, "").strip() for n in ("subject", "predicate", "object"))
        if found + (cells.get("evidence", ""),) == key:
            return
    write_file(path, _appended(text, header, values))


def upsert_entity(path: Path, source: str, values: Mapping[str, str]) -> None:
    """Write the register row of ``values["id"]``, replacing the one written before."""
    comment = f"# Entities added for source {source} (kg review)."
    header, text = _table(path, ENTITY_COLUMNS, comment)
    kept = []
    seen_header = False
    for line in text.split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            if seen_header:
                cells = dict(zip(header, line.split("\t"), strict=False))
                if cells.get("id", "").strip() == values["id"]:
                    continue  # the entity's earlier row: rewritten below
            seen_header = True
        kept.append(line)
    write_file(path, _appended("\n".join(kept), header, values))


def source_ids(data_dir: Path) -> set[str]:
    """The ids of ``sources.tsv``."""
    problems: list[Problem] = []
    path = data_dir / "sources.tsv"
    if not path.exists():
        raise KgError(f"{path}: missing: the list of sources")
    ids = {row.get("id") for row in read_rows(path, *SOURCE_COLUMNS, problems)}
    ids -= {""}
    if problems and not ids:
        raise KgError(str(problems[0]))
    return ids


def register_ids(data_dir: Path, exclude: Path) -> dict[str, str]:
    """Every entity id of the register but those of ``exclude``, with where it stands."""
    found: dict[str, str] = {}
    for path in sorted((data_dir / "entities").glob("*.tsv")):
        if path == exclude:
            continue
        for row in read_rows(path, ENTITY_COLUMNS[:3], ENTITY_COLUMNS[3:], []):
            found.setdefault(row.get("id"), str(row.location))
    return found


def _table(path: Path, columns: tuple[str, ...], comment: str) -> tuple[list[str], str]:
    """The header and the text of a TSV file (a new one: the comment and ``columns``)."""
    if not path.exists():
        return list(columns), comment + "\n" + "\t".join(columns) + "\n"
    try:
        text = read_text(path)
    except InputFileError as exc:
        raise KgError(str(exc.problem)) from None
    for line in text.split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            header = [cell.strip() for cell in line.split("\t")]
            if not {"subject", "id"} & set(header):
                raise KgError(f"{path}: the first row is not a header")
            return header, text
    return list(columns), text.rstrip("\n") + "\n" + "\t".join(columns) + "\n"


def _data_lines(text: str) -> list[str]:
    lines = [
        line for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")
    ]
    return lines[1:]


def _appended(text: str, header: list[str], values: Mapping[str, str]) -> str:
    """``text`` with a row of ``values`` at its end; a column the header lacks (a note)
    is added at the header's end (the rows above read it as empty)."""
    lacking = [name for name, value in values.items() if value and name not in header]
    lines = text.split("\n")
    if lacking:
        at = next(
            n for n, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")
        )
        header = [*header, *lacking]
        lines[at] = lines[at].rstrip("\r") + "".join("\t" + name for name in lacking)
    text = "\n".join(lines)
    if text and not text.endswith("\n"):
        text += "\n"
    row = "\t".join(values.get(name, "") for name in header)
    return text + re.sub(r"\t+\Z", "", row) + "\n"


__all__ = [
    "CLAIM_COLUMNS",
    "ENTITY_COLUMNS",
    "append_claim",
    "register_ids",
    "source_ids",
    "upsert_entity",
]
