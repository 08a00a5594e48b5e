"""The pipeline wired to a real server, a real store (SQLite) and real websocket clients.

The recogniser is scripted here (fast, deterministic); the real recogniser on real audio
runs the same path in test_run_command.py.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from server_testkit import TOKEN, ScriptedFactory, hello, recv, write_silence, ws_url
from websockets.asyncio.client import connect

from assistant.audio import open_file
from assistant.coach import load_rules
from assistant.config import TillConfig, config_from_mapping
from assistant.pipeline import Pipeline, open_till_source
from assistant.server.app import AssistantServer
from assistant.store.db import Store
from assistant.store.writer import StoreWriter


def two_till_config(tmp_path: Path, audio: Path) -> Any:
    return config_from_mapping(
        {
            "server": {"port": 0, "token": TOKEN},
            "till": [
                {"id": "till-1", "source": str(audio), "roles": ["none"], "realtime": False},
                {"id": "till-2", "device": "no-such-microphone"},
            ],
        },
        base_dir=tmp_path,
        state_dir=tmp_path / "state",
    )


def opener(till: TillConfig) -> Any:
    """Recordings unpaced (fast tests); microphones through the production opener."""
    if till.source is None:
        return open_till_source(till)
    return open_file(till.source, realtime=False)


async def test_nudge_flows_to_displays_and_store_while_a_broken_till_waits(
    tmp_path: Path,
) -> None:
    audio = write_silence(tmp_path / "quiet.wav", 16.0)
    config = two_till_config(tmp_path, audio)
    store = StoreWriter(config.store)
    await store.start()
    server = AssistantServer(config.server, token=TOKEN, tills=["till-1", "till-2"])
    await server.start()
    pipeline = Pipeline(
        config,
        factory=ScriptedFactory(),
        rules=load_rules(None),
        server=server,
        records=store,
        open_audio=opener,
    )
    try:
        async with connect(ws_url(server)) as till, connect(ws_url(server)) as sup:
            await hello(till, "till", till="till-1")
            await hello(sup, "supervisor", token=TOKEN)
            run = asyncio.create_task(pipeline.run())
            message = await recv(till, timeout_s=20)
            while message["type"] != "nudge":
                message = await recv(till, timeout_s=20)
            nudge = message["nudge"]
            assert nudge["kind"] == "gossip" and nudge["till"] == "till-1"
            assert nudge["id"].startswith("n-")
            assert any("whisky" in e["text"] for e in nudge["evidence"])
            # The supervisor sees it too, and the broken till's status says why.
            statuses: dict[str, Any] = {}
            seen_nudge = False
            while not (seen_nudge and statuses.get("till-2", {}).get("state") == "failed"):
                message = await recv(sup, timeout_s=20)
                if message["type"] == "nudge":
                    seen_nudge = message["nudge"]["id"] == nudge["id"]
                elif message["type"] == "till_status":
                    statuses[message["till"]] = message
            assert statuses["till-2"]["listening"] is False
            assert statuses["till-2"]["state"] == "failed"
            assert "device" in statuses["till-2"]["detail"]  # the real reason, e.g. no device
            # Cashier taps, supervisor judges: both reach the store.
            await till.send(json.dumps({"type": "ack", "v": 1, "nudge_id": nudge["id"]}))
            await sup.send(
                json.dumps({"type": "feedback", "v": 1, "nudge_id": nudge["id"], "verdict": "down"})
            )
            await asyncio.sleep(0.3)
            assert not run.done()  # till-2 keeps retrying; till-1 finished its recording
            run.cancel()
            await asyncio.gather(run, return_exceptions=True)
    finally:
        pipeline.finish()
        await server.close()
        await store.close()
    db = Store.open(config.store.path, create=False)
    try:
        [row] = db.nudges(0.0, 1e12)
        counts = db.counts()
    finally:
        db.close()
    assert row.id == nudge["id"] and row.kind == "gossip" and row.till == "till-1"
    assert row.acknowledged_epoch_s is not None
    assert row.verdict == "down"
    assert counts["conversations"] == 1


async def test_status_reports_level_and_redacted_last_utterance(tmp_path: Path) -> None:
    script = ((0.5, 2.0, "customer", "you can reach me at jane dot smith at example dot com"),)
    audio = write_silence(tmp_path / "quiet.wav", 4.0)
    config = two_till_config(tmp_path, audio)
    server = AssistantServer(config.server, token=TOKEN, tills=["till-1", "till-2"])
    await server.start()
    pipeline = Pipeline(
        config, factory=ScriptedFactory(script), rules=load_rules(None), server=server,
        records=None, open_audio=opener,
    )
    try:
        run = asyncio.create_task(pipeline.run())
        async with connect(ws_url(server)) as till:
            await hello(till, "till", till="till-1")
            for _ in range(40):
                message = await recv(till, timeout_s=10)
                last = message.get("last_utterance") if message["type"] == "till_status" else None
                if last:
                    break
            assert last is not None and "jane" not in last["text"]
            assert message["engine"] == "scripted (test script)"
        run.cancel()
        await asyncio.gather(run, return_exceptions=True)
    finally:
        await server.close()
