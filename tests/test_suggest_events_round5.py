"""Round 5 of `kg suggest`'s events: triggers of the genre, event identity, dates on the
right event and relations the genre states, each rule on a sentence of our own making
(none from the seed texts), each failing without its rule."""

from __future__ import annotations

import pytest

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import actors, claims, events, suggest

TRIGGERS = [  # (sentence, the class it must open) for words the table lacked
    ("Qatar’s envoy paid a courtesy call on China’s foreign minister on Monday.", "Meeting"),
    ("China and Iran held consultations in Doha on Monday.", "Meeting"),
    ("China will meet with Iran in Doha next week.", "Meeting"),
    ("The Qatari envoy is expected to meet Iran’s foreign minister next week.", "Meeting"),
    ("China held a telephone conversation with Iran on Monday.", "PhoneCall"),
    ("Qatar’s foreign minister arrived in Tehran on Monday.", "Visit"),
    ("Qatar’s foreign minister travelled to Tehran on Monday.", "Visit"),
    ("China handed over 20 tonnes of medicines to Iran on Monday.", "AidShipment"),
    ("China dispatched a consignment of wheat to Iran on Monday.", "AidShipment"),
    ("China and Iran signed a memorandum of understanding on Monday.", "Agreement"),
    ("Qatar denounced the bombing in Tehran on Monday.", "Condemnation"),
    ("China welcomed Iran’s decision on Monday.", "Statement"),
    ("China stressed that stability in the region mattered.", "Statement"),
    ("Iran rebuffed China’s claims on Monday.", "Denial"),
    ("Iran blamed China for the delay on Monday.", "Accusation"),
    ("Qatar called for restraint on Monday.", "Request"),
    ("China demanded an apology from Iran on Monday.", "Request"),
    ("China’s spokesperson briefed reporters in Beijing on Monday.", "PressBriefing"),
    ("Iran began the deportation of Afghan refugees on Monday.", "Expulsion"),
    ("Qatar laid the foundation stone of a hospital in Kabul on Monday.", "Inauguration"),
    ("Iran’s border guards exchanged fire with Afghan forces on Monday.", "ArmedClash"),
    ("Qatar reopened its consulate in Kabul on Monday.", "EmbassyReopening"),
    ("Qatar decided to close its consulate in Kabul on Monday.", "EmbassyClosure"),
    ("Qatar announced the evacuation of its embassy in Kabul.", "EmbassyClosure"),
    ("Mortar shelling hit a village near Peshawar on Monday.", "Attack"),
    ("Qatar’s envoy arrived on Sunday in Tehran.", "Visit"),
    ("China and Iran attended the Doha Forum on Monday.", "Conference"),
    ("In an interview, China’s envoy discussed trade.", "Statement"),
    ("Iran was denying the claims on Monday.", "Denial"),
    ("China alleged that Iran broke the deal.", "Accusation"),
    ("Qatar made an appeal for calm on Monday.", "Request"),
    ("China nominated a new envoy on Monday.", "Appointment"),
    ("Qatar upgraded its consulate in Kabul to an embassy on Monday.", "DiplomaticMissionChange"),
]


@pytest.mark.parametrize(("sentence", "cls"), TRIGGERS)
def test_words_of_the_genre_open_their_events(sentence: str, cls: str) -> None:
    assert events(suggest(sentence), cls), sentence


def test_an_envoy_presenting_credentials_receives_the_acceptance() -> None:
    rows = suggest("Qatar’s new ambassador presented his credentials to China on Monday.")
    (acceptance,) = events(rows, "CredentialsAcceptance")
    assert ("hasInitiator", "china") in actors(rows, acceptance)


def test_a_restating_verb_before_an_acts_noun_is_that_act_only() -> None:
    rows = suggest("China reiterated its request for Iran to release the prisoners.")
    (request,) = events(rows, "Request")
    assert ("hasInitiator", "china") in actors(rows, request)
    assert not events(rows, "Statement")


