"""Printed matter as PDF with reportlab: activity posters, month programmes, A5 handouts, family cards.

No Qt and no database here: the documents take plain data (see ``documents``); the services in
``checkin.services.printing`` gather that data. Layout is data in millimetres (``layout``).
"""
