"""The microphone path for real: audio played into a PulseAudio null sink, captured from
its monitor through sounddevice (PortAudio's ALSA "pulse" device)."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile
from audio_test_helpers import PulseNullSink, best_correlation, channel_samples, dominant_hz, rms

from assistant.audio import list_input_devices, open_microphone, open_source
from assistant.audio.microphone import MicrophoneSource
from assistant.errors import AudioInputError
from assistant.events import SAMPLE_RATE_HZ, AudioChunk

pytestmark = [pytest.mark.pulseaudio, pytest.mark.timeout(120)]

LEAD_IN_S = 0.5  # PulseAudio loses the first ~0.1 s of each played stream


def write_tone(path: Path, hz: float, seconds: float, rate_hz: int = 48_000, channels: int = 1):
    """Lead-in silence, then a tone (left channel only when stereo), then 0.3 s of silence."""
    t = np.arange(int(seconds * rate_hz)) / rate_hz
    tone = 0.5 * np.sin(2 * np.pi * hz * t)
    silence = np.zeros(int(LEAD_IN_S * rate_hz))
    mono = np.concatenate([silence, tone, np.zeros(int(0.3 * rate_hz))])
    data = mono if channels == 1 else np.stack([mono, np.zeros_like(mono)], axis=1)
    soundfile.write(path, data, rate_hz, subtype="PCM_16")
    return path


def loud_span_s(samples: np.ndarray, threshold: float = 0.05) -> tuple[float, float]:
    loud = np.flatnonzero(np.abs(samples) > threshold)
    assert loud.size, "nothing audible was captured"
    return loud[0] / SAMPLE_RATE_HZ, loud[-1] / SAMPLE_RATE_HZ


class Capture:
    """Consume a microphone source in a task, keeping every chunk."""

    def __init__(self, source: MicrophoneSource) -> None:
        self.source = source
        self.chunks: list[AudioChunk] = []
        self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        async for chunk in self.source.chunks():
            self.chunks.append(chunk)

    async def wait_for_audio(self, timeout_s: float = 10.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.chunks:
            assert time.monotonic() < deadline, f"no audio arrived: {self.source.status()}"
            await asyncio.sleep(0.05)

    async def stop(self) -> list[AudioChunk]:
        await self.source.aclose()
        await asyncio.wait_for(self.task, 10)
        return self.chunks


async def play(pulse: PulseNullSink, path: Path) -> None:
    process = pulse.play(path)
    assert await asyncio.to_thread(process.wait, 30) == 0


async def capture_playing(pulse: PulseNullSink, path: Path, channels: int = 1) -> np.ndarray:
    capture = Capture(open_microphone("pulse", channels=channels))
    await capture.wait_for_audio()
    await play(pulse, path)
    await asyncio.sleep(0.3)
    chunks = await capture.stop()
    return np.stack([channel_samples(chunks, ch) for ch in range(channels)])


async def test_pulse_devices_are_listed(pulse_null_sink: PulseNullSink) -> None:
    names = [device.name for device in list_input_devices()]
    assert "pulse" in names


async def test_tone_played_into_the_sink_is_captured(
    pulse_null_sink: PulseNullSink, tmp_path: Path
) -> None:
    path = write_tone(tmp_path / "tone.wav", 880.0, 1.0)
    source = open_microphone("pulse")
    assert source.channels == 1 and source.input_rate_hz > 0
    capture = Capture(source)
    await capture.wait_for_audio()
    assert source.status().state == "listening"
    await play(pulse_null_sink, path)
    await asyncio.sleep(0.3)
    loud_level = source.status().level_dbfs
    chunks = await capture.stop()

    samples = channel_samples(chunks, 0)
    start_s, end_s = loud_span_s(samples)
    assert end_s - start_s == pytest.approx(1.0, abs=0.15)
    tone = samples[int(start_s * SAMPLE_RATE_HZ) : int(end_s * SAMPLE_RATE_HZ)]
    assert dominant_hz(tone) == pytest.approx(880.0, abs=3.0)
    assert rms(tone) == pytest.approx(0.5 / np.sqrt(2), rel=0.1)
    # Chunks are contiguous 0.1 s blocks in stream time.
    assert [c.start_s for c in chunks[:5]] == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4])
    assert all(len(c.pcm) == 3200 for c in chunks)
    assert loud_level is not None
    assert source.status().state == "ended"


async def test_speech_played_into_the_sink_is_the_same_speech(
    pulse_null_sink: PulseNullSink, tmp_path: Path, speech_16k: np.ndarray
) -> None:
    padded = np.concatenate([np.zeros(int(LEAD_IN_S * SAMPLE_RATE_HZ)), speech_16k])
    path = tmp_path / "speech.wav"
    soundfile.write(path, padded, SAMPLE_RATE_HZ, subtype="PCM_16")
    captured = (await capture_playing(pulse_null_sink, path))[0]
    start_s, _ = loud_span_s(captured, threshold=0.02)
    window = captured[max(0, int((start_s - 0.2) * SAMPLE_RATE_HZ)) :]
    assert best_correlation(speech_16k, window, max_lag=8000) > 0.8


async def test_stereo_channels_stay_apart(pulse_null_sink: PulseNullSink, tmp_path: Path) -> None:
    path = write_tone(tmp_path / "left.wav", 440.0, 0.8, rate_hz=44_100, channels=2)
    left, right = await capture_playing(pulse_null_sink, path, channels=2)
    start_s, end_s = loud_span_s(left)
    tone = left[int(start_s * SAMPLE_RATE_HZ) : int(end_s * SAMPLE_RATE_HZ)]
    assert dominant_hz(tone) == pytest.approx(440.0, abs=3.0)
    assert rms(tone) > 0.2
    assert rms(right) < 1e-3


async def test_consumer_that_does_not_read_overflows_and_is_counted(
    pulse_null_sink: PulseNullSink, caplog: pytest.LogCaptureFixture
) -> None:
    source = open_microphone("pulse", queue_blocks=3)
    chunks = source.chunks()
    first = await anext(chunks)
    started = time.monotonic() - 0.1
    assert first.start_s == 0.0
    with caplog.at_level(logging.WARNING):
        await asyncio.sleep(1.5)  # ~15 blocks arrive; the queue holds 3
    status = source.status()
    assert status.overflowed_blocks >= 8
    assert status.state == "listening"
    assert "dropped" in caplog.text and "oldest audio block" in caplog.text
    # The newest blocks are still there to read, after ONE gap in stream time exactly as
    # long as the audio that was dropped (so stream time stays true to the wall clock).
    following = [await anext(chunks) for _ in range(4)]
    dropped_s = source.status().overflowed_blocks * 0.1
    sequence = [first, *following]
    gaps = [b.start_s - (a.start_s + a.duration_s) for a, b in itertools.pairwise(sequence)]
    assert sum(1 for gap in gaps if abs(gap) > 1e-6) == 1, gaps
    assert max(gaps) == pytest.approx(dropped_s, abs=2 / SAMPLE_RATE_HZ)
    assert following[-1].start_s == pytest.approx(time.monotonic() - started, abs=0.5)
    await source.aclose()
    await chunks.aclose()


@pytest.mark.slow
async def test_sink_that_vanishes_is_reopened_and_captures_again(
    pulse_null_sink: PulseNullSink, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = open_microphone("pulse")
    capture = Capture(source)
    await capture.wait_for_audio()
    try:
        with caplog.at_level(logging.WARNING):
            pulse_null_sink.unload_sink()  # the "microphone" is unplugged
            deadline = time.monotonic() + 10
            while source.status().state != "reconnecting":
                assert time.monotonic() < deadline, source.status()
                await asyncio.sleep(0.05)
            assert "'pulse'" in source.status().detail
            count_at_loss = len(capture.chunks)
            await asyncio.sleep(1.5)
            # Stream time keeps following the wall clock while the device is away.
            assert len(capture.chunks) > count_at_loss + 5
            assert source.status().state == "reconnecting"
        pulse_null_sink.ensure_sink()  # plugged back in
        deadline = time.monotonic() + 20
        while source.status().state != "listening":
            assert time.monotonic() < deadline, source.status()
            await asyncio.sleep(0.05)
        assert source.reconnects == 1
        assert "reopened" in caplog.text
        resumed_at = len(capture.chunks)
        path = write_tone(tmp_path / "after.wav", 660.0, 0.8)
        await play(pulse_null_sink, path)
        await asyncio.sleep(0.3)
    finally:
        pulse_null_sink.ensure_sink()
    chunks = await capture.stop()
    starts = [c.start_s for c in chunks]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    after = channel_samples(chunks[resumed_at:], 0)
    start_s, end_s = loud_span_s(after)
    assert dominant_hz(after[int(start_s * SAMPLE_RATE_HZ) : int(end_s * SAMPLE_RATE_HZ)]) == (
        pytest.approx(660.0, abs=3.0)
    )


def test_unknown_device_lists_the_available_ones(pulse_null_sink: PulseNullSink) -> None:
    with pytest.raises(AudioInputError) as raised:
        open_microphone("no such microphone")
    assert raised.value.code == "audio-device-not-found"
    assert "'pulse'" in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(AudioInputError) as raised:
        open_source("mic:999")
    assert raised.value.code == "audio-device-not-found"


def test_open_source_picks_a_microphone(pulse_null_sink: PulseNullSink) -> None:
    source = open_source("mic:puls", channels=2, rate_hz=48_000)
    assert source.channels == 2
    assert source.description == "mic 'pulse' (2 ch @ 48000 Hz)"
    with pytest.raises(AudioInputError) as raised:
        open_source("mic:pulse", channels=64)
    assert raised.value.code == "audio-bad-channels"


@pytest.mark.slow
async def test_device_that_goes_silent_is_detected_and_reopened(
    pulse_null_sink: PulseNullSink, caplog: pytest.LogCaptureFixture
) -> None:
    """A frozen sound server (SIGSTOP) delivers nothing and reports no error: the stall
    watchdog must notice, keep stream time going, and reopen once it is back."""
    pid = int((pulse_null_sink.directory / "pulse" / "pid").read_text().strip())
    source = open_microphone("pulse")
    capture = Capture(source)
    deadline = time.monotonic() + 10
    while source.status().state != "listening":
        assert time.monotonic() < deadline, source.status()
        await asyncio.sleep(0.05)
    frozen_at = time.monotonic()
    os.kill(pid, signal.SIGSTOP)
    try:
        with caplog.at_level(logging.WARNING):
            while source.status().state != "reconnecting":
                assert time.monotonic() - frozen_at < 6, source.status()
                await asyncio.sleep(0.05)
            assert "no audio for 2.0 s" in source.status().detail
            assert time.monotonic() - frozen_at >= 1.9
            await asyncio.sleep(1.0)
    finally:
        os.kill(pid, signal.SIGCONT)
    deadline = time.monotonic() + 20
    while source.status().state != "listening":
        assert time.monotonic() < deadline, source.status()
        await asyncio.sleep(0.05)
    assert source.reconnects == 1
    chunks = await capture.stop()
    # Silence kept stream time close to the wall clock through the outage.
    assert chunks[-1].start_s == pytest.approx(time.monotonic() - frozen_at, abs=1.5)
