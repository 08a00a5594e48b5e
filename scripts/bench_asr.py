#!/usr/bin/env python3
"""Benchmark the speech recogniser: WER, real-time factor, load time, peak RSS, latency.

Usage (one command, prints a table; ``--json`` for machine-readable output)::

    python scripts/bench_asr.py [--engine auto|whisper|vosk] [--model DIR]
                                [--conversations N] [--latency-conversations N] [--json]

What it measures, for the chosen engine (default ``auto``: the product's default):

- WER on an espeak-ng checkout dialogue set: the first N conversations of the shared
  development transcripts (``--dialogues``, default /work/shared/conversations/dev.jsonl),
  rendered with ``assistant.synth.render_dialogue`` (roles ignored), transcribed from WAV
  files as fast as possible through the product path (``open_file`` → ``recognize``).
- WER on human recordings: the LibriVox clips of Debian's ``pocketsphinx-testdata``.
- RTF: processing wall time / audio duration over those fast runs.
- model load time, and peak RSS (``getrusage`` of a fresh child process that only loads
  the model and recognises; rendering happens in the parent).
- latency: the dialogues replayed in real time (``open_file(realtime=True)``); for each
  spoken turn, wall time its final utterance is emitted minus wall time the block holding
  the end of the turn's audio was fed. Median and p95.
- stereo latency: the same dialogues as a two-channel till (cashier left, customer
  right, each channel silent while the other speaks) replayed in real time with one
  recogniser per channel, so it includes the wait of the ordered merge; plus how many
  utterances came out of end order (must be 0).

The machine is shared while developing, so figures vary; quote medians and rerun.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DIALOGUES = Path("/work/shared/conversations/dev.jsonl")
LIBRIVOX_DIR = Path("/usr/share/pocketsphinx/test/data/librivox")
TARGETS = {
    "wer_espeak": 0.15,
    "wer_human": 0.06,
    "rtf": 0.10,
    "latency_p95_s": 0.8,
    "peak_rss_mb": 400.0,
}


def load_conversations(path: Path, count: int) -> list[list[dict[str, Any]]]:
    by_id: dict[str, list[dict[str, Any]]] = {}
    with path.open() as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                by_id.setdefault(str(row.get("conversation")), []).append(row)
    return list(by_id.values())[:count]


def librivox() -> list[dict[str, Any]]:
    clips = []
    for line in (LIBRIVOX_DIR / "transcription").read_text().splitlines():
        text, _, name = line.rpartition("(")
        words = [w for w in text.split() if w not in ("<s>", "</s>")]
        path = LIBRIVOX_DIR / f"{name.rstrip(')').strip()}.wav"
        clips.append({"path": str(path), "reference": " ".join(words)})
    return clips


def render(conversations: list[list[dict[str, Any]]], folder: Path) -> list[dict[str, Any]]:
    import numpy as np
    import soundfile

    from assistant.events import SAMPLE_RATE_HZ
    from assistant.synth import render_dialogue

    items = []
    for index, turns in enumerate(conversations):
        plain = [{"speaker": t.get("speaker"), "text": t["text"]} for t in turns]
        samples, rendered = render_dialogue(plain)
        path = folder / f"dialogue-{index:02d}.wav"
        soundfile.write(path, samples, SAMPLE_RATE_HZ, subtype="PCM_16")
        stereo = np.zeros((len(samples), 2), np.float32)
        for turn in rendered:
            span = slice(round(turn.start_s * SAMPLE_RATE_HZ), round(turn.end_s * SAMPLE_RATE_HZ))
            stereo[span, 0 if turn.speaker == "cashier" else 1] = samples[span]
        stereo_path = folder / f"dialogue-{index:02d}-stereo.wav"
        soundfile.write(stereo_path, stereo, SAMPLE_RATE_HZ, subtype="PCM_16")
        items.append(
            {
                "path": str(path),
                "stereo_path": str(stereo_path),
                "reference": " ".join(t.text for t in rendered),
                "turn_ends_s": [t.end_s for t in rendered],
            }
        )
    return items


# -- the measuring child process ------------------------------------------------------


async def _run_file(
    path: str, factory: Any, realtime: bool, roles: dict[int, str | None] | None = None
) -> dict[str, Any]:
    from assistant.asr import recognize
    from assistant.audio import open_file
    from assistant.events import Utterance

    source = open_file(Path(path), realtime=realtime)
    fed: list[tuple[float, float]] = []  # (stream end of block, wall time fed)

    async def watched() -> Any:
        async for chunk in source.chunks():
            fed.append((chunk.start_s + chunk.duration_s, time.monotonic()))
            yield chunk

    started = time.monotonic()
    emitted: list[tuple[Utterance, float]] = []
    async for event in recognize(watched(), factory, roles):
        if isinstance(event, Utterance):
            emitted.append((event, time.monotonic()))
    return {
        "wall_s": time.monotonic() - started,
        "audio_s": source.duration_s,
        "text": " ".join(u.text for u, _ in emitted),
        "utterances": [(u.start_s, u.end_s, at) for u, at in emitted],
        "fed": fed,
    }


def _latencies(run: dict[str, Any], turn_ends_s: list[float]) -> list[float]:
    """Per turn: emit wall time of the first utterance ending at/after the turn's end minus
    the wall time the block containing the turn's end was fed."""
    latencies = []
    for end_s in turn_ends_s:
        fed_at = next((at for block_end, at in run["fed"] if block_end >= end_s), None)
        emitted_at = next(
            (at for start, end, at in run["utterances"] if end >= end_s - 0.4 and start < end_s),
            None,
        )
        if fed_at is not None and emitted_at is not None:
            latencies.append(emitted_at - fed_at)
    return latencies


