"""The window: Qt widgets, item models, dialogs and background operations over the checkin core."""
