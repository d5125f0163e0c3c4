"""Disputes: pairs of claims that cannot both be true, in one report or across reports.

The build keeps every claim and nothing is chosen; where two claims contradict
each other it writes a ``kg:Dispute`` naming both (``kg:disputedClaim``) and
the rule that sets them against each other (``kg:disputeKind``), and marks
each claim ``kg:disputed``. The rules (docs/annotation.md, *Disputes*):

* ``ValueConflict``: a single-valued predicate (``hasTime``, ``hasQuantity``,
  ``hasFatalities``) given values that conflict by two reports, or by two voices
  of one report ("the military said 47 were killed", "the spokesman put the toll
  at 31"; a denial is no value of its own), see :func:`said_by` (one report's
  "in May" and "in the coming weeks" are not a dispute). Times conflict only
  when their spans are disjoint, quantities only in the same unit (a railway's
  75 km and the 2 million tonnes it carried are two measures, not a dispute).
* ``TitleConflict``: the same person and position held ``holdsActingPosition``
  in one claim and ``holdsPosition`` in another, at the same time: in one
  report, or in two published the same day.
* ``QuotationConflict``: two renderings (``hasQuotation``, ``hasParaphrase``)
  of the same statement event whose words are alike but not the same (one
  passage in different words; different passages of a statement are not
  alike), see :func:`same_passage`.
* ``SubEventTimeConflict``: a time of a sub-event (``subEventOf``) disjoint
  from a time of the event it is part of.
* ``FirstClaimConflict``: a "first" (``hasSignificance``) that an earlier
  event of the graph contradicts, see :func:`kg.build.first_claims.first_conflicts`.
* ``PlaceConflict``: two places (``hasPlace``) of one meeting that cannot both
  hold, see :func:`_place_conflicts`.

Every rule reads only a small view of each claim (:data:`DisputeEntry`), which
an incremental build keeps for the claims of the reports it does not read
again, and what every build has whole (the publication dates, the register's
classes, the ontology), so the checks that span reports give a full build's
answer whatever was read again.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.build.validate import ObjectValue
from kg.build.values import QuantityValue, TimeValue
from kg.namespaces import KG

DisputeValue = tuple[str, str | None, str | None, str]
"""What the rules compare of a value: its kind ("time", "quantity" or "other"),
earliest and latest day (ISO, for a time), and its text: the key of a time or
quantity, ``str`` of anything else (an IRI, a quotation)."""


def dispute_value(value: ObjectValue) -> DisputeValue:
    """The part of a claim's value that decides a dispute (kept by an incremental
    build's cache for the claims of the sources it does not read again)."""
    if isinstance(value, TimeValue):
        earliest, latest = value.earliest, value.latest
        return (
            "time",
            earliest.isoformat() if earliest is not None else None,
            latest.isoformat() if latest is not None else None,
            value.key,
        )
    if isinstance(value, QuantityValue):
        return ("quantity", None, None, value.key)
    return ("other", None, None, str(value))


DisputeEntry = tuple[str, str, str, str, DisputeValue, str]
"""A claim the rules read: (key, subject, predicate, source, value, said by); ``key``
names the claim to the caller (its claim IRI), ``said by`` is :func:`said_by`."""


def said_by(voice: str, factuality: str) -> str:
    """Who gives a claim's value, for the value rule: the voice's id
    ("" the report's own), and "-" before it where the voice denies the value (a
    denial gives no value of its own: "X dismissed the toll of 47" conflicts with no
    other figure)."""
    return f"-{voice}" if factuality.endswith("-") else voice


_K = str(KG)
HOLDS, ACTING = _K + "holdsPosition", _K + "holdsActingPosition"
QUOTATION, PARAPHRASE = _K + "hasQuotation", _K + "hasParaphrase"
SUB_EVENT_OF, SIGNIFICANCE, HAS_TIME = _K + "subEventOf", _K + "hasSignificance", _K + "hasTime"
HAS_PLACE, LOCATED_IN = _K + "hasPlace", _K + "locatedIn"
AFFILIATIONS = frozenset({HOLDS, ACTING, _K + "positionIn", _K + "memberOf", _K + "represents"})
"""Links from an actor to the bodies it belongs to (a person to the position they
hold, a position to its organisation, a ministry to its state...)."""
RULE_PREDICATES = (
    frozenset({QUOTATION, PARAPHRASE, SUB_EVENT_OF, SIGNIFICANCE, HAS_PLACE, LOCATED_IN})
    | AFFILIATIONS
)
"""The predicates the rules read besides the single-valued and the role predicates."""

