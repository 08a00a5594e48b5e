"""What the store hands to the report: plain records of conversations and nudges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Verdict = Literal["up", "down"]


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    """One customer's visit at one till, as kept by the store."""

    till: str
    conversation: str
    started_epoch_s: float
    ended_epoch_s: float
    cashier_utterances: int = 0
    customer_utterances: int = 0
    unknown_utterances: int = 0
    cashier_talk_s: float = 0.0
    customer_talk_s: float = 0.0
    unknown_talk_s: float = 0.0
    upsell_prompts: int = 0

    @property
    def duration_s(self) -> float:
        return max(0.0, self.ended_epoch_s - self.started_epoch_s)


@dataclass(frozen=True, slots=True)
class NudgeRecord:
    """One nudge with what happened to it afterwards (acknowledged, judged)."""

    id: str
    till: str
    conversation: str
    kind: str
    rule: str
    message: str
    severity: str
    raised_epoch_s: float
    acknowledged_epoch_s: float | None = None
    """First acknowledgement by the cashier, if any."""
    verdict: Verdict | None = None
    """The latest supervisor verdict, if any (a supervisor may change their mind)."""
    evidence: tuple[tuple[str | None, str], ...] = ()
    """Redacted (speaker, text) pairs that triggered it."""
