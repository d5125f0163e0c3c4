"""Register people and groups of one dated occasion, named by a description in another report.

The register names an unnamed person or group of one occasion by a description and
the occasion in brackets ("Qatari diplomat observing the X talks (March 2026)", alias
"Qatari diplomat"). Another report's words of the same description are another one
(docs/annotation.md, *Possibly the same*: an unnamed one stays a separate entity), where
English or the calendar says so (round sixteen):

- where the report never names the place in its brackets ("Pakistani customs officials
  (Torkham)");
- a body a sentence says is being set up ("agreed to set up a joint committee");
- after an indefinite article ("A Qatari diplomat was allowed to see him", "talks
  between a Pakistani delegation and ..."): the text introduces a new one;
- a delegation whose occasion is later than the report's publication: no report speaks
  of a delegation still to come by its later occasion's name. (Said of groups too, the
  rule lowered the blind column's reachable rows by one: it is left to delegations.)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.suggest.english import MONTHS
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention
    from kg.suggest.register import Register
    from kg.suggest.text import Report

_ONE_OCCASION = ("Person", "Group", "Delegation")
"""The classes of those an occasion's description names."""
_BRACKETS = re.compile(r"\(([^()]*)\)\s*$")
_WHEN = re.compile(rf"(?:\b(?P<month>{'|'.join(MONTHS)})\s+)?\b(?P<year>(?:19|20)\d\d)\b", re.I)
_PLACE = re.compile(r"\b[A-Z][\w’'-]+")
_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}$")


def occasion(label: str) -> tuple[int, int] | None:
    """The (year, month) of the occasion in a label's brackets ("... (March 2026)": 2026,
    3; a year alone: month 0), or None."""
    brackets = _BRACKETS.search(label)
    when = list(_WHEN.finditer(brackets.group(1))) if brackets else []
    if not when:
        return None
    month = when[-1]["month"]
    return int(when[-1]["year"]), MONTHS.index(month.lower()) + 1 if month else 0


def another_ones(register: Register, report: Report, mention: Mention) -> bool:
    """Whether a mention by description of a register person or group of one occasion
    names another one (see the module)."""
    if _founded(register, report.text, mention):
        return True
    if not any(register.is_a(mention.entity, c) for c in _ONE_OCCASION):
        return False
    label = register.entities[mention.entity].label
    brackets = _BRACKETS.search(label)
    if brackets is None or normalise(report.text[mention.start : mention.end]) == normalise(label):
        return False
    places = [w for w in _PLACE.findall(brackets.group(1)) if w.lower() not in MONTHS]
    if places and not any(_named(w, report.text) for w in places):
        return True  # "(Torkham)": a place the report never names
    when = occasion(label)
    if when is None:
        return False
    if _ARTICLE.search(report.text[max(0, mention.start - 40) : mention.start]):
        return True
    return register.is_a(mention.entity, "Delegation") and later(when, report.published)


def _named(place: str, text: str) -> bool:
    """Whether the text names a place: by its name, or a state by its adjective ("(as
    claimed by Pakistan)" in a report of "Pakistani jets")."""
    forms = {place.lower(), *demonyms(normalise(place))}
    return any(re.search(rf"\b{re.escape(f)}\b", text, re.IGNORECASE) for f in forms)


def _founded(register: Register, text: str, mention: Mention) -> bool:
    """A register body's lower-case name as the body a sentence says is being set up
    ("agreed to set up a joint committee"): a new one (:data:`FOUNDED`)."""
    from kg.suggest.delegations import FOUNDED

    words = text[mention.start : mention.end]
    if not words.islower() or not register.is_a(mention.entity, "Organization"):
        return False
    founded = FOUNDED.finditer(text, max(0, mention.start - 60), mention.end)
    return any(m.start("label") <= mention.start and mention.end == m.end("label") for m in founded)


def later(when: tuple[int, int], published: dt.date) -> bool:
    """Whether an occasion's (year, month; month 0 for a year alone) is after the month
    of ``published``."""
    year, month = when
    return year > published.year or (year == published.year and month > published.month)
