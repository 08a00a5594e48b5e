"""Run one recogniser per channel, each in its own worker thread, off the event loop.

Data flow::

    chunks ──feeder task──▶ per-channel asyncio.Queue (bounded) ──channel task──▶
        worker thread: recognizer.accept(chunk) ──▶ results asyncio.Queue (bounded) ──▶ caller

When a channel's queue is empty (the recogniser has caught up with live audio) a
recogniser that :class:`~assistant.asr.settings.PreparesAhead` gets ``prepare()`` called
in its thread: Whisper uses it to transcribe an utterance during the silence that will
end it, instead of after.

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
import logging
from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from assistant.asr.settings import PreparesAhead, Recognizer, RecognizerFactory
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
    when no role is mapped). At the end of ``chunks`` every recogniser is flushed.

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

    def report(error: RecognizerError) -> None:
        if on_error is not None:
            try:
                on_error(error)
            except Exception:
                log.exception("on_error callback failed")

    async def run_channel(channel: int, queue: asyncio.Queue[AudioChunk | _EndOfStream]) -> None:
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"asr-ch{channel}")
        executors.append(executor)
        speaker = roles.get(channel)

        async def call(function: Callable[..., Any], *args: Any) -> Any:
            return await loop.run_in_executor(executor, function, *args)

        recognizer: Recognizer | None = await call(factory.create, speaker)
        failures = 0
        while True:
            item = await queue.get()
            if isinstance(item, _EndOfStream):
                break
            if recognizer is None:
                continue  # given up on this channel: drain so the feeder never blocks
            try:
                events: list[ResultEvent] = await call(recognizer.accept, item)
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
                continue
            for event in events:
                await _put(results, event, channel, include_partials)
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
            for utterance in flushed:
                await _put(results, utterance, channel, include_partials)

    async def feed() -> None:
        try:
            async for chunk in chunks:
                queue = channel_queues.get(chunk.channel)
                if queue is None:
                    queue = asyncio.Queue(channel_queue_blocks)
                    channel_queues[chunk.channel] = queue
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


async def _put(
    results: asyncio.Queue[ResultEvent | _EndOfStream | BaseException],
    event: ResultEvent,
    channel: int,
    include_partials: bool,
) -> None:
    if isinstance(event, PartialTranscript):
        if not include_partials:
            return
        event = dataclasses.replace(event, channel=channel)
    await results.put(event)
