"""Fixtures for the server tests: a real server on port 0 with a temporary state dir."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
# The PulseAudio null-sink helper of the audio tests (a unique module name).
sys.path.insert(0, str(Path(__file__).parents[1] / "audio"))

from server_testkit import TILLS, TOKEN, RecordingActions, make_settings

from assistant.server.app import AssistantServer


@pytest.fixture
def actions() -> RecordingActions:
    return RecordingActions()


@pytest.fixture
async def server(tmp_path: Path, actions: RecordingActions) -> AsyncIterator[AssistantServer]:
    instance = AssistantServer(
        make_settings(tmp_path / "state"), token=TOKEN, tills=TILLS, actions=actions
    )
    await instance.start()
    try:
        yield instance
    finally:
        await instance.close()
