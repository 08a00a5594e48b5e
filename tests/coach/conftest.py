"""Shared helpers for the coach tests: rules loaded once, dialogues built from plain tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

from assistant.coach import Coach, Rules, load_rules
from assistant.events import ConversationClosed, Nudge, Utterance

C = "cashier"
U = "customer"

Turn = tuple[str | None, str] | tuple[str | None, str, float]


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


def dialogue(
    turns: Sequence[Turn],
    *,
    start_s: float = 0.0,
    conversation: str | None = "t1",
    keep_roles: bool = True,
    words_per_s: float = 2.6,
    pause_s: float = 1.0,
) -> list[Utterance]:
    """Utterances timed like speech: ``words_per_s``, ``pause_s`` between turns.

    A turn may carry a third element: the pause before it (seconds), e.g. 0.3 for a
    rushed burst or 40 for a long gap.
    """
    clock = start_s
    out: list[Utterance] = []
    for i, turn in enumerate(turns):
        speaker, text = turn[0], turn[1]
        pause = turn[2] if len(turn) > 2 else pause_s  # type: ignore[misc]
        if i:
            clock += pause
        end = clock + max(1, len(text.split())) / words_per_s
        out.append(
            Utterance(
                start_s=clock,
                end_s=end,
                text=text,
                speaker=speaker if keep_roles else None,
                conversation=conversation,
            )
        )
        clock = end
    return out


def run_coach(rules: Rules, utterances: Iterable[Utterance]) -> list[Nudge]:
    from assistant.coach.evaluation import replay

    return replay(Coach(rules), utterances, rules.policy.display_s)


def kinds(nudges: Iterable[Nudge | ConversationClosed]) -> set[str]:
    return {n.kind for n in nudges if isinstance(n, Nudge)}


@pytest.fixture(scope="session")
def make_dialogue():  # type: ignore[no-untyped-def]
    return dialogue


@pytest.fixture(scope="session")
def coach_run(rules: Rules):  # type: ignore[no-untyped-def]
    def run(utterances: Iterable[Utterance], custom: Rules | None = None) -> list[Nudge]:
        return run_coach(custom or rules, utterances)

    return run
