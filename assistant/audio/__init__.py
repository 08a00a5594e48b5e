"""Audio in: files, raw PCM on standard input and microphones as streams of AudioChunk.

Every source yields mono 16 kHz int16 chunks, one per channel per block, stamped with
stream time. Microphone support needs PortAudio (``libportaudio2``) and is imported only
when a microphone is used, so files and standard input work without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.audio.base import AudioSource, InputDevice, SourceState, SourceStatus
from assistant.audio.files import open_file
from assistant.audio.spec import open_source
from assistant.audio.stdin import open_stdin

if TYPE_CHECKING:
    from assistant.audio.microphone import MicrophoneSource

__all__ = [
    "AudioSource",
    "InputDevice",
    "SourceState",
    "SourceStatus",
    "list_input_devices",
    "open_file",
    "open_microphone",
    "open_source",
    "open_stdin",
]


def open_microphone(
    device: int | str | None,
    *,
    channels: int | None = None,
    rate_hz: int | None = None,
    block_s: float = 0.1,
    queue_blocks: int = 50,
) -> MicrophoneSource:
    """Open an input device by index, (part of) its name, or ``None`` for the default.

    ``channels``/``rate_hz`` default to the device's own; audio is resampled to 16 kHz.
    Raises AudioInputError, listing the available devices, when none matches.
    """
    from assistant.audio import microphone

    return microphone.open_microphone(
        device, channels=channels, rate_hz=rate_hz, block_s=block_s, queue_blocks=queue_blocks
    )


def list_input_devices() -> list[InputDevice]:
    """Every PortAudio device with input channels; AudioInputError when PortAudio is missing."""
    from assistant.audio import microphone

    return microphone.list_input_devices()