def _linked(cls: str, roles: list[tuple[str, str]], claims: list[tuple[str, str, str]],
            date: str = "", words: frozenset[str] = frozenset(), place: str = "") -> str:  # fmt: skip
    """The register event :func:`link` proposes for an event of ``cls`` with ``roles``
    (role, actor), dated ``date`` in a report of 2024-11-08, where the other reports'
    claims are ``claims`` only (subject, predicate, object); "" for a new one."""
    import dataclasses
    import datetime as dt
    from pathlib import Path

    from kg.build.annotations import ClaimRecord
    from kg.errors import Location
    from kg.suggest.event_record import Event
    from kg.suggest.linking import link
    from kg.suggest.mentions import Mention
    from kg.suggest.when import DateMention
    from tests.suggest_sentences import register

    where = Location(Path("claims.tsv"), 2)
    records = [ClaimRecord(s, p, o, "x", "w", None, "", where) for s, p, o in claims]
    reg = dataclasses.replace(register(), claims=records)
    event = Event(cls, 0, 0, 5, "t", published=dt.date(2024, 11, 8))
    event.actors = [(r, Mention(10 + i, 12 + i, a, "", 1.0)) for i, (r, a) in enumerate(roles)]
    if date:
        event.dates = [DateMention(20, 25, date, "on Thursday", True, 0.9)]
    if place:
        event.places = [Mention(30, 35, place, "", 1.0)]
    link(event, reg, reg.facts(), words)  # type: ignore[arg-type]
    return event.id if event.existing else ""


def test_an_act_another_report_tells_undated_just_before_is_the_one_dated_here() -> None:
    briefing = "mea-briefing-2024-11-07"
    told = [(briefing, "hasInitiator", "randhir-jaiswal"), (briefing, "hasTime", "..2024-11-07")]
    roles = [("hasInitiator", "randhir-jaiswal")]
    assert _linked("PressBriefing", roles, told, "2024-11-07") == briefing
    assert _linked("PressBriefing", roles, told, "2024-10-02") == ""  # weeks before: no


def test_an_event_done_by_another_is_not_the_registers() -> None:
    expulsion = "pakistan-expulsion-afghan-refugees"
    told = [(expulsion, "hasInitiator", "pakistan"), (expulsion, "hasTarget", "afghan-refugees")]
    assert _linked("Expulsion", [("hasTarget", "afghan-refugees")], told) == expulsion
    roles = [("hasInitiator", "iran"), ("hasTarget", "afghan-refugees")]
    assert _linked("Expulsion", roles, told) == ""  # Iran's, not Pakistan's
    rows = suggest("Iran began the deportation of Afghan refugees on Monday.")
    assert expulsion not in {r.subject for r in rows}


def test_a_government_and_the_state_it_governs_are_one_actor_for_identity() -> None:
    request = "afghan-request-material-support-2025-01"
    told = [
        (request, "hasInitiator", "afghanistan"),
        (request, "hasTarget", "india"),
        (request, "hasTime", "2024-11-07"),
        ("islamic-emirate-of-afghanistan", "governs", "afghanistan"),
    ]
    roles = [("hasInitiator", "islamic-emirate-of-afghanistan"), ("hasTarget", "india")]
    words = frozenset({"material", "support"})
    assert _linked("Request", roles, told, "2024-11-07", words) == request


def test_a_statement_is_identified_by_words_of_its_label_not_its_names() -> None:
    said = "taliban-partner-statement-2025-01"  # "Taliban call India a ... partner"
    told = [
        (said, "hasInitiator", "islamic-emirate-of-afghanistan"),
        (said, "hasTarget", "india"),
        (said, "hasTime", "2024-11-07"),
    ]
    roles = [("hasInitiator", "islamic-emirate-of-afghanistan"), ("hasTarget", "india")]
    assert _linked("Statement", roles, told, "2024-11-07", frozenset({"partner"})) == said
    assert _linked("Statement", roles, told, "2024-11-07", frozenset({"taliban"})) == ""


