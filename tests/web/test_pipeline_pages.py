"""A nudge raised by the pipeline (real coach, scripted recogniser) on both real pages."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from server_testkit import ScriptedFactory, write_silence

from assistant.audio import open_file
from assistant.coach import load_rules
from assistant.config import TillConfig, config_from_mapping
from assistant.pipeline import Pipeline
from assistant.server.app import AssistantServer

pytestmark = pytest.mark.browser
TOKEN = "pipeline-pages-token"


class RecordingSink:
    """Implements the pipeline's RecordSink and remembers what reached it."""

    def __init__(self) -> None:
        self.nudges: list[str] = []
        self.feedback_calls: list[tuple[str, str]] = []
        self.acks: list[str] = []

    def conversation_closed(self, c: Any, *, till: str, started_epoch_s: float,
                            ended_epoch_s: float) -> None:
        pass

    def nudge(self, n: Any, *, epoch_s: float) -> None:
        self.nudges.append(n.id)

    def acknowledged(self, nudge_id: str, *, epoch_s: float) -> None:
        self.acks.append(nudge_id)

    def feedback(self, nudge_id: str, verdict: str, *, epoch_s: float,
                 by: str | None = None) -> None:
        self.feedback_calls.append((nudge_id, verdict))

    def utterance(self, u: Any, *, till: str, epoch_s: float) -> None:
        pass


async def test_pipeline_nudge_reaches_till_display_and_supervisor_feed(
    browser: Any, tmp_path: Path, artifacts: Path
) -> None:
    audio = write_silence(tmp_path / "quiet.wav", 16.0)
    config = config_from_mapping(
        {"server": {"port": 0, "token": TOKEN},
         "till": [{"id": "till-1", "source": str(audio), "roles": ["none"],
                   "realtime": False}]},
        base_dir=tmp_path, state_dir=tmp_path / "state",
    )
    server = AssistantServer(config.server, token=TOKEN, tills=["till-1"])
    await server.start()
    sink = RecordingSink()

    def opener(till: TillConfig) -> Any:
        assert till.source is not None
        return open_file(till.source, realtime=False)

    pipeline = Pipeline(config, factory=ScriptedFactory(), rules=load_rules(None),
                        server=server, records=sink, open_audio=opener)
    run: asyncio.Task[None] | None = None
    try:
        till_page = await browser.new_page(viewport={"width": 800, "height": 480})
        await till_page.goto(f"http://127.0.0.1:{server.port}/till?till=till-1")
        supervisor = await browser.new_page(viewport={"width": 1200, "height": 700})
        await supervisor.goto(f"http://127.0.0.1:{server.port}/supervisor?token={TOKEN}")
        await till_page.wait_for_selector(".connection.live")
        await supervisor.wait_for_selector(".connection.live")
        run = asyncio.create_task(pipeline.run())
        await till_page.locator("#nudge[data-kind='gossip']").wait_for(timeout=20000)
        assert await till_page.locator("#nudge-message").inner_text() == (
            "Keep it about the customer"
        )
        item = supervisor.locator("li.nudge[data-kind='gossip']")
        await item.wait_for(timeout=10000)
        assert "whisky" in await item.locator(".evidence").inner_text()
        await supervisor.wait_for_selector(".till-card[data-till='till-1'] .last .text")
        await item.locator("button.down").click()
        for _ in range(100):
            if sink.feedback_calls:
                break
            await asyncio.sleep(0.05)
        assert sink.feedback_calls == [(sink.nudges[0], "down")]
        await till_page.wait_for_timeout(700)
        await till_page.screenshot(path=str(artifacts / "till-display-pipeline.png"))
        await supervisor.screenshot(path=str(artifacts / "supervisor-feed-pipeline.png"))
    finally:
        if run is not None:
            run.cancel()
            await asyncio.gather(run, return_exceptions=True)
        for context in browser.contexts:
            await context.close()
        await server.close()
