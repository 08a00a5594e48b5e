"""``assistant models``: list the official Vosk models and install one into ``models/``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from assistant.asr.catalog import (
    CURATED_MODELS,
    VoskModelInfo,
    find_model,
    install_model,
    installed_models,
    refresh_catalog,
)
from assistant.asr.loader import VOSK_MODEL_ENV
from assistant.errors import AssistantError
from assistant.paths import default_models_dir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list and install Vosk speech models",
        description=(
            "Vosk models for the 'vosk' engine. The built-in list works offline; --online "
            "fetches the current official list. Installed models live in the models folder "
            f"(default {default_models_dir()}); the 'auto' engine uses the first one there."
        ),
    )
    actions = parser.add_subparsers(dest="models_action", metavar="ACTION")
    list_parser = actions.add_parser(
        "list", help="show the official models, marking installed ones"
    )
    list_parser.add_argument("--dir", type=Path, help="models folder")
    list_parser.add_argument(
        "--online", action="store_true", help="fetch the current official list"
    )
    list_parser.add_argument("--all", action="store_true", help="all languages, not only English")
    list_parser.add_argument("--json", action="store_true", help="print JSON")
    list_parser.set_defaults(func=run_list)
    install = actions.add_parser("install", help="download, verify and unpack a model")
    install.add_argument("name", help="model name, e.g. vosk-model-small-en-us-0.15")
    install.add_argument("--dir", type=Path, help="models folder")
    install.add_argument(
        "--online", action="store_true", help="look the name up in the online list"
    )
    install.add_argument("--url", help="download from this URL instead (a local mirror)")
    install.add_argument("--sha256", help="expected SHA-256 of the zip")
    install.add_argument("--quiet", action="store_true", help="no progress bar")
    install.set_defaults(func=run_install)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _catalog(online: bool) -> tuple[VoskModelInfo, ...]:
    if not online:
        return CURATED_MODELS
    try:
        return refresh_catalog()
    except AssistantError as error:
        print(f"assistant: warning: {error}", file=sys.stderr)
        return CURATED_MODELS


def run_list(args: argparse.Namespace) -> int:
    models_dir = args.dir or default_models_dir()
    catalog = _catalog(args.online)
    installed = installed_models(models_dir)
    shown = [m for m in catalog if args.all or m.language.startswith("en")]
    if args.json:
        rows = [{**m.to_json(), "installed": m.name in installed} for m in shown]
        print(json.dumps(rows, indent=2))
        return 0
    width = max(len(m.name) for m in shown)
    print(f"  {'NAME':<{width}}  LANG    SIZE     URL")
    for model in shown:
        mark = "*" if model.name in installed else " "
        print(
            f"{mark} {model.name:<{width}}  {model.language:<6} {model.size_mb:>5} MB  {model.url}"
        )
    others = sorted(set(installed) - {m.name for m in catalog})
    for name in others:
        print(f"* {name:<{width}}  (installed, not in the list)")
    print(f"\n* = installed in {models_dir}", end="")
    if os.environ.get(VOSK_MODEL_ENV):
        print(f"; {VOSK_MODEL_ENV}={os.environ[VOSK_MODEL_ENV]} takes precedence", end="")
    print("\nInstall one with: assistant models install NAME")
    return 0


class _ProgressBar:
    """``[#####.....]  12.3/40.0 MB`` on stderr; plain percentage lines when not a terminal."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._tty = sys.stderr.isatty()
        self._last = 0.0
        self._last_tenth = -1

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        finished = total is not None and done >= total
        if self._tty:
            if now - self._last < 0.1 and not finished:
                return
            self._last = now
            if total:
                filled = int(30 * done / total)
                bar = "#" * filled + "." * (30 - filled)
                text = f"{self._name} [{bar}] {done / 1e6:6.1f}/{total / 1e6:.1f} MB"
            else:
                text = f"{self._name} {done / 1e6:6.1f} MB"
            sys.stderr.write(f"\r{text}\033[K" + ("\n" if finished else ""))
        elif total:
            tenth = int(10 * done / total)
            if tenth != self._last_tenth:
                self._last_tenth = tenth
                sys.stderr.write(f"{self._name}: {10 * tenth}% of {total / 1e6:.1f} MB\n")
        sys.stderr.flush()


def run_install(args: argparse.Namespace) -> int:
    models_dir: Path = args.dir or default_models_dir()
    info = find_model(args.name, _catalog(args.online))
    target = models_dir / info.name
    if info.name in installed_models(models_dir):
        print(f"{info.name} is already installed in {target}")
        return 0
    url = args.url or info.url
    print(f"downloading {info.name} (~{info.size_mb} MB) from {url}", file=sys.stderr)
    progress = None if args.quiet else _ProgressBar(info.name)
    path = install_model(info, models_dir, url=args.url, sha256=args.sha256, progress=progress)
    record = json.loads((path / ".assistant-install.json").read_text())
    verified = "verified" if record.get("verified") else "recorded (no published checksum)"
    print(f"installed {info.name} in {path}")
    print(f"sha256 {record['sha256']} {verified}")
    print("the 'auto' engine now uses it; or pass --engine vosk --model " + str(path))
    return 0
