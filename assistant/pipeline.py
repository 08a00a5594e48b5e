"""The running product: per till, audio → recognition → coach → nudges → displays and store.

Data flows one way. Each till runs as its own task; a failing microphone or recogniser
on one till is logged, shown in that till's status and retried with back-off, and never
stops the others. Stream seconds become wall-clock time by adding the moment the till's
stream started (``origin_epoch_s``).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from assistant.asr import RecognizerFactory, recognize
from assistant.audio import AudioSource, open_source
from assistant.coach import Coach, Rules
from assistant.coach.features import FeatureExtractor
from assistant.config import AppConfig, TillConfig
from assistant.errors import AssistantError
from assistant.events import AudioChunk, ConversationClosed, Nudge, Utterance
from assistant.redact import redact_nudge, redact_text
from assistant.server.app import AssistantServer

log = logging.getLogger(__name__)

#: Recognition may lag the audio by up to this much (its bounded queues, ~6 s, plus
#: decoding), so the coach's clock is held back by it: a conversation is never closed
#: for silence while its last words are still being recognised.
RECOGNITION_LAG_ALLOWANCE_S = 8.0
#: Back-off between attempts to reopen a till's audio that failed.
RETRY_MIN_S = 1.0
RETRY_MAX_S = 30.0


class RecordSink(Protocol):
    """What the pipeline writes to (the store's :class:`~assistant.store.writer.StoreWriter`)."""

    def conversation_closed(
        self, c: ConversationClosed, *, till: str, started_epoch_s: float, ended_epoch_s: float
    ) -> None: ...

    def nudge(self, n: Nudge, *, epoch_s: float) -> None: ...

    def acknowledged(self, nudge_id: str, *, epoch_s: float) -> None: ...

    def feedback(
        self,
        nudge_id: str,
        verdict: Literal["up", "down"],
        *,
        epoch_s: float,
        by: str | None = None,
    ) -> None: ...

    def utterance(self, u: Utterance, *, till: str, epoch_s: float) -> None: ...


SourceOpener = Callable[[TillConfig], AudioSource]


def open_till_source(till: TillConfig) -> AudioSource:
    """Open a till's microphone or replayed recording (the production opener)."""
    return open_source(
        till.audio_spec,
        rate_hz=till.rate_hz,
        channels=till.channels,
        realtime=till.realtime,
    )


@dataclass(slots=True)
class TillRuntime:
    """Mutable state of one running till (owned by the pipeline, on the loop)."""

    config: TillConfig
    coach: Coach
    source: AudioSource | None = None
    origin_epoch_s: float | None = None
    """Wall-clock time of stream second 0 of the current stream."""
    stream_position_s: float = 0.0
    state: str = "starting"
    detail: str = ""
    last_utterance: dict[str, Any] | None = None
    nudges: int = 0
    finished: bool = False
    conversation_starts: dict[str, float] = field(default_factory=dict)


class Pipeline:
    """Runs every configured till into one server and one record sink."""

    def __init__(
        self,
        config: AppConfig,
        *,
        factory: RecognizerFactory,
        rules: Rules,
        server: AssistantServer,
        records: RecordSink | None = None,
        open_audio: SourceOpener = open_till_source,
        on_nudge: Callable[[Nudge, TillRuntime], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.factory = factory
        self.server = server
        self.records = records
        self.open_audio = open_audio
        self.on_nudge = on_nudge
        self.clock = clock
        features = FeatureExtractor(rules)  # one compiled lexicon set for every till
        self.tills = {
            t.id: TillRuntime(config=t, coach=Coach(rules, till=t.id, features=features))
            for t in config.tills
        }
        server.actions = self

    @property
    def engine_label(self) -> str:
        return f"{self.factory.name} ({self.factory.model_description})"

    # -- running ----------------------------------------------------------------------

    async def run(self) -> None:
        """Run until every till's stream ended (recordings) or until cancelled."""
        async with asyncio.TaskGroup() as group:
            status = group.create_task(self._publish_status_forever(), name="till-status")
            tills = [
                group.create_task(self._run_till(runtime), name=f"till {till_id}")
                for till_id, runtime in self.tills.items()
            ]
            await asyncio.gather(*tills)
            self._publish_all_status()
            status.cancel()

    def finish(self) -> None:
        """Close the open conversations (on shutdown) so the store records them."""
        for runtime in self.tills.values():
            self._handle(runtime, runtime.coach.finish())

    async def _run_till(self, runtime: TillRuntime) -> None:
        delay = RETRY_MIN_S
        till = runtime.config
        while True:
            try:
                source = self.open_audio(till)
            except AssistantError as error:
                runtime.state, runtime.detail = "failed", str(error)
                log.error("till %s: cannot open audio: %s", till.id, error)
                if till.source is not None:
                    runtime.finished = True
                    return  # a missing recording will not appear by waiting
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_S)
                continue
            runtime.source = source
            runtime.state, runtime.detail = "listening", source.description
            try:
                await self._process(runtime, source)
                delay = RETRY_MIN_S
            except asyncio.CancelledError:
                raise
            except AssistantError as error:
                runtime.state, runtime.detail = "failed", str(error)
                log.error("till %s: %s", till.id, error)
            except Exception as error:  # one till's failure must not stop the others
                runtime.state, runtime.detail = "failed", f"{type(error).__name__}: {error}"
                log.exception("till %s: pipeline failed", till.id)
            finally:
                with contextlib.suppress(Exception):
                    await source.aclose()
                runtime.source = None
            if till.source is not None and runtime.state != "failed":
                runtime.state, runtime.detail = "ended", "recording finished"
                runtime.finished = True
                return
            if till.source is not None:
                runtime.finished = True
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX_S)

    async def _process(self, runtime: TillRuntime, source: AudioSource) -> None:
        runtime.origin_epoch_s = None
        ticker = asyncio.create_task(self._tick(runtime), name=f"coach tick {runtime.config.id}")
        try:
            async for event in recognize(
                self._tracked(runtime, source), self.factory, roles=runtime.config.role_map
            ):
                if isinstance(event, Utterance):
                    self._on_utterance(runtime, event)
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        self._handle(runtime, runtime.coach.finish())

    async def _tracked(
        self, runtime: TillRuntime, source: AudioSource
    ) -> AsyncIterator[AudioChunk]:
        async for chunk in source.chunks():
            if runtime.origin_epoch_s is None:
                # A block arrives once its audio has been heard (microphones and paced
                # replays alike), so stream zero was one block length further back.
                runtime.origin_epoch_s = self.clock() - (chunk.start_s + chunk.duration_s)
            runtime.stream_position_s = chunk.start_s + chunk.duration_s
            yield chunk

    async def _tick(self, runtime: TillRuntime) -> None:
        while True:
            await asyncio.sleep(0.5)
            now_s = runtime.stream_position_s - RECOGNITION_LAG_ALLOWANCE_S
            if now_s > 0:
                self._handle(runtime, runtime.coach.tick(now_s))

    # -- events -----------------------------------------------------------------------

    def epoch(self, runtime: TillRuntime, stream_s: float) -> float:
        origin = runtime.origin_epoch_s
        return (origin if origin is not None else self.clock()) + stream_s

    def _on_utterance(self, runtime: TillRuntime, utterance: Utterance) -> None:
        till = runtime.config.id
        utterance = dataclasses.replace(utterance, till=till)
        log.debug("till %s: utterance %.2f-%.2f s", till, utterance.start_s, utterance.end_s)
        runtime.last_utterance = {
            "speaker": utterance.speaker,
            "text": redact_text(utterance.text),
            "epoch_s": round(self.epoch(runtime, utterance.end_s), 3),
        }
        if self.records is not None:
            self.records.utterance(
                utterance, till=till, epoch_s=self.epoch(runtime, utterance.start_s)
            )
        self._handle(runtime, runtime.coach.feed(utterance))

    def _handle(self, runtime: TillRuntime, outputs: list[Nudge | ConversationClosed]) -> None:
        till = runtime.config.id
        for output in outputs:
            if isinstance(output, Nudge):
                nudge = redact_nudge(
                    dataclasses.replace(output, till=till, id=f"n-{uuid.uuid4().hex[:16]}")
                )
                runtime.nudges += 1
                epoch_s = self.clock()
                self.server.publish_nudge(nudge.to_json(), epoch_s=epoch_s)
                if self.records is not None:
                    self.records.nudge(nudge, epoch_s=epoch_s)
                log.info(
                    "till %s: nudge %s (%s) at %.1f s", till, nudge.kind, nudge.rule, nudge.at_s
                )
                if self.on_nudge is not None:
                    self.on_nudge(nudge, runtime)
            elif self.records is not None:
                self.records.conversation_closed(
                    output,
                    till=till,
                    started_epoch_s=self.epoch(runtime, output.start_s),
                    ended_epoch_s=self.epoch(runtime, output.end_s),
                )

    # -- status -----------------------------------------------------------------------

    def status_of(self, runtime: TillRuntime) -> dict[str, Any]:
        level: float | None = None
        state, detail = runtime.state, runtime.detail
        if runtime.source is not None:
            source_status = runtime.source.status()
            level = source_status.level_dbfs
            if source_status.state not in ("listening", "ended"):
                state = source_status.state
            detail = source_status.detail or detail
        return {
            "listening": state == "listening",
            "state": state,
            "detail": detail,
            "level_dbfs": None if level is None else round(level, 1),
            "engine": self.engine_label,
            "last_utterance": runtime.last_utterance,
            "nudges": runtime.nudges,
        }

    def _publish_all_status(self) -> None:
        for till_id, runtime in self.tills.items():
            self.server.publish_status(till_id, self.status_of(runtime))

    async def _publish_status_forever(self) -> None:
        while True:
            self._publish_all_status()
            await asyncio.sleep(self.config.status_interval_s)

    # -- what people do on the pages (ClientActions) ----------------------------------

    def acknowledged(self, till: str, nudge_id: str, epoch_s: float) -> None:
        runtime = self.tills.get(till)
        if runtime is not None and runtime.origin_epoch_s is not None:
            runtime.coach.acknowledge(epoch_s - runtime.origin_epoch_s)
        if self.records is not None:
            self.records.acknowledged(nudge_id, epoch_s=epoch_s)

    def feedback(self, nudge_id: str, verdict: str, by: str | None, epoch_s: float) -> None:
        if self.records is not None and verdict in ("up", "down"):
            self.records.feedback(
                nudge_id, "up" if verdict == "up" else "down", epoch_s=epoch_s, by=by
            )
