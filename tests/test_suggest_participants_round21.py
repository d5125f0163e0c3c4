"""Round 21 of `kg suggest`'s participants: a battery of sentences and short passages of
our own making (none from the seed or invented reports) on how the genre names an event's
actors outside the trigger's clause: a subject named in the sentence before and referred to
by "he", "the minister", "the delegation", "the two sides"; "X, who met Y, said"; "X and his
counterpart Y"; "talks between X and Y"; "a delegation led by X"; passives; appositions;
hosts by place; recipients of aid, pledges and credentials; and actors that must not be
added (a person only quoted about the event, a place, a third party in a subordinate
clause). Each case names an event class and the (role, actor) rows its events must have
(``want``) and must not have (``avoid``), over every proposed event of that class."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.suggest_sentences import ROLES, acting, actors, events, register, suggest

P, I, T, R, V, H = ROLES  # noqa: E741  (hasParticipant ... hasHost)
MISRI, MUTTAQI, YAQOOB, SINGH = (
    "vikram-misri",
    "amir-khan-muttaqi",
    "mohammad-yaqub-mujahid",
    "jp-singh",
)
JAISWAL, JAISHANKAR, ARAGHCHI, YUE = (
    "randhir-jaiswal",
    "s-jaishankar",
    "abbas-araghchi",
    "yue-xiaoyong",
)
KARZAI, MODI, KAMIL = "hamid-karzai", "narendra-modi", "ikramuddin-kamil"
IEA, DELEGATION = "islamic-emirate-of-afghanistan", "indian-delegation-kabul-2024-11"


class Case(NamedTuple):
    text: str
    cls: str
    want: frozenset[tuple[str, str]]
    avoid: frozenset[tuple[str, str]] = frozenset()


def c(text: str, cls: str, want: set[tuple[str, str]], avoid: set[tuple[str, str]] = set()) -> Case:  # noqa: B006
    return Case(text, cls, frozenset(want), frozenset(avoid))


PREVIOUS_SENTENCE = {
    "he-met": c(
        "Vikram Misri arrived in Kabul on Monday. He met Amir Khan Muttaqi on Tuesday.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "he-held-talks": c(
        "S. Jaishankar flew to Dubai on Sunday. He held talks with Amir Khan Muttaqi the next day.",
        "Meeting",
        {(P, JAISHANKAR), (P, MUTTAQI)},
    ),
    "there-he-met": c(
        "Amir Khan Muttaqi travelled to Tehran on Saturday. There he met Abbas Araghchi.",
        "Meeting",
        {(P, MUTTAQI), (P, ARAGHCHI)},
    ),
    "he-also-met": c(
        "Abbas Araghchi visited Kabul on Sunday. He also met Mohammad Yaqoob.",
        "Meeting",
        {(P, ARAGHCHI), (P, YAQOOB)},
    ),
    "he-later-called-on": c(
        "Yue Xiaoyong arrived in Kabul on Sunday. He later met Hamid Karzai at his home.",
        "Meeting",
        {(P, YUE), (P, KARZAI)},
    ),
    "the-minister-met": c(
        "Abbas Araghchi, Iran’s foreign minister, arrived in Kabul on Saturday."
        " The minister met Amir Khan Muttaqi on Sunday.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "the-envoy-met": c(
        "Yue Xiaoyong, China’s special envoy, arrived in Kabul on Monday. The envoy"
        " met Amir Khan Muttaqi on Tuesday.",
        "Meeting",
        {(P, YUE), (P, MUTTAQI)},
    ),
    "the-diplomat-held-talks": c(
        "Vikram Misri flew to Dubai on Tuesday. The diplomat held talks with"
        " Amir Khan Muttaqi on Wednesday.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "the-delegation-met": c(
        "An Indian delegation arrived in Kabul on Wednesday. The delegation met"
        " Mohammad Yaqoob on Thursday.",
        "Meeting",
        {(P, DELEGATION), (P, YAQOOB)},
    ),
    "he-told": c(
        "Amir Khan Muttaqi met Vikram Misri in Dubai on Wednesday. He said the talks were useful.",
        "Statement",
        {(I, MUTTAQI)},
        {(I, MISRI)},
    ),
    "he-urged": c(
        "Amir Khan Muttaqi met Abbas Araghchi in Tehran on Sunday. He urged Iran to"
        " release more water.",
        "Request",
        {(I, MUTTAQI), (T, "iran")},
    ),
    "he-promised": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. He promised to send more wheat.",
        "Pledge",
        {(I, MISRI)},
        {(I, MUTTAQI)},
    ),
    "he-condemned": c(
        "Randhir Jaiswal spoke to reporters on Thursday. He condemned the attack.",
        "Condemnation",
        {(I, JAISWAL)},
    ),
    "he-denied": c(
        "Mohammad Yaqoob met J.P. Singh on Wednesday. He denied that Afghan soil was"
        " used against India.",
        "Denial",
        {(I, YAQOOB)},
        {(I, SINGH)},
    ),
    "she-left": c(
        "Amir Khan Muttaqi arrived in Beijing on Monday. He held talks with Chinese"
        " officials the next day.",
        "Meeting",
        {(P, MUTTAQI)},
    ),
    "he-invited": c(
        "Narendra Modi spoke to Hamid Karzai on Monday. He invited Karzai to New Delhi.",
        "Invitation",
        {(I, MODI), (T, KARZAI)},
    ),
    "he-then-visited": c(
        "Amir Khan Muttaqi met Abbas Araghchi in Tehran on Sunday. He then visited Beijing.",
        "Visit",
        {(V, MUTTAQI)},
        {(V, ARAGHCHI)},
    ),
    "his-visit-next-sentence": c(
        "Abbas Araghchi arrived in Kabul on Sunday. During the visit he met Amir Khan Muttaqi.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "during-the-visit-he-signed": c(
        "Vikram Misri visited Kabul on Monday. During the visit he"
        " signed an agreement with Amir Khan Muttaqi.",
        "Agreement",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "he-was-received": c(
        "Amir Khan Muttaqi flew to Islamabad on Monday. He was received by"
        " Pakistan’s foreign minister.",
        "Meeting",
        {(P, MUTTAQI)},
    ),
}

TWO_SIDES = {
    "the-two-sides-agreed": c(
        "Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday. The two"
        " sides agreed to expand trade.",
        "Agreement",
        {(P, "india"), (P, IEA)},
    ),
    "both-sides-agreed": c(
        "J.P. Singh met Mohammad Yaqoob in Kabul on Monday. Both sides agreed to keep in contact.",
        "Agreement",
        {(P, "india"), (P, IEA)},
    ),
    "the-two-sides-signed": c(
        "Abbas Araghchi met Amir Khan Muttaqi in Kabul on Sunday. The two"
        " sides signed a memorandum of understanding on water.",
        "Agreement",
        {(P, "iran"), (P, IEA)},
    ),
    "two-sides-same-sentence": c(
        "Vikram Misri and Amir Khan Muttaqi met in Dubai, and the two sides"
        " agreed to expand trade.",
        "Agreement",
        {(P, "india"), (P, IEA)},
    ),
    "the-officials-agreed": c(
        "Chinese and Afghan officials met in Kabul on Monday. The officials"
        " agreed to open a new road.",
        "Agreement",
        {(P, "china"), (P, IEA)},
    ),
    "they-agreed": c(
        "Abbas Araghchi met Amir Khan Muttaqi in Tehran on Sunday. They agreed to set"
        " up a joint committee.",
        "Agreement",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "they-discussed": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. They discussed trade and cricket.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
}

RELATIVE_AND_APPOSITION = {
    "who-met-said": c(
        "Vikram Misri, who met Amir Khan Muttaqi on Monday, said India would send more wheat.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "who-met-said-statement": c(
        "Vikram Misri, who met Amir Khan Muttaqi on Monday, said India would send more wheat.",
        "Statement",
        {(I, MISRI)},
        {(I, MUTTAQI)},
    ),
    "who-visited-said": c(
        "Abbas Araghchi, who visited Kabul last week, said the talks had gone well.",
        "Visit",
        {(V, ARAGHCHI)},
    ),
    "who-arrived-met": c(
        "Yue Xiaoyong, who arrived in Kabul on Sunday, met Amir Khan Muttaqi on Monday.",
        "Meeting",
        {(P, YUE), (P, MUTTAQI)},
    ),
    "apposition-title-met": c(
        "The Taliban’s foreign minister, Amir Khan Muttaqi, met Vikram Misri in Dubai.",
        "Meeting",
        {(P, MUTTAQI), (P, MISRI)},
    ),
    "apposition-after-met": c(
        "Vikram Misri met the Taliban’s foreign minister, Amir Khan Muttaqi,"
        " in Dubai on Wednesday.",
        "Meeting",
        {(P, MUTTAQI), (P, MISRI)},
    ),
    "apposition-name-title-met": c(
        "Amir Khan Muttaqi, the Taliban’s foreign minister, met Vikram Misri in Dubai.",
        "Meeting",
        {(P, MUTTAQI), (P, MISRI)},
    ),
    "apposition-defence": c(
        "The Taliban’s defence minister, Mohammad Yaqoob, met J.P. Singh in Kabul.",
        "Meeting",
        {(P, YAQOOB), (P, SINGH)},
    ),
    "title-before-name-met": c(
        "Foreign Secretary Vikram Misri met Acting Foreign Minister Amir Khan Muttaqi in Dubai.",
        "Meeting",
        {(P, MUTTAQI), (P, MISRI)},
    ),
    "his-counterpart": c(
        "Abbas Araghchi and his Afghan counterpart Amir Khan Muttaqi met in Tehran on Sunday.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "met-his-counterpart": c(
        "Amir Khan Muttaqi met his Iranian counterpart, Abbas Araghchi, in Tehran.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "held-talks-with-counterpart": c(
        "S. Jaishankar held talks with his Afghan counterpart Amir Khan Muttaqi on Monday.",
        "Meeting",
        {(P, JAISHANKAR), (P, MUTTAQI)},
    ),
    "a-and-b-met": c(
        "Vikram Misri and Amir Khan Muttaqi met in Dubai on Wednesday.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "a-and-b-held-talks": c(
        "Abbas Araghchi and Amir Khan Muttaqi held talks in Kabul on Sunday.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
}

TALKS_BETWEEN = {
    "talks-between": c(
        "Talks between Vikram Misri and Amir Khan Muttaqi were held in Dubai.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "the-meeting-between": c(
        "The meeting between Abbas Araghchi and Amir Khan Muttaqi lasted two hours.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "a-meeting-of-with": c(
        "A meeting of Vikram Misri with Amir Khan Muttaqi took place in Dubai.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "talks-between-states": c(
        "Talks between India and the Taliban administration were held in Dubai on Wednesday.",
        "Meeting",
        {(P, "india"), (P, IEA)},
    ),
    "phone-call-between": c(
        "In a phone call between Abbas Araghchi and Amir Khan Muttaqi on"
        " Monday, the ministers discussed water.",
        "PhoneCall",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "spoke-by-phone-with": c(
        "S. Jaishankar spoke by phone with Amir Khan Muttaqi on Thursday.",
        "PhoneCall",
        {(P, JAISHANKAR), (P, MUTTAQI)},
    ),
    "held-talks-with-he-said": c(
        "Muttaqi held talks with Misri, the Taliban’s foreign ministry said.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, "iea-ministry-of-foreign-affairs")},
    ),
    "met-on-monday-with": c(
        "On Monday, Amir Khan Muttaqi met with Yue Xiaoyong in Kabul.",
        "Meeting",
        {(P, YUE), (P, MUTTAQI)},
    ),
}

DELEGATIONS = {
    "delegation-led-by": c(
        "A delegation led by J.P. Singh met Mohammad Yaqoob in Kabul.", "Meeting", {(P, YAQOOB)}
    ),
    "delegation-led-by-leader-joins": c(
        "An Indian delegation led by J.P. Singh met Mohammad Yaqoob in Kabul.",
        "Meeting",
        {(P, DELEGATION), (P, YAQOOB)},
    ),
    "delegation-headed-by": c(
        "An Indian delegation headed by J.P. Singh held talks with Amir Khan Muttaqi.",
        "Meeting",
        {(P, DELEGATION), (P, MUTTAQI)},
    ),
    "singh-led-delegation": c(
        "J.P. Singh led an Indian delegation that met Amir Khan Muttaqi on Monday.",
        "Meeting",
        {(P, MUTTAQI)},
    ),
    "delegation-visited": c(
        "An Indian delegation visited Kabul on Monday.", "Visit", {(V, DELEGATION)}
    ),
}

VISITS = {
    "visit-to-possessive": c(
        "Amir Khan Muttaqi’s visit to Tehran ended on Monday.", "Visit", {(V, MUTTAQI)}
    ),
    "visit-to-state": c(
        "Abbas Araghchi’s visit to Afghanistan was the first since 2021.", "Visit", {(V, ARAGHCHI)}
    ),
    "visited-host-state": c("Vikram Misri visited Kabul on Monday.", "Visit", {(V, MISRI)}),
    "arrived-in": c(
        "Amir Khan Muttaqi arrived in New Delhi on Thursday for a six-day visit.",
        "Visit",
        {(V, MUTTAQI)},
    ),
    "invitation-of": c(
        "Amir Khan Muttaqi visited Tehran at the invitation of Abbas Araghchi.",
        "Visit",
        {(V, MUTTAQI), (H, ARAGHCHI)},
    ),
    "invitation-of-inviter": c(
        "Amir Khan Muttaqi visited Tehran at the invitation of Abbas Araghchi.",
        "Invitation",
        {(I, ARAGHCHI)},
        {(T, ARAGHCHI)},
    ),
    "fronted-invitation-of": c(
        "At the invitation of Abbas Araghchi, Amir Khan Muttaqi visited Tehran.",
        "Invitation",
        {(I, ARAGHCHI)},
        {(T, ARAGHCHI)},
    ),
    "the-visit-of": c(
        "The visit of Amir Khan Muttaqi to India began on Thursday.",
        "Visit",
        {(V, MUTTAQI), (H, "india")},
        {(H, MUTTAQI)},
    ),
    "the-visit-of-title": c(
        "The visit of Foreign Minister Abbas Araghchi ended on Monday.",
        "Visit",
        {(V, ARAGHCHI)},
        {(H, ARAGHCHI)},
    ),
    "at-the-request-of": c(
        "At the request of Pakistan, China hosted talks in Beijing.",
        "Request",
        {(I, "pakistan")},
        {(T, "pakistan"), (T, "china")},
    ),
    "request-of-after": c(
        "China hosted the talks at the request of Pakistan.",
        "Request",
        {(I, "pakistan")},
        {(T, "pakistan")},
    ),
    "invitation-of-state": c(
        "Vikram Misri arrived in Kabul at the invitation of the Taliban administration.",
        "Visit",
        {(V, MISRI), (H, IEA)},
    ),
    "hosted-by": c(
        "Amir Khan Muttaqi was hosted by Abbas Araghchi in Tehran.",
        "Visit",
        {(H, ARAGHCHI), (V, MUTTAQI)},
    ),
    "hosted-active": c(
        "Abbas Araghchi hosted Amir Khan Muttaqi in Tehran on Sunday.",
        "Visit",
        {(H, ARAGHCHI), (V, MUTTAQI)},
    ),
    "was-received-by": c(
        "Vikram Misri was received by Amir Khan Muttaqi in Kabul.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "received-visitor": c(
        "Amir Khan Muttaqi received Yue Xiaoyong in Kabul on Sunday.",
        "Meeting",
        {(P, MUTTAQI), (P, YUE)},
    ),
    "called-on": c(
        "Yue Xiaoyong called on Amir Khan Muttaqi in Kabul.", "Meeting", {(P, YUE), (P, MUTTAQI)}
    ),
    "during-his-visit-met": c(
        "During his visit to Kabul, Abbas Araghchi met Mohammad Yaqoob.",
        "Meeting",
        {(P, ARAGHCHI), (P, YAQOOB)},
    ),
    "during-visit-state-host": c(
        "During his visit to Afghanistan, Abbas Araghchi met Amir Khan Muttaqi.",
        "Visit",
        {(V, ARAGHCHI)},
        {(V, MUTTAQI)},
    ),
    "first-visit-by": c(
        "The first visit by an Iranian foreign minister since 2021 began on"
        " Sunday as Abbas Araghchi landed in Kabul.",
        "Visit",
        {(V, ARAGHCHI)},
    ),
}

SIDELINES_AND_HOSTS = {
    "on-the-sidelines": c(
        "On the sidelines of the conference in Moscow, Abbas Araghchi met Amir Khan Muttaqi.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "met-on-the-sidelines": c(
        "Vikram Misri met Amir Khan Muttaqi on the sidelines of a regional meeting in Tashkent.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "after-the-meeting-with-the-subject-met": c(
        "After the meeting with Vikram Misri, Amir Khan Muttaqi urged India to issue more visas.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "after-talks-with-the-subject-met": c(
        "After talks with Abbas Araghchi, Amir Khan Muttaqi promised to release more water.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "speaking-after-the-meeting-with": c(
        "Speaking after the meeting with Vikram Misri, Amir Khan Muttaqi said trade would grow.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "after-a-visit-by-other-no-party": c(
        "After the visit by Abbas Araghchi, Amir Khan Muttaqi said trade would grow.",
        "Visit",
        {(V, ARAGHCHI)},
        {(V, MUTTAQI)},
    ),
    "talks-then-a-hosted-visit": c(
        "Amir Khan Muttaqi held talks with Abbas Araghchi on Monday and hosted Vikram Misri on"
        " Tuesday.",
        "Visit",
        {(V, MISRI), (H, MUTTAQI)},
    ),
    "doha-hosted-by-qatar": c(
        "The talks in Doha, hosted by Qatar, brought together envoys from India and Pakistan.",
        "Meeting",
        {(H, "qatar")},
    ),
    "qatar-hosted-the-meeting": c(
        "Qatar hosted a meeting of Afghan and Indian officials in Doha on Monday.",
        "Meeting",
        {(H, "qatar")},
    ),
    "china-hosted-trilateral": c(
        "China hosted a trilateral meeting of foreign ministers in Beijing on Sunday.",
        "Meeting",
        {(H, "china")},
    ),
    "meeting-hosted-by-iran": c(
        "The meeting, hosted by Iran, was attended by Amir Khan Muttaqi.",
        "Meeting",
        {(H, "iran"), (P, MUTTAQI)},
    ),
    "meeting-attended-by": c(
        "A regional meeting in Tehran was attended by Amir Khan Muttaqi and Vikram Misri.",
        "Meeting",
        {(P, MUTTAQI), (P, MISRI)},
    ),
    "meeting-at-ministry": c(
        "Vikram Misri met Amir Khan Muttaqi at the Taliban’s foreign ministry in Kabul.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
}

LISTS = {
    "list-of-ministers": c(
        "The foreign ministers of China, Pakistan and Iran met in Kabul on Monday.",
        "Meeting",
        {(P, "china"), (P, "pakistan"), (P, "iran")},
    ),
    "list-of-states-met": c(
        "Officials from India, Iran and Russia met in Moscow on Tuesday.",
        "Meeting",
        {(P, "india"), (P, "iran"), (P, "russia")},
    ),
    "list-of-people-met": c(
        "Vikram Misri, Abbas Araghchi and Amir Khan Muttaqi met in Tehran.",
        "Meeting",
        {(P, MISRI), (P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "list-agreed": c(
        "China, Pakistan and Afghanistan agreed on Monday to extend the corridor.",
        "Agreement",
        {(P, "china"), (P, "pakistan")},
    ),
    "list-of-envoys-attended": c(
        "Envoys from Russia, China and Iran attended the talks in Moscow.",
        "Meeting",
        {(P, "russia"), (P, "china"), (P, "iran")},
    ),
    "list-of-countries-aid": c(
        "India, Iran and China sent aid to Afghanistan on Tuesday.",
        "AidShipment",
        {(I, "india"), (I, "iran"), (I, "china")},
    ),
}

RECIPIENTS = {
    "aid-to-afghanistan": c(
        "India sent 50 tonnes of wheat to Afghanistan on Monday.",
        "AidShipment",
        {(I, "india"), (R, "afghanistan")},
    ),
    "aid-to-refugees": c(
        "Iran delivered tents and blankets to Afghan refugees on Tuesday.",
        "AidShipment",
        {(I, "iran"), (R, "afghan-refugees")},
    ),
    "aid-for-victims": c(
        "China dispatched medicines for earthquake victims on Sunday.",
        "AidShipment",
        {(I, "china"), (R, "earthquake-victims")},
    ),
    "handed-over-to": c(
        "India handed over 20 tonnes of medicines to the Taliban administration.",
        "AidShipment",
        {(I, "india"), (R, IEA)},
    ),
    "aid-received-by": c(
        "Aid sent by India was received by the Taliban administration on Monday.",
        "AidShipment",
        {(I, "india")},
    ),
    "pledged-to": c(
        "China pledged $10 million to Afghanistan on Monday.",
        "AidPledge",
        {(I, "china"), (R, "afghanistan")},
    ),
    "pledged-for": c(
        "India pledged $5 million for Afghan refugees on Thursday.",
        "AidPledge",
        {(I, "india"), (R, "afghan-refugees")},
    ),
    "promised-aid-he": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. He promised humanitarian"
        " aid for Afghan refugees.",
        "Pledge",
        {(I, MISRI)},
    ),
    "credentials-accepted-by": c(
        "Ikramuddin Kamil’s credentials were accepted by China on Friday.",
        "CredentialsAcceptance",
        {(I, "china")},
    ),
    "presented-credentials-to": c(
        "Ikramuddin Kamil presented his credentials to Narendra Modi on Friday.",
        "CredentialsAcceptance",
        {(I, MODI), (R, KAMIL)},
    ),
    "accepted-credentials-of": c(
        "China accepted the credentials of the Taliban-appointed ambassador on Monday.",
        "CredentialsAcceptance",
        {(I, "china")},
    ),
    "donated-to": c(
        "Qatar donated 30 tonnes of food to Afghan refugees.",
        "AidShipment",
        {(I, "qatar"), (R, "afghan-refugees")},
    ),
    "goods-from-government": c(
        "Two consignments of medicines from the Indian government reached Kabul.",
        "AidShipment",
        {(I, "india")},
    ),
    "aid-for-people-from-is-no-giver": c(
        "A shipment of aid for refugees from Pakistan reached Kabul.",
        "AidShipment",
        {(R, "afghan-refugees")},
        {(I, "pakistan"), (R, "pakistan")},
    ),
    "aid-arrived-from": c(
        "A shipment of wheat from India reached Kabul on Monday.", "AidShipment", {(I, "india")}
    ),
}

PASSIVES = {
    "invited-by": c(
        "Amir Khan Muttaqi was invited by Abbas Araghchi to visit Tehran.",
        "Invitation",
        {(I, ARAGHCHI), (T, MUTTAQI)},
    ),
    "condemned-by": c(
        "The airstrikes were condemned by India on Tuesday.", "Condemnation", {(I, "india")}
    ),
    "signed-by": c(
        "The agreement was signed by Vikram Misri and Amir Khan Muttaqi.",
        "Agreement",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "appointed-by": c(
        "Ikramuddin Kamil was appointed by the Taliban administration as consul.",
        "Appointment",
        {(I, IEA)},
    ),
    "urged-by": c(
        "Pakistan was urged by China to reopen the border.",
        "Request",
        {(I, "china"), (T, "pakistan")},
    ),
    "invited-active": c(
        "Abbas Araghchi invited Amir Khan Muttaqi to Tehran.",
        "Invitation",
        {(I, ARAGHCHI), (T, MUTTAQI)},
    ),
}

NOT_ACTORS = {
    "quoted-about-meeting": c(
        "Vikram Misri met Amir Khan Muttaqi in Dubai, Randhir Jaiswal said.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, JAISWAL)},
    ),
    "spokesman-said-meeting": c(
        "Randhir Jaiswal said Vikram Misri had met Amir Khan Muttaqi.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, JAISWAL)},
    ),
    "place-only": c(
        "Vikram Misri met Amir Khan Muttaqi in Dubai.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, "united-arab-emirates"), (H, "united-arab-emirates")},
    ),
    "place-state-in": c(
        "Abbas Araghchi met Amir Khan Muttaqi in Afghanistan.",
        "Meeting",
        {(P, ARAGHCHI)},
        {(P, "afghanistan")},
    ),
    "third-party-subordinate": c(
        "Vikram Misri met Amir Khan Muttaqi, whom Pakistan has accused of sheltering militants.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, "pakistan")},
    ),
    "third-party-after-although": c(
        "Although Pakistan objected, Vikram Misri met Amir Khan Muttaqi in Dubai.",
        "Meeting",
        {(P, MISRI)},
        {(P, "pakistan")},
    ),
    "topic-not-participant": c(
        "Vikram Misri met Amir Khan Muttaqi to discuss Pakistan.",
        "Meeting",
        {(P, MISRI)},
        {(P, "pakistan")},
    ),
    "held-talks-to-review": c(
        "Abbas Araghchi held talks with Amir Khan Muttaqi to review the"
        " water treaty with Pakistan.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
        {(P, "pakistan")},
    ),
    "release-of-is-no-doer": c(
        "India welcomed the release of Hamid Karzai.", "Statement", {(I, "india")}, {(I, KARZAI)}
    ),
    "two-sides-one-side-known": c(
        "Vikram Misri met a Chinese envoy on Monday. The two sides agreed to meet again.",
        "Agreement",
        set(),
        {(P, "china")},
    ),
    "talks-about-state": c(
        "Abbas Araghchi and Amir Khan Muttaqi discussed relations with Pakistan.",
        "Meeting",
        set(),
        {(P, "pakistan")},
    ),
    "he-quoted-after-meeting": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. Randhir Jaiswal"
        " later said the meeting was useful.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, JAISWAL)},
    ),
    "previous-sentence-other-person": c(
        "Hamid Karzai criticised the talks on Sunday. Vikram Misri"
        " met Amir Khan Muttaqi on Monday.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
        {(P, KARZAI)},
    ),
    "reporter-not-participant": c(
        "Indian media reported that Vikram Misri met Amir Khan Muttaqi.",
        "Meeting",
        {(P, MISRI)},
        {(P, "indian-media")},
    ),
    "owner-of-place": c(
        "Vikram Misri met Amir Khan Muttaqi at India’s embassy in Kabul.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI)},
    ),
    "who-clause-other-event": c(
        "Amir Khan Muttaqi, who was invited by Narendra Modi, met S. Jaishankar on Friday.",
        "Meeting",
        {(P, MUTTAQI), (P, JAISHANKAR)},
        {(P, MODI)},
    ),
    "aid-through-state": c(
        "India sent wheat to Afghanistan through Iran.",
        "AidShipment",
        {(I, "india")},
        {(R, "iran"), (I, "iran")},
    ),
    "aid-via-port": c(
        "India sent 20,000 tonnes of wheat to Afghanistan via Pakistan.",
        "AidShipment",
        {(I, "india")},
        {(R, "pakistan")},
    ),
    "condemned-attack-on": c(
        "India condemned the Pakistani airstrikes on Afghanistan.",
        "Condemnation",
        {(I, "india")},
        {(I, "afghanistan")},
    ),
    "he-after-quote-other": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. Randhir Jaiswal said he had raised trade.",
        "Statement",
        {(I, JAISWAL)},
        {(I, MUTTAQI)},
    ),
    "the-minister-other-title": c(
        "Abbas Araghchi, Iran’s foreign minister, met Vikram Misri on"
        " Sunday. The minister then flew to Kabul.",
        "Visit",
        {(V, ARAGHCHI)},
        {(V, MISRI)},
    ),
}

PASSAGES = {
    "three-sentence-pronoun": c(
        "Amir Khan Muttaqi left Kabul for Tehran on Saturday. He is the"
        " Taliban’s foreign minister. On Sunday he met Abbas Araghchi.",
        "Meeting",
        {(P, MUTTAQI), (P, ARAGHCHI)},
    ),
    "he-met-with-two": c(
        "Vikram Misri arrived in Kabul on Monday. He met Amir Khan Muttaqi and Mohammad Yaqoob.",
        "Meeting",
        {(P, MISRI), (P, MUTTAQI), (P, YAQOOB)},
    ),
    "he-held-talks-he-said": c(
        "Abbas Araghchi met Amir Khan Muttaqi on Sunday. Afterwards, he told"
        " reporters the talks had been frank.",
        "Statement",
        {(I, ARAGHCHI)},
    ),
    "spokesman-said-he": c(
        "Randhir Jaiswal told reporters that Vikram Misri had met Amir Khan"
        " Muttaqi. He said the talks covered trade.",
        "Statement",
        {(I, JAISWAL)},
    ),
    "fronted-date-he-met": c(
        "Yue Xiaoyong flew into Kabul on Sunday. On Monday, he met Amir Khan Muttaqi.",
        "Meeting",
        {(P, YUE), (P, MUTTAQI)},
    ),
    "the-indian-side": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. The Indian side promised more wheat.",
        "Pledge",
        {(I, "india")},
    ),
    "the-afghan-side-assured": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. The Afghan side"
        " assured India that its soil would not be used against it.",
        "Pledge",
        {(I, IEA), (R, "india")},
    ),
    "the-taliban-said": c(
        "Vikram Misri met Amir Khan Muttaqi on Monday. The Taliban’s foreign"
        " ministry said the two sides discussed trade.",
        "Statement",
        {(I, "iea-ministry-of-foreign-affairs")},
    ),
    "pronoun-object-met-him": c(
        "Abbas Araghchi arrived in Kabul on Sunday. Amir Khan Muttaqi met him the same day.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
    "pronoun-object-invited-him": c(
        "Hamid Karzai met Narendra Modi in 2019. Modi invited him to New Delhi.",
        "Invitation",
        {(I, MODI), (T, KARZAI)},
    ),
    "his-talks-next": c(
        "Abbas Araghchi arrived in Kabul on Sunday. His talks with Amir Khan"
        " Muttaqi lasted three hours.",
        "Meeting",
        {(P, ARAGHCHI), (P, MUTTAQI)},
    ),
}

CASES: dict[str, Case] = {
    **PREVIOUS_SENTENCE,
    **TWO_SIDES,
    **RELATIVE_AND_APPOSITION,
    **TALKS_BETWEEN,
    **DELEGATIONS,
    **VISITS,
    **SIDELINES_AND_HOSTS,
    **LISTS,
    **RECIPIENTS,
    **PASSIVES,
    **NOT_ACTORS,
    **PASSAGES,
}

XFAIL: dict[str, str] = {
    "speaking-after-the-meeting-with": "', X said' after the fronted phrase is read as the"
    " voice of the talks (asides: a reporting clause after a comma), not their other party",
    "meeting-hosted-by-iran": "'was attended by X' past the host's participle phrase: the"
    " passive's agent is not read",
    "the-diplomat-held-talks": "'the diplomat' is no title word of the person named before"
    " (a mention, not a role)",
    "the-delegation-met": "'the delegation' after 'An Indian delegation' is proposed as a new"
    " entity, not the register's delegation (a mention)",
    "delegation-visited": "'An Indian delegation' is a new delegation, not the register's one of"
    " another visit (a mention)",
    "he-was-received": "'received' is no meeting trigger (round eighteen dropped it)",
    "was-received-by": "'received' is no meeting trigger (round eighteen dropped it)",
    "received-visitor": "'received' is no meeting trigger (round eighteen dropped it)",
    "the-officials-agreed": "'the officials' with no number is not read as the talks' sides",
    "invitation-of": "the visit's host is the state of its place; the inviter is not made its host",
    "his-talks-next": "'his' read back to the sentence before cost held-out rows (round eighteen)",
}


def _roles(case: Case) -> set[tuple[str, str]]:
    rows = suggest(case.text)
    known = [e for e in acting(rows) if e in register().entities and register().is_a(e, case.cls)]
    found: set[tuple[str, str]] = set()
    for event in events(rows, case.cls) + known:  # new, or linked to the register's
        found |= actors(rows, event)
    return found


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n
        for n in CASES
    ],
)
def test_participants_battery(name: str) -> None:
    case = CASES[name]
    found = _roles(case)
    assert case.want <= found, (case.want - found, found)
    assert not case.avoid & found, (case.avoid & found, found)
