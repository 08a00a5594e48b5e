"""The one store writer: a bounded queue drained by a thread that batches commits.

Pipeline code (on the event loop, any number of tills) calls the ``StoreWriter``
methods, which only put a small record on a queue and return at once. A single
thread owns the SQLite connection, redacts, writes and commits at least every
``commit_interval_s`` (0.5 s by default), so a killed process loses at most the last
commit interval of events. :meth:`StoreWriter.close` drains the queue and commits
everything — call it on SIGTERM.

Overflow policy: the pipeline never blocks on the store. The queue holds
``queue_size`` events (50 000 by default — over an hour of a busy 8-till shop); when
it is full the new event is dropped, counted in :attr:`StoreWriter.dropped_events` and
logged at ERROR (first drop, then every 1000th). When the database is temporarily
unwritable (locked, disk full) the thread keeps its batch and retries every second,
so the queue absorbs the outage until it fills.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import Literal

from assistant.errors import StoreError
from assistant.events import ConversationClosed, Nudge, Utterance
from assistant.redact import redact_nudge, redact_utterance
from assistant.report.records import ConversationRecord, NudgeRecord
from assistant.store.db import Store
from assistant.store.settings import StoreSettings

log = logging.getLogger(__name__)

RETENTION_INTERVAL_S = 3600.0
_RETRY_S = 1.0
_MAX_BATCH = 5000
_CLOSE_ATTEMPTS = 10


@dataclass(frozen=True, slots=True)
class _Conversation:
    record: ConversationRecord


@dataclass(frozen=True, slots=True)
class _Nudge:
    nudge: Nudge
    epoch_s: float


@dataclass(frozen=True, slots=True)
class _Acknowledged:
    nudge_id: str
    epoch_s: float


@dataclass(frozen=True, slots=True)
class _Feedback:
    nudge_id: str
    verdict: Literal["up", "down"]
    epoch_s: float
    by: str | None


@dataclass(frozen=True, slots=True)
class _Utterance:
    utterance: Utterance
    till: str
    epoch_s: float


_Item = _Conversation | _Nudge | _Acknowledged | _Feedback | _Utterance
_STOP = object()


class StoreWriter:
    """Owns the record database for one process; all tills share one writer."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        self._queue: queue.Queue[object] = queue.Queue(maxsize=settings.queue_size)
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._open_error: StoreError | None = None
        self._closing = False
        self.dropped_events = 0
        """Events refused because the queue was full or the writer was closed."""
        self.rejected_events = 0
        """Events the database refused (e.g. a duplicate nudge id); logged."""
        self.written_events = 0
        """Events committed so far."""
        self.deleted_by_retention = 0

    # -- lifecycle ---------------------------------------------------------------

    async def start(self) -> None:
        """Open (create or migrate) the database and start the writer thread.

        Raises :class:`StoreError` when the database cannot be opened.
        """
        await asyncio.to_thread(self.start_blocking)

    def start_blocking(self) -> None:
        """:meth:`start` for code without an event loop (tests, benchmarks, scripts)."""
        if self._thread is not None:
            raise RuntimeError("StoreWriter already started")
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._open_error is not None:
            self._thread.join()
            raise self._open_error

    async def close(self) -> None:
        """Drain the queue, commit everything and close the database."""
        await asyncio.to_thread(self.close_blocking)

    def close_blocking(self) -> None:
        """:meth:`close` without an event loop (e.g. from a signal handler's thread)."""
        if self._thread is None or self._closing:
            if self._thread is not None:
                self._thread.join()
            return
        self._closing = True
        self._queue.put(_STOP)  # blocks only while the thread drains a full queue
        self._thread.join()

    @property
    def pending_events(self) -> int:
        return self._queue.qsize()

    # -- the pipeline's side (never blocks) ----------------------------------------

    def _submit(self, item: _Item) -> None:
        if self._closing:
            self.dropped_events += 1
            log.error("store writer is closed: %s dropped", type(item).__name__.strip("_"))
            return
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self.dropped_events += 1
            if self.dropped_events == 1 or self.dropped_events % 1000 == 0:
                log.error(
                    "store queue full (%d events): %d events dropped so far",
                    self.settings.queue_size,
                    self.dropped_events,
                )

    def conversation_closed(
        self,
        c: ConversationClosed,
        *,
        till: str,
        started_epoch_s: float,
        ended_epoch_s: float,
    ) -> None:
        """Record a finished conversation (counts and talk time only, never text)."""
        utterances = c.utterances_by_role
        talk = c.talk_s_by_role
        record = ConversationRecord(
            till=till,
            conversation=c.conversation,
            started_epoch_s=started_epoch_s,
            ended_epoch_s=ended_epoch_s,
            cashier_utterances=int(utterances.get("cashier", 0)),
            customer_utterances=int(utterances.get("customer", 0)),
            unknown_utterances=int(utterances.get("unknown", 0)),
            cashier_talk_s=float(talk.get("cashier", 0.0)),
            customer_talk_s=float(talk.get("customer", 0.0)),
            unknown_talk_s=float(talk.get("unknown", 0.0)),
            upsell_prompts=int(c.upsell_prompts),
        )
        self._submit(_Conversation(record))

    def nudge(self, n: Nudge, *, epoch_s: float) -> None:
        """Record a published nudge (``n.id`` and ``n.till`` set); evidence is redacted."""
        self._submit(_Nudge(n, epoch_s))

    def acknowledged(self, nudge_id: str, *, epoch_s: float) -> None:
        """Record that the cashier acknowledged a nudge."""
        self._submit(_Acknowledged(nudge_id, epoch_s))

    def feedback(
        self,
        nudge_id: str,
        verdict: Literal["up", "down"],
        *,
        epoch_s: float,
        by: str | None = None,
    ) -> None:
        """Record a supervisor's thumbs up/down on a nudge (the latest one counts)."""
        if verdict not in ("up", "down"):
            log.warning("ignored feedback %r on nudge %s: not up/down", verdict, nudge_id)
            return
        self._submit(_Feedback(nudge_id, verdict, epoch_s, by))

    def utterance(self, u: Utterance, *, till: str, epoch_s: float) -> None:
        """Keep a transcript line — only when ``keep_transcripts``, always redacted.

        ``epoch_s`` is the wall-clock time of the utterance's start.
        """
        if self.settings.keep_transcripts:
            self._submit(_Utterance(u, till, epoch_s))

    # -- the writer thread ---------------------------------------------------------

    def _run(self) -> None:
        try:
            store = Store.open(self.settings.path, create=True)
        except StoreError as error:
            self._open_error = error
            self._ready.set()
            return
        except Exception as error:  # pragma: no cover - defensive
            self._open_error = StoreError("store-failed", f"cannot open store: {error}")
            self._ready.set()
            return
        self._ready.set()
        try:
            self._apply_retention(store)
            self._loop(store)
        finally:
            store.close()

    def _apply_retention(self, store: Store) -> None:
        cutoff = time.time() - self.settings.retention_days * 86400.0
        try:
            deleted = store.delete_older_than(cutoff)
        except StoreError as error:
            log.error("retention failed (will retry in an hour): %s", error)
            return
        self.deleted_by_retention += deleted
        if deleted:
            log.info(
                "retention: deleted %d records older than %d days",
                deleted,
                self.settings.retention_days,
            )

    def _loop(self, store: Store) -> None:
        interval = self.settings.commit_interval_s
        batch: list[_Item] = []
        oldest_at = 0.0
        next_retention = time.monotonic() + RETENTION_INTERVAL_S
        stopping = False
        while True:
            now = time.monotonic()
            timeout = interval if not batch else max(0.0, oldest_at + interval - now)
            try:
                item = self._queue.get(timeout=timeout)
            except queue.Empty:
                item = None
            if item is _STOP:
                stopping = True
            elif item is not None:
                if not batch:
                    oldest_at = time.monotonic()
                batch.append(item)  # type: ignore[arg-type]
                # Take whatever else is waiting without blocking.
                while len(batch) < _MAX_BATCH:
                    try:
                        more = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if more is _STOP:
                        stopping = True
                        break
                    batch.append(more)  # type: ignore[arg-type]
            due = batch and (
                stopping or len(batch) >= _MAX_BATCH or time.monotonic() - oldest_at >= interval
            )
            if due:
                self._flush_until_done(store, batch)
                batch = []
            if stopping:
                # Drain anything submitted after STOP was queued (none normally).
                rest: list[_Item] = []
                while True:
                    try:
                        more = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if more is not _STOP:
                        rest.append(more)  # type: ignore[arg-type]
                if rest:
                    self._flush_until_done(store, rest)
                return
            if time.monotonic() >= next_retention:
                self._apply_retention(store)
                next_retention = time.monotonic() + RETENTION_INTERVAL_S

    def _flush_until_done(self, store: Store, batch: list[_Item]) -> None:
        """Commit ``batch``; while the database refuses, keep it and retry.

        Retries for as long as the shift runs; once closing, gives up after
        ``_CLOSE_ATTEMPTS`` and says loudly how many events were lost.
        """
        attempts = 0
        while True:
            try:
                self._write(store, batch)
                return
            except Exception as error:
                attempts += 1
                if self._closing and attempts >= _CLOSE_ATTEMPTS:
                    self.dropped_events += len(batch)
                    log.error(
                        "store unwritable while closing: %d events NOT saved: %s",
                        len(batch),
                        error,
                    )
                    return
                if attempts == 1 or attempts % 60 == 0:
                    log.error(
                        "store write of %d events failed (attempt %d, retrying): %s",
                        len(batch),
                        attempts,
                        error,
                    )
                time.sleep(_RETRY_S)

    def _write(self, store: Store, batch: list[_Item]) -> None:
        rejected = 0
        with store.transaction():
            for item in batch:
                try:
                    self._apply(store, item)
                except sqlite3.IntegrityError as error:
                    # One bad event (e.g. a duplicate nudge id) never stops the shift.
                    rejected += 1
                    log.warning("store refused %s: %s", type(item).__name__.strip("_"), error)
        self.rejected_events += rejected
        self.written_events += len(batch) - rejected

    def _apply(self, store: Store, item: _Item) -> None:
        if isinstance(item, _Conversation):
            store.add_conversation(item.record)
        elif isinstance(item, _Nudge):
            n = redact_nudge(item.nudge)
            store.add_nudge(
                NudgeRecord(
                    id=n.id,
                    till=n.till or "",
                    conversation=n.conversation,
                    kind=n.kind,
                    rule=n.rule,
                    message=n.message,
                    severity=n.severity,
                    raised_epoch_s=item.epoch_s,
                    evidence=tuple((u.speaker, u.text) for u in n.evidence),
                )
            )
        elif isinstance(item, _Acknowledged):
            store.add_acknowledgement(item.nudge_id, item.epoch_s)
        elif isinstance(item, _Feedback):
            store.add_feedback(item.nudge_id, item.verdict, item.epoch_s, item.by)
        else:
            u = redact_utterance(item.utterance)
            shift = item.epoch_s - u.start_s  # stream seconds -> epoch seconds
            store.add_utterance(
                till=item.till,
                conversation=u.conversation,
                speaker=u.speaker,
                start_epoch_s=item.epoch_s,
                end_epoch_s=item.epoch_s + max(0.0, u.end_s - u.start_s),
                text=u.text,
                words=[(w.word, shift + w.start_s, shift + w.end_s) for w in u.words],
            )
