"""Writing a finished PDF: all or nothing, through the one atomic writer of ``checkin.files``."""

from __future__ import annotations

from checkin.files import write_atomic as write_atomic

__all__ = ["write_atomic"]
