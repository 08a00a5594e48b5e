"""Audio files of many rates, channel counts and formats become 16 kHz chunks, block by block."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
import soundfile
from audio_test_helpers import (
    best_correlation,
    channel_samples,
    collect,
    convert_with_sox,
    dominant_hz,
    rms,
)

from assistant.audio import open_file, open_source
from assistant.errors import AudioInputError
from assistant.events import SAMPLE_RATE_HZ

CASES = [
    ("wav", 8_000, 1),
    ("wav", 48_000, 2),
    ("flac", 22_050, 2),
    ("flac", 44_100, 1),
    ("ogg", 44_100, 2),
    ("ogg", 22_050, 1),
    ("wav", 16_000, 1),
]


@pytest.mark.parametrize(("extension", "rate_hz", "channels"), CASES)
async def test_file_becomes_equal_16k_blocks_with_the_same_speech(
    tmp_path: Path,
    speech_wav_16k: Path,
    speech_16k: np.ndarray,
    extension: str,
    rate_hz: int,
    channels: int,
) -> None:
    path = convert_with_sox(speech_wav_16k, tmp_path / f"s.{extension}", rate_hz, channels)
    info = soundfile.info(str(path))
    assert (info.samplerate, info.channels) == (rate_hz, channels)

    source = open_file(path, block_s=0.1)
    assert source.channels == channels
    assert f"{channels} ch @ {rate_hz} Hz" in source.description
    chunks = await collect(source.chunks())
    assert source.status().state == "ended"

    # One chunk per channel per block, channel order, shared start time.
    assert len(chunks) % channels == 0
    blocks = [chunks[i : i + channels] for i in range(0, len(chunks), channels)]
    for index, block in enumerate(blocks):
        assert [c.channel for c in block] == list(range(channels))
        assert len({c.start_s for c in block}) == 1
        assert block[0].start_s == pytest.approx(index * 0.1, abs=1e-9)
        if index < len(blocks) - 1:
            assert all(len(c.pcm) == 1600 * 2 for c in block)
        else:
            assert all(0 < len(c.pcm) <= 1600 * 2 for c in block)

    # Resampled length matches the file's duration to within a couple of samples.
    expected = info.frames * SAMPLE_RATE_HZ / rate_hz
    for channel in range(channels):
        assert abs(len(channel_samples(chunks, channel)) - expected) <= 2

    # And it is still the same speech (8 kHz loses the top band, OGG is lossy).
    got = channel_samples(chunks, 0)
    threshold = 0.8 if extension == "ogg" or rate_hz < SAMPLE_RATE_HZ else 0.95
    assert best_correlation(speech_16k, got) > threshold


async def test_channels_are_kept_apart(tmp_path: Path) -> None:
    rate_hz = 44_100
    t = np.arange(int(1.5 * rate_hz)) / rate_hz
    left = 0.5 * np.sin(2 * np.pi * 440.0 * t)
    right = np.zeros_like(left)
    path = tmp_path / "left_tone.wav"
    soundfile.write(path, np.stack([left, right], axis=1), rate_hz, subtype="PCM_16")

    chunks = await collect(open_file(path).chunks())
    left_out, right_out = channel_samples(chunks, 0), channel_samples(chunks, 1)
    assert dominant_hz(left_out) == pytest.approx(440.0, abs=2.0)
    assert rms(left_out) == pytest.approx(0.5 / np.sqrt(2), rel=0.05)
    assert rms(right_out) < 1e-4


async def test_level_is_tracked_in_dbfs(tmp_path: Path) -> None:
    t = np.arange(SAMPLE_RATE_HZ) / SAMPLE_RATE_HZ
    path = tmp_path / "tone.wav"
    soundfile.write(path, 0.1 * np.sin(2 * np.pi * 1000 * t), SAMPLE_RATE_HZ)
    source = open_file(path)
    assert source.status().state == "starting"
    await collect(source.chunks())
    # A 0.1-amplitude sine has RMS 0.0707 → -23 dBFS.
    level = source.status().level_dbfs
    assert level is not None and level == pytest.approx(-23.0, abs=0.2)


async def test_realtime_replay_is_paced_by_the_wall_clock(tmp_path: Path) -> None:
    path = tmp_path / "one_second.wav"
    soundfile.write(path, np.zeros(48_000, np.float32), 48_000)

    started = time.monotonic()
    arrivals: list[float] = []
    async for chunk in open_file(path, realtime=True).chunks():
        arrivals.append(time.monotonic() - started)
        assert chunk.start_s <= arrivals[-1] + 0.02  # never ahead of real time
    elapsed = time.monotonic() - started
    assert len(arrivals) == 10
    assert 0.95 <= elapsed <= 1.4
    # Blocks come every ~0.1 s rather than in a burst at the end.
    assert arrivals[4] == pytest.approx(0.5, abs=0.15)

    started = time.monotonic()
    await collect(open_file(path, realtime=False).chunks())
    assert time.monotonic() - started < 0.5


async def test_open_source_picks_a_file(speech_wav_16k: Path) -> None:
    source = open_source(str(speech_wav_16k))
    assert source.channels == 1
    assert "speech_16k.wav" in source.description


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str, str]]:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    text = tmp_path / "notes.wav"
    text.write_text("this is not audio at all, just some text\n" * 20)
    truncated = tmp_path / "truncated.flac"
    truncated.write_bytes(b"fLaC\x00\x00\x00\x22" + b"\x00" * 10)
    no_samples = tmp_path / "no_samples.wav"
    soundfile.write(no_samples, np.zeros(0, np.float32), 16_000)
    garbage = tmp_path / "noise.ogg"
    garbage.write_bytes(np.random.default_rng(1).bytes(4096))
    return {
        "missing": (tmp_path / "nope.wav", "audio-file-missing", "not found"),
        "directory": (tmp_path, "audio-file-is-directory", "is a directory"),
        "empty": (empty, "audio-file-empty", "empty"),
        "text": (text, "audio-file-unsupported", "cannot decode"),
        "truncated": (truncated, "audio-file-unsupported", "cannot decode"),
        "no-samples": (no_samples, "audio-file-no-audio", "no audio"),
        "garbage": (garbage, "audio-file-unsupported", "cannot decode"),
    }


@pytest.mark.parametrize(
    "case", ["missing", "directory", "empty", "text", "truncated", "no-samples", "garbage"]
)
def test_bad_files_are_clear_one_line_errors(tmp_path: Path, case: str) -> None:
    path, code, words = bad_files(tmp_path)[case]
    with pytest.raises(AudioInputError) as raised:
        open_file(path)
    assert raised.value.code == code
    message = str(raised.value)
    assert words in message and str(path) in message
    assert "\n" not in message


async def test_corruption_after_the_header_is_an_audio_input_error(
    tmp_path: Path, speech_wav_16k: Path
) -> None:
    # A FLAC whose frames are overwritten with noise after the first few kilobytes.
    path = tmp_path / "damaged.flac"
    data, rate = soundfile.read(speech_wav_16k)
    soundfile.write(path, data, rate)
    raw = bytearray(path.read_bytes())
    raw[8000:] = np.random.default_rng(2).bytes(len(raw) - 8000)
    path.write_bytes(bytes(raw))
    try:
        source = open_file(path)
        chunks = await collect(source.chunks())
    except AudioInputError as error:
        assert error.code in {"audio-file-corrupt", "audio-file-unsupported"}
        assert "\n" not in str(error)
    else:
        # libsndfile may decode damaged frames as noise instead of failing: then the
        # stream must still end cleanly with the right number of channels.
        assert chunks and {c.channel for c in chunks} == {0}


def test_bad_block_length_is_rejected(speech_wav_16k: Path) -> None:
    with pytest.raises(AudioInputError) as raised:
        open_file(speech_wav_16k, block_s=0)
    assert raised.value.code == "audio-bad-block"


async def test_aclose_stops_a_replay_early(tmp_path: Path) -> None:
    path = tmp_path / "three_seconds.wav"
    soundfile.write(path, np.zeros(3 * SAMPLE_RATE_HZ, np.float32), SAMPLE_RATE_HZ)
    source = open_file(path, realtime=True)
    received = []
    async for chunk in source.chunks():
        received.append(chunk)
        if len(received) == 3:
            await source.aclose()
    assert len(received) <= 4
    assert source.status().state == "ended"
    assert source.status().detail == "closed"
