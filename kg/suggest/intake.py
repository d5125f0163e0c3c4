"""``kg add``: a new report into the corpus, its ``sources.tsv`` row and an empty claims file.

The id of a new source follows the seeds' form, ``NNN_HHHHHHHHHHHHHHHH``: a
three-digit sequence number, one more than the highest number among the
corpus's texts and ``sources.tsv``'s ids, then ``_`` and the first 16 hex
digits of the SHA-256 of the text as stored (UTF-8, line endings ``\\n``, a
byte order mark dropped, blank lines and spaces around the text trimmed, one
final newline). The seeds' own hashes cannot be recomputed from their texts,
so a text already in the corpus is found by hashing every ``*.txt`` of the
corpus folder the same way, not by reading ids.

Headline, dateline and byline are detected where the text shows them (a
first line without final punctuation; a ``PLACE:`` or ``PLACE, Mon D:``
opening of the first story line; a line of two to four capitalised words, or
``By NAME``, before the story), and the caller's values override them. The
lines that are page furniture (byline, photo captions, section labels, a wire
story's credits, subheadings, and what :func:`kg.suggest.furniture.page_line`
finds anywhere) are written as coverage exclusions.

Nothing is written unless everything can be: the text, the claims file, its
coverage exclusions and ``sources.tsv`` are each written atomically
(:func:`kg.files.write_file`), in that order, and a failure removes the files
written before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.build.corpus import split_sentences
from kg.build.tsv import MAX_FILE_BYTES, InputFileError, read_bytes
from kg.errors import InputError, KgError
from kg.files import write_file
from kg.suggest.english import FUNCTION_WORDS
from kg.suggest.furniture import WRAPPED, is_caption, page_line, subheadings, wrapped_line
from kg.suggest.targets import CLAIM_COLUMNS
from kg.suggest.text import FRONT_LINES, dateline_at

ID_FORM = re.compile(r"(\d{3,})_([0-9a-f]{16})\Z")
"""A source id minted by ``kg add`` (and the seeds' form)."""

SOURCES_HEADER = ("id", "headline", "published", "dateline", "author", "note")

MIN_STORY_WORDS = 6
"""A story sentence has at least this many words and ends in ``.``, ``?`` or ``!``."""

SENTENCE_END = re.compile(r"[.?!][”’\"')]*\Z")
_NAME = r"[A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]*){1,3}"
_BYLINE = re.compile(
    rf"(?:By\s+)?(?P<name>{_NAME})\Z"
    rf"|(?:By|[Ww]ritten\s+by)\s+(?P<signed>{_NAME}(?:,? and {_NAME})?)"
    r"(?:(?:,\s+|\s+[|·•–—]\s+)[\w .’'&-]{1,40})?\Z"
)
"""A byline: a name, "By" and a name, or "By" (or "Written by") one or two names and the
writer's post or service ("By X, UN correspondent", "Written by X | Y News Service",
"By X and Y")."""
_SECTION = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?(?:\s+[/|>›»]\s+[^\W\d_]+(?:[ -][^\W\d_]+)?)+\Z")
"""A section label written as a path of short parts ("WORLD / ASIA-PACIFIC", "News | Region")."""
_CREDITS = re.compile(rf"(?:Additional )?[Rr]eporting by (?P<name>{_NAME})\b")
"""A wire story's credits line below it ("Reporting by X in Y; Editing by Z"): its writer."""


class AddError(KgError):
    """A text ``kg add`` will not add (one line naming the file): nothing was written."""


class AlreadyAddedError(KgError):
    """The text is in the corpus already; ``existing`` is its source id."""

    def __init__(self, path: Path, existing: str) -> None:
        self.existing = existing
        super().__init__(f"{path}: already in the corpus as {existing} (the same text)")


@dataclass(frozen=True)
class Detected:
    """What the text shows of its page furniture (empty strings where it shows none)."""

    headline: str = ""
    dateline: str = ""
    author: str = ""
    furniture: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)
    """Lines that are no story, each once with what it is ("byline", "subheading", what
    :func:`page_line` says...): ``kg add`` writes them as coverage exclusions."""


@dataclass(frozen=True)
class Added:
    """The source ``kg add`` made, and the files it wrote."""

    source: str
    headline: str
    dateline: str
    author: str
    published: dt.date
    text_file: Path
    claims_file: Path
    sources_file: Path
    exclusions_file: Path | None = None
    """The coverage exclusions of its page furniture, if it showed any."""
    wrapped: int | None = None
    """The first line that breaks off inside a sentence (:func:`wrapped_line`), if any."""


