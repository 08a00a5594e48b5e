"""The ``assistant`` command line: one sub-command per module in :mod:`assistant.commands`.

Each command module defines ``register(subparsers) -> None`` that adds its parser and
sets ``func`` to a callable taking the parsed ``argparse.Namespace`` and returning an
exit code. User mistakes are raised as :class:`~assistant.errors.AssistantError` and
printed here as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from assistant import __version__, commands
from assistant.errors import AssistantError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description=(
            "Offline checkout conversation coach: listens at the till, spots gossip, "
            "repeated questions and rushed upsell checklists, and nudges the cashier."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except AssistantError as error:
        print(f"assistant: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("assistant: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # stdout closed early (e.g. piped into `head`): not an error for the user.
        return 0
