"""Check-in for parent meeting places: the domain core (no Qt in here)."""

__version__ = "0.1.0"
APP_NAME = "Ontmoetingsplek Check-in"
APP_ID = "checkin"
