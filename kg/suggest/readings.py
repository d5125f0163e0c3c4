"""Readings that make a match of a register name no mention of it (round six).

Rules of general English and of the genre, applied after :mod:`kg.suggest.mentions`
found its matches:

- page furniture (:func:`furniture`): a line that links to another story ("ALSO
  READ | ...", "Read more: ...", "Related: ...") or follows the story ("Follow us
  on ...", "Copyright ..."), a photo's caption ("Photo: ...", "... (Photo | X)"), the
  agency in a dateline's brackets ("KABUL (Asia Wire) —"), a byline (a name alone
  on one of the first lines, or "By" a name and the writer's role), the time of
  publication ("Published ...") and a section's name in capitals ("WORLD / ASIA") name
  nothing of the report;
- an indefinite article with a modifier (:func:`indefinite`): a register name the
  register writes in lower case (a common noun: "technical team") after "a", "an",
  "another" and a word none of its names has ("a joint technical team") is a new one
  of that kind, not the register's ("a technical team" may still be it);
- a modifier (:func:`singular`): a group's plural name implied in the singular before
  a noun ("refugee" of "Afghan refugees" in "the UN refugee agency") names a kind,
  not the group;
- another owner (:func:`owned_otherwise`): a name the register's implies by leaving
  its owner out ("embassy in Kabul" of "Embassy of India, Kabul") after "its",
  "their" in a sentence that names states, none of them its owner ("Uzbekistan
  has kept its embassy in Kabul") or that opens with a name the register does not
  know ("Dushanbe has kept ..."), or after another state's adjective or
  possessive ("the Afghan embassy in Tehran"), is another's;
- an armed group's body of government (:func:`governing`): "the Taliban’s Ministry of
  Mines" names the group's government ("Taliban government"), as annotation.md asks,
  and so does the group joined to a state by "and" ("a deal with Iran and the
  Taliban"), appointing ("Taliban-appointed diplomats") or issuing a statement ("the
  Taliban denied");
- a person or group of one occasion named by a description (:mod:`kg.suggest.one_offs`);
- a body's name before its agency, which the text names ("the UN refugee agency UNHCR
  said"), is no mention of the body;
- a longer name (:func:`crossed`): a form implied by a possessive ("Afghanistan’s
  Taliban" for "Afghan Taliban") gives way to a register name that begins inside it
  and ends after it ("Afghanistan’s Taliban administration": the administration).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.suggest.derived import QUALIFIER
from kg.suggest.english import SAYING, SPEECH_VERBS, alternation
from kg.suggest.one_offs import another_ones
from kg.suggest.owned_forms import owned_otherwise
from kg.suggest.text import FRONT_LINES, dateline_at
from kg.suggest.title_owners import HIS_TITLE, TITLED
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention
    from kg.suggest.register import Register
    from kg.suggest.text import Report

FURNITURE = re.compile(
    r"(?im)^[ \t]*(?:also\s+read|read\s+also|read\s+more|also\s+see|see\s+also|"
    r"related(?:\s+(?:stories|news|articles?))?\s*[:|]|more\s+from|follow\s+us\s+on|"
    r"scroll\s+for\s+next|copyright\b|©)[^\n]*"
)
"""A line of page furniture: a link to another story, or what follows the story."""

_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?P<modifiers>(?:[a-z-]+\s+){1,2})$")
DESCRIPTIONS = ("Topic", "Commodity")
"""Classes whose names are common nouns of what is talked about: no new referent."""


BYLINE = re.compile(
    r"(?m)^[ \t]*(?:(?:By\s+)?[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,3}"
    r"|By\s+[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,3},[^\n]{1,40}"
    r"|(?:Published|Updated|Posted|Last\s+updated)\b[^\n]{0,40}"
    r"|[A-Z][A-Z&-]+(?:\s*[/|]?\s*[A-Z][A-Z&-]+){0,3})[ \t]*$"
)
"""Among a text's first lines: a byline (two to four capitalised words alone, or after "By"
with the writer's role: "By Jane Doe, UN correspondent"), the time of publication
("Published December 1, 2026") or a section's name in capitals ("WORLD / ASIA-PACIFIC")."""


CAPTION = re.compile(
    r"(?im)^[ \t]*(?:(?:file\s+)?(?:photo|picture|image)\s*[:|]|[^\n]*\((?:file\s+)?"
    r"(?:photo|picture|image)\b[^()\n]*\)[ \t]*$)[^\n]*"
)
"""A photo's caption: a line opening with "Photo:" or ending with "(Photo | credit)"."""


