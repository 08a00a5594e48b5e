"""Settings of the record store, retention and shift summaries (built once at start-up)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import ConfigError

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def parse_clock(text: str, *, field_name: str) -> int:
    """Minutes after midnight of a ``"HH:MM"`` wall-clock time."""
    match = _CLOCK.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ConfigError("config-invalid", f"{field_name}: {text!r} is not a HH:MM time")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise ConfigError("config-invalid", f"{field_name}: {text!r} is not a HH:MM time")
    return hours * 60 + minutes


@dataclass(frozen=True, slots=True)
class ShiftSpec:
    """A named daily shift in local time; it may run past midnight (22:00–06:00)."""

    name: str
    start_minute: int
    """Minutes after local midnight when the shift starts."""
    end_minute: int
    """Minutes after local midnight when it ends (≤ start means the next day)."""

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_\-]{1,32}", self.name):
            raise ConfigError(
                "config-invalid",
                f"store.shifts: name {self.name!r} must be 1-32 letters, digits, - or _",
            )
        for value in (self.start_minute, self.end_minute):
            if not 0 <= value <= 24 * 60:
                raise ConfigError("config-invalid", f"store.shifts.{self.name}: time out of range")
        if self.start_minute % (24 * 60) == self.end_minute % (24 * 60):
            raise ConfigError("config-invalid", f"store.shifts.{self.name}: start equals end")

    @classmethod
    def parse(cls, name: str, start: str, end: str) -> ShiftSpec:
        """Build from ``"HH:MM"`` strings."""
        return cls(
            name,
            parse_clock(start, field_name=f"store.shifts.{name}.start"),
            parse_clock(end, field_name=f"store.shifts.{name}.end"),
        )

    @property
    def duration_minutes(self) -> int:
        return (self.end_minute - self.start_minute) % (24 * 60) or 24 * 60

    def label(self) -> str:
        start, end = self.start_minute, self.end_minute % (24 * 60)
        return f"{self.name} {start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"


DEFAULT_SHIFTS: tuple[ShiftSpec, ...] = (
    ShiftSpec("early", 6 * 60, 14 * 60),
    ShiftSpec("late", 14 * 60, 22 * 60),
)


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """Where records are kept, for how long, and how shifts are cut. See ``docs/store.md``."""

    path: Path
    """SQLite database file (created on first start)."""
    keep_transcripts: bool = False
    """Also keep redacted utterance texts; off by default (only counts are kept)."""
    retention_days: int = 30
    """Records older than this are deleted at start and every hour."""
    shifts: tuple[ShiftSpec, ...] = DEFAULT_SHIFTS
    """Daily shifts in local time; summaries are cut at their ends."""
    summaries_dir: Path | None = None
    """Folder for the automatic end-of-shift summaries; ``None`` = next to the database."""
    timezone: str | None = None
    """IANA zone for shift times and reports (``"Europe/London"``); ``None`` = the system's."""
    queue_size: int = 50_000
    """Events waiting for the writer thread; on overflow new events are dropped and counted."""
    commit_interval_s: float = 0.5
    """Longest time an event waits in memory before it is committed."""
    comparison_days: int = 7
    """How many previous same-name shifts a report compares against."""

    def __post_init__(self) -> None:
        if not isinstance(self.path, Path):
            raise ConfigError("config-invalid", "store.path: must be a file path")
        if self.retention_days < 1:
            raise ConfigError("config-invalid", "store.retention_days: at least 1")
        if not self.shifts:
            raise ConfigError("config-invalid", "store.shifts: configure at least one shift")
        names = [shift.name for shift in self.shifts]
        if len(set(names)) != len(names):
            raise ConfigError("config-invalid", "store.shifts: shift names must be unique")
        if self.queue_size < 100:
            raise ConfigError("config-invalid", "store.queue_size: at least 100")
        if not 0.05 <= self.commit_interval_s <= 1.0:
            raise ConfigError(
                "config-invalid", "store.commit_interval_s: between 0.05 and 1 second"
            )
        if not 0 <= self.comparison_days <= 60:
            raise ConfigError("config-invalid", "store.comparison_days: between 0 and 60")
        if self.timezone is not None:
            try:
                ZoneInfo(self.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ConfigError(
                    "config-invalid", f"store.timezone: unknown time zone {self.timezone!r}"
                ) from None

    def zone(self) -> tzinfo | None:
        """The configured zone, or ``None`` for the system's local time."""
        return ZoneInfo(self.timezone) if self.timezone else None

    @property
    def summaries_path(self) -> Path:
        """Where shift summaries go (``summaries_dir`` or ``<db folder>/summaries``)."""
        return self.summaries_dir or self.path.parent / "summaries"

    def shift(self, name: str) -> ShiftSpec:
        for shift in self.shifts:
            if shift.name == name:
                return shift
        known = ", ".join(s.name for s in self.shifts)
        raise ConfigError("unknown-shift", f"unknown shift {name!r}; configured shifts: {known}")

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any], *, base_dir: Path) -> StoreSettings:
        """Build from a ``[store]`` TOML table; relative paths are taken from ``base_dir``.

        ``shifts`` is a table of ``name = ["HH:MM", "HH:MM"]``.
        """
        known = {
            "path",
            "keep_transcripts",
            "retention_days",
            "shifts",
            "summaries_dir",
            "timezone",
            "queue_size",
            "commit_interval_s",
            "comparison_days",
        }
        unknown = sorted(set(table) - known)
        if unknown:
            raise ConfigError("config-invalid", f"store: unknown setting(s) {', '.join(unknown)}")
        kwargs: dict[str, Any] = {}
        path = table.get("path", "records.sqlite3")
        if not isinstance(path, str):
            raise ConfigError("config-invalid", "store.path: must be a string")
        kwargs["path"] = (base_dir / path).resolve()
        if "summaries_dir" in table:
            if not isinstance(table["summaries_dir"], str):
                raise ConfigError("config-invalid", "store.summaries_dir: must be a string")
            kwargs["summaries_dir"] = (base_dir / table["summaries_dir"]).resolve()
        for name, kind in (
            ("keep_transcripts", bool),
            ("retention_days", int),
            ("timezone", str),
            ("queue_size", int),
            ("commit_interval_s", (int, float)),
            ("comparison_days", int),
        ):
            if name in table:
                value = table[name]
                if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                    raise ConfigError("config-invalid", f"store.{name}: wrong type {value!r}")
                kwargs[name] = value
        if "shifts" in table:
            shifts_table = table["shifts"]
            if not isinstance(shifts_table, Mapping):
                raise ConfigError("config-invalid", "store.shifts: must be a table")
            shifts = []
            for name, span in shifts_table.items():
                if not (isinstance(span, list | tuple) and len(span) == 2):
                    raise ConfigError(
                        "config-invalid", f'store.shifts.{name}: use ["HH:MM", "HH:MM"]'
                    )
                shifts.append(ShiftSpec.parse(str(name), span[0], span[1]))
            kwargs["shifts"] = tuple(shifts)
        return cls(**kwargs)
