"""Durability: SIGKILL mid-shift loses at most the last second; SIGTERM loses nothing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

RATE_HZ = 100.0


def start_replay(db: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.store.replay_check", str(db), "--rate", str(RATE_HZ)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == "started", first + process.stderr.read() if process.stderr else ""
    return process


def submitted(lines: list[str]) -> dict[str, float]:
    """Event id -> epoch it was handed to the writer, from the replay's output."""
    events = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0].startswith("e"):
            events[parts[0]] = float(parts[1])
    return events


def stored_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT id FROM nudges UNION ALL SELECT conversation FROM conversations "
            "UNION ALL SELECT nudge_id FROM acknowledgements "
            "UNION ALL SELECT substr(text, 1, 7) FROM utterances"
        ).fetchall()
    ids = [row[0] for row in rows]
    assert len(ids) == len(set(ids)), "an event was stored twice"
    return set(ids)


def run_for(process: subprocess.Popen[str], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "replay exited early"
        time.sleep(0.05)


@pytest.mark.slow
def test_sigkill_loses_at_most_the_last_second(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    process = start_replay(db)
    run_for(process, 3.0)
    killed_at = time.time()
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    events = submitted(out.splitlines())
    stored = stored_ids(db)
    assert len(events) > 150  # a real shift's worth of pace, not an empty run

    # What is stored is exactly the oldest events, in order (no gaps, nothing invented).
    order = sorted(events, key=lambda e: events[e])
    assert stored <= set(order) | {f"e{len(order):06d}"}
    assert stored == set(order[: len(stored)])
    # Everything submitted more than a second before the kill survived.
    old_enough = {e for e, at in events.items() if at <= killed_at - 1.0}
    missing = old_enough - stored
    assert not missing, f"{len(missing)} events older than 1 s lost, e.g. {sorted(missing)[:3]}"
    lost = [events[e] for e in order if e not in stored]
    if lost:
        assert killed_at - min(lost) <= 1.0


@pytest.mark.slow
def test_sigterm_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    process = start_replay(db)
    run_for(process, 2.0)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    lines = out.splitlines()
    assert lines[-1].startswith("closed") and "dropped=0" in lines[-1]
    events = submitted(lines)
    assert len(events) > 100
    assert stored_ids(db) == set(events)
