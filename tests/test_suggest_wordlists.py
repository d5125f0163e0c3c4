"""The word lists of `kg suggest` (issue 22): each concept (speech verbs, verbs of talking
about a thing, titles, words for a state's side, honorifics, months and weekdays, number
words, hosting verbs, function words) is defined once, in kg/suggest/english.py, and the rules import it. The sentences of the behaviour tests are
of our own making (none from the seed or invented reports); each fails on the lists as
they were before they were merged (a rule's own, narrower copy)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kg.suggest import english
from tests.suggest_sentences import claims, classes, new, suggest

SUGGEST = Path(english.__file__).parent

CONCEPTS = {
    "speech verbs": english.SPEECH_VERBS,
    "verbs of talking about": {w.split()[0] for w in english.DISCUSSING},
    "titles": set(english.OFFICE_HEADS) | set(english.ONE_FOR_A_BODY),
    "side words": {"officials", "diplomats", "ministers", "negotiators", "envoys", "delegations"},
    "honorifics": set(english.HONORIFICS) - {"sir"},  # "sir" alone is an English word
    "months and weekdays": english.CALENDAR - {"may"},  # "may" is a modal verb too
    "number words": set(english.NUMBER_WORDS) - {"one"},  # "one" is a pronoun too
    "hosting verbs": set(english.HOSTING) - {"host"},  # "host" is a noun too
    "function words": english.FUNCTION_WORDS,
}
"""Each shared list, by the words that tell it (a word that is common English in another
sense left out, so that a list of function words is not taken for a copy; the side words
by their plurals for people, as "troops", "authorities" are in other lists too)."""
PLAIN_WORDS = {"function words": 12}
"""Concepts whose words any regex or prose has a few of ("the|a|an|its"): a copy of them
is a string of lowercase words only ("a an the ... since than", split into a set) with
this many."""


def copies(source: str) -> list[str]:
    """Where ``source`` (a module's text) writes two or more words of one concept in one
    literal: a regex alternative ("said|told") or a tuple, set, list or dict of strings
    (docstrings and prose, which have no "|", are passed over); a concept of
    :data:`PLAIN_WORDS` only in a string of lowercase words. A set that is intersected
    with another (``SPEECH_VERBS & {"warned", "denied"}``) is a named part of a shared
    list, no copy."""
    tree = ast.parse(source)
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    parts = {
        id(side)
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd)
        for side in (node.left, node.right)
    }
    found = []
    for node in ast.walk(tree):
        plain = False
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            plain = bool(re.fullmatch(r"[a-z\s]+", node.value))
            if id(node) in docstrings or ("|" not in node.value and not plain):
                continue
            words = set(re.findall(r"[a-z]+", _expanded(node.value.lower())))
        elif isinstance(node, (ast.Tuple, ast.Set, ast.List, ast.Dict)) and id(node) not in parts:
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            words = {
                e.value.lower()
                for e in items
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
        else:
            continue
        for concept, listed in CONCEPTS.items():
            both = sorted(words & listed)
            least = PLAIN_WORDS.get(concept)
            if least is None and not plain and len(both) >= 2:
                found.append(f"line {node.lineno}: {concept} {both}")
            elif least is not None and plain and len(both) >= least:
                found.append(f"line {node.lineno}: {concept} {both[:5]}...")
    return found


def _expanded(pattern: str) -> str:
    """A regex's stem and group of endings as whole words: "spokes(?:man|woman)" as
    "spokesman spokeswoman", so that a list written as one stem is found too; escapes
    ("\\b", "\\s") as spaces."""
    plain = re.sub(r"\\[a-z]", " ", pattern)  # "\\bsaid": "said"
    return re.sub(
        r"(?<![a-z])([a-z]{3,})\(\?:([a-z|]+)\)",
        lambda m: " ".join(m[1] + end for end in m[2].split("|")),
        plain,
    )


def test_the_check_finds_a_second_list_of_a_concept() -> None:
    source = (
        '"""A docstring: said, told, stated."""\n'
        "import re\n"
        'SPEECH = re.compile(r"\\b(?:said|told)\\b")\n'
        'TITLES = {"minister", "envoy"}\n'
        'MONTHS = f"(?:{X}|january|march)"\n'
        'SPOKES = r"(?:chief\\s+)?spokes(?:man|person)\\b"\n'
        'HOSTS = r"(?:hosted|convened)\\s+by"\n'
        'FUNCTION = set("a an the this that it its their his her and or but with in on at".split())\n'
    )
    found = copies(source)
    assert sorted(f.split(":")[0] for f in found) == [f"line {n}" for n in range(3, 9)], found
    assert not copies('PART = SPEECH_VERBS & {"warned", "denied"}\n')


@pytest.mark.parametrize(
    "path", sorted(p for p in SUGGEST.glob("*.py") if p.name != "english.py"), ids=str
)
def test_no_module_but_english_defines_a_shared_word_list(path: Path) -> None:
    found = copies(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: import the list from kg/suggest/english.py: {found}"


def test_alternation_puts_longer_words_first_and_reads_a_space_as_white_space() -> None:
    pattern = re.compile(rf"\b(?:{english.alternation(['say', 'says', 'talked about'])})\b")
    assert [m.group() for m in pattern.finditer("she says they talked\n about it")] == [
        "says",
        "talked\n about",
    ]
    assert english.capitalised(["envoy", "mr"]) == "Envoy|Mr"


def test_counting_gives_the_number_words_of_a_range() -> None:
    assert english.counting(2, 4) == {"two": 2, "three": 3, "four": 4}
    assert english.DAY_COUNTS["seven"] == 7
    assert english.NUMBER_WORDS["thirty-five"] == 35


def test_any_verb_of_saying_may_come_before_its_speaker() -> None:
    """Inverted speech verbs were "said", "says", "added", "stated" only."""
    rows = suggest(
        "Envoys met in Almaty on Monday. “The crossing will reopen on Sunday,” announced "
        "Zarina Boboeva."
    )
    assert ("statement-boboeva", "zarina-boboeva") in claims(rows, "hasInitiator"), rows
    assert ("statement-boboeva", "zarina-boboeva") not in claims(rows, "hasTarget"), rows


def test_any_office_head_before_a_name_is_a_title() -> None:
    """TITLES had no "Commissioner" (nor "Mayor", "Director", "Coordinator" ...)."""
    rows = suggest("Envoys met in Almaty on Monday. Commissioner Aziza Rahimova visited Kabul.")
    assert classes(rows).get("Aziza Rahimova") == "Person", classes(rows)
    assert "Commissioner Aziza Rahimova" not in classes(rows), classes(rows)
    visits = {event for event, who in claims(rows, "hasVisitor") if who == "aziza-rahimova"}
    assert visits, rows


def test_the_governor_is_the_last_person_named_with_that_title() -> None:
    """ "the minister", "the spokesperson" ... referred back; "the governor" did not."""
    rows = suggest(
        "Governor Abdul Wahid Rahmani met traders on Monday. The governor said the road "
        "would reopen."
    )
    statements = {e for e, t in new(rows, "type").items() if t == "Statement"}
    speakers = {who for event, who in claims(rows, "hasInitiator") if event in statements}
    assert speakers == {"abdul-wahid-rahmani"}, rows


@pytest.mark.parametrize("one", ["consul", "emissary"])
def test_the_owner_of_one_unnamed_envoy_who_warns_is_no_actor(one: str) -> None:
    """ "Iran’s envoy denied": the envoy acts, not Iran (docs/annotation.md); the list of
    such people had no "consul", "negotiator", "emissary", "delegate"."""
    rows = suggest(
        f"Envoys met in Almaty on Monday. Kazakhstan’s {one} warned that the visas would lapse."
    )
    assert "kazakhstan" not in {who for _, who in claims(rows, "hasInitiator")}, rows


def test_a_new_states_adjective_before_any_word_for_its_side_is_the_state() -> None:
    """The words after a new state's adjective were fewer than after a register state's
    ("interlocutors", "leadership", "soldiers" were missing)."""
    rows = suggest(
        "Uzbekistan and Kazakhstan held talks in Tashkent on Monday. The Uzbek interlocutors "
        "welcomed the plan."
    )
    assert "uzbekistan" in {who for _, who in claims(rows, "hasInitiator")}, rows


def test_any_verb_of_talking_about_opens_a_topic() -> None:
    """The topic cues had "discussed", "reviewed", "explored" but not "talked about",
    "assessed", which the other rules of talking had."""
    rows = suggest(
        "Envoys of Uzbekistan and Kazakhstan met in Tashkent on Monday and talked about "
        "fishing quotas."
    )
    assert classes(rows).get("Fishing quotas") == "Topic", classes(rows)
    assert any(topic == "fishing-quotas" for _, topic in claims(rows, "hasTopic")), rows


def test_a_topic_that_is_a_time_is_no_topic() -> None:
    """The topics' time words had "week" but not "weekend", which the day possessives had."""
    rows = suggest(
        "Envoys of Uzbekistan and Kazakhstan met in Tashkent on Monday and discussed the weekend."
    )
    assert "Weekend" not in classes(rows), classes(rows)


def test_a_convener_of_guests_for_talks_hosts_them() -> None:
    """The hosting verbs of "A hosted B for talks" were "host" only, where the host of
    talks ("Qatar convened the talks") had "organised" and "convened" too."""
    from kg.suggest.hosted import hosts_talks

    assert hosts_talks(" convened Uzbek and Kazakh envoys for ")
    assert hosts_talks("’s foreign minister organised Tajik officials for two days of ")


def test_a_speech_verb_before_talks_is_no_part_of_their_description() -> None:
    """The function words trimmed off an event's description had no "said", "told"; the
    other list of them (the epithets of a name) had."""
    rows = suggest(
        "Envoys of Uzbekistan and Kazakhstan met in Tashkent on Monday. Kazakhstan said talks "
        "would resume in Almaty."
    )
    described = {
        r.object
        for r in rows
        if r.predicate == "hasDescription" and r.subject.startswith("meeting")
    }
    assert "talks would resume" in described, described
    assert "said talks would resume" not in described, described  # the statement's words


def test_the_following_is_no_epithet_of_a_name() -> None:
    """The function words that stop a three-word epithet had no "following", "which",
    "they"; the other list of them had."""
    rows = suggest(
        "Envoys met in Almaty on Monday. They also praised the following trading hub Dubai."
    )
    described = {r.object for r in rows if r.predicate == "hasDescription"}
    assert not any("following" in words for words in described), described
