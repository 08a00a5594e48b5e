"""Shift windows in local time, including across midnight and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from assistant.report.shifts import finished_shifts, previous_windows, shift_window
from assistant.store.settings import ShiftSpec

LONDON = ZoneInfo("Europe/London")
EARLY = ShiftSpec("early", 6 * 60, 14 * 60)
NIGHT = ShiftSpec("night", 22 * 60, 6 * 60)


def utc(*parts: int) -> float:
    return datetime(*parts, tzinfo=UTC).timestamp()  # type: ignore[misc]


def test_shift_in_summer_time_is_an_hour_earlier_in_utc() -> None:
    window = shift_window(date(2026, 7, 1), EARLY, LONDON)
    assert window.start_epoch_s == utc(2026, 7, 1, 5, 0)
    assert window.end_epoch_s == utc(2026, 7, 1, 13, 0)
    assert window.label == "2026-07-01 early 06:00–14:00" and window.shift == "early"


def test_night_shift_crosses_midnight_and_the_clock_change() -> None:
    # Clocks go forward at 01:00 UTC on 2026-03-29: that night shift is 7 hours long.
    window = shift_window(date(2026, 3, 28), NIGHT, LONDON)
    assert window.start_epoch_s == utc(2026, 3, 28, 22, 0)
    assert window.end_epoch_s == utc(2026, 3, 29, 5, 0)


def test_previous_windows_keep_local_wall_clock_times_across_dst() -> None:
    window = shift_window(date(2026, 3, 30), EARLY, LONDON)  # first day of summer time
    before = previous_windows(window, 3, LONDON)
    assert [w.day for w in before] == [date(2026, 3, 29), date(2026, 3, 28), date(2026, 3, 27)]
    assert before[0].start_epoch_s == utc(2026, 3, 29, 5, 0)  # 06:00 BST
    assert before[1].start_epoch_s == utc(2026, 3, 28, 6, 0)  # 06:00 GMT


def test_finished_shifts_between_two_moments() -> None:
    shifts = (EARLY, ShiftSpec("late", 14 * 60, 22 * 60))
    found = finished_shifts(utc(2026, 11, 20, 13, 0), utc(2026, 11, 21, 14, 0), shifts, UTC)
    assert [(w.day, w.shift) for w in found] == [
        (date(2026, 11, 20), "early"),
        (date(2026, 11, 20), "late"),
        (date(2026, 11, 21), "early"),
    ]
    assert finished_shifts(utc(2026, 11, 20, 14, 0), utc(2026, 11, 20, 21, 59), shifts, UTC) == []
