"""Small helpers shared by the audio tests: collect chunks, measure tones and similarity."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

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


def convert_with_sox(source: Path, target: Path, rate_hz: int, channels: int) -> Path:
    """Resample/remix with the sox program (an implementation independent of ours)."""
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (apt-get install sox)")
    subprocess.run(
        ["sox", str(source), "-r", str(rate_hz), "-c", str(channels), str(target)],
        check=True,
        capture_output=True,
    )
    return target


REPO = Path(__file__).resolve().parents[2]
PULSE_SCRIPT = REPO / "scripts" / "pulse-null-sink.sh"
PULSE_ENV_KEYS = ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH", "PULSE_SERVER", "PULSE_COOKIE")


@dataclass(frozen=True, slots=True)
class PulseNullSink:
    """A running private PulseAudio daemon whose null sink's monitor is the default input."""

    directory: Path
    sink: str
    env: dict[str, str]

    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=20
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def play(self, path: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["paplay", f"--device={self.sink}", str(path)], env=self.env)

    def ensure_sink(self) -> None:
        subprocess.run(
            ["bash", str(PULSE_SCRIPT), "ensure-sink", str(self.directory)],
            env=self.env,
            check=True,
            timeout=20,
        )

    def unload_sink(self) -> None:
        for line in self.pactl("list", "short", "modules").splitlines():
            fields = line.split("\t")
            if len(fields) > 2 and fields[1] == "module-null-sink" and self.sink in fields[2]:
                self.pactl("unload-module", fields[0])


@contextmanager
def running_null_sink(prefix: str = "assistant-pulse-") -> Iterator[PulseNullSink]:
    """Start a private PulseAudio daemon with a null sink (scripts/pulse-null-sink.sh);
    stop it and remove its folder afterwards. ``env`` is this process's environment plus
    the daemon's variables, for child processes. Skips only if PulseAudio is missing."""
    if shutil.which("pulseaudio") is None or shutil.which("paplay") is None:
        pytest.skip("PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    # A short path of our own: the daemon's Unix socket path must stay under 108 bytes.
    directory = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    result = subprocess.run(
        ["bash", str(PULSE_SCRIPT), "start", str(directory)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode == 3:
        shutil.rmtree(directory, ignore_errors=True)
        pytest.skip(result.stderr.strip())
    assert result.returncode == 0, f"PulseAudio did not start: {result.stderr}"
    env = dict(os.environ)
    for assignment in shlex.split(result.stdout.strip().removeprefix("export ")):
        key, _, value = assignment.partition("=")
        env[key] = value
    try:
        yield PulseNullSink(directory, env.get("PULSE_TEST_SINK", "till_test"), env)
    finally:
        subprocess.run(
            ["bash", str(PULSE_SCRIPT), "stop", str(directory)], env=env, timeout=30, check=False
        )
        shutil.rmtree(directory, ignore_errors=True)
