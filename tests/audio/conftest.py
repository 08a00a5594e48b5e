"""Fixtures for the audio tests: real espeak-ng speech written as real audio files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from assistant.events import SAMPLE_RATE_HZ
from assistant.synth import espeak_available, synthesize

# pytest runs with --import-mode=importlib, which does not put test folders on sys.path;
# the audio tests share small helpers from audio_test_helpers.py next to this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

SPEECH_TEXT = "Would you like a bag for that? That comes to twelve pounds fifty."


@pytest.fixture(scope="session")
def speech_16k() -> np.ndarray:
    """About three seconds of espeak-ng speech, float32 mono at 16 kHz."""
    if not espeak_available():
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    return synthesize(SPEECH_TEXT)


@pytest.fixture(scope="session")
def speech_wav_16k(tmp_path_factory: pytest.TempPathFactory, speech_16k: np.ndarray) -> Path:
    path = tmp_path_factory.mktemp("speech") / "speech_16k.wav"
    soundfile.write(path, speech_16k, SAMPLE_RATE_HZ, subtype="PCM_16")
    return path


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
