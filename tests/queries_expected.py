"""Expected answers of the catalogue queries (queries/*.rq), read off the five reports.

Every expectation comes from the texts in ../shared/seeds (the sentence is quoted
beside it), not from the queries' own output. tests/test_query_catalogue.py runs
each query (with its defaults, then with the parameters given here) and hands the
answer to the check:

* a SELECT answer is a list of rows, each a dict of column -> short text: an
  entity or event as its id (``dubai-meeting-2025-01``), another IRI of ours as a
  CURIE (``kg:hasTime``), a literal as its lexical form (``300.0``), unbound as
  None; list columns (joined with " | ") are compared with :func:`parts`;
* an ASK answer is a bool;
* a CONSTRUCT or DESCRIBE answer is a set of (subject, predicate, object) short texts.

A query without an entry here fails the harness: a new file needs its expectation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from tests.conftest import S000, S001, S002, S003, S004

Row = dict[str, str | None]
Triple = tuple[str, str, str]
Answer = list[Row] | bool | set[Triple]

SOURCES = {S000, S001, S002, S003, S004}


@dataclass(frozen=True)
class Case:
    """One run of a catalogue query: parameters (beyond the defaults) and the check."""

    check: Callable[[Answer], None]
    params: Mapping[str, str] = field(default_factory=dict)


def parts(value: str | None) -> frozenset[str]:
    """The members of a list column joined with " | " (order is not guaranteed)."""
    return frozenset(value.split(" | ")) if value else frozenset()


def select(answer: Answer) -> list[Row]:
    assert isinstance(answer, list), f"expected SELECT rows, got {answer!r}"
    return answer


def graph(answer: Answer) -> set[Triple]:
    assert isinstance(answer, set), f"expected a graph, got {answer!r}"
    return answer


def column(answer: Answer, name: str) -> list[str | None]:
    return [row[name] for row in select(answer)]


def table(answer: Answer, *names: str) -> set[tuple[str | None, ...]]:
    """The rows as a set of tuples of the named columns (duplicates are an error)."""
    rows = [tuple(row[n] for n in names) for row in select(answer)]
    assert len(rows) == len(set(rows)), f"duplicate rows: {rows}"
    return set(rows)


def by_key(answer: Answer, *keys: str) -> dict[tuple[str | None, ...], Row]:
    rows = select(answer)
    keyed = {tuple(row[k] for k in keys): row for row in rows}
    assert len(keyed) == len(rows), f"rows are not unique by {keys}"
    return keyed


def sources_by(
    answer: Answer, *keys: str, column_name: str = "sources"
) -> dict[tuple[str | None, ...], frozenset[str]]:
    return {key: parts(row[column_name]) for key, row in by_key(answer, *keys).items()}


def is_empty(answer: Answer) -> None:
    assert select(answer) == [], f"a violation query found rows on the seed graph: {answer}"


# --- meetings, visits and calls ---------------------------------------------------------


def india_taliban_contacts(answer: Answer) -> None:
    rows = by_key(answer, "event")
    # 003: "Acting Afghan Foreign Minister Amir Khan Muttaqi’s phone call with External Affairs
    # Minister S. Jaishankar on Thursday was the highest-level contact between New Delhi and the
    # Taliban" (Thursday before Friday 2025-05-16 publication: 2025-05-15).
    call = rows.pop(("muttaqi-jaishankar-call-2025-05-15",), None)
    assert call is not None, (
        "003's Muttaqi–Jaishankar call is a contact between New Delhi and the Taliban"
    )
    assert call["kind"] == "kg:PhoneCall" and parts(call["dates"]) == {"2025-05-15"}
    assert "Amir Khan Muttaqi" in parts(call["talibanSide"]) and parts(call["sources"]) == {S003}
    found = {
        key[0]: (
            row["kind"],
            parts(row["dates"]),
            parts(row["places"]),
            parts(row["indianSide"]),
            parts(row["talibanSide"]),
            parts(row["sources"]),
        )
        for key, row in rows.items()
    }
    delegation = "Indian delegation to Kabul (November 2024)"
    iea = "Islamic Emirate of Afghanistan"
    assert found == {
        # 000: "India’s Foreign Secretary Vikram Misri met with Afghanistan’s acting Foreign
        # Minister Amir Khan Muttaqi in Dubai on Wednesday" (2025-01-08); 001: "the Afghan side
        # acknowledged"; 003: "a meeting between Muttaqi and Indian Foreign Secretary Vikram
        # Misri in Dubai in January".
        "dubai-meeting-2025-01": (
            "kg:ThirdLocationMeeting",
            {"2025-01-08", "2025-01"},
            {"Dubai"},
            {"India", "Vikram Misri"},
            {"Amir Khan Muttaqi", iea},
            {S000, S001, S003},
        ),
        # 002: "Jitender Pal Singh ... led his delegation’s meetings ... during the November 4-5
        # visit to Kabul"; 004: "The visit, which took place from November 4–5".
        "kabul-visit-2024-11": (
            "kg:Visit",
            {"2024-11-04..2024-11-05"},
            {"Kabul"},
            {"India", "J.P. Singh", delegation},
            {iea},
            {S002, S004},
        ),
        # 002: "meetings with Taliban Foreign Minister Amir Khan Muttaqi"; 004: "During his visit,
        # J.P. Singh also met the Taliban’s Acting Foreign Minister Amir Khan Muttaqi".
        "singh-muttaqi-meeting-2024-11": (
            "kg:Meeting",
            {"2024-11-04..2024-11-05"},
            {"Kabul"},
            {"J.P. Singh", delegation},
            {"Amir Khan Muttaqi"},
            {S002, S004},
        ),
        # 002: "a rare interaction with Defense Minister Mohammad Yaqoob ... during the November
        # 4-5 visit"; 004: "This high-level engagement, which took place on Wednesday" (6 Nov).
        "singh-yaqub-meeting-2024-11": (
            "kg:Meeting",
            {"2024-11-04..2024-11-05", "2024-11-06"},
            {"Kabul"},
            {"India", "J.P. Singh", delegation},
            {"Mohammad Yaqub Mujahid"},
            {S002, S004},
        ),
        # 003: "a recent visit to Kabul by an Indian diplomat overseeing Afghanistan relations"
        # (undated: bounded by the publication date).
        "indian-diplomat-kabul-visit-2025": (
            "kg:Visit",
            {"..2025-05-16"},
            {"Kabul"},
            {"Indian diplomat overseeing Afghanistan relations"},
            {iea},
            {S003},
        ),
        # 004: "India also participated in the Afghanistan Regional Cooperation Initiative held in
        # Kabul in January 2024, the Taliban’s first international event since regaining control."
        "afghanistan-regional-cooperation-initiative-2024-01": (
            "kg:Conference",
            {"2024-01"},
            {"Kabul"},
            {"India"},
            {iea},
            {S004},
        ),
    }
    # Not India–Taliban: 004 "He called on former President Hamid Karzai, met the head of UN
    # agencies"; 003 "Iranian Foreign Minister Abbas Araghchi made a rare trip to Kabul".


def india_taliban_contacts_since_2025(answer: Answer) -> None:
    # Only the January 2025 Dubai meeting (000: "on Wednesday", 8 January) and the May 2025
    # call are in 2025. 003's "recent visit to Kabul by an Indian diplomat" is known only as
    # before 16 May 2025: it may lie before 2025, and `kg timeline --since` leaves it out too.
    assert {row["event"] for row in select(answer)} == {
        "dubai-meeting-2025-01",
        "muttaqi-jaishankar-call-2025-05-15",
    }


def india_taliban_contacts_since_9_january_2025(answer: Answer) -> None:
    # The sources agree the Dubai meeting was on 8 January 2025 (000: "on Wednesday", 003: "in
    # January"): not on or after the 9th. 003's call "on Thursday" (15 May 2025) is.
    assert {row["event"] for row in select(answer)} == {"muttaqi-jaishankar-call-2025-05-15"}


# --- positions ----------------------------------------------------------------------------


def positions(answer: Answer) -> None:
    found = sources_by(answer, "person", "position", "standing")
    assert found == {
        # 000: "India’s Foreign Secretary Vikram Misri"; 001 the same; 003: "Indian Foreign
        # Secretary Vikram Misri".
        ("vikram-misri", "foreign-secretary-of-india", "holds"): {S000, S001, S003},
        # 000: "Afghanistan’s acting Foreign Minister Amir Khan Muttaqi"; 001: "Afghan Taliban’s
        # acting foreign minister, Amir Khan Muttaqi"; 003: "Acting Afghan Foreign Minister Amir
        # Khan Muttaqi"; 004: "the Taliban’s Acting Foreign Minister Amir Khan Muttaqi".
        ("amir-khan-muttaqi", "iea-foreign-minister", "acting"): {S000, S001, S003, S004},
        # 002: "Taliban Foreign Minister Amir Khan Muttaqi" (no "acting").
        ("amir-khan-muttaqi", "iea-foreign-minister", "holds"): {S002},
        # 002: "Defense Minister Mohammad Yaqoob"; 004: "the Taliban’s Acting Defence Minister,
        # Mohammad Yaqub Mujahid".
        ("mohammad-yaqub-mujahid", "iea-defence-minister", "holds"): {S002},
        ("mohammad-yaqub-mujahid", "iea-defence-minister", "acting"): {S004},
        # 001: "JP Singh, the Joint Secretary handling the Pakistan-Afghanistan-Iran division";
        # 004: "MEA Joint Secretary J.P. Singh".
        ("jp-singh", "mea-joint-secretary-pai", "holds"): {S001, S004},
        # 002: "Randhir Jaiswal, the foreign ministry spokesperson"; 004: "MEA spokesperson
        # Randhir Jaiswal".
        ("randhir-jaiswal", "mea-spokesperson", "holds"): {S002, S004},
        # 003: "External Affairs Minister S. Jaishankar".
        ("s-jaishankar", "external-affairs-minister-of-india", "holds"): {S003},
        # 003: "Iranian Foreign Minister Abbas Araghchi".
        ("abbas-araghchi", "iran-foreign-minister", "holds"): {S003},
        # 003: "China’s special envoy for Afghanistan, Yue Xiaoyong".
        ("yue-xiaoyong", "china-special-envoy-afghanistan", "holds"): {S003},
        # 000: "the Taliban appointed Ikramuddin Kamil as its acting consul in Mumbai".
        ("ikramuddin-kamil", "iea-consul-mumbai", "acting"): {S000},
        # 004: "inaugurated by Prime Minister Narendra Modi".
        ("narendra-modi", "prime-minister-of-india", "holds"): {S004},
        # 003: "a Taliban-appointed ambassador".
        ("taliban-ambassador-to-china", "iea-ambassador-to-china", "holds"): {S003},
        # 004: "He called on former President Hamid Karzai".
        ("hamid-karzai", "president-of-afghanistan", "former"): {S004},
        # 004: "the son of former Taliban leader Mullah Omar".
        ("mullah-omar", "taliban-leader", "former"): {S004},
    }
    organizations = {row["position"]: parts(row["organizations"]) for row in select(answer)}
    assert organizations["iea-foreign-minister"] == {"Islamic Emirate of Afghanistan"}
    assert organizations["foreign-secretary-of-india"] == {"India"}
    assert organizations["taliban-leader"] == {"Taliban"}


# --- aid ----------------------------------------------------------------------------------


def aid(answer: Answer) -> None:
    found = table(answer, "event", "kind", "source", "qualifier", "amount", "unit", "disputed")
    assert found == {
        # 001: "50,000 tonnes of wheat, 300 tonnes of medicines, 40,000 liters of pesticides, 100
        # million doses of the polio vaccine"; 004: "50,000 metric tons of wheat, 40,000 Liters
        # of melatonin (a pesticide), 30 tons of medicines, and 28 tons of relief materials for
        # earthquake victims". The medicines disagree (300 vs 30 tonnes): both disputed.
        ("aid-wheat", "kg:AidShipment", S001, "=", "50000.0", "tonne", None),
        ("aid-wheat", "kg:AidShipment", S004, "=", "50000.0", "tonne", None),
        ("aid-medicines", "kg:AidShipment", S001, "=", "300.0", "tonne", "true"),
        ("aid-medicines", "kg:AidShipment", S004, "=", "30.0", "tonne", "true"),
        ("aid-pesticides", "kg:AidShipment", S001, "=", "40000.0", "litre", None),
        ("aid-pesticides", "kg:AidShipment", S004, "=", "40000.0", "litre", None),
        ("aid-polio-vaccine", "kg:AidShipment", S001, "=", "100000000.0", "dose", None),
        ("aid-earthquake-relief", "kg:AidShipment", S004, "=", "28.0", "tonne", None),
        # 000: "India continues to assist Afghanistan by sending humanitarian aid"; 001:
        # "India’s ongoing humanitarian assistance programs"; 004: "we have sent multiple
        # shipments of humanitarian aid" (the figures belong to the shipments above).
        ("india-humanitarian-aid", "kg:AidShipment", S000, None, None, None, None),
        ("india-humanitarian-aid", "kg:AidShipment", S001, None, None, None, None),
        ("india-humanitarian-aid", "kg:AidShipment", S004, None, None, None, None),
        # 000: "India pledged to offer material support"; 001: "India agreed to offer material
        # support, especially in the health sector".
        ("india-material-support-pledge-2025-01", "kg:AidPledge", S000, None, None, None, None),
        ("india-material-support-pledge-2025-01", "kg:AidPledge", S001, None, None, None, None),
    }
    commodities = {
        key: parts(row["commodities"]) for key, row in by_key(answer, "event", "source").items()
    }
    # 000: "including wheat, medicines, COVID vaccines, and winter clothing"; 001: "shipments of
    # wheat, medicines, and vaccines" and "winter clothing".
    assert commodities[("india-humanitarian-aid", S000)] == {
        "Wheat",
        "Medicines",
        "COVID-19 vaccines",
        "Winter clothing",
    }
    assert commodities[("india-humanitarian-aid", S001)] == {
        "Wheat",
        "Medicines",
        "Vaccines",
        "Winter clothing",
    }
    assert commodities[("aid-polio-vaccine", S001)] == {"Polio vaccine"}
    assert commodities[("aid-earthquake-relief", S004)] == {"Relief materials"}
    evidence = {key: row["evidence"] for key, row in by_key(answer, "event", "source").items()}
    assert evidence[("aid-medicines", S001)] == "300 tonnes of medicines"
    assert evidence[("aid-medicines", S004)] == "30 tons of medicines"


def no_rows(answer: Answer) -> None:
    assert select(answer) == []


# --- ports --------------------------------------------------------------------------------


def ports(answer: Answer) -> None:
    assert sources_by(answer, "port", "relation", "value") == {
        # 000: "boosting trade via the Chabahar Port in Iran"; 001: "Iran’s Chabahar port";
        # 002: "the India-operated Chabahar port in Iran".
        ("chabahar-port", "locatedIn", "iran"): {S000, S001, S002},
        ("chabahar-port", "operatedBy", "india"): {S002},
        # 000: "India has developed the port as an alternative route for goods, bypassing
        # Pakistan’s Karachi and Gwadar ports, which are rivals to India."
        ("chabahar-port", "developedBy", "india"): {S000},
        ("chabahar-port", "isAlternativeTo", "port-of-karachi"): {S000},
        ("chabahar-port", "isAlternativeTo", "port-of-gwadar"): {S000},
        # 003: "help landlocked Afghanistan gain sea access, bypassing Pakistan".
        ("chabahar-port", "bypasses", "pakistan"): {S000, S003},
        ("chabahar-port", "providesAccessFor", "afghanistan"): {S003},
        # 003: "a key project that India has backed".
        ("chabahar-port", "supportedBy", "india"): {S003},
        ("port-of-karachi", "locatedIn", "pakistan"): {S000},
        ("port-of-gwadar", "locatedIn", "pakistan"): {S000},
        ("port-of-karachi", "isRivalOf", "india"): {S000},
        ("port-of-gwadar", "isRivalOf", "india"): {S000},
    }


# --- time ---------------------------------------------------------------------------------


def timeline(answer: Answer) -> None:
    rows = select(answer)
    keys = [row["begin"] or row["end"] or "" for row in rows]
    assert keys == sorted(keys), "rows are in date order (begin, or end where the begin is open)"
    found = table(
        answer, "event", "source", "begin", "beginPrecision", "end", "endPrecision", "wording"
    )
    assert {
        # 002: "Pakistan officially recognized the first Taliban government in Kabul in the 1990s."
        (
            "pakistan-recognition-taliban-1990s",
            S002,
            "1990",
            "year",
            "1999",
            "year",
            "in the 1990s",
        ),
        # 000: "in Dubai on Wednesday" (published Thursday 2025-01-09); 003: "in Dubai in January".
        ("dubai-meeting-2025-01", S000, "2025-01-08", "day", "2025-01-08", "day", "on Wednesday"),
        ("dubai-meeting-2025-01", S003, "2025-01", "month", "2025-01", "month", "in January"),
        # 002: "during the November 4-5 visit to Kabul"; 004: "which took place on Wednesday".
        (
            "singh-yaqub-meeting-2024-11",
            S002,
            "2024-11-04",
            "day",
            "2024-11-05",
            "day",
            "during the November 4-5 visit",
        ),
        (
            "singh-yaqub-meeting-2024-11",
            S004,
            "2024-11-06",
            "day",
            "2024-11-06",
            "day",
            "on Wednesday",
        ),
        # 003: "phone call with External Affairs Minister S. Jaishankar on Thursday" (2025-05-15).
        (
            "muttaqi-jaishankar-call-2025-05-15",
            S003,
            "2025-05-15",
            "day",
            "2025-05-15",
            "day",
            "on Thursday",
        ),
        # 003: "He is expected to visit Tehran and Beijing in the coming weeks": open-ended.
        ("muttaqi-iran-visit-2025", S003, "2025-05-16", "day", None, None, "in the coming weeks"),
        # 002: "after being dislodged from power in late 2001".
        ("taliban-ouster-2001", S002, "2001", "year", "2001", "year", "in late 2001"),
    } <= found
    # the earliest date in the corpus is 002's "in the 1990s"; the latest 003's publication day
    assert rows[0]["event"] == "pakistan-recognition-taliban-1990s"
    assert keys[-1] == "2025-05-16"
    assert len(rows) >= 80 and {row["source"] for row in rows} == SOURCES
    assert {row["beginPrecision"] for row in rows} == {"year", "month", "day", None}


# The window rule of kg/dates.py: where the sources' dates agree, the days all of them allow are
# judged, and every source that dates the event has a row; where they disagree, each source's
# span is judged alone. A span known at both ends is inside when it overlaps the window (its
# width is the source's precision or the event's duration); a span open on one side
# ("..2025-01-09": before the report) is never inside a window bounded on both sides.


def _in_any_window(answer: Answer) -> None:
    # Open before the report, merely possible in any window: 001 "India agreed to offer material
    # support"; 004 "In the past months, we have sent multiple shipments".
    events = column(answer, "event")
    assert "india-material-support-pledge-2025-01" not in events
    assert "india-humanitarian-aid" not in events


def events_in_january_2025(answer: Answer) -> None:
    assert table(answer, "event", "source") == {
        # 000 / 001: "in Dubai on Wednesday" (8 January); 003: "in Dubai in January".
        ("dubai-meeting-2025-01", S000),
        ("dubai-meeting-2025-01", S001),
        ("dubai-meeting-2025-01", S003),
        # 001: "During the talks, the Afghan side acknowledged India’s security concerns".
        ("iea-acknowledgement-security-concerns-2025-01", S001),
        # 000: "The Taliban recently called India a “significant regional and economic partner”
        # after high-level talks" (between the meeting and the publication).
        ("taliban-partner-statement-2025-01", S000),
        # 003: "In January, Iranian Foreign Minister Abbas Araghchi made a rare trip to Kabul";
        # "Talks in Kabul focused on security, trade".
        ("araghchi-kabul-visit-2025-01", S003),
        ("araghchi-kabul-talks-2025-01", S003),
        # 000: "India condemned the airstrikes" (after them, by the publication); 001: "The
        # meeting in Dubai followed India’s condemnation" (December to 8 January).
        ("india-condemnation-paktika-airstrikes", S000),
        ("india-condemnation-paktika-airstrikes", S001),
        # 000: "Since late 2023, about one million refugees have returned" (up to the report).
        ("afghan-refugee-returns-since-2023", S000),
    }
    # 000 (published 9 January): "Last week, Pakistan launched an operation" (30 December to
    # 5 January) and 001 "in late December" agree on 30-31 December: not January.
    assert "paktika-airstrikes-2024-12" not in column(answer, "event")
    _in_any_window(answer)


def events_in_early_january_2025(answer: Answer) -> None:
    # "In January" (a whole month) overlaps 1-15 January, so the January rows all stay.
    assert table(answer, "event", "source") == {
        ("dubai-meeting-2025-01", S000),
        ("dubai-meeting-2025-01", S001),
        ("dubai-meeting-2025-01", S003),
        ("iea-acknowledgement-security-concerns-2025-01", S001),
        ("taliban-partner-statement-2025-01", S000),
        ("araghchi-kabul-visit-2025-01", S003),
        ("araghchi-kabul-talks-2025-01", S003),
        ("india-condemnation-paktika-airstrikes", S000),
        ("india-condemnation-paktika-airstrikes", S001),
        ("afghan-refugee-returns-since-2023", S000),
    }


def events_in_november_2024(answer: Answer) -> None:
    assert table(answer, "event", "source") == {
        # 002: "during the November 4-5 visit to Kabul"; 004: "from November 4–5", "visited Kabul
        # on 4 and 5 November", "He called on former President Hamid Karzai, met the head of UN
        # agencies"; 004: the Yaqub meeting "took place on Wednesday".
        ("kabul-visit-2024-11", S002),
        ("kabul-visit-2024-11", S004),
        ("singh-muttaqi-meeting-2024-11", S002),
        ("singh-muttaqi-meeting-2024-11", S004),
        ("singh-yaqub-meeting-2024-11", S002),
        ("singh-yaqub-meeting-2024-11", S004),
        ("singh-karzai-meeting-2024-11", S004),
        ("singh-un-agencies-meeting-2024-11", S002),
        ("singh-un-agencies-meeting-2024-11", S004),
        # 002: "a day after Yaqoob’s office publicly shared details" (6 Nov); "On Thursday,
        # Muttaqi’s office released details"; "as telling a weekly news conference in New Delhi on
        # Thursday"; "The Pakistani military reported a fresh militant attack Thursday ... the
        # ensuing clashes killed four soldiers and five assailants".
        ("iea-defence-ministry-statement-2024-11", S002),
        ("iea-mofa-statement-2024-11-07", S002),
        ("mea-briefing-2024-11-07", S002),
        ("pakistan-border-attack-2024-11-07", S002),
        ("pakistan-border-clashes-2024-11-07", S002),
        # 004 dates these two only by its publication ("The Taliban’s Ministry of Defence shared
        # on social media"; "In a weekly media briefing"): open, but it agrees with 002's day,
        # so the event is dated by both.
        ("iea-defence-ministry-statement-2024-11", S004),
        ("mea-briefing-2024-11-07", S004),
        # Spans from before to the publication (7 November) overlap November: 002 "The Taliban
        # takeover prompted New Delhi and Western countries to close their embassies in Kabul and
        # mostly moved their diplomatic missions to Qatar" (from August 2021); 004 "Indian
        # officials have made at least five visits to Afghanistan, beginning in June 2022"; 000
        # "Since late 2023, about one million refugees have returned" (up to 9 January 2025).
        ("missions-relocation-qatar-2021", S002),
        ("indian-official-visits-afghanistan", S004),
        ("afghan-refugee-returns-since-2023", S000),
    }
    # 002: "India recently reopened its diplomatic mission" (before 7 November, open: merely
    # possible in November); 000: "in June 2022". The embassy closures: 002 from August 2021 to
    # the report, but 001 "India had previously withdrawn all diplomats ... re-establishing a
    # limited diplomatic presence through a technical team in 2022" (2021..2022): together, by 2022.
    events = column(answer, "event")
    assert "india-embassy-reopening-2022" not in events
    assert "embassy-closures-kabul-2021" not in events


# --- contradictions and single sources -------------------------------------------------------


IEA_FM = "Foreign Minister of the Islamic Emirate of Afghanistan"
IEA_DM = "Defence Minister of the Islamic Emirate of Afghanistan"


def contradictions(answer: Answer) -> None:
    assert table(answer, "subject", "predicate", "value", "source") == {
        # 001: "300 tonnes of medicines"; 004: "30 tons of medicines".
        ("aid-medicines", "kg:hasQuantity", "300 tonne", S001),
        ("aid-medicines", "kg:hasQuantity", "30 tonne", S004),
        # 002: "a rare interaction with Defense Minister Mohammad Yaqoob ... during the November
        # 4-5 visit"; 004: "This high-level engagement, which took place on Wednesday" (6 Nov).
        ("singh-yaqub-meeting-2024-11", "kg:hasTime", "2024-11-04..2024-11-05", S002),
        ("singh-yaqub-meeting-2024-11", "kg:hasTime", "2024-11-06", S004),
        # the visit the Wednesday meeting was part of: "November 4-5" (002), "from November 4–5"
        # (004)
        ("kabul-visit-2024-11", "kg:hasTime", "2024-11-04..2024-11-05", S002),
        ("kabul-visit-2024-11", "kg:hasTime", "2024-11-04..2024-11-05", S004),
        # 002: "Taliban Foreign Minister Amir Khan Muttaqi", "Defense Minister Mohammad Yaqoob";
        # 004: "Acting Foreign Minister", "Acting Defence Minister", the same day
        ("amir-khan-muttaqi", "kg:holdsPosition", IEA_FM, S002),
        ("amir-khan-muttaqi", "kg:holdsActingPosition", IEA_FM, S004),
        ("mohammad-yaqub-mujahid", "kg:holdsPosition", IEA_DM, S002),
        ("mohammad-yaqub-mujahid", "kg:holdsActingPosition", IEA_DM, S004),
        # 000's headline ‘Key regional partner’ against its body's quotation
        ("taliban-partner-statement-2025-01", "kg:hasQuotation", "Key regional partner", S000),
        (
            "taliban-partner-statement-2025-01",
            "kg:hasQuotation",
            "significant regional and economic partner",
            S000,
        ),
        # the Defence Ministry's post: "declared their common desire to enlarge" (002),
        # "emphasised their common desire to expand" (004)
        (
            "iea-defence-ministry-statement-2024-11",
            "kg:hasQuotation",
            "both sides declared their common desire to enlarge the bilateral relations … and "
            "expressed their interest in further reinforcing the interactions between Afghanistan "
            "and India.",
            S002,
        ),
        (
            "iea-defence-ministry-statement-2024-11",
            "kg:hasQuotation",
            "emphasised their common desire to expand bilateral relations, especially in "
            "humanitarian cooperation, and expressed their interest in strengthening further "
            "interactions.",
            S004,
        ),
        # Jaiswal: "representatives of the United Nations agencies" (002), "the head of UN
        # agencies" (004)
        (
            "mea-briefing-2024-11-07",
            "kg:hasParaphrase",
            "met with representatives of the United Nations agencies",
            S002,
        ),
        ("mea-briefing-2024-11-07", "kg:hasQuotation", "met the head of UN agencies", S004),
        # "first such meeting" (000), "first-ever meeting with Taliban minister" (001), against
        # J.P. Singh's meeting with Muttaqi in Kabul on 4–5 November 2024 (002, 004)
        (
            "dubai-meeting-2025-01",
            "kg:hasSignificance",
            "first such meeting since the Taliban took control of Kabul in 2021",
            S000,
        ),
        (
            "dubai-meeting-2025-01",
            "kg:hasSignificance",
            "first-ever meeting with Taliban minister",
            S001,
        ),
        ("singh-muttaqi-meeting-2024-11", "kg:hasTime", "2024-11-04..2024-11-05", S002),
        ("singh-muttaqi-meeting-2024-11", "kg:hasTime", "2024-11-04..2024-11-05", S004),
    }
    evidence = {
        row["source"]: row["evidence"]
        for row in select(answer)
        if row["subject"] == "aid-medicines"
    }
    assert evidence == {S001: "300 tonnes of medicines", S004: "30 tons of medicines"}


def title_conflicts(answer: Answer) -> None:
    # 002: "Taliban Foreign Minister Amir Khan Muttaqi", "Defense Minister Mohammad Yaqoob";
    # 004, published the same day: "the Taliban’s Acting Foreign Minister Amir Khan Muttaqi",
    # "the Taliban’s Acting Defence Minister, Mohammad Yaqub Mujahid". 000, 001 and 003 call
    # Muttaqi acting too, and nobody contradicts them at their dates.
    assert table(
        answer, "person", "position", "actingSource", "plainSource", "plainEvidence", "within"
    ) == {
        (
            "amir-khan-muttaqi",
            "iea-foreign-minister",
            S004,
            S002,
            "Taliban Foreign Minister Amir Khan Muttaqi",
            "false",
        ),
        (
            "mohammad-yaqub-mujahid",
            "iea-defence-minister",
            S004,
            S002,
            "Defense Minister Mohammad Yaqoob",
            "false",
        ),
    }


def quotation_conflicts(answer: Answer) -> None:
    # 000 quotes the Taliban as calling India a ‘Key regional partner’ (headline) and a
    # “significant regional and economic partner” (body): one report, two wordings. The
    # Defence Ministry's post: 002 “both sides declared their common desire to enlarge ...”,
    # 004 “emphasised their common desire to expand ...”. Jaiswal: 002 "met with
    # representatives of the United Nations agencies", 004 “met the head of UN agencies”.
    # The other passages of the briefing (“humanitarian assistance ... centerpiece”, “We had a
    # delegation ...”) are different words for different things: not listed.
    assert table(
        answer, "statement", "firstSource", "firstKind", "secondSource", "secondKind", "within"
    ) == {
        ("taliban-partner-statement-2025-01", S000, "quotation", S000, "quotation", "true"),
        ("iea-defence-ministry-statement-2024-11", S002, "quotation", S004, "quotation", "false"),
        ("mea-briefing-2024-11-07", S002, "paraphrase", S004, "quotation", "false"),
    }
    wordings = {
        row["statement"]: (row["firstWording"], row["secondWording"]) for row in select(answer)
    }
    assert wordings["taliban-partner-statement-2025-01"] == (
        "Key regional partner",
        "significant regional and economic partner",
    )
    assert wordings["mea-briefing-2024-11-07"] == (
        "met with representatives of the United Nations agencies",
        "met the head of UN agencies",
    )


def sub_event_date_conflicts(answer: Answer) -> None:
    # 004: the Defence Minister meeting "took place on Wednesday" (6 November, before the
    # Thursday 7 November dateline), "During the visit", which "took place from November 4–5";
    # 002 dates the visit "November 4-5" too. 004 contradicts itself and 002.
    assert table(
        answer,
        "event",
        "eventSource",
        "eventDate",
        "eventWording",
        "parent",
        "parentSource",
        "parentDate",
        "parentWording",
        "within",
    ) == {
        (
            "singh-yaqub-meeting-2024-11",
            S004,
            "2024-11-06",
            "on Wednesday",
            "kabul-visit-2024-11",
            S004,
            "2024-11-04..2024-11-05",
            "from November 4–5",
            "true",
        ),
        (
            "singh-yaqub-meeting-2024-11",
            S004,
            "2024-11-06",
            "on Wednesday",
            "kabul-visit-2024-11",
            S002,
            "2024-11-04..2024-11-05",
            "November 4-5",
            "false",
        ),
    }


def place_conflicts(answer: Answer) -> None:
    # Every meeting of the seed has one place, whichever report gives it: Dubai (000, 001,
    # 003), Kabul (002, 004). 000 and 001 put the Taliban's takeover in Kabul, 002 in
    # Afghanistan, and 001 the embassy closures in Afghanistan, 002 in Kabul: no meetings,
    # and Kabul's state is given by no claim. No place conflict (tests/test_voices_review.py
    # builds one).
    assert table(answer, "event", "place", "otherPlace") == set()


def first_claim_conflicts(answer: Answer) -> None:
    # 000: "This marks the first such meeting since the Taliban took control of Kabul in 2021";
    # 001: "India’s Foreign Secretary engages in first-ever meeting with Taliban minister in
    # Dubai". 002 and 004 report J.P. Singh meeting Foreign Minister Muttaqi in Kabul on 4–5
    # November 2024, before the Dubai meeting of 8 January 2025. 001's "first official
    # encounter ... at this level" is about a level, which the graph does not rank; the firsts
    # of the Yaqoob meeting (002, 004) have no earlier meeting with him or J.P. Singh.
    assert table(
        answer, "event", "source", "significance", "earlier", "earlierSource", "earlierDate"
    ) == {
        (
            "dubai-meeting-2025-01",
            source,
            significance,
            "singh-muttaqi-meeting-2024-11",
            earlier,
            "2024-11-04..2024-11-05",
        )
        for source, significance in (
            (S000, "first such meeting since the Taliban took control of Kabul in 2021"),
            (S001, "first-ever meeting with Taliban minister"),
        )
        for earlier in (S002, S004)
    }


def quantity_conflicts(answer: Answer) -> None:
    # 001: "300 tonnes of medicines" against 004: "30 tons of medicines"; the wheat (50,000) and
    # the pesticides (40,000 litres) agree.
    assert table(
        answer, "subject", "predicate", "firstSource", "firstAmount", "secondSource", "secondAmount"
    ) == {("aid-medicines", "kg:hasQuantity", S001, "300.0", S004, "30.0")}


def date_conflicts(answer: Answer) -> None:
    # 002: the Yaqoob meeting "during the November 4-5 visit"; 004: "took place on Wednesday"
    # (6 November). "on Wednesday" (000) and "in January" (003) for Dubai overlap: no conflict.
    assert table(
        answer, "event", "earlierSource", "earlierFrom", "earlierTo", "laterSource", "laterFrom"
    ) == {("singh-yaqub-meeting-2024-11", S002, "2024-11-04", "2024-11-05", S004, "2024-11-06")}


def single_source_facts(answer: Answer) -> None:
    found = table(answer, "subject", "predicate", "object", "source")
    facts = [(s, p, o) for s, p, o, _ in found]
    assert len(facts) == len(set(facts)), "a fact with one source has one row"
    assert {
        # 001 only: "100 million doses of the polio vaccine".
        ("aid-polio-vaccine", "kg:hasQuantity", "aid-polio-vaccine/quantity/100000000-dose", S001),
        # the two medicine figures each rest on one report
        ("aid-medicines", "kg:hasQuantity", "aid-medicines/quantity/300-tonne", S001),
        ("aid-medicines", "kg:hasQuantity", "aid-medicines/quantity/30-tonne", S004),
        # 002 only: "the India-operated Chabahar port".
        ("chabahar-port", "kg:operatedBy", "india", S002),
        # 000 only: "the Taliban appointed Ikramuddin Kamil as its acting consul in Mumbai".
        ("ikramuddin-kamil", "kg:holdsActingPosition", "iea-consul-mumbai", S000),
    } <= found
    # stated by several reports: the Dubai meeting's place (000, 001, 003), the wheat (001, 004),
    # Chabahar in Iran (000, 001, 002), India's non-recognition (000, 002, 004)
    for fact in [
        ("dubai-meeting-2025-01", "kg:hasPlace", "dubai"),
        ("aid-wheat", "kg:hasQuantity", "aid-wheat/quantity/50000-tonne"),
        ("chabahar-port", "kg:locatedIn", "iran"),
        ("india", "kg:doesNotFormallyRecognize", "islamic-emirate-of-afghanistan"),
    ]:
        assert fact not in facts
    assert {source for *_, source in found} == SOURCES and len(found) > 200


def exclusive_to_001(answer: Answer) -> None:
    found = table(answer, "subject", "predicate", "object")
    assert {
        # 001: "100 million doses of the polio vaccine", "300 tonnes of medicines".
        ("aid-polio-vaccine", "kg:hasQuantity", "aid-polio-vaccine/quantity/100000000-dose"),
        ("aid-medicines", "kg:hasQuantity", "aid-medicines/quantity/300-tonne"),
        # 001: "Pakistan’s airstrikes in Afghanistan, which killed at least 46 civilians".
        (
            "paktika-airstrikes-2024-12",
            "kg:hasFatalities",
            "paktika-airstrikes-2024-12/quantity/atleast-46-person",
        ),
        # 001: "following Pakistan’s expulsion of over 500,000 Afghan refugees".
        (
            "pakistan-expulsion-afghan-refugees",
            "kg:hasQuantity",
            "pakistan-expulsion-afghan-refugees/quantity/over-500000-person",
        ),
        # 001: "Pakistan-based terror groups like Lashkar-e-Taiba (LeT) and Jaish-e-Mohammed (JeM)".
        ("lashkar-e-taiba", "kg:locatedIn", "pakistan"),
    } <= found
    # 004 also gives the wheat; 000 and 003 also place the meeting in Dubai
    assert ("aid-wheat", "kg:hasQuantity", "aid-wheat/quantity/50000-tonne") not in found
    assert ("dubai-meeting-2025-01", "kg:hasPlace", "dubai") not in found


def exclusive_to_004(answer: Answer) -> None:
    found = table(answer, "subject", "predicate", "object")
    assert {
        # 004: "30 tons of medicines, and 28 tons of relief materials for earthquake victims".
        ("aid-medicines", "kg:hasQuantity", "aid-medicines/quantity/30-tonne"),
        ("aid-earthquake-relief", "kg:hasQuantity", "aid-earthquake-relief/quantity/28-tonne"),
        # 004: "He called on former President Hamid Karzai".
        ("singh-karzai-meeting-2024-11", "kg:hasParticipant", "hamid-karzai"),
        # 004: "over 400 development projects across Afghanistan".
        (
            "india-development-projects-afghanistan",
            "kg:hasQuantity",
            "india-development-projects-afghanistan/quantity/over-400-project",
        ),
    } <= found
    # 002 gives the same dates for the visit and the same spokesperson
    assert (
        "kabul-visit-2024-11",
        "kg:hasTime",
        "kabul-visit-2024-11/time/2024-11-04_2024-11-05",
    ) not in found
    assert ("randhir-jaiswal", "kg:holdsPosition", "mea-spokesperson") not in found


def hedged_claims(answer: Answer) -> None:
    rows = select(answer)
    assert len(rows) >= 20 and all(float(row["confidence"] or 1) < 1 for row in rows)
    assert {row["source"] for row in rows} == SOURCES


def hedged_below_06(answer: Answer) -> None:
    # The least certain claims are the ones a text reports as one side's allegation:
    # 000: "Pakistan launched an operation targeting what it claimed were armed groups";
    # 002: "allegations that the Taliban harbor and support fugitive anti-Pakistan militants";
    # 002: "It allegedly harbored and supported Taliban leaders".
    assert table(answer, "subject", "predicate", "object", "source") == {
        ("paktika-airstrikes-2024-12", "kg:hasTarget", "paktika-armed-groups", S000),
        ("islamic-emirate-of-afghanistan", "kg:supports", "anti-pakistan-militants", S002),
        ("pakistan", "kg:supports", "taliban", S002),
    }


# --- missions and recognition ----------------------------------------------------------------


def missions_in_kabul(answer: Answer) -> None:
    found = {
        row["state"]: (parts(row["missions"]), parts(row["sources"])) for row in select(answer)
    }
    # 002: "several neighboring and regional countries, including China, Russia, Pakistan, Iran,
    # and Qatar, have retained their embassies. India recently reopened its diplomatic mission in
    # Kabul"; 000: "India reopened its embassy in Kabul in June 2022"; 004: "only a technical team
    # remains at the Indian Embassy in Kabul".
    assert found == {
        "india": ({"Embassy of India, Kabul"}, {S000, S002, S004}),
        "china": ({"Embassy of China, Kabul"}, {S002}),
        "russia": ({"Embassy of Russia, Kabul"}, {S002}),
        "pakistan": ({"Embassy of Pakistan, Kabul"}, {S002}),
        "iran": ({"Embassy of Iran, Kabul"}, {S002}),
        "qatar": ({"Embassy of Qatar, Kabul"}, {S002}),
    }


def missions_in_afghanistan(answer: Answer) -> None:
    # 001: "re-establishing a limited diplomatic presence through a technical team in 2022".
    assert [(row["state"], parts(row["sources"])) for row in select(answer)] == [("india", {S001})]


def recognition(answer: Answer) -> None:
    iea = "islamic-emirate-of-afghanistan"
    assert sources_by(answer, "actor", "relation", "government") == {
        # 000: "no country, including India, officially recognizes the Taliban administration";
        # 004: "it does not officially recognise the Taliban government".
        ("india", "not formal", iea): {S000, S002, S004},
        # 002: "No country has formally recognized the Taliban as the legitimate ruler of
        # Afghanistan, but several neighboring and regional countries, including China, Russia,
        # Pakistan, Iran, and Qatar, have retained their embassies."
        ("china", "not formal", iea): {S002},
        ("russia", "not formal", iea): {S002},
        ("pakistan", "not formal", iea): {S002},
        ("qatar", "not formal", iea): {S002},
        # 003: "While Tehran has not formally recognised the Taliban government".
        ("iran", "not formal", iea): {S002, S003},
        # 002: "The International community has refused to recognize the Taliban regime".
        ("international-community", "not formal", iea): {S002},
        # 002: "Pakistan officially recognized the first Taliban government in Kabul in the 1990s."
        ("pakistan", "formal", "first-taliban-government"): {S002},
    }


def missions_without_recognition(answer: Answer) -> None:
    # Every state with an embassy in Kabul (002) says, or is said by 002, not to recognize the
    # Taliban government formally: relations without recognition.
    assert table(answer, "state", "recognition") == {
        (state, "not formal") for state in ("india", "china", "russia", "pakistan", "iran", "qatar")
    }


def missions_and_first_taliban_government(answer: Answer) -> None:
    # 002: "Pakistan officially recognized the first Taliban government"; the others: not stated.
    assert table(answer, "state", "recognition") == {
        ("pakistan", "formal"),
        *((state, "not stated") for state in ("india", "china", "russia", "iran", "qatar")),
    }


def recognized_by_any_state(answer: Answer) -> None:
    # 002: "No country has formally recognized the Taliban as the legitimate ruler of Afghanistan".
    assert answer is False


def first_taliban_government_recognized(answer: Answer) -> None:
    # 002: "Pakistan officially recognized the first Taliban government in Kabul in the 1990s."
    assert answer is True


def representation(answer: Answer) -> None:
    assert sources_by(answer, "representative", "represented") == {
        # 000: "India reopened its embassy in Kabul in June 2022, sending a team of technical
        # experts"; 001: "a technical team"; 004: "only a technical team remains at the Indian
        # Embassy in Kabul"; 002: "India recently reopened its diplomatic mission in Kabul".
        ("embassy-of-india-kabul", "india"): {S000, S002, S004},
        ("indian-technical-team-kabul", "india"): {S000, S001, S004},
        # 000: "Afghanistan’s embassy in New Delhi"; 004: "the Afghan embassy in New Delhi".
        ("embassy-of-afghanistan-new-delhi", "afghanistan"): {S000, S004},
        # 000: "diplomats appointed by the previous Afghan government".
        ("previous-government-diplomats-india", "previous-afghan-government"): {S000},
        # 002: "his delegation’s meetings"; 004: "We had a delegation led by J.P. Singh".
        ("indian-delegation-kabul-2024-11", "india"): {S002, S004},
        # 003: "a recent visit to Kabul by an Indian diplomat overseeing Afghanistan relations".
        ("indian-diplomat-kabul-2025", "india"): {S003},
        # 003: "a Taliban-appointed ambassador".
        ("taliban-ambassador-to-china", "islamic-emirate-of-afghanistan"): {S003},
        # 000: "the Taliban appointed Ikramuddin Kamil as its acting consul in Mumbai".
        ("ikramuddin-kamil", "islamic-emirate-of-afghanistan"): {S000},
        # 002: "China, Russia, Pakistan, Iran, and Qatar, have retained their embassies".
        ("embassy-of-china-kabul", "china"): {S002},
        ("embassy-of-russia-kabul", "russia"): {S002},
        ("embassy-of-pakistan-kabul", "pakistan"): {S002},
        ("embassy-of-iran-kabul", "iran"): {S002},
        ("embassy-of-qatar-kabul", "qatar"): {S002},
    }


# --- events by code, status, topic, significance -----------------------------------------------

CONSULTATIONS = {
    # 000 "met ... in Dubai"; 002 / 004 the Kabul visit and its meetings (Muttaqi, Yaqoob, Karzai,
    # UN agencies); 003 the call, the Indian diplomat's visit, Muttaqi's planned visits to Iran and
    # China, his discussions with Yue Xiaoyong, Araghchi's trip and talks; 004 "at least five
    # visits to Afghanistan" and the Regional Cooperation Initiative.
    "dubai-meeting-2025-01": ("044", "kg:ThirdLocationMeeting"),
    "singh-muttaqi-meeting-2024-11": ("040", "kg:Meeting"),
    "singh-yaqub-meeting-2024-11": ("040", "kg:Meeting"),
    "singh-karzai-meeting-2024-11": ("040", "kg:Meeting"),
    "singh-un-agencies-meeting-2024-11": ("040", "kg:Meeting"),
    "muttaqi-yue-discussions-2025": ("040", "kg:Meeting"),
    "araghchi-kabul-talks-2025-01": ("040", "kg:Meeting"),
    "afghanistan-regional-cooperation-initiative-2024-01": ("040", "kg:Conference"),
    "muttaqi-jaishankar-call-2025-05-15": ("041", "kg:PhoneCall"),
    "kabul-visit-2024-11": ("042", "kg:Visit"),
    "indian-diplomat-kabul-visit-2025": ("042", "kg:Visit"),
    "muttaqi-iran-visit-2025": ("042", "kg:Visit"),
    "muttaqi-china-visit-2025-05": ("042", "kg:Visit"),
    "araghchi-kabul-visit-2025-01": ("042", "kg:Visit"),
    "indian-official-visits-afghanistan": ("042", "kg:Visit"),
}


def events_by_cameo_04(answer: Answer) -> None:
    assert {row["event"]: (row["code"], row["class"]) for row in select(answer)} == CONSULTATIONS


def events_by_cameo_195(answer: Answer) -> None:
    # 001: "Pakistan’s airstrikes in Afghanistan"; 003's Indian missile strikes are only alleged.
    assert table(answer, "event", "class", "code") == {
        ("paktika-airstrikes-2024-12", "kg:Airstrike", "195")
    }


def events_by_cameo_043(answer: Answer) -> None:
    # the host side of every visit ("Host a visit")
    assert {row["event"] for row in select(answer)} == {
        event for event, (code, _) in CONSULTATIONS.items() if code == "042"
    }


def events_by_plover_accuse(answer: Answer) -> None:
    assert table(answer, "event", "class", "mode") == {
        # 000: "India condemned the airstrikes on Afghan soil"; 003: "Taliban officials strongly
        # condemned the Pahalgam attack".
        ("india-condemnation-paktika-airstrikes", "kg:Condemnation", "disapprove"),
        ("taliban-condemnation-pahalgam-attack", "kg:Condemnation", "disapprove"),
        # 001: "India criticized Pakistan for blaming neighboring countries"; 002: "Islamabad’s
        # allegations"; 003: "Pakistani military reports alleging Indian missile strikes".
        ("india-criticism-pakistan-blaming-neighbours", "kg:Accusation", "allege"),
        ("pakistan-accusation-militants-2024", "kg:Accusation", "allege"),
        ("pakistani-military-accusation-indian-missile-strikes", "kg:Accusation", "allege"),
    }


def events_by_plover_aid(answer: Answer) -> None:
    # the aid shipments of 000, 001 and 004, and 004: "India was previously involved in over 400
    # development projects across Afghanistan".
    assert table(answer, "event", "class", "mode") == {
        ("india-humanitarian-aid", "kg:AidShipment", "humanitarian"),
        ("aid-wheat", "kg:AidShipment", "humanitarian"),
        ("aid-medicines", "kg:AidShipment", "humanitarian"),
        ("aid-pesticides", "kg:AidShipment", "humanitarian"),
        ("aid-polio-vaccine", "kg:AidShipment", "humanitarian"),
        ("aid-earthquake-relief", "kg:AidShipment", "humanitarian"),
        ("india-development-projects-afghanistan", "kg:DevelopmentProject", "economic"),
    }


def events_planned(answer: Answer) -> None:
    # 003: "The phone call, which took place ahead of Muttaqi’s scheduled visits to Iran and China".
    assert sources_by(answer, "event") == {
        ("muttaqi-iran-visit-2025",): {S003},
        ("muttaqi-china-visit-2025-05",): {S003},
    }


def events_ongoing(answer: Answer) -> None:
    assert sources_by(answer, "event") == {
        # 000: "India continues to assist Afghanistan"; 001: "India’s ongoing humanitarian
        # assistance programs".
        ("india-humanitarian-aid",): {S000, S001},
        # 000: "Afghanistan denies the accusation".
        ("afghanistan-denial-attacks-on-pakistan",): {S000},
        # 003: "is making a fresh push to normalise relations"; "its broader campaign for
        # international legitimacy"; "There is a consistent conversation"; "both sides have moved
        # toward a more pragmatic and cooperative relationship since 2021".
        ("taliban-india-normalisation-push-2025",): {S003},
        ("taliban-international-legitimacy-campaign",): {S003},
        ("india-taliban-official-contacts",): {S003},
        ("iran-taliban-rapprochement-since-2021",): {S003},
    }


def dubai_topics(answer: Answer) -> None:
    assert sources_by(answer, "topic") == {
        # 000: "The two discussed expanding relations, with a particular focus on boosting trade
        # via the Chabahar Port in Iran."; "strengthening ties in sports, particularly in
        # cricket"; "agreed to maintain regular contact to address security concerns".
        ("bilateral-relations",): {S000},
        ("sports-cooperation",): {S000},
        # 001: "Both sides also discussed the promotion of trade and commercial activities through
        # Iran’s Chabahar port"; "the Afghan side acknowledged India’s security concerns, with an
        # emphasis on the presence of Pakistan-based terror groups"; "both sides also assessed
        # India’s ongoing humanitarian assistance programs".
        ("trade",): {S000, S001},
        ("chabahar-port",): {S000, S001},
        ("security-concerns",): {S000, S001},
        ("terrorism",): {S001},
        ("humanitarian-assistance",): {S001},
        ("india-humanitarian-aid",): {S001},
    }


def kabul_visit_topics(answer: Answer) -> None:
    assert sources_by(answer, "topic") == {
        # 002: "talks with India on improving bilateral ties"; "humanitarian assistance from India
        # was the centerpiece"; "how the Afghan business community could access the India-operated
        # Chabahar port ... to increase bilateral trade".
        ("bilateral-relations",): {S002},
        # 004: "They discussed India’s humanitarian assistance ... and explored how Chabahar Port
        # could be used by Afghan businesses for trade"; "explore avenues for deeper economic and
        # regional cooperation".
        ("humanitarian-assistance",): {S002, S004},
        ("chabahar-port",): {S002, S004},
        ("afghan-business-community",): {S002, S004},
        ("trade",): {S002, S004},
        ("economic-cooperation",): {S004},
        ("regional-cooperation",): {S004},
    }


def trade_events(answer: Answer) -> None:
    assert sources_by(answer, "event") == {
        # 000: "boosting trade via the Chabahar Port"; 001: "the promotion of trade".
        ("dubai-meeting-2025-01",): {S000, S001},
        # 000: "India’s foreign ministry echoed the sentiment ... aiming to enhance trade".
        ("mea-statement-dubai-meeting-2025-01",): {S000},
        # 002: "to increase bilateral trade"; 004: "used by Afghan businesses for trade".
        ("kabul-visit-2024-11",): {S002, S004},
        # 002: "sought better visa facilitation for Afghan businessmen to help boost trade ties".
        ("singh-muttaqi-meeting-2024-11",): {S002},
        # 003: "These include trade facilitation, visa processes"; "Talks in Kabul focused on
        # security, trade"; "a strong interest in boosting trade and investment in Afghanistan".
        ("taliban-india-normalisation-push-2025",): {S003},
        ("araghchi-kabul-talks-2025-01",): {S003},
        ("iea-mfa-statement-china-support-2025",): {S003},
    }


def chabahar_events(answer: Answer) -> None:
    assert sources_by(answer, "event") == {
        ("dubai-meeting-2025-01",): {S000, S001},
        ("kabul-visit-2024-11",): {S002, S004},
        # 003: "strengthening collaboration on the strategic Chabahar port".
        ("taliban-india-normalisation-push-2025",): {S003},
    }


def firsts(answer: Answer) -> None:
    assert table(answer, "event", "significance", "source") == {
        # 000: "This marks the first such meeting since the Taliban took control of Kabul in 2021."
        (
            "dubai-meeting-2025-01",
            "first such meeting since the Taliban took control of Kabul in 2021",
            S000,
        ),
        # 001 headline: "first-ever meeting with Taliban minister"; "This marked the first
        # official encounter between the two sides at this level."
        ("dubai-meeting-2025-01", "first-ever meeting with Taliban minister", S001),
        (
            "dubai-meeting-2025-01",
            "first official encounter between the two sides at this level",
            S001,
        ),
        # 002: "“Yes, this was the first meeting with” Yaqoob"; 004 headline "first-ever meeting";
        # 004: "This is India’s first direct meeting with the son of former Taliban leader Mullah
        # Omar".
        ("singh-yaqub-meeting-2024-11", "first meeting with Yaqoob", S002),
        ("singh-yaqub-meeting-2024-11", "first-ever meeting", S004),
        (
            "singh-yaqub-meeting-2024-11",
            "India’s first direct meeting with the son of former Taliban leader Mullah Omar",
            S004,
        ),
        # 003: "the first by a top Iranian diplomat in nine years"; "the first country to do so".
        ("araghchi-kabul-visit-2025-01", "first by a top Iranian diplomat in nine years", S003),
        (
            "china-credentials-taliban-ambassador-2025-02",
            "first country to formally accept the credentials of a Taliban-appointed ambassador",
            S003,
        ),
        # 004: "the Taliban’s first international event since regaining control".
        (
            "afghanistan-regional-cooperation-initiative-2024-01",
            "the Taliban’s first international event since regaining control",
            S004,
        ),
    }


def highest(answer: Answer) -> None:
    # 003: "was the highest-level contact between New Delhi and the Taliban since the group seized
    # power in August 2021".
    assert [(row["event"], row["source"]) for row in select(answer)] == [
        ("muttaqi-jaishankar-call-2025-05-15", S003)
    ]


# --- actors ---------------------------------------------------------------------------------


def actors(answer: Answer) -> None:
    classes = {row["actor"]: row["class"] for row in select(answer)}
    # RDFS subclass entailment: persons, ministries, delegations, missions, groups and states are
    # all kg:Actor (000: "India’s Foreign Secretary Vikram Misri", "India’s foreign ministry";
    # 002: "the visiting Indian delegation"; 003: "the Taliban-led government").
    assert {
        "vikram-misri": "kg:Person",
        "india": "kg:State",
        "ministry-of-external-affairs": "kg:Ministry",
        "islamic-emirate-of-afghanistan": "kg:DeFactoAuthority",
        "taliban": "kg:ArmedGroup",
        "nato": "kg:InternationalOrganization",
        "embassy-of-india-kabul": "kg:DiplomaticMission",
        "indian-delegation-kabul-2024-11": "kg:Delegation",
        "afghan-refugees": "kg:Group",
    }.items() <= classes.items()
    for not_an_actor in (
        "kabul",
        "chabahar-port",
        "iea-foreign-minister",
        "dubai-meeting-2025-01",
        "trade",
    ):
        assert not_an_actor not in classes
    assert len(classes) >= 50


def states(answer: Answer) -> None:
    # the countries the reports name as actors
    assert table(answer, "actor", "class") == {
        (state, "kg:State")
        for state in (
            "india",
            "afghanistan",
            "pakistan",
            "iran",
            "china",
            "russia",
            "qatar",
            "united-states",
        )
    }


def persons(answer: Answer) -> None:
    found = table(answer, "actor", "class")
    assert {
        (person, "kg:Person")
        for person in (
            "vikram-misri",
            "amir-khan-muttaqi",
            "mohammad-yaqub-mujahid",
            "jp-singh",
            "randhir-jaiswal",
            "s-jaishankar",
            "abbas-araghchi",
            "yue-xiaoyong",
            "hamid-karzai",
            "mullah-omar",
            "ikramuddin-kamil",
            "narendra-modi",
        )
    } <= found
    assert {cls for _, cls in found} == {"kg:Person"}


def misri_events(answer: Answer) -> None:
    assert sources_by(answer, "event", "role") == {
        # 000, 001, 003: Misri met Muttaqi in Dubai.
        ("dubai-meeting-2025-01", "hasParticipant"): {S000, S001, S003},
        # 001: "Misri emphasized India’s historic ties with the Afghan people".
        ("misri-remarks-dubai-2025-01", "hasInitiator"): {S001},
    }


def singh_events(answer: Answer) -> None:
    assert sources_by(answer, "event", "role") == {
        # 002: "Jitender Pal Singh ... led his delegation’s meetings"; 004: "a delegation led by J.P.
        # Singh ... who visited Kabul on 4 and 5 November".
        ("kabul-visit-2024-11", "hasLeader"): {S002, S004},
        ("singh-muttaqi-meeting-2024-11", "hasParticipant"): {S002, S004},
        ("singh-yaqub-meeting-2024-11", "hasParticipant"): {S002, S004},
        # 004: "He called on former President Hamid Karzai, met the head of UN agencies".
        ("singh-karzai-meeting-2024-11", "hasParticipant"): {S004},
        ("singh-un-agencies-meeting-2024-11", "hasParticipant"): {S004},
        # 002: "He promised to enhance Indian visa facilities for Afghans".
        ("singh-visa-pledge-2024-11", "hasInitiator"): {S002},
    }


def mentions(answer: Answer) -> None:
    by_entity: dict[str, set[str]] = {}
    for row in select(answer):
        by_entity.setdefault(str(row["entity"]), set()).add(str(row["source"]))
        assert int(row["claims"] or 0) >= 1
    assert {
        # Muttaqi is in all five reports; Misri in the three on the Dubai meeting.
        "amir-khan-muttaqi": SOURCES,
        "vikram-misri": {S000, S001, S003},
        # "JP Singh" (001, 002), "Jitender Pal Singh" (002), "J.P. Singh" (004).
        "jp-singh": {S001, S002, S004},
        "randhir-jaiswal": {S002, S004},
        "abbas-araghchi": {S003},
        "hamid-karzai": {S004},
        "mullah-omar": {S004},
        "narendra-modi": {S004},
        "ikramuddin-kamil": {S000},
        # every report mentions the Chabahar port
        "chabahar-port": SOURCES,
    }.items() <= {entity: frozenset(s) for entity, s in by_entity.items()}.items()


def spans_are_verbatim(answer: Answer, texts: Mapping[str, str]) -> None:
    for row in select(answer):
        source, start, end = str(row["source"]), row["start"], row["end"]
        assert start is not None and end is not None
        assert texts[source][int(start) : int(end)] == row["evidence"]


def yaqub_evidence(answer: Answer) -> None:
    evidence = {(row["source"], row["evidence"]) for row in select(answer)}
    assert {source for source, _ in evidence} == {S002, S004}
    # 002 spells him "Mohammad Yaqoob", 004 "Mohammad Yaqub Mujahid".
    assert any(source == S002 and "Yaqoob" in str(text) for source, text in evidence)
    assert any(source == S004 and "Yaqub Mujahid" in str(text) for source, text in evidence)


def singh_evidence(answer: Answer) -> None:
    evidence = {(row["source"], row["evidence"]) for row in select(answer)}
    assert {source for source, _ in evidence} == {S001, S002, S004}
    for source, spelling in (
        (S001, "JP Singh"),
        (S002, "Jitender Pal Singh"),
        (S004, "J.P. Singh"),
    ):
        assert any(s == source and spelling in str(text) for s, text in evidence), spelling


def find_yaqoob(answer: Answer) -> None:
    # 002: "Defense Minister Mohammad Yaqoob" is 004's "Mohammad Yaqub Mujahid".
    assert [(row["entity"], row["class"]) for row in select(answer)] == [
        ("mohammad-yaqub-mujahid", "kg:Person")
    ]
    assert parts(select(answer)[0]["matchedNames"]) == {"Mohammad Yaqoob", "Yaqoob"}


def find_singh(answer: Answer) -> None:
    rows = by_key(answer, "entity")
    assert parts(rows[("jp-singh",)]["matchedNames"]) >= {
        "JP Singh",
        "J.P. Singh",
        "Jitender Pal Singh",
    }
    assert rows[("jp-singh",)]["class"] == "kg:Person"


# --- sub-events, casualties, allegations, sources ------------------------------------------------


def kabul_visit_parts(answer: Answer) -> None:
    assert sources_by(answer, "part", "parent") == {
        # 002: "led his delegation’s meetings with Taliban Foreign Minister Amir Khan Muttaqi and a
        # rare interaction with Defense Minister Mohammad Yaqoob ... during the November 4-5 visit";
        # "the Indian delegation also met with representatives of the United Nations agencies".
        ("singh-muttaqi-meeting-2024-11", "kabul-visit-2024-11"): {S002, S004},
        ("singh-yaqub-meeting-2024-11", "kabul-visit-2024-11"): {S002, S004},
        ("singh-un-agencies-meeting-2024-11", "kabul-visit-2024-11"): {S002, S004},
        # 004: "He called on former President Hamid Karzai".
        ("singh-karzai-meeting-2024-11", "kabul-visit-2024-11"): {S004},
        # 002, in the talks with Muttaqi: he "sought better visa facilitation for Afghan
        # businessmen"; Singh "promised to enhance Indian visa facilities for Afghans".
        ("muttaqi-visa-request-2024-11", "singh-muttaqi-meeting-2024-11"): {S002},
        ("singh-visa-pledge-2024-11", "singh-muttaqi-meeting-2024-11"): {S002},
    }


def dubai_meeting_parts(answer: Answer) -> None:
    assert sources_by(answer, "part", "parent") == {
        # 000: "India pledged to offer material support"; 001: "India agreed to offer material
        # support"; 000: "India and the Taliban agreed to maintain regular contact"; 001: "The two
        # sides also agreed to continue regular communication".
        ("india-material-support-pledge-2025-01", "dubai-meeting-2025-01"): {S000, S001},
        ("agreement-regular-contact-2025-01", "dubai-meeting-2025-01"): {S000, S001},
        # 001: "During the talks, the Afghan side acknowledged India’s security concerns";
        # "Misri emphasized India’s historic ties with the Afghan people".
        ("iea-acknowledgement-security-concerns-2025-01", "dubai-meeting-2025-01"): {S001},
        ("misri-remarks-dubai-2025-01", "dubai-meeting-2025-01"): {S001},
    }


def casualties(answer: Answer) -> None:
    assert table(answer, "event", "source", "fatalities", "description") == {
        # 000: "The operation resulted in dozens of casualties, mainly women and children."
        (
            "paktika-airstrikes-2024-12",
            S000,
            None,
            "dozens of casualties, mainly women and children",
        ),
        # 001: "Pakistan’s airstrikes in Afghanistan, which killed at least 46 civilians".
        ("paktika-airstrikes-2024-12", S001, ">=46 person", "killed at least 46 civilians"),
        # 002: "the ensuing clashes killed four soldiers and five assailants".
        (
            "pakistan-border-clashes-2024-11-07",
            S002,
            "9 person",
            "four soldiers and five assailants",
        ),
    }


def allegations(answer: Answer) -> None:
    assert table(answer, "accused", "allegation", "source") == {
        # 000: "Afghanistan denies the accusation that Afghan soil is used to launch attacks on
        # Pakistan."
        ("afghanistan", "Afghan soil is used to launch attacks on Pakistan", S000),
        # 001: "India criticized Pakistan for blaming neighboring countries for its internal
        # problems".
        ("pakistan", "blaming neighboring countries for its internal problems", S001),
        # 002: "The International community has refused to recognize the Taliban regime over human
        # rights violations, particularly its restrictions on Afghan women’s access to work and
        # education."
        (
            "islamic-emirate-of-afghanistan",
            "human rights violations, particularly its restrictions on Afghan women’s access to work and education",
            S002,
        ),
        # 002: "allegations that the Taliban harbor and support fugitive anti-Pakistan militants
        # responsible for deadly “terrorist” attacks against Pakistani civilians and security
        # forces".
        (
            "islamic-emirate-of-afghanistan",
            "harbor and support fugitive anti-Pakistan militants",
            S002,
        ),
        (
            "anti-pakistan-militants",
            "responsible for deadly “terrorist” attacks against Pakistani civilians and security forces",
            S002,
        ),
        # 002: "It allegedly harbored and supported Taliban leaders".
        ("pakistan", "harbored and supported Taliban leaders", S002),
        # 003: "Pakistani military reports alleging Indian missile strikes on Afghan soil".
        ("india", "missile strikes on Afghan soil", S003),
    }


def sources(answer: Answer) -> None:
    rows = by_key(answer, "source")
    # headlines, datelines and publication dates as the seeds README gives them
    assert {
        key[0]: (row["headline"], row["published"], row["dateline"]) for key, row in rows.items()
    } == {
        S000: (
            "Taliban labels India a ‘Key regional partner’ following historic meeting",
            "2025-01-09",
            None,
        ),
        S001: (
            "India’s Foreign Secretary engages in first-ever meeting with Taliban minister in Dubai",
            "2025-01-09",
            "New Delhi",
        ),
        S002: (None, "2024-11-07", None),
        S003: (
            "Taliban makes fresh push to normalise ties with India amid broader drive for international legitimacy",
            "2025-05-16",
            "NEW DELHI",
        ),
        S004: (
            "India holds first-ever meeting with Taliban Defence Minister",
            "2024-11-07",
            "New Delhi, Nov 7",
        ),
    }
    # the disputes (see contradictions): 000's two wordings of the Taliban's statement and its
    # "first such meeting"; 001's medicines and "first-ever meeting"; 002's Yaqoob meeting,
    # visit and Singh–Muttaqi meeting dates, two plain titles, the Defence Ministry quotation
    # and the UN paraphrase; 004's the same and its medicines
    assert {key[0]: row["disputed"] for key, row in rows.items()} == {
        S000: "3",
        S001: "2",
        S002: "7",
        S003: "0",
        S004: "8",
    }
    assert all(
        int(row["claims"] or 0) >= 100 and int(row["entities"] or 0) >= 30 for row in rows.values()
    )


def medicines_evidence(answer: Answer) -> None:
    assert table(answer, "value", "source", "evidence", "disputed") == {
        ("300 tonne", S001, "300 tonnes of medicines", "true"),
        ("30 tonne", S004, "30 tons of medicines", "true"),
    }


def dubai_place_evidence(answer: Answer) -> None:
    # 000: "in Dubai on Wednesday"; 001: "During a historic meeting in Dubai"; 003: "in Dubai in
    # January".
    rows = select(answer)
    assert {(row["value"], row["source"]) for row in rows} == {
        ("Dubai", S000),
        ("Dubai", S001),
        ("Dubai", S003),
    }
    assert all("Dubai" in str(row["evidence"]) for row in rows)


# --- ASK, CONSTRUCT, DESCRIBE ----------------------------------------------------------------


def misri_met_muttaqi(answer: Answer) -> None:
    # 000: "Vikram Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi".
    assert answer is True


def misri_never_met_yaqub(answer: Answer) -> None:
    # No report has Misri meet the defence minister; J.P. Singh met him (004).
    assert answer is False


def singh_met_yaqub(answer: Answer) -> None:
    # 004: "A senior Indian diplomat met with the Taliban’s Acting Defence Minister".
    assert answer is True


def consultations_graph(answer: Answer) -> None:
    triples = graph(answer)
    events = {s for s, p, o in triples if p == "rdf:type"}
    assert events == set(CONSULTATIONS)
    assert {
        ("dubai-meeting-2025-01", "sem:hasActor", "vikram-misri"),
        ("dubai-meeting-2025-01", "sem:hasActor", "amir-khan-muttaqi"),
        ("dubai-meeting-2025-01", "sem:hasPlace", "dubai"),
        ("muttaqi-jaishankar-call-2025-05-15", "sem:hasActor", "s-jaishankar"),
        ("singh-karzai-meeting-2024-11", "sem:hasActor", "hamid-karzai"),
        # 003: "Iranian Foreign Minister Abbas Araghchi made a rare trip to Kabul".
        ("araghchi-kabul-visit-2025-01", "sem:hasActor", "abbas-araghchi"),
        ("araghchi-kabul-visit-2025-01", "sem:hasPlace", "kabul"),
        ("vikram-misri", "skos:prefLabel", "Vikram Misri"),
        ("dubai-meeting-2025-01", "sem:hasEarliestBeginTimeStamp", "2025-01-08"),
    } <= triples
    assert not any(p in ("rdf:subject", "prov:wasDerivedFrom") for _, p, _ in triples)


def medicines_provenance(answer: Answer) -> None:
    triples = graph(answer)
    exact = {o for _, p, o in triples if p == "oa:exact"}
    # 001: "300 tonnes of medicines"; 004: "30 tons of medicines".
    assert {"300 tonnes of medicines", "30 tons of medicines"} <= exact
    documents = {o for _, p, o in triples if p == "prov:wasDerivedFrom"}
    assert documents == {f"src:{S001}", f"src:{S004}"}
    assert {
        (f"src:{S001}", "kg:publicationDate", "2025-01-09"),
        (f"src:{S004}", "kg:publicationDate", "2024-11-07"),
    } <= triples
    assert {o for _, p, o in triples if p == "rdf:subject"} == {"aid-medicines"}


def describe_chabahar(answer: Answer) -> None:
    triples = graph(answer)
    assert {
        ("chabahar-port", "skos:prefLabel", "Chabahar Port"),
        ("chabahar-port", "kg:locatedIn", "iran"),
        ("chabahar-port", "kg:operatedBy", "india"),
        ("chabahar-port", "kg:isAlternativeTo", "port-of-gwadar"),
        ("chabahar-port", "rdf:type", "kg:Port"),
    } <= triples


EXPECTED: dict[str, list[Case]] = {
    "india-taliban-contacts": [
        Case(india_taliban_contacts),
        Case(india_taliban_contacts_since_2025, {"since": "2025-01-01"}),
        Case(india_taliban_contacts_since_9_january_2025, {"since": "2025-01-09"}),
    ],
    "positions": [Case(positions)],
    "aid": [Case(aid), Case(no_rows, {"donor": "kgr:pakistan"})],
    "ports": [Case(ports)],
    "timeline": [Case(timeline)],
    "events-in-window": [
        Case(events_in_january_2025),
        Case(events_in_early_january_2025, {"until": "2025-01-15"}),
        Case(events_in_november_2024, {"start": "2024-11-01", "until": "2024-11-30"}),
    ],
    "contradictions": [Case(contradictions)],
    "quantity-conflicts": [Case(quantity_conflicts)],
    "date-conflicts": [Case(date_conflicts)],
    "title-conflicts": [Case(title_conflicts)],
    "quotation-conflicts": [Case(quotation_conflicts)],
    "sub-event-date-conflicts": [Case(sub_event_date_conflicts)],
    "first-claim-conflicts": [Case(first_claim_conflicts)],
    "place-conflicts": [Case(place_conflicts)],
    "single-source-facts": [Case(single_source_facts)],
    "source-exclusive-claims": [
        Case(exclusive_to_001),
        Case(exclusive_to_004, {"source": S004}),
    ],
    "hedged-claims": [Case(hedged_claims), Case(hedged_below_06, {"below": "0.6"})],
    "missions": [
        Case(missions_in_kabul),
        Case(missions_in_afghanistan, {"place": "kgr:afghanistan"}),
    ],
    "recognition": [Case(recognition)],
    "missions-and-recognition": [
        Case(missions_without_recognition),
        Case(missions_and_first_taliban_government, {"government": "kgr:first-taliban-government"}),
    ],
    "recognized-by-any-state": [
        Case(recognized_by_any_state),
        Case(first_taliban_government_recognized, {"government": "kgr:first-taliban-government"}),
    ],
    "representation": [Case(representation)],
    "events-by-cameo": [
        Case(events_by_cameo_04),
        Case(events_by_cameo_195, {"cameo": "195"}),
        Case(events_by_cameo_043, {"cameo": "043"}),
    ],
    "events-by-plover": [
        Case(events_by_plover_accuse),
        Case(events_by_plover_aid, {"plover": "AID"}),
    ],
    "events-by-status": [Case(events_planned), Case(events_ongoing, {"status": "ongoing"})],
    "event-topics": [
        Case(dubai_topics),
        Case(kabul_visit_topics, {"event": "kgr:kabul-visit-2024-11"}),
    ],
    "events-by-topic": [Case(trade_events), Case(chabahar_events, {"topic": "kgr:chabahar-port"})],
    "significance": [Case(firsts), Case(highest, {"word": "HIGHEST"})],
    "actors": [
        Case(actors),
        Case(states, {"kind": "kg:State"}),
        Case(persons, {"kind": "kg:Person"}),
    ],
    "actor-events": [Case(misri_events), Case(singh_events, {"actor": "kgr:jp-singh"})],
    "entity-mentions": [Case(mentions)],
    "entity-evidence": [Case(yaqub_evidence), Case(singh_evidence, {"entity": "kgr:jp-singh"})],
    "find-entity": [Case(find_yaqoob), Case(find_singh, {"name": "singh"})],
    "sub-events": [
        Case(kabul_visit_parts),
        Case(dubai_meeting_parts, {"event": "kgr:dubai-meeting-2025-01"}),
    ],
    "casualties": [Case(casualties)],
    "allegations": [Case(allegations)],
    "sources": [Case(sources)],
    "fact-evidence": [
        Case(medicines_evidence),
        Case(
            dubai_place_evidence,
            {"subject": "kgr:dubai-meeting-2025-01", "predicate": "kg:hasPlace"},
        ),
    ],
    "have-met": [
        Case(misri_met_muttaqi),
        Case(misri_never_met_yaqub, {"second": "kgr:mohammad-yaqub-mujahid"}),
        Case(singh_met_yaqub, {"first": "kgr:jp-singh", "second": "kgr:mohammad-yaqub-mujahid"}),
    ],
    "consultations-graph": [Case(consultations_graph)],
    "claim-provenance": [Case(medicines_provenance)],
    "describe-entity": [Case(describe_chabahar)],
}

# --- attribution and factuality (issue 23) ------------------------------------------------

BORDER_REPORT = {
    # 002: "The Pakistani military reported a fresh militant attack Thursday in a district on
    # the Afghan border, saying the ensuing clashes killed four soldiers and five assailants."
    ("pakistan-border-attack-2024-11-07", "kg:hasInitiator", "border-attack-assailants-2024-11-07"),
    ("pakistan-border-attack-2024-11-07", "kg:hasPlace", "pakistan-afghan-border-district"),
    ("pakistan-border-attack-2024-11-07", "kg:hasDescription", "fresh militant attack"),
    ("pakistan-border-clashes-2024-11-07", "kg:follows", "pakistan-border-attack-2024-11-07"),
    ("pakistan-border-clashes-2024-11-07", "kg:hasParticipant", "pakistani-military"),
    (
        "pakistan-border-clashes-2024-11-07",
        "kg:hasParticipant",
        "border-attack-assailants-2024-11-07",
    ),
    (
        "pakistan-border-clashes-2024-11-07",
        "kg:hasCasualtyDescription",
        "four soldiers and five assailants",
    ),
    ("pakistan-border-clashes-2024-11-07", "kg:hasPlace", "pakistan-afghan-border-district"),
}
"""The Pakistani military's own account in 002, less its dates and figure (value nodes)."""


