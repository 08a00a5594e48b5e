"""Reading transcript JSONL (the shared format, and what ``assistant transcribe`` prints)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from assistant.events import CASHIER, CUSTOMER, Utterance, Word


@dataclass(frozen=True, slots=True)
class BadLine:
    """A transcript line that could not be read; reported and skipped."""

    line_number: int
    reason: str


def parse_line(data: Any) -> Utterance:
    """One transcript object as an :class:`Utterance`; ``ValueError`` says what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    try:
        start_s = float(data["start"])
        end_s = float(data["end"])
    except KeyError as error:
        raise ValueError(f"missing {error.args[0]!r}") from None
    except (TypeError, ValueError):
        raise ValueError("'start' and 'end' must be numbers") from None
    if end_s < start_s:
        raise ValueError("'end' is before 'start'")
    speaker = data.get("speaker")
    if speaker is not None and speaker not in (CASHIER, CUSTOMER):
        raise ValueError(f"'speaker' must be cashier, customer or null, got {speaker!r}")
    conversation = data.get("conversation")
    if conversation is not None and not isinstance(conversation, str | int):
        raise ValueError("'conversation' must be a string")
    till = data.get("till")
    words: list[Word] = []
    raw_words = data.get("words") or []
    if not isinstance(raw_words, list):
        raise ValueError("'words' must be a list")
    for w in raw_words:
        try:
            words.append(
                Word(
                    word=str(w["word"]),
                    start_s=float(w["start"]),
                    end_s=float(w["end"]),
                    conf=None if w.get("conf") is None else float(w["conf"]),
                )
            )
        except (KeyError, TypeError, ValueError):
            raise ValueError("'words' entries need word, start and end") from None
    return Utterance(
        start_s=start_s,
        end_s=end_s,
        text=text,
        speaker=speaker,
        words=tuple(words),
        conversation=None if conversation is None else str(conversation),
        till=None if till is None else str(till),
    )


def read_transcript(lines: Iterable[str]) -> Iterator[Utterance | BadLine]:
    """Utterances from JSONL lines, with a :class:`BadLine` for each line that is not one."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield BadLine(number, f"not JSON ({error.msg})")
            continue
        try:
            yield parse_line(data)
        except ValueError as error:
            yield BadLine(number, str(error))
