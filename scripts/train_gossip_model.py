"""Train the coach's learned gossip scorer on the labelled held-out sets.

  python scripts/train_gossip_model.py                 # train on every set, write the model
  python scripts/train_gossip_model.py --loso          # also estimate it on unseen writers
  python scripts/train_gossip_model.py --up-to 50 --out /tmp/m.json   # sets 1-50 only

Reads ``tests/coach/data/heldout*.jsonl`` with their labels (each set written by another
writer), takes the cashier turns of each conversation, and fits
:func:`assistant.coach.gossip_model.train`. The model goes to
``assistant/coach/gossip_model.json`` with the sets it was trained on (and their SHA-256,
so a test can tell when the data changed), the settings, and with ``--loso`` the
leave-one-set-out estimate: for each set, a model trained on all the others scores it,
and the tables show how many gossip conversations a threshold catches and how many
other conversations it would nudge — for single turns, then for pairs of cashier turns in
a row (the engine's `model_pair_threshold` rule) — then each set replayed through the
whole engine with its fold's model. Takes about 1 s to train, ~4 minutes with --loso.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.coach.engine import MODEL_PAIR_GAP_TURNS  # noqa: E402
from assistant.coach.evaluation import (  # noqa: E402
    heldout_number,
    heldout_stems,
    load_labelled,
    run,
    strip_roles,
)
from assistant.coach.features import FeatureExtractor, model_ignored_words  # noqa: E402
from assistant.coach.gossip_model import (  # noqa: E402
    GossipModel,
    TrainSettings,
    model_to_json,
    train,
)
from assistant.coach.rules import Rules, default_rules_text, merge, rules_from_mapping  # noqa: E402

DATA = REPO / "tests" / "coach" / "data"
OUT = REPO / "assistant" / "coach" / "gossip_model.json"
THRESHOLDS = (0.9, 0.95, 0.97, 0.98, 0.99)
PAIR_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)

Visit = tuple[str, str, bool, list[tuple[tuple[str, ...], bool]], list[int]]
"""(set, conversation, had gossip, each cashier turn as (stemmed words, could be gossip),
and where each of those turns is in the conversation)."""
Scored = tuple[str, str, bool, float, float]
"""(set, conversation, had gossip, highest turn probability, best pair of turns)."""


@lru_cache(maxsize=1)
def base_rules() -> Rules:
    """The default rules with the model off: what the turns are judged with, whatever
    state the shipped model file is in."""
    defaults = tomllib.loads(default_rules_text())
    return rules_from_mapping(merge(defaults, {"gossip": {"model": "off"}}))


def load_visits(folder: Path, stems_: Sequence[str]) -> list[Visit]:
    """Every cashier turn, as stemmed words, marked when the engine would score it
    (:attr:`Features.could_be_gossip`: it talks about someone and is no short question)."""
    extractor = FeatureExtractor(base_rules())
    visits: list[Visit] = []
    for stem in stems_:
        utterances, labels = load_labelled(folder, stem)
        turns: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        positions: dict[str, list[int]] = {}
        said: dict[str, int] = {}
        for u in utterances:
            if u.conversation is None:
                continue
            said[u.conversation] = said.get(u.conversation, 0) + 1
            if u.speaker == "cashier":
                features = extractor.extract(u)
                turns.setdefault(u.conversation, []).append(
                    (features.words, features.could_be_gossip)
                )
                positions.setdefault(u.conversation, []).append(said[u.conversation] - 1)
        for conversation, kinds in labels.items():
            visits.append(
                (
                    stem,
                    conversation,
                    "gossip" in kinds,
                    turns.get(conversation, []),
                    positions.get(conversation, []),
                )
            )
    return visits


def digests(folder: Path, stems_: Sequence[str]) -> dict[str, str]:
    out = {}
    for stem in stems_:
        h = hashlib.sha256()
        for name in (f"{stem}.jsonl", f"{stem}_labels.json"):
            h.update((folder / name).read_bytes())
        out[stem] = h.hexdigest()
    return out


def fit(visits: Sequence[Visit], settings: TrainSettings) -> GossipModel:
    ignore = model_ignored_words(base_rules())
    return train([(gossip, turns) for _, _, gossip, turns, _ in visits], settings, ignore)


def best_pair(probabilities: Sequence[float], positions: Sequence[int]) -> float:
    """The engine's pair rule over one visit: the best lower score of two cashier turns in
    a row with at most :data:`MODEL_PAIR_GAP_TURNS` turns from the first to the second."""
    return max(
        (
            min(a, b)
            for (a, i), (b, j) in zip(
                zip(probabilities, positions, strict=True),
                zip(probabilities[1:], positions[1:], strict=True),
                strict=False,
            )
            if j - i <= MODEL_PAIR_GAP_TURNS and a > 0 and b > 0
        ),
        default=0.0,
    )


#: Engine replays of --loso: (name, roles kept, model_one_microphone).
ENGINE_MODES = (
    ("roles", True, False),
    ("one microphone", False, False),
    ("one microphone, model on", False, True),
)


def leave_one_set_out(
    folder: Path, visits: Sequence[Visit], settings: TrainSettings, threshold: float
) -> tuple[list[Scored], dict[str, list[int]], dict[str, list[str]]]:
    """Each set scored by a model trained on all the other sets.

    Returns (set, conversation, had gossip, highest turn probability, best pair of turns
    as :func:`best_pair` reads it) per conversation,
    and per engine mode the gossip [caught, false, missed] when each set is replayed
    through the whole engine (lexicons, the lexicon gate, roles) with its fold's model,
    and per engine mode the visits it nudged falsely ("heldout12 q03").
    """
    scored: list[Scored] = []
    engine = {name: [0, 0, 0] for name, _, _ in ENGINE_MODES}
    false_visits: dict[str, list[str]] = {name: [] for name, _, _ in ENGINE_MODES}
    base = base_rules()
    sets = list(dict.fromkeys(v[0] for v in visits))
    for i, held in enumerate(sets, 1):
        model = fit([v for v in visits if v[0] != held], settings)
        for stem, conversation, gossip, turns, positions in visits:
            if stem == held:
                p = [model.probability(t) if ok else 0.0 for t, ok in turns]
                scored.append(
                    (stem, conversation, gossip, max(p, default=0.0), best_pair(p, positions))
                )
        utterances, labels = load_labelled(folder, held)
        truth = {c for c, kinds in labels.items() if "gossip" in kinds}
        for name, roles, one_mic in ENGINE_MODES:
            g = replace(
                base.gossip, model=model, model_threshold=threshold, model_one_microphone=one_mic
            )
            heard = utterances if roles else strip_roles(utterances)
            raised = {
                n.conversation
                for n in run(replace(base, gossip=g), heard)
                if n.kind == "gossip" and n.conversation in labels
            }
            counts = engine[name]
            counts[0] += len(raised & truth)
            counts[1] += len(raised - truth)
            false_visits[name] += [f"{held} {c}" for c in sorted(raised - truth)]
            counts[2] += len(truth - raised)
        if sys.stderr.isatty():
            print(f"\rleave-one-set-out: {i}/{len(sets)} sets", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return scored, engine, false_visits


def loso_table(scored: Sequence[Scored]) -> list[dict[str, float]]:
    gossip = sum(1 for s in scored if s[2])
    other = len(scored) - gossip
    rows = []
    for threshold in THRESHOLDS:
        caught = sum(1 for s in scored if s[2] and s[3] >= threshold)
        false = sum(1 for s in scored if not s[2] and s[3] >= threshold)
        rows.append(
            {
                "threshold": threshold,
                "caught": caught,
                "gossip": gossip,
                "false": false,
                "other": other,
            }
        )
    return rows


def loso_pair_table(scored: Sequence[Scored], single: float) -> list[dict[str, float]]:
    """Per pair threshold: visits the pair rule catches alone, and together with single
    turns at ``single`` (the engine's `model_threshold`)."""
    rows = []
    for threshold in PAIR_THRESHOLDS:
        pair = [s for s in scored if s[4] >= threshold]
        either = [s for s in scored if s[4] >= threshold or s[3] >= single]
        rows.append(
            {
                "pair_threshold": threshold,
                "caught": sum(1 for s in pair if s[2]),
                "false": sum(1 for s in pair if not s[2]),
                "caught_with_single": sum(1 for s in either if s[2]),
                "false_with_single": sum(1 for s in either if not s[2]),
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of heldout*.jsonl sets")
    parser.add_argument("--up-to", type=int, default=None, help="only sets numbered up to N")
    parser.add_argument("--out", type=Path, default=OUT, help=f"model file (default {OUT})")
    parser.add_argument("--loso", action="store_true", help="estimate on unseen writers too")
    parser.add_argument(
        "--loso-out", type=Path, default=None, help="with --loso: write each conversation's score"
    )
    args = parser.parse_args(argv)
    stems_ = [
        s for s in heldout_stems(args.data) if args.up_to is None or heldout_number(s) <= args.up_to
    ]
    if not stems_:
        print(f"error: no heldout*.jsonl sets in {args.data}", file=sys.stderr)
        return 2
    visits = load_visits(args.data, stems_)
    settings = TrainSettings()
    n_gossip = sum(1 for v in visits if v[2])
    print(
        f"{len(stems_)} sets, {len(visits)} conversations, {n_gossip} with gossip",
        file=sys.stderr,
    )
    about: dict[str, object] = {
        "trained_on": digests(args.data, stems_),
        "settings": asdict(settings),
        "conversations": len(visits),
        "gossip_conversations": n_gossip,
    }
    if args.loso:
        threshold = base_rules().gossip.model_threshold
        scored, engine, false_visits = leave_one_set_out(args.data, visits, settings, threshold)
        if args.loso_out is not None:
            fields = ("set", "conversation", "gossip", "p", "pair")
            rows = (json.dumps(dict(zip(fields, s, strict=True))) + "\n" for s in scored)
            args.loso_out.write_text("".join(rows), "utf-8")
        table = loso_table(scored)
        about["leave_one_set_out"] = table
        print("threshold  gossip caught       other conversations nudged")
        for row in table:
            print(
                f"  {row['threshold']:.2f}     {row['caught']:>3}/{row['gossip']} "
                f"= {row['caught'] / row['gossip']:.2f}    "
                f"{row['false']:>3}/{row['other']}"
            )
        pairs = loso_pair_table(scored, threshold)
        about["leave_one_set_out_pairs"] = pairs
        highest = max((s[4] for s in scored if not s[2]), default=0.0)
        about["leave_one_set_out_highest_other_pair"] = round(highest, 4)
        print(f"pairs     alone: caught / other nudged   with single turns at {threshold}")
        for row in pairs:
            print(
                f"  {row['pair_threshold']:.2f}     {row['caught']:>3} / {row['false']:<3}"
                f"              {row['caught_with_single']:>3} / {row['false_with_single']}"
            )
        print(f"  highest pair in a visit without gossip: {highest:.2f}")
        about["leave_one_set_out_engine"] = {
            "model_threshold": threshold,
            "model_pair_threshold": base_rules().gossip.model_pair_threshold,
            **engine,
        }
        print(
            f"through the engine at model_threshold {threshold}, model_pair_threshold "
            f"{base_rules().gossip.model_pair_threshold} (gossip caught / false / missed):"
        )
        for name, (caught, false, missed) in engine.items():
            print(f"  {name:<26} {caught:>4} / {false} / {missed}")
            if false_visits[name]:
                print(f"    false: {', '.join(false_visits[name])}")
    model = replace(fit(visits, settings), about=about)
    args.out.write_text(model_to_json(model), "utf-8")
    print(f"wrote {args.out} ({len(model.weights)} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
