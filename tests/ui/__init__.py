"""Tests of the window (ui/), driven through real widgets with pytest-qt."""
