"""The report's figures match a known replay exactly; the CLI handles bad input cleanly."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest

from assistant.report.build import Report
from assistant.report.render import render_html, to_csv, to_json
from assistant.report.shifts import shift_window
from assistant.store.db import MIGRATIONS, Store
from assistant.store.reporting import UnknownTillError, load_report
from assistant.store.settings import DEFAULT_SHIFTS

EARLY = DEFAULT_SHIFTS[0]
DAY = date(2026, 11, 20)


def report_of(path: Path, till: str | None = None, comparison_days: int = 7) -> Report:
    store = Store.open(path, create=False)
    try:
        return load_report(
            store,
            shift_window(DAY, EARLY, UTC),
            zone=UTC,
            timezone_name="UTC",
            comparison_days=comparison_days,
            generated_epoch_s=0.0,
            till=till,
        )
    finally:
        store.close()


def test_report_matches_the_known_replay_exactly(replay_db: Path) -> None:
    report = report_of(replay_db)
    assert report.window.start_epoch_s == 1795154400.0
    assert report.window.end_epoch_s == 1795154400.0 + 8 * 3600
    assert [s.till for s in report.tills] == ["t1", "t2"]
    t1, t2 = report.tills
    total = report.total

    # t1: c1..c4 (the 05:59 and 14:05 conversations belong to other shifts)
    assert t1.conversations == 4
    assert t1.median_conversation_s == 105.0  # median of 60, 90, 120, 300
    assert t1.nudges == 4
    assert dict(t1.nudges_by_kind) == {"gossip": 2, "repeated_question": 1, "rushed_upsell": 1}
    assert dict(t1.nudges_per_100_by_kind) == {
        "gossip": 50.0, "repeated_question": 25.0, "rushed_upsell": 25.0,
    }  # fmt: skip
    assert t1.nudges_per_100 == 100.0
    assert [h.label for h in t1.nudges_by_hour] == [f"{h:02d}:00" for h in range(6, 14)]
    assert [h.total for h in t1.nudges_by_hour] == [1, 2, 0, 0, 0, 0, 0, 1]
    assert dict(t1.nudges_by_hour[1].by_kind) == {
        "gossip": 1, "repeated_question": 0, "rushed_upsell": 1,
    }  # fmt: skip
    assert t1.acknowledged == 3 and t1.acknowledged_share == 0.75
    assert t1.judged == 3
    rules = {r.rule: (r.nudges, r.up, r.down, r.precision) for r in t1.rules}
    assert rules == {
        "gossip.third_party": (2, 2, 0, 1.0),  # n3: "down" then "up" -> the latest counts
        "repeat.same_question": (1, 0, 0, None),
        "upsell.rushed": (1, 0, 1, 0.0),
    }
    assert t1.cashier_talk_s == 150.0 and t1.customer_talk_s == 85.0
    assert t1.cashier_talk_share == 150.0 / 235.0
    assert t1.customer_talk_share == 85.0 / 235.0
    assert t1.upsell_prompts == 6 and t1.upsell_per_conversation == 1.5
    # baseline: the two earlier early shifts with conversations (the third was closed)
    assert t1.baseline is not None and t1.baseline.windows == 2
    assert t1.baseline.conversations == 3.0  # (2 + 4) / 2
    assert t1.baseline.nudges_per_100 == 25.0  # (50 + 0) / 2
    assert t1.baseline.upsell_per_conversation == 0.5  # (1.0 + 0.0) / 2
    assert t1.baseline.median_conversation_s == 45.0  # (60 + 30) / 2
    assert t1.change("conversations") == 1.0
    assert t1.change("nudges_per_100") == 75.0
    assert t1.change("upsell_per_conversation") == 1.0

    # t2
    assert t2.conversations == 3 and t2.median_conversation_s == 100.0
    assert dict(t2.nudges_by_kind) == {"gossip": 2, "repeated_question": 0, "rushed_upsell": 0}
    assert dict(t2.nudges_per_100_by_kind)["gossip"] == 200.0 / 3
    assert t2.acknowledged == 1 and t2.acknowledged_share == 0.5
    assert {r.rule: r.precision for r in t2.rules} == {
        "gossip.own_drama": 0.0, "gossip.third_party": 1.0,
    }  # fmt: skip
    assert t2.cashier_talk_share == 0.5
    assert t2.upsell_per_conversation == 1 / 3
    assert t2.baseline is None and t2.change("conversations") is None

    # all tills
    assert total.till == "all"
    assert total.conversations == 7 and total.median_conversation_s == 100.0
    assert total.nudges == 6 and dict(total.nudges_by_kind)["gossip"] == 4
    assert {r.rule: (r.up, r.down) for r in total.rules} == {
        "gossip.own_drama": (0, 1),
        "gossip.third_party": (3, 0),
        "repeat.same_question": (0, 0),
        "upsell.rushed": (0, 1),
    }
    assert total.cashier_talk_share == 225.0 / 385.0  # (150 + 75) / (235 + 150)
    assert total.upsell_per_conversation == 1.0
    assert total.baseline is not None and total.baseline.conversations == 3.0
    assert len(report.previous) == 7 and not report.empty


def test_json_and_csv_carry_the_same_figures(replay_db: Path) -> None:
    report = report_of(replay_db)
    data = json.loads(to_json(report))
    t1 = data["tills"][0]
    assert t1["conversations"] == 4 and t1["median_conversation_s"] == 105.0
    assert t1["nudges_per_100_conversations_by_kind"]["gossip"] == 50.0
    assert t1["rules"][0] == {
        "rule": "gossip.third_party", "nudges": 2, "up": 2, "down": 0, "precision": 1.0,
    }  # fmt: skip
    assert t1["change"]["conversations"] == 1.0
    assert data["total"]["conversations"] == 7
    assert data["window"]["start_utc"] == "2026-11-20T06:00:00+00:00"
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert [row["till"] for row in rows] == ["t1", "t2", "all"]
    assert rows[0]["conversations"] == "4" and rows[0]["nudges_gossip"] == "2"
    assert rows[0]["precision_upsell.rushed"] == "0"
    assert rows[1]["per_100_gossip"] == "66.6667"
    assert rows[2]["median_conversation_s"] == "100"


def test_till_filter_and_unknown_till(replay_db: Path) -> None:
    report = report_of(replay_db, till="t2")
    assert [s.till for s in report.tills] == ["t2"]
    assert report.total.conversations == 3
    with pytest.raises(UnknownTillError, match=r"unknown till 't9'; known tills: t1, t2"):
        report_of(replay_db, till="t9")


def test_html_has_charts_and_no_external_resources(replay_db: Path) -> None:
    page = render_html(report_of(replay_db))
    charts = ("chart-conversations", "chart-kinds", "chart-hours", "chart-talk", "chart-precision")
    for chart in charts:
        assert f'id="{chart}"' in page
    assert "@media print" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<script" not in page
    assert "seven seven" not in page  # evidence is never in the report anyway


# -- the command line -----------------------------------------------------------------


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "report", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
    )


def config_for(tmp_path: Path, db: Path) -> Path:
    config = tmp_path / "assistant.toml"
    config.write_text(
        f'[server]\nstate_dir = "{tmp_path / "state"}"\n\n'
        f'[store]\npath = "{db}"\ntimezone = "UTC"\n\n'
        '[[till]]\nid = "t1"\ndevice = "default"\n',
        encoding="utf-8",
    )
    return config


def test_cli_json_report(replay_db: Path, tmp_path: Path) -> None:
    config = config_for(tmp_path, replay_db)
    out = tmp_path / "out" / "report.json"
    result = cli("--config", str(config), "--shift", "2026-11-20/early", "--format", "json",
                 "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert [t["conversations"] for t in data["tills"]] == [4, 3]
    assert data["window"]["shift"] == "early"


def test_cli_html_to_stdout_and_csv(replay_db: Path, tmp_path: Path) -> None:
    config = config_for(tmp_path, replay_db)
    html = cli("--config", str(config), "--shift", "2026-11-20/early")
    assert html.returncode == 0 and html.stdout.startswith("<!doctype html>")
    table = cli("--config", str(config), "--from", "2026-11-20T06:00", "--to",
                "2026-11-20T14:00", "--format", "csv", "--till", "t1")  # fmt: skip
    assert table.returncode == 0, table.stderr
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert rows[0]["till"] == "t1" and rows[0]["conversations"] == "4"


def test_cli_unknown_till_lists_known_tills(replay_db: Path, tmp_path: Path) -> None:
    result = cli("--config", str(config_for(tmp_path, replay_db)), "--till", "t9")
    assert result.returncode == 2
    assert result.stderr.strip() == "assistant: error: unknown till 't9'; known tills: t1, t2"


def test_cli_empty_shift_is_a_no_conversations_report(replay_db: Path, tmp_path: Path) -> None:
    config = config_for(tmp_path, replay_db)
    result = cli("--config", str(config), "--shift", "2026-11-21/early", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["empty"] is True and data["message"] == "no conversations"
    assert "no conversations" in result.stderr
    html = cli("--config", str(config), "--shift", "2020-01-01")
    assert html.returncode == 0 and 'id="no-conversations"' in html.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--shift", "someday"], "--shift: 'someday' is not today, yesterday, YYYY-MM-DD or"),
        (["--shift", "2026-11-20/brunch"], "unknown shift 'brunch'; configured shifts: "),
        (["--from", "yesterday"], "--from: 'yesterday' is not YYYY-MM-DD"),
        (["--to", "2026-11-20"], "--to needs --from"),
    ],
)
def test_cli_bad_window_is_one_line(
    replay_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = cli("--config", str(config_for(tmp_path, replay_db)), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_missing_corrupt_and_locked_databases(tmp_path: Path) -> None:
    missing = cli("--db", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 2 and "no record database at" in missing.stderr
    assert not (tmp_path / "nope.sqlite3").exists()

    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = corrupt.read_bytes()
    result = cli("--db", str(corrupt))
    assert result.returncode == 2 and "corrupt" in result.stderr
    assert "Traceback" not in result.stderr
    assert corrupt.read_bytes() == before

    locked = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("CREATE TABLE x (y)")
    holder.execute("PRAGMA user_version = 1")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = cli("--db", str(locked))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2 and "is locked" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_migrates_an_old_database(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO conversations (till, conversation, started_epoch_s, ended_epoch_s) "
            "VALUES ('t1', 'c1', 1795154400.0, 1795154460.0)"
        )
    result = cli("--config", str(config_for(tmp_path, path)), "--shift", "2026-11-20/early",
                 "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"]["conversations"] == 1
    assert (tmp_path / "v1.sqlite3.v1.bak").exists()


def test_window_choice_from_a_bare_shift_name() -> None:
    import argparse

    from assistant.commands.report import choose_window
    from assistant.store.settings import StoreSettings

    settings = StoreSettings(path=Path("x.sqlite3"), timezone="UTC")
    at_noon = 1795154400.0 + 6 * 3600  # 2026-11-20 12:00 UTC
    args = argparse.Namespace(shift="late", start=None, end=None)
    window = choose_window(args, settings, at_noon)  # today's late shift has not started
    assert window.label == "2026-11-19 late 14:00–22:00"
    args.shift = "early"
    assert choose_window(args, settings, at_noon).label == "2026-11-20 early 06:00–14:00"
    args.shift = "yesterday"
    assert choose_window(args, settings, at_noon).label == "2026-11-19"
