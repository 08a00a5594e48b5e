"""The event vocabulary shared by every stage: audio → utterances → nudges → subscribers.

All events are frozen, slotted dataclasses. Times named ``*_s`` are seconds from
the start of the audio stream they came from ("stream seconds"); times named
``*_epoch_s`` are Unix wall-clock seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

#: Sample rate every recogniser receives.
SAMPLE_RATE_HZ = 16_000

#: Speaker roles used across the product. ``None`` means unknown (one microphone).
CASHIER = "cashier"
CUSTOMER = "customer"

NudgeKind = Literal["gossip", "repeated_question", "rushed_upsell"]
NUDGE_KINDS: tuple[NudgeKind, ...] = ("gossip", "repeated_question", "rushed_upsell")

Severity = Literal["info", "warning"]


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """A block of mono 16 kHz signed 16-bit little-endian PCM from one channel."""

    pcm: bytes
    """Samples, int16 little-endian, mono, :data:`SAMPLE_RATE_HZ`."""
    start_s: float
    """Stream time of the first sample."""
    channel: int = 0
    """Index of the source channel this block came from."""

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / SAMPLE_RATE_HZ


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word with its timing and confidence (0..1)."""

    word: str
    start_s: float
    end_s: float
    conf: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"word": self.word, "start": self.start_s, "end": self.end_s, "conf": self.conf}


@dataclass(frozen=True, slots=True)
class PartialTranscript:
    """Interim hypothesis for speech still in progress (never triggers a nudge)."""

    text: str
    start_s: float
    speaker: str | None = None
    channel: int = 0


@dataclass(frozen=True, slots=True)
class Utterance:
    """A final utterance: one speaker turn as the recogniser settled it."""

    start_s: float
    end_s: float
    text: str
    speaker: str | None = None
    """``"cashier"``, ``"customer"`` or ``None`` when unknown."""
    words: tuple[Word, ...] = ()
    conversation: str | None = None
    """Conversation id when the source knows it (transcript files)."""
    till: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The transcript line format of ``assistant transcribe``."""
        data: dict[str, Any] = {
            "start": round(self.start_s, 3),
            "end": round(self.end_s, 3),
            "speaker": self.speaker,
            "text": self.text,
            "words": [w.to_json() for w in self.words],
        }
        if self.conversation is not None:
            data["conversation"] = self.conversation
        if self.till is not None:
            data["till"] = self.till
        return data


@dataclass(frozen=True, slots=True)
class ConversationBoundary:
    """An explicit start or end of a customer's visit (e.g. signalled by a till system)."""

    kind: Literal["start", "end"]
    at_s: float
    conversation: str | None = None
    till: str | None = None


@dataclass(frozen=True, slots=True)
class Nudge:
    """A discreet hint for the cashier, raised by one rule on one conversation."""

    kind: NudgeKind
    conversation: str
    at_s: float
    """Stream time when the nudge was raised (end of the triggering utterance)."""
    message: str
    """Short, kind text for the till display (≤ 60 characters)."""
    severity: Severity
    rule: str
    """Identifier of the rule that fired, e.g. ``"gossip.third_party"``."""
    evidence: tuple[Utterance, ...] = ()
    till: str | None = None
    id: str = ""
    """Unique id assigned by the pipeline when the nudge is published (empty before)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id or None,
            "kind": self.kind,
            "conversation": self.conversation,
            "at": round(self.at_s, 3),
            "message": self.message,
            "severity": self.severity,
            "rule": self.rule,
            "till": self.till,
            "evidence": [
                {
                    "start": round(u.start_s, 3),
                    "end": round(u.end_s, 3),
                    "speaker": u.speaker,
                    "text": u.text,
                }
                for u in self.evidence
            ],
        }


@dataclass(frozen=True, slots=True)
class ConversationClosed:
    """Emitted by the engine when a conversation ends: what the store and reports keep."""

    conversation: str
    start_s: float
    end_s: float
    till: str | None = None
    utterances_by_role: dict[str, int] = field(default_factory=dict)
    """Utterance counts keyed by role (``"cashier"``, ``"customer"``, ``"unknown"``)."""
    talk_s_by_role: dict[str, float] = field(default_factory=dict)
    """Seconds of speech keyed by role."""
    upsell_prompts: int = 0
    """Agenda prompts (offers, sign-ups, data capture) the cashier made."""
    nudges: tuple[str, ...] = ()
    """Kinds of the nudges raised in this conversation."""
