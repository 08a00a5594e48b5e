"""The hub: the live picture of every till, as a numbered event log, with no I/O.

Durable events (a nudge shown, cleared, or judged by a supervisor) get monotonically
increasing sequence numbers so a client that reconnects can say what it saw last and
receive what it missed. Till status is ephemeral (latest value per till, no number).
The I/O layer (:mod:`assistant.server.app`) persists events and fans them out.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.server.protocol import (
    NUDGE,
    NUDGE_CLEARED,
    NUDGE_FEEDBACK,
    PROTOCOL_VERSION,
    SNAPSHOT,
    TILL_STATUS,
    Role,
)

#: Event types that are numbered, logged and replayed on resume.
DURABLE_TYPES = (NUDGE, NUDGE_CLEARED, NUDGE_FEEDBACK)


@dataclass(frozen=True, slots=True)
class HubEvent:
    """One numbered event; ``data`` holds the type-specific fields of its message."""

    seq: int
    type: str
    till: str
    epoch_s: float
    data: dict[str, Any] = field(default_factory=dict)

    def to_message(self) -> dict[str, Any]:
        """The websocket message for this event."""
        return {
            "type": self.type,
            "v": PROTOCOL_VERSION,
            "seq": self.seq,
            "till": self.till,
            "epoch_s": round(self.epoch_s, 3),
            **self.data,
        }

    def to_record(self) -> dict[str, Any]:
        """The line stored in the event log file."""
        return {
            "seq": self.seq,
            "type": self.type,
            "till": self.till,
            "epoch_s": self.epoch_s,
            "data": self.data,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> HubEvent:
        """Rebuild an event from :meth:`to_record` output; raises on malformed records."""
        seq = record["seq"]
        kind = record["type"]
        till = record["till"]
        epoch_s = record["epoch_s"]
        data = record.get("data", {})
        if not (isinstance(seq, int) and seq > 0 and kind in DURABLE_TYPES):
            raise ValueError("bad event record")
        if not (isinstance(till, str) and isinstance(epoch_s, int | float)):
            raise ValueError("bad event record")
        if not isinstance(data, dict):
            raise ValueError("bad event record")
        return cls(seq=seq, type=kind, till=till, epoch_s=float(epoch_s), data=data)


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: a supervisor sees every till, a till display only its own."""

    role: Role
    till: str | None = None

    def sees(self, event: HubEvent) -> bool:
        if self.role == "supervisor":
            return True
        return event.type != NUDGE_FEEDBACK and event.till == self.till


@dataclass(slots=True)
class _NudgeView:
    """What supervisors see of one recent nudge (redacted JSON plus its fate)."""

    nudge: dict[str, Any]
    shown_epoch_s: float
    cleared: str | None = None
    feedback: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.nudge,
            "shown_epoch_s": round(self.shown_epoch_s, 3),
            "cleared": self.cleared,
            "feedback": self.feedback,
        }