def pakistani_military_claims(answer: Answer) -> None:
    rows = select(answer)
    found = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["source"] == S002}
    assert BORDER_REPORT <= found
    # dates and the figure are value nodes: two times (attack, clashes), nine dead
    predicates = [r["predicate"] for r in rows if r["source"] == S002]
    assert predicates.count("kg:hasTime") == 2
    assert predicates.count("kg:hasFatalities") == 1
    assert len(found) == 11
    # 003: "dismissed Pakistani military reports alleging Indian missile strikes on Afghan soil"
    assert table(answer, "subject", "predicate", "object", "source") >= {
        ("india", "kg:accusedOf", "missile strikes on Afghan soil", S003)
    }
    assert {r["mode"] for r in rows} == {"reported"}
    assert {r["factuality"] for r in rows} == {"CT+"}
    assert {r["voice_evidence"] for r in rows} == {
        "The Pakistani military reported",
        "Pakistani military reports alleging",
    }


def jp_singh_claims(answer: Answer) -> None:
    # 002: "The Taliban statement quoted Singh as describing New Delhi’s relations with Kabul as
    # historic and “important for his country.”"
    assert table(answer, "subject", "predicate", "object", "source") == {
        ("bilateral-relations", "kg:hasDescription", "historic", S002),
        ("bilateral-relations", "kg:hasDescription", "important for his country", S002),
        ("iea-mofa-statement-2024-11-07", "kg:hasQuotation", "important for his country.", S002),
    }


