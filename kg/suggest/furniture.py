"""Page furniture: the links to other stories, copyright lines, publication lines and
photo captions that may stand anywhere in a report pasted from a web page (``kg add``
writes them, with the byline and section labels, as coverage exclusions), and the
suggestions that only such text supports (``kg suggest`` leaves them out)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from kg.build.corpus import find_all
from kg.suggest.english import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from kg.suggest.rows import Suggestion

_LINK = re.compile(
    r"(?:also read|read (?:more|also|next)|see also|more on this|related(?: stories| articles"
    r"| news| coverage)?|watch|listen)\s*[:|»›>–—-]",
    re.IGNORECASE,
)
"""A link to another story, anywhere in the page ("Read more: ...", "ALSO READ | ...")."""
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)\s|[Cc]opyright\b)|.*\b[Aa]ll [Rr]ights [Rr]eserved\b")
"""A copyright line ("© 2026 The Daily. All rights reserved.")."""

_MONTH = rf"(?:{'|'.join(m.capitalize() for m in MONTHS + MONTH_ABBREVIATIONS)})\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:(?:{_DAY}\s+{_MONTH},?|{_MONTH}\s+{_DAY},?)\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
_CLOCK = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?"  # 09:15, 9.15 a.m.
    r"(?:\s+(?:[A-Z]{2,4}|UTC[+-]\d{1,2}))?)"  # GMT, PKT, UTC+5
)
_PUBLICATION = re.compile(
    r"(?:[^|·•]{1,40}\s+[|·•]\s+)?"  # the service, as in "Asia Wire | Sunday, ..."
    r"(?:(?:(?:First\s+)?[Pp]ublished|(?:Last\s+)?[Uu]pdated|Posted)(?:\s+on)?:?\s+)?"
    rf"(?:(?:{'|'.join(d.capitalize() for d in WEEKDAYS)}),?\s+)?{_DATE}{_CLOCK}?\s*\Z"
)
"""A publication line: a date with its year, and nothing else but a weekday, a time, the
words "Published"/"Updated" and the service before a bar ("Published: 23rd September 2025
09:12 AM", "Asia Wire | Sunday, September 12, 2027, 09:15 GMT"); the date is the source's
``published``, no fact of the story."""
_PHOTO = re.compile(
    r"(?:File\s+)?(?:Photo(?:graph)?|Picture|Image)(?:\s+credit)?\s*[:|–—]\s", re.IGNORECASE
)
"""A photo caption or credit that says so first ("Photo: Men clear the rubble ...")."""
_PHOTO_CREDIT = re.compile(r"\((?:File )?Photo\b|\([^()]*\|[^()]*\)\s*\Z", re.IGNORECASE)
"""A caption's credit in brackets ("... at dawn (Photo | Pamir Wire)", "(File Photo)")."""

_NAVIGATION = re.compile(
    r"(?:follow us|subscribe\b|sign up\b|share (?:this|on)\b|click here\b"
    r"|download (?:our|the) app\b)",
    re.IGNORECASE,
)
"""A prompt of the site ("Follow us on WhatsApp", "Subscribe to our newsletter")."""
_STOPPED = re.compile(r"[.?!:;,][”’\"')]*\Z")


def page_line(line: str) -> str:
    """What a line of the page that is no story is ("link to another story", "copyright
    line", "publication line", "photo caption", "navigation", "separator"), or an empty
    string."""
    if len(line.split()) > 25:
        return ""  # a story paragraph that happens to open so
    if _LINK.match(line):
        return "link to another story"
    if _COPYRIGHT.match(line):
        return "copyright line"
    if _PUBLICATION.match(line):
        return "publication line"
    if is_caption(line):
        return "photo caption"
    if _NAVIGATION.match(line):
        return "navigation"
    if not any(char.isalnum() for char in line):
        return "separator"
    return ""


def is_caption(line: str) -> bool:
    """Whether ``line`` is a photo caption or credit (:func:`page_line` says so of one of
    at most 25 words; ``kg add`` takes none for the story's)."""
    return bool(_PHOTO.match(line) or _PHOTO_CREDIT.search(line))


def subheadings(
    lines: list[str], is_story: Callable[[str], bool], taken: Collection[str] = ()
) -> list[str]:
    """The short lines inside a story that head the paragraph below them ("From India",
    "In the quake zone"): at most six words, capitalised, no sentence, after the story
    began and right before a story line; each once, and none of ``taken`` (the lines
    found to be furniture of another kind)."""
    found: dict[str, None] = {}
    began = False
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        if is_story(line):
            began = True
        elif began and not page_line(line) and is_story(following) and line not in taken:
            if len(line.split()) <= 6 and line[:1].isupper() and not _STOPPED.search(line):
                found[line] = None
    return list(found)


def outside_furniture(rows: list[Suggestion], text: str, excluded: list[str]) -> list[Suggestion]:
    """``rows`` but those whose evidence stands only in ``excluded`` text (a section label,
    a caption, a byline), and the rows naming an entity only such text proposes."""
    spans = [span for part in excluded for span in find_all(text, part)]
    if not spans:
        return rows

    def inside(row: Suggestion) -> bool:
        found = find_all(text, row.evidence)
        return bool(found) and all(any(a <= s and e <= b for a, b in spans) for s, e in found)

    gone = {r.subject for r in rows if r.kind == "entity" and r.predicate == "type" and inside(r)}
    return [r for r in rows if not inside(r) and r.subject not in gone and r.object not in gone]


WRAPPED = (
    "the line breaks inside a sentence (a hard-wrapped text?): kg reads each paragraph "
    "as one line; join the paragraph's lines"
)
"""What ``kg add`` says of a text whose paragraphs are wrapped over several lines."""


def wrapped_line(text: str) -> int | None:
    """The number of the first line that breaks off inside a sentence: it ends in no
    stop or colon and the next line goes on in lower case (a hard-wrapped paragraph,
    which kg, reading a paragraph per line, would cut in two).

    >>> wrapped_line("Envoys met in Osh on Friday and agreed on a\\ncorridor for the summer.")
    1
    >>> wrapped_line("Envoys meet\\nOSH: envoys met on Friday.") is None
    True
    """
    lines = text.split("\n")
    for number, (line, following) in enumerate(zip(lines, lines[1:], strict=False), start=1):
        line, following = line.strip(), following.strip()
        if (
            len(line.split()) >= 2
            and not re.search(r"[.?!:;”’\"')]\Z", line)
            and following[:1].islower()
        ):
            return number
    return None


__all__ = [
    "WRAPPED",
    "is_caption",
    "outside_furniture",
    "page_line",
    "subheadings",
    "wrapped_line",
]
