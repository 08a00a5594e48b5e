"""``assistant analyze``: run the coach over a transcript (JSONL) or an audio recording."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from assistant.asr.settings import ENGINE_NAMES
from assistant.coach import Coach, load_rules
from assistant.coach.transcript import BadLine, read_transcript
from assistant.errors import AssistantError
from assistant.events import Nudge, Utterance

FORMATS = ("jsonl", "text")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="spot gossip, repeated questions and rushed upsell in a transcript or recording",
        description=(
            "Run the conversation coach over PATH and print one JSON object per nudge: "
            '{"kind", "conversation", "at", "message", "severity", "evidence", ...}. '
            "PATH is a transcript in JSON lines (start, end, speaker, text, optional words "
            "and conversation; what 'assistant transcribe' prints) or an audio file, which "
            "is recognised first. Malformed lines are reported on stderr and skipped."
        ),
    )
    parser.add_argument("path", metavar="PATH", type=Path, help="transcript JSONL or audio file")
    parser.add_argument(
        "--rules", type=Path, metavar="FILE", help="shop rules TOML merged over the defaults"
    )
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (jsonl)")
    parser.add_argument(
        "--engine",
        choices=ENGINE_NAMES,
        default="auto",
        help="audio recogniser (default auto: vosk if a model is installed, else whisper)",
    )
    parser.add_argument(
        "--model", type=Path, metavar="DIR", help="recogniser model folder (audio input)"
    )
    parser.add_argument("--till", help="till name put on every nudge")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules)
    path: Path = args.path
    if not path.exists():
        raise AssistantError("analyze-file-missing", f"no such file: {path}")
    if path.is_dir():
        raise AssistantError("analyze-not-a-file", f"{path} is a folder, not a file")
    coach = Coach(rules, till=args.till)
    if _looks_like_transcript(path):
        utterances = _transcript_utterances(path, sys.stderr)
    else:
        utterances = _recognise(path, args.engine, args.model)
    for nudge in analyze(coach, utterances):
        sys.stdout.write(format_nudge(nudge, args.format) + "\n")
    sys.stdout.flush()
    return 0


def analyze(coach: Coach, utterances: Iterable[Utterance]) -> list[Nudge]:
    """Every nudge the coach raises over the utterances, in order."""
    nudges: list[Nudge] = []
    for utterance in utterances:
        nudges += [e for e in coach.feed(utterance) if isinstance(e, Nudge)]
    nudges += [e for e in coach.finish() if isinstance(e, Nudge)]
    return nudges


def format_nudge(nudge: Nudge, fmt: str) -> str:
    if fmt == "jsonl":
        return json.dumps(nudge.to_json(), ensure_ascii=False)
    said = " | ".join(f"{u.speaker or '?'}: {u.text}" for u in nudge.evidence)
    return (
        f"{nudge.conversation} {nudge.at_s:8.1f}s {nudge.severity:<7} {nudge.kind:<17} "
        f"{nudge.message}\n    evidence: {said}"
    )


def _looks_like_transcript(path: Path) -> bool:
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson", ".txt"):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(64).lstrip()
    except OSError as error:
        raise AssistantError("analyze-file-unreadable", f"cannot read {path}: {error}") from None
    return head.startswith(b"{")


def _transcript_utterances(path: Path, errors: TextIO) -> list[Utterance]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            items = list(read_transcript(handle))
    except OSError as error:
        raise AssistantError("analyze-file-unreadable", f"cannot read {path}: {error}") from None
    utterances: list[Utterance] = []
    for item in items:
        if isinstance(item, BadLine):
            print(
                f"assistant analyze: {path}:{item.line_number}: {item.reason} (skipped)",
                file=errors,
            )
        else:
            utterances.append(item)
    return utterances


def _recognise(path: Path, engine: str, model: Path | None) -> list[Utterance]:
    """Recognise an audio file with the default engine (roles unknown, one microphone)."""
    from assistant.asr import RecognizerSettings, load_recognizer, recognize
    from assistant.audio import open_file

    settings = RecognizerSettings(engine=engine, model_dir=model)  # type: ignore[arg-type]
    source = open_file(path)
    factory = load_recognizer(settings, environ=os.environ)

    async def collect() -> list[Utterance]:
        found: list[Utterance] = []
        try:
            async for event in recognize(source.chunks(), factory):
                if isinstance(event, Utterance):
                    found.append(event)
        finally:
            await source.aclose()
        return found

    return asyncio.run(collect())
