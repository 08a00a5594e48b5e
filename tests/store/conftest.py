"""Shared helpers for the store tests: settings on a fresh SQLite file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.store.settings import StoreSettings


@pytest.fixture
def settings(tmp_path: Path) -> StoreSettings:
    return StoreSettings(path=tmp_path / "records.sqlite3", timezone="UTC")
