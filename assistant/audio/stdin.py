"""Raw signed 16-bit little-endian PCM on standard input (or any binary stream)."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator
from typing import BinaryIO

import numpy as np

from assistant.audio.base import SourceState, SourceStatus
from assistant.audio.blocks import BlockResampler
from assistant.audio.pacing import Pacer
from assistant.errors import AudioInputError
from assistant.events import AudioChunk

log = logging.getLogger(__name__)

#: Sample rates outside this range are almost certainly a typo (``--rate 16`` for 16 kHz).
MIN_RATE_HZ = 1_000
MAX_RATE_HZ = 384_000
MAX_CHANNELS = 32


def check_rate(rate_hz: int | float | None, what: str = "--rate") -> int:
    """Validate a user-given sample rate and return it as an int."""
    if rate_hz is None:
        raise AudioInputError(
            "audio-rate-required",
            f"raw PCM on standard input needs a sample rate ({what} HZ, e.g. 16000)",
        )
    if isinstance(rate_hz, bool) or not isinstance(rate_hz, int | float) or rate_hz != int(rate_hz):
        raise AudioInputError(
            "audio-bad-rate", f"{what} must be a whole number of Hz, got {rate_hz!r}"
        )
    if not MIN_RATE_HZ <= rate_hz <= MAX_RATE_HZ:
        raise AudioInputError(
            "audio-bad-rate",
            f"{what} {int(rate_hz)} is out of range ({MIN_RATE_HZ}..{MAX_RATE_HZ} Hz, e.g. 16000)",
        )
    return int(rate_hz)


class StdinSource:
    """Read interleaved s16le frames from a binary stream until end of file."""

    def __init__(
        self,
        rate_hz: int,
        channels: int = 1,
        *,
        stream: BinaryIO | None = None,
        realtime: bool = False,
        block_s: float = 0.1,
    ) -> None:
        self.input_rate_hz = check_rate(rate_hz)
        if (
            isinstance(channels, bool)
            or not isinstance(channels, int)
            or not 1 <= channels <= MAX_CHANNELS
        ):
            raise AudioInputError(
                "audio-bad-channels", f"channel count must be 1..{MAX_CHANNELS}, got {channels!r}"
            )
        self.channels = channels
        self._stream: BinaryIO = stream if stream is not None else sys.stdin.buffer
        self.description = f"stdin (raw s16le, {channels} ch @ {self.input_rate_hz} Hz)"
        self._realtime = realtime
        self._block_s = block_s
        self._blocks = BlockResampler(self.input_rate_hz, channels, block_s)
        self._state: SourceState = "starting"
        self._detail = ""
        self._closed = False
        self.total_bytes = 0

    def status(self) -> SourceStatus:
        return SourceStatus(self._state, self._blocks.last_level_dbfs, 0, self._detail)

    def _read(self, size: int) -> bytes:
        # read1 returns what a pipe has (at most size) instead of waiting to fill the block,
        # so live producers are not delayed; plain streams without read1 fall back to read.
        read1 = getattr(self._stream, "read1", None)
        data = read1(size) if read1 is not None else self._stream.read(size)
        return bytes(data or b"")

    async def chunks(self) -> AsyncIterator[AudioChunk]:
        """Yield one chunk per channel for every block; ends when the stream ends."""
        frame_bytes = 2 * self.channels
        read_bytes = max(frame_bytes, round(self._block_s * self.input_rate_hz) * frame_bytes)
        pacer = Pacer(self._realtime)
        remainder = b""
        self._state = "listening"
        try:
            while not self._closed:
                data = await asyncio.to_thread(self._read, read_bytes)
                last = not data
                self.total_bytes += len(data)
                data = remainder + data
                # A read can end in the middle of a sample or a frame: keep the tail for the
                # next read rather than misaligning every later sample.
                usable = len(data) - len(data) % frame_bytes
                remainder = data[usable:]
                frames = np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0
                for block in self._blocks.push(frames.reshape(-1, self.channels), last=last):
                    await pacer.wait_until(block[0].start_s + block[0].duration_s)
                    for chunk in block:
                        yield chunk
                if last:
                    break
            if remainder:
                log.warning(
                    "standard input ended inside a frame: dropped %d trailing byte(s)",
                    len(remainder),
                )
            if self.total_bytes == 0:
                raise AudioInputError("audio-stdin-empty", "no audio arrived on standard input")
            self._state = "ended"
            self._detail = (
                "closed"
                if self._closed
                else f"end of input after {self._blocks.stream_time_s:.2f} s"
            )
        except AudioInputError as error:
            self._state = "failed"
            self._detail = error.message
            raise
        except OSError as error:
            self._state = "failed"
            self._detail = f"reading standard input failed: {error}"
            raise AudioInputError("audio-stdin-failed", self._detail) from error

    async def aclose(self) -> None:
        self._closed = True
        if self._state not in ("ended", "failed"):
            self._state = "ended"
            self._detail = "closed"


def open_stdin(
    rate_hz: int,
    channels: int = 1,
    *,
    stream: BinaryIO | None = None,
    realtime: bool = False,
    block_s: float = 0.1,
) -> StdinSource:
    """Read raw s16le PCM at ``rate_hz`` from ``stream`` (default: standard input)."""
    return StdinSource(rate_hz, channels, stream=stream, realtime=realtime, block_s=block_s)
