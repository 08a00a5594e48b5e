#!/usr/bin/env python3
"""Score the coach against labelled conversations: per-kind precision, recall and F1.

A (conversation, kind) pair is raised when at least one nudge of that kind names the
conversation. Modes, all on the same labelled set:

  transcripts   utterances with their roles, as written
  no roles      the same with every speaker set to null (one microphone)
  --audio       the conversations synthesised with espeak-ng into ONE mono recording
                (roles unknown, conversations separated by silence), recognised with the
                default recogniser, analysed with the engine's own conversation ids;
                nudges are mapped to the labelled conversations by time overlap.

Usage:
  python scripts/eval_coach.py                         # dev set + the coach's held-out set
  python scripts/eval_coach.py --audio                 # also through speech recognition
  python scripts/eval_coach.py --folder DIR --stem dev --rules shop.toml --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.coach import Coach, Rules, load_rules  # noqa: E402
from assistant.coach.evaluation import (  # noqa: E402
    KindScore,
    evaluate,
    format_table,
    heldout_stems,
    load_labelled,
    macro_f1,
    replay,
    score,
    strip_roles,
)
from assistant.events import Utterance  # noqa: E402

DEFAULT_FOLDER = REPO.parent / "shared" / "conversations"
HELDOUT_FOLDER = REPO / "tests" / "coach" / "data"
#: The coach's own held-out sets (tests/coach/data/build_heldout*.py); their FIRST-run
#: scores, before any change for them, are recorded in docs/rules.md.
HELDOUT_STEMS = tuple(heldout_stems(HELDOUT_FOLDER))


def as_json(scores: dict[str, KindScore]) -> dict[str, object]:
    table: dict[str, object] = {
        k: {
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "f1": round(s.f1, 3),
            "tp": s.true_positives,
            "fp": s.false_positives,
            "fn": s.false_negatives,
        }
        for k, s in scores.items()
    }
    table["macro_f1"] = round(macro_f1(scores), 3)
    return table


def summary(results: dict[str, dict[str, KindScore]]) -> str:
    """One line per set and mode: P/R per kind and macro F1."""
    lines = ["", "summary (P/R per kind, macro F1)"]
    for mode, scores in results.items():
        cells = " ".join(
            f"{kind[:8]:>8} {s.precision:.2f}/{s.recall:.2f}" for kind, s in scores.items()
        )
        lines.append(f"  {mode:24} {cells}  F1 {macro_f1(scores):.2f}")
    return "\n".join(lines)


def mistakes(nudges: list[tuple[str, str]], labels: dict[str, list[str]]) -> list[str]:
    raised: dict[str, set[str]] = {}
    for conversation, kind in nudges:
        raised.setdefault(conversation, set()).add(kind)
    lines = []
    for conversation, kinds in labels.items():
        got = raised.get(conversation, set())
        if got != set(kinds):
            lines.append(f"    {conversation}: labelled {sorted(kinds)}, raised {sorted(got)}")
    return lines


def transcript_modes(
    rules: Rules, folder: Path, stem: str, verbose: bool
) -> dict[str, dict[str, KindScore]]:
    utterances, labels = load_labelled(folder, stem)
    results = {}
    for mode, data in (("transcripts", utterances), ("no roles", strip_roles(utterances))):
        scores, nudges = evaluate(rules, data, labels)
        results[f"{stem}: {mode}"] = scores
        if verbose:
            print(format_table(f"{stem} ({len(labels)} conversations): {mode}", scores))
            for line in mistakes([(n.conversation, n.kind) for n in nudges], labels):
                print(line)
    return results


def audio_mode(
    rules: Rules, folder: Path, stem: str, cache: Path, engine: str, verbose: bool
) -> dict[str, KindScore]:
    """Synthesise, recognise (cached) and analyse; map nudges to labels by time."""
    import soundfile

    from assistant.synth import render_dialogue

    utterances, labels = load_labelled(folder, stem)
    cache.mkdir(parents=True, exist_ok=True)
    wav = cache / f"{stem}.wav"
    turns_json = cache / f"{stem}.turns.json"
    recognised_json = cache / f"{stem}.{engine}.recognised.jsonl"
    gap_s = max(30.0, rules.conversation_gap_s + 5.0)
    if not wav.exists() or not turns_json.exists():
        started = time.perf_counter()
        turns = [
            {"conversation": u.conversation, "speaker": u.speaker, "text": u.text}
            for u in utterances
        ]
        samples, rendered = render_dialogue(turns, conversation_gap_s=gap_s)
        soundfile.write(wav, samples, 16000)
        turns_json.write_text(
            json.dumps([[t.conversation, t.start_s, t.end_s] for t in rendered]), encoding="utf-8"
        )
        print(f"synthesised {len(samples) / 16000:.0f} s in {time.perf_counter() - started:.0f} s")
    spans: dict[str, list[float]] = {}
    for conversation, start_s, end_s in json.loads(turns_json.read_text(encoding="utf-8")):
        span = spans.setdefault(conversation, [start_s, end_s])
        span[0] = min(span[0], start_s)
        span[1] = max(span[1], end_s)
    if not recognised_json.exists():
        started = time.perf_counter()
        recognised = recognise(wav, engine)
        recognised_json.write_text(
            "".join(json.dumps(u.to_json()) + "\n" for u in recognised), encoding="utf-8"
        )
        print(f"recognised {len(recognised)} utterances in {time.perf_counter() - started:.0f} s")
    from assistant.coach.transcript import BadLine, read_transcript

    with open(recognised_json, encoding="utf-8") as handle:
        heard = [u for u in read_transcript(handle) if not isinstance(u, BadLine)]
    heard = [Utterance(u.start_s, u.end_s, u.text, None, u.words) for u in heard]
    nudges = replay(Coach(rules), heard, rules.policy.display_s)

    def labelled_at(t: float) -> str:
        best, distance = "", float("inf")
        for conversation, (start_s, end_s) in spans.items():
            d = 0.0 if start_s <= t <= end_s else min(abs(t - start_s), abs(t - end_s))
            if d < distance:
                best, distance = conversation, d
        return best

    pairs = []
    for n in nudges:
        trigger = n.evidence[-1] if n.evidence else None
        t = (trigger.start_s + trigger.end_s) / 2 if trigger else n.at_s
        pairs.append((labelled_at(t), n.kind))
    scores = score(pairs, labels)
    if verbose:
        print(format_table(f"{stem}: audio ({engine}, roles unknown, engine's own ids)", scores))
        for line in mistakes(pairs, labels):
            print(line)
    return scores


def recognise(wav: Path, engine: str) -> list[Utterance]:
    from assistant.asr import RecognizerSettings, load_recognizer, recognize
    from assistant.audio import open_file

    factory = load_recognizer(RecognizerSettings(engine=engine), environ=os.environ)  # type: ignore[arg-type]
    source = open_file(wav)

    async def collect() -> list[Utterance]:
        found: list[Utterance] = []
        try:
            async for event in recognize(source.chunks(), factory):
                if isinstance(event, Utterance):
                    found.append(event)
        finally:
            await source.aclose()
        return found

    return asyncio.run(collect())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="labelled set folder")
    parser.add_argument("--stem", default="dev", help="<stem>.jsonl and <stem>_labels.json")
    parser.add_argument("--rules", type=Path, help="shop rules TOML merged over the defaults")
    parser.add_argument(
        "--no-heldout", action="store_true", help="skip the coach's own held-out set"
    )
    parser.add_argument("--audio", action="store_true", help="also score through synthesis + ASR")
    parser.add_argument("--engine", default="auto", help="recogniser engine for --audio (auto)")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path("/tmp/coach-eval"),
        help="synthesised audio and ASR cache (keyed by engine name only: use a fresh "
        "folder after changing the recogniser)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON summary instead")
    args = parser.parse_args()
    rules = load_rules(args.rules)
    verbose = not args.json
    results: dict[str, dict[str, KindScore]] = {}
    results.update(transcript_modes(rules, args.folder, args.stem, verbose))
    if not args.no_heldout:
        for stem in HELDOUT_STEMS:
            results.update(transcript_modes(rules, HELDOUT_FOLDER, stem, verbose))
    if args.audio:
        key = f"{args.stem}: audio"
        results[key] = audio_mode(rules, args.folder, args.stem, args.cache, args.engine, verbose)
    if verbose:
        print(summary(results))
    if args.json:
        print(json.dumps({mode: as_json(s) for mode, s in results.items()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
