"""Microphones through PortAudio (sounddevice) — placeholder until the capture path lands."""

from __future__ import annotations

from assistant.audio.base import AudioSource, InputDevice
from assistant.errors import AudioInputError

MicrophoneSource = AudioSource


def open_microphone(
    device: int | str | None,
    *,
    channels: int | None = None,
    rate_hz: int | None = None,
    block_s: float = 0.1,
    queue_blocks: int = 50,
) -> MicrophoneSource:
    raise AudioInputError("audio-no-microphone", "microphone input is not implemented yet")


def list_input_devices() -> list[InputDevice]:
    raise AudioInputError("audio-no-microphone", "microphone input is not implemented yet")
