"""Where a trigger's clause begins and ends, and what its words say about it.

Helpers of :mod:`kg.suggest.events`: a negation earlier in the clause, the
words a trigger row needs, a determiner that makes a noun refer back ("this
high-level engagement"), a trigger inside a phrase ("during the ... visit"),
the clause between two triggers (across a relative clause or a parenthetical
between a subject and its verb), "he"/"she" standing for the last person
named and "they"/"it" for the subject of the sentence before, names inside a
subordinate phrase (:func:`subordinate`, :func:`fronted`), the subject a
coordinated verb or a participle shares (:func:`shared_subject`). The role of an
actor by the words around it is :func:`kg.suggest.name_roles.role_of`; names that
are no actor, :func:`kg.suggest.asides.aside`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.suggest.determiners import elsewhere
from kg.suggest.english import AGED
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.subject_chain import subject_chain
from kg.suggest.text import Report
from kg.suggest.triggers import Trigger
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.event_record import Event

NEGATIONS = {"not", "no", "never", "nor", "without"}
DEFINITE = {"the", "this", "that", "these", "those"}


def negated(doc: Any, start: int) -> bool:
    """ "does not recognise", "no country, including India, officially recognizes": a
    negation earlier in the clause (up to eight words back, commas allowed)."""
    for token in reversed(doc[max(0, start - 8) : start]):
        if token.text in (".", ";", ":") or token.is_space:
            return False
        if token.lower_ in NEGATIONS:
            return True
    return False


def needed(report: Report, offset: int, trigger: Trigger) -> bool:
    """Whether the sentence holds a word the trigger's row needs (or it needs none)."""
    if not trigger.needs:
        return True
    words = f" {normalise(report.sentence_at(offset).text)} "
    return any(f" {need} " in words for need in trigger.needs)


def determined(doc: Any, start: int) -> bool:
    """ "the meeting", "this high-level engagement": a determiner a few words before,
    with nothing but words between."""
    for token in reversed(doc[max(0, start - 4) : start]):
        if token.lower_ in DEFINITE:
            return not elsewhere(doc, token.i, start)  # "The returns dominated talks"
        if not (token.is_alpha or token.text == "-") or token.lower_ in ("he", "she", "they"):
            return False  # "During the visit he met": "met" is no noun of "the"
    return False


_PREPOSITIONS = {"during", "after", "before", "since", "following", "amid", "at", "on", "ahead"}


def after_preposition(doc: Any, start: int) -> bool:
    """ "during the November 4-5 visit": the trigger is inside a phrase, and the subject of
    the sentence is not its actor."""
    for token in reversed(doc[max(0, start - 6) : start]):
        if token.lower_ in DEFINITE:
            previous = doc[token.i - 1].lower_ if token.i else ""
            return previous in _PREPOSITIONS
    return False


def clause(
    report: Report, kept: list[tuple[int, int, Trigger]], number: int, low: int, high: int
) -> tuple[int, int]:
    """The characters between the triggers before and after this one in its sentence; a
    trigger inside a relative clause that closes before this one ("X, who is on a visit
    to India, met Y", "X, on his first visit to India, met Y") does not end the clause:
    it reaches back to its subject, before the relative clause's first trigger ("X, who
    directed attacks ... after being dislodged, met Y")."""
    doc = report.doc
    ends = [i for i, hit in enumerate(kept) if i == number or _bounds(doc, hit)]
    back = [i for i in ends if i < number]
    ahead = [i for i in ends if i > number]
    if back:
        prior = back[-1]
        before = doc[kept[prior][1] - 1]
        start = doc[kept[number][0]].idx
        previous = doc[kept[prior][0]].idx
        between = report.text[before.idx + len(before.text) : start]
        opened = _RELATIVE.search(report.text, low, previous)
        closed = opened and bool(re.search(r"[,–—]", between))  # "X – who ... – met Y"
        if not closed:  # "Muttaqi, on his first visit to India, met Jaishankar"
            closed = bool(_AFTER_COMMA.fullmatch(between)) and "," in report.text[low:previous]
        if not closed:  # "X, who is on a visit to India, met Y": the clause of "met" goes
            low = max(low, before.idx + len(before.text))  # back to X, across the visit
        else:  # from the relative clause's first trigger ("X, who directed attacks
            inside = [i for i in back if opened and doc[kept[i][0]].idx > opened.start()]
            low = clause(report, kept, (inside or [prior])[0], low, high)[0]  # ..., met")
    if ahead:
        high = min(high, doc[kept[ahead[0]][0]].idx)
    return low, high