def _p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(plan: dict[str, Any]) -> dict[str, Any]:
    import jiwer

    from assistant.asr import RecognizerSettings, load_recognizer, normalize_text

    settings = RecognizerSettings(
        engine=plan["engine"],
        model_dir=Path(plan["model"]) if plan["model"] else None,
        **({"beam_size": plan["beam_size"]} if plan.get("beam_size") else {}),
    )
    started = time.monotonic()
    factory = load_recognizer(settings, environ=os.environ)
    load_s = time.monotonic() - started

    def wer(items: list[dict[str, Any]], runs: list[dict[str, Any]]) -> float:
        refs = [normalize_text(i["reference"]) for i in items]
        hyps = [normalize_text(r["text"]) or "<empty>" for r in runs]
        return float(jiwer.wer(refs, hyps))

    async def main() -> dict[str, Any]:
        dialogue_runs = [await _run_file(i["path"], factory, False) for i in plan["dialogues"]]
        human_runs = [await _run_file(i["path"], factory, False) for i in plan["human"]]
        fast = dialogue_runs + human_runs
        latencies: list[float] = []
        for item in plan["dialogues"][: plan["latency_conversations"]]:
            run = await _run_file(item["path"], factory, True)
            latencies.extend(_latencies(run, item["turn_ends_s"]))
        stereo: list[float] = []
        out_of_order = 0
        for item in plan["dialogues"][: plan["latency_conversations"]]:
            run = await _run_file(item["stereo_path"], factory, True, {0: "cashier", 1: "customer"})
            stereo.extend(_latencies(run, item["turn_ends_s"]))
            ends = [end for _, end, _ in run["utterances"]]
            out_of_order += sum(1 for a, b in itertools.pairwise(ends) if b < a)
        return {
            "engine": factory.name,
            "model": factory.model_description,
            "wer_espeak": wer(plan["dialogues"], dialogue_runs),
            "wer_human": wer(plan["human"], human_runs) if plan["human"] else None,
            "rtf": sum(r["wall_s"] for r in fast) / sum(r["audio_s"] for r in fast),
            "rtf_median_per_file": statistics.median(r["wall_s"] / r["audio_s"] for r in fast),
            "audio_s": sum(r["audio_s"] for r in fast),
            "load_s": load_s,
            "latency_median_s": statistics.median(latencies) if latencies else None,
            "latency_p95_s": _p95(latencies),
            "latency_turns": len(latencies),
            "stereo_latency_median_s": statistics.median(stereo) if stereo else None,
            "stereo_latency_p95_s": _p95(stereo),
            "stereo_latency_turns": len(stereo),
            "stereo_out_of_order": out_of_order,
            "dialogues": len(plan["dialogues"]),
            "human_clips": len(plan["human"]),
            "human_hypotheses": [r["text"] for r in human_runs] if plan.get("verbose") else None,
            "dialogue_hypotheses": (
                [r["text"] for r in dialogue_runs] if plan.get("verbose") else None
            ),
        }

    result = asyncio.run(main())
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