def read_report(path: Path) -> str:
    """The text of a report file, normalized as it will be stored; :class:`AddError`
    (one line naming the file) for an empty, binary or non-UTF-8 file."""
    try:
        data = read_bytes(path, MAX_FILE_BYTES)
    except InputFileError as exc:
        raise AddError(str(exc.problem)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise AddError(f"{path}: UTF-16 text: save the report as UTF-8")
    if b"\x00" in data:
        raise AddError(f"{path}: binary data (a NUL byte at byte {data.index(0) + 1}), not a text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise AddError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}): save it as UTF-8"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for number, line_text in enumerate(text.split("\n"), start=1):
        for char in line_text:
            if char != "\t" and unicodedata.category(char) == "Cc":
                raise AddError(
                    f"{path}:{number}: a control character (U+{ord(char):04X}): "
                    "kg add takes plain text"
                )
    above = text[: len(text) - len(text.lstrip())].count("\n")  # blank lines trimmed
    text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    if not text:
        raise AddError(f"{path}: empty: no text to add")
    if not story_sentences(text):
        wrapped = wrapped_line(text)
        if wrapped is not None:
            raise AddError(f"{path}:{above + wrapped}: {WRAPPED}")
        raise AddError(
            f"{path}: no story sentence (one of at least {MIN_STORY_WORDS} words "
            "ending in '.', '?' or '!'): is this a report?"
        )
    return text + "\n"


def story_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that read as story: enough words and a final stop."""
    return [
        s.text
        for s in split_sentences(text)
        if len(s.text.split()) >= MIN_STORY_WORDS and SENTENCE_END.search(s.text)
    ]


def text_hash(text: str) -> str:
    """The 16 hex digits of a stored text's SHA-256 (the id's second part)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def detect(text: str) -> Detected:
    """Headline, dateline and byline, where the text shows them.

    >>> detect("Envoys meet in Dubai\\nNEW DELHI: India’s envoy met the minister on Monday.\\n")
    Detected(headline='Envoys meet in Dubai', dateline='NEW DELHI', author='')
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    headline = author = dateline = ""
    furniture: list[tuple[str, str]] = []
    story_seen = False
    for line in lines[:FRONT_LINES]:
        if page_line(line):
            continue  # a link, a publication line...: taken below, wherever it stands
        opening = dateline_at(line)
        if opening and _is_story(line[opening.end() :]):
            dateline = opening.group("dateline")
            break
        if _is_story(line):
            story_seen = True  # a standfirst, or the story itself when no dateline follows
            continue
        if is_caption(line):
            furniture.append((line, "photo caption"))
            continue
        if len(line.split()) < 2 or _SECTION.match(line):
            furniture.append((line, "section label"))
            continue
        first = line.split()[0].lower()  # "From India" heads a paragraph: no one's name
        byline = _BYLINE.match(line) if first == "by" or first not in FUNCTION_WORDS else None
        if byline and (headline or line.startswith("By ")) and not author:
            author = byline.group("name") or byline.group("signed")
            furniture.append((line, "byline"))
        elif not headline and not story_seen and not SENTENCE_END.search(line):
            headline = line
    credits = next((m for m in map(_CREDITS.match, reversed(lines)) if m), None)
    if credits is not None:
        furniture.append((credits.string, "credits"))
        author = author or credits.group("name")  # no byline above: the credits below
    for line in dict.fromkeys(lines):
        what = page_line(line)
        if what:
            furniture.append((line, what))
    taken = {line for line, _what in furniture}  # a line is excluded once, for one reason
    furniture.extend((line, "subheading") for line in subheadings(lines, _is_story, taken))
    return Detected(headline, dateline, author, tuple(furniture))


def _is_story(line: str) -> bool:
    return bool(story_sentences(line)) and not is_caption(line)


def corpus_hashes(corpus_dir: Path) -> dict[str, str]:
    """Each text of the corpus folder by the hash of its normalized text."""
    found: dict[str, str] = {}
    for path in sorted(corpus_dir.glob("*.txt")):
        try:
            found.setdefault(text_hash(read_report(path)), path.stem)
        except AddError:
            continue  # not a report kg add would take: it cannot be the same text
    return found


def next_number(corpus_dir: Path, source_ids: list[str]) -> int:
    """One more than the highest sequence number among the texts and the sources."""
    numbers = [0]
    for name in [p.stem for p in corpus_dir.glob("*.txt")] + source_ids:
        found = re.match(r"(\d+)_", name)
        if found:
            numbers.append(int(found.group(1)) + 1)
    return max(numbers)


def check_option(value: str, option: str) -> str:
    """A one-line value for a TSV field; :class:`InputError` naming ``option`` otherwise."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp") or "\u202a" <= char <= "\u202e":
            raise InputError(
                f"holds a tab, line break or control character (U+{ord(char):04X})", option
            )
    return value.strip()


