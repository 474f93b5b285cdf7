"""Realistic made-up data for trying the app: the same seed (and day) gives the same data.

Families arrive over the year and some drop away; mostly mothers come, but also fathers,
grandparents and others; children have realistic ages; themes two or three times a month;
drinks with payment kinds; villages weighted towards the location's own.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, func, select

from checkin import ages, rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Activity, Family, Location, Morning, ScheduleSlot
from checkin.services import bulk
from checkin.services.families import ChildInput, anonymise, last_visit_days
from checkin.services.lists import ensure_default_lists, list_values
from checkin.settings import load_settings, save_settings


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


@dataclass(frozen=True)
class _DemoFamily:
    family_id: int
    children: tuple[tuple[int, ChildInput], ...]
    """(child id, child) of each child."""
    first_week: int
    last_week: int
    eagerness: float
    adults: Adults


@dataclass(frozen=True)
class _Lists:
    villages: list[str]
    referrals: list[str]
    kinds: list[str]
    themes: list[str]


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
    """Fill an empty database with made-up data; returns counts of what was made. One transaction.

    Families, mornings, visits and drinks are written through ``services.bulk``, by the rules
    of the services.
    """
    check_options(families=families, weeks=weeks, locations=locations)
    if holds_data(session):
        raise Rejected(N_("Deze gegevensmap bevat al gegevens; demogegevens gaan alleen in een lege map."))
    today = today or date.today()
    rng = random.Random(seed)
    ensure_default_lists(session)
    lists = _Lists(
        villages=list_values(session, "village"),
        referrals=list_values(session, "referral"),
        kinds=list_values(session, "consumption"),
        themes=list_values(session, "theme"),
    )
    used_codes: set[str] = set()
    counts = {"locations": 0, "families": 0, "children": 0, "mornings": 0, "visits": 0, "drinks": 0}
    try:
        for place_index, place in enumerate(PLACES[:locations]):
            location = _add_location(session, place, first=place_index == 0)
            counts["locations"] += 1
            last_day = _last_day_before(today, place.weekday)
            days = [last_day - timedelta(weeks=weeks - 1 - w) for w in range(weeks)]
            per_place = families // locations + (1 if place_index < families % locations else 0)
            members = _add_families(
                session, rng, place=place, days=days, lists=lists, number=per_place, used_codes=used_codes
            )
            counts["families"] += len(members)
            counts["children"] += sum(len(member.children) for member in members)
            for week, day in enumerate(days):
                _add_morning(
                    session,
                    rng,
                    _Week(location=location, place=place, week=week, day=day),
                    members=members,
                    lists=lists,
                    counts=counts,
                )
        _erase_as_retention_did(session, today=today)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return counts


def _erase_as_retention_did(session: Session, *, today: date) -> int:
    """Anonymise the families who stopped coming longer ago than the retention period, as the app
    would have at a start soon after: the demo's past looks like a place that ran the app all
    along, and its first start has no backlog of families to anonymise. Returns their number."""
    from checkin.privacy import inactive_families  # the retention rule itself

    session.flush()
    months = load_settings(session).retention_months
    last_days = last_visit_days(session)
    inactive = inactive_families(session, months=months, today=today)
    for family in inactive:
        last = last_days.get(family.id or 0) or family.created_at.date()
        when = min(today, last + timedelta(days=months * 365 // 12 + 1))
        anonymise(session, family, moment=datetime.combine(when, time(8, 0)))
    session.flush()
    return len(inactive)


def _add_location(session: Session, place: DemoPlace, *, first: bool) -> Location:
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
    if first:
        save_settings(session, location_id=location.id)
    session.add(
        ScheduleSlot(location_id=location.id, weekday=place.weekday, start=place.start, end=place.end)
    )
    session.flush()
    return location


def _add_families(
    session: Session,
    rng: random.Random,
    *,
    place: DemoPlace,
    days: list[date],
    lists: _Lists,
    number: int,
    used_codes: set[str],
) -> list[_DemoFamily]:
    """``number`` families who come to ``place``: when they start and stop, who comes along."""
    weeks = len(days)
    village_weights = {v: 1.0 for v in lists.villages}
    village_weights[place.village] = 30.0
    for neighbour in place.neighbours:
        village_weights[neighbour] = 6.0
    village_weights[rules.OUTSIDE_VILLAGE] = 2.0
    referral_weights = dict(zip(lists.referrals, (30, 15, 25, 15, 10, 5), strict=False))
    planned: list[bulk.PastFamily] = []
    habits: list[tuple[int, int, float, Adults]] = []
    for _ in range(number):
        first_week = int(rng.triangular(0, weeks, 0)) if rng.random() < 0.8 else rng.randrange(weeks)
        stays = rng.choice((4, 8, 16, 30, 52, 104))
        start_day = days[min(first_week, weeks - 1)]
        name = rng.choice(NAMES) if rng.random() < 0.9 else ""
        planned.append(
            bulk.PastFamily(
                code=_unique_code(rng, used_codes),
                display_name=name,
                village=_weighted(rng, village_weights),
                referral=_weighted(rng, referral_weights),
                consent_date=start_day,
                consent_version=rules.CONSENT_VERSION,
                created_at=datetime.combine(start_day, place.start),
                children=_children(rng, start_day),
            )
        )
        adults, eagerness = _habit(rng)
        habits.append((first_week, first_week + stays, eagerness, adults))
    added = bulk.add_families(session, planned)
    return [
        _DemoFamily(
            family_id=family.id,
            children=tuple(zip(family.child_ids, plan.children, strict=True)),
            first_week=first_week,
            last_week=last_week,
            eagerness=eagerness,
            adults=adults,
        )
        for family, plan, (first_week, last_week, eagerness, adults) in zip(
            added, planned, habits, strict=True
        )
    ]


def _children(rng: random.Random, start_day: date) -> list[ChildInput]:
    """One to three children of realistic ages, now and then a baby on the way."""
    children = []
    for child_index in range(rng.choices((1, 2, 3), weights=(60, 32, 8))[0]):
        age_at_start = rng.randrange(0, 42) if child_index == 0 else rng.randrange(0, 20)
        born = start_day.year * 12 + start_day.month - 1 - age_at_start
        children.append(
            ChildInput(
                birth_year=born // 12,
                birth_month=born % 12 + 1,
                nickname=rng.choice(CHILD_NAMES) if rng.random() < 0.7 else "",
            )
        )
    if rng.random() < 0.05:  # a baby on the way
        due = start_day.year * 12 + start_day.month - 1 + rng.randrange(1, 6)
        children.append(ChildInput(birth_year=due // 12, birth_month=due % 12 + 1, expected=True))
    return children


def _habit(rng: random.Random) -> tuple[Adults, float]:
    """Who comes along (mostly a mother), and how eagerly the family comes."""
    role = _weighted(rng, {"moeder": 78, "vader": 10, "grootouder": 8, "anders": 4})
    adults = {role: 1}
    if rng.random() < 0.08:
        adults["vader" if role == "moeder" else "moeder"] = 1
    return Adults.from_roles(adults), rng.uniform(0.25, 0.85)


@dataclass(frozen=True)
class _Week:
    location: Location
    place: DemoPlace
    week: int
    day: date

    @property
    def opened(self) -> datetime:
        return datetime.combine(self.day, self.place.start) - timedelta(minutes=15)

    @property
    def closed(self) -> datetime:
        return datetime.combine(self.day, self.place.end) + timedelta(minutes=10)


def _add_morning(
    session: Session,
    rng: random.Random,
    week: _Week,
    *,
    members: list[_DemoFamily],
    lists: _Lists,
    counts: dict[str, int],
) -> None:
    """The morning of one week: its theme, who came with which children and drinks, passers-by."""
    location, day = week.location, week.day
    assert location.id is not None
    theme, activity_id = _theme(session, rng, location_id=location.id, day=day, themes=lists.themes)
    hosts = rng.choice((1, 2, 2, 3))
    visits = _visits(rng, week, members=members, kinds=lists.kinds, boost=1.25 if theme else 1.0)
    passers_by = [
        bulk.PastDrink(
            kind=lists.kinds[0],
            quantity=1,
            unit_price_cents=location.price_cents,
            payment="contant",
            created_at=week.opened + timedelta(minutes=40),
        )
        for _ in range(rng.choice((0, 0, 1, 2)))  # a passer-by buying a coffee
    ]
    cash = sum(
        drink.quantity * drink.unit_price_cents
        for drink in [*(d for visit in visits for d in visit.drinks), *passers_by]
        if drink.payment == "contant"
    )
    (morning_id,) = bulk.add_mornings(
        session,
        [
            bulk.PastMorning(
                location_id=location.id,
                day=day,
                start=week.place.start,
                end=week.place.end,
                theme=theme,
                activity_id=activity_id,
                hosts=hosts,
                opened_at=week.opened,
                closed_at=week.closed,
                cash_counted_cents=max(0, cash + rng.choice((0, 0, 0, 50, -50))),
            )
        ],
    )
    bulk.record_visits_in_bulk(session, [replace(visit, morning_id=morning_id) for visit in visits])
    bulk.record_drinks_in_bulk(session, morning_id=morning_id, drinks=passers_by)
    counts["mornings"] += 1
    counts["visits"] += len(visits)
    counts["drinks"] += sum(len(visit.drinks) for visit in visits) + len(passers_by)


def _theme(
    session: Session, rng: random.Random, *, location_id: int, day: date, themes: list[str]
) -> tuple[str, int | None]:
    """Two to three themed mornings a month, each with its activity in the programme."""
    if not (rng.random() < 0.6 and themes):
        return "", None
    theme = rng.choice(themes)
    activity = Activity(
        location_id=location_id,
        day=day,
        theme=theme,
        title=THEME_TITLES.get(theme, theme),
        partner=rng.choice(PARTNERS),
        description=N_("Kom gezellig langs; de kinderen spelen, wij praten bij."),
    )
    session.add(activity)
    session.flush()
    return theme, activity.id


def _visits(
    rng: random.Random, week: _Week, *, members: list[_DemoFamily], kinds: list[str], boost: float
) -> list[bulk.PastVisit]:
    """The visits of the week's families who come (``morning_id`` still 0)."""
    visits = []
    for member in members:
        if not member.first_week <= week.week <= member.last_week:
            continue
        if week.week != member.first_week and rng.random() > member.eagerness * boost:
            continue
        minutes = int(rng.triangular(-5, 90, 10))
        arrived = datetime.combine(week.day, week.place.start) + timedelta(minutes=minutes)
        left = arrived + timedelta(minutes=rng.randrange(45, 110))
        visits.append(
            bulk.PastVisit(
                morning_id=0,
                family_id=member.family_id,
                arrived_at=arrived,
                left_at=min(left, week.closed),
                adults=member.adults,
                mood=rng.choice(rules.MOODS[:2]) if rng.random() < 0.3 else None,
                children=_visit_children(rng, member, day=week.day),
                drinks=_drinks(rng, kinds, price_cents=week.location.price_cents, at=arrived),
            )
        )
    return visits


def _visit_children(rng: random.Random, member: _DemoFamily, *, day: date) -> list[bulk.PastChild]:
    """Mostly all children come along; a baby on the way does not."""
    came = []
    for child_id, child in member.children:
        months = ages.age_in_months(
            birth_year=child.birth_year, birth_month=child.birth_month, expected=child.expected, on=day
        )
        if months is None or rng.random() < 0.9:
            came.append(bulk.PastChild(child_id=child_id, age_months=months))
    return came


def _drinks(rng: random.Random, kinds: list[str], *, price_cents: int, at: datetime) -> list[bulk.PastDrink]:
    drinks = []
    for _ in range(rng.choices((0, 1, 2), weights=(30, 55, 15))[0]):
        payment = _weighted(rng, {"contant": 60, "pin": 30, "gratis": 10})
        drinks.append(
            bulk.PastDrink(
                kind=_weighted(rng, dict(zip(kinds, (6, 3, 2), strict=False))),
                quantity=1,
                unit_price_cents=price_cents,
                payment=payment,
                created_at=at + timedelta(minutes=5),
            )
        )
    return drinks
