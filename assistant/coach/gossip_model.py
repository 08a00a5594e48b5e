"""A small learned gossip scorer: logistic regression over words and word pairs.

The lexicons recognise gossip by phrases someone wrote down; a new writer's wording
("funny how her day off always lands on the day the fish van comes round") slips past
them. This model scores a cashier turn that talks about someone by its content words and
word pairs (prices, forms of address, stopwords and pronouns left out: the lexicons say
who, the model weighs what is said), weighted by how often each occurred in gossip and
in ordinary checkout talk in the labelled conversations (`scripts/train_gossip_model.py`
trains it). It is small (a table of weights, no torch), costs microseconds per turn and
is pure: :func:`train` and :meth:`GossipModel.probability` do no I/O,
:func:`load_gossip_model` reads one JSON file. The engine asks it only about turns whose
private topic is too light for the lexicons (docs/rules.md).

Training has only conversation labels ("this visit had gossip"), not which turn was
the gossip, so it works in rounds (multiple-instance learning): first every candidate
cashier turn of a gossip conversation counts as gossip; then only the ``top_k`` turns the
model scores highest in each, and it is trained again.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ConfigError, read_config_text

#: Version of the JSON layout written by :func:`model_to_json`.
MODEL_FORMAT = 1


def model_features(words: Sequence[str], ignore: frozenset[str] = frozenset()) -> set[str]:
    """Words and adjacent word pairs (``"his wife"``) of a turn's stemmed words, leaving
    out the ``ignore`` words (prices, forms of address: how a till talks, not what)."""
    kept = [w for w in words if w not in ignore] if ignore else list(words)
    found = set(kept)
    found.update(f"{a} {b}" for a, b in pairwise(kept))
    return found


@dataclass(frozen=True, slots=True)
class GossipModel:
    weights: Mapping[str, float]
    bias: float
    ignore: frozenset[str] = frozenset()
    """Words left out of the features (see :func:`model_features`)."""
    about: Mapping[str, Any] = field(default_factory=dict)
    """What it was trained on and how (sets and their digests, settings, figures)."""

    def probability(self, words: Sequence[str]) -> float:
        """Chance (0–1) that a cashier turn with these stemmed words is gossip."""
        weights = self.weights
        z = self.bias + sum(weights.get(f, 0.0) for f in model_features(words, self.ignore))
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class TrainSettings:
    epochs_first: int = 4
    epochs: int = 6
    rounds: int = 2
    """Rounds after the first, each keeping the ``top_k`` best turns of a gossip visit."""
    top_k: int = 2
    positive_weight: float = 3.0
    """How much a picked gossip turn counts against one ordinary turn."""
    learning_rate: float = 0.3
    l2: float = 1e-3
    seed: int = 0
    min_weight: float = 0.01
    """Weights smaller than this are left out of the saved model (they change nothing)."""


def train(
    conversations: Sequence[tuple[bool, Sequence[tuple[Sequence[str], bool]]]],
    settings: TrainSettings = TrainSettings(),
    ignore: frozenset[str] = frozenset(),
) -> GossipModel:
    """Fit the model. ``conversations`` are (had gossip, the cashier turns as (stemmed
    words, could be gossip)). Every turn of a visit without gossip is an example of
    ordinary talk; in a visit with gossip only the turns that could be gossip (they talk
    about someone) are candidates. Deterministic for the same input."""
    vocabulary: dict[str, int] = {}
    encoded: list[tuple[bool, list[tuple[np.ndarray, bool]]]] = []
    for gossip, turns in conversations:
        rows = []
        for words, candidate in turns:
            features = sorted(model_features(words, ignore))
            ids = [vocabulary.setdefault(f, len(vocabulary)) for f in features]
            rows.append((np.array(ids, dtype=np.int64), candidate))
        encoded.append((gossip, rows))
    weights = np.zeros(len(vocabulary))
    bias = [0.0]
    rng = np.random.default_rng(settings.seed)
    negatives = [(row, 0.0, 1.0) for gossip, rows in encoded if not gossip for row, _ in rows]
    candidates = [[row for row, ok in rows if ok] for gossip, rows in encoded if gossip]
    visits = [rows for rows in candidates if rows]

    def fit(examples: list[tuple[np.ndarray, float, float]], epochs: int) -> None:
        lr, l2 = settings.learning_rate, settings.l2
        for _ in range(epochs):
            for i in rng.permutation(len(examples)):
                row, target, weight = examples[i]
                z = bias[0] + weights[row].sum()
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                gradient = (p - target) * weight
                weights[row] -= lr * (gradient + l2 * weights[row])
                bias[0] -= lr * gradient * 0.1

    first = [(row, 1.0, 1.0) for visit in visits for row in visit]
    fit(negatives + first, settings.epochs_first)
    for _ in range(settings.rounds):
        picked: list[tuple[np.ndarray, float, float]] = []
        for visit in visits:
            scores = [float(weights[row].sum()) for row in visit]
            best = sorted(range(len(visit)), key=lambda i: -scores[i])[: settings.top_k]
            picked.extend((visit[i], 1.0, settings.positive_weight) for i in best)
        fit(negatives + picked, settings.epochs)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    kept = {
        name: round(float(weights[i]), 4)
        for i, name in enumerate(names)
        if abs(weights[i]) >= settings.min_weight
    }
    return GossipModel(weights=kept, bias=round(bias[0], 4), ignore=ignore)


def model_to_json(model: GossipModel) -> str:
    data = {
        "format": MODEL_FORMAT,
        "kind": "gossip",
        "about": dict(model.about),
        "bias": model.bias,
        "ignore": sorted(model.ignore),
        "weights": dict(sorted(model.weights.items())),
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def model_from_json(text: str, where: str) -> GossipModel:
    """Parse a saved model; a broken file raises :class:`ConfigError` naming it."""

    def bad(why: str) -> ConfigError:
        return ConfigError("rules-invalid", f"{where}: not a gossip model file ({why})")

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise bad(f"invalid JSON: {error}") from None
    if not isinstance(data, dict) or data.get("kind") != "gossip":
        raise bad('no "kind": "gossip"')
    if data.get("format") != MODEL_FORMAT:
        raise bad(f"format {data.get('format')!r}, expected {MODEL_FORMAT}")
    weights = data.get("weights")
    bias = data.get("bias")
    if not isinstance(weights, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in weights.values()
    ):
        raise bad('"weights" must map features to numbers')
    if isinstance(bias, bool) or not isinstance(bias, int | float):
        raise bad('"bias" must be a number')
    ignore = data.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(w, str) for w in ignore):
        raise bad('"ignore" must be a list of words')
    about = data.get("about", {})
    return GossipModel(
        weights={str(k): float(v) for k, v in weights.items()},
        bias=float(bias),
        ignore=frozenset(ignore),
        about=about if isinstance(about, dict) else {},
    )


def load_gossip_model(path: Path) -> GossipModel:
    text = read_config_text(path, "gossip model file", "gossip-model")
    return model_from_json(text, str(path))
