"""Raw s16le PCM through a pipe: any rate and channel count, any read sizes, clear errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from audio_test_helpers import (
    best_correlation,
    channel_samples,
    collect,
    convert_with_sox,
    dominant_hz,
    rms,
)

from assistant.audio import open_source, open_stdin
from assistant.errors import AudioInputError
from assistant.events import SAMPLE_RATE_HZ


def stereo_pcm(rate_hz: int, seconds: float) -> bytes:
    """Left: 300 Hz tone; right: 1 kHz tone at a quarter of the level."""
    t = np.arange(int(seconds * rate_hz)) / rate_hz
    left = 0.4 * np.sin(2 * np.pi * 300 * t)
    right = 0.1 * np.sin(2 * np.pi * 1000 * t)
    frames = np.stack([left, right], axis=1)
    return (frames * 32767).astype("<i2").tobytes()


async def test_pcm_through_a_pipe_in_odd_sized_pieces() -> None:
    data = stereo_pcm(44_100, 1.0)
    read_end, write_end = os.pipe()

    def produce() -> None:
        # 333-byte writes split samples and frames at arbitrary places.
        with os.fdopen(write_end, "wb", buffering=0) as pipe:
            for offset in range(0, len(data), 333):
                pipe.write(data[offset : offset + 333])

    writer = threading.Thread(target=produce)
    writer.start()
    with os.fdopen(read_end, "rb") as stream:
        source = open_stdin(44_100, 2, stream=stream)
        chunks = await collect(source.chunks())
    writer.join()

    assert source.status().state == "ended"
    left, right = channel_samples(chunks, 0), channel_samples(chunks, 1)
    assert abs(len(left) - SAMPLE_RATE_HZ) <= 2 and len(left) == len(right)
    assert dominant_hz(left) == pytest.approx(300, abs=2)
    assert dominant_hz(right) == pytest.approx(1000, abs=2)
    assert rms(left) == pytest.approx(0.4 / np.sqrt(2), rel=0.03)
    assert rms(right) == pytest.approx(0.1 / np.sqrt(2), rel=0.03)
    starts = sorted({c.start_s for c in chunks})
    assert starts == pytest.approx([i * 0.1 for i in range(len(starts))])


async def test_trailing_half_sample_is_dropped_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    data = (np.full(1601, 1000, dtype="<i2")).tobytes() + b"\x01"
    source = open_stdin(16_000, stream=io.BytesIO(data))
    chunks = await collect(source.chunks())
    assert sum(len(c.pcm) for c in chunks) == 1601 * 2
    assert "dropped 1 trailing byte" in caplog.text


async def test_speech_piped_from_sox_matches_the_recording(
    tmp_path: Path, speech_wav_16k: Path, speech_16k: np.ndarray
) -> None:
    """A real process pipe: sox writes 8 kHz raw PCM, a child Python reads it as stdin."""
    wav_8k = convert_with_sox(speech_wav_16k, tmp_path / "s8k.wav", 8_000, 1)
    raw = tmp_path / "s8k.raw"
    subprocess.run(
        ["sox", str(wav_8k), "-t", "raw", "-e", "signed", "-b", "16", str(raw)], check=True
    )
    out = tmp_path / "out.raw"
    reader = (
        "import asyncio, sys\n"
        "from assistant.audio import open_source\n"
        "async def main():\n"
        "    source = open_source('-', rate_hz=8000)\n"
        "    with open(sys.argv[1], 'wb') as out:\n"
        "        async for chunk in source.chunks():\n"
        "            out.write(chunk.pcm)\n"
        "asyncio.run(main())\n"
    )
    sox = subprocess.Popen(["cat", str(raw)], stdout=subprocess.PIPE)
    child = subprocess.run(
        [sys.executable, "-c", reader, str(out)], stdin=sox.stdout, capture_output=True, timeout=60
    )
    assert sox.wait() == 0 and sox.stdout is not None
    sox.stdout.close()
    assert child.returncode == 0, child.stderr.decode()
    got = np.frombuffer(out.read_bytes(), dtype="<i2").astype(np.float32) / 32768
    assert abs(len(got) - len(speech_16k)) <= 4
    assert best_correlation(speech_16k, got) > 0.8


@pytest.mark.parametrize("rate", [0, -16000, 16, 999, 10_000_000, 16000.5])
def test_bad_rates_are_rejected(rate: float) -> None:
    with pytest.raises(AudioInputError) as raised:
        open_stdin(rate, stream=io.BytesIO(b""))  # type: ignore[arg-type]
    assert raised.value.code == "audio-bad-rate"
    assert "--rate" in str(raised.value)


def test_stdin_needs_a_rate() -> None:
    with pytest.raises(AudioInputError) as raised:
        open_source("-")
    assert raised.value.code == "audio-rate-required"


@pytest.mark.parametrize("channels", [0, -1, 33])
def test_bad_channel_counts_are_rejected(channels: int) -> None:
    with pytest.raises(AudioInputError) as raised:
        open_stdin(16_000, channels, stream=io.BytesIO(b""))
    assert raised.value.code == "audio-bad-channels"


async def test_empty_stdin_is_a_clear_error() -> None:
    source = open_stdin(16_000, stream=io.BytesIO(b""))
    with pytest.raises(AudioInputError) as raised:
        await collect(source.chunks())
    assert raised.value.code == "audio-stdin-empty"
    assert source.status().state == "failed"


async def test_realtime_stdin_is_paced() -> None:
    data = bytes(8_000 * 2 * 2)  # 0.5 s of 16 kHz stereo silence
    source = open_stdin(16_000, 2, stream=io.BytesIO(data), realtime=True)
    started = time.monotonic()
    chunks = await collect(source.chunks())
    elapsed = time.monotonic() - started
    assert len(chunks) == 10  # 5 blocks x 2 channels
    assert 0.45 <= elapsed <= 0.8
