"""Groups that relief sends or receives, named by what they are: a team of rescuers or
doctors, relief workers counted with their sender, families counted as they arrive or
are helped, and a family counted by its members.

- "A Red Cross rescue team of twelve reached Khost", "a Turkish search and rescue
  team", "an Iranian medical team": the team (a Group) named by who sends it
  (capitalised words: a body's name or a state's adjective) and its kind
  (:data:`TEAM_KINDS`), the article left out ("Red Cross rescue team"). A team of no
  such kind ("the Afghan cricket team") or with no sender ("the team") is none.
- "Forty rescuers from Turkey’s disaster agency", "12 doctors from the Iranian Red
  Crescent": relief workers (:data:`WORKERS`) counted and sent by a named body or state
  (capitalised words after "from"), labelled by the count and the noun ("Forty
  rescuers"), the words with the sender another name of theirs. Workers not counted
  ("Doctors from Iran") or with no named sender ("Three aid workers were killed") are
  none.
- "welcomed a convoy of 85 returnee families", "sixty displaced families": families
  counted (digits or a number's words) and told apart by what befell them
  (:data:`FAMILY_KINDS`), the count kept in the label ("85 returnee families"): it
  tells them from such families at large, as a count does people
  (:mod:`kg.suggest.described_people`). Families not counted ("Families are sleeping in
  tents") or of someone ("the families of the victims") are none.
- "His family of six left their shop", "a family of eight": a family counted by its
  members, the text's words its label ("His family of six").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import ORG_WORDS, alternation, counting
from kg.suggest.listed import known

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

TEAM_KINDS = ("rescue", "search and rescue", "search-and-rescue", "medical", "relief",
              "emergency", "health", "surgical")  # fmt: skip
"""The kinds of team relief sends ("a rescue team", "a medical team")."""
FAMILY_KINDS = ("returnee", "returning", "refugee", "displaced", "deported", "homeless",
                "affected", "destitute")  # fmt: skip
"""What befell families a report counts ("85 returnee families", "displaced families")."""
WORKERS = ("rescuers", "rescue workers", "doctors", "nurses", "medics", "paramedics",
           "aid workers", "relief workers", "volunteers", "surgeons")  # fmt: skip
"""Relief workers a report counts with their sender ("30 rescuers from X")."""

_COUNT = rf"(?:(?i:{alternation(counting(2, 99))})|\d{{1,3}}(?:,\d{{3}})*)"
"""A count: a number's words or digits ("sixty", "2,300")."""
_TEAM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?P<label>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+"
    rf"(?:{alternation(TEAM_KINDS)})\s+team)\b"
)
_FAMILIES = re.compile(
    rf"(?<![\w,.])(?P<label>{_COUNT}\s+(?:{alternation(FAMILY_KINDS)})\s+families)\b"
)
_FAMILY_OF = re.compile(
    rf"\b(?P<label>(?:[Hh]is|[Hh]er|[Tt]heir|[Aa])\s+family\s+of\s+{_COUNT})\b(?!\s+(?:families|children))"
)
_WORKERS = re.compile(
    rf"(?<![\w,.])(?P<label>{_COUNT}\s+(?:{alternation(WORKERS)}))\s+from\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
    rf"(?:(?<=’s|'s)\s+(?:[a-z]+\s+){{0,2}}(?:{alternation(ORG_WORDS)}))?"
)
_WHY_WORKERS = "relief workers counted with their sender"
_WHY_TEAM = "a team relief sends, named by its sender and kind"
_WHY_FAMILIES = "families counted and told apart by what befell them"
_WHY_FAMILY = "a family counted by its members"


def relief_groups(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "a Red Cross rescue team", "85 returnee families": a new Group each (see the
    module)."""
    found: list[NewEntity] = []
    for pattern, why in ((_TEAM, _WHY_TEAM), (_FAMILIES, _WHY_FAMILIES), (_FAMILY_OF, _WHY_FAMILY)):
        for match in pattern.finditer(text):
            label = " ".join(match["label"].split())
            if known(label, finder):
                continue
            start, end = match.span("label")
            found.append(NewEntity(slug(label), "Group", label, start, end, 0.5, why))
    for match in _WORKERS.finditer(text):
        label, whole = (" ".join(w.split()) for w in (match["label"], match.group()))
        if not known(label, finder):
            start, end = match.span("label")
            found.append(
                NewEntity(
                    slug(label), "Group", label, start, end, 0.5, _WHY_WORKERS, aliases=(whole,)
                )
            )
    return found
