"""The thin I/O layer over the hub: websockets for live events, plain HTTP for the pages.

One bounded queue and one relay task per client: publishing never waits for a client,
and a client whose queue fills (it stopped reading) is dropped; its page reconnects and
resumes from the last sequence number it saw.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from assistant.paths import web_dir as default_web_dir
from assistant.report.render import style_csp_source
from assistant.server.auth import token_matches
from assistant.server.eventlog import EventLog
from assistant.server.hub import Hub, HubEvent, Viewer
from assistant.server.protocol import (
    Ack,
    Feedback,
    Hello,
    ProtocolViolation,
    encode,
    error_message,
    parse_client_message,
)
from assistant.server.settings import ServerSettings

log = logging.getLogger(__name__)

#: Close code for "policy violation" (wrong token, unknown till, no hello).
CLOSE_POLICY = 1008
#: Close code for "try again later" (the client was too slow and got dropped).
CLOSE_TRY_AGAIN = 1013

_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*$")
_PAGE_CSP = (
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
    "style-src 'self'{styles}; script-src 'self'; frame-ancestors 'none'"
)
_SECURITY_HEADERS = [
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    # The supervisor URL carries the token: never leak it to another site.
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
]


class ClientActions(Protocol):
    """Where the server forwards what people do on the pages (the pipeline implements it)."""

    def acknowledged(self, till: str, nudge_id: str, epoch_s: float) -> None: ...

    def feedback(self, nudge_id: str, verdict: str, by: str | None, epoch_s: float) -> None: ...


class Summaries(Protocol):
    """Shift summaries for the supervisor page (the store implements the data)."""

    def list(self) -> list[dict[str, Any]]: ...

    def html(self, summary_id: str) -> bytes | None: ...


@dataclass(slots=True, eq=False)
class _Client:
    connection: ServerConnection
    viewer: Viewer
    queue: asyncio.Queue[tuple[int, str]]
    name: str
    dropped: bool = False
    relay: asyncio.Task[None] | None = field(default=None)


class AssistantServer:
    """Serves the pages and the websocket; call :meth:`start`, then publish, then :meth:`close`."""

    def __init__(
        self,
        settings: ServerSettings,
        *,
        token: str,
        tills: Sequence[str] | None = None,
        actions: ClientActions | None = None,
        summaries: Summaries | None = None,
        web_root: Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.token = token
        self.hub = Hub(
            tills=tills,
            max_events=settings.event_log_max_events,
            display_s=settings.display_s or 30.0,
        )
        self.actions = actions
        self.summaries = summaries
        self.web_root = web_root or default_web_dir()
        self.clock = clock
        self.event_log = EventLog(
            settings.state_dir / "events.jsonl",
            max_events=settings.event_log_max_events,
            max_age_s=settings.event_log_max_age_s,
        )
        self.clients: set[_Client] = set()
        self.dropped_clients = 0
        self.rejected_messages = 0
        #: Called with ``(seq, client name)`` after an event was written to a client
        #: (used by the fan-out benchmark; ``None`` in production).
        self.delivery_probe: Callable[[int, str], None] | None = None
        self._server: Server | None = None
        self._housekeeping: asyncio.Task[None] | None = None
        self._client_counter = 0

    # -- lifecycle --------------------------------------------------------------------

    async def start(self) -> None:
        """Load the event log, start listening and the housekeeping task."""
        self.hub.load(self.event_log.open(self.clock()))
        self._server = await serve(
            self._handle,
            self.settings.host,
            self.settings.port,
            process_request=self._process_request,
            max_size=self.settings.max_message_bytes,
            # Our own per-client queue is the buffer; keep the library's small.
            max_queue=16,
            server_header=None,
        )
        self._housekeeping = asyncio.create_task(self._housekeep(), name="server-housekeeping")
        log.info("serving on http://%s:%d/", self.settings.host, self.port)

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        """Stop accepting, close every connection, stop housekeeping."""
        if self._housekeeping is not None:
            self._housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._housekeeping
            self._housekeeping = None
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> AssistantServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- publishing (called by the pipeline, on the loop) ------------------------------

    def publish_nudge(self, nudge: dict[str, Any], *, epoch_s: float | None = None) -> HubEvent:
        """Show an already-redacted nudge (JSON with ``id`` and ``till``) on its till."""
        event = self.hub.publish_nudge(nudge, epoch_s=self.clock() if epoch_s is None else epoch_s)
        self._commit(event)
        return event

    def publish_status(self, till: str, status: dict[str, Any]) -> None:
        """Update a till's status (listening, level, last redacted utterance, engine)."""
        message = self.hub.update_status(till, status)
        text = encode(message)
        for client in list(self.clients):
            if client.viewer.role == "supervisor" or client.viewer.till == till:
                self._offer(client, text)

    def _commit(self, event: HubEvent) -> None:
        try:
            self.event_log.append(event)
        except OSError as error:
            # The live display matters more than the resume log: keep going, say so.
            log.error("could not write the event log: %s", error)
        text = encode(event.to_message())
        for client in list(self.clients):
            if client.viewer.sees(event):
                self._offer(client, text, event.seq)

    def _offer(self, client: _Client, text: str, seq: int = 0) -> None:
        if client.dropped:
            return
        try:
            client.queue.put_nowait((seq, text))
        except asyncio.QueueFull:
            self._drop(client)

    def _drop(self, client: _Client) -> None:
        """Disconnect a client that stopped reading, without waiting for it."""
        client.dropped = True
        self.dropped_clients += 1
        log.warning("dropping slow client %s (queue full)", client.name)
        self.clients.discard(client)
        if client.relay is not None:
            client.relay.cancel()
        # No closing handshake: the peer is not reading, a handshake would only wait.
        client.connection.transport.abort()

    async def _housekeep(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            for event in self.hub.expire(self.clock()):
                self._commit(event)
            if self.event_log.needs_compaction():
                self.event_log.compact(self.hub.events())

    # -- websocket connections --------------------------------------------------------

    async def _handle(self, connection: ServerConnection) -> None:
        self._client_counter += 1
        name = f"#{self._client_counter} {connection.remote_address}"
        try:
            raw = await asyncio.wait_for(connection.recv(), self.settings.hello_timeout_s)
        except (TimeoutError, ConnectionClosed):
            log.info("client %s: no hello, closing", name)
            await connection.close(CLOSE_POLICY, "hello expected")
            return
        try:
            hello = parse_client_message(raw)
        except ProtocolViolation as error:
            hello = None
            log.warning("client %s: bad hello: %s", name, error)
        if not isinstance(hello, Hello):
            await self._reject(connection, "hello-expected", "first message must be a hello")
            return
        if hello.role == "supervisor" and not token_matches(self.token, hello.token):
            log.warning("client %s: wrong supervisor token", name)
            await self._reject(connection, "bad-token", "wrong supervisor token")
            return
        if hello.role == "till" and not self.hub.knows_till(str(hello.till)):
            await self._reject(connection, "unknown-till", f"unknown till {hello.till!r}")
            return
        viewer = Viewer(role=hello.role, till=hello.till if hello.role == "till" else None)
        client = _Client(
            connection=connection,
            viewer=viewer,
            queue=asyncio.Queue(maxsize=self.settings.client_queue_size),
            name=f"{name} {viewer.role}:{viewer.till or '*'}",
        )
        # Snapshot and registration happen with no await in between, so no event can
        # slip between what the snapshot covers and what the queue receives.
        snapshot = self.hub.snapshot(viewer)
        missed: list[HubEvent] = []
        if hello.last_seq is not None:
            missed, complete = self.hub.missed(viewer, hello.last_seq)
            snapshot["resumed_from"] = hello.last_seq
            snapshot["complete"] = complete
        self.clients.add(client)
        self._offer(client, encode(snapshot))
        for event in missed:
            self._offer(client, encode(event.to_message()), event.seq)
        client.relay = asyncio.create_task(self._relay(client), name=f"relay {client.name}")
        log.info("client %s connected (last_seq=%s)", client.name, hello.last_seq)
        try:
            async for message in connection:
                self._on_message(client, message)
        except ConnectionClosed:
            pass
        finally:
            self.clients.discard(client)
            if client.relay is not None:
                client.relay.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await client.relay
            log.info("client %s disconnected", client.name)

    async def _reject(self, connection: ServerConnection, code: str, message: str) -> None:
        with contextlib.suppress(ConnectionClosed):
            await connection.send(encode(error_message(code, message)))
        await connection.close(CLOSE_POLICY, message[:120])

    async def _relay(self, client: _Client) -> None:
        probe = self.delivery_probe
        try:
            while True:
                seq, text = await client.queue.get()
                await client.connection.send(text)
                if probe is not None and seq:
                    probe(seq, client.name)
        except ConnectionClosed:
            return

    def _on_message(self, client: _Client, raw: str | bytes) -> None:
        try:
            message = parse_client_message(raw)
        except ProtocolViolation as error:
            self.rejected_messages += 1
            log.warning("client %s: ignoring bad message: %s", client.name, error)
            return
        now = self.clock()
        if isinstance(message, Ack):
            if client.viewer.role != "till" or client.viewer.till is None:
                self.rejected_messages += 1
                log.warning("client %s: only a till display acknowledges", client.name)
                return
            event = self.hub.acknowledge(client.viewer.till, message.nudge_id, epoch_s=now)
            if event is None:
                log.info("client %s: ack of unknown or done nudge ignored", client.name)
                return
            self._commit(event)
            if self.actions is not None:
                try:
                    self.actions.acknowledged(client.viewer.till, message.nudge_id, now)
                except Exception:
                    log.exception("acknowledgement handler failed")
        elif isinstance(message, Feedback):
            if client.viewer.role != "supervisor":
                self.rejected_messages += 1
                log.warning("client %s: only supervisors give feedback", client.name)
                return
            feedback = self.hub.feedback(message.nudge_id, message.verdict, by=None, epoch_s=now)
            if feedback is None:
                log.info("client %s: feedback on unknown nudge or unchanged", client.name)
                return
            self._commit(feedback)
            if self.actions is not None:
                try:
                    self.actions.feedback(message.nudge_id, message.verdict, None, now)
                except Exception:
                    log.exception("feedback handler failed")
        else:
            self.rejected_messages += 1
            log.warning("client %s: unexpected %s after hello", client.name, type(message).__name__)

    # -- plain HTTP: pages and small JSON endpoints -----------------------------------

    def _origin_allowed(self, request: Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is None:
            # Not a browser (browsers always send Origin on websocket upgrades).
            return True
        if origin in self.settings.allowed_origins:
            return True
        host = request.headers.get("Host", "")
        return origin in (f"http://{host}", f"https://{host}")

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        url = urlsplit(request.path)
        path = unquote(url.path)
        query = parse_qs(url.query)
        if path == "/ws":
            if not self._origin_allowed(request):
                log.warning("websocket from origin %r refused", request.headers.get("Origin"))
                return self._text(403, "Forbidden", "origin not allowed\n")
            return None
        if path in ("/", "/index.html"):
            return self._file("index.html")
        if path in ("/till", "/till.html"):
            return self._file("till.html")
        if path == "/healthz":
            return self._json({"ok": True, "clients": len(self.clients)})
        if path == "/api/tills":
            tills = self.hub.tills if self.hub.tills is not None else ()
            return self._json({"tills": list(tills)})
        supervisor_only = path in ("/supervisor", "/supervisor.html", "/api/summaries")
        supervisor_only = supervisor_only or path.startswith("/summaries/")
        if supervisor_only:
            given: str | None = (query.get("token") or [""])[0]
            authorization = request.headers.get("Authorization", "")
            if authorization.startswith("Bearer "):
                given = authorization[len("Bearer ") :]
            if not token_matches(self.token, given):
                return self._text(
                    401, "Unauthorized", "supervisor token required: open /supervisor?token=…\n"
                )
            if path in ("/supervisor", "/supervisor.html"):
                return self._file("supervisor.html")
            if path == "/api/summaries":
                items = self.summaries.list() if self.summaries is not None else []
                return self._json({"summaries": items})
            summary_id = path[len("/summaries/") :]
            body = self.summaries.html(summary_id) if self.summaries is not None else None
            if body is None or not _SAFE_NAME.match(summary_id):
                return self._text(404, "Not Found", "no such summary\n")
            # A summary is a self-contained report page with one inline <style> block:
            # allow exactly that block (by hash), nothing else inline.
            return self._bytes(
                200, "OK", body, _CONTENT_TYPES[".html"], inline_style=style_csp_source()
            )
        name = path.lstrip("/")
        if (
            _SAFE_NAME.match(name)
            and Path(name).suffix in _CONTENT_TYPES
            and name != "supervisor.html"
        ):
            return self._file(name)
        return self._text(404, "Not Found", "not found\n")

    def _file(self, name: str) -> Response:
        path = self.web_root / name
        try:
            body = path.read_bytes()
        except OSError:
            return self._text(404, "Not Found", "not found\n")
        return self._bytes(200, "OK", body, _CONTENT_TYPES[path.suffix])

    def _json(self, data: Any) -> Response:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return self._bytes(200, "OK", body, "application/json")

    def _text(self, status: int, reason: str, text: str) -> Response:
        return self._bytes(status, reason, text.encode("utf-8"), "text/plain; charset=utf-8")

    @staticmethod
    def _bytes(
        status: int, reason: str, body: bytes, content_type: str, *, inline_style: str = ""
    ) -> Response:
        csp = _PAGE_CSP.format(styles=f" {inline_style}" if inline_style else "")
        headers = Headers(
            [
                ("Content-Type", content_type),
                ("Content-Length", str(len(body))),
                *_SECURITY_HEADERS,
                ("Content-Security-Policy", csp),
            ]
        )
        return Response(status, reason, headers, body)
