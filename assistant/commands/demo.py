"""``assistant demo``: the whole product offline on a bundled checkout recording."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import webbrowser
from pathlib import Path

from assistant.commands.run import RunningApp, run_app
from assistant.config import AppConfig, config_from_mapping
from assistant.errors import AssistantError, ConfigError
from assistant.events import Nudge
from assistant.paths import data_dir
from assistant.pipeline import TillRuntime

DEMO_PORT = 8765


def demo_files() -> tuple[Path, Path]:
    """The bundled recording and its script (turn timings and expected nudges)."""
    audio, script = data_dir() / "demo.flac", data_dir() / "demo_script.jsonl"
    if not audio.exists():
        raise ConfigError(
            "demo-missing",
            f"the demo recording is missing ({audio}); run scripts/make_demo_recording.py",
        )
    return audio, script


def expected_nudges(script: Path) -> dict[str, list[str]]:
    expected: dict[str, list[str]] = {}
    if script.exists():
        for line in script.read_text(encoding="utf-8").splitlines():
            turn = json.loads(line)
            expected[str(turn["conversation"])] = list(turn.get("expected", []))
    return expected


def demo_config(state_dir: Path, *, port: int, host: str, fast: bool) -> AppConfig:
    audio, _ = demo_files()
    data = {
        "server": {"host": host, "port": port, "state_dir": str(state_dir)},
        # One microphone in front of both people: the coach works out who is who.
        "till": [{"id": "till-1", "source": str(audio), "roles": ["none"], "realtime": not fast}],
    }
    return config_from_mapping(data, base_dir=state_dir, state_dir=state_dir)


def _can_open_browser() -> bool:
    # Without a display, webbrowser may start a text browser that takes over the terminal.
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def handler(args: argparse.Namespace) -> int:
    _, script = demo_files()
    expected = expected_nudges(script)
    state_dir = Path(tempfile.mkdtemp(prefix="assistant-demo-"))
    raised: list[Nudge] = []

    def say(text: str) -> None:
        print(text, flush=True)

    def on_nudge(nudge: Nudge, runtime: TillRuntime) -> None:
        raised.append(nudge)
        minutes, seconds = divmod(int(nudge.at_s), 60)
        evidence = nudge.evidence[-1].text if nudge.evidence else ""
        say(f"  [{minutes:02d}:{seconds:02d}] {runtime.config.id} {nudge.kind}: {nudge.message}")
        if evidence:
            say(f"           heard: “{evidence}”")

    def on_ready(app: RunningApp) -> None:
        total = sum(len(kinds) for kinds in expected.values())
        say(
            f"replaying a {len(expected)}-conversation checkout recording "
            f"({'as fast as recognition allows' if args.fast else 'in real time'}); "
            f"{total} conversations deserve a nudge."
        )
        if not args.no_browser and _can_open_browser():
            webbrowser.open(f"{app.base_url}/supervisor?token={app.token}")
            webbrowser.open(f"{app.base_url}/till?till=till-1")

    async def main() -> int:
        ports = [args.port] if args.port is not None else [DEMO_PORT, 0]
        for index, port in enumerate(ports):
            config = demo_config(state_dir, port=port, host=args.host, fast=args.fast)
            try:
                return await run_app(
                    config,
                    say=say,
                    exit_at_end=args.exit_at_end,
                    on_nudge=on_nudge,
                    on_ready=on_ready,
                    show_token=True,
                )
            except AssistantError as error:
                if error.code != "server-bind-failed" or index == len(ports) - 1:
                    raise
                say(f"port {port} is busy; using a free port instead")
        return 2

    code = asyncio.run(main())
    kinds = {kind for kinds in expected.values() for kind in kinds}
    say(f"demo finished: {len(raised)} nudges raised")
    for kind in sorted(kinds):
        wanted = sum(kind in ks for ks in expected.values())
        got = sum(n.kind == kind for n in raised)
        say(f"  {kind}: {got} raised, {wanted} expected")
    say(f"(state of this demo run: {state_dir})")
    return code


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run the whole assistant offline on a bundled checkout recording",
        description=(
            "Replay a bundled recording of checkout conversations through recognition and "
            "the coach, serve the till display and the supervisor feed, and print each nudge."
        ),
    )
    parser.add_argument("--fast", action="store_true", help="replay as fast as recognition allows")
    parser.add_argument("--port", type=int, help=f"port for the pages (default {DEMO_PORT})")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--no-browser", action="store_true", help="do not open the pages in a browser"
    )
    parser.add_argument(
        "--exit-at-end",
        action="store_true",
        help="exit when the recording has been replayed (default: keep serving until Ctrl-C)",
    )
    parser.set_defaults(func=handler)
