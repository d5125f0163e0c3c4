"""How much of each source's story the evidence spans cover.

Each story sentence (a sentence no exclusion overlaps) is ``claims`` (an
accepted claim's evidence overlaps it), ``suggested`` (no claim, but a pending
suggestion's evidence does: the caller hands those spans in) or ``none``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from kg.build.annotations import Annotations
from kg.build.corpus import Sentence, find_all, split_sentences

Status = Literal["claims", "suggested", "none"]


@dataclass
class SourceCoverage:
    source: str
    sentences: int = 0
    covered: int = 0
    excluded: int = 0
    uncovered: list[Sentence] = field(default_factory=list)
    story: list[tuple[Sentence, Status]] = field(default_factory=list)
    """Every story sentence, in text order, with its status."""

    @property
    def pending(self) -> list[Sentence]:
        """The uncovered sentences that a pending suggestion would cover."""
        return [sentence for sentence, status in self.story if status == "suggested"]

    @property
    def story_sentences(self) -> int:
        return self.sentences - self.excluded

    @property
    def ratio(self) -> float:
        return self.covered / self.story_sentences if self.story_sentences else 1.0


def coverage(
    annotations: Annotations,
    texts: dict[str, str],
    pending: Mapping[str, Iterable[str]] | None = None,
) -> list[SourceCoverage]:
    """Per source: story sentences overlapped by an evidence span, and those that are not.

    Every occurrence of a span counts (a sentence printed twice is covered twice);
    sentences overlapped by an exclusion are not story sentences. ``pending``
    holds, per source, the evidence of the suggestions not yet decided.
    """
    evidence: dict[str, set[str]] = {}
    for claim in annotations.claims:
        evidence.setdefault(claim.source, set()).add(claim.evidence)
    excluded: dict[str, set[str]] = {}
    for exclusion in annotations.exclusions:
        excluded.setdefault(exclusion.source, set()).add(exclusion.text)

    report = []
    for source in sorted(texts):
        text = texts[source]
        covered_ranges = _ranges(text, evidence.get(source, set()))
        excluded_ranges = _ranges(text, excluded.get(source, set()))
        pending_ranges = _ranges(text, set((pending or {}).get(source, ())))
        result = SourceCoverage(source)
        for sentence in split_sentences(text):
            result.sentences += 1
            if _overlaps(sentence, excluded_ranges):
                result.excluded += 1
            elif _overlaps(sentence, covered_ranges):
                result.covered += 1
                result.story.append((sentence, "claims"))
            else:
                result.uncovered.append(sentence)
                suggested = _overlaps(sentence, pending_ranges)
                result.story.append((sentence, "suggested" if suggested else "none"))
        report.append(result)
    return report


def _ranges(text: str, spans: set[str]) -> list[tuple[int, int]]:
    return sorted(offsets for span in spans for offsets in find_all(text, span))


def _overlaps(sentence: Sentence, ranges: list[tuple[int, int]]) -> bool:
    return any(start < sentence.end and end > sentence.start for start, end in ranges)
