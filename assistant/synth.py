"""Speech synthesis with espeak-ng for tests, benchmarks and the bundled demo recording.

Not used by the running product: it turns known text into real audio so the recogniser
and the whole pipeline can be checked end to end against a known transcript.
Needs the ``espeak-ng`` program (Debian package ``espeak-ng``).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import soundfile

from assistant.events import SAMPLE_RATE_HZ

#: Distinct voices so a listener (and a recogniser) hears two people.
DEFAULT_VOICES: Mapping[str, str] = {
    "cashier": "en-gb+f3",
    "customer": "en-us+m3",
    "unknown": "en-gb",
}


@dataclass(frozen=True, slots=True)
class RenderedTurn:
    """Where one synthesised utterance ended up in the rendered recording."""

    conversation: str | None
    speaker: str | None
    text: str
    start_s: float
    end_s: float


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def synthesize(text: str, voice: str = "en-gb", words_per_minute: int = 165) -> np.ndarray:
    """Speak ``text`` and return float32 mono samples at 16 kHz, trimmed of edge silence."""
    if not espeak_available():
        raise RuntimeError("espeak-ng is not installed (apt-get install espeak-ng)")
    result = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(words_per_minute), "--stdout", text],
        check=True,
        capture_output=True,
    )
    samples, rate = soundfile.read(io.BytesIO(result.stdout), dtype="float32")
    if samples.ndim > 1:
        samples = samples.mean(axis=1)
    samples = resample(samples, rate, SAMPLE_RATE_HZ)
    return _trim(samples)


def resample(samples: np.ndarray, from_hz: int, to_hz: int) -> np.ndarray:
    """Resample by linear interpolation, with no anti-aliasing filter (test audio only:
    soxr's band-limited resampling was measured and did not lower WER, see docs/asr.md)."""
    if from_hz == to_hz:
        return samples.astype(np.float32)
    duration = len(samples) / from_hz
    n_out = round(duration * to_hz)
    t_out = np.arange(n_out) / to_hz
    t_in = np.arange(len(samples)) / from_hz
    return np.interp(t_out, t_in, samples).astype(np.float32)


def _trim(samples: np.ndarray, threshold: float = 1e-3) -> np.ndarray:
    loud = np.flatnonzero(np.abs(samples) > threshold)
    if len(loud) == 0:
        return samples[:0]
    return samples[loud[0] : loud[-1] + 1]


def render_dialogue(
    turns: Iterable[Mapping[str, object]],
    *,
    voices: Mapping[str, str] = DEFAULT_VOICES,
    pause_s: float = 0.9,
    conversation_gap_s: float = 12.0,
    lead_in_s: float = 1.0,
    words_per_minute: int = 165,
) -> tuple[np.ndarray, list[RenderedTurn]]:
    """Render transcript lines (``speaker``, ``text``, optional ``conversation``) as one mono track.

    Turns are separated by ``pause_s`` of silence, conversations by ``conversation_gap_s``;
    the track starts with ``lead_in_s`` of silence. Returns the samples (float32, 16 kHz)
    and where each turn landed, so that scores can map recognised text back to the script.
    """
    pieces: list[np.ndarray] = [np.zeros(int(lead_in_s * SAMPLE_RATE_HZ), np.float32)]
    cursor = lead_in_s
    rendered: list[RenderedTurn] = []
    previous_conversation: object = object()
    for turn in turns:
        conversation = turn.get("conversation")
        speaker = turn.get("speaker")
        text = str(turn["text"])
        if rendered:
            gap = conversation_gap_s if conversation != previous_conversation else pause_s
            pieces.append(np.zeros(int(gap * SAMPLE_RATE_HZ), np.float32))
            cursor += int(gap * SAMPLE_RATE_HZ) / SAMPLE_RATE_HZ
        previous_conversation = conversation
        voice = voices.get(str(speaker) if speaker else "unknown", voices["unknown"])
        speech = synthesize(text, voice=voice, words_per_minute=words_per_minute)
        pieces.append(speech)
        start = cursor
        cursor += len(speech) / SAMPLE_RATE_HZ
        rendered.append(
            RenderedTurn(
                conversation=str(conversation) if conversation is not None else None,
                speaker=str(speaker) if speaker is not None else None,
                text=text,
                start_s=round(start, 3),
                end_s=round(cursor, 3),
            )
        )
    pieces.append(np.zeros(int(lead_in_s * SAMPLE_RATE_HZ), np.float32))
    return np.concatenate(pieces), rendered
