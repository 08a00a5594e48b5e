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
