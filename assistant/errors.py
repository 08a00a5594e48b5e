"""Coded errors raised at stage boundaries and turned into one-line messages by the CLI."""

from __future__ import annotations

from pathlib import Path


class AssistantError(Exception):
    """An error a user can act on: shown as one line, never as a traceback.

    ``code`` is a short stable identifier (``"audio-file-missing"``,
    ``"model-not-found"``…) so that logs and tests can match on it; ``str(error)``
    is the human message.
    """

    exit_code = 2

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


class AudioInputError(AssistantError):
    """Audio could not be opened or read (file, standard input or microphone)."""


class RecognizerError(AssistantError):
    """The speech recogniser or its model could not be loaded or failed."""


class ConfigError(AssistantError):
    """A configuration or rules file is missing, malformed or invalid."""


def read_config_text(path: Path, what: str, code: str) -> str:
    """The UTF-8 text of a file the user pointed at, or a :class:`ConfigError` that names
    it: ``{code}-missing`` ("<what> not found: PATH") or ``{code}-unreadable``."""
    try:
        return Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{code}-missing", f"{what} not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{code}-unreadable", f"cannot read {what} {path}: {error}") from None


class StoreError(AssistantError):
    """The record database is missing, corrupt, locked or from an unknown version."""
