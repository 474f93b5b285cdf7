"""Fixtures and factories shared by the tests."""
