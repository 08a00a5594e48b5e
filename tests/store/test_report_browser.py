"""The HTML report in real headless Chromium: charts present and non-empty, screenshot kept."""

from __future__ import annotations

import tempfile
from datetime import UTC, date
from pathlib import Path

import pytest

from assistant.report.render import render_html, style_csp_source
from assistant.report.shifts import shift_window
from assistant.store.db import Store
from assistant.store.reporting import load_report
from assistant.store.settings import DEFAULT_SHIFTS

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


def test_html_report_renders_with_charts_in_chromium(replay_db: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    store = Store.open(replay_db, create=False)
    report = load_report(
        store,
        shift_window(date(2026, 11, 20), DEFAULT_SHIFTS[0], UTC),
        zone=UTC,
        timezone_name="UTC",
        comparison_days=7,
        generated_epoch_s=1795154400.0 + 9 * 3600,
    )
    store.close()
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(report), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=ARGS, headless=True,
            viewport={"width": 1100, "height": 900},
        )  # fmt: skip
        try:
            requests: list[str] = []
            page = browser.new_page()
            page.on("request", lambda request: requests.append(request.url))
            page.goto(page_path.as_uri())
            page.wait_for_load_state("load")
            # Offline by construction: the page asks for nothing but itself.
            assert requests == [page_path.as_uri()]
            charts = {
                "chart-conversations": 2,  # one bar per till
                "chart-kinds": 3,  # gossip, repeated question, rushed upsell
                # t1: 06 gossip, 07 gossip + upsell, 13 repeat; t2: 08 gossip, 09 gossip
                "chart-hours": 6,
                "chart-talk": 4,  # cashier + customer per till
                # own_drama: down; third_party: up; upsell.rushed: down
                "chart-precision": 3,
            }
            for chart_id, bars in charts.items():
                svg = page.locator(f"svg#{chart_id}")
                box = svg.bounding_box()
                assert box is not None and box["width"] > 100 and box["height"] > 20, chart_id
                sizes = svg.locator("rect.bar").evaluate_all(
                    "els => els.map(e => { const b = e.getBBox(); return [b.width, b.height]; })"
                )
                assert len(sizes) == bars, (chart_id, sizes)
                assert all(w > 0 and h > 0 for w, h in sizes), (chart_id, sizes)
            # Bars scale with the data: t1 (4 conversations) is longer than t2 (3).
            widths = page.locator("svg#chart-conversations rect.bar").evaluate_all(
                "els => els.map(e => e.getBBox().width)"
            )
            assert widths[0] == pytest.approx(widths[1] * 4 / 3, rel=0.01)
            assert page.locator("section.till").count() == 2
            assert "Till t1" in page.inner_text("body")
            page.screenshot(path=str(ARTIFACTS / "store-report.png"), full_page=True)
            # Served the way the supervisor page serves summaries, under a strict CSP
            # that allows only this page's own style block: the styles still apply.
            strict = page.context.new_page()
            csp = f"default-src 'none'; style-src 'self' {style_csp_source()}"
            strict.route(
                "http://summaries.test/**",
                lambda route: route.fulfill(
                    status=200, body=page_path.read_text(), content_type="text/html",
                    headers={"Content-Security-Policy": csp},
                ),
            )  # fmt: skip
            violations: list[str] = []
            strict.on("console", lambda message: violations.append(message.text))
            strict.goto("http://summaries.test/summaries/2026-11-20_early")
            width = strict.evaluate("getComputedStyle(document.body).maxWidth")
            assert width == "980px" and not violations, (width, violations)
            page.emulate_media(media="print")
            assert page.locator("svg#chart-hours rect.bar").first.is_visible()
            page.pdf(path=str(ARTIFACTS / "store-report.pdf"))
        finally:
            browser.close()
    assert (ARTIFACTS / "store-report.png").stat().st_size > 10_000
