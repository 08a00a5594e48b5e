"""Fixtures for the audio tests: real espeak-ng speech written as real audio files."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from assistant.events import SAMPLE_RATE_HZ
from assistant.synth import espeak_available, synthesize

# pytest runs with --import-mode=importlib, which does not put test folders on sys.path;
# the audio tests share small helpers from audio_test_helpers.py next to this file (a
# unique module name, so other test folders doing the same cannot shadow it).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from audio_test_helpers import PULSE_ENV_KEYS, PulseNullSink, running_null_sink

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


@pytest.fixture(scope="session")
def pulse_null_sink() -> Iterator[PulseNullSink]:
    """Start PulseAudio with a null sink (scripts/pulse-null-sink.sh) for the whole session.

    The daemon's socket is exported in this process's environment, so PortAudio's ALSA
    "pulse" device records from the sink's monitor. Skips only if PulseAudio is missing.
    """
    with running_null_sink() as pulse:
        saved = {key: os.environ.get(key) for key in PULSE_ENV_KEYS}
        for key in PULSE_ENV_KEYS:
            if key in pulse.env:
                os.environ[key] = pulse.env[key]
        if "sounddevice" in sys.modules:
            # PortAudio probed ALSA when sounddevice was first imported, possibly before
            # this daemon existed; probe again so the "pulse" device is listed.
            sounddevice = sys.modules["sounddevice"]
            sounddevice._terminate()
            sounddevice._initialize()
        try:
            yield pulse
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
