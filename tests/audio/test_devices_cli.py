"""``assistant devices`` and microphone errors on the command line: one line, no traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from audio_test_helpers import PulseNullSink


def run(args: list[str], env: dict[str, str], code: str | None = None):
    command = (
        [sys.executable, "-m", "assistant", *args] if code is None else [sys.executable, "-c", code]
    )
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


def no_sound_env() -> dict[str, str]:
    """An environment where PortAudio finds no input: no PulseAudio server to reach."""
    if (
        Path("/proc/asound/cards").exists()
        and "no soundcards" not in Path("/proc/asound/cards").read_text()
    ):
        pytest.skip("this machine has a real sound card, so it has input devices")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE_", "XDG_RUNTIME"))}
    env["PULSE_SERVER"] = "unix:/nonexistent/pulse/native"
    return env


@pytest.mark.pulseaudio
def test_devices_lists_the_pulse_inputs(pulse_null_sink: PulseNullSink) -> None:
    result = run(["devices"], pulse_null_sink.env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["INDEX", "CHANNELS", "RATE", "(Hz)", "NAME"]
    assert any(re.search(r"^[* ]\s+\d+\s+32\s+44100\s+pulse\s+\[ALSA\]$", ln) for ln in lines)
    assert any(line.startswith("*") for line in lines[1:]), "default input not marked"

    result = run(["devices", "--json"], pulse_null_sink.env)
    assert result.returncode == 0, result.stderr
    devices = json.loads(result.stdout)
    pulse = next(d for d in devices if d["name"] == "pulse")
    assert pulse["max_input_channels"] >= 2 and pulse["default_samplerate_hz"] > 0
    assert sum(d["is_default"] for d in devices) == 1
    assert set(pulse) == {
        "index",
        "name",
        "max_input_channels",
        "default_samplerate_hz",
        "is_default",
        "host_api",
    }


def test_no_input_devices_is_a_clear_message() -> None:
    env = no_sound_env()
    result = run(["devices"], env)
    assert result.returncode == 1
    assert "No audio input devices found" in result.stdout
    assert "Traceback" not in result.stderr
    result = run(["devices", "--json"], env)
    assert result.returncode == 1 and json.loads(result.stdout) == []


def test_no_microphone_is_a_one_line_error() -> None:
    code = (
        "import sys\n"
        "from assistant.audio import open_source\n"
        "from assistant.errors import AudioInputError\n"
        "try:\n"
        "    open_source('mic')\n"
        "except AudioInputError as error:\n"
        "    print(error.code); print(error)\n"
    )
    result = run([], no_sound_env(), code=code)
    assert result.returncode == 0, result.stderr
    code_line, message = result.stdout.splitlines()
    assert code_line == "audio-no-input-device"
    assert "no audio input device found" in message


def test_missing_portaudio_is_a_one_line_error(tmp_path: Path) -> None:
    # What sounddevice itself raises when libportaudio2 is not installed.
    (tmp_path / "sounddevice.py").write_text("raise OSError('PortAudio library not found')\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    result = run(["devices"], env)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "assistant: error: microphone input needs the PortAudio library "
        "(apt-get install libportaudio2)"
    )