# -- the parent: prepare audio, run the child, print -------------------------------------


def fmt(value: Any, kind: str) -> str:
    if value is None:
        return "n/a"
    if kind == "pct":
        return f"{100 * value:.1f} %"
    if kind == "s":
        return f"{value:.2f} s"
    if kind == "mb":
        return f"{value:.0f} MB"
    return f"{value:.3f}"


def print_table(result: dict[str, Any]) -> None:
    rows = [
        ("engine / model", result["engine"] + " — " + result["model"], ""),
        (
            f"WER espeak-ng dialogues ({result['dialogues']})",
            fmt(result["wer_espeak"], "pct"),
            "≤ 15 %",
        ),
        (
            f"WER human, LibriVox ({result['human_clips']} clips)",
            fmt(result["wer_human"], "pct"),
            "≤ 6 %",
        ),
        (f"RTF (total, {result['audio_s']:.0f} s audio)", fmt(result["rtf"], ""), "≤ 0.1"),
        ("RTF (median per file)", fmt(result["rtf_median_per_file"], ""), ""),
        ("model load time", fmt(result["load_s"], "s"), ""),
        ("peak RSS (child process)", fmt(result["peak_rss_mb"], "mb"), "≤ 400 MB"),
        (
            f"latency median ({result['latency_turns']} turns)",
            fmt(result["latency_median_s"], "s"),
            "",
        ),
        ("latency p95", fmt(result["latency_p95_s"], "s"), "≤ 0.8 s"),
        (
            f"stereo latency median ({result['stereo_latency_turns']} turns)",
            fmt(result["stereo_latency_median_s"], "s"),
            "",
        ),
        ("stereo latency p95", fmt(result["stereo_latency_p95_s"], "s"), ""),
        ("stereo utterances out of end order", str(result["stereo_out_of_order"]), "0"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>14}  {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", default="auto", choices=["auto", "whisper", "vosk"])
    parser.add_argument("--model", type=Path, help="model folder (default: the engine's default)")
    parser.add_argument(
        "--dialogues",
        type=Path,
        default=DEFAULT_DIALOGUES,
        help="transcript JSONL to render with espeak-ng",
    )
    parser.add_argument("--conversations", type=int, default=8, help="conversations to render")
    parser.add_argument(
        "--latency-conversations",
        type=int,
        default=4,
        help="conversations replayed in real time for latency",
    )
    parser.add_argument("--beam-size", type=int, help="whisper beam width (default: settings)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--verbose", action="store_true", help="include hypotheses in JSON")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # child mode
    args = parser.parse_args()

    if args.measure is not None:
        plan = json.loads(args.measure.read_text())
        print(json.dumps(measure(plan)))
        return 0

    if not args.dialogues.is_file():
        print(f"bench_asr: dialogue transcripts not found: {args.dialogues}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-asr-") as tmp:
        folder = Path(tmp)
        print("bench_asr: rendering dialogues with espeak-ng…", file=sys.stderr)
        plan = {
            "engine": args.engine,
            "model": str(args.model) if args.model else None,
            "dialogues": render(load_conversations(args.dialogues, args.conversations), folder),
            "human": librivox() if (LIBRIVOX_DIR / "transcription").is_file() else [],
            "latency_conversations": args.latency_conversations,
            "verbose": args.verbose,
            "beam_size": args.beam_size,
        }
        plan_path = folder / "plan.json"
        plan_path.write_text(json.dumps(plan))
        print("bench_asr: measuring in a fresh process…", file=sys.stderr)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(plan_path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return child.returncode
    result = json.loads(child.stdout.strip().splitlines()[-1])
    result["targets"] = TARGETS
    result["beam_size"] = args.beam_size
    result["cpu_count"] = os.cpu_count()
    result["load_average"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
        print(f"(cpus {result['cpu_count']}, load average {result['load_average']:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
