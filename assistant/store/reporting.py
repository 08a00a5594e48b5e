"""Glue between the database and the pure report: load the records a window needs."""

from __future__ import annotations

from datetime import tzinfo

from assistant.errors import AssistantError
from assistant.report.build import PreviousRecords, Report, build_report
from assistant.report.shifts import Window, previous_windows
from assistant.store.db import Store


class UnknownTillError(AssistantError):
    """A report was asked for a till the database has never seen."""


def zone_label(zone: tzinfo | None, timezone_name: str | None) -> str:
    return timezone_name or "local"


def load_report(
    store: Store,
    window: Window,
    *,
    zone: tzinfo | None,
    timezone_name: str | None,
    comparison_days: int,
    generated_epoch_s: float,
    till: str | None = None,
) -> Report:
    """Query ``window`` and its previous comparable windows and build the report.

    Raises :class:`UnknownTillError` listing the known tills when ``till`` has no
    records at all.
    """
    if till is not None:
        known = store.tills()
        if till not in known:
            listed = ", ".join(known) if known else "none yet"
            raise UnknownTillError("unknown-till", f"unknown till {till!r}; known tills: {listed}")
    previous: list[PreviousRecords] = [
        (span, store.conversations(span.start_epoch_s, span.end_epoch_s, till),
         store.nudges(span.start_epoch_s, span.end_epoch_s, till))
        for span in previous_windows(window, comparison_days, zone)
    ]  # fmt: skip
    return build_report(
        store.conversations(window.start_epoch_s, window.end_epoch_s, till),
        store.nudges(window.start_epoch_s, window.end_epoch_s, till),
        window=window,
        previous=previous,
        zone=zone,
        zone_name=zone_label(zone, timezone_name),
        generated_epoch_s=generated_epoch_s,
        tills=[till] if till is not None else None,
    )