def test_an_undated_event_lies_after_the_event_it_follows_and_before_the_one_after() -> None:
    rows = suggest(
        "The Taliban seized power in August 2021. The takeover prompted Qatar to close its embassy."
    )
    (closure,) = events(rows, "EmbassyClosure")
    assert (closure, '2021-08..2024-11-07 "close" relative') in claims(rows, "hasTime")
    rows = suggest(
        "Qatar’s envoy met Iran’s foreign minister in Doha on 6 November. "
        "The meeting followed China’s condemnation of the strikes."
    )
    (condemnation,) = events(rows, "Condemnation")
    times = {t for e, t in claims(rows, "hasTime") if e == condemnation}
    assert times == {'..2024-11-06 "condemnation" relative'}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("today", "2024-11-07"),
        ("tomorrow", "2024-11-08"),
        ("three days ago", "2024-11-04"),
        ("over the weekend", "2024-11-02..2024-11-03"),
        ("next week", "2024-11-11..2024-11-17"),
        ("earlier this month", "2024-11-01..2024-11-07"),
        ("last month", "2024-10"),
        ("next month", "2024-12"),
        ("earlier this year", "2024-01-01..2024-11-07"),
        ("last year", "2023"),
        ("later this month", "2024-11-07..2024-11-30"),
    ],
)
def test_dates_counted_from_the_publication(words: str, value: str) -> None:
    import datetime as dt

    from kg.suggest.when import find_dates

    (date,) = find_dates(f"Qatar and Iran met {words} in Doha.", dt.date(2024, 11, 7))
    assert (date.value, date.wording) == (value, words)


def test_a_later_sentences_date_dates_the_event_referred_back_to_only_beside_it() -> None:
    first = "China and Iran held talks in Doha. "
    rows = suggest(first + "The talks, held on 4 November, focused on trade.")
    (talks,) = events(rows, "Meeting")
    assert {t for e, t in claims(rows, "hasTime") if e == talks} == {
        '2024-11-04 "on 4 November" relative'
    }
    rows = suggest(first + "Qatar condemned the strikes on 1 November, days before the talks.")
    (talks,) = events(rows, "Meeting")
    assert {t for e, t in claims(rows, "hasTime") if e == talks} == {
        '..2024-11-07 "held talks" relative'
    }


def test_support_for_someone_is_a_stance_of_who_gives_it() -> None:
    rows = suggest("Qatar condemned the strikes, underscoring its support for the Afghan people.")
    assert ("qatar", "afghan-people") in claims(rows, "supports")
    rows = suggest("Iran harbours and supports Lashkar-e-Taiba, China said.")
    assert ("iran", "lashkar-e-taiba") in claims(rows, "supports")
    assert ("china", "lashkar-e-taiba") not in claims(rows, "supports")


def test_a_division_in_a_ministry_is_part_of_it() -> None:
    rows = suggest(
        "The Pakistan-Afghanistan-Iran division in the Ministry of External Affairs met."
    )
    pair = ("pai-division", "ministry-of-external-affairs")
    assert pair in claims(rows, "memberOf")
    rows = suggest("India’s Ministry of External Affairs said on Monday that China backs Iran.")
    assert ("ministry-of-external-affairs", "india") in claims(rows, "memberOf")
    assert ("china", "iran") in claims(rows, "supports")


def test_what_a_party_asked_at_talks_is_what_the_talks_were_about() -> None:
    rows = suggest(
        "Vikram Misri met Amir Khan Muttaqi in Doha on Monday. "
        "Muttaqi sought better visa facilitation for Afghan businessmen."
    )
    ((request, talks),) = claims(rows, "subEventOf")
    assert (request, "visa-facilitation") in claims(rows, "hasTopic")
    assert (talks, "visa-facilitation") in claims(rows, "hasTopic")


