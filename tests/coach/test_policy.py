# ruff: noqa: E501
"""Nudge policy (cooldown, one showing per till, cap per conversation) and conversation tracking."""

from __future__ import annotations

import dataclasses
import re

from assistant.coach import Coach, Rules
from assistant.events import ConversationBoundary, ConversationClosed, Nudge, Utterance

C = "cashier"
U = "customer"

GOSSIP = [
    (C, "did you see the fella who was in before you"),
    (U, "no"),
    (C, "between you and me hes just out of rehab and his wife has left him"),
]
REPEAT = [
    (C, "are you eating in or taking it away"),
    (U, "taking it away"),
    (C, "right lovely"),
    (U, "thanks"),
    (C, "and is that to eat here or take away"),
]


def feed_all(coach: Coach, utterances: list[Utterance]) -> list[Nudge | ConversationClosed]:
    out: list[Nudge | ConversationClosed] = []
    for u in utterances:
        out += coach.feed(u)
    return out


def nudges(events: list[Nudge | ConversationClosed]) -> list[Nudge]:
    return [e for e in events if isinstance(e, Nudge)]


def with_policy(rules: Rules, **changes: float) -> Rules:
    return dataclasses.replace(rules, policy=dataclasses.replace(rules.policy, **changes))


def with_gossip_cooldown(rules: Rules, cooldown_s: float) -> Rules:
    kind = dataclasses.replace(rules.gossip.kind, cooldown_s=cooldown_s)
    return dataclasses.replace(rules, gossip=dataclasses.replace(rules.gossip, kind=kind))


def test_one_nudge_per_kind_per_conversation_and_cooldown(rules, make_dialogue):  # type: ignore[no-untyped-def]
    coach = Coach(with_gossip_cooldown(rules, 60.0))
    more = [(U, "oh dear"), (C, "and apparently his son is in debt to the bookies too")]
    first = make_dialogue(GOSSIP + more, conversation="a")
    assert [n.kind for n in nudges(feed_all(coach, first))] == ["gossip"]
    # A new customer 10 s later: still inside a 60 s gossip cooldown → quiet.
    second = make_dialogue(GOSSIP, conversation="b", start_s=first[-1].end_s + 10)
    assert nudges(feed_all(coach, second)) == []
    # Long after the cooldown the same behaviour is nudged again.
    third = make_dialogue(GOSSIP, conversation="c", start_s=second[-1].end_s + 120)
    assert [n.conversation for n in nudges(feed_all(coach, third))] == ["c"]


def test_default_cooldown_lets_the_next_customer_be_nudged(rules, make_dialogue):  # type: ignore[no-untyped-def]
    # Two customers in a row, both gossiped at, the second arriving 5 s after the first
    # left: each visit gets its nudge under the shipped rules.
    coach = Coach(rules)
    first = make_dialogue([*GOSSIP, (U, "oh right"), (C, "anyway")], conversation="a")
    second = make_dialogue(GOSSIP, conversation="b", start_s=first[-1].end_s + 5)
    sent = nudges(feed_all(coach, first + second))
    assert [(n.conversation, n.kind) for n in sent] == [("a", "gossip"), ("b", "gossip")]
    assert sent[1].at_s - sent[0].at_s > rules.gossip.kind.cooldown_s


def test_only_one_nudge_shows_at_a_time_the_next_waits(rules, make_dialogue):  # type: ignore[no-untyped-def]
    rules = with_policy(rules, display_s=30.0)
    coach = Coach(rules)
    utterances = make_dialogue(GOSSIP + REPEAT, pause_s=0.5)
    events = feed_all(coach, utterances)
    shown = nudges(events)
    assert [n.kind for n in shown] == ["gossip"]
    # The repeat was held while the gossip nudge showed; time passes, it appears.
    released = nudges(coach.tick(shown[0].at_s + rules.policy.display_s))
    assert [n.kind for n in released] == ["repeated_question"]
    assert released[0].at_s == shown[0].at_s + rules.policy.display_s


def test_acknowledge_frees_the_display(rules, make_dialogue):  # type: ignore[no-untyped-def]
    coach = Coach(with_policy(rules, display_s=30.0))
    events = feed_all(coach, make_dialogue(GOSSIP + REPEAT, pause_s=0.5))
    [shown] = nudges(events)
    coach.acknowledge(shown.at_s + 1.0)
    released = nudges(coach.tick(shown.at_s + 1.5))
    assert [n.kind for n in released] == ["repeated_question"]


def test_held_nudge_expires(rules, make_dialogue):  # type: ignore[no-untyped-def]
    custom = with_policy(rules, display_s=60.0, hold_s=5.0)
    coach = Coach(custom)
    events = feed_all(coach, make_dialogue(GOSSIP + REPEAT, pause_s=0.5))
    [shown] = nudges(events)
    assert nudges(coach.tick(shown.at_s + 61.0)) == []


