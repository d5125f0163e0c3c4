"""Guests hosted for talks: "A hosted B for talks" is talks that A hosts and takes part in.

The genre says "Pakistan's foreign minister hosted his Chinese counterpart for talks at
the Foreign Office" of one event, the talks: the host is a party of them as much as the
guest (905 annotates the talks' ``hasHost`` and ``hasParticipant`` for the host and no
visit; a visit is told by its own words, "arrived in Islamabad on a two-day visit").
"Qatar hosted Iran" with no talks after it stays a visit, and "Qatar hosted talks between
A and B" a host of talks between others (:data:`kg.suggest.name_roles._HOSTS`).
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.english import HOSTING, OFFICE_HEADS, alternation
from kg.suggest.event_record import TALKS
from kg.suggest.register import Register
from kg.suggest.triggers import Trigger

Hit = tuple[int, int, Trigger]
"""A trigger found in a report: its first and past-last token and its row."""

_GUESTS_FOR = re.compile(
    r"\A\s+(?P<guests>[^.;:!?“”\"]{1,200}?)\s+for\s+(?:[\w-]+\s+){0,5}\Z", re.IGNORECASE
)
"""What lies between a hosting verb and the talks it hosts guests for ("hosted Chinese
Foreign Minister Wang Yi and Y for about four hours of talks"): some words, "for", and up
to five more words before the talks' trigger."""

_TITLE_WORDS = alternation(
    (*OFFICE_HEADS, "acting", "deputy", "former", "new", "top", "chief", "senior", "special",
     "foreign", "prime", "interior", "defence", "defense", "and", "of", "for", "the")
)  # fmt: skip
_HOST_BEFORE = re.compile(
    rf"\A(?:[’']s(?:,?\s+(?:(?-i:[A-Z])[\w’'.-]*|(?:{_TITLE_WORDS})\b)){{1,12}})?"
    r",?\s+(?:(?:has|have|had|will|would|also|jointly)\s+)"
    rf"{{0,2}}(?:{alternation(HOSTING)})\s+(?P<guests>[^.;:!?“”\"]{{1,200}}?)\s+for\s+"
    r"(?:[\w-]+\s+){0,5}\Z",
    re.IGNORECASE,
)
"""Between the host's name (or the owner of the host's title, "Pakistan’s Foreign
Minister X": the words of a title and a name, no verb) and the talks: the hosting verb,
the guests, "for" and a few words."""


def guests_for_talks(between: str) -> bool:
    """Whether the words between a hosting verb and a talks trigger name guests hosted for
    them ("hosted X and Y for talks"), the guests being no visitors of a visit then.

    Args:
        between: the text from the end of the hosting verb to the start of the trigger.

    Returns:
        True for " X for talks", " X and Y for about four hours of", not for " talks"
        (no guests) or words that end a sentence.
    """
    found = _GUESTS_FOR.match(between)
    return bool(found and re.search(r"[A-Z]", found.group("guests")))


def hosts_talks(gap: str) -> bool:
    """Whether a name followed by ``gap`` and then a talks trigger hosts those talks
    ("Qatar hosted Iran for talks": Qatar; "Pakistan’s minister X hosted Y for talks":
    Pakistan and X); the guests after the verb are parties with no host's role.

    Args:
        gap: the text from the end of the name to the start of the talks' trigger.

    Returns:
        True where the name is the hosting verb's subject (or owns its title).
    """
    found = _HOST_BEFORE.match(gap)
    return bool(found and re.search(r"[A-Z]", found.group("guests")))


_SEAT = re.compile(
    r"\A(?:\s+(?:the|a|an|its|their|his|her)\b)?(?:\s+[\w’'-]+){0,4}?\s+(?:political\s+)?"
    r"(?:office|offices|embassy|embassies|consulate|consulates|mission|missions|headquarters"
    r"|secretariat|bureau|base|bases|refugees|camps?)\b",
    re.IGNORECASE,
)
"""A hosting verb's object that is a seat or a standing body, not a guest: "has hosted the
movement’s political office since 2013", "hosts the UN mission", "hosted millions of
refugees"."""


def hosts_a_seat(text: str, end: int) -> bool:
    """Whether the words after a hosting verb ending at ``end`` name an office, a mission or
    people it shelters ("Qatar has hosted X’s political office since 2013"): a lasting
    hosting, no visit (docs/annotation.md: a visit has a visitor who comes and goes).

    Args:
        text: the report's text.
        end: the character offset where the hosting verb ends.

    Returns:
        True where an office, mission, base or refugees follow within five words, before
        any comma or stop.
    """
    window = re.split(r"[,.;:!?“”\"]", text[end : end + 80], maxsplit=1)[0]
    return bool(_SEAT.match(window))


_HOSTED = alternation(w for w in HOSTING if w.endswith("ed"))
_AFTER_TALKS = re.compile(
    rf"(?:\s+in\s+(?-i:[A-Z])[\w’'-]*)?\s*,?\s+(?:{_HOSTED})",
    re.IGNORECASE,
)
"""From a talks trigger to a hosting participle after it, a place between or none ("the
talks in Doha, hosted", "the meeting, hosted")."""


def hosted_after(register: Register, doc: Any, talks: Hit, host: Hit) -> bool:
    """Whether ``host``, a hosting trigger (a visit's ``hasHost`` before it), is a participle
    on the talks trigger before it, its host after "by" ("The talks in Doha, hosted by
    Qatar, brought together ...", "The meeting, hosted by Iran, was attended by X"): the
    talks' host (:func:`kg.suggest.name_roles.role_of`), no visit of its own."""
    if host[2].before != "hasHost" or not any(register.is_a(talks[2].cls, c) for c in TALKS):
        return False
    end = doc[talks[1] - 1].idx + len(doc[talks[1] - 1].text)
    host_end = doc[host[1] - 1].idx + len(doc[host[1] - 1].text)
    return bool(
        _AFTER_TALKS.fullmatch(doc.text, end, host_end)
        and re.match(r"\s+by\b", doc.text[host_end:])
    )
