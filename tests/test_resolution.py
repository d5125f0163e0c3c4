"""Entity resolution: names, aliases, ids, misspellings and ambiguity.

The names and spellings come from the five reports (quoted); the register in
data/entities/ declares them.
"""

from __future__ import annotations

import pytest

from kg.build import BuildResult
from kg.errors import InputError
from kg.graph.model import Name
from kg.lookup.backend import MemoryBackend, backend_for
from kg.lookup.names import Resolver
from kg.namespaces import KGR
from kg.vocabulary import AmbiguousNameError, UnknownNameError, normalise


@pytest.fixture(scope="module")
def resolver(seed: BuildResult) -> Resolver:
    backend: MemoryBackend = backend_for(seed.dataset)
    return Resolver(backend.names())


def resolved_id(resolver: Resolver, text: str) -> str:
    return resolver.resolve(text).id


def test_both_spellings_of_the_defence_minister_are_one_entity(resolver: Resolver) -> None:
    # 002: "a rare interaction with Defense Minister Mohammad Yaqoob"
    # 004: "the Taliban’s Acting Defence Minister, Mohammad Yaqub Mujahid"
    assert resolved_id(resolver, "Yaqoob") == "mohammad-yaqub-mujahid"
    assert resolved_id(resolver, "Mohammad Yaqub Mujahid") == "mohammad-yaqub-mujahid"
    assert resolved_id(resolver, "Mohammad Yaqoob") == "mohammad-yaqub-mujahid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 003: "a meeting between Muttaqi and Indian Foreign Secretary Vikram Misri"
        ("muttaqi", "amir-khan-muttaqi"),
        ("MUTTAQI", "amir-khan-muttaqi"),
        ("Muttaqī", "amir-khan-muttaqi"),  # accents do not matter
        ("Yaqub", "mohammad-yaqub-mujahid"),
        # 004: "a delegation led by J.P. Singh"; 001/002: "JP Singh"; 002: "Jitender Pal Singh"
        ("J.P. Singh", "jp-singh"),
        ("JP Singh", "jp-singh"),
        ("j. p. singh", "jp-singh"),
        ("Jitender Pal Singh", "jp-singh"),
        ("MEA", "ministry-of-external-affairs"),
        # 003: "the Islamic Emirate in global platforms"
        ("Islamic Emirate", "islamic-emirate-of-afghanistan"),
        ("taliban administration", "islamic-emirate-of-afghanistan"),
        ("Taliban", "taliban"),
    ],
)
def test_labels_and_aliases_resolve(resolver: Resolver, text: str, expected: str) -> None:
    assert resolved_id(resolver, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "amir-khan-muttaqi",
        "kgr:amir-khan-muttaqi",
        str(KGR["amir-khan-muttaqi"]),
        f"<{KGR['amir-khan-muttaqi']}>",
    ],
)
def test_ids_curies_and_iris_resolve(resolver: Resolver, text: str) -> None:
    assert resolved_id(resolver, text) == "amir-khan-muttaqi"


def test_a_word_of_a_name_resolves_when_only_one_entity_has_it(resolver: Resolver) -> None:
    # 004: "He called on former President Hamid Karzai"
    assert resolved_id(resolver, "Hamid") == "hamid-karzai"
    # the words of an event's label find the event
    assert resolved_id(resolver, "Singh Karzai") == "singh-karzai-meeting-2024-11"


@pytest.mark.parametrize(
    ("text", "suggested"),
    [("Muttaqui", "amir-khan-muttaqi"), ("Vikram Misrii", "vikram-misri")],
)
def test_a_misspelt_name_suggests_the_closest(
    resolver: Resolver, text: str, suggested: str
) -> None:
    with pytest.raises(UnknownNameError) as caught:
        resolver.resolve(text)
    assert caught.value.suggestions[0].id == suggested
    assert "did you mean" in str(caught.value) and suggested in str(caught.value)


def test_a_word_many_labels_share_is_ambiguous(resolver: Resolver) -> None:
    # seven embassies and a consulate: "Embassy of India, Kabul", "Embassy of China, Kabul", ...
    with pytest.raises(AmbiguousNameError) as caught:
        resolver.resolve("embassy")
    ids = {name.id for name in caught.value.candidates}
    assert {"embassy-of-india-kabul", "embassy-of-china-kabul"} <= ids
    message = str(caught.value)
    assert "Embassy of India, Kabul (embassy-of-india-kabul, DiplomaticMission)" in message
    assert "\n" not in message


def test_a_city_and_the_state_it_stands_for_are_ambiguous(resolver: Resolver) -> None:
    # "Islamabad" is the city, and the register's alias for Pakistan's government
    with pytest.raises(AmbiguousNameError) as caught:
        resolver.resolve("Islamabad")
    assert {(n.id, n.kind) for n in caught.value.candidates} == {
        ("islamabad", "City"),
        ("pakistan", "State"),
    }
    # the id, as written, is not ambiguous
    assert resolved_id(resolver, "islamabad") == "islamabad"
    assert resolved_id(resolver, "kgr:pakistan") == "pakistan"


def test_an_unknown_id_suggests_ids(resolver: Resolver) -> None:
    with pytest.raises(UnknownNameError) as caught:
        resolver.resolve("kgr:vikram-misry")
    assert [n.id for n in caught.value.suggestions][:1] == ["vikram-misri"]


def test_query_syntax_in_a_name_is_only_a_name(resolver: Resolver) -> None:
    with pytest.raises(UnknownNameError):
        resolver.resolve('x" } ; DROP ALL ; SELECT * WHERE { ?s ?p "')
    with pytest.raises(InputError):
        resolver.resolve("   ")


def test_rules_on_a_tiny_register() -> None:
    names = [
        Name("urn:x:a", "Alpha Beta", ("AB",), ("Person",)),
        Name("urn:x:b", "Alpha Gamma", (), ("Person",)),
        Name("urn:x:m", "Alpha Beta meets Alpha Gamma", (), ("Meeting",), is_event=True),
    ]
    resolver = Resolver(names)
    assert resolver.resolve("a.b.").iri == "urn:x:a"  # punctuation is ignored
    assert resolver.resolve("beta").iri == "urn:x:a"  # people before the events named after them
    assert resolver.resolve("meets").iri == "urn:x:m"
    with pytest.raises(AmbiguousNameError):
        resolver.resolve("alpha")


def test_normalise() -> None:
    assert normalise("India’s foreign ministry") == normalise("Indias Foreign Ministry")
    assert normalise("Pakistan-Afghanistan-Iran") == "pakistan afghanistan iran"
