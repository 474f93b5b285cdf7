"""Tests of checkin.stats: the exports, reading them back, and merging."""
