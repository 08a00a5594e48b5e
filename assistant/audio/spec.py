"""Open a source from the one string a user types: a file path, ``-`` or ``mic[:DEVICE]``."""

from __future__ import annotations

from pathlib import Path

from assistant.audio.base import AudioSource
from assistant.audio.files import open_file
from assistant.audio.stdin import open_stdin


def parse_device(text: str) -> int | str | None:
    """``""`` → default device, digits → device index, anything else → (part of) a name."""
    text = text.strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


def open_source(
    spec: str,
    *,
    rate_hz: int | None = None,
    channels: int | None = None,
    realtime: bool = False,
    block_s: float = 0.1,
    queue_blocks: int = 50,
) -> AudioSource:
    """Open the source ``spec`` names.

    ``"-"`` reads raw s16le PCM from standard input (``rate_hz`` required, ``channels``
    default 1); ``"mic"`` opens the default microphone and ``"mic:NAME-or-INDEX"`` a chosen
    one (``rate_hz``/``channels`` override the device defaults); anything else is a file
    path (``realtime`` paces it like live audio).
    """
    if spec == "-":
        from assistant.audio.stdin import check_rate

        return open_stdin(check_rate(rate_hz), channels or 1, realtime=realtime, block_s=block_s)
    if spec == "mic" or spec.startswith("mic:"):
        from assistant.audio.microphone import open_microphone

        return open_microphone(
            parse_device(spec[4:]),
            channels=channels,
            rate_hz=rate_hz,
            block_s=block_s,
            queue_blocks=queue_blocks,
        )
    return open_file(Path(spec), realtime=realtime, block_s=block_s)
