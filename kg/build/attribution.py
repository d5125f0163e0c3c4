"""Whose voice a claim is in and how firmly it is put (issue 23): the row checks and
the triples of a claim's ``voice``, ``voice_evidence`` and ``factuality`` columns.

A claim is in the report's own voice, asserted as certain (``CT+``), unless its
row names an actor in ``voice`` (with the words that attribute it in
``voice_evidence``) or gives a mode and/or a FactBank code in ``factuality``.
A row whose ``voice`` names several actors separated by `` | `` ("Both sides
reported that") is a claim in each voice (:func:`split_voices`).
The modes, the codes and each mode's default code come from the ontology
(:class:`kg.build.ontology.Vocabulary`). The build writes ``kg:hasVoice`` (the
actor, or the source document), ``prov:wasAttributedTo`` the actor,
``kg:hasVoiceEvidence``, ``kg:factuality`` and ``kg:attributionMode``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from rdflib import URIRef

from kg.build.annotations import ClaimRecord
from kg.build.corpus import find_all, near_miss
from kg.errors import Problem
from kg.namespaces import KG, KGR, PROV, SRC

if TYPE_CHECKING:
    from kg.build.emit import TripleSink
    from kg.build.ontology import Vocabulary
    from kg.build.validate import ResolvedClaim

Spans = tuple[tuple[int, int], ...]


class EntityContext(Protocol):
    """What the checks ask of the build's register (:class:`kg.build.validate._Context`)."""

    def explained_entity(self, entity_id: str) -> bool: ...

    def unknown_entity(self, role: str, entity_id: str) -> str: ...


@dataclass(frozen=True)
class Attribution:
    """Whose voice a claim is in and how firmly it is put."""

    voice: URIRef | None = None
    """The actor it is attributed to; None: the report's own voice."""
    voice_spans: Spans = ()
    """The offsets of every occurrence of the words that attribute it."""
    factuality: str = "CT+"
    """The FactBank code of its factuality."""
    mode: str = "asserted"
    """The name of its attribution mode."""


REPORTS_OWN = Attribution()
"""The default: the report's own voice, asserted as certain."""


VOICE_SEPARATOR = "|"
"""Between the actors of a ``voice`` cell that several voices say together."""


def split_voices(record: ClaimRecord, problems: list[Problem]) -> list[ClaimRecord]:
    """The row as one record per voice: a ``voice`` of several actor ids separated by
    ``|`` ("Both sides reported that": ``india | islamic-emirate-of-afghanistan``) is
    the same claim in each voice, with the same evidence and voice evidence; an empty
    or repeated id is a problem (and the row is read in the voices that remain)."""
    if VOICE_SEPARATOR not in record.voice:
        return [record]
    voices: list[str] = []
    for part in record.voice.split(VOICE_SEPARATOR):
        voice = part.strip()
        if not voice or voice in voices:
            what = "an empty" if not voice else f"a repeated ({voice!r})"
            problems.append(
                Problem(
                    record.location,
                    f"voice: {what} actor id in {record.voice!r} "
                    f"(several voices are ids separated by ' {VOICE_SEPARATOR} ')",
                )
            )
            continue
        voices.append(voice)
    return [replace(record, voice=voice) for voice in voices]


def check_attribution(
    record: ClaimRecord,
    vocabulary: Vocabulary,
    texts: dict[str, str] | None,
    entity_types: dict[str, URIRef],
    context: EntityContext,
    problems: list[Problem],
) -> Attribution | None:
    """The attribution of a row, each problem added to ``problems``; None when its voice
    is unknown because of an error reported elsewhere (the row is not checked)."""
    voice, explained = check_voice(record, vocabulary, entity_types, context, problems)
    spans = locate_voice_evidence(record, texts, problems)
    mode, code = check_factuality(record, vocabulary, problems)
    if explained:
        return None
    return Attribution(KGR[voice] if voice is not None else None, spans, code, mode)


def check_voice(
    record: ClaimRecord,
    vocabulary: Vocabulary,
    entity_types: dict[str, URIRef],
    context: EntityContext,
    problems: list[Problem],
) -> tuple[str | None, bool]:
    """The entity id of the ``voice`` column (None: the report's own voice), and whether
    it is unknown because of an error reported elsewhere."""
    at = record.location
    if not record.voice:
        if record.voice_evidence:
            problems.append(
                Problem(at, "voice_evidence given without a voice: name the actor in voice")
            )
        return None, False
    voice_type = entity_types.get(record.voice)
    if voice_type is None:
        if context.explained_entity(record.voice):
            return None, True
        problems.append(Problem(at, context.unknown_entity("voice", record.voice)))
        return None, False
    actor = vocabulary.classes.get("Actor")
    if actor is not None and not vocabulary.is_a(voice_type, actor):
        kind = voice_type.split("#")[-1]
        problems.append(
            Problem(
                at,
                f"voice {record.voice!r} is a {kind}, not an Actor: "
                "a claim is attributed to a person, an organization or a state",
            )
        )
    if not record.voice_evidence:
        problems.append(
            Problem(
                at,
                f"voice {record.voice!r} needs voice_evidence: the verbatim words that "
                "attribute the claim (“said”, “according to”)",
            )
        )
    return record.voice, False