def test_a_meeting_dated_here_is_another_reports_undated_one_only_at_the_same_place() -> None:
    talks = "agreement-regular-contact-2025-01"
    told = [
        (talks, "hasParticipant", "india"),
        (talks, "hasParticipant", "islamic-emirate-of-afghanistan"),
        (talks, "hasTime", "..2025-01-09"),
    ]
    roles = [("hasParticipant", "india"), ("hasParticipant", "islamic-emirate-of-afghanistan")]
    assert _linked("Agreement", roles, told) == talks  # undated here too: the same
    assert _linked("Agreement", roles, told, "2024-09-02") == ""  # the two meet again
    told.append((talks, "hasPlace", "dubai"))
    assert _linked("Agreement", roles, told, "2024-09-02", place="dubai") == talks
    alone = [(talks, "hasParticipant", "afghanistan"), (talks, "hasTime", "..2025-01-09")]
    one = [("hasParticipant", "afghanistan")]
    assert _linked("Agreement", one, alone) == talks  # the only such event, told in passing
    assert _linked("Agreement", one, alone, "2024-09-02") == ""  # news: not by that alone


def _parents(rows: list[Suggestion]) -> set[tuple[str, str]]:
    types = {r.subject: r.object for r in rows if r.kind == "entity" and r.predicate == "type"}
    return {(types.get(e, e), types.get(p, p)) for e, p in claims(rows, "subEventOf")}


def test_events_after_during_which_are_inside_the_event_before() -> None:
    rows = suggest("Qatar’s envoy arrived in Tehran for a visit, during which he held talks.")
    assert ("Meeting", "Visit") in _parents(rows)
    rows = suggest("China hosted a meeting in Beijing at which Iran and Qatar agreed on trade.")
    assert ("Agreement", "Meeting") in _parents(rows)


def test_at_the_summit_names_a_summit_the_meeting_is_part_of() -> None:
    rows = suggest("China met Iran at the summit in Doha on Monday.")
    assert events(rows, "Conference")
    assert ("Meeting", "Conference") in _parents(rows)


def test_a_meeting_whose_people_differ_on_both_sides_is_another_meeting() -> None:
    meeting = "singh-muttaqi-meeting-2024-11"
    told = [
        (meeting, "hasParticipant", "jp-singh"),
        (meeting, "hasParticipant", "amir-khan-muttaqi"),
        (meeting, "hasPlace", "kabul"),
    ]
    mine = [("hasParticipant", "amir-khan-muttaqi"), ("hasParticipant", "vikram-misri")]
    assert _linked("Meeting", mine[:1], told, place="kabul") == meeting
    assert _linked("Meeting", mine, told, place="kabul") == ""


def test_the_only_candidate_shares_the_very_actor_not_its_state_or_government() -> None:
    agreement = "agreement-regular-contact-2025-01"
    told = [
        (agreement, "hasParticipant", "islamic-emirate-of-afghanistan"),
        (agreement, "hasTime", "..2025-01-09"),
        ("islamic-emirate-of-afghanistan", "governs", "afghanistan"),
    ]
    mine = [("hasParticipant", "pakistan"), ("hasParticipant", "afghanistan")]
    assert _linked("Agreement", mine, told) == ""
    assert _linked("Agreement", [("hasParticipant", "islamic-emirate-of-afghanistan")], told)
    also_china = [("hasParticipant", "islamic-emirate-of-afghanistan"), ("hasParticipant", "china")]
    assert _linked("Agreement", also_china, told) == ""  # an actor the register's lacks


def test_borders_and_rivals_the_genre_states() -> None:
    assert ("iran", "afghanistan") in claims(
        suggest("Iran, which borders Afghanistan, hosted the talks."), "borders"
    )
    assert ("pakistan", "afghanistan") in claims(
        suggest("Pakistan shares a long border with Afghanistan."), "borders"
    )
    rows = suggest("The rivalry between India and Pakistan deepened.")
    assert ("india", "pakistan") in claims(rows, "isRivalOf")
    rows = suggest("China’s arch-rival India objected.")
    assert ("china", "india") in claims(rows, "isRivalOf")


