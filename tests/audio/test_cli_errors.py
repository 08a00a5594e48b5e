"""Bad audio input through the real CLI (`assistant transcribe`): one line, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def transcribe(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "transcribe", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
    )


def bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    text = tmp_path / "notes.flac"
    text.write_text("not audio\n" * 50)
    header_only = tmp_path / "header_only.wav"
    header_only.write_bytes(
        b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00"
        b"\x00}\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"
    )
    return {
        "missing": ([str(tmp_path / "nope.wav")], "audio file not found"),
        "directory": ([str(tmp_path)], "is a directory"),
        "empty": ([str(empty)], "audio file is empty"),
        "not-audio": ([str(text)], "cannot decode"),
        "no-samples": ([str(header_only)], "holds no audio samples"),
        "rate-zero": (["-", "--rate", "0"], "out of range"),
        "rate-negative": (["-", "--rate", "-8000"], "out of range"),
        "rate-absurd": (["-", "--rate", "99999999"], "out of range"),
        "stdin-empty": (["-", "--rate", "16000"], "no audio arrived on standard input"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "empty",
        "not-audio",
        "no-samples",
        "rate-zero",
        "rate-negative",
        "rate-absurd",
        "stdin-empty",
    ],
)
def test_bad_audio_input_is_one_clear_line(tmp_path: Path, case: str) -> None:
    args, words = bad_inputs(tmp_path)[case]
    result = transcribe(*args)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("assistant: error:")]
    assert len(lines) == 1 and words in lines[0], stderr
