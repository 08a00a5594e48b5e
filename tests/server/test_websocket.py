"""The websocket protocol against a real server on port 0 with real websocket clients."""

from __future__ import annotations

import asyncio
import json
import stat
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from server_testkit import (
    TILLS,
    TOKEN,
    RecordingActions,
    hello,
    make_settings,
    nudge_json,
    recv,
    ws_url,
)
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from assistant.report.render import style_csp_source
from assistant.server.app import AssistantServer
from assistant.server.auth import load_or_create_token


async def test_snapshot_then_live_nudges_for_own_till_only(server: AssistantServer) -> None:
    server.publish_nudge(nudge_json("early", till="till-1"))
    async with connect(ws_url(server)) as till1, connect(ws_url(server)) as till2:
        snap1 = await hello(till1, "till", till="till-1")
        snap2 = await hello(till2, "till", till="till-2")
        assert snap1["type"] == "snapshot" and snap1["v"] == 1
        assert snap1["nudge"]["id"] == "early" and snap1["seq"] == 1
        assert snap2["nudge"] is None
        server.publish_nudge(nudge_json("n2", till="till-2"))
        live = await recv(till2)
        assert live["type"] == "nudge" and live["nudge"]["id"] == "n2" and live["seq"] == 2
        # till-1 must not see till-2's nudge: the next thing it gets is its own.
        server.publish_nudge(nudge_json("n3", till="till-1"))
        assert (await recv(till1))["nudge"]["id"] == "n3"


async def test_supervisor_sees_every_till_and_status(server: AssistantServer) -> None:
    server.publish_nudge(nudge_json("a", till="till-1"))
    async with connect(ws_url(server)) as sup:
        snap = await hello(sup, "supervisor", token=TOKEN)
        assert snap["tills"] == list(TILLS)
        assert [n["id"] for n in snap["nudges"]] == ["a"]
        server.publish_nudge(nudge_json("b", till="till-2"))
        assert (await recv(sup))["nudge"]["till"] == "till-2"
        server.publish_status("till-1", {"listening": True, "level_dbfs": -31.5})
        status = await recv(sup)
        assert status["type"] == "till_status" and status["level_dbfs"] == -31.5


async def test_acknowledge_clears_nudge_everywhere_and_reaches_actions(
    server: AssistantServer, actions: RecordingActions
) -> None:
    async with connect(ws_url(server)) as till, connect(ws_url(server)) as sup:
        await hello(till, "till", till="till-1")
        await hello(sup, "supervisor", token=TOKEN)
        server.publish_nudge(nudge_json("n1"))
        await recv(till)
        await recv(sup)
        await till.send(json.dumps({"type": "ack", "v": 1, "nudge_id": "n1"}))
        cleared = await recv(till)
        assert cleared["type"] == "nudge_cleared" and cleared["reason"] == "acknowledged"
        assert (await recv(sup))["nudge_id"] == "n1"
        assert actions.acks == [("till-1", "n1")]
        # A supervisor cannot acknowledge, and a till cannot judge.
        await sup.send(json.dumps({"type": "ack", "v": 1, "nudge_id": "n1"}))
        await till.send(json.dumps({"type": "feedback", "v": 1, "nudge_id": "n1", "verdict": "up"}))
        await asyncio.sleep(0.2)
        assert actions.acks == [("till-1", "n1")] and actions.feedback_calls == []


async def test_feedback_reaches_actions_and_other_supervisors(
    server: AssistantServer, actions: RecordingActions
) -> None:
    server.publish_nudge(nudge_json("n1"))
    async with connect(ws_url(server)) as sup1, connect(ws_url(server)) as sup2:
        await hello(sup1, "supervisor", token=TOKEN)
        await hello(sup2, "supervisor", token=TOKEN)
        await sup1.send(
            json.dumps({"type": "feedback", "v": 1, "nudge_id": "n1", "verdict": "down"})
        )
        for conn in (sup1, sup2):
            message = await recv(conn)
            assert message["type"] == "nudge_feedback" and message["verdict"] == "down"
        assert actions.feedback_calls == [("n1", "down")]


