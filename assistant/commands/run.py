"""``assistant run``: the till process — microphones (or recordings) to nudges on the displays."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.asr import load_recognizer
from assistant.coach import load_rules
from assistant.config import AppConfig, TillConfig, config_from_mapping, load_config
from assistant.errors import ConfigError
from assistant.events import Nudge
from assistant.pipeline import Pipeline, SourceOpener, TillRuntime, open_till_source
from assistant.server.app import AssistantServer
from assistant.server.auth import TOKEN_FILE, load_or_create_token
from assistant.store.settings import StoreSettings
from assistant.store.summaries import SummaryArchive, run_shift_summaries
from assistant.store.writer import StoreWriter

log = logging.getLogger(__name__)


class SupervisorSummaries:
    """The store's shift summaries in the shape the supervisor page lists them."""

    def __init__(self, settings: StoreSettings) -> None:
        self.archive = SummaryArchive(settings)

    def list(self) -> list[dict[str, Any]]:
        return [
            {
                **item,
                "title": item["label"],
                "url": f"/summaries/{item['id']}",
                "detail": f"{item['conversations']} conversations, {item['nudges']} nudges",
            }
            for item in self.archive.list()[:60]
        ]

    def html(self, summary_id: str) -> bytes | None:
        return self.archive.html(summary_id)


@dataclasses.dataclass(slots=True)
class RunningApp:
    """Handles given to ``on_ready`` (tests and the demo use them)."""

    server: AssistantServer
    pipeline: Pipeline
    token: str
    base_url: str


def page_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


async def run_app(
    config: AppConfig,
    *,
    say: Callable[[str], None] = print,
    exit_at_end: bool = False,
    on_nudge: Callable[[Nudge, TillRuntime], None] | None = None,
    on_ready: Callable[[RunningApp], None] | None = None,
    open_audio: SourceOpener = open_till_source,
    show_token: bool = False,
) -> int:
    """Run server, store and every till until SIGTERM/SIGINT (or the recordings end)."""
    rules = load_rules(config.rules_file)
    settings = config.server
    if settings.display_s is None:
        settings = dataclasses.replace(settings, display_s=rules.policy.display_s)
    token, created = load_or_create_token(settings.state_dir, settings.token)
    store = StoreWriter(config.store)
    await store.start()
    server = AssistantServer(
        settings,
        token=token,
        tills=[t.id for t in config.tills],
        summaries=SupervisorSummaries(config.store),
    )
    # Listen before loading the model: a busy port is reported at once, and the till
    # displays connect (and show "starting") while the model loads.
    try:
        await server.start()
    except OSError as error:
        await store.close()
        raise ConfigError(
            "server-bind-failed",
            f"cannot listen on {settings.host}:{settings.port}: {error.strerror or error}",
        ) from None
    try:
        factory = await asyncio.to_thread(load_recognizer, config.recognizer)
    except BaseException:
        await server.close()
        await store.close()
        raise
    pipeline = Pipeline(
        config,
        factory=factory,
        rules=rules,
        server=server,
        records=store,
        open_audio=open_audio,
        on_nudge=on_nudge,
    )
    base = f"http://{page_host(settings.host)}:{server.port}"
    say(f"engine: {pipeline.engine_label}")
    for till in config.tills:
        say(f"till display {till.id}: {base}/till?till={till.id}")
    if created or show_token:
        say(f"supervisor feed: {base}/supervisor?token={token}")
        if created:
            say(f"(new supervisor token, saved in {settings.state_dir / TOKEN_FILE})")
    else:
        say(
            f"supervisor feed: {base}/supervisor?token=<token in {settings.state_dir / TOKEN_FILE}>"
        )

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    pipeline_task = asyncio.create_task(pipeline.run(), name="pipeline")
    summaries_stop = asyncio.Event()
    summaries_task = asyncio.create_task(
        run_shift_summaries(config.store, stop=summaries_stop), name="shift-summaries"
    )
    stop_task = asyncio.create_task(stop.wait(), name="stop-signal")
    if on_ready is not None:
        on_ready(RunningApp(server=server, pipeline=pipeline, token=token, base_url=base))
    try:
        waiting: set[asyncio.Task[Any]] = {stop_task, pipeline_task}
        while True:
            done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if stop_task in done:
                say("stopping…")
                break
            if pipeline_task in done:
                failure = pipeline_task.exception()
                if failure is not None:
                    raise failure
                if exit_at_end:
                    break
                say("all recordings finished; still serving the pages (Ctrl-C to stop)")
                waiting = {stop_task}
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(signum)
        stop_task.cancel()
        pipeline_task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await pipeline_task
        summaries_stop.set()
        summaries_task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await summaries_task
        pipeline.finish()  # close open conversations so they are recorded
        await server.close()
        await store.close()  # drains every queued record
    return 0


