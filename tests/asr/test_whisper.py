"""The whisper engine on real speech: espeak-ng dialogues and LibriVox recordings."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import soundfile

from assistant.asr import RecognizerFactory, RecognizerSettings, ReportsSettled, recognize
from assistant.asr.whisper_engine import WhisperFactory, bundled_whisper_model_dir
from assistant.events import SAMPLE_RATE_HZ, AudioChunk, Utterance

from .conftest import (
    CHECKOUT_DIALOGUE,
    aiter_chunks,
    chunk_list,
    librivox_clips,
    requires_librivox,
    wer,
)

pytestmark = pytest.mark.slow


def run_recognizer(factory: RecognizerFactory, chunks: list[AudioChunk]) -> list[Utterance]:
    recognizer = factory.create("cashier")
    found: list[Any] = []
    for chunk in chunks:
        found.extend(recognizer.accept(chunk))
    found.extend(recognizer.flush())
    return [u for u in found if isinstance(u, Utterance)]


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * SAMPLE_RATE_HZ), np.float32)


#: The dialogue is spoken by three pairs of voices: one rendering is a small sample
#: (a single misheard phrase moves its WER by 5 points), three give a steadier figure.
VOICE_PAIRS: list[dict[str, str]] = [
    {"cashier": "en-gb+f3", "customer": "en-us+m3", "unknown": "en-gb"},
    {"cashier": "en-us+m3", "customer": "en-gb+f3", "unknown": "en-gb"},
    {"cashier": "en-gb", "customer": "en-us", "unknown": "en-gb"},
]


async def test_dialogue_turns_become_timed_utterances(
    whisper_factory: RecognizerFactory, render: Callable[..., Any]
) -> None:
    references: list[str] = []
    hypotheses: list[str] = []
    for index, voices in enumerate(VOICE_PAIRS):
        dialogue = render(f"checkout-{index}", CHECKOUT_DIALOGUE, voices=voices)
        utterances = [
            u
            async for u in recognize(
                aiter_chunks(chunk_list(dialogue.samples)), whisper_factory, {0: "cashier"}
            )
        ]
        assert all(isinstance(u, Utterance) for u in utterances)
        # One utterance per turn: the 0.9 s pauses exceed the 0.5 s end-of-speech silence.
        assert len(utterances) == len(dialogue.turns), voices
        for utterance, turn in zip(utterances, dialogue.turns, strict=True):
            assert isinstance(utterance, Utterance)
            assert utterance.speaker == "cashier"
            assert abs(utterance.start_s - turn.start_s) < 0.35, (utterance, turn)
            assert abs(utterance.end_s - turn.end_s) < 0.35, (utterance, turn)
            assert utterance.text == " ".join(w.word for w in utterance.words)
            assert all(w.start_s <= w.end_s for w in utterance.words)
            assert all(w.conf is not None and 0.0 < w.conf <= 1.0 for w in utterance.words)
            assert utterance.text == utterance.text.lower()
        references += [t.text for t in dialogue.turns]
        hypotheses += [u.text for u in utterances]  # type: ignore[union-attr]
    error = wer(references, hypotheses)
    assert error <= 0.15, error


@requires_librivox
def test_human_recordings_word_error_rate(whisper_factory: RecognizerFactory) -> None:
    references: list[str] = []
    hypotheses: list[str] = []
    for path, text in librivox_clips():
        samples, rate = soundfile.read(path, dtype="float32")
        assert rate == SAMPLE_RATE_HZ
        padded = np.concatenate([silence(0.3), samples, silence(0.8)])
        utterances = run_recognizer(whisper_factory, chunk_list(padded))
        references.append(text)
        hypotheses.append(" ".join(u.text for u in utterances))
    error = wer(references, hypotheses)
    assert error <= 0.10, (error, hypotheses)


def test_chunk_size_does_not_change_the_result(
    whisper_factory: RecognizerFactory, render: Callable[..., Any]
) -> None:
    dialogue = render("two-turns", CHECKOUT_DIALOGUE[:2])
    small = run_recognizer(whisper_factory, chunk_list(dialogue.samples, block_s=0.02))
    large = run_recognizer(whisper_factory, chunk_list(dialogue.samples, block_s=1.3))
    assert [u.text for u in small] == [u.text for u in large]
    assert [(u.start_s, u.end_s) for u in small] == [(u.start_s, u.end_s) for u in large]
    assert len(small) == 2


def test_flush_finishes_speech_cut_off_by_end_of_stream(
    whisper_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak("would you like a receipt with that")
    recognizer = whisper_factory.create()
    emitted = []
    for chunk in chunk_list(np.concatenate([silence(0.5), speech])):
        emitted.extend(recognizer.accept(chunk))
    assert emitted == []  # speech still going on when the stream stops
    flushed = recognizer.flush()
    assert len(flushed) == 1
    assert wer("would you like a receipt with that", flushed[0].text) <= 0.2
    assert flushed[0].speaker is None
    assert recognizer.flush() == []


def test_silence_and_noise_give_no_utterances(whisper_factory: RecognizerFactory) -> None:
    noise = np.random.default_rng(1).standard_normal(3 * SAMPLE_RATE_HZ).astype(np.float32) * 0.01
    assert run_recognizer(whisper_factory, chunk_list(np.concatenate([silence(3), noise]))) == []


def test_gap_in_audio_keeps_stream_times(
    whisper_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak("is that everything for you today")
    chunks = chunk_list(np.concatenate([silence(1.0), speech, silence(1.0)]))
    # Pretend the source dropped 5 s of audio before this stretch: chunks start at 5 s.
    shifted = [AudioChunk(c.pcm, c.start_s + 5.0, c.channel) for c in chunks]
    before = [AudioChunk(c.pcm, c.start_s, c.channel) for c in chunk_list(silence(1.0))]
    utterances = run_recognizer(whisper_factory, before + shifted)
    assert len(utterances) == 1
    assert 5.8 < utterances[0].start_s < 6.3
    assert abs(utterances[0].end_s - (6.0 + len(speech) / SAMPLE_RATE_HZ)) < 0.35


@pytest.fixture(scope="module")
def patient_factory() -> WhisperFactory:
    """Whisper with a long end-of-speech silence and a short maximum utterance."""
    model_dir = bundled_whisper_model_dir()
    assert model_dir is not None
    settings = RecognizerSettings(engine="whisper", end_silence_s=1.2, max_utterance_s=4.0)
    return WhisperFactory(settings, model_dir)


def test_end_silence_setting_decides_where_utterances_end(
    patient_factory: WhisperFactory, render: Callable[..., Any]
) -> None:
    # Two short turns 0.9 s apart: one utterance when 1.2 s of silence is needed to end one.
    dialogue = render(
        "short-turns",
        [
            {"speaker": "cashier", "text": "hello there"},
            {"speaker": "cashier", "text": "next please"},
        ],
    )
    utterances = run_recognizer(patient_factory, chunk_list(dialogue.samples))
    assert len(utterances) == 1
    # The one utterance spans both turns. (Its words are not scored: tiny.en hears this
    # espeak "hello there" as "hello now" or "for loan air" depending on a 0.1 s shift
    # of the lead-in, which says nothing about the setting under test.)
    first, second = dialogue.turns
    assert abs(utterances[0].start_s - first.start_s) < 0.35
    assert abs(utterances[0].end_s - second.end_s) < 0.35
    assert utterances[0].text.endswith("next please")


def test_long_speech_is_cut_at_the_maximum_length(
    patient_factory: WhisperFactory, speak: Callable[..., np.ndarray]
) -> None:
    text = (
        "we have a special offer on coffee this week, buy two bags and get the third free, "
        "and if you join the club you also get ten percent off your shop"
    )
    speech = speak(text)
    assert len(speech) / SAMPLE_RATE_HZ > 8.0
    utterances = run_recognizer(patient_factory, chunk_list(np.concatenate([silence(0.5), speech])))
    assert len(utterances) >= 2
    assert all(u.end_s - u.start_s <= 4.0 + 0.5 for u in utterances)
    assert wer(text, " ".join(u.text for u in utterances)) <= 0.3


def run_live(recognizer: Any, chunks: list[AudioChunk]) -> tuple[list[Utterance], list[str]]:
    """Feed chunks as live audio arrives: ``prepare()`` after each one, as recognize() does.

    Also returns a log of where each transcription ran ("prepare" or "accept")."""
    where: list[str] = []
    phase = ["accept"]
    decode = recognizer._segments

    def counted(audio: np.ndarray) -> list[Any]:
        where.append(phase[0])
        return decode(audio)

    recognizer._segments = counted
    found: list[Any] = []
    for chunk in chunks:
        phase[0] = "accept"
        found.extend(recognizer.accept(chunk))
        phase[0] = "prepare"
        recognizer.prepare()
    phase[0] = "accept"
    found.extend(recognizer.flush())
    return [u for u in found if isinstance(u, Utterance)], where


def test_look_ahead_transcribes_in_the_closing_silence(
    whisper_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    text = "would you like a receipt with that"
    audio = np.concatenate([silence(0.5), speak(text), silence(1.2)])
    chunks = chunk_list(audio)
    plain = run_recognizer(whisper_factory, chunks)
    live, where = run_live(whisper_factory.create("cashier"), chunks)
    # The utterance was transcribed once, while waiting for the end-of-speech silence,
    # and the result is exactly what transcribing it afterwards gives.
    assert where == ["prepare"]
    assert [(u.text, u.start_s, u.end_s) for u in live] == [
        (u.text, u.start_s, u.end_s) for u in plain
    ]
    assert len(live) == 1 and wer(text, live[0].text) <= 0.2


def test_look_ahead_is_dropped_when_speech_resumes(
    whisper_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    # A 0.35 s pause: long enough for a look-ahead, too short to end the utterance.
    audio = np.concatenate(
        [
            silence(0.5),
            speak("do you have a loyalty card"),
            silence(0.35),
            speak("with us today"),
            silence(1.2),
        ]
    )
    chunks = chunk_list(audio)
    plain = run_recognizer(whisper_factory, chunks)
    live, where = run_live(whisper_factory.create("cashier"), chunks)
    assert len(plain) == 1
    assert [u.text for u in live] == [u.text for u in plain]
    assert wer("do you have a loyalty card with us today", live[0].text) <= 0.2
    # First look-ahead (the pause) wasted; the second one is used.
    assert where == ["prepare", "prepare"]


def test_look_ahead_can_be_switched_off(speak: Callable[..., np.ndarray]) -> None:
    model_dir = bundled_whisper_model_dir()
    assert model_dir is not None
    factory = WhisperFactory(RecognizerSettings(engine="whisper", look_ahead=False), model_dir)
    text = "would you like a receipt with that"
    chunks = chunk_list(np.concatenate([silence(0.5), speak(text), silence(1.2)]))
    live, where = run_live(factory.create("cashier"), chunks)
    assert where == ["accept"]  # transcribed only once the utterance ended
    assert len(live) == 1 and wer(text, live[0].text) <= 0.2


def settled_trace(recognizer: Any, chunks: list[AudioChunk]) -> tuple[list[Utterance], float]:
    """Run a recogniser, checking its ``settled_s`` promise at every block: each utterance
    it returns ends at or after every settled time it reported before. Returns the
    utterances and how far settled was behind the audio fed at the end of the stream."""
    settled = -math.inf
    utterances: list[Utterance] = []
    for chunk in chunks:
        for event in recognizer.accept(chunk):
            if isinstance(event, Utterance):
                assert event.end_s >= settled - 0.001, (event, settled)
                utterances.append(event)
        now = recognizer.settled_s()
        assert now >= settled  # it never goes back
        settled = now
    behind = chunks[-1].start_s + chunks[-1].duration_s - settled
    for utterance in recognizer.flush():
        assert utterance.end_s >= settled - 0.001, (utterance, settled)
        utterances.append(utterance)
    return utterances, behind


@pytest.mark.parametrize("block_s", [0.02, 0.1, 0.5])
def test_settled_time_is_a_promise_the_recogniser_keeps(
    whisper_factory: RecognizerFactory, render: Callable[..., Any], block_s: float
) -> None:
    dialogue = render("checkout-0", CHECKOUT_DIALOGUE, voices=VOICE_PAIRS[0])
    recognizer = whisper_factory.create("cashier")
    assert isinstance(recognizer, ReportsSettled)
    utterances, behind = settled_trace(recognizer, chunk_list(dialogue.samples, block_s))
    assert len(utterances) == len(dialogue.turns)
    # After the closing silence nothing is pending: settled is the audio judged so far,
    # less than one VAD window (32 ms) plus one block behind, not seconds.
    assert behind <= block_s + 0.04


def test_settled_time_holds_when_long_speech_is_cut(
    patient_factory: WhisperFactory, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak(
        "we have a special offer on coffee this week, buy two bags and get the third free, "
        "and if you join the club you also get ten percent off your shop"
    )
    utterances, _ = settled_trace(
        patient_factory.create(), chunk_list(np.concatenate([silence(0.5), speech, silence(2)]))
    )
    assert len(utterances) >= 2  # cut at the 4 s maximum, each cut kept the promise


def test_settled_time_with_aligned_word_times(render: Callable[..., Any]) -> None:
    model_dir = bundled_whisper_model_dir()
    assert model_dir is not None
    aligned = WhisperFactory(RecognizerSettings(word_timestamps=True), model_dir)
    dialogue = render("two-turns", CHECKOUT_DIALOGUE[:2])
    utterances, behind = settled_trace(aligned.create(), chunk_list(dialogue.samples))
    assert len(utterances) == 2
    assert behind <= 0.1 + 0.04 + RecognizerSettings().speech_pad_s
