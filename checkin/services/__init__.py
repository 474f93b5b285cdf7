"""Services: the core actions, plain functions that take the session they work in.

Each action validates its input first (raising ``Rejected`` with a Dutch message, nothing
changed), then writes and commits once: one user action, one transaction.
"""
