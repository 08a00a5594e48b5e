"""End-of-shift summaries are written automatically and listed for the supervisor page."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

from assistant.store.settings import StoreSettings
from assistant.store.summaries import SummaryArchive, list_summaries, run_shift_summaries

EARLY_END = 1795154400.0 + 8 * 3600  # 2026-11-20 14:00 UTC (see conftest)


async def test_summary_is_written_after_the_shift_ends(replay_db: Path, tmp_path: Path) -> None:
    settings = StoreSettings(
        path=replay_db, timezone="UTC", summaries_dir=tmp_path / "summaries",
        retention_days=100_000,
    )  # fmt: skip
    clock = [EARLY_END - 600.0]  # ten minutes before the early shift ends
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_shift_summaries(settings, stop=stop, now=lambda: clock[0], grace_s=60, poll_s=0.02)
    )
    await asyncio.sleep(0.3)
    # Catch-up wrote yesterday's shifts (ended in the last day); not today's early yet.
    ids = [info.id for info in list_summaries(settings)]
    assert "2026-11-20_early" not in ids
    assert "2026-11-19_late" in ids

    clock[0] = EARLY_END + 30.0  # within the grace period: not yet
    await asyncio.sleep(0.2)
    assert "2026-11-20_early" not in [info.id for info in list_summaries(settings)]

    clock[0] = EARLY_END + 61.0
    for _ in range(100):
        await asyncio.sleep(0.05)
        if "2026-11-20_early" in [info.id for info in list_summaries(settings)]:
            break
    stop.set()
    await asyncio.wait_for(task, timeout=5)

    [early] = [info for info in list_summaries(settings) if info.id == "2026-11-20_early"]
    assert early.conversations == 7 and early.nudges == 6 and early.shift == "early"
    data = json.loads(early.json_path.read_text())
    assert [t["conversations"] for t in data["tills"]] == [4, 3]
    archive = SummaryArchive(settings)
    listed = archive.list()
    assert listed[0]["id"] == "2026-11-20_early"  # newest first
    assert listed[0]["url"] == "/summaries/2026-11-20_early"
    page = archive.html("2026-11-20_early")
    assert page is not None and b'id="chart-hours"' in page
    assert archive.html("../../etc/passwd") is None
    assert archive.html("2026-11-20_nope") is None


async def test_summaries_survive_a_database_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    settings = replace(
        StoreSettings(path=broken, timezone="UTC"), summaries_dir=tmp_path / "summaries"
    )
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_shift_summaries(settings, stop=stop, now=lambda: EARLY_END + 3600, poll_s=0.02)
    )
    await asyncio.sleep(0.2)
    assert not task.done()  # logged and retried, never crashed
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    assert list_summaries(settings) == []
