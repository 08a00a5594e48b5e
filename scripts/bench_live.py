"""Benchmark the live path: end-of-speech → nudge on a websocket client, and fan-out to 50.

1. End to end: replays a recording IN REAL TIME through the real pipeline (default
   recogniser, real coach, real server) and measures, for each nudge, the time from the
   END of the triggering utterance in the audio (from the recording's script, not the
   recogniser's guess) to the nudge arriving at a websocket client.
2. Fan-out: 50 supervisor clients (in a separate process) connected to a real server;
   the server-side time from publishing one event until it has been written to all 50
   connections, and the time until the last client has received it.

Usage: python scripts/bench_live.py [--recording FLAC --script JSONL] [--clients 50]
       [--events 200] [--skip-e2e] [--skip-fanout] [--json]
Targets (issue 4): end-to-end p95 ≤ 1.2 s; fan-out to 50 clients ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect

from assistant.asr import RecognizerSettings, load_recognizer
from assistant.coach import load_rules
from assistant.config import config_from_mapping
from assistant.events import Nudge
from assistant.paths import data_dir
from assistant.pipeline import Pipeline, TillRuntime
from assistant.server.app import AssistantServer
from assistant.server.settings import ServerSettings

TOKEN = "bench-token-0123456789"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median": statistics.median(values) if values else float("nan"),
        "p95": percentile(values, 0.95),
        "max": max(values) if values else float("nan"),
    }


# -- 1. end to end ------------------------------------------------------------------------


def true_trigger_end(script: list[dict[str, Any]], nudge: Nudge) -> float | None:
    """End (in the audio) of the scripted turn the nudge's last evidence was heard from."""
    if not nudge.evidence:
        return None
    heard = nudge.evidence[-1]
    best, best_overlap = None, 0.0
    for turn in script:
        overlap = min(turn["end"], heard.end_s) - max(turn["start"], heard.start_s)
        if overlap > best_overlap:
            best, best_overlap = turn, overlap
    return float(best["end"]) if best is not None else None


