"""Shared helpers for the store tests: settings on a fresh SQLite file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.store.settings import StoreSettings


@pytest.fixture
def settings(tmp_path: Path) -> StoreSettings:
    return StoreSettings(path=tmp_path / "records.sqlite3", timezone="UTC")


# -- a known replay: two tills, one early shift, and two earlier comparable shifts -------

DAY = "2026-11-20"
SHIFT_START = 1795154400.0  # 2026-11-20 06:00 UTC, the start of the "early" shift


def at(hhmm: str, *, days_back: int = 0, seconds: float = 0.0) -> float:
    """Epoch of a UTC clock time on the replay day (or ``days_back`` days before)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return SHIFT_START + (hours - 6) * 3600 + minutes * 60 + seconds - days_back * 86400


#: (till, id, start, duration s, cashier utts, customer utts, cashier talk s,
#:  customer talk s, upsell prompts)
CONVERSATIONS = [
    ("t1", "c1", at("06:10"), 120, 4, 3, 30.0, 20.0, 1),
    ("t1", "c2", at("07:05"), 60, 2, 2, 10.0, 10.0, 0),
    ("t1", "c3", at("07:30"), 300, 8, 6, 90.0, 30.0, 3),
    ("t1", "c4", at("13:50"), 90, 3, 3, 20.0, 25.0, 2),
    ("t1", "late", at("14:05"), 100, 1, 1, 1.0, 1.0, 9),  # next shift: not counted
    ("t1", "night", at("05:59"), 100, 1, 1, 1.0, 1.0, 9),  # before the shift
    ("t2", "d1", at("08:00"), 200, 5, 5, 40.0, 60.0, 1),
    ("t2", "d2", at("09:15"), 100, 3, 1, 30.0, 10.0, 0),
    ("t2", "d3", at("09:45"), 50, 1, 1, 5.0, 5.0, 0),
    # the same shift one and two days earlier (t1 only); three days earlier: closed
    ("t1", "p1", at("08:00", days_back=1), 60, 1, 1, 5.0, 5.0, 2),
    ("t1", "p2", at("09:00", days_back=1), 60, 1, 1, 5.0, 5.0, 0),
    *[
        ("t1", f"q{i}", at(f"1{i}:00", days_back=2), 30, 1, 1, 5.0, 5.0, 0)
        for i in range(4)
    ],
]

#: (id, till, conversation, kind, rule, raised, acknowledged or None, verdicts in order)
NUDGES = [
    ("n1", "t1", "c1", "gossip", "gossip.third_party", at("06:11"), at("06:11", seconds=30),
     ["up"]),
    ("n2", "t1", "c3", "rushed_upsell", "upsell.rushed", at("07:32"), None, ["down"]),
    ("n3", "t1", "c3", "gossip", "gossip.third_party", at("07:33"), at("07:34"),
     ["down", "up"]),
    ("n4", "t1", "c4", "repeated_question", "repeat.same_question", at("13:51"), at("13:52"),
     []),
    ("n5", "t1", "late", "gossip", "gossip.third_party", at("14:06"), None, ["down"]),
    ("m1", "t2", "d1", "gossip", "gossip.own_drama", at("08:01"), None, ["down"]),
    ("m2", "t2", "d2", "gossip", "gossip.third_party", at("09:16"), at("09:17"), ["up"]),
    ("p9", "t1", "p1", "gossip", "gossip.third_party", at("08:01", days_back=1), None, []),
]  # fmt: skip


def replay(writer: object) -> None:
    """Feed the known events through a started :class:`StoreWriter`."""
    from assistant.events import ConversationClosed, Nudge, Utterance
    from assistant.store.writer import StoreWriter

    assert isinstance(writer, StoreWriter)
    for till, cid, start, duration, cu, su, ct, st, upsell in CONVERSATIONS:
        writer.conversation_closed(
            ConversationClosed(
                conversation=cid,
                start_s=0.0,
                end_s=float(duration),
                till=till,
                utterances_by_role={"cashier": cu, "customer": su},
                talk_s_by_role={"cashier": ct, "customer": st},
                upsell_prompts=upsell,
            ),
            till=till,
            started_epoch_s=start,
            ended_epoch_s=start + duration,
        )
    for nid, till, cid, kind, rule, raised, acked, verdicts in NUDGES:
        evidence = (Utterance(1.0, 2.0, "her number is oh seven seven double nine one two "
                              "three four five six", "cashier"),)  # fmt: skip
        writer.nudge(
            Nudge(kind, cid, 2.0, "a kind hint", "info", rule, evidence, till, nid),  # type: ignore[arg-type]
            epoch_s=raised,
        )
        if acked is not None:
            writer.acknowledged(nid, epoch_s=acked)
        for index, verdict in enumerate(verdicts):
            writer.feedback(nid, verdict, epoch_s=raised + 60 + index, by="sam")


@pytest.fixture
def replay_db(tmp_path: Path) -> Path:
    """A real database written through the real writer from the known replay."""
    from assistant.store.writer import StoreWriter

    path = tmp_path / "replay.sqlite3"
    # retention long enough that the 2026 replay survives on any test date
    writer = StoreWriter(StoreSettings(path=path, timezone="UTC", retention_days=100_000))
    writer.start_blocking()
    replay(writer)
    writer.close_blocking()
    assert writer.written_events > 0 and writer.dropped_events == 0
    return path
