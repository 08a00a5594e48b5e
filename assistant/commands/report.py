"""``assistant report``: a shift's figures per till as HTML, JSON or CSV."""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.report.render import render_html, to_csv, to_json
from assistant.report.shifts import Window, day_window, local_datetime, shift_window
from assistant.store.db import Store
from assistant.store.reporting import load_report
from assistant.store.settings import StoreSettings

FORMATS = ("html", "json", "csv")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="shift report per till (HTML with charts, JSON or CSV)",
        description=(
            "Per till: conversations served, median conversation length, nudges by kind "
            "(also per 100 conversations and by hour), acknowledgements, supervisor "
            "feedback as precision per rule, talk share cashier/customer, upsell prompts "
            "per conversation, and the change against the same window on earlier days. "
            "Times are local (store.timezone or the system's)."
        ),
    )
    when = parser.add_argument_group("which window (default: --shift today)")
    when.add_argument(
        "--shift",
        metavar="DAY[/NAME]",
        help="today, yesterday or YYYY-MM-DD, optionally /NAME of a configured shift "
        "(e.g. 2026-11-20/early); without NAME the whole day; a bare NAME is that "
        "shift's latest start",
    )
    when.add_argument("--from", dest="start", metavar="TIME", help="start: YYYY-MM-DD[THH:MM]")
    when.add_argument("--to", dest="end", metavar="TIME", help="end: YYYY-MM-DD[THH:MM] (now)")
    parser.add_argument("--till", metavar="ID", help="only this till")
    parser.add_argument("--format", choices=FORMATS, default="html", help="output format (html)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="record database (default: store.path of --config, else "
        "~/.local/state/assistant/records.sqlite3)",
    )
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help="the assistant's config TOML ([store] table)"
    )
    parser.set_defaults(func=run)


def load_settings(config: Path | None, db: Path | None) -> StoreSettings:
    """The ``[store]`` settings of ``--config`` (as ``assistant run`` reads them), or the
    default state folder's database; ``--db`` overrides the path.
    """
    # Imported here: the full config pulls in the recogniser settings.
    from assistant.config import default_state_dir, load_config

    if config is not None:
        settings = load_config(config).store
    else:
        settings = StoreSettings(path=default_state_dir() / "records.sqlite3")
    if db is not None:
        settings = dataclasses.replace(settings, path=db.resolve())
    return settings


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_day(text: str, today: date) -> date:
    if text == "today":
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    if _DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise AssistantError(
        "report-bad-shift",
        f"--shift: {text!r} is not today, yesterday, YYYY-MM-DD or a configured shift name",
    )


def _parse_time(text: str, option: str, settings: StoreSettings) -> float:
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise AssistantError(
            "report-bad-time", f"{option}: {text!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    zone = settings.zone()
    if moment.tzinfo is not None:
        return moment.timestamp()
    return moment.timestamp() if zone is None else moment.replace(tzinfo=zone).timestamp()


def choose_window(args: argparse.Namespace, settings: StoreSettings, now: float) -> Window:
    zone = settings.zone()
    if args.shift and (args.start or args.end):
        raise AssistantError("report-bad-window", "use either --shift or --from/--to, not both")
    if args.start or args.end:
        if not args.start:
            raise AssistantError("report-bad-window", "--to needs --from")
        start = _parse_time(args.start, "--from", settings)
        end = _parse_time(args.end, "--to", settings) if args.end else now
        if end <= start:
            raise AssistantError("report-bad-window", "--to must be after --from")
        stamp = "%Y-%m-%d %H:%M"
        label = f"{local_datetime(start, zone):{stamp}} – {local_datetime(end, zone):{stamp}}"
        return Window(start, end, label)
    spec = args.shift or "today"
    today = local_datetime(now, zone).date()
    if "/" not in spec and spec in {shift.name for shift in settings.shifts}:
        # A bare shift name: its latest occurrence that has started.
        shift = settings.shift(spec)
        window = shift_window(today, shift, zone)
        if window.start_epoch_s > now:
            window = shift_window(today - timedelta(days=1), shift, zone)
        return window
    day_text, _, name = spec.partition("/")
    day = _parse_day(day_text, today)
    if name:
        return shift_window(day, settings.shift(name), zone)
    return day_window(day, zone)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args.config, args.db)
    now = time.time()
    window = choose_window(args, settings, now)
    store = Store.open(settings.path, create=False)
    try:
        report = load_report(
            store,
            window,
            zone=settings.zone(),
            timezone_name=settings.timezone,
            comparison_days=settings.comparison_days,
            generated_epoch_s=now,
            till=args.till,
        )
    finally:
        store.close()
    text = {"html": render_html, "json": to_json, "csv": to_csv}[args.format](report)
    if report.empty:
        print(f"assistant report: no conversations in {window.label}", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        temporary = args.out.with_name(f".{args.out.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, args.out)
    except OSError as error:
        raise AssistantError("report-write-failed", f"cannot write {args.out}: {error}") from None
    return 0
