# ruff: noqa: E501
"""``assistant analyze`` end to end through the real command line (a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

C = "cashier"
U = "customer"

LINES = [
    {"conversation": "v1", "speaker": U, "start": 0.0, "end": 2.0, "text": "a pint of milk please"},
    {"conversation": "v1", "speaker": C, "start": 3.0, "end": 6.0, "text": "did you see the lady who was in before you"},
    {"conversation": "v1", "speaker": U, "start": 7.0, "end": 8.0, "text": "no"},
    {
        "conversation": "v1",
        "speaker": C,
        "start": 9.0,
        "end": 14.0,
        "text": "Between you and me, her husband's been having an affair and she's in debt!",
    },
    {"conversation": "v2", "speaker": C, "start": 50.0, "end": 52.0, "text": "morning what can i get you"},
]


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "analyze", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_jsonl_output(tmp_path):  # type: ignore[no-untyped-def]
    result = analyze(str(write_jsonl(tmp_path / "t.jsonl", LINES)))
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    nudge = json.loads(line)
    assert {"kind", "conversation", "at", "message", "severity", "evidence"} <= set(nudge)
    assert nudge["kind"] == "gossip"
    assert nudge["conversation"] == "v1"
    assert nudge["at"] == 14.0
    assert nudge["evidence"][-1]["text"].startswith("Between you and me")


def test_text_output(tmp_path):  # type: ignore[no-untyped-def]
    result = analyze(str(write_jsonl(tmp_path / "t.jsonl", LINES)), "--format", "text")
    assert result.returncode == 0
    assert "gossip" in result.stdout and "Keep it about the customer" in result.stdout


def test_malformed_lines_are_reported_and_skipped(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.jsonl"
    rows = [json.dumps(r) for r in LINES]
    rows.insert(1, "{not json")
    rows.insert(3, json.dumps({"start": 1, "end": 2}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = analyze(str(path))
    assert result.returncode == 0
    assert ":2: not JSON" in result.stderr
    assert ":4: 'text' must be a string" in result.stderr
    assert [json.loads(x)["kind"] for x in result.stdout.splitlines()] == ["gossip"]


def test_roles_unknown_transcript(tmp_path):  # type: ignore[no-untyped-def]
    rows = [dict(r, speaker=None) for r in LINES]
    result = analyze(str(write_jsonl(tmp_path / "t.jsonl", rows)))
    assert result.returncode == 0
    assert "Traceback" not in result.stderr


def test_rules_file_and_its_errors(tmp_path):  # type: ignore[no-untyped-def]
    transcript = str(write_jsonl(tmp_path / "t.jsonl", LINES))
    off = tmp_path / "off.toml"
    off.write_text("[gossip]\nenabled = false\n")
    result = analyze(transcript, "--rules", str(off))
    assert result.returncode == 0 and result.stdout == ""
    bad = tmp_path / "bad.toml"
    bad.write_text('[gossip]\ncooldown_s = "x"\n')
    result = analyze(transcript, "--rules", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "assistant: error: rules.gossip.cooldown_s: expected a number ≥ 0, got 'x'"
    )


def test_missing_file_is_one_line_exit_2(tmp_path):  # type: ignore[no-untyped-def]
    result = analyze(str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no such file" in result.stderr


@pytest.mark.slow
def test_audio_file_is_recognised_then_analysed(tmp_path):  # type: ignore[no-untyped-def]
    """Real speech (espeak-ng) through the default recogniser, roles unknown."""
    import soundfile

    from assistant.synth import espeak_available, render_dialogue

    if not espeak_available():
        pytest.skip("espeak-ng not installed")
    turns = [
        {"speaker": C, "text": "would you like the extended warranty and a protection plan for it"},
        {"speaker": U, "text": "no"},
        {"speaker": C, "text": "can i take your email and do you want our store card with twenty percent off"},
        {"speaker": U, "text": "no thanks"},
        {"speaker": C, "text": "and would you like to donate to charity today"},
    ]
    samples, _ = render_dialogue(turns, pause_s=0.4)
    path = tmp_path / "till.wav"
    soundfile.write(path, samples, 16000)
    result = analyze(str(path))
    assert result.returncode == 0, result.stderr
    kinds = [json.loads(x)["kind"] for x in result.stdout.splitlines()]
    assert kinds == ["rushed_upsell"]
    assert json.loads(result.stdout.splitlines()[0])["conversation"] == "c0001"
