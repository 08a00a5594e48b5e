"""Turn frames at any rate into fixed-size 16 kHz int16 blocks, one AudioChunk per channel."""

from __future__ import annotations

import math

import numpy as np
import soxr

from assistant.events import SAMPLE_RATE_HZ, AudioChunk

#: Level reported for digital silence (log of zero is undefined).
SILENCE_DBFS = -120.0


def level_dbfs(block: np.ndarray) -> float:
    """RMS level of float samples (full scale = 1.0) in dBFS, floored at :data:`SILENCE_DBFS`."""
    if block.size == 0:
        return SILENCE_DBFS
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    if rms <= 0.0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20.0 * math.log10(rms))


class BlockResampler:
    """Resample multi-channel float frames to 16 kHz and cut them into equal blocks.

    Uses soxr's streaming resampler so that long recordings and live input are processed
    incrementally with no seams between blocks. Stream time is counted in output samples,
    so ``start_s`` never drifts however the input is split.
    """

    def __init__(self, input_rate_hz: int, channels: int, block_s: float) -> None:
        self.channels = channels
        self.block_samples = max(1, round(block_s * SAMPLE_RATE_HZ))
        self._resampler: soxr.ResampleStream | None = None
        if input_rate_hz != SAMPLE_RATE_HZ:
            self._resampler = soxr.ResampleStream(
                input_rate_hz, SAMPLE_RATE_HZ, channels, dtype="float32", quality="HQ"
            )
        self._pending = np.zeros((0, channels), dtype=np.float32)
        self.emitted_samples = 0
        self.last_level_dbfs: float | None = None

    @property
    def stream_time_s(self) -> float:
        """Stream time of the next sample to be emitted."""
        return self.emitted_samples / SAMPLE_RATE_HZ

    def push(self, frames: np.ndarray, *, last: bool = False) -> list[list[AudioChunk]]:
        """Add ``frames`` (shape ``(n, channels)``, float32) and return the complete blocks.

        Each returned item holds one chunk per channel. With ``last=True`` the resampler is
        flushed and a final shorter block is returned too.
        """
        frames = np.asarray(frames, dtype=np.float32).reshape(-1, self.channels)
        if self._resampler is not None:
            frames = self._resampler.resample_chunk(frames, last=last).reshape(-1, self.channels)
        if frames.size:
            self._pending = (
                np.concatenate([self._pending, frames]) if self._pending.size else frames
            )
        blocks: list[list[AudioChunk]] = []
        while len(self._pending) >= self.block_samples:
            blocks.append(self._emit(self._pending[: self.block_samples]))
            self._pending = self._pending[self.block_samples :]
        if last and len(self._pending):
            blocks.append(self._emit(self._pending))
            self._pending = self._pending[:0]
        return blocks

    def skip(self, input_frames: int, input_rate_hz: int) -> list[list[AudioChunk]]:
        """Leave a gap in stream time for ``input_frames`` of audio that was lost (dropped).

        Audio already buffered is emitted first as a shorter block, so every chunk keeps its
        true start time; chunks after the gap start later by the lost duration.
        """
        blocks: list[list[AudioChunk]] = []
        if len(self._pending):
            blocks.append(self._emit(self._pending))
            self._pending = self._pending[:0]
        self.emitted_samples += round(input_frames * SAMPLE_RATE_HZ / input_rate_hz)
        return blocks

    def push_silence(self, duration_s: float) -> list[list[AudioChunk]]:
        """Emit ``duration_s`` of digital silence at 16 kHz (bypassing the resampler)."""
        n = round(duration_s * SAMPLE_RATE_HZ)
        silence = np.zeros((n, self.channels), dtype=np.float32)
        self._pending = np.concatenate([self._pending, silence])
        blocks: list[list[AudioChunk]] = []
        while len(self._pending) >= self.block_samples:
            blocks.append(self._emit(self._pending[: self.block_samples]))
            self._pending = self._pending[self.block_samples :]
        return blocks

    def _emit(self, block: np.ndarray) -> list[AudioChunk]:
        start_s = self.emitted_samples / SAMPLE_RATE_HZ
        self.emitted_samples += len(block)
        self.last_level_dbfs = level_dbfs(block)
        pcm = np.clip(np.rint(block * 32767.0), -32768, 32767).astype("<i2")
        return [
            AudioChunk(pcm=pcm[:, ch].tobytes(), start_s=start_s, channel=ch)
            for ch in range(self.channels)
        ]
