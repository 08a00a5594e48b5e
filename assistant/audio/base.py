"""What every audio source offers: the AudioSource protocol, its status and device records."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Literal, Protocol

from assistant.events import AudioChunk

SourceState = Literal["starting", "listening", "reconnecting", "ended", "failed"]


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """A snapshot of a source's health, for status pages and logs."""

    state: SourceState
    level_dbfs: float | None = None
    """RMS level of the most recent block in dB relative to full scale (None before any audio)."""
    overflowed_blocks: int = 0
    """Blocks dropped because the consumer fell behind (oldest dropped first)."""
    detail: str = ""
    """Human-readable explanation, e.g. why the source is reconnecting."""


@dataclass(frozen=True, slots=True)
class InputDevice:
    """One audio input device as PortAudio reports it."""

    index: int
    name: str
    max_input_channels: int
    default_samplerate_hz: float
    is_default: bool
    host_api: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "index": self.index,
            "name": self.name,
            "max_input_channels": self.max_input_channels,
            "default_samplerate_hz": self.default_samplerate_hz,
            "is_default": self.is_default,
            "host_api": self.host_api,
        }


class AudioSource(Protocol):
    """A stream of audio as :class:`~assistant.events.AudioChunk` blocks.

    For each block of audio the source yields one chunk per channel, all with the same
    ``start_s`` and in channel order; every chunk is mono 16 kHz int16 PCM. Iteration ends
    at the end of a file or of standard input; a microphone runs until :meth:`aclose`.
    """

    channels: int
    """Number of channels the source delivers (chunk ``channel`` is 0 .. channels-1)."""
    description: str
    """Short human description, e.g. ``"file demo.flac (2 ch @ 44100 Hz)"``."""

    def status(self) -> SourceStatus: ...

    def chunks(self) -> AsyncIterator[AudioChunk]: ...

    async def aclose(self) -> None: ...
