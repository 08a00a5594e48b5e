"""The hub's event log on disk: an append-only JSONL file, bounded by age and count.

Holds only what the displays were sent (already redacted nudges, clears, feedback),
never audio or transcripts, so that no nudge is lost over a server restart.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from assistant.server.hub import HubEvent

log = logging.getLogger(__name__)


class EventLog:
    """Append events as JSON lines; on open, keep the newest ``max_events`` younger than
    ``max_age_s`` and rewrite the file so it never grows without bound."""

    def __init__(
        self, path: Path, *, max_events: int = 2000, max_age_s: float = 7 * 86400.0
    ) -> None:
        self.path = path
        self.max_events = max_events
        self.max_age_s = max_age_s
        self._lines_written = 0

    def open(self, now_epoch_s: float) -> list[HubEvent]:
        """Read the surviving events (oldest first), compact the file, open it to append."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        events: list[HubEvent] = []
        if self.path.exists():
            with self.path.open("r", encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        events.append(HubEvent.from_record(json.loads(line)))
                    except (ValueError, KeyError, TypeError):
                        # A torn last line after a crash, or a hand edit: skip, keep the rest.
                        log.warning("event log %s: skipping bad line %d", self.path, number)
        events.sort(key=lambda e: e.seq)
        events = [e for e in events if now_epoch_s - e.epoch_s <= self.max_age_s]
        events = events[-self.max_events :]
        self._rewrite(events)
        return events

    def _rewrite(self, events: list[HubEvent]) -> None:
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            for event in events:
                handle.write(json.dumps(event.to_record(), separators=(",", ":")) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)
        self._lines_written = len(events)

    def append(self, event: HubEvent) -> None:
        """Write one event through to the operating system before it is sent to anyone.

        Flushed, not fsync'd: that survives a crash or restart of this process (what
        resume needs) without a disk sync in the middle of every fan-out; a power cut
        can lose the last few seconds of the log.
        """
        line = json.dumps(event.to_record(), separators=(",", ":")) + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
        self._lines_written += 1

    def needs_compaction(self) -> bool:
        return self._lines_written > 2 * self.max_events

    def compact(self, events: list[HubEvent]) -> None:
        """Rewrite the file with just ``events`` (the hub's retained window)."""
        self._rewrite(events[-self.max_events :])