VALUE, TITLE, QUOTE = "ValueConflict", "TitleConflict", "QuotationConflict"
SUB_EVENT, FIRST, PLACE = "SubEventTimeConflict", "FirstClaimConflict", "PlaceConflict"
KINDS = (VALUE, TITLE, QUOTE, SUB_EVENT, FIRST, PLACE)
"""The local names of the ``kg:DisputeKind`` individuals."""

SIMILAR = 70.0
"""The least fuzzy token-set similarity (0-100) of two renderings of one passage."""

_MEETING, _CITY, _STATE = _K + "Meeting", _K + "City", _K + "State"


@dataclass(frozen=True)
class DisputeContext:
    """What the rules need beyond the claims: the same in a full and an incremental build."""

    single_valued: frozenset[str]
    """Predicate IRIs marked ``kg:expectsSingleValue``."""
    roles: frozenset[str]
    """Predicate IRIs of the roles (sub-properties of ``sem:hasActor``)."""
    published: Mapping[str, str]
    """Each source's publication date (ISO)."""
    classes: Mapping[str, frozenset[str]]
    """Each register entity's classes (IRIs), its class's ancestors included."""


@dataclass(frozen=True, order=True)
class Dispute:
    """Two claims (their keys, the smaller first) and the kind of their conflict."""

    first: str
    second: str
    kind: str

    @property
    def iri_suffix(self) -> str:
        """The dispute's id: a digest of its kind and claims (never a counter)."""
        text = f"{self.kind}\t{self.first}\t{self.second}"
        return hashlib.sha1(text.encode()).hexdigest()[:16]


def is_rule_entry(predicate: str, context: DisputeContext) -> bool:
    """Whether the rules read the claims of ``predicate``."""
    return (
        predicate in context.single_valued
        or predicate in context.roles
        or (predicate in RULE_PREDICATES)
    )


def find_disputes(entries: Sequence[DisputeEntry], context: DisputeContext) -> list[Dispute]:
    """Every dispute among ``entries``, sorted."""
    found: set[Dispute] = set()
    by_predicate: dict[str, list[DisputeEntry]] = defaultdict(list)
    for entry in entries:
        by_predicate[entry[2]].append(entry)

    def add(first: DisputeEntry, second: DisputeEntry, kind: str) -> None:
        if first[0] != second[0]:
            low, high = sorted((first[0], second[0]))
            found.add(Dispute(low, high, kind))

    for predicate in context.single_valued:
        for first, second in _value_conflicts(by_predicate.get(predicate, [])):
            add(first, second, VALUE)
    for first, second in _title_conflicts(by_predicate, context):
        add(first, second, TITLE)
    for first, second in _quotation_conflicts(by_predicate):
        add(first, second, QUOTE)
    times: dict[str, list[DisputeEntry]] = defaultdict(list)
    for entry in by_predicate.get(HAS_TIME, []):
        times[entry[1]].append(entry)
    for first, second in _sub_event_conflicts(by_predicate, times):
        add(first, second, SUB_EVENT)
    from kg.build.first_claims import first_conflicts  # it reads this module's types

    for first, second in first_conflicts(by_predicate, times, context):
        add(first, second, FIRST)
    for first, second in _place_conflicts(by_predicate, context):
        add(first, second, PLACE)
    return sorted(found)


def _value_conflicts(
    entries: list[DisputeEntry],
) -> Iterable[tuple[DisputeEntry, DisputeEntry]]:
    by_subject: dict[str, list[DisputeEntry]] = defaultdict(list)
    for entry in entries:
        by_subject[entry[1]].append(entry)
    for group in by_subject.values():
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                if _apart(first, second) and conflict(first[4], second[4]):
                    yield first, second


def _apart(first: DisputeEntry, second: DisputeEntry) -> bool:
    """Whether two claims' values come from different sides: two reports, or two voices
    of one report; a denial gives no value of its own, in its report or against another."""
    one, other = first[5], second[5]
    if one.startswith("-") or other.startswith("-"):
        return False
    return first[3] != second[3] or one != other


def _title_conflicts(
    by_predicate: Mapping[str, list[DisputeEntry]], context: DisputeContext
) -> Iterable[tuple[DisputeEntry, DisputeEntry]]:
    plain: dict[tuple[str, str], list[DisputeEntry]] = defaultdict(list)
    for entry in by_predicate.get(HOLDS, []):
        plain[(entry[1], entry[4][3])].append(entry)
    for acting in by_predicate.get(ACTING, []):
        for other in plain.get((acting[1], acting[4][3]), []):
            same_day = context.published.get(acting[3]) == context.published.get(other[3])
            if acting[3] == other[3] or same_day:
                yield acting, other