def locate_voice_evidence(
    record: ClaimRecord, texts: dict[str, str] | None, problems: list[Problem]
) -> Spans:
    """The offsets of the ``voice_evidence`` span in its source (empty when unverified)."""
    if not record.voice_evidence or texts is None or record.source not in texts:
        return ()
    text = texts[record.source]
    spans = find_all(text, record.voice_evidence)
    if not spans:
        hint = near_miss(text, record.voice_evidence)
        message = (
            f"voice_evidence does not occur verbatim in {record.source}: {record.voice_evidence!r}"
        )
        if hint is not None:
            message += f" (the text has {hint!r})"
        problems.append(Problem(record.location, message))
    return tuple(spans)


def check_factuality(
    record: ClaimRecord, vocabulary: Vocabulary, problems: list[Problem]
) -> tuple[str, str]:
    """The mode name and FactBank code of the ``factuality`` column: a mode, a code, or
    a mode then a code; the mode defaults to asserted (reported with a voice) and the
    code to the mode's default factuality."""
    at = record.location
    mode = code = None
    for word in record.factuality.split():
        if word.lower() in vocabulary.modes and mode is None:
            mode = word.lower()
        elif word in vocabulary.factualities and code is None:
            code = word
        else:
            known = ", ".join([*vocabulary.modes, *vocabulary.factualities])
            problems.append(
                Problem(
                    at,
                    f"factuality: unknown or repeated value {word!r} in "
                    f"{record.factuality!r} (a mode, a FactBank code, or both: {known})",
                )
            )
            return "asserted", "CT+"
    if mode is None:
        mode = "reported" if record.voice else "asserted"
    elif mode == "asserted" and record.voice:
        problems.append(
            Problem(
                at,
                "factuality: asserted is the report's own voice; a claim with a voice is "
                "reported, denied, planned or considered",
            )
        )
    elif mode == "reported" and not record.voice:
        problems.append(Problem(at, "factuality: reported needs a voice: name the actor in voice"))
    if code is None:
        code = vocabulary.mode_factuality.get(mode, "CT+")
    elif mode == "denied" and not code.endswith("-"):
        problems.append(
            Problem(at, f"factuality: denied takes a negative code (CT-, PR-, PS-), not {code}")
        )
    return mode, code


def attribution_key(attribution: Attribution, voice: str) -> str:
    """What a claim's IRI adds for its attribution: nothing for the report's own voice
    asserted as certain, the voice's id, then the mode and code where they are not the
    default of a claim with (or without) a voice."""
    key = f"\t{voice}" if voice else ""
    default = ("reported" if voice else "asserted", "CT+")
    if (attribution.mode, attribution.factuality) != default:
        key += f"\t{attribution.mode} {attribution.factuality}"
    return key


def add_attribution(
    graph: TripleSink,
    claim: ResolvedClaim,
    claim_iri: URIRef,
    vocabulary: Vocabulary,
    add_span: Callable[..., None],
) -> None:
    """Whose voice the claim is in (PROV-O ``prov:wasAttributedTo`` an actor, or the
    report itself), how firmly it is put (a FactBank value) and in which mode."""
    record, attribution = claim.record, claim.attribution
    if attribution.voice is None:
        graph.add((claim_iri, KG.hasVoice, SRC[record.source]))
    else:
        graph.add((claim_iri, KG.hasVoice, attribution.voice))
        graph.add((claim_iri, PROV.wasAttributedTo, attribution.voice))
        if record.voice_evidence:
            add_span(
                graph,
                claim_iri,
                KG.hasVoiceEvidence,
                record.voice_evidence,
                attribution.voice_spans,
                record.source,
                vocabulary,
            )
    factuality = vocabulary.factualities.get(attribution.factuality)
    if factuality is not None:
        graph.add((claim_iri, KG.factuality, factuality))
    mode = vocabulary.modes.get(attribution.mode)
    if mode is not None:
        graph.add((claim_iri, KG.attributionMode, mode))
