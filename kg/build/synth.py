"""A synthetic corpus with the seed corpus's shape, at any size.

It writes what a person would: annotation files in the project's own format
(``data/``) and the source texts those annotations cite (``corpus/``), so the
result goes through the same `kg build` as real data, evidence check included.

The shape follows the seed corpus: states, persons holding positions in them,
organizations, the two sides the seed corpus is about (India, and the Taliban
with their Islamic Emirate of Afghanistan, under the seed's ids, so that the
catalogue's India-Taliban queries have answers; about one post in ten belongs
to each side), ports (located in a state, operated by another, alternatives to
each other), cities and provinces; events of every class with two to four
actors in roles, a place, a date of mixed precision (day, month, year; some
relative to the publication date, some open intervals), topics, aid with
quantities and units, casualties; about one event in ten is reported again by a
second source that names the same actors, place and topics and gives a
conflicting date or figure (a dispute), so an event keeps two to four actors.
Everything is drawn from ``random.Random(seed)``: the same arguments give the
same files.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from kg.build.synth_files import replace_corpus

# (class, weight, sentence verb) for every event class of the ontology
EVENT_CLASSES: tuple[tuple[str, int, str], ...] = (
    ("Meeting", 14, "met"),
    ("ThirdLocationMeeting", 4, "met at a third location"),
    ("Visit", 8, "made a visit"),
    ("PhoneCall", 6, "spoke by telephone"),
    ("Conference", 2, "attended a conference"),
    ("AidShipment", 8, "sent aid"),
    ("AidPledge", 4, "pledged aid"),
    ("Pledge", 3, "made a pledge"),
    ("Agreement", 4, "reached an agreement"),
    ("Request", 4, "made a request"),
    ("MilitaryOperation", 2, "launched a military operation"),
    ("Airstrike", 2, "carried out airstrikes"),
    ("MissileStrike", 1, "fired missiles"),
    ("Attack", 2, "were involved in an attack"),
    ("ArmedClash", 1, "clashed"),
    ("ArmedConflict", 1, "fought a conflict"),
    ("Statement", 6, "issued a statement"),
    ("Condemnation", 3, "issued a condemnation"),
    ("Accusation", 2, "made an accusation"),
    ("Denial", 2, "issued a denial"),
    ("PressBriefing", 2, "gave a press briefing"),
    ("Appointment", 2, "made an appointment"),
    ("DiplomaticMissionChange", 1, "changed a diplomatic mission"),
    ("EmbassyReopening", 1, "reopened an embassy"),
    ("EmbassyClosure", 1, "closed an embassy"),
    ("CredentialsAcceptance", 1, "accepted credentials"),
    ("DiplomaticRecognition", 1, "granted recognition"),
    ("Invitation", 2, "issued an invitation"),
    ("RefugeeReturn", 1, "saw refugees return"),
    ("Expulsion", 1, "carried out expulsions"),
    ("ChangeOfGovernment", 1, "saw a change of government"),
    ("MilitaryWithdrawal", 1, "withdrew troops"),
    ("DevelopmentProject", 2, "ran a development project"),
    ("Inauguration", 1, "held an inauguration"),
)
SYMMETRIC = {
    "Meeting",
    "ThirdLocationMeeting",
    "PhoneCall",
    "Conference",
    "Agreement",
    "ArmedClash",
}
AID = {"AidShipment", "AidPledge"}
VIOLENT = {
    "MilitaryOperation",
    "Airstrike",
    "MissileStrike",
    "Attack",
    "ArmedClash",
    "ArmedConflict",
}
UNITS = {"tonne": "tonnes", "litre": "litres", "dose": "doses"}
TOPICS = (
    "trade", "security", "visas", "health", "refugees", "energy", "water", "transit", "ports",
    "education", "agriculture", "border management", "counter-terrorism", "investment",
    "humanitarian aid", "prisoners", "mining", "railways", "sports", "culture",
)  # fmt: skip
COMMODITIES = ("wheat", "rice", "medicines", "vaccines", "fuel", "tents", "blankets", "seeds")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SYLLABLES = (
    "ka", "ri", "mo", "sa", "ta", "na", "vi", "lo", "ra", "de", "mi", "zu", "ha", "be", "no",
    "ge", "shi", "ran", "dar", "kam", "bul", "tor", "mir", "zan", "pur", "lat", "ves", "qan",
)  # fmt: skip


@dataclass
class _Entity:
    id: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class _Source:
    id: str
    published: dt.date
    sentences: list[str] = field(default_factory=list)
    claims: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(subject, predicate, object, evidence sentence)."""


