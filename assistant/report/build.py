"""Shift figures per till from conversation and nudge records (pure: no I/O)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo

from assistant.events import NUDGE_KINDS
from assistant.report.records import ConversationRecord, NudgeRecord
from assistant.report.shifts import Window, local_datetime

ALL_TILLS = "all"


@dataclass(frozen=True, slots=True)
class RulePrecision:
    """Supervisor verdicts on one rule's nudges (latest verdict per nudge)."""

    rule: str
    nudges: int
    up: int
    down: int

    @property
    def precision(self) -> float | None:
        """``up / (up + down)``, ``None`` when nobody judged this rule yet."""
        judged = self.up + self.down
        return self.up / judged if judged else None


@dataclass(frozen=True, slots=True)
class HourCount:
    """Nudges by kind in one local clock hour."""

    hour_start_epoch_s: float
    label: str
    """Local ``"HH:00"``."""
    by_kind: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.by_kind)


@dataclass(frozen=True, slots=True)
class Baseline:
    """Averages over the previous comparable windows that had conversations."""

    windows: int
    conversations: float
    median_conversation_s: float | None
    nudges_per_100: float | None
    upsell_per_conversation: float | None
    cashier_talk_share: float | None


@dataclass(frozen=True, slots=True)
class TillStats:
    """Every figure of one till (or of all tills together) in the window."""

    till: str
    conversations: int
    median_conversation_s: float | None
    nudges: int
    nudges_by_kind: tuple[tuple[str, int], ...]
    nudges_per_100_by_kind: tuple[tuple[str, float | None], ...]
    nudges_per_100: float | None
    nudges_by_hour: tuple[HourCount, ...]
    acknowledged: int
    acknowledged_share: float | None
    judged: int
    rules: tuple[RulePrecision, ...]
    cashier_talk_s: float
    customer_talk_s: float
    cashier_talk_share: float | None
    customer_talk_share: float | None
    upsell_prompts: int
    upsell_per_conversation: float | None
    baseline: Baseline | None = None

    def change(self, name: str) -> float | None:
        """Current minus baseline for ``conversations``, ``nudges_per_100`` etc."""
        if self.baseline is None:
            return None
        current = getattr(self, name)
        previous = getattr(self.baseline, name)
        if current is None or previous is None:
            return None
        return float(current) - float(previous)


@dataclass(frozen=True, slots=True)
class Report:
    """A shift (or any window) report: one :class:`TillStats` per till plus the total."""

    window: Window
    zone_name: str
    generated_epoch_s: float
    tills: tuple[TillStats, ...]
    total: TillStats
    previous: tuple[Window, ...]

    @property
    def empty(self) -> bool:
        return self.total.conversations == 0 and self.total.nudges == 0


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _kinds(nudges: Sequence[NudgeRecord]) -> list[str]:
    extra = sorted({n.kind for n in nudges} - set(NUDGE_KINDS))
    return [*NUDGE_KINDS, *extra]


def _hours(window: Window, zone: tzinfo | None) -> list[tuple[float, str]]:
    """Local clock-hour starts covering the window (first one may start before it)."""
    start = local_datetime(window.start_epoch_s, zone)
    hour = start.replace(minute=0, second=0, microsecond=0)
    hours: list[tuple[float, str]] = []
    epoch = hour.timestamp()
    while epoch < window.end_epoch_s and len(hours) < 24 * 31:
        label = local_datetime(epoch, zone).strftime("%H:00")
        hours.append((epoch, label))
        epoch += 3600.0
    return hours


