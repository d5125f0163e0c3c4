"""Names in a trigger's clause that are no actor of its event: asides and appositions.

Owns :func:`aside`, the reasons a name near a trigger stays out of its event: a name
fused into a modifier, an actor of another time, the object of a causative verb, an
apposition of a person, a name after ", with", whoever reports the event, a name in a
participle clause or an object clause, an owner, a speaker of a reporting clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.suggest.attribution import ACCORDING, attributed, source_or_subject, told_of
from kg.suggest.bodies import ITS_PEOPLE, one_of_its_people, titled
from kg.suggest.coordination import before_antecedent, earlier_object
from kg.suggest.english import DISCUSSING, HEARER_VERBS, PEOPLE_COUNT, REPORTING_VERBS, alternation
from kg.suggest.mentions import Mention
from kg.suggest.name_modifiers import opens_a_body
from kg.suggest.name_roles import ANOTHER_AGENT, inverted
from kg.suggest.text import opens_dateline
from kg.suggest.unnamed import owns_its_speaker

_CAUSATIVE = re.compile(
    r"\b(?:prompted|prompting|forced|forcing|compelled|pushed|caused|causing|allowed|"
    r"enabled|persuaded|encouraged|pressed|pressured)\b",
    re.IGNORECASE,
)
"""Verbs whose object is the subject of the verb after it ("the takeover prompted India to
close its embassy": India closed it; the takeover did nothing to India)."""
_ASKED_BY = re.compile(
    r"\b(?:invited|urged|asked|called\s+on|called\s+upon|encouraged|pressed|requested|"
    r"persuaded|allowed|permitted|authori[sz]ed)\s+by\s+(?:the\s+)?$"
)
"""A passive verb asking its subject to act, its agent named after "by" ("Muttaqi was
invited by Iran to visit Tehran": Muttaqi visits, Iran does not)."""
_TIMED = re.compile(r"(?:the\s+)?(?:previous|former|first|ousted|deposed|erstwhile)\s+", re.I)
"""Words that tell an actor of another time apart ("the previous government"; not "the new/interim
government", which is the present one)."""
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?!(?:including|excluding|regarding|concerning|according|following|during|"
    r"targeting|targetting|hitting|striking)\b)"
    r"[a-z][a-z-]*ing\b"
)
"""A participle clause after the trigger (", re-establishing a presence"), with a verb and
objects of its own; not one that names the event's target (", targeting militants")."""
_REPORTING = re.compile(rf"\s+(?:{REPORTING_VERBS})\b")
"""A speech verb right after a name: "..., the UN said" (the name is its speaker)."""
_EARLIER_EVENT = re.compile(
    r"\b(?:following|after|before|since|despite|amid|until|prior\s+to)\s+"
    r"(?:the|a|an|this|that|[A-Z])[^,;:]*$"
)
"""A preposition of time opening a noun phrase that ends at the trigger ("following the
Taliban’s rise to power"): what stands before it is no actor of that event."""
_SUBORDINATE_CLAUSE = re.compile(
    r"\b(?:since|because|although|though|whereas|while|when|until|unless|after|before)\s+"
    r"(?:(?:the|their|its|his|her|these|those)\s+)?[a-z]+\s+(?:[a-z]+ed|had|has|have|was|"
    r"were|is|are|went|grew|fell|broke|began|rose)\b[^,;:]*$"
)
"""A subordinator, a common-noun subject and its verb, up to the trigger ("since relations
soured over attacks"): the trigger is in that clause, the names before it in another."""
_MAIN_VERB = re.compile(
    r",\s+(?:(?:also|later|then|[a-z]+ly)\s+)?(?:was|were|is|are|has|have|had|will|would)\s"
)
"""The main clause's verb after a parenthetical that holds the trigger ("The talks, hosted
by Qatar, were attended by A and B": A and B host nothing)."""
_PRONOUN_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|yet|while|whereas)\s+(?:it|they|he|she|we)\s+(?:[a-z][\w’'-]*\s+)+"
)
"""Past the trigger, a coordinated clause with a pronoun subject ("withdrew, but it has kept
its embassy"): the names in it belong to its own verb."""
_FRAME = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s|\b(?:as\s+part|within\s+the\s+"
    r"(?:framework|format)|in\s+the\s+(?:framework|format))\s+of\s|\bunder\s+the\s+"
    r"(?:auspices|aegis|umbrella)\s+of\s"
)
"""A phrase naming the occasion or framework of an event ("met on the sidelines of the
Shanghai Cooperation Organisation summit", "as part of the Moscow format"): the body
named there takes no part as such."""
_SPEAKER = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,4}")
"""A speaker named by a common noun between a comma and a speech verb ("..., the foreign
ministry said"), whoever the register knows it as."""
_UNNAMED = re.compile(
    rf",\s+(?:(?:{PEOPLE_COUNT}|other)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*s\s+"
)
"""Speakers named by a plural common noun after a comma ("..., two crew members said",
"..., diplomats said"): the names before it did not speak."""
_DOCUMENT = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}(?:report|statement|letter|study|survey|assessment)\s*,"
)
"""Its owner's words that speak ("X’s quarterly report, released on Monday, said"): X speaks."""
_EMPLOYER = re.compile(
    r"\b(?:working|employed|serving|who\s+work(?:ed)?)\s+(?:for|by|with)\s+(?:the\s+)?$"
)
"""Before a name: it employs the one named before (the subject), who acts or is acted on."""
_ASKED_THAT = re.compile(r"\s+(?:\w+\s+){0,3}?that\s+(?:the|a|an|its|their|his|her)\s+[a-z]")
"""A request's that-clause with a common noun as its subject ("asked that the port include a
terminal at X"): the names after it are what was asked, not who was asked."""
_ASKED_FOR = re.compile(r"\S\s+(?:[\w-]+\s+){1,6}?for\s+(?:the\s+)?$")
"""Past a request's trigger, what is asked and "for" whom ("sought better visas for Afghan
traders", "urged X to ease visas for Afghan traders"): a beneficiary, not who is asked."""
_ASKED_WHAT = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}?(?:to|for|of|with)\s+(?:the\s+)?")
"""After "asked for": what is asked, a name in its phrase ("access to X"): no one asked."""
_AS = re.compile(
    r"(?<!\bsuch)(?<!\bwell)\s+as\s+(?:the\s+)?(?:[a-z]+\s+(?:from|of|by|in)\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w.-]*,?\s+(?:and\s+)?){0,3}$"
)
"""Past the trigger, "as" before the name: a clause of its own ("seized power as US forces
withdrew", "appealed for aid as returns from X doubled") or what the object is called
("described China as Pakistan’s friend"); not "such as", "as well as" (a list)."""
_TOLD = alternation((*HEARER_VERBS, "telling"))
_TOLD_THAT = re.compile(rf"\b(?:{_TOLD})\s+(?:[\w’'-]+\s+){{1,5}}?(?P<that>that)\b[^.;“”]*$")
"""A speech verb, its hearer and a that-clause that holds the trigger ("X told Tolo News on
Monday that Kazakhstan had agreed"): the speaker and the hearer report the event."""
_HEARER = re.compile(r"\s*(?:(?:the|its|their|his|her)\s+)?")
"""Right after "told": the hearer ("told the Security Council that ..."), not what was said."""
_QUOTED = re.compile(r"^\s+(?:quoted|quotes|quoting)\s")
"""A statement that quotes someone ("the statement quoted X as describing Y’s policy"): X
spoke in it, and Y is what was said; neither is addressed by it."""
_AGENCY = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:agency|body|watchdog|outlet|broadcaster|daily|"
    r"organi[sz]ation|commission),?\s+(?:the\s+)?"
)
"""A name modifying a common noun of an organisation whose own name follows ("the UN refugee
agency UNHCR", "the UN refugee agency, UNHCR,", "the state news agency IRNA"): the one named
last is the actor."""
_NEW_CLAUSE = re.compile(
    r"(?:,|;)\s+(?:and|but|while|whereas|as)\s+(?:the|both|all|each|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
"""A clause of its own after a comma and a conjunction, its subject a common noun phrase
before the trigger ("X met Y on Monday, and both sides agreed"): the names before it are
the other clause's."""
_PREPOSITION = re.compile(r"\b(?:on|of|for|in|about|over|at|from|against|towards?|into)\b")
"""Prepositions that open a phrase inside a statement's object ("its stance on the need
for X"): a name two of them deep, or past six words, is a topic, not who is addressed."""
_ON = alternation(w for w in DISCUSSING if w.endswith(" on"))  # "focused on", "focusing on"
_DISCUSS = alternation((set(DISCUSSING) & {"discussed", "discussing"}) | {"discuss", "discusses"})
_ABOUT = re.compile(
    rf"\b(?:(?:focus|focuses|cent(?:er|re)d|concentrated)\s+on|{_ON})\b|\b(?:on|about|over)\s+"
    rf"(?:how|whether|ways|why|what)\b|\b(?:{_DISCUSS})\s+(?:how|whether|ways|why)\b"
    r"|\b(?:on|about)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b|\bto\s+(?:discuss|review|assess|explore)\b",
    re.IGNORECASE,
)
"""What talks are about, after the trigger ("discussions also focused on how the Afghan
business community could ...", "held talks on expanding trade with X", "met X to discuss
Y"): the names there are topics, not parties."""
_RESPONSIBLE = re.compile(
    r"\b(?:responsible|blamed)\s+for\s+(?:[\w“”\"-]+\s+){0,3}$", re.IGNORECASE
)
"""The doer of an event named as "X responsible for [deadly] attacks": the names before X
are objects of other verbs ("the Taliban harbour militants responsible for attacks")."""
_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:[A-Z][\w.-]*\s+){0,4}$")
"""A person on whose behalf the event is done ("met Muttaqi on behalf of Prime Minister
Modi"): represented, not present (a state or government so named is the side acting)."""
_REACTION_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:welcomed|hailed|"
    r"praised|lauded|critici[sz]ed|denounced|postponed|cancell?ed|delayed|confirmed|"
    rf"{REPORTING_VERBS})\s+by\s+(?:the\s+)?$"
)
"""The agent of a reaction to the event named before it ("the visit was welcomed by Iran"):
no actor of it."""
_COMMENT = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:charge|claim|allegation|accusation|move|step|decision|"
    r"development|assertion|remark|comment|position|stance)s?\b"
)
"""A noun phrase after a comma that comments on the event ("accused X of harbouring
militants, a charge the Taliban government denies"): its names are no actors of it."""


