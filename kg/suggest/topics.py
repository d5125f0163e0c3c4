"""What talks are about, where the register has no such topic yet: new ``Topic`` entities.

An event's topics are otherwise the register's topics and commodities its sentence
names (:mod:`kg.suggest.events`). Reports of other subjects talk about things the
register has never seen: "held talks on upgrading the rail link", "discussed water
sharing, border trade and transit", "issues such as visas and trade". By rules of
general English, :func:`topic_rows` reads the noun phrases after a cue:

- a noun of talks or of an agreement with "on", "about", "over", "regarding",
  "concerning" ("talks on X", "talks with India on X", "an agreement on X");
- a verb of discussing: "discussed", "focused on", "explored", "reviewed",
  "covered", "touched on" (and their "-ing" forms);
- "such as";
- what "was (also, high) on the agenda" (the subject before it).

The phrase runs to the first clause boundary (a stop, a colon, a dash, a comma that
does not continue a list, "which", "that", "with", a preposition of place, time or
means such as "in", "to", "between", "through"); a list is split at its commas and
at "and"/"or" (but not inside an "of" phrase: "promotion of trade and commercial
activities" is one item). Each item loses its determiner or possessive and a verb of
change before it ("upgrading the rail link": "rail link"). No topic is proposed for a
pronoun or a question word ("how", "whether"), an ordinal ("the fourth since
2023": another of the same kind), a date or a quantity (a digit, a
month, a weekday), a name alone (a mention of a person, state, organisation or place,
or capitalised words only past a sentence's first word); a register topic or commodity
named inside the item is the topic ("the promotion of trade": the register's
"trade"). A register entity whose id is the item's slug is the topic itself; else the
item is a new ``Topic`` (id: the label's slug) with a ``possibleDuplicateOf`` row
where the register has a close name (:func:`kg.suggest.duplicates.duplicate_of`).

The event is the one whose trigger is the cue's noun ("talks"), else the last event
named before the cue in its sentence, else the report's last meeting, call or visit
before the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.suggest.duplicates import duplicate_of
from kg.suggest.english import CALENDAR, DISCUSSING, REPORTING_VERBS, TIME_WORDS, alternation
from kg.suggest.entities import slug
from kg.suggest.event_record import TALKS, Event
from kg.suggest.events import EventFinder
from kg.suggest.figures import Add
from kg.suggest.mentions import Mention, MentionFinder
from kg.suggest.register import Register
from kg.suggest.requested_topics import REQUEST_CUE
from kg.suggest.text import Report, Sentence
from kg.vocabulary import normalise

CONFIDENCE = 0.4

_DAYS = rf"(?:{alternation(CALENDAR)}|the\s+sidelines)\b"
_NOUN_CUE = re.compile(
    r"\b(?P<noun>talks|discussions|negotiations|consultations|meetings?|agreements?|deal|accord)"
    r"(?:\s+[^\s,.;:]+){0,10}?"  # "talks with India in Kabul on Monday on ..."
    r"\s+(?:on|about|over|regarding|concerning)\s+(?![\d(]|" + _DAYS + r")",
    re.IGNORECASE,
)
_VERB_CUE = re.compile(
    rf"\b(?:{alternation(DISCUSSING)}|discuss(?:es)?|focus(?:sed|es)\s+on|explores|reviews|"
    r"covered|touch(?:ed|ing)\s+on|such\s+as)\s+(?!by\b)",  # the present, "touched on" too
    re.IGNORECASE,
)
_END = re.compile(r"[.;:!?()\[\]—–“”\"]|\s-\s")  # a clause's end in any case
_CUT = re.compile(
    r"\s(?:which|who|whom|whose|that|where|when|while|as|because|after|before|since|"
    r"until|if|with|between|among|amid|in|at|on|from|to|for|through|via|during|under|by|"
    rf"across|into|within|without|against|near|despite|including|{REPORTING_VERBS}|officials)\b",
    re.IGNORECASE,
)
_AGENDA = re.compile(
    r"\s+(?:was|were|is|are|will\s+be|would\s+be)\s+(?:also\s+|high\s+|first\s+|top\s+)?"
    r"on\s+the\s+agenda\b",
    re.IGNORECASE,
)
_JOINT = re.compile(r"\s(?:and|or)\s")
_VERB_AFTER = re.compile(  # "agreed to", "signed the", "reaffirmed", "aiming to"
    r"(?:also\s+)?(?:\w+(?:ed|ing)\s+(?:to|that|the|a|an|its|their|his|her|it|them)\b"
    r"|\w{3,}(?<!e)ed\b)"
)
_LEAD = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|this|these|those|both|all|any|some|such|"
    r"further|possible|new|ongoing|\w+[’']s)\s+)+",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"^(?:upgrading|improving|boosting|expanding|strengthening|enhancing|promoting|"
    r"increasing|deepening|developing|building|extending|easing|seeking|resolving|"
    r"addressing|reviving|restoring|facilitating|ensuring)\s+",
    re.IGNORECASE,
)
_NO_TOPIC = re.compile(
    r"^(?:it|them|this|that|these|those|him|her|us|they|what|how|whether|why|where|when|"
    r"who|which|ways?|issues?|matters?|topics?|areas?|steps|measures|details|the\s+issue|"
    r"other|others|more|several|many|various|each|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|last|latest|next|same|former|latter)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    rf"\d|\b(?:{alternation(TIME_WORDS)}|the\s+sidelines)\b",
    re.IGNORECASE,
)
_NAMES = ("Topic", "Commodity", "Port")  # register things an item may name: its topic then
MAX_WORDS = 7
_FUNCTION = {"of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "s"}


@dataclass(frozen=True)
class Item:
    """One thing talked about: its label and where it is, after the cue at ``cue``."""

    label: str
    start: int
    end: int
    cue: int
    cue_end: int
    noun: tuple[int, int] | None  # the cue's noun of talks ("talks"), if any


def topic_rows(
    add: Add,
    report: Report,
    register: Register,
    finder: MentionFinder,
    triggers: EventFinder,
    mentions: list[Mention],
    events: list[Event],
) -> None:
    """A ``hasTopic`` row for each thing the report's talks are about, and the rows of a
    new ``Topic`` where the register has none (see the module docstring)."""
    last_talks: Event | None = None
    labels: dict[str, str] = {}  # new topic -> its label
    nouns = {noun for trigger in triggers.by_key.values() for noun in trigger.definite}
    for sentence in report.sentences:
        for item in items(sentence):
            event = _event_of(item, sentence, events, last_talks)
            if event is None or not event.id:
                continue
            named = _named_event(item, events)
            if named is event or (named is not None and item.noun is None):
                continue  # "a next meeting"; "discussed the visit" (kg.suggest.event_relations)
            topic = _topic_of(item, register, finder, mentions)
            if named is None and any(f" {item.label.lower()}".endswith(f" {n}") for n in nouns):
                continue  # "a next meeting": an event's noun, no topic
            if topic and named is not None and topic not in register.entities:
                topic = named.id  # "talks on upgrading the rail link": the project
            if not topic or any(t.entity == topic for t in event.topics):
                continue
            if not named and topic not in register.entities and topic not in register.proposed:
                again = _same_topic(item.label, labels)
                if again:
                    topic = again
                else:
                    labels[topic] = item.label
                    register.proposed[topic] = "Topic"
                    _new_topic(add, item, topic, finder)
            first, last = min(item.cue, item.start), max(item.cue_end, item.end)
            add("claim", event.id, "hasTopic", topic, first, last, CONFIDENCE,
                "what the talks are about, after "
                f"{report.text[item.cue:item.cue_end].strip()!r}")  # fmt: skip
        talks = [
            e for e in events
            if e.sentence == sentence.index and any(register.is_a(e.cls, c) for c in TALKS)
        ]  # fmt: skip
        if talks:
            last_talks = talks[-1]


def _new_topic(add: Add, item: Item, topic: str, finder: MentionFinder) -> None:
    """The rows of a new ``Topic``: its type, its label (capitalised, as the register's
    are: "Return of Afghan migrants") and a close register name, if any."""
    span = (item.start, item.end)
    why = "a thing talked about, named by no register topic"
    add("entity", topic, "type", "Topic", *span, CONFIDENCE, why)
    label = item.label[:1].upper() + item.label[1:]
    add("entity", topic, "label", label, *span, CONFIDENCE, why)
    twin = duplicate_of(item.label, "Topic", finder)
    if twin:
        add("entity", topic, "possibleDuplicateOf", twin, *span, CONFIDENCE,
            "a close name in the register")  # fmt: skip


def _same_topic(label: str, labels: dict[str, str]) -> str:
    """A new topic proposed earlier in the report that the label names in other words:
    the stems (first four letters) of the content words of one, two at least, all among
    the other's ("Helmand water share", "sharing the waters of the Helmand river")."""
    mine = _stems(label)
    for topic, other in labels.items():
        theirs = _stems(other)
        small, large = sorted((mine, theirs), key=len)
        if len(small) >= 2 and small <= large:
            return topic
    return ""


