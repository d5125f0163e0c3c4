"""The role an actor takes in an event by the words around its name.

Owns :func:`role_of`: the trigger row's ``before`` role before the trigger and its
``after`` role after it, with the exceptions English makes ("by X", "from X", an
inverted speech verb, a relative clause on the event, an attributive "-ing", a
recipient after "for" or "to", company after "with" a visit), :func:`passive`, which
turns the roles round, and :func:`visitors` ("the visitors also met X").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.english import (
    DOER_AFTER_OF,
    HEARER_VERBS,
    HOSTING,
    SAYING,
    SPEECH_VERBS,
    alternation,
)
from kg.suggest.hosted import hosts_talks
from kg.suggest.mentions import Mention
from kg.suggest.triggers import Trigger

if TYPE_CHECKING:
    from kg.suggest.event_record import Event
    from kg.suggest.register import Register

_INVERTED = set(SAYING) - set(HEARER_VERBS)
"""Speech verbs that may come before their speaker ("“...,” said Misri"); not those that
take a hearer ("told Misri" names the one told)."""


ANOTHER_AGENT = re.compile(
    r"\b(?:that|to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+)\b.*"
    r"\bby\s+(?:\S+\s+){0,4}$"
)
"""The agent of a passive inside the trigger's object clause ("a request for X to ensure
that its soil is not used by Y"): Y makes no request; but not after "to" and a noun
phrase ("was handed over to the Taliban administration by India": India hands it over)."""


def role_of(
    text: str, trigger: Trigger, where: tuple[int, int, int], mention: Mention, *,
    gives: bool = False, company: bool = False,
) -> str:  # fmt: skip
    """The role of an actor named in the trigger's clause: the row's ``before`` role before
    the trigger, its ``after`` role after it, but the ``before`` role after "by" ("requested
    by X", and right after a trigger ending in "by": "built by X"; not "received by X",
    "hosted by X"), after "from" ("requests from X", "a
    statement from the Taliban’s Ministry of X") and right after an inverted speech verb
    after a quotation or a comma ("“...,” said X"; not "X said India was committed", nor
    "X, who met Y, said India ...": :func:`inverted`), as the subject of a relative clause
    on the event ("the attack, which Russia carried out"), after "of" past a noun whose "of"
    names its doer (:data:`kg.suggest.english.DOER_AFTER_OF`: "at the invitation of X",
    "the visit of X"), after "from" past the goods of aid ("a shipment of wheat from
    India") and after an attributive "-ing"
    ("the visiting Indian delegation"; whoever is named before it takes the ``after``
    role: "Muttaqi received the visiting delegation"); the ``after`` role before a passive
    (:func:`passive`); the ``after`` role for a recipient named with "for" or "to" before
    an aid trigger ("support for the Afghan people, including the delivery"), the one a
    thing is handed over "to" (:data:`_HANDED`: "handed over the embassy to X"), and for one
    named with "for [the ... of]" after a promise
    (``gives``: "promised visa facilities for Afghans", "pledged support for the
    rehabilitation of refugees"), as the ontology defines the recipient ("receives aid,
    credentials or a pledge"); for talks (both roles ``hasParticipant``), ``hasHost``
    for the one that hosts, organises or convenes them ("Qatar hosted talks between A
    and B", "talks hosted by Qatar"), as the ontology defines the host ("hosts the visit
    or meeting"); ``hasVisitor`` for a delegation (``company``) named after "with" past a
    visit's trigger ("arrived in Kabul with a Pakistani delegation": it visits too, no
    host)."""
    sentence_start, trigger_start, trigger_end = where
    role = trigger.before if mention.end <= trigger_start else trigger.after
    if mention.end <= trigger_start and passive(text, sentence_start, trigger_start, trigger):
        role = trigger.after  # "Afghan refugees were expelled by Pakistan": the refugees
    gap = text[trigger_end : mention.start]
    if mention.start >= trigger_end and (
        (
            (re.search(r"\bby\s+(\S+\s+){0,4}$", gap) or _FROM.match(gap))
            and not re.search(r"\b(?:received|accepted|welcomed|hosted|greeted) by\b", gap)
        )
        or (trigger.phrase.endswith(" by") and re.fullmatch(r"\s+(?:the\s+)?", gap))
        or (
            trigger.phrase in _INVERTED
            and re.fullmatch(r"\s+", gap)
            and inverted(text, sentence_start, trigger_start)
        )
    ):
        role = trigger.before
    if trigger.after == "hasRecipient" and _GOODS_FROM.fullmatch(gap):
        role = trigger.before  # "a shipment of wheat from India": India sends it
    if trigger.phrase in DOER_AFTER_OF and mention.start >= trigger_end and _OF.fullmatch(gap):
        role = trigger.before  # "at the invitation of X", "the visit of X": X invites, visits
    attributive = trigger.phrase.endswith("ing") and re.search(
        r"\b(?:the|a|an)\s+$", text[max(sentence_start, trigger_start - 5) : trigger_start]
    )
    if mention.start >= trigger_end and re.fullmatch(r",\s+which\s+(?:the\s+)?", gap):
        role = trigger.before  # "the attack, which Russia carried out": Russia did it
    inside = mention.start <= trigger_start < mention.end  # a name holding the trigger
    if attributive and mention.end <= trigger_start and not inside:
        role = trigger.after  # "Muttaqi received the visiting delegation": the host
    if inside or (attributive and mention.start >= trigger_end and re.fullmatch(r"\s+", gap)):
        role = trigger.before  # "the visiting Indian delegation": the visitor
    if mention.end <= trigger_start and answered(text, trigger, mention.end, trigger_start):
        role = trigger.after  # "India accepted the Taliban’s request": India is asked
    talks = trigger.before == trigger.after == "hasParticipant"
    if talks and mention.end <= trigger_start and _HOSTS.match(text, mention.end, trigger_start):
        role = "hasHost"  # "Qatar hosted talks between A and B": the host, no party
    if talks and mention.end <= trigger_start and hosts_talks(text[mention.end : trigger_start]):
        role = "hasHost"  # "Qatar hosted Iran for talks": the host (a party too, event_rows)
    if talks and mention.start >= trigger_end and _HOSTED_BY.search(gap):
        role = "hasHost"  # "talks hosted by Qatar"
    if (
        company
        and trigger.before == "hasVisitor"
        and mention.start >= trigger_end
        and (_WITH.search(gap))
    ):
        role = "hasVisitor"  # "arrived in Kabul with a Pakistani delegation": it visits too
    lead = text[max(sentence_start, mention.start - 40) : mention.start]
    if mention.start >= trigger_end and _THROUGH.search(lead):
        role = "hasParticipant"  # "a presence through a technical team": it takes part
    if (trigger.after == "hasRecipient" or gives) and _BENEFICIARY.search(lead):
        role = "hasRecipient"
    if (
        role == trigger.after == "hasTarget"
        and _HANDED.fullmatch(trigger.phrase)
        and _TO_WHOM.fullmatch(gap)
    ):
        role = "hasRecipient"  # "handed over the embassy to X": X receives it
    if (
        role == trigger.after
        and re.fullmatch(alternation(HEARER_VERBS), trigger.phrase, re.IGNORECASE)
        and re.fullmatch(r"\s+(?:the\s+)?", gap)
        and _BY_PHONE.match(text, mention.end)
    ):
        role = "hasRecipient"  # "told the Kabul Times by phone": the outlet gets the words
    return role


_BY_PHONE = re.compile(
    r"\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|in\s+an?\s+(?:[\w-]+\s+)?interview)\b",
    re.IGNORECASE,
)
"""After "told X": words of an interview; X is the outlet that receives the remarks (as the
ontology's ``hasRecipient``), not one addressed (a council told of a matter)."""

_ANSWERING = (
    *(SPEECH_VERBS & {"rejected", "rejects"}),
    *"accepted accepts accept reject granted grants approved approves declined declines".split(),
    *"turned down|refused|refuses|heeded|answered|responded to".split("|"),
)
_ANSWERED = re.compile(
    r"\s+(?:(?:has|had|have|did|does|do|would|will)\s+(?:not\s+)?)?[“\"]?"
    rf"(?:{alternation(_ANSWERING)})(?:\s+in\s+principle)?[”\"]?\s+(?:[\w’'-]+\s+){{0,3}}"
)
"""A verb of answering a request or invitation between its subject and the trigger ("X
accepted the Taliban’s request", "X had “accepted in principle” the request")."""


def answered(text: str, trigger: Trigger, end: int, start: int) -> bool:
    """Whether the name ending at ``end`` answers the request or invitation whose trigger
    is at ``start`` (:data:`_ANSWERED`): the one asked or invited (the ``after`` role),
    not the one asking (round eighteen)."""
    return trigger.cls in ("Request", "Invitation") and bool(_ANSWERED.fullmatch(text, end, start))


_HANDED = re.compile(r"hand(?:ed|s|ing)?\s+over|transferr?(?:ed|ing|s)?", re.IGNORECASE)
"""Verbs of handing a thing over: the one it goes "to" receives it."""
_TO_WHOM = re.compile(r"\s+\S[^.;:]*?\s+to\s+(?:the\s+)?")
"""The trigger's object, then "to" and the one named after it."""


def origin(text: str, trigger: Trigger, trigger_end: int, mention: Mention, gives: bool) -> bool:
    """Whether ``mention``, past an aid or promise trigger (its ``after`` role the
    recipient), is named after "from" with words between: where someone or something comes
    from ("pledged rice for Afghan returnees from Pakistan", "in response to requests from
    Afghan officials"), not who receives it. Right after the trigger ("aid from China") or
    its goods ("a shipment of wheat from India") it is the giver (:func:`role_of`)."""
    if not (trigger.after == "hasRecipient" or gives) or mention.start < trigger_end:
        return False
    gap = text[trigger_end : mention.start]
    return bool(_ORIGIN.fullmatch(gap)) and not _GOODS_FROM.fullmatch(gap)  # "of wheat from X"


_ORIGIN = re.compile(r"\s+\S[^.;:]*?\s+from\s+(?:the\s+)?")


def inverted(text: str, low: int, start: int) -> bool:
    """Whether a speech verb at ``start`` comes before its speaker: right after a quotation
    or a comma ("“...,” said Misri", "India will help, said Misri"), but not after a comma
    that closes a relative clause or an apposition of the subject before it ("Muttaqi, who
    met Misri on Monday, said India ...": Muttaqi speaks). ``low`` is where the sentence
    begins."""
    before = text[low:start]
    if not re.search(r"[”\"’',]\s*$", before[-3:]):
        return False
    return not _PARENTHETICAL.match(before)


_PARENTHETICAL = re.compile(
    r"[^,”\"]*,\s+(?:who|which|whose|whom|the|a|an|his|her|its|their|[a-z]+ing)\b[^,”\"]*,\s*$"
)
"""A subject, then one relative clause, apposition or participle phrase between commas, up
to the verb ("Jaiswal, speaking at a press conference, said")."""


_BE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|not|also|later)\s+){0,2}$",
    re.IGNORECASE,
)


def passive(text: str, sentence_start: int, trigger_start: int, trigger: Trigger) -> bool:
    """ "were expelled", "has been condemned", "was reportedly invited": a past participle
    after a form of "be", so the subject before it undergoes the event (the row's ``after``
    role) and its doer is named after "by" (the ``before`` role)."""
    first = trigger.phrase.split()[0]
    participle = first.endswith("ed") or first in _IRREGULAR
    return participle and bool(
        _BE.search(text[max(sentence_start, trigger_start - 40) : trigger_start])
    )


_IRREGULAR = {"met", "held", "sent", "sought", "made", "told", "given", "taken", "struck", "hit"}
"""Past participles of triggers that do not end in "-ed"."""


_HOSTS = re.compile(
    r",?\s+(?:(?:which|who|for|has|have|had|will|would|could|to|is|are|was|were|also|jointly)\s+)"
    r"{0,3}"
    rf"(?:{alternation(HOSTING)})\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
"""A host's verb between its name and the talks it hosts ("Qatar hosted the talks",
"China will host a round of talks", "thanked Qatar for hosting talks"); the parties are
named after "between"."""
_HOSTED_BY = re.compile(
    rf"^(?:\s+in\s+[A-Z][\w’'-]*)?,?\s+(?:{alternation(w for w in HOSTING if w.endswith('ed'))})"
    r"\s+by\s+(?:the\s+)?$"
)

_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,4}", re.IGNORECASE)
"""From a noun of an act to a name after "of" (a title between: "the visit of Foreign
Minister X")."""
_GOODS_FROM = re.compile(r"\s+of\s+(?:(?!(?:for|to)\b)[\w’'-]+\s+){1,5}from\s+(?:the\s+)?")
"""From an aid noun past its goods to the giver ("a shipment of wheat from India")."""
_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+)?$")
"""The source of what the trigger names ("requests from X", "a statement from the Taliban’s
Ministry of Commerce": its doer, past an owner's possessive)."""
_WITH = re.compile(
    r"\b(?:with|alongside|accompanied\s+by)\s+(?:a|an|the|his|her|its|their)?\s*"
    r"(?:[\w-]+\s+){0,2}$"
)
"""Company named after a visit's trigger ("arrived in Kabul with a delegation")."""
_THROUGH = re.compile(
    r"\b(?:through|via)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
"""The means or go-between of the event after the trigger ("re-established a presence
through a technical team", "talks via Qatar"): a participant, not the target."""
_BENEFICIARY = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?$")
"""The one a gift or promise is for: "support for the rehabilitation of Afghan refugees",
"aid to the Afghan people", "visa facilities for Afghans"."""


_VISITORS = re.compile(r"\bthe\s+(?:visitors|guests)\s+(?:also\s+|later\s+|then\s+)?$", re.I)


def visitors(
    register: Register, event: Event, before_role: str, words: tuple[int, str],
    trigger_end: int, earlier: list[Event],
) -> None:  # fmt: skip
    """ "The visitors also met X": "the visitors", "the guests" before the trigger, with no
    actor named there, are the visitors of the report's last visit. ``words`` are where
    the trigger's clause begins and its words up to the trigger."""
    offset, clause_words = words
    guests = _VISITORS.search(clause_words)
    visits = [e for e in earlier if register.is_a(e.cls, "Visit")]
    named = [m for _, m in event.actors if offset <= m.start < offset + len(clause_words)]
    if guests is None or not visits or named:
        return
    for actor in [m for r, m in visits[-1].actors if r == "hasVisitor"]:
        event.actors.append((before_role, actor))
        event.anchors[actor.start] = (offset + guests.start(), trigger_end)