def iea_denials(answer: Answer) -> None:
    assert table(answer, "subject", "predicate", "object", "source", "claimed_by") == {
        # 002: "Taliban officials have denied Islamabad’s allegations, stating that no foreign
        # militants are present in Afghanistan"
        (
            "islamic-emirate-of-afghanistan",
            "kg:supports",
            "anti-pakistan-militants",
            S002,
            "pakistan",
        ),
        # 003: "dismissed Pakistani military reports alleging Indian missile strikes on Afghan
        # soil as “baseless.”"
        ("india", "kg:accusedOf", "missile strikes on Afghan soil", S003, "pakistani-military"),
    }
    assert {row["factuality"] for row in select(answer)} == {"CT-"}


def afghanistan_denials(answer: Answer) -> None:
    # 000: "Afghanistan denies the accusation that Afghan soil is used to launch attacks on
    # Pakistan." (the report states the accusation in its own voice; the accuser is not named)
    assert table(answer, "subject", "object", "source", "voice_evidence") == {
        (
            "afghanistan",
            "Afghan soil is used to launch attacks on Pakistan",
            S000,
            "Afghanistan denies",
        )
    }


def one_party_facts(answer: Answer) -> None:
    facts = table(answer, "voice", "subject", "predicate", "object", "source")
    # 002: the Pakistani military's figures rest on its word alone
    assert {("pakistani-military", s, p, o, S002) for s, p, o in BORDER_REPORT} <= facts
    # 002: J.P. Singh's words, as the Taliban statement quotes them
    assert ("jp-singh", "bilateral-relations", "kg:hasDescription", "historic", S002) in facts
    # 002: Islamabad's allegation stays one party's: the Taliban's denial does not state it
    assert (
        "pakistan",
        "islamic-emirate-of-afghanistan",
        "kg:supports",
        "anti-pakistan-militants",
        S002,
    ) in facts
    # 004: Jaiswal says the delegation "visited Kabul"; 002 states it in its own voice ("the
    # November 4-5 visit to Kabul"): not one party's word
    assert ("randhir-jaiswal", "kabul-visit-2024-11", "kg:hasPlace", "kabul", S004) not in facts
    # 004: "he had several meetings with Afghan ministers, including the Acting Defence
    # Minister" (Jaiswal) and 002's own "a rare interaction with Defense Minister": stated twice
    assert (
        "randhir-jaiswal",
        "singh-yaqub-meeting-2024-11",
        "kg:subEventOf",
        "kabul-visit-2024-11",
        S004,
    ) not in facts
    assert {row["mode"] for row in select(answer)} <= {"reported", "planned", "considered"}