@pytest.mark.parametrize(
    ("sentence", "accused", "allegation"),
    [
        ("Pakistan accused Iran of sheltering militants, officials said.", "iran",
         "sheltering militants"),
        ("India criticized Pakistan for blaming its neighbours for its problems.", "pakistan",
         "blaming its neighbours for its problems"),
        ("Qatar dismissed allegations that Iran supplied weapons to the rebels.", "iran",
         "supplied weapons to the rebels"),
        ("Iran was accused of sheltering militants.", "iran", "sheltering militants"),
    ],
)  # fmt: skip
def test_what_an_actor_is_accused_of_in_the_texts_words(
    sentence: str, accused: str, allegation: str
) -> None:
    assert (accused, allegation) in claims(suggest(sentence), "accusedOf")


def test_what_is_based_in_a_place_lies_in_it_each_item_of_a_list() -> None:
    rows = suggest(
        "India raised the Pakistan-based groups like Lashkar-e-Taiba (LeT) and "
        "Jaish-e-Mohammed with Qatar."
    )
    located = claims(rows, "locatedIn")
    assert {("lashkar-e-taiba", "pakistan"), ("jaish-e-mohammed", "pakistan")} <= located


def test_talks_a_visitor_arrived_for_are_part_of_the_visit_and_the_visitors() -> None:
    rows = suggest("Vikram Misri arrived in Tehran on Monday for talks with Iran’s leaders.")
    assert ("Meeting", "Visit") in _parents(rows)
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "vikram-misri") in actors(rows, meeting)


