"""One error hierarchy, caught once at the CLI boundary and printed as one line."""

from __future__ import annotations


class MigtlError(Exception):
    """An expected failure: bad input, a bad store, a bad argument. Never a bug."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message + (f" ({self.hint})" if self.hint else "")


class InputError(MigtlError):
    """A release file that cannot be read or is not a release."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(MigtlError):
    """A command-line argument that makes no sense."""


class NotFound(MigtlError):
    """A document, person or office that the store does not hold."""
