"""Tests of checkin.stats: measures, anonymity, the export formats, reading them back and merging."""
