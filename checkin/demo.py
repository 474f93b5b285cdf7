"""Realistic made-up data for trying the app: the same seed (and day) gives the same data.

Families arrive over the year and some drop away; mostly mothers come, but also fathers,
grandparents and others; children have realistic ages; themes two or three times a month;
drinks with payment kinds; villages weighted towards the location's own.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, func, select

from checkin import ages, rules
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import (
    Activity,
    Child,
    Consumption,
    Family,
    Location,
    Morning,
    ScheduleSlot,
    Visit,
    VisitChild,
)
from checkin.services.families import search_key
from checkin.services.lists import ensure_default_lists, list_values
from checkin.settings import save_settings


@dataclass(frozen=True)
class DemoPlace:
    name: str
    address: str
    village: str
    weekday: int
    start: time
    end: time
    neighbours: tuple[str, ...]


PLACES: tuple[DemoPlace, ...] = (
    DemoPlace(
        "De Kleine Knuistjes",
        "IKC De Dubbeldekker, Buttervliet 2",
        "Numansdorp",
        2,
        time(9, 30),
        time(11, 30),
        ("Klaaswaal", "Strijen", "Cillaarshoek", "Zuid-Beijerland"),
    ),
    DemoPlace(
        "Kletskoppen",
        "Bibliotheek, Spuidijk 1",
        "Oud-Beijerland",
        1,
        time(9, 0),
        time(11, 0),
        ("Heinenoord", "Nieuw-Beijerland", "Piershil", "Mijnsheerenland"),
    ),
    DemoPlace(
        "Het Speelnest",
        "Dorpshuis, Kerkstraat 4",
        "'s-Gravendeel",
        3,
        time(9, 30),
        time(11, 30),
        ("Puttershoek", "Maasdam", "Mookhoek", "Strijensas"),
    ),
    DemoPlace(
        "Boerderij de Buitenkans",
        "Westdijk 12",
        "Westmaas",
        4,
        time(10, 0),
        time(12, 0),
        ("Mijnsheerenland", "Goudswaard", "Piershil"),
    ),
)
MAX_LOCATIONS = len(PLACES)

NAMES = (
    "Anouk",
    "Sanne",
    "Fleur",
    "Lisa",
    "Özlem",
    "Fatma",
    "Agnieszka",
    "Małgorzata",
    "Yasmina",
    "Emma",
    "Sophie",
    "Iris",
    "Lotte",
    "Marieke",
    "Esra",
    "Naima",
    "Julia",
    "Noor",
    "Eva",
    "Femke",
    "Kim",
    "Ilse",
    "Joyce",
    "Samira",
    "Dewi",
    "Chantal",
    "Wendy",
    "Mirjam",
    "Annelies",
    "Zeynep",
    "Kasia",
    "Bart",
    "Mohamed",
    "Jeroen",
    "Ahmet",
    "Oma Riet",
    "Opa Kees",
    "Linda",
    "Priya",
    "Hanna",
)
CHILD_NAMES = (
    "Daan",
    "Sem",
    "Lucas",
    "Mila",
    "Tess",
    "Zoë",
    "Liam",
    "Noah",
    "Yara",
    "Ayla",
    "Elif",
    "Zofia",
    "Jan",
    "Saar",
    "Finn",
    "Lieke",
    "Mees",
    "Nora",
    "Adam",
    "Sara",
    "Bram",
    "Julia",
    "Luuk",
    "Ella",
)
THEME_TITLES = {
    "Spraak- en taalontwikkeling": "Praten met je peuter, met de logopedist",
    "Kinderboekenweek": "Voorlezen met de bibliotheek",
    "Peutergym": "Peutergym: rollen, klimmen, springen",
    "Slapen": "Goed slapen: tips van het consultatiebureau",
    "Voeding": "Gezond eten en drinken voor kleintjes",
    "Zindelijkheid": "Zindelijk worden: wanneer en hoe?",
    "Muziek en zingen": "Samen zingen en muziek maken",
    "Buiten spelen": "Buiten spelen in de herfst",
}
PARTNERS = ("Jong JGZ", "Kwadraad", "Welzijn Hoeksche Waard", "Bibliotheek Hoeksche Waard", "")


def holds_data(session: Session) -> bool:
    """True when the folder already has families, mornings or locations."""
    for model in (Family, Morning, Location):
        if session.exec(select(func.count()).select_from(model)).one():
            return True
    return False


def _weighted(rng: random.Random, options: Mapping[str, float]) -> str:
    return rng.choices(list(options), weights=list(options.values()))[0]


def _last_day_before(today: date, weekday: int) -> date:
    back = (today.weekday() - weekday) % 7 or 7
    return today - timedelta(days=back)


def _unique_code(rng: random.Random, used: set[str]) -> str:
    while True:
        code = "".join(rng.choice(rules.CODE_ALPHABET) for _ in range(rules.CODE_LENGTH))
        if code not in used:
            used.add(code)
            return code


@dataclass
class _DemoFamily:
    family: Family
    children: list[Child]
    first_week: int
    last_week: int
    eagerness: float
    adults: dict[str, int]


def check_options(*, families: int, weeks: int, locations: int) -> None:
    """Reject options the demo cannot fill; the command line asks before it opens the database."""
    if not 1 <= locations <= MAX_LOCATIONS:
        raise Rejected(N_("Kies 1 tot en met {n} locaties."), n=MAX_LOCATIONS)
    if not 1 <= families <= 100_000:
        raise Rejected(N_("Kies 1 tot en met 100.000 gezinnen."))
    if not 1 <= weeks <= 520:
        raise Rejected(N_("Kies 1 tot en met 520 weken."))


def fill_demo(
    session: Session,
    *,
    families: int = 120,
    weeks: int = 52,
    locations: int = 1,
    seed: int = 1,
    today: date | None = None,
) -> dict[str, int]:
    """Fill an empty database with made-up data; returns counts of what was made. One transaction."""
    check_options(families=families, weeks=weeks, locations=locations)
    if holds_data(session):
        raise Rejected(N_("Deze gegevensmap bevat al gegevens; demogegevens gaan alleen in een lege map."))
    today = today or date.today()
    rng = random.Random(seed)
    ensure_default_lists(session)
    villages = list_values(session, "village")
    referrals = list_values(session, "referral")
    kinds = list_values(session, "consumption")
    themes = list_values(session, "theme")
    used_codes: set[str] = set()
    counts = {"locations": 0, "families": 0, "children": 0, "mornings": 0, "visits": 0, "drinks": 0}

    for place_index, place in enumerate(PLACES[:locations]):
        location = Location(
            name=place.name,
            address=place.address,
            village=place.village,
            price_cents=rules.DEFAULT_PRICE_CENTS,
            capacity=30,
            web_url="https://hoekschewaard.alsvillage.nl/ontmoetingsplekken",
        )
        session.add(location)
        session.flush()
        assert location.id is not None
        if place_index == 0:
            save_settings(session, location_id=location.id)
        session.add(
            ScheduleSlot(location_id=location.id, weekday=place.weekday, start=place.start, end=place.end)
        )
        counts["locations"] += 1
        last_day = _last_day_before(today, place.weekday)
        days = [last_day - timedelta(weeks=weeks - 1 - w) for w in range(weeks)]
        village_weights = {v: 1.0 for v in villages}
        village_weights[place.village] = 30.0
        for neighbour in place.neighbours:
            village_weights[neighbour] = 6.0
        village_weights[rules.OUTSIDE_VILLAGE] = 2.0
        referral_weights = dict(zip(referrals, (30, 15, 25, 15, 10, 5), strict=False))

        per_place = families // locations + (1 if place_index < families % locations else 0)
        demo_families: list[_DemoFamily] = []
        for _ in range(per_place):
            first_week = int(rng.triangular(0, weeks, 0)) if rng.random() < 0.8 else rng.randrange(weeks)
            stays = rng.choice((4, 8, 16, 30, 52, 104))
            start_day = days[min(first_week, weeks - 1)]
            name = rng.choice(NAMES) if rng.random() < 0.9 else ""
            family = Family(
                code=_unique_code(rng, used_codes),
                display_name=name or None,
                village=_weighted(rng, village_weights),
                referral=_weighted(rng, referral_weights),
                consent_date=start_day,
                consent_version=rules.CONSENT_VERSION,
                created_at=datetime.combine(start_day, place.start),
            )
            children: list[Child] = []
            for child_index in range(rng.choices((1, 2, 3), weights=(60, 32, 8))[0]):
                age_at_start = rng.randrange(0, 42) if child_index == 0 else rng.randrange(0, 20)
                born = start_day.year * 12 + start_day.month - 1 - age_at_start
                children.append(
                    Child(
                        family_id=0,  # set once the family has its id
                        birth_year=born // 12,
                        birth_month=born % 12 + 1,
                        nickname=rng.choice(CHILD_NAMES) if rng.random() < 0.7 else "",
                    )
                )
            if rng.random() < 0.05:  # a baby on the way
                due = start_day.year * 12 + start_day.month - 1 + rng.randrange(1, 6)
                children.append(
                    Child(family_id=0, birth_year=due // 12, birth_month=due % 12 + 1, expected=True)
                )
            family.search_key = search_key(family, children)
            session.add(family)
            session.flush()
            for child in children:
                assert family.id is not None
                child.family_id = family.id
                session.add(child)
            role = _weighted(rng, {"moeder": 78, "vader": 10, "grootouder": 8, "anders": 4})
            adults = {role: 1}
            if rng.random() < 0.08:
                adults["vader" if role == "moeder" else "moeder"] = 1
            demo_families.append(
                _DemoFamily(family, children, first_week, first_week + stays, rng.uniform(0.25, 0.85), adults)
            )
            counts["families"] += 1
            counts["children"] += len(children)
        session.flush()

        for week, day in enumerate(days):
            theme, activity_id = "", None
            if rng.random() < 0.6 and themes:  # two to three themed mornings a month
                theme = rng.choice(themes)
                activity = Activity(
                    location_id=location.id,
                    day=day,
                    theme=theme,
                    title=THEME_TITLES.get(theme, theme),
                    partner=rng.choice(PARTNERS),
                    description=N_("Kom gezellig langs; de kinderen spelen, wij praten bij."),
                )
                session.add(activity)
                session.flush()
                activity_id = activity.id
            opened = datetime.combine(day, place.start) - timedelta(minutes=15)
            closed = datetime.combine(day, place.end) + timedelta(minutes=10)
            morning = Morning(
                location_id=location.id,
                day=day,
                start=place.start,
                end=place.end,
                theme=theme,
                activity_id=activity_id,
                hosts=rng.choice((1, 2, 2, 3)),
                opened_at=opened,
                closed_at=closed,
                host_notes="",
            )
            session.add(morning)
            session.flush()
            assert morning.id is not None
            counts["mornings"] += 1
            boost = 1.25 if theme else 1.0
            cash = 0
            for member in demo_families:
                if not member.first_week <= week <= member.last_week:
                    continue
                if week != member.first_week and rng.random() > member.eagerness * boost:
                    continue
                minutes = int(rng.triangular(-5, 90, 10))
                arrived = datetime.combine(day, place.start) + timedelta(minutes=minutes)
                left = arrived + timedelta(minutes=rng.randrange(45, 110))
                assert member.family.id is not None
                visit = Visit(
                    morning_id=morning.id,
                    family_id=member.family.id,
                    arrived_at=arrived,
                    left_at=min(left, closed),
                    mothers=member.adults.get("moeder", 0),
                    fathers=member.adults.get("vader", 0),
                    grandparents=member.adults.get("grootouder", 0),
                    others=member.adults.get("anders", 0),
                    mood=rng.choice(rules.MOODS[:2]) if rng.random() < 0.3 else None,
                )
                session.add(visit)
                session.flush()
                assert visit.id is not None
                counts["visits"] += 1
                for child in member.children:
                    months = ages.age_in_months(
                        birth_year=child.birth_year,
                        birth_month=child.birth_month,
                        expected=child.expected,
                        on=day,
                    )
                    if months is None or rng.random() < 0.9:
                        session.add(VisitChild(visit_id=visit.id, child_id=child.id, age_months=months))
                for _ in range(rng.choices((0, 1, 2), weights=(30, 55, 15))[0]):
                    payment = _weighted(rng, {"contant": 60, "pin": 30, "gratis": 10})
                    consumption = Consumption(
                        morning_id=morning.id,
                        visit_id=visit.id,
                        kind=_weighted(rng, dict(zip(kinds, (6, 3, 2), strict=False))),
                        quantity=1,
                        unit_price_cents=location.price_cents,
                        payment=payment,
                        created_at=arrived + timedelta(minutes=5),
                    )
                    session.add(consumption)
                    counts["drinks"] += 1
                    cash += consumption.amount_cents if payment == "contant" else 0
            for _ in range(rng.choice((0, 0, 1, 2))):  # a passer-by buying a coffee
                session.add(
                    Consumption(
                        morning_id=morning.id,
                        kind=kinds[0],
                        quantity=1,
                        unit_price_cents=location.price_cents,
                        payment="contant",
                        created_at=opened + timedelta(minutes=40),
                    )
                )
                counts["drinks"] += 1
                cash += location.price_cents
            morning.cash_counted_cents = cash + rng.choice((0, 0, 0, 50, -50))
    session.commit()
    return counts
