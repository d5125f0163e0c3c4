"""Disputes: claims of a single-valued predicate that another report contradicts.

Two values from the same source (a report giving "in May" and "in the coming
weeks") are not a dispute; a value that a different source gives differently
is. Times conflict only when their spans are disjoint. The build works on a
small view of each value (:func:`dispute_value`), which an incremental build
keeps for the claims of the reports it does not read again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kg.build.validate import ObjectValue
from kg.build.values import QuantityValue, TimeValue

DisputeValue = tuple[str, str | None, str | None, str]
"""What :func:`conflict` compares of a value: its kind ("time", "quantity" or
"other"), earliest and latest day (ISO, for a time), and its text: the key of a
time or quantity, ``str`` of anything else."""


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


DisputeEntry = tuple[str, str, str, str, DisputeValue]
"""A claim of a single-valued predicate: (key, subject, predicate, source, value);
``key`` names the claim to the caller."""


def disputed_keys(entries: Iterable[DisputeEntry]) -> set[int]:
    """The positions in ``entries`` of the claims that another source contradicts."""
    by_key: dict[tuple[str, str], list[tuple[int, str, DisputeValue]]] = defaultdict(list)
    for index, (_, subject, predicate, source, value) in enumerate(entries):
        by_key[(subject, predicate)].append((index, source, value))
    disputed: set[int] = set()
    for group in by_key.values():
        for index, source, value in group:
            if any(other != source and conflict(value, theirs) for _, other, theirs in group):
                disputed.add(index)
    return disputed


def conflict(first: DisputeValue, second: DisputeValue) -> bool:
    """Whether two values of a single-valued predicate contradict each other."""
    if first[0] == "time" and second[0] == "time":
        return _disjoint(first, second)
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
