"""The rules of the place, each in one place: prices, limits, lists' defaults, the export threshold.

Everything here is a plain constant or a pure function, so the window, the command line, the
exports and the tests all read the same rule.
"""

from __future__ import annotations

from checkin.errors import Rejected
from checkin.i18n import N_

# --- Money -------------------------------------------------------------------------------------
DEFAULT_PRICE_CENTS = 50
"""Price of one consumption (coffee, tea, lemonade) in euro cents, unless a location sets another."""

MAX_QUANTITY_PER_ACTION = 20
"""More drinks than this in one tap is a typing error, not a round for the room."""

MAX_PRICE_CENTS = 1000


PAYMENT_KINDS: tuple[str, ...] = ("contant", "pin", "gratis")
PAYMENT_LABELS = {
    "contant": N_("contant"),
    "pin": N_("pin/QR-betaling"),
    "gratis": N_("gratis"),
}

# --- People -------------------------------------------------------------------------------------
ADULT_ROLES: tuple[str, ...] = ("moeder", "vader", "grootouder", "anders")
ADULT_ROLE_LABELS = {
    "moeder": N_("moeder"),
    "vader": N_("vader"),
    "grootouder": N_("grootouder"),
    "anders": N_("oppas/anders"),
}
MAX_ADULTS_PER_VISIT = 10
MAX_CHILDREN_PER_FAMILY = 12
MAX_NAME_LENGTH = 40
MAX_NOTE_LENGTH = 4000
MAX_CHILD_AGE_YEARS = 12
"""A child born longer ago than this is not a child of this place: a typing error."""

MAX_EXPECTED_MONTHS_AHEAD = 10
"""An expected birth more than this many months ahead cannot be a pregnancy."""

MOODS: tuple[str, ...] = ("blij", "neutraal", "niet blij")
MOOD_LABELS = {"blij": N_("blij"), "neutraal": N_("neutraal"), "niet blij": N_("niet blij")}

# --- Family codes --------------------------------------------------------------------------------
CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"
"""Letters and digits that cannot be mistaken for each other on a card (no 0/O, 1/I/L, 5/S, ...)."""
CODE_LENGTH = 4

# --- Consent --------------------------------------------------------------------------------------
CONSENT_VERSION = "2026-1"
CONSENT_TEXT = N_(
    "Wij noteren alleen wat nodig is om te tellen hoeveel gezinnen er komen: een voornaam of "
    "bijnaam (mag ook leeg), uw woonplaats, hoe u ons gevonden heeft en de geboortemaand en het "
    "geboortejaar van uw kinderen. Geen achternaam, adres, telefoonnummer of geboortedatum. "
    "De gegevens blijven op deze laptop. Cijfers die we delen zijn altijd anoniem. U kunt altijd "
    "vragen wat er over u is opgeslagen, of vragen alles te wissen."
)

# --- Statistics -----------------------------------------------------------------------------------
DEFAULT_MIN_COUNT = 5
"""k: the smallest count of people or visits an export may publish (docs/statistics.md)."""
LOWEST_MIN_COUNT = 3
"""The coordinator may lower k, but never below this."""
HIGHEST_MIN_COUNT = 1000


def check_k(k: int) -> int:
    """``k`` when it is allowed, else a Dutch rejection (the settings, the screen, the command line
    and a merged file's k all pass here)."""
    if isinstance(k, bool) or not isinstance(k, int) or k < LOWEST_MIN_COUNT:
        raise Rejected(N_("De minimale telling k mag niet lager zijn dan {k}."), k=LOWEST_MIN_COUNT)
    if k > HIGHEST_MIN_COUNT:
        raise Rejected(N_("De minimale telling k is te groot (hoogstens {k})."), k=HIGHEST_MIN_COUNT)
    return k


LAPSED_AFTER_WEEKS = 8
LAPSED_LOOKBACK_DAYS = 365
"""Lapsed families (figures): came at least twice in the year before the last 8 weeks of a period."""
MISSED_MIN_VISITS = 3
"""Families we miss (Vandaag): came at least this often, but not in the last LAPSED_AFTER_WEEKS."""

RETENTION_MONTHS_DEFAULT = 24

# --- Default lists (editable in the settings) -----------------------------------------------------
OUTSIDE_VILLAGE = "buiten de Hoeksche Waard"
DEFAULT_VILLAGES: tuple[str, ...] = (
    "Cillaarshoek",
    "Goudswaard",
    "Heinenoord",
    "Klaaswaal",
    "Maasdam",
    "Mijnsheerenland",
    "Mookhoek",
    "Nieuw-Beijerland",
    "Numansdorp",
    "Oud-Beijerland",
    "Piershil",
    "Puttershoek",
    "'s-Gravendeel",
    "Strijen",
    "Strijensas",
    "Westmaas",
    "Zuid-Beijerland",
    OUTSIDE_VILLAGE,
)
DEFAULT_REFERRALS: tuple[str, ...] = (
    "consultatiebureau/JGZ",
    "kinderopvang/school",
    "familie of vrienden",
    "Facebook/online",
    "flyer/poster",
    "anders",
)
DEFAULT_CONSUMPTIONS: tuple[str, ...] = ("koffie", "thee", "limonade")
DEFAULT_THEMES: tuple[str, ...] = (
    "Spraak- en taalontwikkeling",
    "Kinderboekenweek",
    "Peutergym",
    "Slapen",
    "Voeding",
    "Zindelijkheid",
    "Muziek en zingen",
    "Buiten spelen",
)
LIST_KINDS: tuple[str, ...] = ("village", "referral", "consumption", "theme")
DEFAULT_LISTS: dict[str, tuple[str, ...]] = {
    "village": DEFAULT_VILLAGES,
    "referral": DEFAULT_REFERRALS,
    "consumption": DEFAULT_CONSUMPTIONS,
    "theme": DEFAULT_THEMES,
}
MAX_LIST_VALUE_LENGTH = 60

# --- Programme and printing ----------------------------------------------------------------------
MAX_ACTIVITY_TITLE_LENGTH = 120
MAX_ACTIVITY_DESCRIPTION_LENGTH = 1000
MAX_PARTNER_LENGTH = 80
MAX_ACTIVITY_PLACE_LENGTH = 120
DEFAULT_WEB_URL = "https://hoekschewaard.alsvillage.nl"
"""Where a flyer's QR code points when the location has no web page of its own."""
AUDIENCE_TEXT = N_("Voor ouders, opa's, oma's en oppassen met kinderen van 0 tot 4 jaar")
MAX_LOGO_BYTES = 10 * 1024 * 1024