def _stems(label: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", label.lower()) if w not in _FUNCTION}


def items(sentence: Sentence) -> list[Item]:
    """The things a sentence says were talked about, each with its cue."""
    found: list[Item] = []
    for pattern in (_NOUN_CUE, _VERB_CUE, REQUEST_CUE):
        for cue in pattern.finditer(sentence.text):
            noun = None
            if "noun" in pattern.groupindex:
                noun = (sentence.start + cue.start("noun"), sentence.start + cue.end("noun"))
            for start, end in _list_items(sentence.text, cue.end()):
                label, begin = _clean(sentence.text[start:end], start)
                if label:
                    found.append(Item(label, sentence.start + begin,
                                      sentence.start + begin + len(label),
                                      sentence.start + cue.start(),
                                      sentence.start + cue.end(), noun))  # fmt: skip
    for cue in _AGENDA.finditer(sentence.text):  # "Trade was also on the agenda."
        clause = max(sentence.text.rfind(c, 0, cue.start()) for c in ",;:")
        for start, end in _list_items(sentence.text[: cue.start()], clause + 1):
            label, begin = _clean(sentence.text[start:end], start, initial=start == 0)
            if label:
                found.append(Item(label, sentence.start + begin,
                                  sentence.start + begin + len(label),
                                  sentence.start + cue.start(),
                                  sentence.start + cue.end(), None))  # fmt: skip
    return found


def _list_items(text: str, at: int) -> list[tuple[int, int]]:
    """The items of the phrase from ``at`` to its clause's end: split at the commas of a
    list and at "and"/"or" (not inside an "of" phrase)."""
    stop = _END.search(text, at)
    phrase_end = stop.start() if stop else len(text)
    chunks: list[tuple[int, int]] = []
    start = at
    while True:
        comma = text.find(",", start, phrase_end)
        end = comma if comma >= 0 else phrase_end
        chunks.append((start, end))
        if comma < 0:
            break
        start = comma + 1
    # a comma continues the phrase only in a list that ends with "and"/"or"
    closing = next(
        (i for i, (s, e) in enumerate(chunks) if re.search(r"(?:^|\s)(?:and|or)\s", text[s:e])),
        None,
    )
    if closing is None or any(len(text[s:e].split()) > MAX_WORDS for s, e in chunks[:closing]):
        chunks = chunks[:1]
    else:
        chunks = chunks[: closing + 1]
    result: list[tuple[int, int]] = []
    for s, e in chunks:
        for part_start, part_end in _conjuncts(text, s, e):
            cut = _CUT.search(text, part_start, part_end)
            result.append((part_start, cut.start() if cut else part_end))
    return result


def _conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items joined by "and"/"or" in ``text[start:end]``; after an "of" only where a
    determiner follows ("the promotion of trade and commerce" is one item, "the return
    of migrants and the drought" two); a verb after "and" ("and agreed to meet", "and
    aiming to enhance") ends the list."""
    parts: list[tuple[int, int]] = []
    begin = start
    for joint in _JOINT.finditer(text, start, end):
        if _VERB_AFTER.match(text, joint.end(), end):
            end = joint.start()  # "... and agreed to meet", "and aiming to": a verb's clause
            break
        after_of = re.search(r"\sof\s", text[begin : joint.start()]) is not None
        if after_of and not _LEAD.match(text[joint.end() : end]):
            continue
        parts.append((begin, joint.start()))
        begin = joint.end()
    parts.append((begin, end))
    return parts


def _clean(piece: str, start: int, initial: bool = False) -> tuple[str, int]:
    """The label of one item (determiner, possessive and verb of change gone) and where
    it begins; ``""`` for no topic."""
    for strip in (r"^\s*(?:and|or)\s+", r"^\s+", _LEAD.pattern, _CHANGE.pattern, _LEAD.pattern):
        lead = re.match(strip, piece, re.IGNORECASE)
        if lead:
            piece, start = piece[lead.end() :], start + lead.end()
    piece = piece.rstrip(" ,")
    words = piece.split()
    if not words or len(words) > MAX_WORDS or _NO_TOPIC.match(piece) or _TIME.search(piece):
        return "", start
    if initial and words[0][0].isupper():  # a sentence's first word: "Trade was ..."
        words = [words[0].lower(), *words[1:]]
    if all(w[0].isupper() for w in words if w not in ("of", "the", "and")):
        return "", start  # a name: a mention or a new named entity, no topic
    return piece, start


def _event_of(
    item: Item,
    sentence: Sentence,
    events: list[Event],
    last_talks: Event | None,
) -> Event | None:
    """The event an item is a topic of: the one named by the cue's noun, else the last
    one named before the cue in the sentence, else the last talks before it."""
    before: list[tuple[int, Event]] = []
    for event in events:
        for index, start, end in event.occurrences:
            if index != sentence.index:
                continue
            if item.noun and start < item.noun[1] and item.noun[0] < end:
                return event
            if end <= item.cue:
                before.append((start, event))
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return last_talks


def _named_event(item: Item, events: list[Event]) -> Event | None:
    """The event whose trigger is inside the item ("talks on the rail link": a project)."""
    for other in events:
        if other.id and any(item.start < e and s < item.end for _, s, e in other.occurrences):
            return other
    return None


def _topic_of(
    item: Item, register: Register, finder: MentionFinder, mentions: list[Mention]
) -> str:
    """The id of the item's topic: the register topic or commodity it names, a register
    entity of its slug, or a new one; ``""`` where the item is only a name."""
    inside = [m for m in mentions if item.start <= m.start and m.end <= item.end]
    for mention in inside:
        if any(register.is_a(mention.entity, c) for c in _NAMES):
            return mention.entity  # "the promotion of trade": the register's "trade"
    if any(m.start <= item.start and item.end <= m.end for m in mentions):
        return ""  # the item is a name
    form = normalise(item.label)
    if form in finder.names:
        known = finder.names[form]
        return known if register.is_a(known, "Topic") else ""
    ident = slug(item.label)
    if ident in register.entities and not register.is_a(ident, "Topic"):
        return ""
    return ident
