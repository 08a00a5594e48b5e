"""The supervisor token: from config, or generated once and kept in the state dir (0600)."""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

TOKEN_FILE = "supervisor-token"


def load_or_create_token(state_dir: Path, configured: str | None) -> tuple[str, bool]:
    """Return ``(token, created)``; ``created`` is True when a new one was just generated.

    A generated token is written with owner-only permissions so that only the service
    user can read it; the caller prints it once.
    """
    if configured:
        return configured, False
    path = state_dir / TOKEN_FILE
    if path.exists():
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token, False
    state_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(18)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)
    return token, True


def token_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison (the token guards the supervisor feed)."""
    if not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))