async def bench_end_to_end(recording: Path, script_path: Path) -> dict[str, Any]:
    script = [json.loads(x) for x in script_path.read_text().splitlines() if x.strip()]
    state = Path(tempfile.mkdtemp(prefix="bench-live-"))
    config = config_from_mapping(
        {
            "server": {"port": 0, "token": TOKEN},
            "till": [{"id": "bench", "source": str(recording), "roles": ["none"]}],
        },
        base_dir=state,
        state_dir=state,
    )
    started = time.perf_counter()
    factory = await asyncio.to_thread(load_recognizer, RecognizerSettings())
    load_s = time.perf_counter() - started
    rules = load_rules(None)
    server = AssistantServer(config.server, token=TOKEN, tills=["bench"])
    await server.start()
    raised: dict[str, tuple[Nudge, TillRuntime, float]] = {}

    def on_nudge(nudge: Nudge, runtime: TillRuntime) -> None:
        # Called right after the nudge was published: recognition + coach are done.
        raised[nudge.id] = (nudge, runtime, time.time())

    pipeline = Pipeline(config, factory=factory, rules=rules, server=server, on_nudge=on_nudge)
    arrivals: dict[str, float] = {}
    try:
        async with connect(f"ws://127.0.0.1:{server.port}/ws") as client:
            await client.send(
                json.dumps({"type": "hello", "v": 1, "role": "till", "till": "bench"})
            )
            run = asyncio.create_task(pipeline.run())

            async def read() -> None:
                async for raw in client:
                    message = json.loads(raw)
                    if message.get("type") == "nudge":
                        arrivals[message["nudge"]["id"]] = time.time()

            reader = asyncio.create_task(read())
            await run
            await asyncio.sleep(1.0)
            reader.cancel()
    finally:
        await server.close()
    latencies, recognition, delivery = [], [], []
    rows = []
    for nudge_id, arrived in arrivals.items():
        nudge, runtime, published = raised[nudge_id]
        end_s = true_trigger_end(script, nudge)
        if end_s is None or runtime.origin_epoch_s is None:
            continue
        spoken_end = runtime.origin_epoch_s + end_s
        latencies.append(arrived - spoken_end)
        recognition.append(published - spoken_end)
        delivery.append((arrived - published) * 1000)
        rows.append(
            {
                "kind": nudge.kind,
                "trigger_end_s": end_s,
                "latency_s": round(arrived - spoken_end, 3),
                "recognised_and_coached_s": round(published - spoken_end, 3),
                "delivery_ms": round((arrived - published) * 1000, 2),
            }
        )
    return {
        "engine": f"{factory.name} ({factory.model_description})",
        "model_load_s": round(load_s, 2),
        "recording": str(recording),
        "nudges": rows,
        "latency_s": summary(latencies),
        "recognised_and_coached_s": summary(recognition),
        "delivery_ms": summary(delivery),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


# -- 2. fan-out ------------------------------------------------------------------------


async def clients_worker(url: str, count: int) -> None:
    """Child process: ``count`` supervisor clients; prints each event's last arrival."""
    last_arrival: dict[int, float] = {}
    received: dict[int, int] = {}

    async def one(ready: asyncio.Event) -> None:
        async with connect(url, compression=None) as conn:
            await conn.send(
                json.dumps({"type": "hello", "v": 1, "role": "supervisor", "token": TOKEN})
            )
            await conn.recv()
            ready.set()
            async for raw in conn:
                now = time.time()
                message = json.loads(raw)
                seq = message.get("seq")
                if message.get("type") == "nudge" and isinstance(seq, int):
                    received[seq] = received.get(seq, 0) + 1
                    last_arrival[seq] = max(last_arrival.get(seq, 0.0), now)
                    if message["nudge"]["message"] == "stop":
                        return

    events = [asyncio.Event() for _ in range(count)]
    tasks = [asyncio.create_task(one(event)) for event in events]
    await asyncio.gather(*(event.wait() for event in events))
    print("ready", flush=True)
    await asyncio.gather(*tasks)
    print(json.dumps({"last_arrival": last_arrival, "received": received}), flush=True)


async def bench_fanout(clients: int, events: int) -> dict[str, Any]:
    state = Path(tempfile.mkdtemp(prefix="bench-fanout-"))
    server = AssistantServer(
        ServerSettings(port=0, state_dir=state, client_queue_size=1024),
        token=TOKEN,
        tills=["bench"],
    )
    await server.start()
    written: dict[int, list[float]] = {}

    def probe(seq: int, client: str) -> None:
        written.setdefault(seq, []).append(time.perf_counter())

    server.delivery_probe = probe
    worker = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--clients-worker",
        f"ws://127.0.0.1:{server.port}/ws",
        str(clients),
        stdout=subprocess.PIPE,
    )
    assert worker.stdout is not None
    line = await worker.stdout.readline()
    assert line.strip() == b"ready", line
    published: dict[int, tuple[float, float]] = {}
    base = {
        "kind": "gossip",
        "conversation": "c",
        "at": 1.0,
        "severity": "warning",
        "rule": "bench",
        "till": "bench",
        "evidence": [{"start": 0.0, "end": 1.0, "speaker": "cashier", "text": "x" * 80}],
    }
    try:
        for index in range(events + 1):
            message = "stop" if index == events else "Keep it about the customer"
            nudge = {**base, "id": f"b{index}", "message": message}
            wall, start = time.time(), time.perf_counter()
            event = server.publish_nudge(nudge)
            published[event.seq] = (wall, start)
            await asyncio.sleep(0.05)
        out, _ = await asyncio.wait_for(worker.communicate(), 60)
    finally:
        await server.close()
    report = json.loads(out.decode().strip().splitlines()[-1])
    server_side, client_side = [], []
    complete = 0
    for seq, (wall, start) in published.items():
        times = written.get(seq, [])
        if len(times) == clients:
            complete += 1
            server_side.append((max(times) - start) * 1000)
        arrival = report["last_arrival"].get(str(seq))
        if arrival is not None and report["received"].get(str(seq)) == clients:
            client_side.append((arrival - wall) * 1000)
    return {
        "clients": clients,
        "events": len(published),
        "events_delivered_to_all": complete,
        "server_write_ms": summary(server_side),
        "last_client_receive_ms": summary(client_side),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recording", type=Path, default=data_dir() / "demo.flac")
    parser.add_argument("--script", type=Path, default=data_dir() / "demo_script.jsonl")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--skip-e2e", action="store_true")
    parser.add_argument("--skip-fanout", action="store_true")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--clients-worker", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.clients_worker:
        asyncio.run(clients_worker(args.clients_worker[0], int(args.clients_worker[1])))
        return 0
    results: dict[str, Any] = {}
    if not args.skip_fanout:
        results["fanout"] = asyncio.run(bench_fanout(args.clients, args.events))
    if not args.skip_e2e:
        results["end_to_end"] = asyncio.run(bench_end_to_end(args.recording, args.script))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    if "fanout" in results:
        fan = results["fanout"]
        print(
            f"fan-out to {fan['clients']} clients ({fan['events_delivered_to_all']}/"
            f"{fan['events']} events reached all)                  target"
        )
        for key, label in (
            ("server_write_ms", "server: written to all sockets"),
            ("last_client_receive_ms", "last client received"),
        ):
            stats = fan[key]
            print(
                f"  {label:34s} median {stats['median']:7.2f} ms  p95 {stats['p95']:7.2f} ms"
                f"   {'≤ 20 ms' if key == 'server_write_ms' else ''}"
            )
    if "end_to_end" in results:
        e2e = results["end_to_end"]
        stats = e2e["latency_s"]
        print(
            f"end of triggering utterance → nudge at a websocket client ({e2e['engine']},"
            f" real-time replay of {Path(e2e['recording']).name})"
        )
        for row in e2e["nudges"]:
            print(
                f"  {row['kind']:18s} utterance ended {row['trigger_end_s']:7.2f} s"
                f"  latency {row['latency_s']:6.3f} s  (recognition+coach"
                f" {row['recognised_and_coached_s']:6.3f} s, delivery {row['delivery_ms']:.1f} ms)"
            )
        print(
            f"  n={stats['n']}  median {stats['median']:.3f} s  p95 {stats['p95']:.3f} s"
            f"  max {stats['max']:.3f} s   target p95 ≤ 1.2 s"
        )
        delivery = e2e["delivery_ms"]
        print(
            f"  server → client delivery: median {delivery['median']:.1f} ms,"
            f" p95 {delivery['p95']:.1f} ms; 1-min load average {e2e['load_average_1min']}"
            f" on {os.cpu_count()} cores"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
