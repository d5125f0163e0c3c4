"""Page furniture that may stand anywhere in a report pasted from a web page: links
to other stories and copyright lines (``kg add`` writes them as coverage exclusions)."""

from __future__ import annotations

import re

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


__all__ = ["page_line"]
