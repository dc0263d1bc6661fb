"""All of lagebild's errors, each with a code, in one place (as spaCy's ``errors.py``).

A user sees ``[E021] <input>: <reason>``; the CLI maps every LagebildError to one message and a
non-zero exit code, the HTTP API to one error shape.
"""

from __future__ import annotations

# Code -> short title; the message adds the input and the concrete reason.
CODES: dict[str, str] = {
    "E000": "internal error",
    "E001": "input not found",
    "E002": "input is empty",
    "E003": "input is binary, not text",
    "E004": "input is too large",
    "E005": "input could not be decoded",
    "E006": "no article text in input",
    "E007": "malformed date",
    "E008": "malformed record",
    "E009": "unsupported input format",
    "E010": "missing language data",
    "E020": "store could not be opened",
    "E021": "store is not writable",
    "E022": "store schema is newer than this lagebild",
    "E030": "language pipeline could not be loaded",
    "E040": "invalid request",
    "E041": "not found",
}


class LagebildError(Exception):
    """An error a user can act on: a code, the input it concerns, and the reason."""

    def __init__(self, code: str, reason: str, source: str | None = None) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code}")
        self.code = code
        self.reason = reason
        self.source = source
        super().__init__(self.message)

    @property
    def title(self) -> str:
        return CODES[self.code]

    @property
    def message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.reason}"


class InputError(LagebildError):
    """Bad input: one input fails, the rest of a batch goes on."""


class StoreError(LagebildError):
    """The store cannot be used: the whole command fails."""
