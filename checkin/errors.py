"""The one exception type for rejected input: it carries a Dutch message for the user."""

from __future__ import annotations

from typing import Any


class Rejected(ValueError):
    """An action or input was refused; nothing was changed.

    ``template`` is the Dutch source text (marked with ``N_``), ``params`` fill its ``{name}``
    placeholders. ``str(error)`` is the Dutch message. The window translates ``template`` through
    Qt before filling it in; the command line prints ``str(error)``.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template
