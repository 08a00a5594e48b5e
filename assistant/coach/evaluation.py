"""Scoring the coach against labelled conversations (conversation-level precision and recall)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.coach.engine import Coach
from assistant.coach.features import FeatureExtractor
from assistant.coach.rules import Rules
from assistant.coach.transcript import BadLine, read_transcript
from assistant.events import NUDGE_KINDS, ConversationClosed, Nudge, Utterance


@dataclass(frozen=True, slots=True)
class KindScore:
    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        raised = self.true_positives + self.false_positives
        return self.true_positives / raised if raised else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_labelled(folder: Path, stem: str) -> tuple[list[Utterance], dict[str, list[str]]]:
    """``<stem>.jsonl`` utterances and ``<stem>_labels.json`` labels from ``folder``."""
    with open(folder / f"{stem}.jsonl", encoding="utf-8") as handle:
        utterances = [u for u in read_transcript(handle) if not isinstance(u, BadLine)]
    with open(folder / f"{stem}_labels.json", encoding="utf-8") as handle:
        labels = json.load(handle)
    return utterances, labels


def strip_roles(utterances: Iterable[Utterance]) -> list[Utterance]:
    return [replace(u, speaker=None) for u in utterances]


def run(
    rules: Rules, utterances: Iterable[Utterance], features: FeatureExtractor | None = None
) -> list[Nudge]:
    """Every nudge the coach raises over the utterances (one till, stream order).
    ``features``: an extractor of the same rules to reuse (see :class:`Coach`)."""
    return replay(Coach(rules, features=features), utterances, rules.policy.display_s)


def replay(coach: Coach, utterances: Iterable[Utterance], display_s: float) -> list[Nudge]:
    """Feed recorded utterances as if live: time passes (``tick``) before each one.

    A nudge held back while another was showing is released as the display frees up,
    exactly as the live pipeline's periodic ticks would; after the last utterance time
    runs on for one display period before the stream ends.
    """
    nudges: list[Nudge] = []
    last_end_s: float | None = None
    for utterance in utterances:
        if last_end_s is not None and utterance.start_s > last_end_s:
            nudges += _nudges(coach.tick(min(utterance.start_s, last_end_s + display_s)))
        nudges += _nudges(coach.feed(utterance))
        last_end_s = utterance.end_s
    if last_end_s is not None:
        nudges += _nudges(coach.tick(last_end_s + display_s))
    nudges += _nudges(coach.finish())
    return nudges


def _nudges(events: Iterable[Nudge | ConversationClosed]) -> list[Nudge]:
    return [e for e in events if isinstance(e, Nudge)]


def score(
    raised: Iterable[tuple[str, str]], labels: Mapping[str, Iterable[str]]
) -> dict[str, KindScore]:
    """Per-kind scores over (conversation, kind) pairs; unlabelled conversations are ignored."""
    raised_pairs = {(c, k) for c, k in raised if c in labels}
    truth = {(c, k) for c, kinds in labels.items() for k in kinds}
    scores: dict[str, KindScore] = {}
    for kind in NUDGE_KINDS:
        r = {p for p in raised_pairs if p[1] == kind}
        t = {p for p in truth if p[1] == kind}
        scores[kind] = KindScore(kind, len(r & t), len(r - t), len(t - r))
    return scores


def macro_f1(scores: Mapping[str, KindScore]) -> float:
    return sum(s.f1 for s in scores.values()) / len(scores)


def evaluate(
    rules: Rules, utterances: list[Utterance], labels: Mapping[str, Iterable[str]]
) -> tuple[dict[str, KindScore], list[Nudge]]:
    nudges = run(rules, utterances)
    return score(((n.conversation, n.kind) for n in nudges), labels), nudges


def heldout_number(stem: str) -> int:
    """The number of a held-out set: ``heldout`` is the first, ``heldout12`` the twelfth."""
    return int(stem.removeprefix("heldout") or 1)


def heldout_stems(folder: Path) -> list[str]:
    """The held-out sets in ``folder`` (``heldout.jsonl``, ``heldout2.jsonl``, …) in order."""
    return sorted(
        (p.name.removesuffix(".jsonl") for p in folder.glob("heldout*.jsonl")),
        key=heldout_number,
    )


def run_alone(rules: Rules, utterances: Iterable[Utterance]) -> list[Nudge]:
    """Every nudge when each conversation is replayed on a fresh coach.

    Judges detection without the till's policy: in one stream the per-kind cooldown
    rightly holds back a nudge when the conversation before raised the same kind a
    moment earlier, which says nothing about whether the detector saw it.
    """
    by_conversation: dict[str | None, list[Utterance]] = {}
    for u in utterances:
        by_conversation.setdefault(u.conversation, []).append(u)
    nudges: list[Nudge] = []
    features = FeatureExtractor(rules)  # shared: compiling the lexicons is the costly part
    for turns in by_conversation.values():
        nudges += run(rules, turns, features)
    return nudges


def evaluate_alone(
    rules: Rules, utterances: list[Utterance], labels: Mapping[str, Iterable[str]]
) -> tuple[dict[str, KindScore], list[Nudge]]:
    """:func:`evaluate` with every conversation replayed alone (see :func:`run_alone`)."""
    nudges = run_alone(rules, utterances)
    return score(((n.conversation, n.kind) for n in nudges), labels), nudges


def format_table(title: str, scores: Mapping[str, KindScore]) -> str:
    lines = [title, f"  {'kind':<18} {'P':>5} {'R':>5} {'F1':>5}   tp fp fn"]
    for s in scores.values():
        lines.append(
            f"  {s.kind:<18} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}"
            f"   {s.true_positives:2d} {s.false_positives:2d} {s.false_negatives:2d}"
        )
    lines.append(f"  {'macro F1':<18} {'':>5} {'':>5} {macro_f1(scores):5.2f}")
    return "\n".join(lines)
