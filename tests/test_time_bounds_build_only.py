"""kg:firstDay and kg:lastDay (the first and last day a time can mean) are written by
the build, as kg:dateWording is: no claim predicate, so a claim row using one is refused
as such, and the review page does not offer them."""

from __future__ import annotations

import pytest

from kg.build.ontology import BUILD_PREDICATES, load_vocabulary
from kg.errors import BuildFailedError
from tests.conftest import ONTOLOGY, TinyCorpus


def test_the_time_bounds_are_no_claim_predicates() -> None:
    vocabulary = load_vocabulary(ONTOLOGY)
    assert {"firstDay", "lastDay"} <= BUILD_PREDICATES
    assert "firstDay" not in vocabulary.properties and "lastDay" not in vocabulary.properties
    assert "hasTime" in vocabulary.properties


@pytest.mark.parametrize("predicate", ["firstDay", "lastDay"])
def test_a_claim_giving_one_is_refused_as_the_builds(tiny: TinyCorpus, predicate: str) -> None:
    line = tiny.append("claims/s1.tsv", f"meeting\t{predicate}\t2025-01-08\ts1\ton Wednesday")
    with pytest.raises(BuildFailedError) as failed:
        tiny.build()
    messages = [str(p) for p in failed.value.problems]
    assert messages == [
        f"{tiny.data / 'claims' / 's1.tsv'}:{line}: predicate {predicate!r} is written by "
        "the build, not by claims"
    ]