def _bounds(doc: Any, hit: tuple[int, int, Trigger]) -> bool:
    """Whether a trigger ends the clauses of its neighbours: not a noun that only refers
    back without a determiner ("pledged aid to Afghanistan": "aid" names no event)."""
    return not hit[2].refers_only or determined(doc, hit[0])


def pronoun(
    report: Report, register: Register, event: Event, trigger: Trigger,
    bounds: tuple[int, int], span: tuple[int, int], mentions: list[Mention],
) -> None:  # fmt: skip
    """ "He promised ...": a "he" or "she" before the trigger, with no actor named there,
    is the first person named in the last sentence that names one (before it): the
    subject, not an object ("Jaiswal stated that “... of JP Singh ...” He added": Jaiswal;
    "The statement quoted Singh as saying ... He promised": Singh)."""
    trigger_start, trigger_end = span
    words = report.text[bounds[0] : trigger_start]
    said = re.search(r"(?:^|(?<=[\s“,]))(?:he|she)\s+(?:\w+\s+){0,2}$", words, re.I)
    if said is None:
        return
    if any(m.start >= bounds[0] and m.end <= trigger_start for _, m in event.actors):
        return
    people = [
        m for m in mentions
        if m.end <= bounds[0] + len(words) and register.is_a(m.entity, "Person")
    ]  # fmt: skip
    if people:  # the first person of the last sentence naming one: its subject, as a rule
        last = report.sentence_at(people[-1].start)  # ("X stated that “... Y ...” He added": X)
        first = next(p for p in people if p.start >= last.start)
        person = replace(first, how="he or she: the subject of the sentence naming the last person")
        event.actors.append((trigger.before, person))
        event.anchors[person.start] = (bounds[0] + said.start(), trigger_end)


def asks(doc: Any, hit: tuple[int, int, Trigger], other: tuple[int, int, Trigger]) -> bool:
    """Of two rows with the same trigger ("called on": a meeting or a request), the
    request where "to" and a verb follow within six words ("called on India to show
    restraint")."""
    if hit[2].cls != "Request" or other[2].cls == "Request":
        return False
    after = [t.lower_ for t in doc[hit[1] : hit[1] + 7]]
    return any(w == "to" and n.isalpha() for w, n in zip(after, after[1:], strict=False))


_RELATIVE = re.compile(r"[,–—]\s+(?:\w+\s+of\s+)?(?:who|which|whose|whom)\b", re.IGNORECASE)
_AFTER_COMMA = re.compile(r"[^,;:]*,\s+(?:(?:also|later|then|[a-z]+ly)\s+)?")
"""A verb right after the comma that closes a parenthetical phrase."""
_OPENER = re.compile(
    r"^[\s“\"‘']*(?:(?:but|and|yet|so|speaking|talking)\s+)?(?:although|though|even though|"
    r"despite|in spite of|after|following|before|amid|since|while|whereas|because|as|when|"
    r"once|unless|if|in response to|during|unlike|according to|in addition to|apart from|besides|"
    r"in\s+(?:a|an|its|his|her|their)\b)",
    re.IGNORECASE,
)
_AT = re.compile(r"[\s“\"‘']*at\s+the\s+(?:request|invitation|initiative|behest)$", re.I)
_SUBORDINATOR = re.compile(
    r"(?:\b(?:although|though|despite|following|after|before|amid|since|while|whereas|"
    r"because|when|unless)\b|,\s+(?:\w+\s+of\s+)?(?:which|who|whom|whose|where)\b)",
    re.IGNORECASE,
)