@dataclass(frozen=True)
class _Story:
    """What every report of one event agrees on; a second report disputes only date and figure."""

    actors: list[_Entity]
    place: _Entity
    topics: list[_Entity]
    aid: tuple[_Entity, str, int] | None
    """(commodity, unit, amount) of an aid event."""
    killed: int | None
    """Fatalities of a violent event."""


@dataclass(frozen=True)
class SynthStats:
    events: int
    sources: int
    entities: int
    claims: int
    disputed_events: int


class _Generator:
    def __init__(self, events: int, seed: int) -> None:
        self.random = random.Random(seed)
        self.n_events = events
        self.entities: dict[str, _Entity] = {}
        self.sources: list[_Source] = []
        self.names: set[str] = set()

    # --- names -----------------------------------------------------------
    def name(self, words: int = 1, suffix: str = "") -> str:
        while True:
            parts = [
                "".join(self.random.choice(_SYLLABLES) for _ in range(self.random.randint(2, 3)))
                for _ in range(words)
            ]
            text = " ".join(p.capitalize() for p in parts) + suffix
            if text not in self.names:
                self.names.add(text)
                return text

    def add(self, prefix: str, type_: str, label: str) -> _Entity:
        return self.register(_Entity(f"{prefix}-{len(self.entities):06d}", type_, label))

    def register(self, entity: _Entity) -> _Entity:
        self.entities[entity.id] = entity
        return entity

    def seed_actor(self, id_: str, type_: str, label: str) -> _Entity:
        """An actor of the seed corpus, under the seed's id and label."""
        self.names.add(label)
        return self.register(_Entity(id_, type_, label))

    # --- the world -------------------------------------------------------
    def world(self) -> None:
        n = self.n_events
        r = self.random
        self.india = self.seed_actor("india", "State", "India")
        self.taliban = self.seed_actor("taliban", "ArmedGroup", "Taliban")
        self.emirate = self.seed_actor(
            "islamic-emirate-of-afghanistan", "DeFactoAuthority", "Islamic Emirate of Afghanistan"
        )
        self.states = [self.india] + [
            self.add("state", "State", self.name()) for _ in range(min(150, 8 + n // 60) - 1)
        ]
        self.cities = [self.add("city", "City", self.name()) for _ in range(max(10, n // 12))]
        self.provinces = [
            self.add("province", "Province", self.name(suffix=" Province"))
            for _ in range(max(4, n // 40))
        ]
        self.ports = [
            self.add("port", "Port", f"Port of {self.name()}") for _ in range(max(3, n // 150))
        ]
        self.orgs = [self.taliban, self.emirate] + [
            self.add("org", r.choice(("Ministry", "Government", "ArmedGroup", "Organization",
                                      "InternationalOrganization")), self.name(2, " Council"))
            for _ in range(max(6, n // 25))
        ]  # fmt: skip
        self.persons = [self.add("person", "Person", self.name(2)) for _ in range(max(10, n // 4))]
        self.positions = [
            self.add("position", "Position", f"Minister of {self.name()}") for _ in self.persons
        ]
        self.topics = [self.add("topic", "Topic", t.capitalize()) for t in TOPICS]
        self.commodities = [self.add("commodity", "Commodity", c.capitalize()) for c in COMMODITIES]
        self.actors = self.states + self.orgs + self.persons
        self.places = self.cities + self.provinces + self.states

    # --- sources and claims ----------------------------------------------
    def source(self, published: dt.date) -> _Source:
        source = _Source(f"syn-{len(self.sources):06d}", published)
        self.sources.append(source)
        return source

    def say(self, source: _Source, sentence: str, claims: list[tuple[str, str, str]]) -> None:
        source.sentences.append(sentence)
        source.claims.extend((s, p, o, sentence) for s, p, o in claims)

    def profiles(self) -> None:
        """Who holds which post, where places and ports are: one background report per 40 facts."""
        r = self.random
        published = dt.date(2014, 12, 31)
        source = self.source(published)
        for index, (person, position) in enumerate(zip(self.persons, self.positions, strict=True)):
            if index and index % 40 == 0:
                source = self.source(published)
            draw = r.random()
            state = (
                self.india if draw < 0.1 else self.emirate if draw < 0.2 else r.choice(self.states)
            )
            holding = r.choice(("holdsPosition", "holdsActingPosition"))
            acting = "acting " if holding == "holdsActingPosition" else ""
            alias = ""
            if r.random() < 0.2:
                alias = f"{person.label.split()[0][0]}. {person.label.split()[1]}"
                person.aliases.append(alias)
                alias = f" ({alias})"
            self.say(
                source,
                f"{person.label}{alias} is the {acting}{position.label} of {state.label}.",
                [(person.id, holding, position.id), (position.id, "positionIn", state.id)],
            )
        for place in self.cities + self.provinces:
            self.say(
                source,
                f"{place.label} lies in {(state := r.choice(self.states)).label}.",
                [(place.id, "locatedIn", state.id)],
            )
        for port in self.ports:
            host, operator = r.sample(self.states, 2)
            rival = r.choice([p for p in self.ports if p is not port] or [port])
            claims = [(port.id, "locatedIn", host.id), (port.id, "operatedBy", operator.id)]
            if rival is not port:
                claims.append((port.id, "isAlternativeTo", rival.id))
            self.say(
                source,
                f"The {port.label} in {host.label} is operated by {operator.label}"
                + (f" as an alternative to the {rival.label}." if rival is not port else "."),
                claims,
            )

    def events(self) -> SynthStats:
        r = self.random
        classes = [c for c, _, _ in EVENT_CLASSES]
        weights = [w for _, w, _ in EVENT_CLASSES]
        verbs = {c: v for c, _, v in EVENT_CLASSES}
        disputed = 0
        source: _Source | None = None
        for index in range(self.n_events):
            cls = r.choices(classes, weights)[0]
            day = dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(11 * 365))
            if source is None or len(source.claims) > 60:
                source = self.source(day + dt.timedelta(days=r.randint(1, 6)))
            elif source.published < day:
                source.published = day + dt.timedelta(days=r.randint(1, 3))
            event = self.add("event", cls, f"{cls} {index + 1} ({day.isoformat()[:7]})")
            story = self.story(cls)
            self.report(source, event, cls, verbs[cls], day, story, conflicting=False)
            if r.random() < 0.1:
                disputed += 1
                second = self.source(day + dt.timedelta(days=r.randint(2, 30)))
                self.report(second, event, cls, verbs[cls], day, story, conflicting=True)
        return SynthStats(
            self.n_events,
            len(self.sources),
            len(self.entities),
            sum(len(s.claims) for s in self.sources),
            disputed,
        )

    def story(self, cls: str) -> _Story:
        """Who, where, about what and how much: drawn once for an event, for all its reports."""
        r = self.random
        actors = r.sample(self.actors, r.randint(2, 4))
        place = r.choice(self.places)
        topics = r.sample(self.topics, r.randint(1, 2))
        aid = None
        if cls in AID:
            amount = r.choice((10, 20, 30, 50, 100, 300, 500, 1000, 5000, 50000))
            aid = (r.choice(self.commodities), r.choice(list(UNITS)), amount)
        killed = r.randint(1, 80) if cls in VIOLENT else None
        return _Story(actors, place, topics, aid, killed)

    def report(
        self,
        source: _Source,
        event: _Entity,
        cls: str,
        verb: str,
        day: dt.date,
        story: _Story,
        *,
        conflicting: bool,
    ) -> None:
        """One source's account of an event; a conflicting one moves the date and the figure."""
        actors, place = story.actors, story.place
        when, time_object = self.when(
            day if not conflicting else day + dt.timedelta(days=400), source
        )
        names = ", ".join(a.label for a in actors[:-1]) + f" and {actors[-1].label}"
        sentence = f"{names} {verb} in {place.label} {when}."
        claims: list[tuple[str, str, str]] = []
        if cls in SYMMETRIC:
            claims += [(event.id, "hasParticipant", a.id) for a in actors]
        elif cls == "Visit":
            claims += [(event.id, "hasVisitor", actors[0].id), (event.id, "hasHost", actors[1].id)]
            claims += [(event.id, "hasParticipant", a.id) for a in actors[2:]]
        else:
            claims += [
                (event.id, "hasInitiator", actors[0].id),
                (event.id, "hasTarget", actors[1].id),
            ]
            claims += [(event.id, "hasParticipant", a.id) for a in actors[2:]]
        claims += [(event.id, "hasPlace", place.id), (event.id, "hasTime", time_object)]
        self.say(source, sentence, claims)
        topics = story.topics
        self.say(
            source,
            f"The talks of {event.label} covered {' and '.join(t.label.lower() for t in topics)}.",
            [(event.id, "hasTopic", t.id) for t in topics],
        )
        if story.aid is not None:
            commodity, unit, amount = story.aid
            if conflicting:
                amount *= 10
            self.say(
                source,
                f"The aid of {event.label} amounted to {amount} {UNITS[unit]} of "
                f"{commodity.label.lower()} for {actors[1].label}.",
                [
                    (event.id, "hasCommodity", commodity.id),
                    (event.id, "hasQuantity", f"{amount} {unit}"),
                    (event.id, "hasRecipient", actors[1].id),
                ],
            )
        if story.killed is not None:
            killed = story.killed * (3 if conflicting else 1)
            self.say(
                source,
                f"At least {killed} people were killed in {event.label}.",
                [(event.id, "hasFatalities", f">={killed} person")],
            )

    def when(self, day: dt.date, source: _Source) -> tuple[str, str]:
        """The date as a sentence says it, and as the annotation writes it."""
        r = self.random
        choice = r.random()
        gap = (source.published - day).days
        if 0 < gap < 7 and choice < 0.3:
            weekday = WEEKDAYS[day.weekday()]
            return f"on {weekday}", f'{day.isoformat()} "on {weekday}" relative'
        if choice < 0.6:
            return f"on {day.isoformat()}", f'{day.isoformat()} "on {day.isoformat()}"'
        if choice < 0.85:
            month = day.strftime("%B %Y")
            return f"in {month}", f'{day.isoformat()[:7]} "in {month}"'
        if choice < 0.95:
            return f"in {day.year}", f'{day.year} "in {day.year}"'
        return "recently", f'..{source.published.isoformat()} "recently" relative'

    # --- writing ---------------------------------------------------------
    def write(self, out: Path) -> None:
        """Write ``out/data`` and ``out/corpus`` (:func:`kg.build.synth_files.replace_corpus`)."""
        replace_corpus(out, self._write_files)

    def _write_files(self, data: Path, corpus: Path) -> None:
        for folder in (data / "entities", data / "claims", corpus):
            folder.mkdir(parents=True, exist_ok=True)
        with (data / "sources.tsv").open("w", encoding="utf-8") as handle:
            handle.write("# A synthetic corpus written by `kg synth`.\nid\theadline\tpublished\n")
            for source in self.sources:
                headline = f"Synthetic report {source.id}"
                handle.write(f"{source.id}\t{headline}\t{source.published.isoformat()}\n")
                text = headline + "\n" + "\n".join(source.sentences) + "\n"
                (corpus / f"{source.id}.txt").write_text(text, encoding="utf-8")
        with (data / "entities" / "entities.tsv").open("w", encoding="utf-8") as handle:
            handle.write("id\ttype\tlabel\taliases\n")
            for entity in self.entities.values():
                aliases = " | ".join(entity.aliases)
                handle.write(f"{entity.id}\t{entity.type}\t{entity.label}\t{aliases}\n")
        per_file = 200
        for start in range(0, len(self.sources), per_file):
            path = data / "claims" / f"part-{start // per_file:05d}.tsv"
            with path.open("w", encoding="utf-8") as handle:
                handle.write("subject\tpredicate\tobject\tsource\tevidence\n")
                for source in self.sources[start : start + per_file]:
                    for subject, predicate, obj, evidence in source.claims:
                        handle.write(f"{subject}\t{predicate}\t{obj}\t{source.id}\t{evidence}\n")


def synthesize(events: int, seed: int, out: Path) -> SynthStats:
    """Write ``out/data`` (annotations) and ``out/corpus`` (texts) for ``events`` events."""
    if events < 1:
        raise ValueError("the number of events must be at least 1")
    generator = _Generator(events, seed)
    generator.world()
    generator.profiles()
    stats = generator.events()
    generator.write(out)
    return stats
