"""Render the bundled demo recording: checkout conversations spoken by two espeak-ng voices.

Writes ``assistant/data/demo.flac`` (mono, 16 kHz) and ``assistant/data/demo_script.jsonl``
(one line per turn: conversation, speaker, text, start, end, and per conversation the
nudge kinds a good coach raises). The conversations are written for the demo (not taken
from any evaluation set): two good ones, two of gossip, one repeated question and one
rushed upsell checklist.

Usage: python scripts/make_demo_recording.py [--out-dir assistant/data]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import soundfile

from assistant.events import SAMPLE_RATE_HZ
from assistant.synth import render_dialogue

#: (conversation id, expected nudge kinds, turns as (speaker, text)).
CONVERSATIONS: list[tuple[str, list[str], list[tuple[str, str]]]] = [
    (
        "demo-1-good",
        [],
        [
            ("cashier", "hello there did you find everything you needed today"),
            ("customer", "yes thanks just the bread and a bunch of tulips"),
            ("cashier", "the yellow ones are lovely are they a present"),
            ("customer", "they are for my neighbour she has just moved in"),
            ("cashier", "that is kind of you that comes to six pounds twenty"),
            ("customer", "here you go"),
            ("cashier", "thank you have a nice afternoon"),
        ],
    ),
    (
        "demo-2-gossip",
        ["gossip"],
        [
            ("cashier", "hiya is that everything for you"),
            ("customer", "yes just the milk and the paper please"),
            ("cashier", "did you see the old chap who was in before you"),
            ("customer", "not really no"),
            (
                "cashier",
                "he buys three bottles of whisky every morning and between you and me "
                "his wife threw him out last week because of his drinking",
            ),
            ("customer", "oh right well that is his business"),
            ("cashier", "true enough that is two pounds ten please"),
        ],
    ),
    (
        "demo-3-repeat",
        ["repeated_question"],
        [
            ("cashier", "good morning are you doing anything nice this weekend"),
            ("customer", "yes we are driving down to the coast to see my parents"),
            ("cashier", "lovely do you need a bag for the shopping"),
            ("customer", "no thanks i brought my own"),
            ("cashier", "so have you got any plans for the weekend then"),
            ("customer", "like i said the coast to see my parents"),
            ("cashier", "oh of course sorry that is eleven forty"),
        ],
    ),
    (
        "demo-4-upsell",
        ["rushed_upsell"],
        [
            ("cashier", "that is the phone charger do you want a screen protector with it"),
            ("customer", "no i am fine"),
            (
                "cashier",
                "we have got headphones half price today and would you like to sign up "
                "for our store card",
            ),
            ("customer", "no thank you"),
            ("cashier", "can i take your email for our newsletter and do you want the insurance"),
            ("customer", "no just the charger please"),
            ("cashier", "okay that is fourteen ninety nine"),
        ],
    ),
    (
        "demo-5-good",
        [],
        [
            ("customer", "excuse me which of these glues is best for fixing a mug"),
            ("cashier", "the ceramic one on the left works well and it is dishwasher safe"),
            ("customer", "perfect i will take that one"),
            ("cashier", "great that is four fifty do you need a receipt"),
            ("customer", "no thanks"),
            ("cashier", "good luck with the mug"),
        ],
    ),
    (
        "demo-6-gossip",
        ["gossip"],
        [
            ("cashier", "afternoon just the sandwich and the juice"),
            ("customer", "yes please"),
            (
                "cashier",
                "between you and me the assistant manager is cheating on his wife "
                "with the girl from the bakery",
            ),
            ("customer", "i would rather not know"),
            ("cashier", "anyway that is five pounds thirty"),
        ],
    ),
]

#: Longer than the coach's conversation gap (15 s) so each visit is its own conversation.
CONVERSATION_GAP_S = 17.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out-dir", type=Path, default=Path(__file__).resolve().parents[1] / "assistant" / "data"
    )
    args = parser.parse_args()
    turns = [
        {"conversation": conversation, "speaker": speaker, "text": text}
        for conversation, _, lines in CONVERSATIONS
        for speaker, text in lines
    ]
    samples, rendered = render_dialogue(
        turns, conversation_gap_s=CONVERSATION_GAP_S, pause_s=0.9, lead_in_s=1.5
    )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    audio_path = args.out_dir / "demo.flac"
    pcm = np.clip(samples * 32767.0, -32768, 32767).astype(np.int16)
    soundfile.write(audio_path, pcm, SAMPLE_RATE_HZ, format="FLAC", subtype="PCM_16")
    expected = {conversation: kinds for conversation, kinds, _ in CONVERSATIONS}
    script_path = args.out_dir / "demo_script.jsonl"
    with script_path.open("w", encoding="utf-8") as handle:
        for turn in rendered:
            line = {
                "conversation": turn.conversation,
                "speaker": turn.speaker,
                "text": turn.text,
                "start": turn.start_s,
                "end": turn.end_s,
                "expected": expected[str(turn.conversation)],
            }
            handle.write(json.dumps(line) + "\n")
    duration_s = len(samples) / SAMPLE_RATE_HZ
    size_kb = audio_path.stat().st_size / 1024
    print(f"wrote {audio_path} ({duration_s:.0f} s, {size_kb:.0f} KiB) and {script_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
