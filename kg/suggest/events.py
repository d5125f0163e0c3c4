"""Events from triggers (``ontology/triggers.tsv``), with their actors, place, date and topics.

A trigger ("met", "phone call", "condemned") found by spaCy's ``PhraseMatcher`` opens
an event of its class in its sentence; triggers of one class in one sentence
are one event. Actors named before the trigger in its clause take the class's
``before`` role, those after it the ``after`` role (after "by": the ``before``
role); an actor followed by "’s" and a title is the title's owner, not a
participant too, as the annotations have it ("India’s Foreign Secretary
Vikram Misri met": India and Misri). An armed group acting in diplomacy is
its government where the register names one "<group> government" (the
convention of docs/annotation.md, "Naming the actor"). A trigger
after "not" or "no" is skipped. A definite reference ("the meeting", "this
visit") is the report's last event of that class; a sentence that opens
"During the visit" or holds "in the meeting" places its events inside that
one (``subEventOf``), and an event without a date of its own inherits the
parent's.

An event of the register recorded by another report is proposed instead of a
new id when its class agrees, its actors there overlap the actors here, and
its dates and places (the other reports' claims) do not contradict these
(:func:`kg.suggest.linking.link`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.suggest.clauses import (
    after_preposition,
    aside,
    asks,
    both_sides,
    clause,
    determined,
    fronted,
    needed,
    negated,
    pronoun,
    role_of,
    shared_subject,
    subordinate,
    they,
)
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report, make_doc
from kg.suggest.triggers import Trigger
from kg.suggest.when import DateMention
from kg.vocabulary import normalise

_FORCE = ("MilitaryOperation", "Attack", "ArmedClash", "ArmedConflict", "ChangeOfGovernment",
          "MilitaryWithdrawal")  # fmt: skip
"""Events where an armed group acts as itself, not as its government."""
_TALKS = ("Meeting", "PhoneCall", "Visit", "Conference")
_ACTS = ("Agreement", "Pledge", "Request")
_MISSION_EVENTS = ("EmbassyClosure", "EmbassyReopening", "DiplomaticMissionChange")
"""Events that happen to a diplomatic mission, whichever side of the verb names it."""
_DOERS = ("hasInitiator", "hasParticipant", "hasVisitor")
"""What parties to talks do at them, undated in a report about the talks."""
_DISCUSSED = re.compile(
    r"\b(?:discussed|discussions?|focused on|focus(?:ing)? on|assessed|explored|centerpiece)\b",
    re.IGNORECASE,
)
TALKED = re.compile(
    r"\b(?:discussed|discussing|assessed|assessing|reviewed|reviewing|talked about|"
    r"thanked|thanking|praised|praising|lauded|commended|appreciated)\b",
    re.IGNORECASE,
)
"""Verbs whose subject talks about the event named after them, and takes no part in it
("the two sides discussed the airstrikes", "Muttaqi thanked India for its aid")."""
REPORTED = re.compile(
    r"\b(?:reported|reports)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:quoted|quotes)\s[^.;]*?\bas\s+[a-z]+ing\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
"""Verbs whose subject only reports the event named right after them ("the military
reported a fresh attack"; "media quoted X as telling a news conference"); the subject
is still that of a participle after a comma ("reported an attack, saying the clashes
killed"), as :func:`kg.suggest.clauses.shared_subject` has it; an event told in a clause of its own
("reported that X met Y") keeps its actors."""
_RESPONSE = re.compile(
    r"\b(?:in\s+response\s+to|responding\s+to|at\s+the\s+request\s+of)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words that make a request the cause of the act it is answered by."""
_SPOKEN_OF = re.compile(
    r"\b(?:discussed|discussing|assessed|assessing|reviewed|reviewing|talked about|"
    r"focused on)\b|,\s+(?:which|who)\b",
    re.IGNORECASE,
)
"""Words after which an event is what was talked about, or told of in a relative clause."""
_INSIDE = re.compile(
    r"\b(?:during|in|at)\s+(?:the|this|that|his|her|their)\s+(?P<noun>[a-z ]{3,20}?)\s*[,.]",
    re.IGNORECASE,
)


@dataclass
class Event:
    """An event the report speaks of: where it is named, its class and what the text gives."""

    cls: str
    sentence: int
    start: int  # characters of its first trigger
    end: int
    trigger: str
    id: str = ""
    existing: bool = False
    reason: str = ""
    confidence: float = 0.7
    actors: list[tuple[str, Mention]] = field(default_factory=list)  # (role, mention)
    occurrences: list[tuple[int, int, int]] = field(default_factory=list)
    """Each trigger that names it: (sentence, start, end), "the meeting" too."""
    anchors: dict[int, tuple[int, int]] = field(default_factory=dict)
    """The trigger each actor was found with (by the actor's first character)."""
    places: list[Mention] = field(default_factory=list)
    topics: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    parent: Event | None = None
    inherited: bool = False
    within: set[str] = field(default_factory=set)
    """States the text puts its place in ("Afghanistan" of "in Afghanistan’s Paktika
    province"), for comparing places with other reports'."""
    reporters: list[tuple[str, Mention]] = field(default_factory=list)
    """Who reports it ("the military reported an attack"), no actor of it, but the subject
    of a participle after it (", saying the ensuing clashes")."""
    guessed: bool = False
    """The parent is inferred from who acts (:meth:`EventFinder._parts_of_talks`), not
    placed by the text ("during the visit")."""

    @property
    def date(self) -> DateMention | None:
        """The date expression of its sentence closest to its trigger."""
        if not self.dates:
            return None
        return min(self.dates, key=lambda d: abs(d.start - self.start))

    def split(self, person: Mention) -> Event:
        """A copy with one counterpart: "meetings with A and a rare interaction with B"."""
        actors = [(r, m) for r, m in self.actors if m.end <= self.start or m is person]
        return Event(
            self.cls, self.sentence, self.start, self.end, self.trigger, actors=actors,
            anchors=dict(self.anchors), occurrences=list(self.occurrences),
            places=list(self.places), topics=list(self.topics), dates=list(self.dates),
            parent=self.parent, inherited=self.inherited, within=set(self.within),
        )  # fmt: skip


class EventFinder:
    """Finds events in reports with one trigger table."""

    def __init__(self, triggers: list[Trigger], register: Register) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        from kg.suggest.text import pipeline

        self.register = register
        self._place_labels: list[tuple[str, str]] | None = None
        self.by_key: dict[str, Trigger] = {}
        self.matcher = PhraseMatcher(pipeline().vocab, attr="NORM")
        self.loose = Matcher(pipeline().vocab)  # "reopened its [technical] mission"
        for index, trigger in enumerate(triggers):
            key = f"t{index}"
            self.by_key[key] = trigger
            phrase = make_doc(trigger.phrase)
            self.matcher.add(key, [phrase])
            if len(phrase) >= 3:  # up to two words more before a phrase's last word
                words = [{"NORM": t.norm_} for t in phrase]
                extra = [{"IS_ALPHA": True, "IS_SENT_START": False, "OP": "?"}] * 2
                self.loose.add(key, [[*words[:-1], *extra, words[-1]]])
        self.definite: dict[str, str] = {}
        for trigger in triggers:
            for noun in trigger.definite:
                self.definite.setdefault(noun, trigger.cls)

    def find(
        self, report: Report, mentions: list[Mention], dates: list[DateMention]
    ) -> list[Event]:
        """The report's events, in text order, coreferent mentions merged."""
        doc = report.doc
        hits: list[tuple[int, int, Trigger]] = []
        loose = self.loose(doc) if len(self.loose) else []
        for key, start, end in [*self.matcher(doc), *loose]:
            hits.append((start, end, self.by_key[doc.vocab.strings[key]]))
        order = {id(t): i for i, t in enumerate(self.by_key.values())}
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2].refers_only, order[id(h[2])]))
        # the longest at a place; of equals, a trigger before a noun that only refers
        # back, then the table's order
        kept: list[tuple[int, int, Trigger]] = []
        for hit in hits:  # the longest trigger at a place
            if kept and hit[0] < kept[-1][1]:
                if hit[:2] == kept[-1][:2] and asks(doc, hit, kept[-1]):
                    kept[-1] = hit  # "called on India to show restraint": a request
                continue
            if negated(doc, hit[0]) or not needed(report, doc[hit[0]].idx, hit[2]):
                continue
            if kept and self._hosts_an_event(doc, kept[-1], hit):
                kept.pop()  # "Qatar hosted talks between A and B": no visit, the talks
            kept.append(hit)
        events: list[Event] = []
        last_of: dict[str, Event] = {}
        opened: dict[int, Event] = {}  # the event each kept trigger opened or joined
        for number, (start, end, trigger) in enumerate(kept):
            first, last = doc[start], doc[end - 1]
            char_start, char_end = first.idx, last.idx + len(last.text)
            sentence = report.sentence_at(char_start)
            bounds = clause(report, kept, number, sentence.start, sentence.end)
            definite = determined(doc, start)
            same = [e for e in events if e.sentence == sentence.index and e.cls == trigger.cls]
            here = (sentence.index, char_start, char_end)
            if same:  # "During a meeting in Dubai, X met Y": one event
                opened[number] = same[0]
                same[0].occurrences.append(here)
                self._fill(
                    report, same[0], trigger, start, end, mentions, dates, bounds, refer=False
                )
                continue
            earlier = last_of.get(trigger.cls)
            if earlier is None and definite and trigger.phrase in trigger.definite:
                earlier = self._kin(events, trigger.cls)  # "launched an operation ... the
                # airstrikes": the last event of a wider or narrower class
            if earlier is not None and definite and trigger.phrase in trigger.definite:
                opened[number] = earlier
                earlier.occurrences.append(here)
                self._fill(
                    report, earlier, trigger, start, end, mentions, dates, bounds, refer=True
                )
                continue
            if trigger.refers_only:
                continue
            again = self._said_again(doc, kept, opened, number, sentence)
            if again is not None:  # "denied the allegations, stating that": one denial
                opened[number] = again
                again.occurrences.append(here)
                continue
            event = Event(trigger.cls, sentence.index, char_start, char_end, trigger.phrase)
            event.occurrences.append(here)
            phrase = definite and after_preposition(doc, start)  # "during the ... visit"
            self._fill(report, event, trigger, start, end, mentions, dates, bounds, refer=phrase)
            before = self._verb_before(doc, kept, opened, number, sentence)
            first_here = min((s for i, s, _ in before.occurrences if i == sentence.index),
                             default=bounds[0]) if before else bounds[0]  # fmt: skip
            shared_subject(report.text, event, trigger, bounds[0], char_start, before, first_here)
            if not phrase:  # "They also agreed": the subject of the sentence before
                they(report.text, event, trigger, bounds[0], (char_start, char_end), events)
            opened[number] = event
            said = (bounds[0], report.text[bounds[0] : char_start])  # "the two sides agreed"
            if TALKED.search(said[1]):
                said = (char_start, "")  # "the two sides discussed the airstrikes"
            both_sides(self.register, event, trigger.before, said, char_end, events, _TALKS)
            if earlier is not None and _restates(event, earlier):
                earlier.occurrences.append(here)
                continue  # "This marked the first official encounter": the same meeting
            self._nest(report, event, last_of)
            events.append(event)
            last_of[trigger.cls] = event
        self._nest_within(report, events)
        self._parts_of_talks(events)
        self._responses(report, events)
        result: list[Event] = []
        first_part: dict[int, Event] = {}
        for event in events:
            parts = self._counterparts(report.text, event)
            first_part[id(event)] = parts[0]
            result += parts
        for event in result:  # a sub-event of a split meeting is inside its first part
            if event.parent is not None:
                event.parent = first_part.get(id(event.parent), event.parent)
        return result

    @staticmethod
    def _verb_before(
        doc: Any, kept: list[tuple[int, int, Trigger]], opened: dict[int, Event], number: int,
        sentence: Any,
    ) -> Event | None:  # fmt: skip
        """The event of the trigger before this one in its sentence, for a coordinated verb
        to share its subject; past an object with no subject of its own ("condemned the
        attack and expressed condolences": the condemnation's)."""
        first = opened.get(number - 1)
        if first is None or doc[kept[number - 1][0]].idx < sentence.start:
            return None  # no trigger before it in the sentence
        back = number - 1
        while back >= 0 and doc[kept[back][0]].idx >= sentence.start:
            event = opened.get(back)
            if event is not None:
                here = [s for i, s, _ in event.occurrences if i == sentence.index]
                start = min(here, default=event.start)
                if any(m.end <= start for _, m in event.actors):
                    return event
            back -= 1
        return first

    def _said_again(
        self, doc: Any, kept: list[tuple[int, int, Trigger]], opened: dict[int, Event],
        number: int, sentence: Any,
    ) -> Event | None:  # fmt: skip
        """ "Taliban officials denied the allegations, stating that ...": a speech verb in
        "-ing" right after a comma restates the speech act of the trigger before it in
        the sentence (a statement, denial, condemnation...), whose event it returns."""
        trigger = kept[number][2]
        if number == 0 or trigger.cls != "Statement" or not trigger.phrase.endswith("ing"):
            return None
        start = kept[number][0]
        if start < 2 or doc[start - 1].text != ",":
            return None
        previous = opened.get(number - 1)
        if previous is None or doc[kept[number - 1][0]].idx < sentence.start:
            return None
        if not self.register.is_a(previous.cls, "Statement"):
            return None
        return previous

    def _hosts_an_event(
        self, doc: Any, host: tuple[int, int, Trigger], event: tuple[int, int, Trigger]
    ) -> bool:
        """ "hosted talks", "will host a high-level conference": a hosting verb whose
        object is an event of talks (up to three words between, no name or preposition:
        not "hosted Iran for talks") is no visit."""
        verb = host[2]
        between = list(doc[host[1] : event[0]])
        return (
            self.register.is_a(verb.cls, "Visit")
            and verb.before == "hasHost"
            and len(between) <= 3
            and all(t.is_lower or t.text == "-" for t in between)
            and not any(t.lower_ in ("for", "with", "to", "by", "in", "on") for t in between)
            and any(self.register.is_a(event[2].cls, c) for c in _TALKS)
        )

    def _kin(self, events: list[Event], cls: str) -> Event | None:
        """The last event whose class is a subclass or superclass of ``cls`` (not Event)."""
        for event in reversed(events):
            if (
                event.cls != "Event"
                and cls != "Event"
                and (self.register.is_a(event.cls, cls) or self.register.is_a(cls, event.cls))
            ):
                return event
        return None

    def _counterparts(self, text: str, event: Event) -> list[Event]:
        """A meeting "with A and ... with B" is one meeting with each, as the annotations
        have it (one event a real-world meeting)."""
        if not self.register.is_a(event.cls, "Meeting"):
            return [event]
        withs: dict[int, Mention] = {}
        for _, mention in event.actors:
            if mention.start < event.end or not self.register.is_a(mention.entity, "Person"):
                continue
            found = text.rfind(" with ", event.start, mention.start)
            if found >= 0 and mention.start - found < 60:
                withs.setdefault(found, mention)
        if len(withs) < 2:
            return [event]
        return [event.split(person) for person in withs.values()]

    def _fill(
        self,
        report: Report,
        event: Event,
        trigger: Trigger,
        start: int,
        end: int,
        mentions: list[Mention],
        dates: list[DateMention],
        bounds: tuple[int, int],
        *,
        refer: bool,
    ) -> None:
        """Actors, places, topics and dates of the trigger's sentence."""
        doc = report.doc
        sentence = report.sentence_at(doc[start].idx)
        trigger_start, trigger_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = report.text
        talks = any(self.register.is_a(event.cls, c) for c in _TALKS)
        aid = any(self.register.is_a(event.cls, c) for c in ("AidShipment", "AidPledge"))
        for mention in mentions:
            goods = aid and self.register.is_a(mention.entity, "Commodity")  # "aid, including
            if (
                (talks or goods)
                and sentence.start <= mention.start < sentence.end
                and (
                    self._topic(mention)  # wheat, medicines": the whole sentence
                )
            ):
                if mention not in event.topics:  # what a meeting is about: its whole sentence
                    event.topics.append(mention)
                continue
            if not bounds[0] <= mention.start < bounds[1]:
                continue
            before_words = text[max(sentence.start, mention.start - 4) : mention.start]
            if self.register.is_a(mention.entity, "State"):
                # "airstrikes in Afghanistan", "returned to Afghanistan": a place, not an actor
                owned = re.match(r"[’']s\b", text[mention.end : mention.end + 3])
                if (
                    mention.start >= trigger_end
                    and re.search(r"\b(in|to)\s+$", before_words)
                    and not owned  # "in Afghanistan’s health sector": not a place
                ):
                    if mention not in event.places:
                        event.places.append(mention)
                    if re.search(r"\bin\s+$", before_words):
                        continue  # "to X" may also name a recipient or a host
                    if trigger.after == "hasParticipant" == trigger.before:
                        continue  # "have returned to Afghanistan": where, not with whom
                elif (
                    re.search(r"\bin\s+$", before_words)
                    and not owned
                    and not self.register.is_a(event.cls, "Visit")
                ):
                    continue  # "forces in Afghanistan after being dislodged": a place
                if (
                    owned
                    and re.search(r"\b(?:in|to|at)\s+$", before_words)
                    and any(
                        m.start == mention.end + 3 and self.register.is_a(m.entity, "Place")
                        for m in mentions
                    )
                ):
                    event.within.add(mention.entity)
                    continue  # "in Afghanistan’s Paktika province": the province is the place
            elif self.register.is_a(mention.entity, "Place"):
                visited = (
                    self.register.is_a(event.cls, "Visit")
                    and not text[trigger_end : mention.start].strip()
                )  # "visited Kabul"
                owner = re.search(  # "in Afghanistan’s Paktika province": the province
                    r"\b(?:in|to|at)\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*[’']s\s+$",
                    text[max(sentence.start, mention.start - 40) : mention.start],
                )
                if visited or owner or re.search(r"\b(in|to|at|of)\s+$", before_words, re.I):
                    if mention not in event.places:
                        event.places.append(mention)
                continue
            place = self._place_named(mention)
            if (
                place is not None
                and mention.start >= trigger_end
                and re.fullmatch(r"\s+of\s+", text[trigger_end : mention.start])
            ):  # "the takeover of Kabul": the city, not its government
                if place not in event.places:
                    event.places.append(place)
                continue
            if self._topic(mention):
                event.topics.append(mention)
                continue
            if not self.register.is_a(mention.entity, "Actor") or self._owns(
                text, mention, mentions
            ):
                continue  # "Afghanistan’s Taliban government": the government acts
            if subordinate(text, max(bounds[0], sentence.start), (trigger_start, trigger_end),
                           mention):  # fmt: skip
                continue  # "Although no country, including India, ...": another clause
            people = [m for m in mentions if sentence.start <= m.start < sentence.end
                      and self.register.is_a(m.entity, "Person")]  # fmt: skip
            if aside(
                text,
                (trigger_start, trigger_end),
                mention,
                mentions,
                people,
                lambda m: self.register.is_a(m.entity, "Actor"),
                said=self.register.is_a(event.cls, "Statement"),
            ):
                continue  # "anti-Pakistan militants", "prompted New Delhi to close"
            if mention.end <= trigger_start and TALKED.search(text, mention.end, trigger_start):
                continue  # "the two sides discussed the airstrikes": not the strikers
            if mention.end <= trigger_start and REPORTED.search(text[mention.end : trigger_start]):
                if self.register.is_a(mention.entity, "Actor"):
                    event.reporters.append((trigger.before, mention))
                continue  # "the military reported an attack": not the attacker
            adjacent = re.fullmatch(r"(?:[’']s)?\s*", text[mention.end : trigger_start])
            if refer and mention.end <= trigger_start and not adjacent:
                continue  # "the meeting" refers back; its subject is elsewhere ("the Taliban
                # takeover" names its own)
            if not any(self.register.is_a(event.cls, c) for c in _FORCE):
                mention = self.register.acting_as(mention)
            role = role_of(text, trigger, (sentence.start, trigger_start, trigger_end), mention,
                           gives=self.register.is_a(event.cls, "Pledge"))  # fmt: skip
            actors_here = [m for m in mentions if sentence.start <= m.start < sentence.end
                           and self.register.is_a(m.entity, "Actor")]  # fmt: skip
            main = fronted(text, max(bounds[0], sentence.start), (trigger_start, trigger_end),
                           mention, actors_here)  # fmt: skip
            if main == "skip":
                continue  # "During his visit to Beijing, Muttaqi met Wang Yi": not Wang Yi
            if main == "subject":
                role = trigger.before  # Muttaqi, the visitor
            if self.register.is_a(mention.entity, "DiplomaticMission") and any(
                self.register.is_a(event.cls, c) for c in _MISSION_EVENTS
            ):
                role = "hasTarget"  # "the embassy in New Delhi closed": closed, not closing
            if (role, mention.entity) not in [(r, m.entity) for r, m in event.actors]:
                event.actors.append((role, mention))
                event.anchors[mention.start] = (trigger_start, trigger_end)
        if not refer:
            pronoun(report, self.register, event, trigger, bounds, (trigger_start, trigger_end),
                    mentions)  # fmt: skip
        for date in dates:
            if sentence.start <= date.start < sentence.end and date not in event.dates:
                event.dates.append(date)

    def _place_named(self, mention: Mention) -> Mention | None:
        """The place whose label is also the name of the actor mentioned (a capital that
        stands for its government: "Kabul"), as a mention of that place."""
        record = self.register.entities.get(mention.entity)
        if record is None or self.register.is_a(mention.entity, "Place"):
            return None
        names = {normalise(n) for n in (record.label, *record.aliases)}
        for place in self._places():
            if place[0] in names:
                return Mention(mention.start, mention.end, place[1], "the place named", 0.5)
        return None

    def _places(self) -> list[tuple[str, str]]:
        """(normalised label, id) of the register's places, computed once."""
        if self._place_labels is None:
            self._place_labels = [
                (normalise(e.label), e.id)
                for e in self.register.entities.values()
                if self.register.is_a(e.id, "Place") and not self.register.is_a(e.id, "State")
            ]
        return self._place_labels

    def _owns(self, text: str, mention: Mention, mentions: list[Mention]) -> bool:
        """A state named as the owner of another actor, not a person ("Afghanistan’s
        Taliban government", "India’s foreign ministry"), or of a place or port ("Iran’s
        Chabahar port")."""
        if not self.register.is_a(mention.entity, "State"):
            return False
        if not re.match(r"[’']s\s", text[mention.end : mention.end + 3]):
            return False
        after = mention.end + 3
        return any(
            m.start == after
            and (
                (
                    self.register.is_a(m.entity, "Actor")
                    and not self.register.is_a(m.entity, "Person")
                )
                or any(self.register.is_a(m.entity, c) for c in ("Place", "Port"))
            )
            for m in mentions
        )

    def _topic(self, mention: Mention) -> bool:
        return any(self.register.is_a(mention.entity, c) for c in ("Topic", "Commodity", "Port"))

    def discussed(self, report: Report, mentions: list[Mention], events: list[Event]) -> None:
        """ "The two sides also discussed trade": a sentence about what was discussed, with
        no meeting of its own, gives its topics to the report's last meeting, call or visit."""
        last: Event | None = None
        for sentence in report.sentences:
            here = [e for e in events if e.sentence == sentence.index]
            talks = [e for e in here if any(self.register.is_a(e.cls, c) for c in _TALKS)]
            if talks:
                last = talks[-1]
                continue
            if last is None or not _DISCUSSED.search(sentence.text):
                continue
            for mention in mentions:
                inside = sentence.start <= mention.start < sentence.end
                if inside and self._topic(mention) and mention not in last.topics:
                    last.topics.append(mention)

    def _nest_within(self, report: Report, events: list[Event]) -> None:
        """ "X met Y during the November 4-5 visit to Kabul": inside the visit named in the
        same sentence, with its date and place where the event has none."""
        nouns = "|".join(sorted((re.escape(n) for n in self.definite), key=len, reverse=True))
        inside = re.compile(
            r"\b(?:during|in the course of|on)\s+(?:the|this|that|his|her|their|its)\s+"
            rf"(?:[\w–-]+\s+){{0,3}}?(?P<noun>{nouns})\b",
            re.IGNORECASE,
        )
        for sentence in report.sentences:
            for match in inside.finditer(sentence.text):
                at = sentence.start + match.start("noun")
                parent = next((e for e in events for _, s, _ in e.occurrences if s == at), None)
                if parent is None:
                    continue
                for event in events:
                    if (
                        event.sentence == sentence.index
                        and event is not parent
                        and (event.parent is None and event.cls != parent.cls)
                        and not _SPOKEN_OF.search(
                            report.text, min(at, event.start), max(at, event.start)
                        )
                    ):
                        event.parent = parent
                        _inherit(event, parent, report, at, at + len(match["noun"]))

    def _parts_of_talks(self, events: list[Event]) -> None:
        """An undated agreement, promise or request whose doers (initiators, participants)
        are parties to a meeting, call or visit told before it, or such a person's remark,
        is part of it: "X met Y on Monday. ... The two sides also agreed ...", "He promised
        ...". A meeting of a visitor told after the visit, undated, is part of the visit
        ("The delegation also met with UN agencies"). The text does not place them there,
        so they keep no date of the parent's."""
        for index, event in enumerate(events):
            if event.parent is not None or event.dates or not event.actors:
                continue
            doers = {m.entity for r, m in event.actors if r in _DOERS}
            acts = any(self.register.is_a(event.cls, c) for c in _ACTS)
            remark = self.register.is_a(event.cls, "Statement") and all(
                self.register.is_a(m, "Person") for m in doers
            )
            meeting = event.cls == "Meeting"
            if not doers or not (acts or remark or meeting):
                continue
            wanted = ("Visit",) if meeting else _TALKS
            for talks in reversed(events[:index]):
                if not any(self.register.is_a(talks.cls, c) for c in wanted):
                    continue
                if meeting:
                    visitors = {m.entity for r, m in talks.actors if r == "hasVisitor"}
                    if doers & visitors:
                        event.parent, event.guessed = talks, True
                    break
                theirs = {m.entity for _, m in talks.actors}
                if doers <= theirs | {g for g, s in self._governs() if s in theirs}:
                    event.parent, event.guessed = talks, True
                break

    def _responses(self, report: Report, events: list[Event]) -> None:
        """ "In response to Afghanistan’s request, India agreed to offer support", "India
        pledged support in response to requests from Afghan officials": the request is
        addressed to the one who responds (``hasTarget``), and what is given answers it,
        so the one who asked receives it (``hasRecipient``)."""
        text = report.text
        for request in events:
            if not self.register.is_a(request.cls, "Request"):
                continue
            sentence = report.sentences[request.sentence]
            lead = text[max(sentence.start, request.start - 45) : request.start]
            if not _RESPONSE.search(lead):
                continue
            others = [e for e in events if e is not request and e.sentence == request.sentence]
            if not others:
                continue
            answer = min(others, key=lambda e: abs(e.start - request.start))
            askers = [m for r, m in request.actors if r == "hasInitiator"]
            for role, mention in list(answer.actors):
                if mention.end <= answer.start and role != "hasRecipient":
                    if ("hasTarget", mention.entity) not in [
                        (r, m.entity) for r, m in request.actors
                    ]:
                        request.actors.append(("hasTarget", mention))
                        request.anchors[mention.start] = (request.start, request.end)
            if any(self.register.is_a(answer.cls, c) for c in ("Pledge", "AidShipment")):
                for mention in askers:
                    if ("hasRecipient", mention.entity) not in [
                        (r, m.entity) for r, m in answer.actors
                    ]:
                        answer.actors.append(("hasRecipient", mention))
                        answer.anchors[mention.start] = (request.start, request.end)

    def _governs(self) -> set[tuple[str, str]]:
        """(government, state) of the register's ``governs`` claims: an agreement of "India
        and the Taliban" is one of a meeting with Afghanistan's minister."""
        return {(c.subject, c.object) for c in self.register.claims if c.predicate == "governs"}

    def _nest(self, report: Report, event: Event, last_of: dict[str, Event]) -> None:
        """``During the visit, ...``: the event is inside the last event of that kind."""
        sentence = report.sentences[event.sentence]
        match = _INSIDE.search(sentence.text)
        if match is None:
            return
        noun = match.group("noun").strip().lower()
        cls = self.definite.get(noun) or self.definite.get(noun.split()[-1])
        parent = last_of.get(cls) if cls else None
        if _SPOKEN_OF.search(report.text, sentence.start + match.end(), event.start):
            return  # "During the meeting, they assessed the programmes, which have included
            # shipments": what was discussed, not done there
        if parent is not None and parent is not event and parent.cls != event.cls:
            event.parent = parent
            start = sentence.start + match.start()
            _inherit(event, parent, report, start, sentence.start + match.end("noun"))


def _inherit(event: Event, parent: Event, report: Report, start: int, end: int) -> None:
    """A sub-event takes its parent's date (with the words that place it inside) and place,
    where it has none of its own."""
    date = parent.date
    if not event.dates and date is not None:
        words = report.text[start:end]
        confidence = round(date.confidence * 0.8, 2)
        event.dates = [DateMention(start, end, date.value, words, True, confidence)]
        event.inherited = True
    if not event.places and parent.places:
        event.places = list(parent.places)


def _restates(event: Event, earlier: Event) -> bool:
    """An undated mention whose actors the last event of its class already has, each in
    the same role (India as the target of one statement does not make India's own
    statement the same one)."""
    mine = {(r, m.entity) for r, m in event.actors}
    theirs = {(r, m.entity) for r, m in earlier.actors}
    return not event.dates and mine <= theirs
