"""`assistant run` and `assistant demo` as a user runs them: real audio, real recogniser."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import soundfile
from audio_test_helpers import running_null_sink
from server_testkit import hello, recv
from websockets.asyncio.client import connect

from assistant.store.db import Store
from assistant.synth import espeak_available, render_dialogue

pytestmark = pytest.mark.slow

TOKEN = "run-command-token"
GOSSIP = [
    ("cashier", "hiya is that everything for you"),
    ("customer", "yes just the milk and the paper please"),
    ("cashier", "did you see the old chap who was in before you"),
    ("customer", "not really no"),
    (
        "cashier",
        "he buys three bottles of whisky every morning and between you and me "
        "his wife threw him out last week because of his drinking",
    ),
    ("customer", "oh right well that is his business"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_http(url: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture(scope="module")
def gossip_recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not espeak_available():
        pytest.skip("espeak-ng is not installed")
    samples, _ = render_dialogue(
        [{"conversation": "g", "speaker": s, "text": t} for s, t in GOSSIP]
    )
    path = tmp_path_factory.mktemp("audio") / "gossip.flac"
    soundfile.write(path, samples, 16000, format="FLAC", subtype="PCM_16")
    return path


async def test_run_turns_a_recording_into_a_nudge_and_stops_cleanly_on_sigterm(
    tmp_path: Path, gossip_recording: Path
) -> None:
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[server]\nport = {port}\ntoken = "{TOKEN}"\nstate_dir = "state"\n'
        f'[[till]]\nid = "front"\nsource = "{gossip_recording}"\nroles = ["none"]\n'
        "realtime = true\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "run", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        await asyncio.to_thread(wait_http, f"http://127.0.0.1:{port}/healthz", 120)
        async with connect(f"ws://127.0.0.1:{port}/ws") as supervisor:
            # last_seq=0: even a nudge raised before we connected is replayed.
            await hello(supervisor, "supervisor", token=TOKEN, last_seq=0)
            message = await recv(supervisor, timeout_s=90)
            while message["type"] != "nudge":
                message = await recv(supervisor, timeout_s=90)
        nudge = message["nudge"]
        assert nudge["kind"] == "gossip" and nudge["till"] == "front"
        process.send_signal(signal.SIGTERM)
        stdout, stderr = await asyncio.to_thread(process.communicate, timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "[front] gossip: Keep it about the customer" in stdout
    assert "stopping" in stdout
    db = Store.open(tmp_path / "state" / "records.sqlite3", create=False)
    try:
        stored = db.nudges(0.0, 1e12)
    finally:
        db.close()
    assert [n.id for n in stored] == [nudge["id"]]


def test_demo_fast_runs_end_to_end_and_raises_every_expected_nudge() -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "demo",
            "--fast",
            "--no-browser",
            "--exit-at-end",
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "till display till-1: http://127.0.0.1:" in out
    assert "/supervisor?token=" in out
    assert "demo finished: 4 nudges raised" in out, out
    for line in (
        "gossip: 2 raised, 2 expected",
        "repeated_question: 1 raised, 1 expected",
        "rushed_upsell: 1 raised, 1 expected",
    ):
        assert line in out


def test_demo_script_matches_the_recording() -> None:
    from assistant.paths import data_dir

    info = soundfile.info(data_dir() / "demo.flac")
    lines = [json.loads(x) for x in (data_dir() / "demo_script.jsonl").read_text().splitlines()]
    assert info.samplerate == 16000 and info.channels == 1
    assert 150 <= info.duration <= 240
    assert (data_dir() / "demo.flac").stat().st_size < 4 * 1024 * 1024
    assert max(line["end"] for line in lines) < info.duration
    assert {k for line in lines for k in line["expected"]} == {
        "gossip",
        "repeated_question",
        "rushed_upsell",
    }


@pytest.mark.pulseaudio
async def test_run_hears_a_real_microphone_and_nudges(
    tmp_path: Path, gossip_recording: Path
) -> None:
    """A PulseAudio null sink is the till's microphone: speech played into it → nudge."""
    with running_null_sink("asst-pulse-") as pulse:
        await run_on_the_null_sink(tmp_path, gossip_recording, pulse.sink, pulse.env)


async def run_on_the_null_sink(
    tmp_path: Path, gossip_recording: Path, sink: str, pulse_env: dict[str, str]
) -> None:
    env = dict(pulse_env, PYTHONUNBUFFERED="1")
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[server]\nport = {port}\ntoken = "{TOKEN}"\nstate_dir = "state"\n'
        '[[till]]\nid = "mic-till"\ndevice = "pulse"\nchannels = 1\nrate_hz = 48000\n'
        'roles = ["none"]\n'
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "run", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        await asyncio.to_thread(wait_http, f"http://127.0.0.1:{port}/healthz", 120)
        async with connect(f"ws://127.0.0.1:{port}/ws") as supervisor:
            await hello(supervisor, "supervisor", token=TOKEN, last_seq=0)
            # Wait until the microphone is open and listening before speaking into it.
            message = await recv(supervisor, timeout_s=30)
            while not (message["type"] == "till_status" and message.get("listening")):
                message = await recv(supervisor, timeout_s=30)
            player = await asyncio.create_subprocess_exec(
                "paplay", f"--device={sink}", str(gossip_recording), env=env
            )
            await player.wait()
            while message["type"] != "nudge":
                message = await recv(supervisor, timeout_s=60)
        assert message["nudge"]["kind"] == "gossip" and message["nudge"]["till"] == "mic-till"
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.to_thread(process.communicate, timeout=60)
        assert process.returncode == 0, stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