def subordinate(
    text: str, low: int, trigger: tuple[int, int], mention: Mention, high: int = -1
) -> bool:
    """Whether ``mention`` is inside a subordinate phrase, not in the trigger's clause: a
    fronted phrase that a subordinator opens and a comma closes ("Although no country,
    including India, recognises the Taliban administration, India reopened its embassy";
    "Despite the rivalry between India and Pakistan, India and the Taliban agreed"), where
    the trigger is on the other side of that comma; or, after the trigger, a phrase a
    subordinator or a relative pronoun opens ("agreed to offer support, following
    Pakistan’s expulsion of refugees", "swept back to power in 2021, when the United States
    ... left", "refugees, many of whom have been repatriated by X"), and the subjects of
    a relative clause whose verb is the next trigger, ``high`` ("the railway, which A, B
    and C agreed to build": they agree, they do not build the railway); but not one in
    company of the subject ("X, accompanied by Y, visited": :data:`_COMPANY`). ``low``
    is where the trigger's clause begins."""
    start, end = trigger
    if mention.end <= start and _COMPANY.search(text, max(low, mention.start - 30), mention.start):
        return False  # "X, accompanied by Y, visited": Y visits too
    if mention.start >= end:
        gap = text[end : mention.start]
        relative = _RELATIVE.match(gap)
        if relative:  # "the attack, which Russia carried out": about the attack
            if high > mention.end and _DOERS.fullmatch(text, end + relative.end(), high):
                return True  # "the railway, which A, B and C agreed to build": another act
            return bool(_SUBORDINATOR.search(gap, relative.end()))
        return bool(_SUBORDINATOR.search(gap))
    relative = _RELATIVE.search(text, low, mention.start)
    listed = relative and _SUBJECTS.fullmatch(
        f"{text[relative.end() : mention.start]}X{text[mention.end : start]}"
    )
    if relative and "," in text[mention.end : start] and not listed:
        return True  # "X, who is on a visit to India, met Y": India is not met; but "the
        # railway, which A, B and C agreed to build": A, B and C agree
    comma = text.find(",", low, mention.start)
    if re.fullmatch(rf"{AGED}\s+(?:[a-z]+ly\s+)?", text[mention.end : start]):
        return False  # "In a tent, X, 52, said": X, with an age, is the subject
    if comma >= 0 and _AFTER_COMMA.fullmatch(text[mention.end : start]):
        return not _named_subject(text, low, mention)  # "X, on his first visit to India,
        # met Y"; but "Pakistan’s foreign minister, Ishaq Dar, met Y": the subject
    if not _OPENER.match(text[low : min(start, mention.start)]):
        return False
    if mention.end <= start:  # the comma closing the fronted phrase lies between them
        return "," in text[mention.end : start] and not _SUBORDINATOR.search(
            text[text.rfind(",", mention.end, start) : start]
        )
    return False


_ITEM = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+[a-z]+)?"
_SUBJECTS = re.compile(rf"\s+X(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM}\s*")
"""After a relative pronoun, up to the trigger: a list of names, the first one ``X`` ("which
A, B and the C government")."""
_DOERS = re.compile(
    rf"\s+{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+and\s+{_ITEM})?\s+(?:[a-z]+\s+){{0,2}}"
)
"""After a relative pronoun, up to the next trigger: the names that do it, and up to two
words ("which A, B and C agreed", "which A had jointly signed")."""


def _named_subject(text: str, low: int, mention: Mention) -> bool:
    """ "Pakistan’s acting foreign minister, Ishaq Dar, met Y": a name opening the
    parenthetical after a common noun that opens the clause is that noun's apposition, the
    subject named."""
    opened = text.rfind(",", low, mention.start)
    head = text[low:opened] if opened >= 0 else ""
    return (
        opened >= 0
        and not text[opened + 1 : mention.start].strip()
        and bool(re.search(r"\b[a-z]+\s*$", head))
        and not _OPENER.match(head)
    )


