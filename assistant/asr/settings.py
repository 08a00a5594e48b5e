"""Recogniser settings and the two small interfaces every engine implements."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from assistant.errors import ConfigError
from assistant.events import AudioChunk, PartialTranscript, Utterance

EngineName = Literal["auto", "whisper", "vosk"]
ENGINE_NAMES: tuple[EngineName, ...] = ("auto", "whisper", "vosk")


@dataclass(frozen=True, slots=True)
class RecognizerSettings:
    """How to recognise speech; built once at start-up and passed to :func:`load_recognizer`.

    The VAD fields (``end_silence_s``, ``max_utterance_s``, ``speech_pad_s``, ``end_pad_s``,
    ``vad_threshold``, ``min_speech_s``) cut utterances for the ``whisper`` engine; Vosk
    ends utterances with its own endpointer (the model's ``conf/model.conf``).
    """

    engine: EngineName = "auto"
    model_dir: Path | None = None
    """Vosk model folder or CTranslate2 Whisper folder; ``None`` → the defaults."""
    end_silence_s: float = 0.5
    """Silence after speech that closes an utterance."""
    max_utterance_s: float = 15.0
    """Longer speech is cut (at its quietest recent point) so latency stays bounded."""
    speech_pad_s: float = 0.2
    """Audio kept before the detected start of speech (soft onsets are detected late)."""
    look_ahead: bool = True
    """Whisper: transcribe speech during the silence that may end it (lower latency; a
    pause that turns out not to end the utterance wastes that decode's CPU)."""
    end_pad_s: float = 0.1
    """Audio kept after the detected end of speech. The utterance is transcribed (ahead,
    during ``end_silence_s``) once this much silence has followed it, so it adds directly
    to latency: 0.2 s gave the same WER and ~0.1 s more latency than 0.1 s."""
    vad_threshold: float = 0.5
    """Silero speech probability that starts speech (it ends below ``threshold - 0.15``)."""
    min_speech_s: float = 0.25
    """Shorter bursts (clicks, coughs) are dropped without being transcribed."""
    language: str = "en"
    beam_size: int = 5
    """Whisper beam width. On 200 espeak-ng checkout turns (10 s window): 1 → 25.0 % WER,
    2 → 23.2 %, 3 → 22.0 %, 5 → 22.2 %; on the 8 benchmark dialogues 5 scored best and
    3 was no faster end to end."""
    compute_type: str = "int8"
    """CTranslate2 compute type. A float32 encoder was tried: no faster through this
    engine here and +1.7 points WER on 200 espeak-ng turns, so int8 throughout."""
    cpu_threads: int = 2
    """Threads CTranslate2 may use for one transcription (0 → its own default)."""
    initial_prompt: str | None = None
    """Whisper: text that primes the decoder (vocabulary, style) for every utterance."""
    word_timestamps: bool = False
    """Whisper: align words to audio (slower, ~2x decode time) instead of estimating
    word times by spreading the utterance over its words by length."""

    def __post_init__(self) -> None:
        if self.engine not in ENGINE_NAMES:
            raise ConfigError(
                "bad-engine",
                f"unknown recogniser engine {self.engine!r} (choose {', '.join(ENGINE_NAMES)})",
            )
        if not 0.1 <= self.end_silence_s <= 5.0:
            raise ConfigError("bad-asr-setting", "end_silence_s must be between 0.1 and 5 seconds")
        if not 2.0 <= self.max_utterance_s <= 30.0:
            raise ConfigError("bad-asr-setting", "max_utterance_s must be between 2 and 30 seconds")
        if not 0.0 <= self.speech_pad_s <= 1.0:
            raise ConfigError("bad-asr-setting", "speech_pad_s must be between 0 and 1 second")
        if not 0.0 <= self.end_pad_s <= min(1.0, self.end_silence_s):
            raise ConfigError(
                "bad-asr-setting", "end_pad_s must be between 0 and 1 second and <= end_silence_s"
            )
        if not 0.15 < self.vad_threshold < 1.0:
            raise ConfigError("bad-asr-setting", "vad_threshold must be between 0.15 and 1")
        if not 0.0 <= self.min_speech_s < self.max_utterance_s:
            raise ConfigError("bad-asr-setting", "min_speech_s must be >= 0 and < max_utterance_s")
        if self.beam_size < 1 or self.beam_size > 10:
            raise ConfigError("bad-asr-setting", "beam_size must be between 1 and 10")
        if self.cpu_threads < 0:
            raise ConfigError("bad-asr-setting", "cpu_threads must be >= 0")
        if self.model_dir is not None and not isinstance(self.model_dir, Path):
            object.__setattr__(self, "model_dir", Path(self.model_dir))


class Recognizer(Protocol):
    """Recognises ONE stream (one channel). Not thread-safe; called from one worker thread."""

    def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
        """Feed the next block of audio; return what became known (partials, finals)."""
        ...

    def flush(self) -> list[Utterance]:
        """End of stream: finish any pending speech and return its final utterances."""
        ...


@runtime_checkable
class PreparesAhead(Protocol):
    """A recogniser that can use idle time: :func:`recognize` calls :meth:`prepare` whenever
    its input queue is empty, so work that will be needed soon is done before it is."""

    def prepare(self) -> None:
        """Do look-ahead work now. Must not change what :meth:`Recognizer.accept` returns,
        only how soon it can return it."""
        ...


@runtime_checkable
class ReportsSettled(Protocol):
    """A recogniser that can say how far its results are final, so that :func:`recognize`
    can merge several channels into one stream ordered by when utterances end."""

    def settled_s(self) -> float:
        """Stream time up to which this recogniser has returned everything: every
        utterance it returns from now on ends (``end_s``) at or after this time.

        It must be a safe lower bound (too early only delays other channels' utterances
        a little; too late lets them overtake this channel's). Called in the worker
        thread right after :meth:`Recognizer.accept`.
        """
        ...


class RecognizerFactory(Protocol):
    """A loaded model, shared read-only between the recognisers it creates."""

    name: str
    """``"whisper"`` or ``"vosk"``."""
    model_description: str
    """Human description of the model (name and folder), for status pages and logs."""

    def create(self, speaker: str | None = None) -> Recognizer:
        """A fresh recogniser whose utterances carry ``speaker``."""
        ...
