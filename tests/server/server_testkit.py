"""Helpers for the server tests: a real server on port 0, real websocket clients."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from assistant.server.app import AssistantServer
from assistant.server.settings import ServerSettings

TOKEN = "test-supervisor-token"
TILLS = ("till-1", "till-2")


class RecordingActions:
    """Implements ClientActions and remembers every call."""

    def __init__(self) -> None:
        self.acks: list[tuple[str, str]] = []
        self.feedback_calls: list[tuple[str, str]] = []

    def acknowledged(self, till: str, nudge_id: str, epoch_s: float) -> None:
        self.acks.append((till, nudge_id))

    def feedback(self, nudge_id: str, verdict: str, by: str | None, epoch_s: float) -> None:
        self.feedback_calls.append((nudge_id, verdict))


def make_settings(state_dir: Path, **overrides: Any) -> ServerSettings:
    values: dict[str, Any] = {"host": "127.0.0.1", "port": 0, "state_dir": state_dir}
    values.update(overrides)
    return ServerSettings(**values)


def ws_url(server: AssistantServer) -> str:
    return f"ws://127.0.0.1:{server.port}/ws"


async def hello(
    conn: ClientConnection,
    role: str,
    *,
    till: str | None = None,
    token: str | None = None,
    last_seq: int | None = None,
) -> dict[str, Any]:
    await conn.send(
        json.dumps(
            {
                "type": "hello",
                "v": 1,
                "role": role,
                "till": till,
                "token": token,
                "last_seq": last_seq,
            }
        )
    )
    return await recv(conn)


async def recv(conn: ClientConnection, timeout_s: float = 5.0) -> dict[str, Any]:
    import asyncio

    raw = await asyncio.wait_for(conn.recv(), timeout_s)
    data = json.loads(raw)
    assert isinstance(data, dict)
    return data


def nudge_json(nudge_id: str, till: str = "till-1", kind: str = "gossip") -> dict[str, Any]:
    return {
        "id": nudge_id,
        "kind": kind,
        "conversation": "c1",
        "at": 12.5,
        "message": "Keep it about the customer",
        "severity": "warning",
        "rule": "gossip.third_party",
        "till": till,
        "evidence": [{"start": 10.0, "end": 12.5, "speaker": "cashier", "text": "he drinks"}],
    }


ConnectFactory = Callable[..., Any]
__all__ = ["TILLS", "TOKEN", "connect", "hello", "make_settings", "nudge_json", "recv", "ws_url"]


# -- a scripted recogniser (implements assistant.asr's RecognizerFactory) -------------

GOSSIP_SCRIPT: tuple[tuple[float, float, str, str], ...] = (
    (1.0, 2.5, "cashier", "hiya is that everything for you"),
    (3.0, 4.5, "customer", "yes just the milk and the paper please"),
    (5.0, 6.5, "cashier", "did you see the old chap who was in before you"),
    (7.0, 7.8, "customer", "not really no"),
    (
        8.5,
        12.0,
        "cashier",
        "he buys three bottles of whisky every morning and between you and me "
        "his wife threw him out last week because of his drinking",
    ),
    (12.8, 14.0, "customer", "oh right well that is his business"),
)


class ScriptedRecognizer:
    """Emits the scripted utterances once the audio has passed their end (mono source)."""

    def __init__(self, script: tuple[tuple[float, float, str, str], ...], speaker: str | None):
        self.pending = list(script)
        self.speaker = speaker

    def accept(self, chunk: Any) -> list[Any]:
        from assistant.events import Utterance

        out = []
        now = chunk.start_s + chunk.duration_s
        while self.pending and self.pending[0][1] + 0.3 <= now:
            start, end, role, text = self.pending.pop(0)
            out.append(Utterance(start_s=start, end_s=end, text=text, speaker=role))
        return out

    def flush(self) -> list[Any]:
        from assistant.events import Utterance

        out = [Utterance(start_s=s, end_s=e, text=t, speaker=r) for s, e, r, t in self.pending]
        self.pending = []
        return out


class ScriptedFactory:
    """A RecognizerFactory whose recognisers 'hear' a fixed script (fast, deterministic)."""

    name = "scripted"
    model_description = "test script"

    def __init__(self, script: tuple[tuple[float, float, str, str], ...] = GOSSIP_SCRIPT):
        self.script = script

    def create(self, speaker: str | None = None) -> ScriptedRecognizer:
        return ScriptedRecognizer(self.script, speaker)


def write_silence(path: Any, seconds: float) -> Any:
    """A real WAV file of near-silence (the scripted recogniser does the 'hearing')."""
    import numpy as np
    import soundfile

    rng = np.random.default_rng(0)
    samples = (rng.standard_normal(int(seconds * 16000)) * 30).astype(np.int16)
    soundfile.write(path, samples, 16000, subtype="PCM_16")
    return path
