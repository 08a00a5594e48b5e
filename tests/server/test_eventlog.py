"""The event log file: survives restarts, stays bounded, tolerates a torn last line."""

from __future__ import annotations

import json
from pathlib import Path

from server_testkit import nudge_json

from assistant.server.eventlog import EventLog
from assistant.server.hub import Hub


def test_log_is_bounded_by_count_and_age_and_skips_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    hub = Hub(tills=["t1"])
    log = EventLog(path, max_events=5, max_age_s=100.0)
    assert log.open(now_epoch_s=1000.0) == []
    for index in range(8):
        log.append(
            hub.publish_nudge(nudge_json(f"n{index}", till="t1"), epoch_s=850.0 + index * 20)
        )
    with path.open("a") as handle:
        handle.write('{"seq": 9, "type": "nudge", "ti')  # a crash mid-write
    reopened = EventLog(path, max_events=5, max_age_s=100.0)
    events = reopened.open(now_epoch_s=1000.0)
    # Ages: 150, 130, 110, 90, 70, 50, 30, 10 s → the last five are young enough and fit.
    assert [e.seq for e in events] == [4, 5, 6, 7, 8]
    lines = path.read_text().splitlines()
    assert [json.loads(line)["seq"] for line in lines] == [4, 5, 6, 7, 8]
    rebuilt = Hub(tills=["t1"])
    rebuilt.load(events)
    assert rebuilt.head_seq == 8 and rebuilt.current_nudge("t1")["id"] == "n7"  # type: ignore[index]


def test_compaction_keeps_the_newest_window(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    hub = Hub(tills=["t1"], max_events=10)
    log = EventLog(path, max_events=10)
    log.open(now_epoch_s=0.0)
    for index in range(25):
        log.append(hub.publish_nudge(nudge_json(f"n{index}", till="t1"), epoch_s=float(index)))
    assert log.needs_compaction()
    log.compact(hub.events())
    assert len(path.read_text().splitlines()) == 10
    assert not log.needs_compaction()
