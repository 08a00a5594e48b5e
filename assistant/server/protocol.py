"""The websocket protocol: message types, version and validation of what clients send.

Pure: no I/O. Every message is a JSON object with ``type`` and ``v`` (the protocol
version). See ``docs/protocol.md`` for the full description.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

#: Protocol version carried in every message as ``v``.
PROTOCOL_VERSION = 1

Role = Literal["till", "supervisor"]
Verdict = Literal["up", "down"]

#: Server → client message types.
SNAPSHOT = "snapshot"
NUDGE = "nudge"
NUDGE_CLEARED = "nudge_cleared"
NUDGE_FEEDBACK = "nudge_feedback"
TILL_STATUS = "till_status"
ERROR = "error"

#: Longest id or till name a client may send (keeps logs and lookups small).
MAX_ID_CHARS = 128


@dataclass(frozen=True, slots=True)
class Hello:
    """First message of every connection: who the client is and what it saw last."""

    role: Role
    till: str | None
    token: str | None
    last_seq: int | None


@dataclass(frozen=True, slots=True)
class Ack:
    """The cashier tapped the nudge on the till display."""

    nudge_id: str


@dataclass(frozen=True, slots=True)
class Feedback:
    """A supervisor's thumbs up or down on a nudge."""

    nudge_id: str
    verdict: Verdict


ClientMessage = Hello | Ack | Feedback


class ProtocolViolation(ValueError):
    """A client message that is not valid JSON or not a known, well-formed message."""


def _short_string(data: dict[str, Any], key: str, *, required: bool) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise ProtocolViolation(f"missing field {key!r}")
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_ID_CHARS:
        raise ProtocolViolation(f"field {key!r} must be a non-empty string ≤ {MAX_ID_CHARS}")
    return value


def parse_client_message(raw: str | bytes) -> ClientMessage:
    """Validate one message from a client; raise :class:`ProtocolViolation` when it is bad."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ProtocolViolation("message is not UTF-8") from error
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ProtocolViolation("message is not JSON") from error
    if not isinstance(data, dict):
        raise ProtocolViolation("message is not a JSON object")
    version = data.get("v")
    if version != PROTOCOL_VERSION:
        raise ProtocolViolation(f"unsupported protocol version {version!r}")
    kind = data.get("type")
    if kind == "hello":
        role = data.get("role")
        if role not in ("till", "supervisor"):
            raise ProtocolViolation("field 'role' must be 'till' or 'supervisor'")
        till = _short_string(data, "till", required=role == "till")
        token = _short_string(data, "token", required=False)
        last_seq = data.get("last_seq")
        if last_seq is not None and (
            not isinstance(last_seq, int) or isinstance(last_seq, bool) or last_seq < 0
        ):
            raise ProtocolViolation("field 'last_seq' must be a non-negative integer or null")
        return Hello(role=role, till=till, token=token, last_seq=last_seq)
    if kind == "ack":
        nudge_id = _short_string(data, "nudge_id", required=True)
        assert nudge_id is not None
        return Ack(nudge_id=nudge_id)
    if kind == "feedback":
        nudge_id = _short_string(data, "nudge_id", required=True)
        assert nudge_id is not None
        verdict = data.get("verdict")
        if verdict not in ("up", "down"):
            raise ProtocolViolation("field 'verdict' must be 'up' or 'down'")
        return Feedback(nudge_id=nudge_id, verdict=verdict)
    raise ProtocolViolation(f"unknown message type {kind!r}")


def encode(message: dict[str, Any]) -> str:
    """Serialise a server message compactly (the version is added when missing)."""
    if "v" not in message:
        message = {**message, "v": PROTOCOL_VERSION}
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False)


def error_message(code: str, message: str) -> dict[str, Any]:
    """An ``error`` message telling the client why it is being turned away."""
    return {"type": ERROR, "v": PROTOCOL_VERSION, "code": code, "message": message}