def dateline(text: str, mention: Mention) -> bool:
    """Whether the name opens a line as its dateline ("ISLAMABAD:", "New Delhi, Nov 7:",
    "KABUL (Reuters) —"): a place, never an actor."""
    return opens_dateline(text, mention.start, mention.end)


_APPOSITION = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s[^,;:()]*$")
"""An apposition opened after a name (", the Indian foreign ministry’s point-person for
Afghanistan,")."""


def aside(
    text: str, trigger: tuple[int, int], mention: Mention, mentions: list[Mention],
    people: list[Mention], actor: Callable[[Mention], bool], *, said: bool = False,
    low: int = 0, reports: bool = False, person: Callable[[Mention], bool] = lambda _: False,
    asks: bool = False,
) -> str | None:  # fmt: skip
    """Why a name in the trigger's clause is no actor of it, or None: a name fused by a hyphen
    into a modifier ("anti-Pakistan militants", "Pakistan-based groups", "India-operated
    port"); a name at the end of a longer name of an actor (``actor``) that a word of time
    tells apart ("the previous Afghan government" is another government than "the Afghan
    government"); after the trigger, a name in what talks are about ("focused on how X",
    "discussed whether X"); before it, a name before the one "responsible for" the event ("X
    harbours militants responsible for attacks"); the object of a causative verb after the
    trigger ("the takeover prompted New Delhi to close"); a name inside the apposition of a
    person before the trigger ("Singh, the Indian foreign ministry’s point-person for
    Afghanistan, led the meetings"); a name after the trigger beyond ", with" (an adjunct:
    "acknowledged India’s concerns, with an emphasis on X") or inside a participle clause
    after a comma ("the rise to power, re-establishing a presence through a team"); for a
    statement (``said``), a name after "with", "between" or "among" past the trigger, the
    other party of a relation spoken of ("emphasized ties with the Afghan people"); before
    the trigger, a name followed by a preposition of time that opens the trigger's phrase
    ("India withdrew its diplomats following the Taliban’s rise to power": India did not
    rise to power), or the owner of a thing named there ("Afghanistan’s health sector, in
    response to requests"; not of a body that acts for it: "Pakistan’s delegation, led
    by"), or, for a statement, a name before a comma that another name follows before the
    trigger (the speaker: "refugees, the UN said"), the agent of a passive asking another
    to act ("Muttaqi was invited by Iran to visit": Muttaqi visits), or a name before an
    inverted speech verb and its speaker ("“India is a partner,” said Muttaqi": only
    Muttaqi); after the trigger, a name past the subject of a that-clause
    ("allegations that X harbours Y": not Y), for a statement by "said", "stated"... a name
    in what was said (not the speaker of "“...,” said X"), the speaker of a reporting clause
    after a comma ("Pakistan expelled refugees, the UN said": the UN expelled no one) or the
    agent of a passive inside its object clause ("a request for X to ensure that its soil is
    not used by Y"). For a statement that only reports (``reports``: no accusation or
    denial, whose that-clause names the accused), a name in the that-clause right after the
    verb is what was said ("told reporters that X met Y": X is no target), and so is one two
    prepositions deep in its object or past six words ("reaffirmed its stance on the need
    for a stable Afghanistan"); for a request (``asks``), a name past a that-clause's
    common-noun subject ("asked that the port include a terminal at X"). Anywhere, a name
    said again in brackets ("the World Food Programme (WFP)": the first takes the role) and
    a name modifying an organisation's noun before its own name ("the UN refugee agency
    UNHCR": only UNHCR), and a name after "through", "via", "across" (a route: "sent
    wheat to Afghanistan through Uzbekistan"); for a statement, whoever it quotes right
    after the trigger ("the statement quoted X as saying"); before the trigger, the speaker
    and the hearer of a speech verb whose that-clause holds it ("X told Y that Z agreed").
    ``people`` are the persons named in the sentence, ``low`` where it begins."""
    start, end = trigger
    if ";" in text[min(end, mention.end) : max(start, mention.start)]:
        return "another clause past a semicolon"  # "X welcomes the deal; Y denies Z"
    if said and mention.end <= start and (one_of_its_people(text, mention, start)
            or owns_its_speaker(text, mention, people, start)):  # fmt: skip
        return "the owner of the one unnamed person who speaks"  # "Russia’s envoy said"
    if mention.end <= start and _EMPLOYER.search(text, max(low, mention.start - 30), mention.start):
        return "the employer of the one who acts"  # "women working for UN agencies were held"
    if titled(text, low, mention, [m for m in mentions if person(m)]):
        return "the body in the title of the person named after it"  # "the commander of X, Y"
    if re.search(r"[A-Za-z]-$", text[max(0, mention.start - 2) : mention.start]) or re.match(
        r"-[a-z]", text[mention.end : mention.end + 2]
    ):
        return "a hyphenated modifier"
    if re.search(r"\(\s*$", text[max(0, mention.start - 3) : mention.start]) and any(
        m.entity == mention.entity and re.fullmatch(r"\s*\(\s*", text[m.end : mention.start])
        for m in mentions
    ):
        return "the name again in brackets"  # "the World Food Programme (WFP)": one actor
    if re.search(r"\b(?:through|via|across|transiting)\s+(?:the\s+)?$", text[low : mention.start]):
        return "the route"  # "sent wheat to Afghanistan through Uzbekistan": a way, no party
    agency = _AGENCY.match(text, mention.end)
    if agency and any(m.start == agency.end() and actor(m) for m in mentions):
        return "a modifier of the name after it"  # "the UN refugee agency UNHCR said"
    if opens_a_body(text, mention, mentions, actor):
        return "the owner opening a body's name"  # "the UN Office for ... (OCHA) said"
    if any(
        m.start < mention.start
        and mention.end == m.end
        and _TIMED.fullmatch(text[m.start : mention.start])
        and actor(m)
        for m in mentions
    ):
        return "inside a longer name"
    if mention.start >= end:
        gap = text[end : mention.start]
        if re.search(r"\b(?:any|no|every|each)\s+$", gap) and re.match(
            r"\s+[a-z]", text[mention.end :]
        ):
            return "a modifier of a quantified noun"  # "denied that any UN employee was held"
        if _PRONOUN_CLAUSE.search(gap):
            return "inside a coordinated clause with a subject of its own"  # "withdrew, but
            # it has kept its embassy in Kabul"
        if _AS.search(gap):
            return 'after "as": another clause or what the object is called'  # "as US
            # forces withdrew", "described China as Pakistan’s brother"
        if _BEHALF.search(gap) and person(mention):
            return "the one on whose behalf"  # "met Y on behalf of Prime Minister Modi"
        if _REACTION_BY.search(gap):
            return "the agent of a reaction to the event"  # "the visit was welcomed by X"
        told = source_or_subject(gap, said=said)
        if told:
            return told  # "..., according to state media"; "in which they discussed X"
        if _COMMENT.search(gap):
            return "in a comment on the event"  # "accused X of Y, a charge Z denies"
        if _ABOUT.search(gap):
            return "in what was discussed"  # "talks focused on how Afghan refugees"
        if _CAUSATIVE.search(gap):
            return "the object of a causative verb"
        if re.search(r",\s+with\b", gap):
            return "an adjunct after a comma"
        if _MAIN_VERB.search(gap) and not re.search(r"\b(?:who|which|that|whom)\b", gap):
            return "past the main verb after a parenthetical"
        if _FRAME.search(gap):
            return "inside a phrase of occasion or framework"
        if _PARTICIPLE_CLAUSE.search(gap):
            return "inside a participle clause after the trigger"
        if ANOTHER_AGENT.search(gap):
            return "the agent of a verb of the trigger's object clause"
        if said and _QUOTED.search(gap):
            return "the one quoted, or what they said"  # "the statement quoted X as saying"
        if said and re.search(r"\b(?:with|between|among)\b", gap):
            return "the other party of what was said"
        spoken = re.fullmatch(r"\s+", gap) and inverted(text, low, start)
        # "“...,” said Misri": the speaker
        hearer = _HEARER.fullmatch(gap) and re.fullmatch(_TOLD, text[start:end], re.I)
        if said and _REPORTING.fullmatch(" " + text[start:end]) and not spoken and not hearer:
            return "inside what was said"  # but "X told Y that ...": Y is told
        if said and attributed(text, low, start, mention, mentions, actor):
            return "the source of the words that attribute the statement"
        if "," in gap and _REPORTING.match(text, mention.end):
            return "the speaker of a reporting clause after a comma"
        if asks and _ASKED_THAT.match(gap):
            return "inside what was asked"  # "asked that the port include a terminal at X"
        if asks and _ASKED_FOR.search(gap):
            return "for whom it is asked"  # "urged X to ease visas for Afghan traders"
        if asks and text[start:end].endswith("for") and _ASKED_WHAT.fullmatch(gap):
            return "inside what was asked"  # "asked for consular access to X"
        if reports and (
            len(_PREPOSITION.findall(gap)) >= 2 or len(re.findall(r"[\w’'-]+", gap)) > 6
        ):
            return "deep inside what was said"  # "reaffirmed its stance on the need for X"
        if reports and re.search(r"^\s+(?:\w+\s+){0,3}?that\s", gap):
            return "inside what was said"  # "told reporters that X met Y": no target
        that = re.search(r"\bthat\b", gap)
        if that and any(end + that.end() <= m.start < mention.start and actor(m) for m in mentions):
            return "past the subject of a that-clause"
        return None
    speaker = any(m.start >= end and not text[end : m.start].strip() and actor(m) for m in mentions)
    if (
        said
        and speaker
        and _REPORTING.fullmatch(" " + text[start:end])
        and inverted(text, low, start)
    ):
        return "inside what was said, before the speech verb and its speaker"
    if not said and told_of(text, start, mention, mentions, actor):
        return "the speaker of the clause that tells it"  # "officials said X asked"
    if said and quoted_before(text, low, mention, start):
        return "inside a quotation closed before the speech verb"  # "“... X ...,” he said"
    that = _TOLD_THAT.search(text, max(low, mention.start - 60), start)
    if that and mention.end <= that.start("that") and that.start() < mention.end + 40:
        return "the speaker or hearer of a reporting verb"  # "X told Y that Z agreed"
    if _ASKED_BY.search(text, max(0, mention.start - 40), mention.start) and re.fullmatch(
        r"\s+to\s+(?:[a-z]+\s+){0,1}", text[mention.end : start]
    ):
        return "the agent of a passive asking another to act"  # "was invited by X to visit"
    if re.search(
        rf"(?:{_FRAME.pattern})(?:the\s+)?$", text[max(0, mention.start - 40) : mention.start]
    ):
        return "inside a phrase of occasion or framework"  # "on the sidelines of the X summit"
    comma = text.rfind(",", mention.end, start)
    if said and comma >= 0 and any(comma < m.start < start and actor(m) for m in mentions):
        return "before the speaker of a reporting clause"
    if (
        said
        and comma >= 0
        and _REPORTING.fullmatch(" " + text[start:end])
        and (_SPEAKER.fullmatch(text, comma, start) or _UNNAMED.fullmatch(text, comma, start))
    ):
        return "before a reporting clause after a comma"  # "X met Y, the ministry said"
    if re.match(rf"[’']s\s+(?!(?:{ITS_PEOPLE})\b)"
                r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*(?:,|\b(?:in|on|of|for|with)\b)",
                text[mention.end : start]) and not (
        said and _DOCUMENT.match(text, mention.end)):  # fmt: skip
        return "the owner of a thing named before the trigger"
    if dateline(text, mention):
        return "the dateline"  # "ISLAMABAD: Pakistan and Afghanistan agreed"
    responsible = _RESPONSIBLE.search(text, mention.end, start)
    if responsible and any(
        actor(m) and mention.end <= m.start and m.end <= responsible.start() for m in mentions
    ):
        return "before the one responsible"  # "X supports militants responsible for attacks"
    if said and ACCORDING.search(text, mention.end, start):
        return "before the words that attribute the statement"  # "X did Y, according to a
    if before_antecedent(text, start, mention, mentions, actor):
        return "before the antecedent of the relative clause"  # "A ... B, which did X"
    if earlier_object(text, low, start, mention, mentions, actor):
        return "the object of the clause before a pronoun's"  # "A ... B, but it did X"
    if _NEW_CLAUSE.search(text, mention.end, start):  # statement": X is no speaker
        return "before a clause of its own"  # "X met Y, and both sides agreed": not Y
    if _EARLIER_EVENT.search(text, mention.end, start):
        return "before a phrase naming another event"
    if _SUBORDINATE_CLAUSE.search(text, mention.end, start):
        return "before a subordinate clause of its own"  # "X mediated since ties soured over
    if "," in text[mention.end : start]:
        for someone in people:
            if someone.end <= mention.start and _APPOSITION.fullmatch(
                text[someone.end : mention.start]
            ):
                return "inside a person's apposition"
    return None


def quoted_before(text: str, low: int, mention: Mention, start: int) -> bool:
    """Whether ``mention`` lies inside a quotation that opens after ``low`` and closes
    before ``start``, the speech verb ("“Afghanistan must not become a haven,” Li told
    reporters": Afghanistan is what was said, whoever says it)."""
    opened = text.rfind("“", max(0, low - 2), mention.start)
    return (
        opened >= 0 and "”" not in text[opened : mention.start] and "”" in text[mention.end : start]
    )
