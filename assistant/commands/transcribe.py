"""``assistant transcribe``: print one JSON line per final utterance of a recording or stdin."""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import sys
import time
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from assistant.asr import ENGINE_NAMES, RecognizerSettings, load_recognizer, recognize
from assistant.errors import AudioInputError, ConfigError, RecognizerError
from assistant.events import AudioChunk, PartialTranscript


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "transcribe",
        help="transcribe a recording (or raw PCM on stdin) to JSON lines",
        description=(
            "Recognise speech in an audio file (WAV/FLAC/OGG, any rate and channel count) "
            "or in raw 16-bit little-endian PCM on standard input ('-' with --rate), and "
            'print one JSON object per final utterance: {"start", "end", "speaker", '
            '"text", "words"}. Times are seconds from the start of the audio.'
        ),
    )
    parser.add_argument("path", metavar="PATH|-", help="audio file, or - for raw PCM on stdin")
    parser.add_argument(
        "--engine",
        choices=ENGINE_NAMES,
        default="auto",
        help="recogniser: vosk when a Vosk model is configured/installed, else whisper (auto)",
    )
    parser.add_argument(
        "--model", type=Path, metavar="DIR", help="Vosk model folder or CTranslate2 Whisper folder"
    )
    parser.add_argument(
        "--realtime", action="store_true", help="pace the audio in real time (like a microphone)"
    )
    parser.add_argument(
        "--rate", type=float, metavar="HZ", help="sample rate of raw PCM on stdin (e.g. 16000)"
    )
    parser.add_argument(
        "--channels", type=int, default=1, metavar="N", help="channels of raw PCM on stdin"
    )
    parser.add_argument(
        "--roles",
        metavar="ROLE,ROLE",
        help="speaker role per channel in channel order, e.g. cashier,customer ('-' = unknown)",
    )
    parser.add_argument(
        "--partials", action="store_true", help="also print interim hypotheses (Vosk only)"
    )
    parser.add_argument(
        "--end-silence",
        type=float,
        default=0.5,
        metavar="S",
        help="silence that ends an utterance, whisper engine (default 0.5 s)",
    )
    parser.add_argument(
        "--progress", action="store_true", help="show progress on stderr even when not a TTY"
    )
    parser.set_defaults(func=run)


def parse_roles(text: str | None) -> dict[int, str | None]:
    """``"cashier,customer"`` → ``{0: "cashier", 1: "customer"}``; ``-`` or empty → unknown."""
    if not text:
        return {}
    roles: dict[int, str | None] = {}
    for index, raw in enumerate(text.split(",")):
        role = raw.strip().lower()
        if role in ("", "-", "none", "unknown"):
            roles[index] = None
        elif role.replace("_", "").replace("-", "").isalnum() and len(role) <= 32:
            roles[index] = role
        else:
            raise ConfigError("bad-roles", f"--roles: {raw!r} is not a usable role name")
    return roles


def run(args: argparse.Namespace) -> int:
    settings = RecognizerSettings(
        engine=args.engine, model_dir=args.model, end_silence_s=args.end_silence
    )
    from assistant.audio import open_file, open_stdin

    if args.path == "-":
        if args.rate is None:
            raise AudioInputError(
                "audio-rate-required", "reading raw PCM from stdin needs --rate HZ (e.g. 16000)"
            )
        rate: float = args.rate
        if not math.isfinite(rate):
            raise AudioInputError("audio-bad-rate", f"--rate must be a number of Hz, got {rate}")
        source: Any = open_stdin(
            int(rate) if rate == int(rate) else rate,  # type: ignore[arg-type]
            args.channels,
            realtime=args.realtime,
        )
        duration_s: float | None = None
    else:
        if args.rate is not None:
            raise AudioInputError(
                "audio-rate-for-file",
                "--rate is only for raw PCM on stdin (-); a file's own rate is used",
            )
        if args.channels != 1:
            raise AudioInputError(
                "audio-channels-for-file",
                "--channels is only for raw PCM on stdin (-); a file's own channels are used",
            )
        source = open_file(Path(args.path), realtime=args.realtime)
        duration_s = source.duration_s
    roles = parse_roles(args.roles)
    if roles and max(roles) >= source.channels:
        raise ConfigError(
            "bad-roles",
            f"--roles names {max(roles) + 1} channels but the audio has {source.channels}",
        )
    factory = load_recognizer(settings, environ=os.environ)
    show_progress = args.progress or sys.stderr.isatty()
    progress = _Progress(sys.stderr, duration_s) if show_progress else None
    return asyncio.run(_transcribe(source, factory, roles, args.partials, progress))


async def _transcribe(
    source: Any,
    factory: Any,
    roles: Mapping[int, str | None],
    partials: bool,
    progress: _Progress | None,
) -> int:
    errors: list[RecognizerError] = []

    def on_error(error: RecognizerError) -> None:
        errors.append(error)
        print(f"assistant: warning: {error}", file=sys.stderr)

    async def watched() -> AsyncIterator[AudioChunk]:
        async for chunk in source.chunks():
            if progress is not None:
                progress.update(chunk.start_s + chunk.duration_s)
            yield chunk

    try:
        async for event in recognize(
            watched(), factory, roles, include_partials=partials, on_error=on_error
        ):
            if isinstance(event, PartialTranscript):
                line: dict[str, Any] = {
                    "partial": event.text,
                    "start": event.start_s,
                    "speaker": event.speaker,
                    "channel": event.channel,
                }
            else:
                line = event.to_json()
            if progress is not None:
                progress.clear()
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    finally:
        await source.aclose()
        if progress is not None:
            progress.done()
    return 1 if errors else 0


class _Progress:
    """A one-line progress indicator on stderr, redrawn at most twice a second."""

    def __init__(self, stream: TextIO, duration_s: float | None) -> None:
        self._stream = stream
        self._duration_s = duration_s
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._position_s = 0.0
        self._shown = False

    def update(self, position_s: float) -> None:
        self._position_s = position_s
        now = time.monotonic()
        if now - self._last_draw < 0.5:
            return
        self._last_draw = now
        if self._duration_s:
            share = min(1.0, position_s / self._duration_s)
            text = f"transcribing: {share:4.0%} ({position_s:.0f}/{self._duration_s:.0f} s audio)"
        else:
            text = f"transcribing: {position_s:.0f} s audio"
        self._stream.write(f"\r{text}\033[K")
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()
            self._shown = False

    def done(self) -> None:
        if self._shown:
            self.clear()
        elapsed = time.monotonic() - self._started
        self._stream.write(f"transcribed {self._position_s:.1f} s of audio in {elapsed:.1f} s\n")
        self._stream.flush()
