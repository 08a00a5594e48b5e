#!/usr/bin/env python3
"""Benchmark the record store: write a busy shift through the real writer, then build reports.

Writes ``--tills`` × ``--hours`` of events (about 40 conversations per hour per till,
20 utterances each, a nudge in one conversation of ten, acknowledgements and
supervisor verdicts) into a fresh SQLite file through :class:`StoreWriter`
(transcripts kept, so every utterance is redacted and stored: the heavy case), then
times building the shift report from the database (query + figures) and rendering it.
Prints a table of medians over ``--runs`` and, with ``--json``, one JSON object.

    python scripts/bench_store.py            # 8 tills x 8 hours, 3 runs
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from assistant.events import ConversationClosed, Nudge, Utterance, Word
from assistant.report.render import render_html, to_csv, to_json
from assistant.report.shifts import Window
from assistant.store.db import Store
from assistant.store.reporting import load_report
from assistant.store.settings import StoreSettings
from assistant.store.writer import StoreWriter

LINES = [
    ("cashier", "morning did you find everything you were after"),
    ("customer", "yes thanks just these and a bag please"),
    ("cashier", "thats twenty three pounds sixty please"),
    ("customer", "can i pay by card"),
    ("cashier", "of course pop it in whenever youre ready"),
    ("customer", "my number is oh seven seven double nine one two three four five six"),
    ("cashier", "would you like to join our loyalty scheme"),
    ("customer", "no thanks im alright"),
    ("cashier", "have a lovely day"),
    ("customer", "you too see you next week"),
]
KINDS = (("gossip", "gossip.third_party"), ("repeated_question", "repeat.same"),
         ("rushed_upsell", "upsell.rushed"))  # fmt: skip


def write_shift(
    path: Path,
    *,
    tills: int,
    hours: int,
    per_hour: int,
    utterances: int,
    start: float,
    days: int = 1,
    transcripts: bool = True,
) -> dict[str, float]:
    rng = random.Random(7)
    settings = StoreSettings(path=path, keep_transcripts=transcripts, retention_days=3650)
    writer = StoreWriter(settings)
    begun = time.perf_counter()
    writer.start_blocking()
    submit_s: list[float] = []
    events = 0
    nudge_number = 0
    for day, till_index in ((d, t) for d in range(days) for t in range(tills)):
        till = f"till-{till_index + 1}"
        for number in range(hours * per_hour):
            # Day 0 is the reported shift; days 1.. are the earlier comparable shifts.
            started = start - day * 86400.0 + number * (3600.0 / per_hour) + rng.uniform(0, 30)
            conversation = f"{till}-{day}-{number}"
            talk = {"cashier": 0.0, "customer": 0.0}
            counts = {"cashier": 0, "customer": 0}
            clock = 0.0
            for line in range(utterances):
                speaker, text = LINES[line % len(LINES)]
                duration = 1.0 + len(text) / 15.0
                words = tuple(
                    Word(w, clock + i * 0.3, clock + i * 0.3 + 0.25, 0.9)
                    for i, w in enumerate(text.split())
                )
                u = Utterance(clock, clock + duration, text, speaker, words, conversation, till)
                t0 = time.perf_counter()
                writer.utterance(u, till=till, epoch_s=started + clock)
                submit_s.append(time.perf_counter() - t0)
                talk[speaker] += duration
                counts[speaker] += 1
                clock += duration + 0.8
                events += 1
            closed = ConversationClosed(
                conversation, 0.0, clock, till, counts, talk, upsell_prompts=rng.randint(0, 3)
            )
            t0 = time.perf_counter()
            writer.conversation_closed(
                closed, till=till, started_epoch_s=started, ended_epoch_s=started + clock
            )
            submit_s.append(time.perf_counter() - t0)
            events += 1
            if number % 10 == 3:
                kind, rule = KINDS[nudge_number % 3]
                nudge_number += 1
                nudge_id = f"n{nudge_number}"  # unique across days and tills
                evidence = (Utterance(5.0, 8.0, LINES[5][1], "customer"),)
                nudge = Nudge(kind, conversation, 8.0, "hint", "info", rule, evidence, till,  # type: ignore[arg-type]
                              nudge_id)  # fmt: skip
                writer.nudge(nudge, epoch_s=started + 8.0)
                writer.acknowledged(nudge_id, epoch_s=started + 10.0)
                if nudge_number % 3:
                    writer.feedback(nudge_id, "up" if nudge_number % 4 else "down",
                                    epoch_s=started + 60.0)  # fmt: skip
                events += 3
            # Keep within the queue as a real (much slower) pipeline would.
            while writer.pending_events > settings.queue_size // 2:
                time.sleep(0.005)
    submitted = time.perf_counter() - begun
    writer.close_blocking()
    total = time.perf_counter() - begun
    if writer.dropped_events or writer.rejected_events:
        lost = f"{writer.dropped_events} dropped, {writer.rejected_events} refused"
        raise SystemExit(f"bench: {lost}")
    written = writer.written_events  # utterance() calls are no-ops without transcripts
    return {
        "events": float(written),
        "calls": float(events),
        "write_s": total,
        "submit_loop_s": submitted,
        "events_per_s": written / total,
        "submit_us_median": statistics.median(submit_s) * 1e6,
        "submit_us_p99": sorted(submit_s)[int(len(submit_s) * 0.99)] * 1e6,
        "db_mb": sum(p.stat().st_size for p in path.parent.iterdir()) / 1e6,
    }


def time_report(path: Path, window: Window, repeats: int) -> dict[str, float]:
    build, html, rest = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        store = Store.open(path, create=False)
        report = load_report(
            store, window, zone=UTC, timezone_name="UTC", comparison_days=7,
            generated_epoch_s=time.time(),
        )  # fmt: skip
        store.close()
        t1 = time.perf_counter()
        page = render_html(report)
        t2 = time.perf_counter()
        to_json(report)
        to_csv(report)
        t3 = time.perf_counter()
        build.append(t1 - t0)
        html.append(t2 - t1)
        rest.append(t3 - t2)
    return {
        "report_build_s": statistics.median(build),
        "render_html_s": statistics.median(html),
        "json_csv_s": statistics.median(rest),
        "html_kb": len(page) / 1000,
        "conversations": float(report.total.conversations),
        "nudges": float(report.total.nudges),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tills", type=int, default=8)
    parser.add_argument("--hours", type=int, default=8)
    parser.add_argument("--per-hour", type=int, default=40, help="conversations per hour per till")
    parser.add_argument("--utterances", type=int, default=20, help="utterances per conversation")
    parser.add_argument("--runs", type=int, default=3, help="fresh databases written (3)")
    parser.add_argument(
        "--days", type=int, default=1, help="also write the same shift on days-1 earlier days"
    )
    parser.add_argument(
        "--no-transcripts", action="store_true", help="default config: no transcript lines"
    )
    parser.add_argument("--report-repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    start = datetime(2026, 11, 20, 6, 0, tzinfo=UTC).timestamp()
    window = Window(start, start + args.hours * 3600.0, "bench shift", "early")
    runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-store-") as folder:
            path = Path(folder) / "records.sqlite3"
            figures = write_shift(
                path, tills=args.tills, hours=args.hours, per_hour=args.per_hour,
                utterances=args.utterances, start=start, days=args.days,
                transcripts=not args.no_transcripts,
            )  # fmt: skip
            figures.update(time_report(path, window, args.report_repeats))
            runs.append(figures)
    medians = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    result = {
        "tills": args.tills,
        "hours": args.hours,
        "runs": args.runs,
        "days": args.days,
        "transcripts": not args.no_transcripts,
        "median": {key: round(value, 4) for key, value in medians.items()},
        "report_target_s": 2.0,
        "report_within_target": medians["report_build_s"] <= 2.0,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    kept = "no transcripts" if args.no_transcripts else "transcripts kept"
    print(
        f"store benchmark: {args.tills} tills x {args.hours} h x {args.days} day(s), {kept}, "
        f"median of {args.runs} runs"
    )
    rows = [
        ("writer calls / events stored", f"{medians['calls']:.0f} / {medians['events']:.0f}"),
        ("generate + submit + drain (s)", f"{medians['write_s']:.2f}"),
        ("stored events / s (incl. generating)", f"{medians['events_per_s']:.0f}"),
        ("submit cost median (us)", f"{medians['submit_us_median']:.1f}"),
        ("submit cost p99 (us)", f"{medians['submit_us_p99']:.1f}"),
        ("database size (MB)", f"{medians['db_mb']:.1f}"),
        ("conversations / nudges in report", f"{medians['conversations']:.0f} / "
                                             f"{medians['nudges']:.0f}"),
        ("report build: query + figures (s)", f"{medians['report_build_s']:.3f}  (target <= 2)"),
        ("render HTML (s)", f"{medians['render_html_s']:.3f}"),
        ("JSON + CSV (s)", f"{medians['json_csv_s']:.3f}"),
        ("HTML size (kB)", f"{medians['html_kb']:.0f}"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
