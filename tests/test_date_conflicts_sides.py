"""`date-conflicts` pairs two sides (two reports, or two voices of one): a report that
gives one event two dates that cannot both hold, in one voice, is not paired with
itself, as the build reads one voice's dates as one span and marks no dispute; against
another report, its dates still conflict. The texts are invented."""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg.build import build_oxigraph
from kg.sparql import run
from kg.stores.oxigraph import OxigraphStore
from tests.conftest import ONTOLOGY, ROOT, TinyCorpus

QUERY = (ROOT / "queries" / "date-conflicts.rq").read_text(encoding="utf-8")
ID = "https://w3id.org/kgdiplo/id/"


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Dataset | OxigraphStore]:
    tiny = TinyCorpus(tmp_path_factory.mktemp("sides"))
    # s1 dates the meeting 8 January ("on Wednesday") and, in its headline, 2 January
    tiny.write(
        "sources.tsv", "id\theadline\tpublished\ns1\tEnvoys\t2025-01-09\ns2\tAgain\t2025-01-21\n"
    )
    tiny.append("claims/s1.tsv", "meeting\thasTime\t2025-01-02\ts1\tEnvoys meet in Dubai")
    (tiny.corpus / "s2.txt").write_text(
        "Envoys meet again\nThe envoys met in Dubai on 20 January 2025, officials said.\n",
        encoding="utf-8",
    )
    tiny.write(
        "claims/s2.tsv",
        "subject\tpredicate\tobject\tsource\tevidence\n"
        "meeting\thasTime\t2025-01-20\ts2\ton 20 January 2025\n",
    )
    store = tiny.root / "store"
    build_oxigraph(store, tiny.data, ONTOLOGY, tiny.corpus, queries_dir=ROOT / "queries")
    return {"memory": tiny.build().dataset, "oxigraph": OxigraphStore(store)}


@pytest.mark.parametrize("engine", ["memory", "oxigraph"])
def test_a_side_is_not_paired_with_itself(
    engines: dict[str, Dataset | OxigraphStore], engine: str
) -> None:
    found = engines[engine]
    result = run(found, QUERY, {}) if isinstance(found, Dataset) else found.query(QUERY)
    pairs = {
        tuple(str(row[c]).removeprefix(ID) for c in ("event", "earlierSource", "laterSource"))  # type: ignore[call-overload,index]
        for row in result
    }
    assert pairs == {("meeting", "s1", "s2")}
