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


def start_replay(db: Path) -> tuple[subprocess.Popen[str], Path]:
    errors = db.with_suffix(".stderr")
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.store.replay_check", str(db), "--rate",
             str(RATE_HZ)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == "started", first + errors.read_text()
    return process, errors


def finish(process: subprocess.Popen[str]) -> list[str]:
    """The rest of the replay's output (read through the same buffered reader)."""
    assert process.stdout is not None
    rest = process.stdout.read()  # not communicate(): it would skip what readline buffered
    process.wait(timeout=30)
    return rest.splitlines()


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
    process, errors = start_replay(db)
    run_for(process, 3.0)
    killed_at = time.time()
    process.send_signal(signal.SIGKILL)
    lines = finish(process)
    err = errors.read_text()
    assert process.returncode == -signal.SIGKILL, err
    events = submitted(lines)
    stored = stored_ids(db)
    assert len(events) > 100, err  # a steady pace, not an empty run

    # What is stored is exactly the oldest events, in order (no gaps, nothing invented).
    order = sorted(events, key=lambda e: events[e])
    assert stored <= set(order) | {f"e{len(order):06d}"}
    assert stored == set(order[: len(stored)])
    # Everything submitted more than a second before the kill survived.
    old_enough = {e for e, at in events.items() if at <= killed_at - 1.0}
    missing = old_enough - stored
    lost = [events[e] for e in order if e not in stored]
    assert not missing, (
        f"{len(missing)} of {len(events)} events older than 1 s lost; the oldest lost was "
        f"submitted {killed_at - min(lost):.2f} s before the kill"
    )


@pytest.mark.slow
def test_sigterm_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    process, errors = start_replay(db)
    run_for(process, 2.0)
    process.send_signal(signal.SIGTERM)
    lines = finish(process)
    err = errors.read_text()
    assert process.returncode == 0, err
    assert lines[-1].startswith("closed") and "dropped=0" in lines[-1], (lines[-3:], err)
    events = submitted(lines)
    assert len(events) > 50, err
    stored = stored_ids(db)
    assert stored == set(events), (len(stored), len(events), sorted(set(events) - stored)[:5])
