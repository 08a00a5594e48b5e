"""recognize(): one recogniser per channel in worker threads, roles, errors, cancellation."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import numpy as np
import pytest

from assistant.asr import RecognizerFactory, ReportsSettled, recognize
from assistant.asr.stream import EndOrder
from assistant.errors import AudioInputError, RecognizerError
from assistant.events import SAMPLE_RATE_HZ, AudioChunk, PartialTranscript, Utterance

from .conftest import aiter_chunks, chunk_list, wer


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * SAMPLE_RATE_HZ), np.float32)


def interleave(*channels: list[AudioChunk]) -> list[AudioChunk]:
    """One chunk per channel per block, same start time, as the audio sources deliver."""
    return [chunk for block in zip(*channels, strict=True) for chunk in block]


def stereo_dialogue(speak: Callable[..., np.ndarray]) -> tuple[list[AudioChunk], str, str]:
    cashier_text = "do you need a bag today"
    customer_text = "no thank you i have one"
    cashier = speak(cashier_text)
    customer = speak(customer_text, "en-us+m3")
    total = 1.0 + len(cashier) / SAMPLE_RATE_HZ + 1.0 + len(customer) / SAMPLE_RATE_HZ + 1.0
    left = silence(total)
    right = silence(total)
    left[SAMPLE_RATE_HZ : SAMPLE_RATE_HZ + len(cashier)] = cashier
    start = SAMPLE_RATE_HZ + len(cashier) + SAMPLE_RATE_HZ
    right[start : start + len(customer)] = customer
    return (
        interleave(chunk_list(left, channel=0), chunk_list(right, channel=1)),
        cashier_text,
        customer_text,
    )


@pytest.mark.slow
async def test_each_channel_is_recognised_with_its_role(
    whisper_factory: RecognizerFactory, speak: Callable[..., np.ndarray]
) -> None:
    chunks, cashier_text, customer_text = stereo_dialogue(speak)
    loop_thread = threading.get_ident()
    threads: set[int] = set()

    class Watching:
        """The real factory, recording which thread each recogniser runs on."""

        name = whisper_factory.name
        model_description = whisper_factory.model_description

        def create(self, speaker: str | None = None) -> Any:
            inner = whisper_factory.create(speaker)

            class Recognizer:
                def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
                    threads.add(threading.get_ident())
                    if speaker == "cashier":
                        # The cashier's channel runs behind, as a busy one does: without
                        # the ordered merge the customer's later reply would come first.
                        time.sleep(0.03)
                    return inner.accept(chunk)

                def flush(self) -> list[Utterance]:
                    return inner.flush()

                def settled_s(self) -> float:
                    assert isinstance(inner, ReportsSettled)
                    return inner.settled_s()

            return Recognizer()

    utterances = [
        u async for u in recognize(aiter_chunks(chunks), Watching(), {0: "cashier", 1: "customer"})
    ]
    assert [u.speaker for u in utterances] == ["cashier", "customer"]
    assert isinstance(utterances[0], Utterance)
    assert wer(cashier_text, utterances[0].text) <= 0.2
    assert wer(customer_text, utterances[1].text) <= 0.2
    assert utterances[0].end_s < utterances[1].start_s
    # Two channels, two worker threads, neither of them the event loop's.
    assert len(threads) == 2
    assert loop_thread not in threads


class ScriptedRecognizer:
    """Implements the Recognizer interface: one utterance per non-silent chunk (fast, fake)."""

    def __init__(self, speaker: str | None, fail_on: set[float], delay_s: float = 0.0) -> None:
        self.speaker = speaker
        self.fail_on = fail_on
        self.delay_s = delay_s
        self.pending: Utterance | None = None

    def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
        if self.delay_s:
            time.sleep(self.delay_s)
        if round(chunk.start_s, 3) in self.fail_on:
            raise ValueError("decoder exploded")
        out: list[PartialTranscript | Utterance] = [
            PartialTranscript("partial", chunk.start_s, self.speaker)
        ]
        if self.pending is not None:
            out.append(self.pending)
        self.pending = Utterance(
            chunk.start_s, chunk.start_s + chunk.duration_s, "word", self.speaker
        )
        return out

    def flush(self) -> list[Utterance]:
        pending, self.pending = self.pending, None
        return [pending] if pending else []


class ScriptedFactory:
    name = "scripted"
    model_description = "scripted fake for stream tests"

    def __init__(self, fail_on: dict[str | None, set[float]] | None = None, delay_s: float = 0.0):
        self.fail_on = fail_on or {}
        self.delay_s = delay_s
        self.created: list[str | None] = []

    def create(self, speaker: str | None = None) -> ScriptedRecognizer:
        self.created.append(speaker)
        return ScriptedRecognizer(speaker, self.fail_on.get(speaker, set()), self.delay_s)


def blocks(count: int, channels: int = 1) -> list[AudioChunk]:
    pcm = b"\x01\x00" * 1600
    return [AudioChunk(pcm, i * 0.1, ch) for i in range(count) for ch in range(channels)]


async def test_partials_only_when_asked_and_carry_their_channel() -> None:
    factory = ScriptedFactory()
    roles = {0: "cashier", 1: "customer"}
    finals = [e async for e in recognize(aiter_chunks(blocks(3, 2)), factory, roles)]
    assert all(isinstance(e, Utterance) for e in finals)
    assert len(finals) == 6  # 3 per channel, the last of each from flush()
    events = [
        e
        async for e in recognize(aiter_chunks(blocks(3, 2)), factory, roles, include_partials=True)
    ]
    partials = [e for e in events if isinstance(e, PartialTranscript)]
    assert len(partials) == 6
    assert {(p.channel, p.speaker) for p in partials} == {(0, "cashier"), (1, "customer")}


async def test_a_failing_recogniser_is_replaced_and_the_other_channel_goes_on() -> None:
    factory = ScriptedFactory(fail_on={"customer": {0.2}})
    errors: list[RecognizerError] = []
    events = [
        e
        async for e in recognize(
            aiter_chunks(blocks(5, 2)),
            factory,
            {0: "cashier", 1: "customer"},
            on_error=errors.append,
        )
    ]
    assert [e.code for e in errors] == ["stt-stream-failed"]
    cashier = [e for e in events if e.speaker == "cashier"]
    customer = [e for e in events if e.speaker == "customer"]
    assert len(cashier) == 5
    # The customer's pending utterance died with its recogniser; a fresh one took over.
    assert [round(u.start_s, 1) for u in customer] == [0.0, 0.3, 0.4]
    assert factory.created.count("customer") == 2


async def test_a_channel_that_keeps_failing_is_given_up_without_stopping_the_others() -> None:
    factory = ScriptedFactory(fail_on={None: {0.0, 0.1, 0.2, 0.3, 0.4}})
    errors: list[RecognizerError] = []
    chunks = [AudioChunk(c.pcm, c.start_s, 1 - c.channel) for c in blocks(6, 2)]
    events = [
        e
        async for e in recognize(
            aiter_chunks(chunks), factory, {1: "cashier"}, on_error=errors.append
        )
    ]
    assert len(errors) == 3
    assert {e.speaker for e in events} == {"cashier"}
    assert len(events) == 6


async def test_audio_source_errors_reach_the_caller() -> None:
    async def broken() -> AsyncIterator[AudioChunk]:
        for chunk in blocks(2):
            yield chunk
        raise AudioInputError("audio-file-corrupt", "cannot decode test.wav past 0.2 s")

    with pytest.raises(AudioInputError, match=r"past 0\.2 s"):
        async for _ in recognize(broken(), ScriptedFactory()):
            pass


async def test_backpressure_stops_reading_while_the_recogniser_is_behind() -> None:
    pulled = 0

    async def counting() -> AsyncIterator[AudioChunk]:
        nonlocal pulled
        for chunk in blocks(200):
            pulled += 1
            yield chunk

    factory = ScriptedFactory(delay_s=0.01)
    stream = recognize(counting(), factory, channel_queue_blocks=4)
    first = await anext(stream)
    assert isinstance(first, Utterance)
    await asyncio.sleep(0.05)
    # The source is read only a few blocks ahead of the recogniser, not to the end.
    assert pulled < 20
    rest = [e async for e in stream]
    assert len(rest) == 199
    assert pulled == 200


async def test_cancelling_the_consumer_stops_everything() -> None:
    async def endless() -> AsyncIterator[AudioChunk]:
        start = 0.0
        while True:
            yield AudioChunk(b"\x01\x00" * 1600, start)
            start += 0.1
            await asyncio.sleep(0.001)

    seen: list[object] = []

    async def consume() -> None:
        async for event in recognize(endless(), ScriptedFactory(delay_s=0.001)):
            seen.append(event)

    task = asyncio.create_task(consume())
    await asyncio.sleep(0.3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert seen
    await asyncio.sleep(0.1)
    assert not [t for t in asyncio.all_tasks() if (t.get_name() or "").startswith("asr-")]
    assert not [t for t in threading.enumerate() if t.name.startswith("asr-ch") and t.is_alive()]


async def test_prepare_is_called_when_the_recogniser_has_caught_up() -> None:
    """A recogniser with ``prepare`` gets it called in its thread once its queue is empty."""
    calls: list[tuple[str, int]] = []

    class Preparing:
        name = "fake"
        model_description = "fake"

        def create(self, speaker: str | None = None) -> Any:
            class Recognizer:
                def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
                    calls.append(("accept", threading.get_ident()))
                    return []

                def flush(self) -> list[Utterance]:
                    return []

                def prepare(self) -> None:
                    calls.append(("prepare", threading.get_ident()))

            return Recognizer()

    async def prepared(count: int) -> None:
        while [kind for kind, _ in calls].count("prepare") < count:
            await asyncio.sleep(0.005)

    async def live() -> AsyncIterator[AudioChunk]:
        chunks = chunk_list(silence(0.4))
        for chunk in chunks[:3]:  # a backlog: no look-ahead until it is worked off
            yield chunk
        await prepared(1)
        yield chunks[3]  # one block as live audio delivers it, then the recogniser waits
        await prepared(2)

    assert [e async for e in recognize(live(), Preparing())] == []
    assert [kind for kind, _ in calls] == [
        "accept",
        "accept",
        "accept",
        "prepare",
        "accept",
        "prepare",
    ]
    threads = {thread for _, thread in calls}
    assert len(threads) == 1 and threading.get_ident() not in threads  # the worker thread


# -- utterances from several channels come out in the order they end ----------------


def said(start: float, end: float, speaker: str, text: str = "words") -> Utterance:
    return Utterance(start, end, text, speaker)


END_ORDER_CASES = [
    # (steps, released after each step)
    (
        "the other channel has not accepted audio yet: hold",
        [("open", 0), ("open", 1), ("settle", 0, 2.0), ("hold", 0, said(1.0, 1.5, "a"))],
        [[], [], [], []],
    ),
    (
        "released once the other channel has settled past its end",
        [
            ("open", 0),
            ("open", 1),
            ("hold", 0, said(1.0, 1.5, "a")),
            ("settle", 1, 1.4),
            ("settle", 1, 1.5),
        ],
        [[], [], [], [], ["a"]],
    ),
    (
        "a later utterance that finished first waits for an earlier one",
        [
            ("open", 0),
            ("open", 1),
            ("settle", 1, 3.5),
            ("hold", 1, said(2.0, 3.0, "late")),
            ("settle", 0, 2.5),
            ("hold", 0, said(1.0, 2.0, "early")),
            ("settle", 0, 3.2),
        ],
        [[], [], [], [], [], ["early"], ["late"]],
    ),
    (
        "a closed channel holds nothing back; ties keep arrival order",
        [
            ("open", 0),
            ("open", 1),
            ("hold", 0, said(1.0, 2.0, "first")),
            ("hold", 1, said(1.5, 2.0, "second")),
            ("close", 1),
            ("close", 0),
        ],
        [[], [], [], [], ["first"], ["second"]],
    ),
    (
        "one channel alone is never held",
        [("open", 0), ("hold", 0, said(1.0, 2.0, "solo"))],
        [[], ["solo"]],
    ),
]


@pytest.mark.parametrize(
    ("steps", "expected"), [c[1:] for c in END_ORDER_CASES], ids=[c[0] for c in END_ORDER_CASES]
)
def test_end_order(steps: list[tuple[Any, ...]], expected: list[list[str]]) -> None:
    order = EndOrder()
    released: list[list[str]] = []
    for step in steps:
        getattr(order, step[0])(*step[1:])
        released.append([u.speaker or "" for u in order.ready()])
    assert released == expected
    assert len(order) == 0 or expected[-1] == []


class TimedRecognizer:
    """Implements Recognizer and ReportsSettled: 'hears' a script of (start, end) turns
    and returns each one ``lag_s`` after the audio passes its end, as an endpointer does."""

    def __init__(self, script: list[tuple[float, float]], speaker: str | None, delay_s: float):
        self.pending = list(script)
        self.speaker = speaker
        self.delay_s = delay_s
        self.fed_s = 0.0
        self.lag_s = 0.5

    def accept(self, chunk: AudioChunk) -> list[PartialTranscript | Utterance]:
        time.sleep(self.delay_s)
        self.fed_s = chunk.start_s + chunk.duration_s
        out: list[PartialTranscript | Utterance] = []
        while self.pending and self.pending[0][1] + self.lag_s <= self.fed_s:
            start, end = self.pending.pop(0)
            out.append(Utterance(start, end, f"{self.speaker} {start:g}", self.speaker))
        return out

    def flush(self) -> list[Utterance]:
        out = [Utterance(s, e, f"{self.speaker} {s:g}", self.speaker) for s, e in self.pending]
        self.pending = []
        return out

    def settled_s(self) -> float:
        return min([self.fed_s - self.lag_s, *(end for _, end in self.pending)])


class TimedFactory:
    name = "timed"
    model_description = "scripted turns with an endpointer's lag"

    def __init__(
        self,
        scripts: dict[str | None, list[tuple[float, float]]],
        delays: dict[str | None, float] | None = None,
        reports_settled: bool = True,
    ) -> None:
        self.scripts = scripts
        self.delays = delays or {}
        self.reports_settled = reports_settled

    def create(self, speaker: str | None = None) -> Any:
        recognizer = TimedRecognizer(self.scripts[speaker], speaker, self.delays.get(speaker, 0))
        if self.reports_settled:
            return recognizer

        class Plain:  # the Recognizer interface only
            accept = recognizer.accept
            flush = recognizer.flush

        return Plain()


#: A checkout with turns that alternate, overlap and end in quick succession.
CASHIER_TURNS = [(0.5, 1.5), (2.6, 3.4), (5.0, 7.0), (9.0, 9.3)]
CUSTOMER_TURNS = [(1.8, 2.4), (3.5, 4.0), (6.0, 6.5), (7.2, 8.8)]


def stereo_blocks(seconds: float) -> list[AudioChunk]:
    return [
        AudioChunk(b"\x00\x00" * 1600, i / 10, channel)
        for i in range(round(seconds * 10))
        for channel in (0, 1)
    ]


@pytest.mark.parametrize("slow", ["cashier", "customer"])
async def test_utterances_come_out_in_the_order_they_end_whichever_channel_is_slower(
    slow: str,
) -> None:
    factory = TimedFactory(
        {"cashier": CASHIER_TURNS, "customer": CUSTOMER_TURNS}, delays={slow: 0.004}
    )
    utterances = [
        u
        async for u in recognize(
            aiter_chunks(stereo_blocks(12)), factory, {0: "cashier", 1: "customer"}
        )
    ]
    assert isinstance(utterances[0], Utterance)
    ends = [u.end_s for u in utterances if isinstance(u, Utterance)]
    assert len(ends) == 8
    assert ends == sorted(ends)


async def test_a_recogniser_that_cannot_report_is_ordered_by_the_audio_it_was_given() -> None:
    # Without settled_s the merge assumes an utterance comes back with the block it ends
    # in. These recognisers are 0.5 s late, so order is only right to within 0.5 s...
    factory = TimedFactory(
        {"cashier": [(0.5, 1.5), (4.0, 5.0)], "customer": [(2.0, 3.0)]},
        delays={"cashier": 0.004},
        reports_settled=False,
    )
    utterances = [
        u
        async for u in recognize(
            aiter_chunks(stereo_blocks(7)), factory, {0: "cashier", 1: "customer"}
        )
    ]
    # ...but a slow channel never lets a turn seconds later overtake it.
    assert [u.end_s for u in utterances if isinstance(u, Utterance)] == [1.5, 3.0, 5.0]


async def test_live_the_wait_for_the_other_channel_is_at_most_a_block() -> None:
    """Blocks arrive in real time (sped up ten times); each utterance must reach the caller
    before its own channel has been given two more blocks after the one that ended it."""
    factory = TimedFactory({"cashier": CASHIER_TURNS, "customer": CUSTOMER_TURNS})
    delivered_s = 0.0

    async def live() -> AsyncIterator[AudioChunk]:
        nonlocal delivered_s
        for chunk in stereo_blocks(12):
            yield chunk
            if chunk.channel == 1:
                delivered_s = chunk.start_s + chunk.duration_s
                await asyncio.sleep(0.01)

    arrivals: list[tuple[float, float]] = []
    async for u in recognize(live(), factory, {0: "cashier", 1: "customer"}):
        assert isinstance(u, Utterance)
        arrivals.append((u.end_s, delivered_s))
    assert len(arrivals) == 8
    lag = 0.5  # the scripted endpointer's
    assert all(delivered <= end + lag + 0.2 + 1e-9 for end, delivered in arrivals), arrivals
