"""Benchmark the audio input stage: how much CPU turning audio into 16 kHz chunks costs.

Decodes and resamples a synthetic recording through ``open_file`` (as fast as possible)
for several input formats, and pushes device-style blocks through the microphone's
block path (``BlockResampler``) as the PortAudio callback would deliver them. Prints a
table, or JSON with ``--json``. Real-time factor = processing time / audio duration
(lower is better; 0.01 means 1 % of one core). Run: ``python scripts/bench_audio.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile

from assistant.audio import open_file
from assistant.audio.blocks import BlockResampler

CASES = [("wav", 16_000, 1), ("wav", 44_100, 2), ("flac", 48_000, 2), ("ogg", 44_100, 1)]


def make_recording(path: Path, rate_hz: int, channels: int, seconds: float) -> None:
    rng = np.random.default_rng(0)
    t = np.arange(int(seconds * rate_hz)) / rate_hz
    voice = 0.3 * np.sin(2 * np.pi * 220 * t) * (1 + np.sin(2 * np.pi * 3 * t)) / 2
    data = np.stack([voice + 0.01 * rng.standard_normal(len(t)) for _ in range(channels)], 1)
    # Written in 1 s pieces: libsndfile 1.2's Vorbis encoder crashes on one huge write.
    with soundfile.SoundFile(path, "w", rate_hz, channels) as out:
        for start in range(0, len(data), rate_hz):
            out.write(data[start : start + rate_hz].astype(np.float32))


async def time_file(path: Path) -> float:
    started = time.perf_counter()
    async for _ in open_file(path).chunks():
        pass
    return time.perf_counter() - started


def time_blocks(rate_hz: int, channels: int, seconds: float, block_s: float = 0.1) -> float:
    blocks = BlockResampler(rate_hz, channels, block_s)
    frames = round(block_s * rate_hz)
    block = (0.1 * np.random.default_rng(1).standard_normal((frames, channels))).astype(np.float32)
    count = int(seconds / block_s)
    started = time.perf_counter()
    for _ in range(count):
        blocks.push(block.copy())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="audio length per case")
    parser.add_argument("--repeats", type=int, default=5, help="runs per case (median shown)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for extension, rate_hz, channels in CASES:
            path = Path(tmp) / f"bench_{rate_hz}_{channels}.{extension}"
            make_recording(path, rate_hz, channels, args.seconds)
            times = [asyncio.run(time_file(path)) for _ in range(args.repeats)]
            rows.append(
                {
                    "path": "file",
                    "input": f"{extension} {rate_hz} Hz {channels} ch",
                    "audio_s": args.seconds,
                    "median_s": statistics.median(times),
                    "rtf": statistics.median(times) / args.seconds,
                }
            )
    for rate_hz, channels in [(16_000, 1), (44_100, 1), (48_000, 2)]:
        times = [time_blocks(rate_hz, channels, args.seconds) for _ in range(args.repeats)]
        rows.append(
            {
                "path": "mic blocks",
                "input": f"{rate_hz} Hz {channels} ch, 0.1 s blocks",
                "audio_s": args.seconds,
                "median_s": statistics.median(times),
                "rtf": statistics.median(times) / args.seconds,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'path':<11} {'input':<28} {'audio s':>8} {'median s':>9} {'RTF':>8}")
    for row in rows:
        print(
            f"{row['path']:<11} {row['input']:<28} {row['audio_s']:>8.0f} "
            f"{row['median_s']:>9.3f} {row['rtf']:>8.4f}"
        )


if __name__ == "__main__":
    main()