def same_passage(first: str, second: str) -> bool:
    """Whether two renderings of one statement give the same passage in different words.

    Alike words (rapidfuzz's token-set ratio, of lower-cased words without
    punctuation, at least :data:`SIMILAR`), not the same text, and neither a
    part of the other (a shorter quotation of the same words agrees).

    >>> same_passage("Key regional partner", "significant regional and economic partner")
    True
    >>> same_passage("Key regional partner", "balanced and economy-focused foreign policy")
    False
    >>> same_passage("regional partner", "a key regional partner")
    False
    """
    from rapidfuzz import fuzz, utils

    one, other = utils.default_process(first), utils.default_process(second)
    if not one or not other or one in other or other in one:
        return False
    return bool(fuzz.token_set_ratio(one, other) >= SIMILAR)


def _quotation_conflicts(
    by_predicate: Mapping[str, list[DisputeEntry]],
) -> Iterable[tuple[DisputeEntry, DisputeEntry]]:
    by_event: dict[str, list[DisputeEntry]] = defaultdict(list)
    for predicate in (QUOTATION, PARAPHRASE):
        for entry in by_predicate.get(predicate, []):
            by_event[entry[1]].append(entry)
    for group in by_event.values():
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                if same_passage(first[4][3], second[4][3]):
                    yield first, second


def _sub_event_conflicts(
    by_predicate: Mapping[str, list[DisputeEntry]], times: Mapping[str, list[DisputeEntry]]
) -> Iterable[tuple[DisputeEntry, DisputeEntry]]:
    for link in by_predicate.get(SUB_EVENT_OF, []):
        child, parent = link[1], link[4][3]
        for own in times.get(child, []):
            for outer in times.get(parent, []):
                if _disjoint(own[4], outer[4]):
                    yield own, outer


def _place_conflicts(
    by_predicate: Mapping[str, list[DisputeEntry]], context: DisputeContext
) -> Iterable[tuple[DisputeEntry, DisputeEntry]]:
    """Two places of one meeting that cannot both hold, in one report or two.

    A meeting (``kg:Meeting`` or a subclass: a phone call or a visit may have a
    place at each end) is held in one place; two of its ``hasPlace`` claims
    conflict when neither place lies within the other (``locatedIn``, at any
    depth, as any report says) and either both are cities or the states each
    lies in (itself, for a state) are known for both and have none in common.
    A place whose state no claim gives (Kabul, where no claim puts it in
    Afghanistan) conflicts only with another city, never with a state or a
    province.
    """
    within: dict[str, set[str]] = defaultdict(set)
    for entry in by_predicate.get(LOCATED_IN, []):
        within[entry[1]].add(entry[4][3])

    def classes(iri: str) -> frozenset[str]:
        return context.classes.get(iri, frozenset())

    places: dict[str, list[DisputeEntry]] = defaultdict(list)
    for entry in by_predicate.get(HAS_PLACE, []):
        if _MEETING in classes(entry[1]):
            places[entry[1]].append(entry)
    for group in places.values():
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                one, other = first[4][3], second[4][3]
                if one == other:
                    continue
                around_one, around_other = closure([one], within), closure([other], within)
                if one in around_other or other in around_one:
                    continue
                if _CITY in classes(one) and _CITY in classes(other):
                    yield first, second
                    continue
                states_one = {p for p in around_one if _STATE in classes(p)}
                states_other = {p for p in around_other if _STATE in classes(p)}
                if states_one and states_other and not states_one & states_other:
                    yield first, second


def closure(starts: Iterable[str], links: Mapping[str, Iterable[str]]) -> set[str]:
    """``starts`` and every node reachable from them along ``links`` (the places a place
    lies in, the events an event is part of, the bodies an actor belongs to)."""
    found, todo = set(starts), list(starts)
    while todo:
        for node in links.get(todo.pop(), ()):
            if node not in found:
                found.add(node)
                todo.append(node)
    return found


def conflict(first: DisputeValue, second: DisputeValue) -> bool:
    """Whether two values of a single-valued predicate contradict each other."""
    if first[0] == "time" and second[0] == "time":
        return _disjoint(first, second)
    if first[0] == "quantity" and second[0] == "quantity":  # a length is no rival of a tonnage
        same_unit = first[3].split(" ")[-1] == second[3].split(" ")[-1]
        return same_unit and first[3] != second[3]
    if first[0] != "other" and second[0] != "other":
        return first[3] != second[3]
    return first[0] != second[0] or first[3] != second[3]


def _disjoint(first: DisputeValue, second: DisputeValue) -> bool:
    """Two times whose spans do not meet (ISO days compare as their text does)."""
    _, first_earliest, first_latest, _ = first
    _, second_earliest, second_latest, _ = second
    if first_latest is not None and second_earliest is not None and first_latest < second_earliest:
        return True
    return bool(
        second_latest is not None and first_earliest is not None and second_latest < first_earliest
    )