def test_a_datelines_city_and_what_was_discussed_are_no_actors() -> None:
    rows = suggest("KABUL: Vikram Misri arrived in Kabul on Sunday for a visit.")
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "islamic-emirate-of-afghanistan") not in actors(rows, visit)
    assert ("hasVisitor", "vikram-misri") in actors(rows, visit)
    rows = suggest("Qatar met Iran on Monday and discussed the plight of Afghan refugees.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "afghan-refugees") not in actors(rows, meeting)
    assert ("hasParticipant", "iran") in actors(rows, meeting)


def test_a_sentence_opening_with_a_reference_back_tells_more_of_that_event() -> None:
    rows = suggest(
        "China sent 20 tonnes of wheat to Iran on Monday. "
        "The consignment, which included medicines, was handed over to Qatar in Tehran."
    )
    parts = {r.subject for r in rows if r.predicate == "subEventOf"}  # the 20 tonnes: a part
    (shipment,) = [e for e in events(rows, "AidShipment") if e not in parts]  # not a second
    # one "handed over"
    assert (shipment, "medicines") in claims(rows, "hasCommodity")


@pytest.mark.parametrize(
    ("sentence", "person", "state"),
    [
        ("Qatar’s ambassador to Afghanistan, Khalid Al-Thani, met Muttaqi.", "khalid-al-thani",
         "qatar"),
        ("Vikram Misri, Qatar’s special envoy to Iran, met Muttaqi.", "vikram-misri", "qatar"),
        ("The Taliban appointed Ikramuddin Kamil as its acting consul in Mumbai.",
         "ikramuddin-kamil", "islamic-emirate-of-afghanistan"),
    ],
)  # fmt: skip
def test_an_envoy_represents_whom_they_are_sent_by(sentence: str, person: str, state: str) -> None:
    assert (person, state) in claims(suggest(sentence), "represents")


def test_an_envoys_place_is_no_person() -> None:
    rows = suggest("Pakistan’s special envoy for Afghanistan Mohammad Sadiq met Muttaqi.")
    assert ("amir-khan-muttaqi", "pakistan") not in claims(rows, "represents")


def test_a_state_the_dateline_stands_for_acts_where_the_text_names_it_again() -> None:
    rows = suggest("ISLAMABAD: Pakistan condemned the bombing.")
    (condemnation,) = events(rows, "Condemnation")
    assert ("hasInitiator", "pakistan") in actors(rows, condemnation)


def test_a_date_after_the_publication_dates_the_event_planned_not_the_plan() -> None:
    rows = suggest("Pakistan and Iran agreed on Monday to hold a meeting in Doha next week.")
    times = dict(claims(rows, "hasTime"))
    (meeting,) = events(rows, "Meeting")
    (agreement,) = events(rows, "Agreement")
    assert times[meeting] == '2024-11-11..2024-11-17 "next week" relative'
    assert times[agreement] == '2024-11-04 "on Monday" relative'
    rows = suggest("Pakistan and Iran agreed to hold a meeting in Doha next week.")
    (agreement,) = events(rows, "Agreement")
    assert dict(claims(rows, "hasTime"))[agreement] == '..2024-11-07 "agreed" relative'


def test_a_days_possessive_refers_back_as_the_does_and_dates_the_event() -> None:
    rows = suggest("China and Iran held talks in Doha. Last week’s talks focused on trade.")
    (meeting,) = events(rows, "Meeting")
    assert (meeting, '2024-10-28..2024-11-03 "Last week" relative') in claims(rows, "hasTime")


def test_a_city_named_right_before_the_events_noun_is_its_place() -> None:
    rows = suggest("China and Iran held talks on Monday. Qatar welcomed the Dubai talks.")
    (meeting,) = events(rows, "Meeting")
    assert (meeting, "dubai") in claims(rows, "hasPlace")


def test_an_event_follows_a_register_event_as_the_other_reports_date_it() -> None:
    rows = suggest("The Taliban’s takeover of Kabul prompted Qatar to close its consulate.")
    (closure,) = events(rows, "EmbassyClosure")  # the takeover: "in 2021", "in August 2021"
    assert {t for e, t in claims(rows, "hasTime") if e == closure} == {  # in other reports
        '2021-08..2024-11-07 "close" relative'
    }


def test_the_one_act_of_its_kind_the_register_places_in_a_known_meeting_is_that_act() -> None:
    from tests.suggest_sentences import suggester

    text = (
        "Indian Foreign Secretary Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday. "
        "The two sides also agreed to maintain regular contact."
    )  # the register: agreement-regular-contact-2025-01 subEventOf dubai-meeting-2025-01
    rows = suggester().suggest("001_75a9f5a7441c5fc0", text)
    assert "agreement-regular-contact-2025-01" in {r.subject for r in rows}


def test_on_the_sidelines_of_a_long_named_forum_is_inside_it() -> None:
    rows = suggest(
        "China met Iran on the sidelines of the Tashkent International Investment Forum."
    )
    assert ("Meeting", "Conference") in _parents(rows)


def test_the_meeting_refers_back_to_a_narrower_event_only_as_its_own_noun() -> None:
    rows = suggest(
        "China and Iran attended the Doha Forum on Monday. Qatar hosted the trilateral meeting."
    )
    assert events(rows, "Meeting")  # not the forum again


def test_an_aim_ends_before_the_next_verb_of_its_subject() -> None:
    rows = suggest(
        "Muttaqi emphasized the need to improve bilateral relations and sought better visa "
        "facilitation for Afghan traders."
    )
    assert ("amir-khan-muttaqi", "improve bilateral relations") in claims(rows, "hasGoal")


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        ("Jitender Pal Singh, the Indian foreign ministry’s point-person for Iran, met Muttaqi.",
         "jp-singh", "ministry-of-external-affairs"),
        ("The Afghan Taliban’s acting foreign minister, Amir Khan Muttaqi, met Misri.",
         "amir-khan-muttaqi", "taliban"),
    ],
)  # fmt: skip
def test_an_apposition_places_a_person_in_an_organisation(
    sentence: str, person: str, body: str
) -> None:
    assert (person, body) in claims(suggest(sentence), "memberOf")
    rows = suggest("Vikram Misri, India’s Foreign Secretary, met Muttaqi.")
    assert ("vikram-misri", "india") not in claims(rows, "memberOf")  # a state: no member


def test_each_state_of_a_list_keeps_its_mission_there() -> None:
    rows = suggest("China, Russia and Iran have retained their embassies in Kabul.")
    kept = claims(rows, "maintainsMissionIn")
    assert {("china", "kabul"), ("russia", "kabul"), ("iran", "kabul")} <= kept
