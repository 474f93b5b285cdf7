"""Tests of the core (checkin/), mirroring its tree."""
