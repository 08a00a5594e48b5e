"""Small helpers shared by the audio tests: collect chunks, measure tones and similarity."""

from __future__ import annotations

from collections.abc import AsyncIterator

import numpy as np

from assistant.events import SAMPLE_RATE_HZ, AudioChunk


async def collect(chunks: AsyncIterator[AudioChunk]) -> list[AudioChunk]:
    return [chunk async for chunk in chunks]


def channel_samples(chunks: list[AudioChunk], channel: int) -> np.ndarray:
    """Concatenate one channel's chunks as float samples (full scale 1.0)."""
    pcm = b"".join(c.pcm for c in chunks if c.channel == channel)
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def dominant_hz(samples: np.ndarray, rate_hz: int = SAMPLE_RATE_HZ) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate_hz)[int(np.argmax(spectrum))])


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if samples.size else 0.0


def best_correlation(reference: np.ndarray, signal: np.ndarray, max_lag: int = 400) -> float:
    """Peak normalised cross-correlation of two signals over lags ±max_lag samples (via FFT)."""
    n = min(len(reference), len(signal))
    ref = reference[:n].astype(np.float64)
    sig = signal[:n].astype(np.float64)
    size = 1 << (2 * n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(sig, size) * np.conj(np.fft.rfft(ref, size)), size)
    lags = np.concatenate([corr[: max_lag + 1], corr[-max_lag:]])
    denom = np.linalg.norm(ref) * np.linalg.norm(sig)
    return float(lags.max() / denom) if denom > 0 else 0.0
