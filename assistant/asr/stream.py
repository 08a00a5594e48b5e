"""Run one recogniser per channel, each in its own worker thread, off the event loop.

Data flow::

    chunks ──feeder task──▶ per-channel asyncio.Queue (bounded) ──channel task──▶
        worker thread: recognizer.accept(chunk) ──▶ results asyncio.Queue (bounded) ──▶ caller

When a channel's queue is empty (the recogniser has caught up with live audio) a
recogniser that :class:`~assistant.asr.settings.PreparesAhead` gets ``prepare()`` called
in its thread: Whisper uses it to transcribe an utterance during the silence that will
end it, instead of after.

Order: the caller gets utterances in the order they END in the audio, whichever channel
they come from, as one listener would have heard them finish. Each channel's recogniser
says after every block how far it has settled (:class:`~assistant.asr.settings.ReportsSettled`:
no utterance still to come from it ends before that time); an utterance waits in a small
heap until every other channel has settled past its end. Without this a stereo file read
faster than real time could give the customer's later reply before the cashier's earlier
question whenever the cashier's channel ran slower. Live, where every channel gets each
block at the same time, the wait is at most the other channels' processing of the block
(Whisper) or the model's endpoint silence (Vosk, whose finals come late anyway).
Partial hypotheses are not held: they are provisional and go out as they come.

Queue policy: every queue applies BACKPRESSURE. When a channel's input queue is full
the feeder stops pulling chunks from the source. For a file that simply slows reading
down; for live audio it means the audio source's own bounded queue fills and applies
*its* policy (drop the oldest block and count it in ``status()``), so audio is dropped
in exactly one, counted place. The recognisers re-anchor their clocks on the gap, so
later times stay true stream times.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import heapq
import itertools
import logging
import math
from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from assistant.asr.settings import PreparesAhead, Recognizer, RecognizerFactory, ReportsSettled
from assistant.errors import RecognizerError
from assistant.events import AudioChunk, PartialTranscript, Utterance

log = logging.getLogger(__name__)

#: Blocks waiting for one channel's recogniser (≈ 6 s of audio at 100 ms blocks).
CHANNEL_QUEUE_BLOCKS = 64
#: Results waiting for the caller.
RESULT_QUEUE_SIZE = 256
#: Consecutive failures after which a channel's recogniser is given up (its audio ignored).
MAX_CONSECUTIVE_FAILURES = 3

ResultEvent = PartialTranscript | Utterance


class _EndOfStream:
    """Marker on a queue: no more items."""


_END = _EndOfStream()


class EndOrder:
    """Releases utterances from several channels in the order they end in the audio.

    Pure bookkeeping, no I/O: :func:`recognize` tells it which channels exist, what each
    has settled (the time before which it will return no further utterance end) and
    which utterances are finished; :meth:`ready` gives back those that can go out now.
    Ties on the end time keep arrival order.
    """

    def __init__(self) -> None:
        self._settled: dict[int, float] = {}
        self._held: list[tuple[float, int, int, Utterance]] = []
        self._arrivals = itertools.count()

    def open(self, channel: int) -> None:
        """A channel that has not accepted audio yet holds everything back."""
        self._settled.setdefault(channel, -math.inf)

    def settle(self, channel: int, settled_s: float) -> None:
        self._settled[channel] = settled_s

    def close(self, channel: int) -> None:
        """The channel will return nothing more (its stream ended or it was given up)."""
        self._settled[channel] = math.inf

    def hold(self, channel: int, utterance: Utterance) -> None:
        heapq.heappush(self._held, (utterance.end_s, next(self._arrivals), channel, utterance))

    def ready(self) -> list[Utterance]:
        """Utterances no other channel can still precede, in end order."""
        out: list[Utterance] = []
        while self._held:
            end_s, _, channel, utterance = self._held[0]
            if any(s < end_s for c, s in self._settled.items() if c != channel):
                break
            heapq.heappop(self._held)
            out.append(utterance)
        return out

    def __len__(self) -> int:
        return len(self._held)


async def recognize(
    chunks: AsyncIterable[AudioChunk],
    factory: RecognizerFactory,
    roles: Mapping[int, str | None] | None = None,
    *,
    include_partials: bool = False,
    on_error: Callable[[RecognizerError], None] | None = None,
    channel_queue_blocks: int = CHANNEL_QUEUE_BLOCKS,
) -> AsyncIterator[ResultEvent]:
    """Recognise every channel of ``chunks``; yield utterances (and partials if asked).

    One recogniser per channel, created on the channel's first chunk, each running in
    its own single-thread executor. Utterances carry ``speaker=roles[channel]`` (``None``
    when no role is mapped), in the order they end in the audio across all channels (see
    the module docstring). At the end of ``chunks`` every recogniser is flushed.

    A recogniser that raises is logged (code ``stt-stream-failed``), reported through
    ``on_error`` and replaced by a fresh one; after :data:`MAX_CONSECUTIVE_FAILURES` in
    a row that channel is ignored, the other channels go on. Errors of the audio source
    itself propagate to the caller. Cancelling the consumer cancels everything.
    """
    loop = asyncio.get_running_loop()
    roles = dict(roles or {})
    results: asyncio.Queue[ResultEvent | _EndOfStream | BaseException] = asyncio.Queue(
        RESULT_QUEUE_SIZE
    )
    channel_queues: dict[int, asyncio.Queue[AudioChunk | _EndOfStream]] = {}
    channel_tasks: dict[int, asyncio.Task[None]] = {}
    executors: list[ThreadPoolExecutor] = []
    order = EndOrder()
    releasing = asyncio.Lock()  # keeps released utterances in order through the queue

    async def release() -> None:
        async with releasing:
            for utterance in order.ready():
                await results.put(utterance)

    def report(error: RecognizerError) -> None:
        if on_error is not None:
            try:
                on_error(error)
            except Exception:
                log.exception("on_error callback failed")

    async def deliver(channel: int, events: list[ResultEvent]) -> None:
        for event in events:
            if isinstance(event, Utterance):
                order.hold(channel, event)
            elif include_partials:
                await results.put(dataclasses.replace(event, channel=channel))
        await release()

    async def run_channel(channel: int, queue: asyncio.Queue[AudioChunk | _EndOfStream]) -> None:
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"asr-ch{channel}")
        executors.append(executor)
        speaker = roles.get(channel)

        async def call(function: Callable[..., Any], *args: Any) -> Any:
            return await loop.run_in_executor(executor, function, *args)

        def step(recognizer: Recognizer, chunk: AudioChunk) -> tuple[list[ResultEvent], float]:
            events = recognizer.accept(chunk)
            if isinstance(recognizer, ReportsSettled):
                return events, recognizer.settled_s()
            # A recogniser that cannot say is taken to return each utterance by the
            # time it has been given the audio the utterance ends in.
            return events, chunk.start_s + chunk.duration_s

        recognizer: Recognizer | None = await call(factory.create, speaker)
        failures = 0
        while True:
            item = await queue.get()
            if isinstance(item, _EndOfStream):
                break
            if recognizer is None:
                continue  # given up on this channel: drain so the feeder never blocks
            try:
                events, settled_s = await call(step, recognizer, item)
                failures = 0
            except Exception as error:
                failures += 1
                log.error(
                    "stt-stream-failed: recogniser for channel %d raised %s (failure %d)",
                    channel,
                    type(error).__name__,
                    failures,
                    exc_info=log.isEnabledFor(logging.DEBUG),
                )
                report(
                    RecognizerError(
                        "stt-stream-failed",
                        f"recogniser for channel {channel} failed: {type(error).__name__}",
                    )
                )
                recognizer = None
                if failures < MAX_CONSECUTIVE_FAILURES:
                    recognizer = await call(factory.create, speaker)
                else:
                    log.error("stt-stream-failed: giving up on channel %d", channel)
                    order.close(channel)
                    await release()
                continue
            order.settle(channel, settled_s)
            await deliver(channel, events)
            if queue.empty() and isinstance(recognizer, PreparesAhead):
                # Caught up with the audio (live input): use the wait for the next block.
                try:
                    await call(recognizer.prepare)
                except Exception as error:
                    log.warning("recogniser look-ahead on channel %d failed: %s", channel, error)
        if recognizer is not None:
            try:
                flushed: list[Utterance] = await call(recognizer.flush)
            except Exception as error:
                log.error("stt-stream-failed: flush of channel %d raised %s", channel, error)
                report(RecognizerError("stt-stream-failed", f"flush failed: {error}"))
                flushed = []
            await deliver(channel, list(flushed))
        order.close(channel)
        await release()

    async def feed() -> None:
        try:
            async for chunk in chunks:
                queue = channel_queues.get(chunk.channel)
                if queue is None:
                    queue = asyncio.Queue(channel_queue_blocks)
                    channel_queues[chunk.channel] = queue
                    order.open(chunk.channel)
                    channel_tasks[chunk.channel] = asyncio.create_task(
                        run_channel(chunk.channel, queue), name=f"asr-channel-{chunk.channel}"
                    )
                await queue.put(chunk)  # backpressure, see module docstring
            for queue in channel_queues.values():
                await queue.put(_END)
            if channel_tasks:
                await asyncio.gather(*channel_tasks.values())
            await results.put(_END)
        except asyncio.CancelledError:
            raise
        except BaseException as error:  # hand source/recogniser-loading errors to the caller
            await results.put(error)

    feeder = asyncio.create_task(feed(), name="asr-feeder")
    try:
        while True:
            item = await results.get()
            if isinstance(item, _EndOfStream):
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        # Async generators cannot hold a TaskGroup across ``yield`` safely, so the tasks
        # are named, kept here and cancelled explicitly when the consumer stops.
        tasks = [feeder, *channel_tasks.values()]
        for task in tasks:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*tasks, return_exceptions=True)
        for executor in executors:
            # A transcription already running finishes in its thread; nothing waits for it.
            executor.shutdown(wait=False, cancel_futures=True)
