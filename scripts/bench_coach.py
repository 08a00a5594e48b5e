#!/usr/bin/env python3
"""Benchmark the coach: utterances per second on one core (target ≥ 5,000/s).

Replays the labelled development conversations (and the coach's held-out set) through a
fresh Coach, with roles and with roles stripped, several times; prints the median,
minimum and maximum rate per mode, as a table or JSON. Rates are per CPU second of this
process (time.process_time), so other load on a shared machine distorts them less; the
median wall-clock rate is shown too. The engine is single-threaded and pure, so this
measures one core (pin it with `taskset -c 0` if you like).

Usage:
  python scripts/bench_coach.py                 # 7 runs, ~20,000 utterances per run
  python scripts/bench_coach.py --runs 11 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.coach import Coach, Rules, load_rules  # noqa: E402
from assistant.coach.evaluation import load_labelled, strip_roles  # noqa: E402
from assistant.events import Utterance  # noqa: E402

TARGET_PER_S = 5000.0


def corpus(min_utterances: int) -> list[Utterance]:
    """Dev + held-out conversations repeated with fresh ids and times until big enough."""
    base: list[Utterance] = []
    for folder, stem in (
        (REPO.parent / "shared" / "conversations", "dev"),
        (REPO / "tests" / "coach" / "data", "heldout"),
    ):
        if (folder / f"{stem}.jsonl").exists():
            base += load_labelled(folder, stem)[0]
    if not base:
        raise SystemExit("no labelled conversations found")
    span = base[-1].end_s + 60.0
    out: list[Utterance] = []
    copy = 0
    while len(out) < min_utterances:
        offset = copy * span
        out += [
            replace(
                u,
                start_s=u.start_s + offset,
                end_s=u.end_s + offset,
                conversation=f"{u.conversation}-{copy}",
            )
            for u in base
        ]
        copy += 1
    return out


def one_run(rules: Rules, utterances: list[Utterance]) -> tuple[float, float]:
    """(utterances per CPU second, utterances per wall-clock second) for one replay."""
    coach = Coach(rules)
    wall = time.perf_counter()
    cpu = time.process_time()
    for u in utterances:
        coach.feed(u)
    coach.finish()
    cpu_s = time.process_time() - cpu
    wall_s = time.perf_counter() - wall
    return len(utterances) / cpu_s, len(utterances) / wall_s


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--utterances", type=int, default=20000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rules = load_rules()
    with_roles = corpus(args.utterances)
    modes = {"roles known": with_roles, "roles unknown": strip_roles(with_roles)}
    results = {}
    for name, data in modes.items():
        one_run(rules, data[:500])  # warm up
        runs = [one_run(rules, data) for _ in range(args.runs)]
        rates = [cpu for cpu, _ in runs]
        wall = [w for _, w in runs]
        results[name] = {
            "utterances": len(data),
            "runs": args.runs,
            "median_per_cpu_s": round(statistics.median(rates)),
            "min_per_cpu_s": round(min(rates)),
            "max_per_cpu_s": round(max(rates)),
            "median_per_wall_s": round(statistics.median(wall)),
            "median_us_per_utterance": round(1e6 / statistics.median(rates), 1),
            "target_per_s": TARGET_PER_S,
            "ratio_to_target": round(statistics.median(rates) / TARGET_PER_S, 2),
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    header = ("mode", "utterances", "median/s", "min/s", "max/s", "wall/s", "µs/utt", "×target")
    print(f"{header[0]:<14} " + " ".join(f"{h:>10}" for h in header[1:]))
    for name, r in results.items():
        keys = ("utterances", "median_per_cpu_s", "min_per_cpu_s", "max_per_cpu_s")
        keys += ("median_per_wall_s",)
        keys += ("median_us_per_utterance", "ratio_to_target")
        print(f"{name:<14} " + " ".join(f"{r[k]:>10}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