class Hub:
    """Event log, current nudge per till, till status, snapshots. Not thread-safe, no I/O."""

    def __init__(
        self,
        *,
        tills: Sequence[str] | None = None,
        max_events: int = 2000,
        recent_nudges: int = 200,
        display_s: float = 30.0,
    ) -> None:
        """``tills=None`` accepts any till id (tests); otherwise only the configured ones."""
        self.tills: tuple[str, ...] | None = tuple(tills) if tills is not None else None
        self.display_s = display_s
        self._events: deque[HubEvent] = deque(maxlen=max_events)
        self._head_seq = 0
        self._current: dict[str, dict[str, Any]] = {}
        self._current_since: dict[str, float] = {}
        self._nudges: OrderedDict[str, _NudgeView] = OrderedDict()
        self._recent_nudges = recent_nudges
        self._status: dict[str, dict[str, Any]] = {}

    # -- state ------------------------------------------------------------------------

    @property
    def head_seq(self) -> int:
        """Sequence number of the newest event (0 when there is none)."""
        return self._head_seq

    def knows_till(self, till: str) -> bool:
        return self.tills is None or till in self.tills

    def nudge(self, nudge_id: str) -> dict[str, Any] | None:
        """The redacted JSON of a recent nudge, or ``None`` when unknown."""
        view = self._nudges.get(nudge_id)
        return view.to_json() if view else None

    def current_nudge(self, till: str) -> dict[str, Any] | None:
        return self._current.get(till)

    def events(self) -> list[HubEvent]:
        return list(self._events)

    # -- durable events ---------------------------------------------------------------

    def load(self, events: Iterable[HubEvent]) -> None:
        """Rebuild the state from a persisted log (oldest first, e.g. after a restart)."""
        for event in events:
            if event.seq <= self._head_seq:
                continue
            self._apply(event)

    def publish_nudge(self, nudge: dict[str, Any], *, epoch_s: float) -> HubEvent:
        """Show a (redacted) nudge on its till; it replaces any nudge showing there."""
        till = nudge.get("till")
        if not isinstance(till, str) or not isinstance(nudge.get("id"), str):
            raise ValueError("a published nudge needs 'id' and 'till'")
        return self._new(NUDGE, till, epoch_s, {"nudge": nudge})

    def acknowledge(self, till: str, nudge_id: str, *, epoch_s: float) -> HubEvent | None:
        """The till's cashier tapped the nudge; ``None`` if it is not this till's or done."""
        view = self._nudges.get(nudge_id)
        if view is None or view.nudge.get("till") != till or view.cleared == "acknowledged":
            return None
        return self._new(
            NUDGE_CLEARED, till, epoch_s, {"nudge_id": nudge_id, "reason": "acknowledged"}
        )

    def feedback(
        self, nudge_id: str, verdict: str, *, by: str | None, epoch_s: float
    ) -> HubEvent | None:
        """Record a supervisor's verdict; ``None`` for an unknown nudge or no change."""
        view = self._nudges.get(nudge_id)
        if view is None or view.feedback == verdict:
            return None
        till = str(view.nudge.get("till"))
        return self._new(
            NUDGE_FEEDBACK, till, epoch_s, {"nudge_id": nudge_id, "verdict": verdict, "by": by}
        )

    def expire(self, now_epoch_s: float) -> list[HubEvent]:
        """Clear nudges that have been showing longer than ``display_s``."""
        expired = [
            (till, nudge)
            for till, nudge in self._current.items()
            if now_epoch_s - self._current_since[till] >= self.display_s
        ]
        return [
            self._new(NUDGE_CLEARED, till, now_epoch_s, {"nudge_id": n["id"], "reason": "expired"})
            for till, n in expired
        ]

    def _new(self, kind: str, till: str, epoch_s: float, data: dict[str, Any]) -> HubEvent:
        event = HubEvent(seq=self._head_seq + 1, type=kind, till=till, epoch_s=epoch_s, data=data)
        self._apply(event)
        return event

    def _apply(self, event: HubEvent) -> None:
        self._head_seq = event.seq
        self._events.append(event)
        if event.type == NUDGE:
            nudge = event.data["nudge"]
            previous = self._current.get(event.till)
            if previous is not None and previous["id"] in self._nudges:
                self._nudges[previous["id"]].cleared = "replaced"
            self._current[event.till] = nudge
            self._current_since[event.till] = event.epoch_s
            self._nudges[nudge["id"]] = _NudgeView(nudge=nudge, shown_epoch_s=event.epoch_s)
            while len(self._nudges) > self._recent_nudges:
                self._nudges.popitem(last=False)
        elif event.type == NUDGE_CLEARED:
            nudge_id = event.data.get("nudge_id")
            current = self._current.get(event.till)
            if current is not None and current["id"] == nudge_id:
                del self._current[event.till]
                del self._current_since[event.till]
            view = self._nudges.get(str(nudge_id))
            if view is not None:
                view.cleared = str(event.data.get("reason"))
        elif event.type == NUDGE_FEEDBACK:
            view = self._nudges.get(str(event.data.get("nudge_id")))
            if view is not None:
                view.feedback = str(event.data.get("verdict"))

    # -- ephemeral status -------------------------------------------------------------

    def update_status(self, till: str, status: dict[str, Any]) -> dict[str, Any]:
        """Keep the latest status of a till; returns its ``till_status`` message."""
        message = {"type": TILL_STATUS, "v": PROTOCOL_VERSION, "till": till, **status}
        self._status[till] = message
        return message

    # -- what a client gets -----------------------------------------------------------

    def snapshot(self, viewer: Viewer) -> dict[str, Any]:
        """The whole picture a client needs on connect, as a ``snapshot`` message."""
        message: dict[str, Any] = {
            "type": SNAPSHOT,
            "v": PROTOCOL_VERSION,
            "seq": self._head_seq,
            "role": viewer.role,
            "display_s": self.display_s,
        }
        if viewer.role == "till":
            assert viewer.till is not None
            message["till"] = viewer.till
            message["nudge"] = self._current.get(viewer.till)
            message["nudge_shown_epoch_s"] = self._current_since.get(viewer.till)
            message["status"] = self._status.get(viewer.till)
            return message
        known = set(self._status) | set(self._current)
        if self.tills is not None:
            known |= set(self.tills)
        message["tills"] = sorted(known)
        message["current"] = dict(self._current)
        message["nudges"] = [view.to_json() for view in self._nudges.values()]
        message["statuses"] = dict(self._status)
        return message

    def missed(self, viewer: Viewer, last_seq: int) -> tuple[list[HubEvent], bool]:
        """Events after ``last_seq`` this viewer may see, and whether nothing is missing.

        ``complete`` is False when the log no longer reaches back that far or was reset
        (``last_seq`` ahead of the head): the client must rely on the snapshot.
        """
        if last_seq > self._head_seq:
            return [], False
        oldest = self._events[0].seq if self._events else self._head_seq + 1
        complete = last_seq + 1 >= oldest
        return [e for e in self._events if e.seq > last_seq and viewer.sees(e)], complete
