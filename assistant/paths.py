"""Where the package finds its bundled files (web pages, demo recording, default models dir)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def web_dir() -> Path:
    """Folder holding the till display and supervisor pages.

    In a source checkout this is the top-level ``web/``; in an installed package it is
    ``assistant/web`` (see ``package-dir`` in ``pyproject.toml``).
    """
    source = _SOURCE_ROOT / "web"
    if (source / "__init__.py").exists() or (source / "till.html").exists():
        return source
    return _PACKAGE_DIR / "web"


def data_dir() -> Path:
    """Bundled data files (the demo recording and its transcript)."""
    return _PACKAGE_DIR / "data"


def default_models_dir() -> Path:
    """The project's ``models/`` folder in a checkout, else ``~/.local/share/assistant/models``."""
    source = _SOURCE_ROOT / "models"
    if source.is_dir():
        return source
    return Path.home() / ".local" / "share" / "assistant" / "models"
