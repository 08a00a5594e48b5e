"""The SQLite record database: schema, migrations, writes and the queries the report needs.

Synchronous on purpose: it is used from the one writer thread and from the report
command, never from the event loop. Times are UTC epoch seconds.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.errors import StoreError
from assistant.report.records import ConversationRecord, NudgeRecord, Verdict

log = logging.getLogger(__name__)

#: Schema steps; the database's ``PRAGMA user_version`` is the number of steps applied.
#: Never edit a released step: append a new one (tests build a version-1 file from
#: ``MIGRATIONS[0]`` and check it migrates).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the first schema.
    (
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            till TEXT NOT NULL,
            conversation TEXT NOT NULL,
            started_epoch_s REAL NOT NULL,
            ended_epoch_s REAL NOT NULL,
            cashier_utterances INTEGER NOT NULL DEFAULT 0,
            customer_utterances INTEGER NOT NULL DEFAULT 0,
            unknown_utterances INTEGER NOT NULL DEFAULT 0,
            cashier_talk_s REAL NOT NULL DEFAULT 0,
            customer_talk_s REAL NOT NULL DEFAULT 0,
            unknown_talk_s REAL NOT NULL DEFAULT 0,
            upsell_prompts INTEGER NOT NULL DEFAULT 0,
            UNIQUE (till, conversation, started_epoch_s)
        )""",
        """CREATE TABLE nudges (
            id TEXT PRIMARY KEY,
            till TEXT NOT NULL,
            conversation TEXT NOT NULL,
            kind TEXT NOT NULL,
            rule TEXT NOT NULL,
            message TEXT NOT NULL,
            severity TEXT NOT NULL,
            raised_epoch_s REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]'
        )""",
        """CREATE TABLE acknowledgements (
            id INTEGER PRIMARY KEY,
            nudge_id TEXT NOT NULL,
            epoch_s REAL NOT NULL
        )""",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            nudge_id TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
            by_who TEXT,
            epoch_s REAL NOT NULL
        )""",
        """CREATE TABLE utterances (
            id INTEGER PRIMARY KEY,
            till TEXT NOT NULL,
            conversation TEXT,
            speaker TEXT,
            start_epoch_s REAL NOT NULL,
            end_epoch_s REAL NOT NULL,
            text TEXT NOT NULL,
            words TEXT NOT NULL DEFAULT '[]'
        )""",
    ),
    # 2: time and nudge indexes — reports and hourly retention scan by time, and
    # acknowledgements/feedback are joined per nudge; without them a month of
    # records makes both scan every row.
    (
        "CREATE INDEX conversations_started ON conversations (started_epoch_s)",
        "CREATE INDEX conversations_ended ON conversations (ended_epoch_s)",
        "CREATE INDEX nudges_raised ON nudges (raised_epoch_s)",
        "CREATE INDEX acknowledgements_nudge ON acknowledgements (nudge_id, epoch_s)",
        "CREATE INDEX feedback_nudge ON feedback (nudge_id, epoch_s)",
        "CREATE INDEX utterances_end ON utterances (end_epoch_s)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def _translate(error: sqlite3.Error, path: Path) -> StoreError:
    """Turn a sqlite3 error into a one-line :class:`StoreError` a user can act on."""
    text = str(error)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            "store-locked",
            f"record database {path} is locked by another program ({text}); "
            "nothing was changed — try again when it is free",
        )
    if isinstance(error, sqlite3.DatabaseError) and (
        "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered
    ):
        return StoreError(
            "store-corrupt",
            f"record database {path} is corrupt ({text}); it was left untouched — "
            "restore a backup or move it away to start a new one",
        )
    return StoreError("store-failed", f"record database {path}: {text}")


class Store:
    """An open record database. Not thread-safe: one ``Store`` per thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True, busy_timeout_s: float = 5.0) -> Store:
        """Open (and create or migrate) the database at ``path``.

        An older schema is migrated after copying the file to
        ``<name>.v<old version>.bak``. Raises :class:`StoreError` when the file is
        missing (``create=False``), corrupt, locked, foreign or from a newer version.
        """
        path = Path(path)
        if not path.exists():
            if not create:
                raise StoreError("store-missing", f"no record database at {path}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError("store-failed", f"cannot create {path.parent}: {error}") from None
        try:
            connection = sqlite3.connect(
                path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=True
            )
        except sqlite3.Error as error:
            raise _translate(error, path) from None
        store = cls(connection, path)
        try:
            store._prepare(busy_timeout_s)
        except sqlite3.Error as error:
            connection.close()
            raise _translate(error, path) from None
        except StoreError:
            connection.close()
            raise
        return store

    def _prepare(self, busy_timeout_s: float) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                "store-too-new",
                f"record database {self.path} has schema version {version}, newer than this "
                f"program understands ({SCHEMA_VERSION}); upgrade the assistant",
            )
        if version == 0:
            tables = db.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
            if tables:
                raise StoreError(
                    "store-foreign",
                    f"{self.path} is an SQLite file but not a record database of this program",
                )
        # WAL: the report can read while the writer writes; NORMAL sync in WAL mode
        # survives a killed process (only a power cut may lose the last commits).
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("record database %s: journal mode %s instead of WAL", self.path, mode)
        db.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            if version > 0:
                self._backup(version)
            self._migrate(version)

    def _backup(self, version: int) -> Path:
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        log.warning(
            "record database %s is schema version %d: copying it to %s before migrating to %d",
            self.path,
            version,
            target,
            SCHEMA_VERSION,
        )
        copy = sqlite3.connect(target)
        try:
            self._db.backup(copy)
        finally:
            copy.close()
        return target

    def _migrate(self, version: int) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            for step in MIGRATIONS[current:]:
                for statement in step:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if version:
            log.warning("record database %s migrated to schema %d", self.path, SCHEMA_VERSION)

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    # -- writing -----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; rolled back if the block raises."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _translate(error, self.path) from None
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def add_conversation(self, record: ConversationRecord) -> None:
        self._db.execute(
            """INSERT OR REPLACE INTO conversations (
                till, conversation, started_epoch_s, ended_epoch_s,
                cashier_utterances, customer_utterances, unknown_utterances,
                cashier_talk_s, customer_talk_s, unknown_talk_s, upsell_prompts
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                record.till,
                record.conversation,
                record.started_epoch_s,
                record.ended_epoch_s,
                record.cashier_utterances,
                record.customer_utterances,
                record.unknown_utterances,
                record.cashier_talk_s,
                record.customer_talk_s,
                record.unknown_talk_s,
                record.upsell_prompts,
            ),
        )

    def add_nudge(self, record: NudgeRecord) -> None:
        """Insert a nudge (its evidence must already be redacted)."""
        self._db.execute(
            """INSERT INTO nudges (
                id, till, conversation, kind, rule, message, severity, raised_epoch_s, evidence
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                record.id,
                record.till,
                record.conversation,
                record.kind,
                record.rule,
                record.message,
                record.severity,
                record.raised_epoch_s,
                json.dumps([[speaker, text] for speaker, text in record.evidence]),
            ),
        )

    def add_acknowledgement(self, nudge_id: str, epoch_s: float) -> None:
        self._db.execute(
            "INSERT INTO acknowledgements (nudge_id, epoch_s) VALUES (?, ?)", (nudge_id, epoch_s)
        )

    def add_feedback(
        self, nudge_id: str, verdict: Verdict, epoch_s: float, by: str | None = None
    ) -> None:
        self._db.execute(
            "INSERT INTO feedback (nudge_id, verdict, by_who, epoch_s) VALUES (?, ?, ?, ?)",
            (nudge_id, verdict, by, epoch_s),
        )

    def add_utterance(
        self,
        *,
        till: str,
        conversation: str | None,
        speaker: str | None,
        start_epoch_s: float,
        end_epoch_s: float,
        text: str,
        words: Sequence[tuple[str, float, float]] = (),
    ) -> None:
        """Insert a transcript line (must already be redacted)."""
        self._db.execute(
            """INSERT INTO utterances (
                till, conversation, speaker, start_epoch_s, end_epoch_s, text, words
            ) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (till, conversation, speaker, start_epoch_s, end_epoch_s, text, json.dumps(words)),
        )

    def delete_older_than(self, cutoff_epoch_s: float) -> int:
        """Delete every record from before ``cutoff_epoch_s``; returns rows deleted."""
        deleted = 0
        try:
            with self.transaction():
                for statement in (
                    "DELETE FROM conversations WHERE ended_epoch_s < ?",
                    "DELETE FROM nudges WHERE raised_epoch_s < ?",
                    "DELETE FROM acknowledgements WHERE epoch_s < ?",
                    "DELETE FROM feedback WHERE epoch_s < ?",
                    "DELETE FROM utterances WHERE end_epoch_s < ?",
                ):
                    deleted += self._db.execute(statement, (cutoff_epoch_s,)).rowcount
                # Verdicts and acknowledgements of nudges that are gone go with them.
                for table in ("acknowledgements", "feedback"):
                    deleted += self._db.execute(
                        f"DELETE FROM {table} WHERE nudge_id NOT IN (SELECT id FROM nudges)"
                    ).rowcount
        except sqlite3.Error as error:
            raise _translate(error, self.path) from None
        return deleted

    # -- reading -----------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise _translate(error, self.path) from None

    def check(self) -> None:
        """Raise ``store-corrupt`` unless SQLite's quick integrity check passes."""
        rows = self._query("PRAGMA quick_check")
        if [tuple(row) for row in rows] != [("ok",)]:
            raise StoreError(
                "store-corrupt",
                f"record database {self.path} failed its integrity check ({rows[0][0]}); "
                "it was left untouched — restore a backup or move it away",
            )

    def tills(self) -> list[str]:
        """Every till with at least one record, sorted."""
        rows = self._query(
            "SELECT till FROM conversations UNION SELECT till FROM nudges ORDER BY till"
        )
        return [row[0] for row in rows]

    def conversations(
        self, start_epoch_s: float, end_epoch_s: float, till: str | None = None
    ) -> list[ConversationRecord]:
        """Conversations that started in ``[start, end)``, oldest first."""
        sql = (
            "SELECT till, conversation, started_epoch_s, ended_epoch_s, cashier_utterances, "
            "customer_utterances, unknown_utterances, cashier_talk_s, customer_talk_s, "
            "unknown_talk_s, upsell_prompts FROM conversations "
            "WHERE started_epoch_s >= ? AND started_epoch_s < ?"
        )
        params: list[Any] = [start_epoch_s, end_epoch_s]
        if till is not None:
            sql += " AND till = ?"
            params.append(till)
        sql += " ORDER BY started_epoch_s, id"
        return [ConversationRecord(*row) for row in self._query(sql, params)]

    def nudges(
        self, start_epoch_s: float, end_epoch_s: float, till: str | None = None
    ) -> list[NudgeRecord]:
        """Nudges raised in ``[start, end)`` with first acknowledgement and latest verdict."""
        sql = """
            SELECT n.id, n.till, n.conversation, n.kind, n.rule, n.message, n.severity,
                n.raised_epoch_s,
                (SELECT min(a.epoch_s) FROM acknowledgements a WHERE a.nudge_id = n.id),
                (SELECT f.verdict FROM feedback f WHERE f.nudge_id = n.id
                    ORDER BY f.epoch_s DESC, f.id DESC LIMIT 1),
                n.evidence
            FROM nudges n WHERE n.raised_epoch_s >= ? AND n.raised_epoch_s < ?"""
        params: list[Any] = [start_epoch_s, end_epoch_s]
        if till is not None:
            sql += " AND n.till = ?"
            params.append(till)
        sql += " ORDER BY n.raised_epoch_s, n.id"
        records = []
        for row in self._query(sql, params):
            evidence = tuple((speaker, text) for speaker, text in json.loads(row[10]))
            records.append(
                NudgeRecord(
                    id=row[0],
                    till=row[1],
                    conversation=row[2],
                    kind=row[3],
                    rule=row[4],
                    message=row[5],
                    severity=row[6],
                    raised_epoch_s=row[7],
                    acknowledged_epoch_s=row[8],
                    verdict=row[9],
                    evidence=evidence,
                )
            )
        return records

    def utterances(self, till: str | None = None) -> list[dict[str, Any]]:
        """Kept transcript lines (only when ``keep_transcripts``), oldest first."""
        sql = (
            "SELECT till, conversation, speaker, start_epoch_s, end_epoch_s, text, words "
            "FROM utterances"
        )
        params: list[Any] = []
        if till is not None:
            sql += " WHERE till = ?"
            params.append(till)
        sql += " ORDER BY start_epoch_s, id"
        keys = ("till", "conversation", "speaker", "start_epoch_s", "end_epoch_s", "text")
        return [
            {**dict(zip(keys, row[:6], strict=True)), "words": json.loads(row[6])}
            for row in self._query(sql, params)
        ]

    def counts(self) -> dict[str, int]:
        """Rows per table (diagnostics and tests)."""
        return {
            table: int(self._query(f"SELECT count(*) FROM {table}")[0][0])
            for table in ("conversations", "nudges", "acknowledgements", "feedback", "utterances")
        }