def source_config(
    source: Path, till_id: str, state_dir: Path | None, *, realtime: bool
) -> AppConfig:
    """A one-till config replaying ``source`` (``assistant run --source FILE``)."""
    data: dict[str, Any] = {
        "till": [
            {
                "id": till_id,
                "source": str(source.resolve()),
                "roles": ["none"],
                "realtime": realtime,
            }
        ]
    }
    if not source.exists():
        raise ConfigError("config-invalid", f"--source: file not found: {source}")
    return config_from_mapping(data, base_dir=Path.cwd(), state_dir=state_dir)


def handler(args: argparse.Namespace) -> int:
    if args.config is not None:
        config = load_config(args.config)
        if args.source is not None:
            till = TillConfig(id=args.till, source=args.source.resolve(), roles=(None,))
            config = dataclasses.replace(config, tills=(till,))
    elif args.source is not None:
        config = source_config(args.source, args.till, args.state_dir, realtime=not args.fast)
    else:
        raise ConfigError(
            "config-missing",
            "give --config FILE (see deploy/assistant.example.toml) or --source RECORDING",
        )
    overrides: dict[str, Any] = {}
    if args.host is not None:
        overrides["host"] = args.host
    if args.port is not None:
        overrides["port"] = args.port
    if args.state_dir is not None:
        overrides["state_dir"] = args.state_dir
    if overrides:
        config = dataclasses.replace(config, server=dataclasses.replace(config.server, **overrides))

    def say(text: str) -> None:
        print(text, flush=True)

    def print_nudge(nudge: Nudge, runtime: TillRuntime) -> None:
        say(f"[{runtime.config.id}] {nudge.kind}: {nudge.message}  (at {nudge.at_s:.1f} s)")

    return asyncio.run(run_app(config, say=say, exit_at_end=args.exit_at_end, on_nudge=print_nudge))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "run",
        help="run the till assistant: microphones → nudges on the displays",
        description=(
            "Run the assistant for every till in the config file: listen, recognise, coach, "
            "and serve the till displays and the supervisor feed. Stops cleanly on "
            "SIGTERM/SIGINT."
        ),
    )
    parser.add_argument("--config", type=Path, help="TOML config file (docs/config.md)")
    parser.add_argument(
        "--source", type=Path, help="replay this recording as one till instead of microphones"
    )
    parser.add_argument("--till", default="till-1", help="till id for --source (default till-1)")
    parser.add_argument(
        "--fast", action="store_true", help="with --source: do not pace in real time"
    )
    parser.add_argument("--host", help="address to bind (overrides the config)")
    parser.add_argument("--port", type=int, help="port to serve on (overrides the config)")
    parser.add_argument("--state-dir", type=Path, help="state folder (overrides the config)")
    parser.add_argument(
        "--exit-at-end",
        action="store_true",
        help="exit when every recording has been replayed (default: keep serving)",
    )
    parser.set_defaults(func=handler)


__all__ = ["RunningApp", "register", "run_app"]
