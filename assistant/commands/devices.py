"""``assistant devices``: list the audio input devices a microphone can be chosen from."""

from __future__ import annotations

import argparse
import json
from typing import Any

from assistant.audio import list_input_devices


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "devices",
        help="list audio input devices (microphones) with their channels and rates",
        description=(
            "List audio input devices. Choose one with `mic:INDEX` or `mic:NAME` (any unique "
            "part of the name); the device marked * is used for plain `mic`."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    devices = list_input_devices()
    if args.json:
        print(json.dumps([device.to_json() for device in devices], indent=2))
        return 0 if devices else 1
    if not devices:
        print(
            "No audio input devices found. Plug in a microphone (or check that the user may "
            "use the sound devices, e.g. the 'audio' group) and run `assistant devices` again."
        )
        return 1
    print(f"{'':1} {'INDEX':>5}  {'CHANNELS':>8}  {'RATE (Hz)':>9}  NAME")
    for device in devices:
        marker = "*" if device.is_default else " "
        api = f"  [{device.host_api}]" if device.host_api else ""
        print(
            f"{marker} {device.index:>5}  {device.max_input_channels:>8}  "
            f"{device.default_samplerate_hz:>9.0f}  {device.name}{api}"
        )
    print("* = default input. Give `mic:INDEX` or `mic:NAME` as the audio source to pick one.")
    return 0