async def test_resume_after_reconnect_gets_only_what_was_missed(server: AssistantServer) -> None:
    async with connect(ws_url(server)) as till:
        await hello(till, "till", till="till-1")
        server.publish_nudge(nudge_json("seen"))
        last_seq = (await recv(till))["seq"]
    server.publish_nudge(nudge_json("missed-1"))
    server.publish_nudge(nudge_json("other-till", till="till-2"))
    server.publish_nudge(nudge_json("missed-2"))
    async with connect(ws_url(server)) as till:
        snap = await hello(till, "till", till="till-1", last_seq=last_seq)
        assert snap["complete"] is True and snap["nudge"]["id"] == "missed-2"
        replay = [await recv(till), await recv(till)]
        assert [m["nudge"]["id"] for m in replay] == ["missed-1", "missed-2"]
        with pytest.raises(TimeoutError):
            await recv(till, timeout_s=0.3)


async def test_resume_after_server_restart_with_same_state_dir(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "state")
    first = AssistantServer(settings, token=TOKEN, tills=TILLS)
    await first.start()
    async with connect(ws_url(first)) as sup:
        await hello(sup, "supervisor", token=TOKEN)
        first.publish_nudge(nudge_json("before"))
        last_seq = (await recv(sup))["seq"]
    first.publish_nudge(nudge_json("while-away", till="till-2"))
    await first.close()

    second = AssistantServer(settings, token=TOKEN, tills=TILLS)
    await second.start()
    try:
        second.publish_nudge(nudge_json("after-restart"))
        async with connect(ws_url(second)) as sup:
            snap = await hello(sup, "supervisor", token=TOKEN, last_seq=last_seq)
            assert snap["complete"] is True and snap["seq"] == 3
            assert [n["id"] for n in snap["nudges"]] == ["before", "while-away", "after-restart"]
            replay = [await recv(sup), await recv(sup)]
            assert [m["seq"] for m in replay] == [2, 3]
            assert [m["nudge"]["id"] for m in replay] == ["while-away", "after-restart"]
    finally:
        await second.close()
    assert stat.S_IMODE((tmp_path / "state" / "events.jsonl").stat().st_mode) == 0o600


async def test_slow_client_is_dropped_without_delaying_others(tmp_path: Path) -> None:
    server = AssistantServer(
        make_settings(tmp_path / "state", client_queue_size=8), token=TOKEN, tills=TILLS
    )
    await server.start()
    try:
        # Without compression so that the bytes on the wire are the bytes published.
        async with (
            connect(ws_url(server), max_queue=1, compression=None, close_timeout=0.2) as slow,
            connect(ws_url(server), compression=None) as fast,
        ):
            await hello(slow, "supervisor", token=TOKEN)
            await hello(fast, "supervisor", token=TOKEN)
            slow.transport.pause_reading()  # a client that never reads again
            index = 0
            while server.dropped_clients == 0 and index < 400:
                nudge = nudge_json(f"n{index}")
                nudge["message"] = "x" * 64_000  # fills socket buffers quickly
                server.publish_nudge(nudge)
                # The fast client keeps up; publishing never waits for anyone.
                message = await recv(fast, timeout_s=2.0)
                assert message["nudge"]["id"] == f"n{index}"
                index += 1
            assert server.dropped_clients == 1, "the client that stopped reading was not dropped"
            for extra in range(5):
                server.publish_nudge(nudge_json(f"after-{extra}"))
                assert (await recv(fast, timeout_s=2.0))["nudge"]["id"] == f"after-{extra}"
            assert len(server.clients) == 1
    finally:
        await server.close()


async def test_bad_messages_are_ignored_and_connection_survives(
    server: AssistantServer,
) -> None:
    async with connect(ws_url(server)) as till:
        await hello(till, "till", till="till-1")
        for raw in [
            "garbage",
            "[]",
            '{"type":"ack","v":1}',
            '{"type":"nope","v":1}',
            '{"type":"ack","v":9,"nudge_id":"x"}',
            b"\x00\x01binary",
            '{"type":"ack","v":1,"nudge_id":"not-a-real-nudge"}',
        ]:
            await till.send(raw)
        server.publish_nudge(nudge_json("still-alive"))
        assert (await recv(till))["nudge"]["id"] == "still-alive"
    assert server.rejected_messages == 6


@pytest.mark.parametrize(
    ("role", "till", "token", "code"),
    [
        ("supervisor", None, "wrong-token-123", "bad-token"),
        ("supervisor", None, None, "bad-token"),
        ("till", "till-9", None, "unknown-till"),
    ],
)
async def test_wrong_token_or_unknown_till_is_rejected_clearly(
    server: AssistantServer, role: str, till: str | None, token: str | None, code: str
) -> None:
    async with connect(ws_url(server)) as conn:
        reply = await hello(conn, role, till=till, token=token)
        assert reply == {"type": "error", "v": 1, "code": code, "message": reply["message"]}
        with pytest.raises(ConnectionClosed) as closed:
            await recv(conn)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008


