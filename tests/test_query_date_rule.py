"""The catalogue's `since` and `kg timeline --since` judge an event's dates by one rule.

`india-taliban-contacts` keeps the India–Taliban contacts that `kg timeline
--since` keeps: the same events, for bounds before, inside and after the
seed's dated contacts (kg/dates.py is the rule; the query writes it in SPARQL).
"""

from __future__ import annotations

import pytest

from kg.build import BuildResult
from kg.lookup.backend import backend_for
from kg.lookup.timeline import timeline
from kg.resources import default_queries_dir
from kg.sparql import bind_parameters, load_catalogue
from kg.stores.memory import MemoryStore

CONTACTS = load_catalogue(default_queries_dir()).get("india-taliban-contacts")


def _contacts(seed: BuildResult, **params: str) -> set[str]:
    result = MemoryStore(seed.dataset).query(CONTACTS.text, bind_parameters(CONTACTS, params))
    return {str(row[0]).rsplit("/", 1)[-1] for row in result}  # type: ignore[index]


@pytest.mark.parametrize(
    "since", ["2024-01-01", "2024-11-05", "2024-11-06", "2025-01-01", "2025-01-09", "2025-05-16"]
)
def test_the_query_keeps_the_contacts_the_timeline_keeps(seed: BuildResult, since: str) -> None:
    every_contact = _contacts(seed)  # the default bound: none
    in_timeline = {
        entry.event.id for entry in timeline(backend_for(seed.dataset), since=since).entries
    }
    assert _contacts(seed, since=since) == every_contact & in_timeline


def test_a_recent_visit_known_only_as_before_the_report_is_not_after_a_date(
    seed: BuildResult,
) -> None:
    # 003 (16 May 2025): "a recent visit to Kabul by an Indian diplomat": up to 16 May 2025
    assert "indian-diplomat-kabul-visit-2025" in _contacts(seed)
    assert "indian-diplomat-kabul-visit-2025" not in _contacts(seed, since="2025-01-01")