EXPECTED.update(
    {
        "actor-claims": [
            Case(pakistani_military_claims),
            Case(jp_singh_claims, {"actor": "kgr:jp-singh"}),
        ],
        "actor-denials": [
            Case(iea_denials),
            Case(afghanistan_denials, {"actor": "kgr:afghanistan"}),
        ],
        "one-party-facts": [Case(one_party_facts)],
    }
)

VIOLATIONS = [
    "claim-confidence-out-of-range-violation",
    "claim-malformed-statement-violation",
    "claim-without-evidence-violation",
    "claim-without-one-source-violation",
    "claim-without-one-voice-violation",
    "disputed-without-conflict-violation",
    "entity-without-one-label-violation",
    "event-without-time-violation",
    "evidence-span-malformed-violation",
    "interval-ends-before-it-begins-violation",
    "meeting-with-fewer-than-two-actors-violation",
    "quantity-without-amount-or-unit-violation",
    "source-without-publication-date-violation",
    "undisputed-quantity-conflict-violation",
]
EXPECTED.update({name: [Case(is_empty)] for name in VIOLATIONS})

# Queries whose evidence offsets are checked against the texts (see spans_are_verbatim).
VERBATIM_SPANS: dict[str, list[Mapping[str, str]]] = {
    "entity-evidence": [{}, {"entity": "kgr:jp-singh"}],
    "fact-evidence": [{}, {"subject": "kgr:dubai-meeting-2025-01", "predicate": "kg:hasPlace"}],
}
