"""Rules of round eleven that no test held (found by removing each rule in a review):
each test fails without its rule. Sentences of our own making."""

from __future__ import annotations

from kg.suggest.duplicates import text_aliases
from kg.suggest.event_record import Event
from kg.suggest.parents import named_dated
from kg.suggest.rows import Suggestion
from kg.suggest.unnamed import holder
from kg.suggest.when import DateMention
from tests.suggest_sentences import acting, actors, claims, events, suggest
from tests.test_suggest_mentions_general import register


def test_a_family_name_first_is_no_alias_where_the_last_name_stands_alone_too() -> None:
    """ "Wang" of "Wang Yi" is an alias only where the last word is not said alone: with
    both said alone, the last name is the usual surname."""
    text = "Foreign Minister Arjun Thapa met the envoy. Thapa spoke first; Arjun later left."
    end = text.index("Thapa") + len("Thapa")
    assert text_aliases(text, "Arjun Thapa", "Person", end) == ("Thapa",)
    wang = "Foreign Minister Wang Yi met the envoy. Wang spoke first."
    end = wang.index("Yi") + len("Yi")
    assert text_aliases(wang, "Wang Yi", "Person", end) == ("Wang",)


def test_whose_claims_a_denial_rejects_after_from_or_by_is_its_target() -> None:
    rows = suggest("Nepal rejected the claims from India on Monday.")
    (denial,) = events(rows, "Denial")
    assert ("hasTarget", "india") in actors(rows, denial)


def _meeting(sentence: int, *, day: str = "", later: bool = False) -> Event:
    dates = [DateMention(0, 9, day, "on Monday", True, 0.8, later)] if day else []
    return Event("Meeting", sentence, 0, 7, "meeting", dates=dates)


def test_the_meeting_of_the_sidelines_is_the_last_dated_one_told_before_it() -> None:
    """ "On the sidelines of the meeting": an undated meeting told last gives way to the
    dated one before it; not to one still to come, and a dated one keeps its own date."""
    dated, undated = _meeting(0, day="2025-01-06"), _meeting(1)
    assert named_dated([dated, undated], undated, "Meeting") is dated
    coming = _meeting(0, day="2025-02-03", later=True)
    assert named_dated([coming, undated], undated, "meeting") is None
    own = _meeting(1, day="2025-01-08")
    assert named_dated([dated, own], own, "meeting") is None


_ENVOY = (
    ("anna-brel", "Person", "Anna Brel", ""),
    ("ruritania-envoy", "Position", "Special Envoy of Ruritania for Zenda", ""),
    ("ruritania-gov", "Government", "Government of Ruritania", ""),
)


def test_an_unnamed_envoy_is_the_one_person_of_that_office_in_the_states_government() -> None:
    """The office may be the government's, which governs the state the words name."""
    held = ("anna-brel holdsPosition ruritania-envoy", "ruritania-gov governs ruritania")
    reg = register(*_ENVOY, claims=(*held, "ruritania-envoy positionIn ruritania-gov"))
    assert holder("Ruritania’s envoy", "ruritania", reg) == "anna-brel"
    # a body tied to the state whose name has the office's word is no person to be
    office = ("envoy-office", "Organization", "Office of the Envoy", "")
    reg = register(*_ENVOY, office, claims=(*held, "ruritania-envoy positionIn ruritania-gov",
                                           "envoy-office memberOf ruritania"))  # fmt: skip
    assert holder("Ruritania’s envoy", "ruritania", reg) == "anna-brel"


def test_the_person_before_an_according_to_aside_speaks_over_the_source_after_it() -> None:
    """ "X, according to a statement from Y, told ...": X speaks, even where Y is an actor
    right after "according to" (the aside's own source)."""
    rows = suggest(
        "Jaiswal, according to a statement from Nepal, told the visitors on Monday that the "
        "project was “of great importance to both countries”."
    )
    speakers = {o for s, o in claims(rows, "hasInitiator") if s.startswith("statement")}
    assert "randhir-jaiswal" in speakers and "nepal" not in speakers, rows


def test_a_participle_takes_no_subject_from_an_event_in_a_phrase_when_the_verb_has_none() -> None:
    """The verb before the participle names no subject ("The mission had closed"): the
    event in the phrase after it ("following the Taliban’s rise to power") lends none."""
    rows = suggest(
        "The mission had closed following the Taliban’s rise to power, re-establishing a "
        "small diplomatic presence in Kabul in 2022."
    )
    lent = [e for e in acting(rows) if "reopening" in e and ("hasInitiator", "taliban") in
            actors(rows, e)]  # fmt: skip
    assert not lent, rows


def _objects(rows: list[Suggestion], predicate: str) -> set[str]:
    return {r.object for r in rows if r.kind == "claim" and r.predicate == predicate}


def test_a_figures_comma_before_the_trigger_opens_no_clause() -> None:
    rows = suggest(
        "Some 1,200 Afghan traders and officials of Herat met the Uzbek envoy on Monday."
    )
    described = _objects(rows, "hasDescription")
    assert any(d.startswith("Some 1,200 Afghan traders") for d in described), described
    assert not any(d.startswith("200") for d in described), described


def test_a_figures_comma_ends_no_allegation() -> None:
    rows = suggest(
        "Islamabad repeated allegations that the Taliban sheltered 1,200 fighters near the border."
    )
    assert _objects(rows, "accusedOf") == {"sheltered 1,200 fighters near the border"}, rows
