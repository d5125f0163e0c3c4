"""The source texts: loading them, locating evidence spans, splitting sentences."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.build.tsv import InputFileError, read_text
from kg.errors import Problem

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def load_texts(
    corpus_dir: Path, source_ids: list[str], problems: list[Problem] | None = None
) -> tuple[dict[str, str], list[str]]:
    """Read ``<id>.txt`` for each source; return the texts and the ids not found.

    A text is read as the annotation files are (:func:`kg.build.tsv.read_text`): a
    regular file or a symlink to one, at most 64 MiB, UTF-8; one that is not
    (a FIFO, a symlink loop, a device, invalid UTF-8) is a problem at its
    ``file:line``, and its source's evidence is not verified.
    """
    texts: dict[str, str] = {}
    missing: list[str] = []
    for source_id in source_ids:
        path = corpus_dir / f"{source_id}.txt"
        if not path.exists() and not path.is_symlink():
            missing.append(source_id)
            continue
        try:
            texts[source_id] = read_text(path)
        except InputFileError as exc:
            if problems is not None:
                problems.append(exc.problem)
    return texts, missing


def find_all(text: str, span: str) -> list[tuple[int, int]]:
    """Every (start, end) character offset where ``span`` occurs verbatim."""
    found: list[tuple[int, int]] = []
    start = text.find(span)
    while start >= 0 and span:
        found.append((start, start + len(span)))
        start = text.find(span, start + 1)
    return found


def near_miss(text: str, span: str) -> str | None:
    """The verbatim text that ``span`` matches once quotes, dashes, case and spaces are folded."""
    folded_span = _fold(span)
    if not folded_span:
        return None
    folded_text, index = _fold_with_index(text)
    position = folded_text.find(folded_span)
    if position < 0:
        return None
    end = position + len(folded_span) - 1
    return text[index[position] : index[end] + 1]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_QUOTES)).casefold()


@functools.lru_cache(maxsize=8)
def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like :func:`_fold`, keeping for each output char its input offset.

    Cached: every claim of a source whose evidence is not verbatim folds the same text.
    """
    chars: list[str] = []
    index: list[int] = []
    previous_space = False
    for offset, char in enumerate(unicodedata.normalize("NFC", text)):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        for folded in char.translate(_QUOTES).casefold():
            chars.append(folded)
            index.append(offset)
    return "".join(chars), index


# A sentence ends at . ? or ! (and an optional closing quote) before white space and
# a capital or an opening quote. Initials (J.P., S.), U.S. and "Nov." do not end one.
_BOUNDARY = re.compile(r"(?<=[.?!])[”’\"']?\s+(?=[A-Z“‘\"'])")
_NOT_AN_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Nov|Dec|Jan|Feb|No)\.)[”’\"']?\Z")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into lines, and lines into sentences, with character offsets.

    >>> [s.text for s in split_sentences("J.P. Singh met him. He left.\\nNew line")]
    ['J.P. Singh met him.', 'He left.', 'New line']
    """
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start = 0
        for match in _BOUNDARY.finditer(body):
            candidate = body[start : match.start()]
            if _NOT_AN_END.search(candidate):
                continue
            _append(sentences, body, offset, start, match.start() + _closing(body, match))
            start = match.end()
        _append(sentences, body, offset, start, len(body))
        offset += len(line)
    return sentences


def _closing(body: str, match: re.Match[str]) -> int:
    """Length of the closing quote the boundary consumed, so it stays in the sentence."""
    quote = body[match.start() : match.end()].rstrip()
    return len(quote)


def _append(sentences: list[Sentence], body: str, offset: int, start: int, end: int) -> None:
    piece = body[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = offset + start + lead
    sentences.append(Sentence(begin, begin + len(stripped), stripped))
