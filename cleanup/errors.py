"""Errors a user can cause. The CLI prints them as one line and exits with status 1."""
from __future__ import annotations


class CleanupError(Exception):
    """Base class for errors with a message a person can act on."""


class ConfigError(CleanupError):
    """A pipeline or config file names an unknown step or option, or a bad value."""


class InputError(CleanupError):
    """A file cannot be read or parsed. ``str(err)`` is ``"PATH: reason"``."""

    def __init__(self, path: object, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
