"""A report as a self-contained HTML page (inline SVG charts, no network), JSON or CSV."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from typing import Any

from assistant.report.build import Report, TillStats

KIND_COLOURS = {
    "gossip": "#c8641e",
    "repeated_question": "#2f6fc4",
    "rushed_upsell": "#7a48c2",
}
OTHER_COLOUR = "#777777"
CASHIER_COLOUR = "#2a8a5a"
CUSTOMER_COLOUR = "#b8c4cc"
UP_COLOUR = "#2a8a5a"
DOWN_COLOUR = "#c0392b"


# -- formatting -------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _delta(value: float | None, *, digits: int = 1, percent: bool = False) -> str:
    if value is None:
        return ""
    shown = 100 * value if percent else value
    unit = " pts" if percent else ""
    return f"{shown:+.{digits}f}{unit}"


def _kind_label(kind: str) -> str:
    return kind.replace("_", " ")


def _local_time(report: Report, epoch_s: float) -> str:
    from assistant.report.shifts import local_datetime

    # The report keeps only its zone's name; times in the page are rendered by the
    # caller's zone choice, recorded in the header.
    return local_datetime(epoch_s, _zone(report)).strftime("%Y-%m-%d %H:%M")


def _zone(report: Report) -> Any:
    if report.zone_name in ("local", ""):
        return None
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(report.zone_name)
    except Exception:
        return None


# -- SVG charts ---------------------------------------------------------------------


def _svg_horizontal_bars(
    chart_id: str, title: str, rows: Sequence[tuple[str, float, str]], *, unit: str = ""
) -> str:
    """One bar per row: (label, value, colour)."""
    width, label_w, row_h = 640, 150, 26
    height = max(1, len(rows)) * row_h + 10
    peak = max((value for _, value, _ in rows), default=0.0) or 1.0
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, (label, value, colour) in enumerate(rows):
        y = 5 + index * row_h
        bar_w = (width - label_w - 70) * value / peak
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">{escape(label)}</text>'
        )
        if bar_w > 0:
            parts.append(
                f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{bar_w:.1f}" '
                f'height="{row_h - 8}" fill="{colour}"><title>{escape(label)}: '
                f"{value:g}{unit}</title></rect>"
            )
        parts.append(
            f'<text x="{label_w + bar_w + 6:.1f}" y="{y + 17}">{value:g}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_stacked_hours(chart_id: str, stats: TillStats) -> str:
    """Nudges per local hour, stacked by kind."""
    hours = stats.nudges_by_hour
    width, height, left, bottom, top = 640, 220, 36, 28, 10
    plot_h = height - bottom - top
    slot = (width - left - 10) / max(1, len(hours))
    peak = max((h.total for h in hours), default=0) or 1
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" aria-label="nudges by hour" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" '
        f'stroke="#444" />',
        f'<text x="{left - 6}" y="{top + 10}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    label_every = max(1, len(hours) // 12)
    for index, hour in enumerate(hours):
        x = left + index * slot + slot * 0.15
        bar_w = slot * 0.7
        base = float(top + plot_h)
        for kind, count in hour.by_kind:
            if not count:
                continue
            bar_h = plot_h * count / peak
            base -= bar_h
            colour = KIND_COLOURS.get(kind, OTHER_COLOUR)
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" '
                f'height="{bar_h:.1f}" fill="{colour}"><title>{hour.label} '
                f"{escape(_kind_label(kind))}: {count}</title></rect>"
            )
        if index % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle">'
                f"{hour.label}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _svg_talk_share(chart_id: str, tills: Sequence[TillStats]) -> str:
    """One 100 % bar per till: cashier share then customer share."""
    width, label_w, row_h = 640, 150, 26
    height = max(1, len(tills)) * row_h + 10
    plot_w = width - label_w - 20
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" aria-label="talk share" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, stats in enumerate(tills):
        y = 5 + index * row_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">{escape(stats.till)}</text>'
        )
        share = stats.cashier_talk_share
        if share is None:
            parts.append(f'<text x="{label_w}" y="{y + 17}">no speech</text>')
            continue
        cashier_w = plot_w * share
        for x, w, colour, who, value in (
            (label_w, cashier_w, CASHIER_COLOUR, "cashier", share),
            (label_w + cashier_w, plot_w - cashier_w, CUSTOMER_COLOUR, "customer", 1 - share),
        ):
            if w > 0:
                parts.append(
                    f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" '
                    f'height="{row_h - 8}" fill="{colour}"><title>{who}: {_pct(value)}'
                    "</title></rect>"
                )
        parts.append(
            f'<text x="{label_w + 6}" y="{y + 17}" fill="#fff">cashier {_pct(share)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_precision(chart_id: str, stats: TillStats) -> str:
    """One bar per judged rule: thumbs-up share (green) then thumbs-down share (red)."""
    rules = [rule for rule in stats.rules if rule.up + rule.down]
    if not rules:
        return '<p class="meta">No supervisor feedback yet.</p>'
    width, label_w, row_h = 640, 190, 26
    height = len(rules) * row_h + 10
    plot_w = width - label_w - 20
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" aria-label="precision per rule" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, rule in enumerate(rules):
        y = 5 + index * row_h
        judged = rule.up + rule.down
        up_w = plot_w * rule.up / judged
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">{escape(rule.rule)}</text>'
        )
        for x, w, colour, what, count in (
            (label_w, up_w, UP_COLOUR, "thumbs up", rule.up),
            (label_w + up_w, plot_w - up_w, DOWN_COLOUR, "thumbs down", rule.down),
        ):
            if w > 0:
                parts.append(
                    f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" '
                    f'height="{row_h - 8}" fill="{colour}"><title>{what}: {count}</title></rect>'
                )
        parts.append(
            f'<text x="{label_w + 6}" y="{y + 17}" fill="#fff">'
            f"{_pct(rule.precision)} of {judged}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


# -- HTML ---------------------------------------------------------------------------

_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2327; margin: 24px auto; max-width: 980px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta { color: #555; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border-bottom: 1px solid #dde3e8; padding: 5px 8px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: #f2f5f7; font-weight: 600; }
tr.total td { font-weight: 600; border-top: 2px solid #99a6b0; }
.up { color: #1d7a46; } .down { color: #b3261e; }
figure { margin: 12px 0 20px; } figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
.legend span { display: inline-block; margin-right: 14px; }
.legend svg { vertical-align: -1px; }
.empty { font-size: 18px; padding: 24px; background: #f2f5f7; border-radius: 6px; }
.note { color: #555; font-size: 12px; margin-top: 32px; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section, figure, table { break-inside: avoid; }
  h2 { break-after: avoid; }
  thead th { background: none; }
  .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def style_csp_source() -> str:
    """CSP source allowing the page's one inline ``<style>`` block, e.g. for
    ``Content-Security-Policy: style-src 'self' <this>`` when serving summaries.
    """
    digest = hashlib.sha256(_CSS.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _legend(kinds: Sequence[str]) -> str:
    items = "".join(
        f'<span><svg width="11" height="11" aria-hidden="true"><rect width="11" height="11" '
        f'fill="{KIND_COLOURS.get(k, OTHER_COLOUR)}"/></svg> '
        f"{escape(_kind_label(k))}</span>"
        for k in kinds
    )
    return f'<div class="legend">{items}</div>'


def _change_cell(stats: TillStats, name: str, *, digits: int = 1, percent: bool = False) -> str:
    change = stats.change(name)
    if change is None:
        return "<td>–</td>"
    return f"<td>{_delta(change, digits=digits, percent=percent)}</td>"


def _overview_rows(report: Report) -> str:
    rows = []
    for stats in (*report.tills, report.total):
        css = ' class="total"' if stats is report.total else ""
        rows.append(
            f"<tr{css}><td>{escape(stats.till)}</td><td>{stats.conversations}</td>"
            f"<td>{_duration(stats.median_conversation_s)}</td>"
            f"<td>{stats.nudges}</td><td>{_num(stats.nudges_per_100)}</td>"
            f"<td>{stats.acknowledged} ({_pct(stats.acknowledged_share)})</td>"
            f"<td>{_pct(stats.cashier_talk_share)} / {_pct(stats.customer_talk_share)}</td>"
            f"<td>{_num(stats.upsell_per_conversation, 2)}</td>"
            + _change_cell(stats, "conversations")
            + _change_cell(stats, "nudges_per_100")
            + _change_cell(stats, "upsell_per_conversation", digits=2)
            + "</tr>"
        )
    return "".join(rows)


def _till_section(stats: TillStats, index: int) -> str:
    kinds = [kind for kind, _ in stats.nudges_by_kind]
    per100 = dict(stats.nudges_per_100_by_kind)
    kind_rows = "".join(
        f"<tr><td>{escape(_kind_label(kind))}</td><td>{count}</td><td>{_num(per100[kind])}</td>"
        "</tr>"
        for kind, count in stats.nudges_by_kind
    )
    rule_rows = (
        "".join(
            f"<tr><td>{escape(rule.rule)}</td><td>{rule.nudges}</td>"
            f'<td class="up">{rule.up}</td><td class="down">{rule.down}</td>'
            f"<td>{_pct(rule.precision)}</td></tr>"
            for rule in stats.rules
        )
        or '<tr><td colspan="5">no nudges</td></tr>'
    )
    baseline = stats.baseline
    if baseline is None:
        comparison = "<p>No earlier comparable shift with conversations to compare with.</p>"
    else:
        comparison = (
            f"<p>Compared with the average of {baseline.windows} earlier comparable "
            f"shift(s): conversations {_num(baseline.conversations)} "
            f"({_delta(stats.change('conversations'))}), median length "
            f"{_duration(baseline.median_conversation_s)}, nudges per 100 "
            f"{_num(baseline.nudges_per_100)} ({_delta(stats.change('nudges_per_100'))}), "
            f"cashier talk share {_pct(baseline.cashier_talk_share)} "
            f"({_delta(stats.change('cashier_talk_share'), percent=True)}).</p>"
        )
    return (
        f'<section class="till" id="till-{index}"><h2>Till {escape(stats.till)}</h2>'
        f"{comparison}"
        f"<figure><figcaption>Nudges by hour</figcaption>{_legend(kinds)}"
        f"{_svg_stacked_hours(f'chart-hours-{index}', stats)}</figure>"
        "<h3>Nudges by kind</h3><table><thead><tr><th>kind</th><th>nudges</th>"
        f"<th>per 100 conversations</th></tr></thead><tbody>{kind_rows}</tbody></table>"
        "<h3>Supervisor feedback per rule</h3><table><thead><tr><th>rule</th>"
        "<th>nudges</th><th>thumbs up</th><th>thumbs down</th><th>precision</th></tr></thead>"
        f"<tbody>{rule_rows}</tbody></table></section>"
    )


def render_html(report: Report) -> str:
    """A self-contained page: inline CSS and SVG, no scripts, no network, prints well."""
    window = report.window
    title = f"Shift report {window.label}"
    head = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="meta">{_local_time(report, window.start_epoch_s)} to '
        f"{_local_time(report, window.end_epoch_s)} ({escape(report.zone_name)} time) · "
        f"generated {_local_time(report, report.generated_epoch_s)}</p></header>"
    )
    note = (
        '<p class="note">Counts and timings only: no audio is ever kept, and any transcript '
        "text is redacted (card numbers, emails, phone numbers, postcodes) before storage. "
        "Precision is thumbs-up / (thumbs-up + thumbs-down) over the latest supervisor "
        "verdict per nudge.</p>"
    )
    if report.empty:
        return (
            head
            + '<p class="empty" id="no-conversations">No conversations in this shift.</p>'
            + note
            + "</body></html>"
        )
    total = report.total
    kinds = [kind for kind, _ in total.nudges_by_kind]
    overview = (
        '<section id="overview"><h2>Overview</h2><table><thead><tr><th>till</th>'
        "<th>conversations</th><th>median length</th><th>nudges</th><th>per 100</th>"
        "<th>acknowledged</th><th>talk cashier / customer</th><th>upsell prompts per "
        "conversation</th><th>Δ conversations</th><th>Δ nudges per 100</th>"
        f"<th>Δ upsell</th></tr></thead><tbody>{_overview_rows(report)}</tbody></table>"
        "</section>"
    )
    charts = (
        '<section id="charts"><h2>Charts</h2>'
        "<figure><figcaption>Conversations served per till</figcaption>"
        + _svg_horizontal_bars(
            "chart-conversations",
            "conversations per till",
            [(s.till, float(s.conversations), CASHIER_COLOUR) for s in report.tills],
        )
        + "</figure><figure><figcaption>Nudges by kind (all tills)</figcaption>"
        + _svg_horizontal_bars(
            "chart-kinds",
            "nudges by kind",
            [
                (_kind_label(kind), float(count), KIND_COLOURS.get(kind, OTHER_COLOUR))
                for kind, count in total.nudges_by_kind
            ],
        )
        + "</figure><figure><figcaption>Nudges by hour (all tills)</figcaption>"
        + _legend(kinds)
        + _svg_stacked_hours("chart-hours", total)
        + "</figure><figure><figcaption>Talk share, cashier (green) / customer</figcaption>"
        + _svg_talk_share("chart-talk", report.tills)
        + "</figure><figure><figcaption>Supervisor precision per rule (all tills; green "
        "= thumbs up, red = thumbs down)</figcaption>"
        + _svg_precision("chart-precision", total)
        + "</figure></section>"
    )
    tills = "".join(_till_section(stats, i) for i, stats in enumerate(report.tills))
    return head + overview + charts + tills + note + "</body></html>"


# -- JSON and CSV ---------------------------------------------------------------------


def _stats_dict(stats: TillStats) -> dict[str, Any]:
    baseline = stats.baseline
    return {
        "till": stats.till,
        "conversations": stats.conversations,
        "median_conversation_s": stats.median_conversation_s,
        "nudges": stats.nudges,
        "nudges_by_kind": dict(stats.nudges_by_kind),
        "nudges_per_100_conversations": stats.nudges_per_100,
        "nudges_per_100_conversations_by_kind": dict(stats.nudges_per_100_by_kind),
        "nudges_by_hour": [
            {"hour": h.label, "start_epoch_s": h.hour_start_epoch_s, **dict(h.by_kind)}
            for h in stats.nudges_by_hour
        ],
        "acknowledged": stats.acknowledged,
        "acknowledged_share": stats.acknowledged_share,
        "judged": stats.judged,
        "rules": [
            {
                "rule": r.rule,
                "nudges": r.nudges,
                "up": r.up,
                "down": r.down,
                "precision": r.precision,
            }
            for r in stats.rules
        ],
        "cashier_talk_s": stats.cashier_talk_s,
        "customer_talk_s": stats.customer_talk_s,
        "cashier_talk_share": stats.cashier_talk_share,
        "customer_talk_share": stats.customer_talk_share,
        "upsell_prompts": stats.upsell_prompts,
        "upsell_prompts_per_conversation": stats.upsell_per_conversation,
        "baseline": None
        if baseline is None
        else {
            "windows": baseline.windows,
            "conversations": baseline.conversations,
            "median_conversation_s": baseline.median_conversation_s,
            "nudges_per_100_conversations": baseline.nudges_per_100,
            "upsell_prompts_per_conversation": baseline.upsell_per_conversation,
            "cashier_talk_share": baseline.cashier_talk_share,
        },
        "change": {
            name: stats.change(name)
            for name in (
                "conversations",
                "median_conversation_s",
                "nudges_per_100",
                "upsell_per_conversation",
                "cashier_talk_share",
            )
        },
    }


def _iso(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat()


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "window": {
            "label": report.window.label,
            "shift": report.window.shift,
            "start_epoch_s": report.window.start_epoch_s,
            "end_epoch_s": report.window.end_epoch_s,
            "start_utc": _iso(report.window.start_epoch_s),
            "end_utc": _iso(report.window.end_epoch_s),
        },
        "timezone": report.zone_name,
        "generated_utc": _iso(report.generated_epoch_s),
        "empty": report.empty,
        "message": "no conversations" if report.empty else None,
        "compared_with": [w.label for w in report.previous],
        "tills": [_stats_dict(s) for s in report.tills],
        "total": _stats_dict(report.total),
    }


def to_json(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = (
    "window",
    "till",
    "conversations",
    "median_conversation_s",
    "nudges",
    "nudges_per_100_conversations",
    "acknowledged",
    "cashier_talk_share",
    "customer_talk_share",
    "upsell_prompts_per_conversation",
    "change_conversations",
    "change_nudges_per_100",
)


def to_csv(report: Report) -> str:
    """One row per till plus ``all``; nudge kinds and rule precision as extra columns."""
    kinds = [kind for kind, _ in report.total.nudges_by_kind]
    rules = [rule.rule for rule in report.total.rules]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            *CSV_COLUMNS,
            *(f"nudges_{k}" for k in kinds),
            *(f"per_100_{k}" for k in kinds),
            *(f"precision_{r}" for r in rules),
        ]
    )

    def cell(value: float | None) -> str:
        return "" if value is None else f"{value:.6g}"

    for stats in (*report.tills, report.total):
        per100 = dict(stats.nudges_per_100_by_kind)
        by_kind = dict(stats.nudges_by_kind)
        precision = {rule.rule: rule.precision for rule in stats.rules}
        writer.writerow(
            [
                report.window.label,
                stats.till,
                stats.conversations,
                cell(stats.median_conversation_s),
                stats.nudges,
                cell(stats.nudges_per_100),
                stats.acknowledged,
                cell(stats.cashier_talk_share),
                cell(stats.customer_talk_share),
                cell(stats.upsell_per_conversation),
                cell(stats.change("conversations")),
                cell(stats.change("nudges_per_100")),
                *(by_kind.get(k, 0) for k in kinds),
                *(cell(per100.get(k)) for k in kinds),
                *(cell(precision.get(r)) for r in rules),
            ]
        )
    return out.getvalue()