async def test_first_message_must_be_hello(server: AssistantServer) -> None:
    async with connect(ws_url(server)) as conn:
        await conn.send('{"type":"ack","v":1,"nudge_id":"n1"}')
        reply = await recv(conn)
        assert reply["code"] == "hello-expected"


async def test_origin_is_checked_on_upgrade(server: AssistantServer) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with connect(ws_url(server), origin="http://evil.example"):  # type: ignore[arg-type]
            pass
    assert refused.value.response.status_code == 403
    same_host = f"http://127.0.0.1:{server.port}"
    async with connect(ws_url(server), origin=same_host) as conn:  # type: ignore[arg-type]
        assert (await hello(conn, "till", till="till-1"))["type"] == "snapshot"


async def test_oversize_message_closes_only_that_connection(server: AssistantServer) -> None:
    async with connect(ws_url(server)) as big, connect(ws_url(server)) as other:
        await hello(big, "till", till="till-1")
        await hello(other, "till", till="till-1")
        await big.send(json.dumps({"type": "ack", "v": 1, "nudge_id": "x" * 10_000}))
        with pytest.raises(ConnectionClosed) as closed:
            await recv(big)
        assert closed.value.sent is not None and closed.value.sent.code == 1009
        server.publish_nudge(nudge_json("ok"))
        assert (await recv(other))["nudge"]["id"] == "ok"


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


async def test_http_pages_and_token_guard(server: AssistantServer) -> None:
    base = f"http://127.0.0.1:{server.port}"
    status, body = await asyncio.to_thread(_get, f"{base}/api/tills")
    assert status == 200 and json.loads(body) == {"tills": list(TILLS)}
    assert (await asyncio.to_thread(_get, f"{base}/supervisor"))[0] == 401
    assert (await asyncio.to_thread(_get, f"{base}/supervisor?token=nope"))[0] == 401
    assert (await asyncio.to_thread(_get, f"{base}/api/summaries"))[0] == 401
    status, body = await asyncio.to_thread(_get, f"{base}/api/summaries?token={TOKEN}")
    assert status == 200 and json.loads(body) == {"summaries": []}
    assert (await asyncio.to_thread(_get, f"{base}/supervisor.html"))[0] == 401
    assert (await asyncio.to_thread(_get, f"{base}/..%2Fpyproject.toml"))[0] == 404
    assert (await asyncio.to_thread(_get, f"{base}/__init__.py"))[0] == 404


def test_generated_token_is_private_and_stable(tmp_path: Path) -> None:
    token, created = load_or_create_token(tmp_path / "state", None)
    assert created and len(token) >= 16
    path = tmp_path / "state" / "supervisor-token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_token(tmp_path / "state", None) == (token, False)
    assert load_or_create_token(tmp_path / "state", "configured-token") == (
        "configured-token",
        False,
    )


class _OneSummary:
    """Implements the server's Summaries protocol with one summary page."""

    def list(self) -> list[dict[str, str]]:
        return [{"id": "2026-11-22-early", "label": "early", "url": "/summaries/2026-11-22-early"}]

    def html(self, summary_id: str) -> bytes | None:
        return b"<style>x</style><h1>summary</h1>" if summary_id == "2026-11-22-early" else None


async def test_summary_pages_allow_only_the_report_inline_style(tmp_path: Path) -> None:
    server = AssistantServer(
        make_settings(tmp_path / "state"), token=TOKEN, tills=TILLS, summaries=_OneSummary()
    )
    await server.start()
    try:
        base = f"http://127.0.0.1:{server.port}"

        def csp(url: str) -> str:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.headers["Content-Security-Policy"])

        summary_csp = await asyncio.to_thread(
            csp, f"{base}/summaries/2026-11-22-early?token={TOKEN}"
        )
        page_csp = await asyncio.to_thread(csp, f"{base}/supervisor?token={TOKEN}")
    finally:
        await server.close()
    assert f"style-src 'self' {style_csp_source()};" in summary_csp
    assert "style-src 'self';" in page_csp and "sha256" not in page_csp
