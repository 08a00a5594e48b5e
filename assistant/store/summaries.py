"""End-of-shift summaries: written automatically as HTML + JSON, listed for supervisors.

:func:`run_shift_summaries` runs for the life of ``assistant run``: a little after
each configured shift ends (``grace_s``, so conversations still open at the end are
closed and committed) it builds that shift's report and writes
``<summaries_dir>/<YYYY-MM-DD>_<shift>.html`` and ``.json``. On start it also writes
any summary missing for shifts that ended in the last day (e.g. the PC was off at the
end of the shift). :class:`SummaryArchive` serves them to the supervisor page.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.report.render import render_html, report_dict
from assistant.report.shifts import Window, finished_shifts
from assistant.store.db import Store
from assistant.store.reporting import load_report
from assistant.store.settings import StoreSettings

log = logging.getLogger(__name__)

_ID = re.compile(r"\d{4}-\d{2}-\d{2}_[A-Za-z0-9_\-]{1,32}")
CATCH_UP_S = 86400.0


@dataclass(frozen=True, slots=True)
class SummaryInfo:
    """One written shift summary."""

    id: str
    """``"2026-11-20_early"`` — also the file stem."""
    label: str
    shift: str | None
    start_epoch_s: float
    end_epoch_s: float
    conversations: int
    nudges: int
    html_path: Path
    json_path: Path

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "shift": self.shift,
            "start_epoch_s": self.start_epoch_s,
            "end_epoch_s": self.end_epoch_s,
            "conversations": self.conversations,
            "nudges": self.nudges,
            "url": f"/summaries/{self.id}",
        }


def summary_id(window: Window) -> str:
    day = window.day.isoformat() if window.day else "window"
    return f"{day}_{window.shift or 'day'}"


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_summary(settings: StoreSettings, window: Window, *, now: float) -> SummaryInfo:
    """Build the report of ``window`` (all tills) and write its HTML and JSON files."""
    store = Store.open(settings.path, create=True)
    try:
        report = load_report(
            store,
            window,
            zone=settings.zone(),
            timezone_name=settings.timezone,
            comparison_days=settings.comparison_days,
            generated_epoch_s=now,
        )
    finally:
        store.close()
    folder = settings.summaries_path
    folder.mkdir(parents=True, exist_ok=True)
    stem = summary_id(window)
    html_path, json_path = folder / f"{stem}.html", folder / f"{stem}.json"
    _write_atomically(html_path, render_html(report))
    data = report_dict(report)
    data["summary_id"] = stem
    # JSON last: its presence marks a complete summary for list_summaries().
    _write_atomically(json_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    log.info(
        "shift summary %s written: %d conversations, %d nudges",
        stem,
        report.total.conversations,
        report.total.nudges,
    )
    return SummaryInfo(
        stem,
        window.label,
        window.shift,
        window.start_epoch_s,
        window.end_epoch_s,
        report.total.conversations,
        report.total.nudges,
        html_path,
        json_path,
    )


def list_summaries(settings: StoreSettings) -> list[SummaryInfo]:
    """Written summaries, newest first (unreadable files are logged and skipped)."""
    folder = settings.summaries_path
    if not folder.is_dir():
        return []
    found = []
    for json_path in folder.glob("*.json"):
        if not _ID.fullmatch(json_path.stem):
            continue
        html_path = json_path.with_suffix(".html")
        try:
            data = json.loads(json_path.read_text(encoding="utf-8"))
            window = data["window"]
            info = SummaryInfo(
                json_path.stem,
                str(window["label"]),
                window.get("shift"),
                float(window["start_epoch_s"]),
                float(window["end_epoch_s"]),
                int(data["total"]["conversations"]),
                int(data["total"]["nudges"]),
                html_path,
                json_path,
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("skipping unreadable summary %s: %s", json_path, error)
            continue
        if html_path.exists():
            found.append(info)
    return sorted(found, key=lambda s: s.end_epoch_s, reverse=True)


class SummaryArchive:
    """The supervisor page's view of the summaries (``list()`` and ``html(id)``)."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings

    def list(self) -> list[dict[str, Any]]:
        return [info.to_json() for info in list_summaries(self.settings)]

    def html(self, summary_id: str) -> bytes | None:
        if not _ID.fullmatch(summary_id):
            return None
        path = self.settings.summaries_path / f"{summary_id}.html"
        try:
            return path.read_bytes()
        except OSError:
            return None


async def run_shift_summaries(
    settings: StoreSettings,
    *,
    stop: asyncio.Event,
    now: Callable[[], float] = time.time,
    grace_s: float = 120.0,
    poll_s: float = 30.0,
) -> None:
    """Write each shift's summary ``grace_s`` after it ends, until ``stop`` is set.

    Database or disk errors are logged and retried at the next poll; they never end
    the task.
    """
    done: set[str] = {info.id for info in list_summaries(settings)}
    checked_until = now() - grace_s - CATCH_UP_S
    while not stop.is_set():
        horizon = now() - grace_s
        if horizon > checked_until:
            windows = finished_shifts(checked_until, horizon, settings.shifts, settings.zone())
            failed = False
            for window in windows:
                stem = summary_id(window)
                if stem in done:
                    continue
                try:
                    await asyncio.to_thread(write_summary, settings, window, now=now())
                except (AssistantError, OSError) as error:
                    log.error("shift summary %s failed (will retry): %s", stem, error)
                    failed = True
                    break
                done.add(stem)
            if not failed:
                checked_until = horizon
        try:
            await asyncio.wait_for(stop.wait(), timeout=poll_s)
        except TimeoutError:
            continue
