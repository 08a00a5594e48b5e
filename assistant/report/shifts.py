"""Report windows: shifts and days in local time turned into UTC epoch ranges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from assistant.store.settings import ShiftSpec


@dataclass(frozen=True, slots=True)
class Window:
    """A half-open time range ``[start, end)`` a report covers."""

    start_epoch_s: float
    end_epoch_s: float
    label: str
    """Human label, e.g. ``"2026-11-20 early 06:00–14:00"``."""
    shift: str | None = None
    """Shift name when the window is one configured shift."""
    day: date | None = None
    """Local day the window starts on (when it is a day or a shift)."""


def local_datetime(epoch_s: float, zone: tzinfo | None) -> datetime:
    """Aware local time of an epoch (``zone=None``: the system's zone, DST-correct)."""
    if zone is None:
        return datetime.fromtimestamp(epoch_s).astimezone()
    return datetime.fromtimestamp(epoch_s, zone)


def local_epoch(day: date, minute: int, zone: tzinfo | None) -> float:
    """Epoch of ``minute`` minutes after local midnight of ``day``."""
    moment = datetime.combine(day, time()) + timedelta(minutes=minute)
    if zone is None:
        return moment.timestamp()  # naive = system local time
    return moment.replace(tzinfo=zone).timestamp()


def shift_window(day: date, shift: ShiftSpec, zone: tzinfo | None) -> Window:
    """The shift starting on local ``day`` (ending the next day if it crosses midnight)."""
    start = local_epoch(day, shift.start_minute, zone)
    end_day = day if shift.end_minute > shift.start_minute else day + timedelta(days=1)
    end = local_epoch(end_day, shift.end_minute, zone)
    return Window(start, end, f"{day.isoformat()} {shift.label()}", shift.name, day)


def day_window(day: date, zone: tzinfo | None) -> Window:
    """The whole local day."""
    return Window(
        local_epoch(day, 0, zone),
        local_epoch(day + timedelta(days=1), 0, zone),
        day.isoformat(),
        None,
        day,
    )


def previous_windows(window: Window, days: int, zone: tzinfo | None) -> list[Window]:
    """The same window on each of the ``days`` previous days (most recent first).

    Local wall-clock times are kept across DST changes.
    """
    start = local_datetime(window.start_epoch_s, zone)
    end = local_datetime(window.end_epoch_s, zone)
    windows = []
    for back in range(1, days + 1):
        s = start.replace(tzinfo=None) - timedelta(days=back)
        e = end.replace(tzinfo=None) - timedelta(days=back)
        s_epoch = s.timestamp() if zone is None else s.replace(tzinfo=zone).timestamp()
        e_epoch = e.timestamp() if zone is None else e.replace(tzinfo=zone).timestamp()
        label = f"{s.date().isoformat()}"
        if window.shift:
            label += f" {window.shift}"
        windows.append(Window(s_epoch, e_epoch, label, window.shift, s.date()))
    return windows


def finished_shifts(
    after_epoch_s: float, now_epoch_s: float, shifts: tuple[ShiftSpec, ...], zone: tzinfo | None
) -> list[Window]:
    """Shifts that ended in ``(after, now]``, oldest first."""
    first_day = local_datetime(after_epoch_s, zone).date() - timedelta(days=1)
    last_day = local_datetime(now_epoch_s, zone).date()
    found = []
    day = first_day
    while day <= last_day:
        for shift in shifts:
            window = shift_window(day, shift, zone)
            if after_epoch_s < window.end_epoch_s <= now_epoch_s:
                found.append(window)
        day += timedelta(days=1)
    return sorted(found, key=lambda w: w.end_epoch_s)