def till_stats(
    till: str,
    conversations: Sequence[ConversationRecord],
    nudges: Sequence[NudgeRecord],
    window: Window,
    zone: tzinfo | None,
    kinds: Sequence[str] | None = None,
) -> TillStats:
    """Figures of one till's (or several tills') records in ``window``."""
    kinds = list(kinds) if kinds is not None else _kinds(nudges)
    count = len(conversations)
    durations = [c.duration_s for c in conversations]
    by_kind = Counter(n.kind for n in nudges)
    hours = _hours(window, zone)
    hour_counts: list[Counter[str]] = [Counter() for _ in hours]
    for nudge in nudges:
        index = int((nudge.raised_epoch_s - hours[0][0]) // 3600) if hours else -1
        if 0 <= index < len(hours):
            hour_counts[index][nudge.kind] += 1
    rules: dict[str, list[int]] = {}
    for nudge in nudges:
        entry = rules.setdefault(nudge.rule, [0, 0, 0])
        entry[0] += 1
        if nudge.verdict == "up":
            entry[1] += 1
        elif nudge.verdict == "down":
            entry[2] += 1
    cashier = sum(c.cashier_talk_s for c in conversations)
    customer = sum(c.customer_talk_s for c in conversations)
    upsell = sum(c.upsell_prompts for c in conversations)
    acknowledged = sum(1 for n in nudges if n.acknowledged_epoch_s is not None)
    return TillStats(
        till=till,
        conversations=count,
        median_conversation_s=statistics.median(durations) if durations else None,
        nudges=len(nudges),
        nudges_by_kind=tuple((kind, by_kind[kind]) for kind in kinds),
        nudges_per_100_by_kind=tuple(
            (kind, _ratio(100.0 * by_kind[kind], count)) for kind in kinds
        ),
        nudges_per_100=_ratio(100.0 * len(nudges), count),
        nudges_by_hour=tuple(
            HourCount(epoch, label, tuple((kind, counts[kind]) for kind in kinds))
            for (epoch, label), counts in zip(hours, hour_counts, strict=True)
        ),
        acknowledged=acknowledged,
        acknowledged_share=_ratio(acknowledged, len(nudges)),
        judged=sum(1 for n in nudges if n.verdict is not None),
        rules=tuple(
            RulePrecision(rule, total, up, down)
            for rule, (total, up, down) in sorted(rules.items())
        ),
        cashier_talk_s=cashier,
        customer_talk_s=customer,
        cashier_talk_share=_ratio(cashier, cashier + customer),
        customer_talk_share=_ratio(customer, cashier + customer),
        upsell_prompts=upsell,
        upsell_per_conversation=_ratio(upsell, count),
    )


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.fmean(present) if present else None


def _baseline(previous: Sequence[TillStats]) -> Baseline | None:
    used = [stats for stats in previous if stats.conversations > 0]
    if not used:
        return None
    return Baseline(
        windows=len(used),
        conversations=statistics.fmean(s.conversations for s in used),
        median_conversation_s=_mean([s.median_conversation_s for s in used]),
        nudges_per_100=_mean([s.nudges_per_100 for s in used]),
        upsell_per_conversation=_mean([s.upsell_per_conversation for s in used]),
        cashier_talk_share=_mean([s.cashier_talk_share for s in used]),
    )


PreviousRecords = tuple[Window, Sequence[ConversationRecord], Sequence[NudgeRecord]]


def build_report(
    conversations: Sequence[ConversationRecord],
    nudges: Sequence[NudgeRecord],
    *,
    window: Window,
    previous: Sequence[PreviousRecords] = (),
    zone: tzinfo | None = None,
    zone_name: str = "local",
    generated_epoch_s: float = 0.0,
    tills: Sequence[str] | None = None,
) -> Report:
    """Per-till figures for ``window`` and their change against ``previous`` windows.

    ``tills`` fixes which tills get a row (e.g. the one asked for); by default every
    till with a record in the window. Previous windows only count in a till's baseline
    when that till had conversations in them (a closed day is not a slow day).
    """
    kinds = _kinds([*nudges, *(n for _, _, ns in previous for n in ns)])
    names = (
        sorted(set(tills))
        if tills is not None
        else sorted({c.till for c in conversations} | {n.till for n in nudges})
    )

    def stats_for(
        till: str | None,
        records: Sequence[ConversationRecord],
        raised: Sequence[NudgeRecord],
        span: Window,
    ) -> TillStats:
        wanted = {till} if till is not None else set(names)
        mine = [c for c in records if c.till in wanted]
        theirs = [n for n in raised if n.till in wanted]
        return till_stats(till or ALL_TILLS, mine, theirs, span, zone, kinds)

    def with_baseline(till: str | None) -> TillStats:
        current = stats_for(till, conversations, nudges, window)
        before = [stats_for(till, cs, ns, span) for span, cs, ns in previous]
        baseline = _baseline(before)
        if baseline is None:
            return current
        return replace(current, baseline=baseline)

    return Report(
        window=window,
        zone_name=zone_name,
        generated_epoch_s=generated_epoch_s,
        tills=tuple(with_baseline(name) for name in names),
        total=with_baseline(None),
        previous=tuple(span for span, _, _ in previous),
    )