def furniture(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines of page furniture (:data:`FURNITURE`), of a photo's
    caption (:data:`CAPTION`), of the news agency in brackets on a dateline
    (:data:`kg.suggest.text.DATELINE`: "KABUL, Afghanistan (Asia Wire) —", the report's
    source, no party to it) where the story does not name it again, and of a byline
    (:data:`BYLINE`) among the first six lines but the first (the headline)."""
    spans = [m.span() for pattern in (FURNITURE, CAPTION) for m in pattern.finditer(text)]
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:FRONT_LINES]
    for line in lines:  # unless the story names the agency again ("told Asia Wire")
        dateline = dateline_at(text, line.start())
        if dateline and dateline["agency"]:
            again = [m.start() for m in re.finditer(re.escape(dateline["agency"]), text)]
            if not any(a != dateline.start("agency") and not _inside(a, spans) for a in again):
                spans.append(dateline.span("agency"))
    return spans + [
        m.span() for i, m in enumerate(lines[:6]) if BYLINE.fullmatch(m.group()) and _front(i, m)
    ]


def _front(index: int, line: re.Match[str]) -> bool:
    """A first line is a headline unless it is a section's name in capitals."""
    return index > 0 or line.group().strip().isupper()


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def crossed(
    found: list[tuple[int, int, str]], implied: set[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The matches without the implied ones that a match by label or alias crosses, beginning
    inside and ending after them ("Afghanistan’s [Taliban] administration")."""
    exact = [m for m in found if m not in implied]
    return [
        m for m in found if m not in implied or not any(m[0] < s < m[1] < e for s, e, _ in exact)
    ]


def dropped(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """The mentions none of this module's readings make another thing's, an armed group
    as the owner of an office its government's (:func:`governing`)."""
    spans = furniture(report.text)
    return [
        governing(register, report.text, m, mentions)
        for m in mentions
        if not any(s <= m.start < e for s, e in spans)
        and not indefinite(register, report.text, m)
        and not singular(register, report.text, m)
        and not owned_otherwise(register, report, m, mentions)
        and not held_by_another(register, report.text, m, mentions)
        and not another_occasion(register, report.text, m)
        and not another_ones(register, report, m)
        and not agency_owner(report.text, m.end)
    ]


_AGENCY_AFTER = re.compile(
    r"\s+(?:[a-z’'-]+\s+){1,2}(?:agency|programme|program|fund|office)\s+[A-Z][\w-]*\b"
)


def agency_owner(text: str, end: int) -> bool:
    """Whether a body's name ending at ``end`` is the modifier of its agency, which the
    text names ("the UN refugee agency UNHCR said"): the agency acts, not the body."""
    return _AGENCY_AFTER.match(text, end) is not None


_ONE_OFF = ("Delegation",)
"""Classes of things of one occasion, named in the register for it ("X delegation to Y
(October 2026)")."""


def another_occasion(register: Register, text: str, mention: Mention) -> bool:
    """A delegation named by its bare alias and placed at another occasion right after it
    ("lead the Taliban delegation at a meeting in Doha", "the Indian delegation to
    Dhaka") that names none of the words of its label's own occasion ("... to Moscow"):
    another occasion's delegation."""
    if not any(register.is_a(mention.entity, c) for c in _ONE_OFF):
        return False
    occasion = _OCCASION.match(text, mention.end)
    if occasion is None:
        return False
    label = QUALIFIER.sub("", register.entities[mention.entity].label)
    place = re.search(r"\s(?:to|in|at|for)\s(.+)", label)  # its own occasion: "to Moscow"
    said = set(normalise(text[mention.start : mention.end]).split())
    added = re.findall(r"\b[A-Z][\w-]+", place.group(1)) if place else []
    words = set(normalise(occasion.group()).split())
    return bool(added) and not any(normalise(w) in words for w in added if normalise(w) not in said)


_OCCASION = re.compile(r"\s+(?:at|to|in|for)\s+(?:(?:a|an|the)\s+|(?=[A-Z]))[^.;:]*")


_OFFICE_AFTER = re.compile(
    r"[’']s?\s+(?:(?i:interim|de\s+facto)\s+)*(?i:(?:foreign\s+)?ministry|government|"
    r"administration|cabinet|embassy|consulate)\b|-(?:appointed|nominated)\b"
    r"|[’']s?\s+(?:[a-z]+\s+){1,2}(?:ministry|agency)\b|\s+(?:ministry|minister|officials)\b"
)  # "the Taliban’s embassy", "Taliban-appointed diplomats": who appoints is a government;


def governing(
    register: Register, text: str, mention: Mention, mentions: list[Mention] | None = None
) -> Mention:
    """An armed group in the possessive before a body of government ("the Taliban’s
    Ministry of Mines", "the Taliban’s embassy", "intelligence agency"), before its
    ministry, minister or officials ("the Taliban ministry said"), appointing
    ("Taliban-appointed diplomats"), denying, rejecting, condemning, welcoming, freeing or
    releasing, or joined by "and" to a state or a government ("a deal with Iran and the
    Taliban", "between Islamabad and the Taliban": a party beside a state), or giving a
    person's title ("the Taliban’s acting Foreign Minister", whose office is the
    government's: annotators write it ``positionIn`` the government, and the person
    stays a member of the movement, :data:`TITLED`), acts
    in diplomacy: the government the register names "<group> government" (annotation.md,
    "Naming the actor"), and the mention as it was where the register names no such
    government."""
    if not register.is_a(mention.entity, "ArmedGroup") or not (
        _OFFICE_AFTER.match(text, mention.end)
        or HIS_TITLE.match(text, mention.end)
        or _STATES_AFTER.match(text, mention.end)
        or _beside_state(register, text, mention, mentions)
    ):
        return mention
    name = normalise(register.entities[mention.entity].label)
    found = [
        e.id
        for e in register.entities.values()
        if e.id != mention.entity
        and any(normalise(n) == f"{name} government" for n in (e.label, *e.aliases))
    ]
    if len(found) != 1:
        return mention
    how = "an armed group's office: its government"
    if HIS_TITLE.match(text, mention.end):
        how = f"{TITLED} {mention.entity}"  # whose member the person stays (stances.py)
    return replace(mention, entity=found[0], how=how)


_STATING = (SPEECH_VERBS & {"denies", "denied", "rejects", "rejected"}) | {"deny", "reject"}
_STATES_AFTER = re.compile(
    rf"\s+(?:have\s+|has\s+)?(?:{alternation(_STATING)}|condemn(?:s|ed)?|welcome[sd]?"
    r"|free[sd]?|release[sd]?)\b"
)  # round 16: "the Taliban have released an American": a detainee's release, a state's act
"""A verb of an official statement after the group ("Taliban deny ...", "the Taliban
condemned"): it speaks as a government."""
_STATES = ("State", "Government", "City")  # "Islamabad" for Pakistan's government too


def _beside_state(
    register: Register, text: str, mention: Mention, mentions: list[Mention] | None
) -> bool:
    """Whether a state's or a government's mention and "and" come right before the group
    ("Iran and the Taliban") or right after it ("the Taliban and Iran")."""
    for other in mentions or []:
        if not any(register.is_a(other.entity, c) for c in _STATES):
            continue
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", text[other.end : mention.start]):
            return True
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", text[mention.end : other.start]):
            return True
    return False


_FUNCTION = {
    "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "is", "was",
    "who", "that", "which", "had", "has", "were", "are", *SAYING,
}  # fmt: skip


def singular(register: Register, text: str, mention: Mention) -> bool:
    """A group's plural name implied in the singular ("refugee" of "Afghan refugees") before
    a noun: a kind ("the UN refugee agency", "refugee camps"), not the group; after "a",
    "one", "each": one of them ("an Afghan refugee said", round 21)."""
    last = normalise(text[mention.start : mention.end].split()[-1])
    if mention.how != "a form its names imply" or not register.is_a(mention.entity, "Group"):
        return False
    record = register.entities[mention.entity]
    heads = {normalise(n).split()[-1] for n in (record.label, *record.aliases) if n.strip()}
    if not heads & {last + "s", last + "es", last[:-1] + "ies"}:
        return False  # "traders from Afghanistan": the plural's head is there
    after = re.match(r"\s+([a-z]+)", text[mention.end : mention.end + 20])
    one = re.search(r"\b(?:an?|one|each|every|another)\s+$", text[: mention.start], re.I)
    return one is not None or (after is not None and after.group(1) not in _FUNCTION)


_NAME_AFTER = re.compile(r"\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_HOLDS = ("holdsPosition", "holdsActingPosition")


def held_by_another(
    register: Register, text: str, mention: Mention, mentions: list[Mention]
) -> bool:
    """A register office's title right before a name the register does not know, where
    the register gives the office a holder: another state's office of the same words
    ("Prime Minister Shehbaz X" is no "Prime Minister" of the register's own), or a
    successor; either way not the register's office for sure."""
    if not register.is_a(mention.entity, "Position"):
        return False
    name = _NAME_AFTER.match(text, mention.end)
    if name is None or any(name.start() < m.end and m.start < name.end() for m in mentions):
        return False
    return any(c.predicate in _HOLDS and c.object == mention.entity for c in register.claims)


def indefinite(register: Register, text: str, mention: Mention) -> bool:
    """A common-noun name of an actor or place after "a"/"an"/"another": a new one."""
    words = text[mention.start : mention.end]
    if not words.islower() or any(register.is_a(mention.entity, c) for c in DESCRIPTIONS):
        return False
    record = register.entities[mention.entity]
    if not any(normalise(n) == normalise(words) for n in (record.label, *record.aliases)):
        return False  # a form the names imply, judged by its own rules
    article = _INDEFINITE.search(text[max(0, mention.start - 40) : mention.start])
    if article is None:
        return False
    own = {w for n in (record.label, *record.aliases) for w in normalise(n).split()}
    return not set(normalise(article["modifiers"]).split()) <= own