def add_report(
    path: Path,
    data_dir: Path,
    corpus_dir: Path,
    *,
    published: dt.date | None,
    headline: str | None = None,
    dateline: str | None = None,
    author: str | None = None,
) -> Added:
    """Add the report at ``path``: its text, its ``sources.tsv`` row and an empty claims file.

    Raises:
        AddError: the file is not a report kg takes (empty, binary, not UTF-8, no story).
        AlreadyAddedError: the same text is in the corpus.
        InputError: no ``published`` date (``--published``), or an option that holds a
            line break.
        KgError: a file could not be written (nothing was written then).
    """
    text = read_report(path)
    if not corpus_dir.is_dir():
        raise KgError(f"{corpus_dir}: no such corpus folder")
    if not data_dir.is_dir():
        raise KgError(f"{data_dir}: no such data folder")
    digest = text_hash(text)
    existing = corpus_hashes(corpus_dir)
    sources_file = data_dir / "sources.tsv"
    header, old_sources, source_ids = _read_sources(sources_file)
    for source_id in source_ids:
        found = ID_FORM.match(source_id)
        if found and found.group(2) == digest:
            existing.setdefault(digest, source_id)
    if digest in existing:
        raise AlreadyAddedError(path, existing[digest])
    if published is None:
        raise InputError(
            "the publication date is needed (relative dates such as “on Wednesday” "
            "resolve against it): give it as YYYY-MM-DD",
            "--published",
        )
    shown = detect(text)
    values = {
        "headline": shown.headline if headline is None else check_option(headline, "--headline"),
        "dateline": shown.dateline if dateline is None else check_option(dateline, "--dateline"),
        "author": shown.author if author is None else check_option(author, "--author"),
    }
    source = f"{next_number(corpus_dir, source_ids):03d}_{digest}"
    row = {"id": source, "published": published.isoformat(), **values}
    lacking = [name for name, value in row.items() if value and name not in header]
    if lacking:
        raise KgError(f"{sources_file}: the header lacks column(s) {', '.join(lacking)}")
    sources_text = old_sources
    if sources_text and not sources_text.endswith("\n"):
        sources_text += "\n"
    sources_text += "\t".join(row.get(name, "") for name in header) + "\n"

    text_path = corpus_dir / f"{source}.txt"
    claims_path = data_dir / "claims" / f"{source}.tsv"
    exclusions_path = data_dir / "coverage-exclusions" / f"{source}.tsv"
    for target in (text_path, claims_path, exclusions_path):
        if target.exists() or target.is_symlink():
            raise KgError(f"{target}: exists already; nothing was written")
    files = [(text_path, text), (claims_path, _claims_file(source, published, values))]
    furniture = [(line, what) for line, what in shown.furniture if "\t" not in line]
    if furniture:
        files.append((exclusions_path, _exclusions_file(source, furniture)))
    files.append((sources_file, sources_text))
    written: list[Path] = []
    current = text_path
    try:
        for current, content in files:
            write_file(current, content)
            written.append(current)
    except (OSError, KgError) as exc:
        for done in written:
            if done != sources_file:
                done.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise KgError(f"{current}: cannot write: {reason}; nothing was written") from None
    return Added(
        source,
        values["headline"],
        values["dateline"],
        values["author"],
        published,
        text_path,
        claims_path,
        sources_file,
        exclusions_path if furniture else None,
        wrapped_line(text),
    )


def _exclusions_file(source: str, furniture: list[tuple[str, str]]) -> str:
    """The coverage exclusions of the lines that are no story (``kg coverage`` then
    counts the story's sentences only)."""
    lines = [
        f"# Coverage exclusions of {source}: page furniture found by kg add (check them).",
        "source\ttext\treason",
        *(f"{source}\t{line}\t{what} (kg add)" for line, what in furniture),
    ]
    return "\n".join(lines) + "\n"


def _read_sources(path: Path) -> tuple[tuple[str, ...], str, list[str]]:
    """The header of ``sources.tsv``, its whole text and its ids (a new file: the
    standard header and a comment)."""
    if not path.exists():
        comment = "# Source documents of the corpus. Texts live in the corpus folder as <id>.txt."
        return SOURCES_HEADER, comment + "\n" + "\t".join(SOURCES_HEADER) + "\n", []
    try:
        text = read_bytes(path).decode("utf-8")
    except (InputFileError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: cannot be read: {exc}") from None
    header: tuple[str, ...] | None = None
    ids = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = tuple(cells)
            if "id" not in header or "published" not in header:
                raise KgError(f"{path}: the header lacks id or published")
            continue
        ids.append(cells[header.index("id")] if len(cells) > header.index("id") else "")
    if header is None:
        raise KgError(f"{path}: no header line")
    return header, text, ids


def _claims_file(source: str, published: dt.date, values: dict[str, str]) -> str:
    about = f' "{values["headline"]}"' if values["headline"] else " (no headline)"
    where = f"{values['dateline']}; " if values["dateline"] else ""
    comment = (
        f"# Claims from {source}:{about} ({where}published {published.isoformat()}, "
        f"a {published.strftime('%A')}). Written by kg add; kg review appends accepted rows."
    )
    return comment + "\n" + "\t".join(CLAIM_COLUMNS) + "\n"


__all__ = [
    "AddError",
    "Added",
    "AlreadyAddedError",
    "Detected",
    "add_report",
    "corpus_hashes",
    "detect",
    "read_report",
    "story_sentences",
    "text_hash",
]
