"""The hub and the message parser are pure: plain tables in, events and messages out."""

from __future__ import annotations

import pytest
from server_testkit import nudge_json

from assistant.server.hub import Hub, Viewer
from assistant.server.protocol import Ack, Feedback, Hello, ProtocolViolation, parse_client_message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"type":"hello","v":1,"role":"till","till":"t1"}', Hello("till", "t1", None, None)),
        (
            '{"type":"hello","v":1,"role":"supervisor","token":"secret-x","last_seq":4}',
            Hello("supervisor", None, "secret-x", 4),
        ),
        ('{"type":"ack","v":1,"nudge_id":"n1"}', Ack("n1")),
        ('{"type":"feedback","v":1,"nudge_id":"n1","verdict":"down"}', Feedback("n1", "down")),
    ],
)
def test_valid_client_messages_parse(raw: str, expected: object) -> None:
    assert parse_client_message(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        b"\xff\xfe",
        "[1,2]",
        '{"type":"hello","role":"till","till":"t1"}',  # no version
        '{"type":"hello","v":2,"role":"till","till":"t1"}',  # future version
        '{"type":"hello","v":1,"role":"admin"}',
        '{"type":"hello","v":1,"role":"till"}',  # till needs its id
        '{"type":"hello","v":1,"role":"till","till":"t1","last_seq":-1}',
        '{"type":"hello","v":1,"role":"till","till":"t1","last_seq":true}',
        '{"type":"ack","v":1}',
        '{"type":"ack","v":1,"nudge_id":""}',
        '{"type":"ack","v":1,"nudge_id":"' + "x" * 500 + '"}',
        '{"type":"feedback","v":1,"nudge_id":"n1","verdict":"meh"}',
        '{"type":"launch_missiles","v":1}',
    ],
)
def test_bad_client_messages_are_violations(raw: str | bytes) -> None:
    with pytest.raises(ProtocolViolation):
        parse_client_message(raw)


def test_sequence_numbers_increase_and_tills_see_only_their_own() -> None:
    hub = Hub(tills=["t1", "t2"])
    first = hub.publish_nudge(nudge_json("a", till="t1"), epoch_s=100.0)
    second = hub.publish_nudge(nudge_json("b", till="t2"), epoch_s=101.0)
    assert (first.seq, second.seq) == (1, 2)
    events, complete = hub.missed(Viewer("till", "t1"), 0)
    assert [e.seq for e in events] == [1] and complete
    events, _ = hub.missed(Viewer("supervisor"), 0)
    assert [e.seq for e in events] == [1, 2]
    assert hub.snapshot(Viewer("till", "t1"))["nudge"]["id"] == "a"
    assert hub.snapshot(Viewer("till", "t2"))["nudge"]["id"] == "b"


def test_acknowledge_clears_only_the_own_tills_nudge_once() -> None:
    hub = Hub(tills=["t1", "t2"])
    hub.publish_nudge(nudge_json("a", till="t1"), epoch_s=100.0)
    assert hub.acknowledge("t2", "a", epoch_s=101.0) is None
    cleared = hub.acknowledge("t1", "a", epoch_s=101.0)
    assert cleared is not None and cleared.data == {"nudge_id": "a", "reason": "acknowledged"}
    assert hub.current_nudge("t1") is None
    assert hub.acknowledge("t1", "a", epoch_s=102.0) is None


def test_nudges_expire_after_display_time() -> None:
    hub = Hub(tills=["t1"], display_s=30.0)
    hub.publish_nudge(nudge_json("a", till="t1"), epoch_s=100.0)
    assert hub.expire(129.0) == []
    [expired] = hub.expire(130.0)
    assert expired.data["reason"] == "expired"
    assert hub.current_nudge("t1") is None


def test_feedback_is_recorded_and_state_rebuilds_from_the_log() -> None:
    hub = Hub(tills=["t1"])
    hub.publish_nudge(nudge_json("a", till="t1"), epoch_s=100.0)
    assert hub.feedback("a", "down", by=None, epoch_s=101.0) is not None
    assert hub.feedback("a", "down", by=None, epoch_s=102.0) is None  # unchanged
    assert hub.feedback("zzz", "up", by=None, epoch_s=102.0) is None  # unknown
    rebuilt = Hub(tills=["t1"])
    rebuilt.load(hub.events())
    assert rebuilt.head_seq == hub.head_seq
    assert rebuilt.nudge("a") == hub.nudge("a")
    assert rebuilt.nudge("a")["feedback"] == "down"  # type: ignore[index]


def test_resume_reports_a_gap_or_a_reset_log() -> None:
    hub = Hub(tills=["t1"], max_events=3)
    for index in range(5):
        hub.publish_nudge(nudge_json(f"n{index}", till="t1"), epoch_s=100.0 + index)
    events, complete = hub.missed(Viewer("till", "t1"), 0)
    assert not complete and [e.seq for e in events] == [3, 4, 5]
    events, complete = hub.missed(Viewer("till", "t1"), 2)
    assert complete and [e.seq for e in events] == [3, 4, 5]
    assert hub.missed(Viewer("till", "t1"), 99) == ([], False)