_COMPANY = re.compile(
    r"\b(?:accompanied\s+by|joined\s+by|along\s+with|together\s+with|as\s+well\s+as|"
    r"led\s+by|headed\s+by)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""Who does what the subject does, named in a parenthetical between it and its verb
("Muttaqi, accompanied by Kamil, visited Doha"; "A and B, along with C, met"; "X’s
delegation, led by Y, held talks")."""
_SHARED_SUBJECT = re.compile(
    r"(?:\b(?:and|but)\s+(?:(?:also|later|then|further|again|has|have|had|was|were|would|is|"
    r"are|due|to|will|could|subsequently|afterwards|jointly|separately|reportedly)\s+){0,3}"
    r"|,\s+(?:(?:also|while|thereby)\s+)?(?:[a-z]+ing\s+(?:[a-z][\w-]*\s+){0,2})?"
    r"|\bby\s+)$"
)


def shared_subject(
    text: str, event: Event, trigger: Trigger, low: int, start: int,
    previous: Event | None, previous_start: int,
) -> None:  # fmt: skip
    """ "India criticized Pakistan ... and reaffirmed its stance", "X echoed the sentiment,
    stating that ...", "..., providing aid": a verb coordinated with the one before it (or a
    participle after a comma) has that verb's subject, not the object between them. ``low``
    is where the trigger's clause begins, ``start`` the trigger's first character,
    ``previous`` the event of the trigger before in the sentence, if any
    (``previous_start`` its first character); without one, the first actor of the clause
    is the subject ("India continues to assist Afghanistan by sending aid"); after "by",
    the main verb's object takes the trigger's ``after`` role (Afghanistan, the
    recipient), elsewhere it is no actor of the trigger. After "drawing", "sparking",
    "facing" ("..., drawing condemnation from Qatar") the subject takes the ``after`` role:
    it undergoes the event."""
    gap = text[low:start]
    match = _SHARED_SUBJECT.search(gap)
    if match is None or (match.group(0).startswith(",") and not _participle(gap, trigger)):
        return
    if match.group(0).startswith("by") and not trigger.phrase.endswith("ing"):
        return  # "by" and a gerund only
    if any(low + match.start() <= m.start < start for _, m in event.actors):
        return  # "and the Taliban agreed": a subject of its own
    subjects = [
        (r, m)
        for r, m in ([*previous.actors, *previous.reporters] if previous else [])
        if m.end <= previous_start
    ]
    between = [(r, m) for r, m in event.actors if low <= m.start < start and r == trigger.before]
    if not subjects:  # the verb before has its subject after it ("Through these talks,
        subjects = sorted(between, key=lambda a: a[1].start)[:1]  # India continues ...,
        # providing aid"): the first actor of the clause
    event.actors = [a for a in event.actors if a not in between]
    if match.group(0).startswith("by"):  # "assist Afghanistan by sending aid": the one
        for _, mention in between:  # helped is the object of both
            if mention not in [m for _, m in subjects]:
                event.actors.append((trigger.after, mention))
    role = trigger.after if _DRAWS.search(gap) else trigger.before  # "..., drawing
    for _, mention in subjects:  # condemnation from X": the subject is condemned
        if (role, mention.entity) not in [(r, m.entity) for r, m in event.actors]:
            event.actors.append((role, mention))
            spans = previous.anchors if previous else event.anchors
            event.anchors[mention.start] = spans.get(mention.start, (start, start))


_DRAWS = re.compile(
    r"\b(?:drawing|drew|draws|attracting|attracted|sparking|sparked|triggering|triggered|"
    r"provoking|provoked|facing|faced|earning|earned)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A verb whose subject undergoes the event named after it ("expelled refugees, drawing
condemnation from Qatar": the expeller is condemned, Qatar condemns)."""
_PREPOSITION_ING = {"including", "excluding", "regarding", "concerning", "according",
                    "following", "during", "notwithstanding"}  # fmt: skip
"""Words in "-ing" that are prepositions, not participles sharing a subject ("..., including
the delivery of supplies")."""


def _participle(gap: str, trigger: Trigger) -> bool:
    """After a comma: a participle opens the phrase ("..., providing aid"), or the trigger
    begins with one (", stating that", ", re-establishing a presence")."""
    tail = [w for w in gap.rsplit(",", 1)[-1].split() if w.lower() not in _PREPOSITION_ING]
    return (bool(tail) and tail[-1 if len(tail) == 1 else 0].endswith("ing")) or (
        not tail and trigger.phrase.split()[0].endswith("ing")
    )


_THEY = re.compile(r"(?:^|(?<=[\s“,]))(?:they|it)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OWN_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|can)\b", re.IGNORECASE)
"""A reported clause's own verb: a pronoun past it ("said the plan had received the sum it
sought") belongs to that clause, not to the speaker."""


def they(
    text: str, event: Event, trigger: Trigger, low: int, span: tuple[int, int],
    earlier: list[Event],
) -> None:  # fmt: skip
    """ "They also agreed ...", "It pledged ...": with no actor named before the trigger in
    its clause, "they" or "it" is the subject of the sentence before: the ``before``-role
    actors (no people for "it") of the last event named in an earlier sentence; "they" after
    talks of parties ("A met B"), to a verb of parties ("agreed"), all of them."""
    start, end = span
    said = _THEY.search(text[low:start])
    if said is None or any(low <= m.start < start for _, m in event.actors):
        return
    before = [e for e in earlier if e.start < low]
    if not before:
        return
    last = max(before, key=lambda e: max(s for _, s, _ in e.occurrences if s < low))
    if last.sentence == event.sentence:  # "X said the plan had received the sum it sought"
        verb_end = max(e for _, s, e in last.occurrences if s < low)
        if _OWN_VERB.search(text, verb_end, low + said.start()):
            return
    first = min(s for _, s, _ in last.occurrences)
    subjects = [m for r, m in last.actors if m.end <= first]
    both = [m for r, m in last.actors if r == trigger.before == "hasParticipant"]
    if said.group(0).lower().startswith("they") and len(both) > 1 and subjects[:1] == both[:1]:
        subjects = both  # "A met B. They agreed": both parties of the talks, not A alone
    if said.group(0).lower().startswith("it"):
        subjects = subjects[-1:]  # one actor
    for mention in subjects:
        if (trigger.before, mention.entity) not in [(r, m.entity) for r, m in event.actors]:
            event.actors.append((trigger.before, mention))
            event.anchors[mention.start] = (low + said.start(), end)


def fronted(
    text: str, low: int, trigger: tuple[int, int], mention: Mention, actors: list[Mention]
) -> str | None:
    """For a trigger inside a fronted phrase ("During his visit to Beijing, Muttaqi met
    Wang Yi"; "After the talks with Iran, China said"), a name after the comma that closes
    the phrase: ``"subject"`` for the main clause's subject (the first actor after the
    comma), whom the phrase is about when it names no one but whom it was "with"; ``"skip"``
    for the others, the main verb's objects; None where the rule does not apply."""
    start, end = trigger
    if mention.start < end or not (_OPENER.match(text[low:start]) or _AT.match(text[low:end])):
        return None
    comma = text.find(",", end, mention.start)
    if comma < 0 or _SUBORDINATOR.search(text, end, comma):
        return None
    first = {a.start for a in subject_chain(text, actors, comma)}  # "..., A and B met"
    upto = start if re.match(r"\s+with\s", text[end:comma]) else comma  # "the talks with Iran"
    named = any(low <= a.start and a.end <= upto and a.start != mention.start for a in actors)
    return "subject" if mention.start in first and not named else "skip"
