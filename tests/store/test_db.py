"""The record database and its writer on real SQLite files."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.errors import ConfigError, StoreError
from assistant.events import ConversationClosed, Nudge, Utterance, Word
from assistant.store.db import MIGRATIONS, SCHEMA_VERSION, Store
from assistant.store.settings import ShiftSpec, StoreSettings
from assistant.store.writer import StoreWriter

PHONE_SPOKEN = "call me on oh seven seven double nine one two three four five six"


def closed(conversation: str, *, upsell: int = 1) -> ConversationClosed:
    return ConversationClosed(
        conversation=conversation,
        start_s=0.0,
        end_s=60.0,
        utterances_by_role={"cashier": 5, "customer": 4},
        talk_s_by_role={"cashier": 20.5, "customer": 12.25},
        upsell_prompts=upsell,
        nudges=("gossip",),
    )


def gossip_nudge(nudge_id: str, till: str = "t1", conversation: str = "c1") -> Nudge:
    evidence = (Utterance(10.0, 14.0, PHONE_SPOKEN, "cashier"),)
    return Nudge(
        "gossip", conversation, 14.0, "Keep it about the customer", "info",
        "gossip.third_party", evidence, till, nudge_id,
    )  # fmt: skip


async def test_writer_round_trip_and_redaction(settings: StoreSettings) -> None:
    settings = replace(settings, keep_transcripts=True)
    writer = StoreWriter(settings)
    await writer.start()
    now = time.time()
    writer.conversation_closed(closed("c1"), till="t1", started_epoch_s=now - 60, ended_epoch_s=now)
    writer.nudge(gossip_nudge("n1"), epoch_s=now - 30)
    writer.acknowledged("n1", epoch_s=now - 29)
    writer.feedback("n1", "down", epoch_s=now - 20, by="sam")
    writer.feedback("n1", "up", epoch_s=now - 10, by="sam")  # changed their mind
    words = tuple(Word(w, 10.0 + i, 10.5 + i) for i, w in enumerate(PHONE_SPOKEN.split()))
    utterance = Utterance(10.0, 24.0, PHONE_SPOKEN, "customer", words, "c1", "t1")
    writer.utterance(utterance, till="t1", epoch_s=now - 50)
    await writer.close()
    assert writer.written_events == 6 and writer.dropped_events == 0

    store = Store.open(settings.path, create=False)
    try:
        [conversation] = store.conversations(now - 3600, now + 1)
        assert conversation.till == "t1" and conversation.cashier_utterances == 5
        assert conversation.customer_talk_s == 12.25 and conversation.upsell_prompts == 1
        [nudge] = store.nudges(now - 3600, now + 1, till="t1")
        assert nudge.id == "n1" and nudge.acknowledged_epoch_s == pytest.approx(now - 29)
        assert nudge.verdict == "up"
        assert nudge.evidence == (("cashier", "call me on [phone]"),)
        [line] = store.utterances()
        assert line["text"] == "call me on [phone]"
        assert [w[0] for w in line["words"]] == ["call", "me", "on", "[phone]"]
        assert line["start_epoch_s"] == pytest.approx(now - 50)
        assert store.tills() == ["t1"]
    finally:
        store.close()
    # Nothing personal anywhere in the file, WAL or not.
    for path in settings.path.parent.iterdir():
        assert b"seven seven double" not in path.read_bytes(), path


async def test_transcripts_are_not_kept_by_default(settings: StoreSettings) -> None:
    writer = StoreWriter(settings)
    await writer.start()
    writer.utterance(Utterance(0.0, 1.0, "hello"), till="t1", epoch_s=time.time())
    await writer.close()
    store = Store.open(settings.path)
    assert store.counts()["utterances"] == 0
    store.close()


async def test_several_tills_share_one_writer(settings: StoreSettings) -> None:
    writer = StoreWriter(settings)
    await writer.start()
    now = time.time()

    async def till(name: str) -> None:
        for index in range(50):
            writer.conversation_closed(
                closed(f"{name}-c{index}"), till=name, started_epoch_s=now, ended_epoch_s=now + 1
            )
            writer.nudge(gossip_nudge(f"{name}-n{index}", name, f"{name}-c{index}"), epoch_s=now)
            await asyncio.sleep(0)

    await asyncio.gather(*(till(f"t{i}") for i in range(4)))
    await writer.close()
    store = Store.open(settings.path)
    assert store.counts()["conversations"] == 200 and store.counts()["nudges"] == 200
    assert store.tills() == ["t0", "t1", "t2", "t3"]
    store.close()


async def test_duplicate_nudge_id_is_refused_but_the_rest_is_kept(
    settings: StoreSettings, caplog: pytest.LogCaptureFixture
) -> None:
    writer = StoreWriter(settings)
    await writer.start()
    writer.nudge(gossip_nudge("same"), epoch_s=time.time())
    writer.nudge(gossip_nudge("same"), epoch_s=time.time())
    writer.acknowledged("same", epoch_s=time.time())
    await writer.close()
    assert writer.rejected_events == 1 and writer.written_events == 2
    assert "store refused" in caplog.text


def test_queue_overflow_drops_new_events_and_counts_them(
    settings: StoreSettings, caplog: pytest.LogCaptureFixture
) -> None:
    writer = StoreWriter(replace(settings, queue_size=100))
    # Not started: nothing drains the queue, so the 101st event overflows.
    with caplog.at_level(logging.ERROR):
        for index in range(150):
            writer.acknowledged(f"n{index}", epoch_s=1.0)  # returns at once, never blocks
    assert writer.dropped_events == 50
    assert "store queue full" in caplog.text
    writer.start_blocking()
    writer.close_blocking()
    assert writer.written_events == 100


def test_commits_within_the_commit_interval(settings: StoreSettings) -> None:
    writer = StoreWriter(settings)
    writer.start_blocking()
    try:
        writer.acknowledged("n1", epoch_s=1.0)
        reader = Store.open(settings.path)
        deadline = time.monotonic() + settings.commit_interval_s + 0.5
        while reader.counts()["acknowledgements"] == 0:
            assert time.monotonic() < deadline, "not committed within the interval"
            time.sleep(0.05)
        reader.close()
    finally:
        writer.close_blocking()


def test_retention_deletes_old_records_at_start(settings: StoreSettings) -> None:
    now = time.time()
    old, recent = now - 31 * 86400, now - 29 * 86400
    writer = StoreWriter(replace(settings, keep_transcripts=True))
    writer.start_blocking()
    for label, epoch in (("old", old), ("recent", recent)):
        writer.conversation_closed(
            closed(label), till="t1", started_epoch_s=epoch, ended_epoch_s=epoch + 60
        )
        writer.nudge(gossip_nudge(label), epoch_s=epoch)
        writer.feedback(label, "up", epoch_s=epoch + 1)
        writer.acknowledged(label, epoch_s=epoch + 1)
        writer.utterance(Utterance(0.0, 1.0, "hi", till="t1"), till="t1", epoch_s=epoch)
    writer.close_blocking()  # retention ran at start, before these were written
    store = Store.open(settings.path)
    assert store.counts() == {
        "conversations": 2, "nudges": 2, "acknowledgements": 2, "feedback": 2, "utterances": 2,
    }  # fmt: skip
    store.close()

    again = StoreWriter(settings)  # retention_days = 30
    again.start_blocking()
    again.close_blocking()
    assert again.deleted_by_retention == 5
    store = Store.open(settings.path)
    assert store.counts() == {
        "conversations": 1, "nudges": 1, "acknowledgements": 1, "feedback": 1, "utterances": 1,
    }  # fmt: skip
    [kept] = store.nudges(0, now)
    assert kept.id == "recent" and kept.verdict == "up"
    store.close()


def make_v1_database(path: Path) -> None:
    """A database as the first released schema wrote it, with some records."""
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO conversations (till, conversation, started_epoch_s, ended_epoch_s, "
        "cashier_utterances, customer_utterances, cashier_talk_s, customer_talk_s, "
        "upsell_prompts) VALUES ('t1', 'c1', 1000.0, 1060.0, 3, 2, 10.0, 5.0, 1)"
    )
    db.execute(
        "INSERT INTO nudges (id, till, conversation, kind, rule, message, severity, "
        "raised_epoch_s, evidence) VALUES ('n1', 't1', 'c1', 'gossip', 'gossip.x', 'm', "
        "'info', 1030.0, '[[\"cashier\", \"text\"]]')"
    )
    db.execute("INSERT INTO feedback (nudge_id, verdict, epoch_s) VALUES ('n1', 'down', 1040.0)")
    db.commit()
    db.close()


def test_migrates_a_version_1_database_after_a_backup(tmp_path: Path) -> None:
    assert SCHEMA_VERSION >= 2
    path = tmp_path / "old.sqlite3"
    make_v1_database(path)
    store = Store.open(path, create=False)
    assert store.schema_version == SCHEMA_VERSION
    [conversation] = store.conversations(0, 2000)
    assert conversation.cashier_talk_s == 10.0 and conversation.upsell_prompts == 1
    [nudge] = store.nudges(0, 2000)
    assert nudge.verdict == "down" and nudge.evidence == (("cashier", "text"),)
    indexes = {
        row[0]
        for row in store._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"conversations_started", "nudges_raised", "feedback_nudge"} <= indexes
    store.close()
    backup = tmp_path / "old.sqlite3.v1.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
    # Opening again does not migrate (or back up) twice.
    backup.unlink()
    Store.open(path).close()
    assert not backup.exists()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this program") as error:
        Store.open(path)
    assert error.value.code == "store-too-new"


def test_corrupt_database_is_a_clear_error_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    garbage = b"this is not sqlite at all " * 200
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="corrupt") as error:
        Store.open(path)
    assert error.value.code == "store-corrupt"
    assert path.read_bytes() == garbage


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(StoreError, match="not a record database"):
        Store.open(path)


def test_locked_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE x (y)")  # a rollback-journal database held exclusively
    other.execute("PRAGMA user_version = 1")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked") as error:
            Store.open(path, busy_timeout_s=0.2)
        assert error.value.code == "store-locked"
    finally:
        other.execute("ROLLBACK")
        other.close()


async def test_writer_start_reports_an_unopenable_database(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    writer = StoreWriter(StoreSettings(path=path))
    with pytest.raises(StoreError, match="corrupt"):
        await writer.start()


def test_settings_validation() -> None:
    with pytest.raises(ConfigError, match="retention_days"):
        StoreSettings(path=Path("x.sqlite3"), retention_days=0)
    with pytest.raises(ConfigError, match="timezone"):
        StoreSettings(path=Path("x.sqlite3"), timezone="Mars/Olympus")
    with pytest.raises(ConfigError, match="unique"):
        StoreSettings(path=Path("x"), shifts=(ShiftSpec("a", 0, 60), ShiftSpec("a", 60, 120)))
    with pytest.raises(ConfigError, match="HH:MM"):
        ShiftSpec.parse("early", "6am", "14:00")
    with pytest.raises(ConfigError, match="unknown setting"):
        StoreSettings.from_mapping({"colour": "red"}, base_dir=Path("/tmp"))
    parsed = StoreSettings.from_mapping(
        {
            "path": "db/records.sqlite3",
            "retention_days": 7,
            "shifts": {"day": ["07:00", "19:00"], "night": ["19:00", "07:00"]},
        },
        base_dir=Path("/srv/assistant"),
    )
    assert parsed.path == Path("/srv/assistant/db/records.sqlite3")
    assert parsed.retention_days == 7
    assert parsed.shifts[1] == ShiftSpec("night", 19 * 60, 7 * 60)
    assert parsed.shifts[1].duration_minutes == 12 * 60


def test_retention_also_runs_hourly_while_writing(
    settings: StoreSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.store.writer as writer_module

    monkeypatch.setattr(writer_module, "RETENTION_INTERVAL_S", 0.3)  # "hourly", sped up
    writer = StoreWriter(settings)
    writer.start_blocking()
    try:
        old = time.time() - 40 * 86400
        writer.nudge(gossip_nudge("old"), epoch_s=old)
        writer.nudge(gossip_nudge("new"), epoch_s=time.time())
        deadline = time.monotonic() + 5
        while writer.deleted_by_retention == 0:
            assert time.monotonic() < deadline, "retention did not run again"
            time.sleep(0.05)
    finally:
        writer.close_blocking()
    store = Store.open(settings.path)
    assert [n.id for n in store.nudges(0, time.time() + 1)] == ["new"]
    store.close()


def test_writer_waits_out_a_locked_database_and_drops_nothing(settings: StoreSettings) -> None:
    writer = StoreWriter(settings)
    writer.start_blocking()
    other = sqlite3.connect(settings.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        for index in range(20):
            writer.acknowledged(f"n{index}", epoch_s=1.0)
        time.sleep(1.5)
        assert writer.written_events == 0  # could not write yet
    finally:
        other.execute("ROLLBACK")
        other.close()
    writer.close_blocking()
    assert writer.written_events == 20 and writer.dropped_events == 0
    store = Store.open(settings.path)
    assert store.counts()["acknowledgements"] == 20
    store.close()