def test_cap_per_conversation(rules, make_dialogue):  # type: ignore[no-untyped-def]
    custom = with_policy(rules, max_per_conversation=1, display_s=0.0)
    coach = Coach(custom)
    events = feed_all(coach, make_dialogue(GOSSIP + REPEAT))
    events += coach.finish()
    assert [n.kind for n in nudges(events)] == ["gossip"]


def test_messages_are_short_and_kind(rules):  # type: ignore[no-untyped-def]
    for kind in ("gossip", "repeated_question", "rushed_upsell"):
        message = rules.kind(kind).message
        assert 0 < len(message) <= 60


def test_silence_gap_splits_conversations_with_running_ids(rules, make_dialogue):  # type: ignore[no-untyped-def]
    coach = Coach(rules, till="till-2")
    first = make_dialogue(GOSSIP, conversation=None)
    second = make_dialogue(GOSSIP, conversation=None, start_s=first[-1].end_s + 200)
    events = feed_all(coach, first + second) + coach.finish()
    closed = [e for e in events if isinstance(e, ConversationClosed)]
    assert [c.conversation for c in closed] == ["c0001", "c0002"]
    assert [n.conversation for n in nudges(events)] == ["c0001", "c0002"]
    assert all(n.till == "till-2" for n in nudges(events))


def test_tick_closes_after_the_gap(rules, make_dialogue):  # type: ignore[no-untyped-def]
    coach = Coach(rules)
    utterances = make_dialogue(REPEAT, conversation=None)
    feed_all(coach, utterances)
    assert coach.tick(utterances[-1].end_s + 1.0) == []
    [closed] = coach.tick(utterances[-1].end_s + rules.conversation_gap_s)
    assert isinstance(closed, ConversationClosed)
    assert closed.utterances_by_role == {"cashier": 3, "customer": 2}
    assert closed.talk_s_by_role["cashier"] > closed.talk_s_by_role["customer"] > 0
    assert closed.nudges == ("repeated_question",)
    assert coach.finish() == []


def test_boundaries_and_explicit_ids(rules, make_dialogue):  # type: ignore[no-untyped-def]
    coach = Coach(rules)
    events = coach.feed(ConversationBoundary("start", 0.0, conversation="visit-9"))
    for u in make_dialogue(REPEAT, conversation=None, start_s=1.0):
        events += coach.feed(u)
    events += coach.feed(ConversationBoundary("end", 30.0))
    closed = [e for e in events if isinstance(e, ConversationClosed)]
    assert [c.conversation for c in closed] == ["visit-9"]
    assert [n.conversation for n in nudges(events)] == ["visit-9"]
    # Explicit ids on utterances switch conversations without any silence.
    coach = Coach(rules)
    a = make_dialogue(REPEAT[:2], conversation="x")
    b = make_dialogue(REPEAT[2:], conversation="y", start_s=a[-1].end_s + 0.5)
    events = feed_all(coach, a + b) + coach.finish()
    assert [e.conversation for e in events if isinstance(e, ConversationClosed)] == ["x", "y"]
    # The question in "y" was never answered in "y": no repeat across customers.
    assert nudges(events) == []


def test_upsell_prompts_counted_for_reports(rules, make_dialogue):  # type: ignore[no-untyped-def]
    coach = Coach(rules)
    turns = [
        (C, "would you like to add the extended warranty"),
        (U, "no"),
        (C, "whats your postcode please"),
    ]
    events = feed_all(coach, make_dialogue(turns)) + coach.finish()
    [closed] = [e for e in events if isinstance(e, ConversationClosed)]
    assert closed.upsell_prompts == 2
    assert nudges(events) == []


def test_disabled_detector_stays_quiet(rules, make_dialogue):  # type: ignore[no-untyped-def]
    off = dataclasses.replace(
        rules, gossip=dataclasses.replace(rules.gossip, kind=dataclasses.replace(rules.gossip.kind, enabled=False))
    )
    coach = Coach(off)
    assert nudges(feed_all(coach, make_dialogue(GOSSIP)) + coach.finish()) == []


def test_engine_is_pure():
    """No asyncio, sqlite3, I/O or wall clock in the engine modules."""
    import pathlib

    import assistant.coach as package

    folder = pathlib.Path(package.__file__).parent
    for name in ("engine.py", "features.py", "text.py"):
        source = (folder / name).read_text()
        for forbidden in (r"import asyncio", r"import sqlite3", r"import time", r"\bopen\(", "datetime"):
            assert not re.search(forbidden, source), (name, forbidden)


def test_endless_talk_without_silence_is_cut_and_memory_bounded(rules):  # type: ignore[no-untyped-def]
    from assistant.coach.engine import MAX_TURNS_PER_CONVERSATION

    coach = Coach(rules)
    closed = []
    for i in range(MAX_TURNS_PER_CONVERSATION * 2 + 5):
        u = Utterance(i * 2.0, i * 2.0 + 1.5, "lovely weather today", "cashier")
        closed += [e for e in coach.feed(u) if isinstance(e, ConversationClosed)]
    assert [c.conversation for c in closed] == ["c0001", "c0002"]
    assert closed[0].utterances_by_role == {"cashier": MAX_TURNS_PER_CONVERSATION}
