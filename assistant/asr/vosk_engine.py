"""The ``vosk`` engine: a streaming Kaldi recogniser with partials, word times and confidences."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from assistant.asr.text import normalize_text
from assistant.errors import RecognizerError
from assistant.events import SAMPLE_RATE_HZ, AudioChunk, PartialTranscript, Utterance, Word

log = logging.getLogger(__name__)

_GAP_TOLERANCE_S = 0.05


def is_vosk_model_dir(path: Path) -> bool:
    """A Vosk model folder has an acoustic model and a decoding graph."""
    return (path / "am" / "final.mdl").is_file() or (path / "conf" / "model.conf").is_file()


class VoskFactory:
    """Loads the Vosk model once; each stream gets its own ``KaldiRecognizer``."""

    name = "vosk"

    def __init__(self, model_dir: Path) -> None:
        if not model_dir.is_dir():
            raise RecognizerError("model-not-found", f"Vosk model folder not found: {model_dir}")
        if not is_vosk_model_dir(model_dir):
            raise RecognizerError(
                "model-broken",
                f"{model_dir} is not a Vosk model folder (expected am/final.mdl and conf/)",
            )
        import vosk

        vosk.SetLogLevel(-1)  # Kaldi logs every model file it loads to stderr otherwise
        started = time.monotonic()
        try:
            self.model = vosk.Model(str(model_dir))
        except Exception as error:  # vosk raises a bare Exception("Failed to create a model")
            raise RecognizerError(
                "model-broken", f"cannot load the Vosk model in {model_dir}: {error}"
            ) from error
        self.model_dir = model_dir
        self.load_s = time.monotonic() - started
        self.model_description = f"vosk {model_dir.name} ({model_dir})"
        log.info("loaded Vosk model %s in %.2f s", model_dir, self.load_s)

    def create(self, speaker: str | None = None) -> VoskRecognizer:
        return VoskRecognizer(self, speaker)


class VoskRecognizer:
    """``AcceptWaveform`` → ``Result`` / ``PartialResult``; ``FinalResult`` at flush."""

    def __init__(self, factory: VoskFactory, speaker: str | None) -> None:
        import vosk

        self._recognizer = vosk.KaldiRecognizer(factory.model, SAMPLE_RATE_HZ)
        self._recognizer.SetWords(True)
        self._recognizer.SetPartialWords(True)
        self._speaker = speaker
        self._time_origin_s: float | None = None
        """Stream time at which the Kaldi recogniser's clock (seconds fed) is zero."""
        self._fed = 0
        self._last_partial = ""

    def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
        results: list[PartialTranscript | Utterance] = []
        if self._time_origin_s is None:
            self._time_origin_s = chunk.start_s
        else:
            expected_s = self._time_origin_s + self._fed / SAMPLE_RATE_HZ
            if abs(chunk.start_s - expected_s) > _GAP_TOLERANCE_S:
                # Audio was dropped upstream: Kaldi counts samples, so shift our origin.
                self._time_origin_s = chunk.start_s - self._fed / SAMPLE_RATE_HZ
        self._fed += len(chunk.pcm) // 2
        if self._recognizer.AcceptWaveform(chunk.pcm):
            self._last_partial = ""
            utterance = self._utterance(self._recognizer.Result())
            if utterance is not None:
                results.append(utterance)
        else:
            partial = self._partial(self._recognizer.PartialResult())
            if partial is not None:
                results.append(partial)
        return results

    def flush(self) -> list[Utterance]:
        self._last_partial = ""
        utterance = self._utterance(self._recognizer.FinalResult())
        return [utterance] if utterance is not None else []

    def _partial(self, raw: str) -> PartialTranscript | None:
        data: dict[str, Any] = json.loads(raw)
        text = normalize_text(str(data.get("partial", "")))
        if not text or text == self._last_partial:
            return None
        self._last_partial = text
        words = data.get("partial_result") or []
        start = float(words[0]["start"]) if words else self._fed / SAMPLE_RATE_HZ
        return PartialTranscript(
            text=text, start_s=round(self._seconds(start), 3), speaker=self._speaker
        )

    def _utterance(self, raw: str) -> Utterance | None:
        data: dict[str, Any] = json.loads(raw)
        words: list[Word] = []
        for item in data.get("result") or []:
            text = normalize_text(str(item.get("word", "")))
            if not text:
                continue
            words.append(
                Word(
                    text,
                    round(self._seconds(float(item["start"])), 3),
                    round(self._seconds(float(item["end"])), 3),
                    round(float(item["conf"]), 3) if "conf" in item else None,
                )
            )
        if not words:
            return None
        return Utterance(
            start_s=words[0].start_s,
            end_s=words[-1].end_s,
            text=" ".join(w.word for w in words),
            speaker=self._speaker,
            words=tuple(words),
        )

    def _seconds(self, recognizer_s: float) -> float:
        return (self._time_origin_s or 0.0) + recognizer_s
