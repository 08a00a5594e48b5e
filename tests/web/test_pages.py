"""The till display and the supervisor feed in real headless Chromium against a real server."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest

from assistant.server.app import AssistantServer
from assistant.server.settings import ServerSettings

pytestmark = pytest.mark.browser

TOKEN = "browser-test-token"
TILLS = ("till-1", "till-2")


class Actions:
    def __init__(self) -> None:
        self.acks: list[tuple[str, str]] = []
        self.feedback_calls: list[tuple[str, str]] = []

    def acknowledged(self, till: str, nudge_id: str, epoch_s: float) -> None:
        self.acks.append((till, nudge_id))

    def feedback(self, nudge_id: str, verdict: str, by: str | None, epoch_s: float) -> None:
        self.feedback_calls.append((nudge_id, verdict))


class Summaries:
    def list(self) -> list[dict[str, Any]]:
        return [{"id": "2026-11-22-early", "title": "Sat 22 Nov, early shift",
                 "url": "/summaries/2026-11-22-early", "detail": "41 conversations"}]

    def html(self, summary_id: str) -> bytes | None:
        return b"<h1>summary</h1>" if summary_id == "2026-11-22-early" else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def nudge(nudge_id: str, till: str, kind: str, message: str, evidence: str) -> dict[str, Any]:
    return {
        "id": nudge_id, "kind": kind, "conversation": "c1", "at": 30.2, "message": message,
        "severity": "warning", "rule": f"{kind}.test", "till": till,
        "evidence": [{"start": 28.0, "end": 30.2, "speaker": "cashier", "text": evidence}],
    }


async def wait_until(predicate: Any, timeout_s: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


async def close_pages(browser: Any) -> None:
    """Close pages first: an idle pre-connected browser socket would hold up server close."""
    for context in browser.contexts:
        await context.close()


async def start_server(state_dir: Path, port: int, actions: Actions) -> AssistantServer:
    server = AssistantServer(
        ServerSettings(host="127.0.0.1", port=port, state_dir=state_dir),
        token=TOKEN, tills=TILLS, actions=actions, summaries=Summaries(),
    )
    await server.start()
    return server


async def test_till_display_shows_nudge_and_tap_acknowledges(
    browser: Any, tmp_path: Path, artifacts: Path
) -> None:
    actions = Actions()
    server = await start_server(tmp_path / "state", 0, actions)
    try:
        page = await browser.new_page(viewport={"width": 800, "height": 480})
        await page.goto(f"http://127.0.0.1:{server.port}/till?till=till-1")
        await page.wait_for_selector(".connection.live")
        server.publish_status("till-1", {"listening": True, "level_dbfs": -35.0})
        server.publish_nudge(nudge("n-other", "till-2", "gossip", "Not for this till", "x"))
        server.publish_nudge(
            nudge("n1", "till-1", "repeated_question", "You've asked that — move on",
                  "so taken the afternoon off then")
        )
        box = page.locator("#nudge")
        await box.wait_for(state="visible")
        assert await page.locator("#nudge-message").inner_text() == "You've asked that — move on"
        assert await box.get_attribute("data-nudge-id") == "n1"
        await page.wait_for_timeout(700)  # let the arrival animation settle for the picture
        await page.screenshot(path=str(artifacts / "till-display.png"))
        await box.click()
        await wait_until(lambda: actions.acks == [("till-1", "n1")])
        await box.wait_for(state="hidden")
        assert server.hub.current_nudge("till-1") is None
        await page.screenshot(path=str(artifacts / "till-display-idle.png"))
    finally:
        await close_pages(browser)
        await server.close()


async def test_supervisor_feed_shows_nudges_status_and_sends_thumbs_down(
    browser: Any, tmp_path: Path, artifacts: Path
) -> None:
    actions = Actions()
    server = await start_server(tmp_path / "state", 0, actions)
    try:
        server.publish_nudge(
            nudge("n-old", "till-2", "rushed_upsell", "One offer is plenty",
                  "batteries? our card? your email for the newsletter?")
        )
        page = await browser.new_page(viewport={"width": 1200, "height": 760})
        await page.goto(f"http://127.0.0.1:{server.port}/supervisor?token={TOKEN}")
        await page.wait_for_selector(".connection.live")
        server.publish_status("till-1", {
            "listening": True, "level_dbfs": -24.0, "engine": "whisper tiny.en",
            "last_utterance": {"speaker": "customer", "text": "my email is [email]",
                               "epoch_s": 1_790_000_000.0},
        })
        server.publish_status("till-2", {"listening": False, "state": "reconnecting",
                                         "level_dbfs": None, "engine": "whisper tiny.en"})
        server.publish_nudge(
            nudge("n-live", "till-1", "gossip", "Keep it about the customer",
                  "he buys two bottles of vodka every single day")
        )
        item = page.locator('li.nudge[data-nudge-id="n-live"]')
        await item.wait_for()
        assert "Keep it about the customer" in await item.inner_text()
        assert "vodka" in await item.locator(".evidence").inner_text()
        assert await page.locator("li.nudge").count() == 2
        await page.wait_for_selector('.till-card[data-till="till-1"] .listening.on')
        await page.wait_for_selector("#summaries a")
        # Filters: by kind, then by till.
        await page.select_option("#filter-kind", "gossip")
        assert await page.locator('li.nudge[data-nudge-id="n-old"]').is_hidden()
        await page.select_option("#filter-kind", "")
        await page.select_option("#filter-till", "till-2")
        assert await item.is_hidden()
        await page.select_option("#filter-till", "")
        await item.locator("button.down").click()
        await wait_until(lambda: actions.feedback_calls == [("n-live", "down")])
        assert server.hub.nudge("n-live")["feedback"] == "down"  # type: ignore[index]
        await page.wait_for_selector(
            'li.nudge[data-nudge-id="n-live"] button.down[aria-pressed="true"]'
        )
        await page.screenshot(path=str(artifacts / "supervisor-feed.png"), full_page=True)
    finally:
        await close_pages(browser)
        await server.close()


async def test_till_display_recovers_after_server_restart(
    browser: Any, tmp_path: Path
) -> None:
    actions = Actions()
    port = free_port()
    server = await start_server(tmp_path / "state", port, actions)
    page = await browser.new_page(viewport={"width": 800, "height": 480})
    await page.goto(f"http://127.0.0.1:{port}/till?till=till-1")
    await page.wait_for_selector(".connection.live")
    await server.close()
    await page.wait_for_selector(".connection.offline", timeout=5000)
    # A nudge raised while the display was away must still reach it after the restart.
    server = await start_server(tmp_path / "state", port, actions)
    try:
        server.publish_nudge(nudge("after", "till-1", "gossip", "Keep it about the customer",
                                   "she is seeing the manager"))
        await page.wait_for_selector(".connection.live", timeout=15000)
        await page.locator('#nudge[data-nudge-id="after"]').wait_for(timeout=5000)
    finally:
        await close_pages(browser)
        await server.close()


async def test_supervisor_page_with_wrong_token_is_refused(browser: Any, tmp_path: Path) -> None:
    server = await start_server(tmp_path / "state", 0, Actions())
    try:
        page = await browser.new_page()
        response = await page.goto(f"http://127.0.0.1:{server.port}/supervisor?token=wrong")
        assert response is not None and response.status == 401
        assert "token" in await page.inner_text("body")
    finally:
        await close_pages(browser)
        await server.close()
