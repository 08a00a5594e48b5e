"""``assistant transcribe`` end to end, as a user runs it: a real process on real audio."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile

from assistant.events import SAMPLE_RATE_HZ
from assistant.synth import resample

from .conftest import CHECKOUT_DIALOGUE, wer

ROOT = Path(__file__).resolve().parents[2]


def transcribe(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "transcribe", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=240,
        env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT), "PYTHONPATH": str(ROOT)},
    )


def lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def assert_clean_error(result: subprocess.CompletedProcess[bytes], *fragments: str) -> None:
    stderr = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in stderr
    error_lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1, stderr
    assert error_lines[0].startswith("assistant: error:"), stderr
    for fragment in fragments:
        assert fragment in error_lines[0], stderr
    assert result.stdout == b""


@pytest.fixture(scope="module")
def dialogue(render: Callable[..., Any]) -> Any:
    return render("cli-dialogue", CHECKOUT_DIALOGUE[:3])


@pytest.mark.slow
def test_wav_file_to_json_lines(dialogue: Any) -> None:
    result = transcribe(str(dialogue.path), "--engine", "whisper", "--progress")
    assert result.returncode == 0, result.stderr.decode()
    found = lines(result)
    assert len(found) == 3
    for line, turn in zip(found, dialogue.turns, strict=True):
        assert set(line) == {"start", "end", "speaker", "text", "words"}
        assert line["speaker"] is None
        assert abs(line["start"] - turn.start_s) < 0.35
        assert abs(line["end"] - turn.end_s) < 0.35
        assert {"word", "start", "end", "conf"} == set(line["words"][0])
    assert wer([t.text for t in dialogue.turns], [line["text"] for line in found]) <= 0.15
    assert "transcribed" in result.stderr.decode()  # --progress summary on stderr


@pytest.mark.slow
def test_raw_pcm_on_stdin_at_another_rate(dialogue: Any) -> None:
    samples_48k = resample(dialogue.samples, SAMPLE_RATE_HZ, 48000)
    pcm = (np.clip(samples_48k, -1, 1) * 32767).astype("<i2").tobytes()
    result = transcribe("-", "--rate", "48000", "--engine", "whisper", stdin=pcm)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""  # no progress when stderr is not a terminal
    found = lines(result)
    assert len(found) == 3
    assert wer([t.text for t in dialogue.turns], [line["text"] for line in found]) <= 0.2


@pytest.mark.slow
def test_stereo_file_with_roles(tmp_path: Path, speak: Callable[..., np.ndarray]) -> None:
    cashier_text = "do you have a loyalty card with us today"
    customer_text = "no i dont but i might sign up next time"
    cashier = speak(cashier_text)
    customer = speak(customer_text, "en-us+m3")
    length = SAMPLE_RATE_HZ * 2 + len(cashier) + len(customer) + SAMPLE_RATE_HZ
    stereo = np.zeros((length, 2), np.float32)
    stereo[SAMPLE_RATE_HZ // 2 : SAMPLE_RATE_HZ // 2 + len(cashier), 0] = cashier
    start = SAMPLE_RATE_HZ + len(cashier) + SAMPLE_RATE_HZ // 2
    stereo[start : start + len(customer), 1] = customer
    path = tmp_path / "stereo.flac"
    soundfile.write(path, resample_2d(stereo, 44100), 44100)
    result = transcribe(str(path), "--roles", "cashier,customer", "--engine", "whisper")
    assert result.returncode == 0, result.stderr.decode()
    found = lines(result)
    assert [line["speaker"] for line in found] == ["cashier", "customer"]
    assert wer(cashier_text, found[0]["text"]) <= 0.2
    assert wer(customer_text, found[1]["text"]) <= 0.2


def resample_2d(samples: np.ndarray, to_hz: int) -> np.ndarray:
    return np.stack(
        [resample(samples[:, c], SAMPLE_RATE_HZ, to_hz) for c in range(samples.shape[1])], axis=1
    )


@pytest.mark.slow
def test_vosk_engine_with_partials(
    korean_model_dir: Path, speak: Callable[..., np.ndarray]
) -> None:
    speech = speak("안녕하세요. 오늘 날씨가 정말 좋네요.", "ko")
    pcm = (np.concatenate([np.zeros(8000, np.float32), speech]) * 32767).astype("<i2").tobytes()
    result = transcribe(
        "-",
        "--rate",
        "16000",
        "--engine",
        "vosk",
        "--model",
        str(korean_model_dir),
        "--partials",
        stdin=pcm,
    )
    assert result.returncode == 0, result.stderr.decode()
    found = lines(result)
    partials = [line for line in found if "partial" in line]
    finals = [line for line in found if "words" in line]
    assert partials and len(finals) == 1
    assert found[-1] is finals[0]  # partials come first, the final at end of stream
    assert finals[0]["words"] and finals[0]["text"]


def test_missing_file(tmp_path: Path) -> None:
    assert_clean_error(transcribe(str(tmp_path / "nope.wav")), "not found", "nope.wav")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    assert_clean_error(transcribe(str(path)), "empty")


def test_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.wav"
    path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" + bytes(range(256)) * 4)
    assert_clean_error(transcribe(str(path)), "corrupt.wav")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["-"], "--rate"),
        (["-", "--rate", "16"], "out of range"),
        (["-", "--rate", "0"], "out of range"),
        (["-", "--rate", "16000.5"], "whole number"),
        (["-", "--rate", "nan"], "--rate"),
        (["-", "--rate", "inf"], "--rate"),
        (["-", "--rate", "16000", "--channels", "0"], "channel"),
    ],
)
def test_bad_rate_or_channels(args: list[str], fragment: str) -> None:
    assert_clean_error(transcribe(*args, stdin=b"\x00\x00" * 100), fragment)


def test_rate_with_a_file(dialogue: Any) -> None:
    assert_clean_error(transcribe(str(dialogue.path), "--rate", "8000"), "--rate")
    assert_clean_error(transcribe(str(dialogue.path), "--channels", "2"), "--channels")


def test_more_roles_than_channels(dialogue: Any) -> None:
    assert_clean_error(
        transcribe(str(dialogue.path), "--roles", "cashier,customer"), "--roles", "1"
    )


def test_empty_stdin() -> None:
    assert_clean_error(transcribe("-", "--rate", "16000", stdin=b""), "no audio")


def test_missing_model_dir(dialogue: Any, tmp_path: Path) -> None:
    missing = tmp_path / "models" / "vosk-model-small-en-us-0.15"
    assert_clean_error(
        transcribe(str(dialogue.path), "--engine", "vosk", "--model", str(missing)), "not found"
    )


def test_broken_model_dir(dialogue: Any, tmp_path: Path) -> None:
    (tmp_path / "README").write_text("half an unzip")
    assert_clean_error(transcribe(str(dialogue.path), "--model", str(tmp_path)), "neither")
    assert_clean_error(
        transcribe(str(dialogue.path), "--engine", "vosk", "--model", str(tmp_path)),
        "not a Vosk model",
    )
