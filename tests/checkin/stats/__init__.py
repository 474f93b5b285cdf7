"""Tests of the figures: measures, anonymity and the export formats."""
