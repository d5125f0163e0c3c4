"""Page furniture: the links to other stories and copyright lines that may stand
anywhere in a report pasted from a web page (``kg add`` writes them, with the
byline, captions and section labels, as coverage exclusions), and the
suggestions that only such text supports (``kg suggest`` leaves them out)."""

from __future__ import annotations

import re

from kg.build.corpus import find_all
from kg.suggest.rows import Suggestion

_LINK = re.compile(
    r"(?:also read|read (?:more|also|next)|see also|more on this|related(?: stories| articles"
    r"| news| coverage)?|watch|listen)\s*[:|»›>–—-]",
    re.IGNORECASE,
)
"""A link to another story, anywhere in the page ("Read more: ...", "ALSO READ | ...")."""
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)\s|[Cc]opyright\b)|.*\b[Aa]ll [Rr]ights [Rr]eserved\b")
"""A copyright line ("© 2026 The Daily. All rights reserved.")."""


def page_line(line: str) -> str:
    """What a line of the page that is no story is ("link to another story", "copyright
    line"), or an empty string."""
    if len(line.split()) > 25:
        return ""  # a story paragraph that happens to open so
    if _LINK.match(line):
        return "link to another story"
    if _COPYRIGHT.match(line):
        return "copyright line"
    return ""


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


__all__ = ["outside_furniture", "page_line"]
