"""Durability check: replay a shift of events into a real StoreWriter at a steady pace.

``python -m assistant.store.replay_check DB [--rate N] [--count N]`` prints
``<event id> <epoch submitted>`` for every event right after handing it to the
writer (flushed), so a test can kill the process and compare the database with what
was submitted. SIGTERM closes the writer the way ``assistant run`` does: the queue is
drained and committed, then the process prints ``closed`` and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import time
from pathlib import Path

from assistant.events import ConversationClosed, Nudge, Utterance
from assistant.store.settings import StoreSettings
from assistant.store.writer import StoreWriter


async def replay(path: Path, rate_hz: float, count: int, tills: int) -> int:
    writer = StoreWriter(StoreSettings(path=path, keep_transcripts=True))
    await writer.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    print("started", flush=True)
    period = 1.0 / rate_hz
    next_at = time.monotonic()
    for index in range(count):
        if stop.is_set():
            break
        till = f"t{index % tills}"
        now = time.time()
        event_id = f"e{index:06d}"
        conversation = f"c{index // 10}"
        # A steady mix as a shift produces it: mostly utterances, some nudges,
        # acknowledgements and closed conversations. Every event carries its id.
        if index % 10 == 9:
            writer.conversation_closed(
                ConversationClosed(event_id, 0.0, 60.0, till, {"cashier": 5}, {"cashier": 30.0}),
                till=till,
                started_epoch_s=now - 60,
                ended_epoch_s=now,
            )
        elif index % 5 == 0:
            writer.nudge(
                Nudge("gossip", conversation, 1.0, "hint", "info", "gossip.x", (), till, event_id),
                epoch_s=now,
            )
        elif index % 7 == 0:
            writer.acknowledged(event_id, epoch_s=now)
        else:
            text = f"{event_id} could you pop your card in"
            writer.utterance(
                Utterance(0.0, 1.0, text, "cashier", (), conversation, till), till=till, epoch_s=now
            )
        sys.stdout.write(f"{event_id} {now:.6f}\n")
        sys.stdout.flush()
        next_at += period
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=max(0.0, next_at - time.monotonic()))
    await writer.close()
    print(f"closed written={writer.written_events} dropped={writer.dropped_events}", flush=True)
    return 0 if writer.dropped_events == 0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--rate", type=float, default=100.0, help="events per second (100)")
    parser.add_argument("--count", type=int, default=100_000, help="events before stopping")
    parser.add_argument("--tills", type=int, default=4)
    args = parser.parse_args()
    return asyncio.run(replay(args.db, args.rate, args.count, args.tills))


if __name__ == "__main__":
    sys.exit(main())
