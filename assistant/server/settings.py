"""Settings of the web server (built once by :mod:`assistant.config`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ConfigError


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Where and how the pages and websockets are served. See ``docs/config.md``."""

    host: str = "127.0.0.1"
    """Address to bind; 127.0.0.1 keeps everything on this PC."""
    port: int = 8765
    """TCP port for the pages and the websocket (0 picks a free port)."""
    token: str | None = None
    """Supervisor token; ``None`` generates one on first start (kept in ``state_dir``)."""
    allowed_origins: tuple[str, ...] = ()
    """Extra browser origins allowed to open the websocket (same host is always allowed)."""
    state_dir: Path = Path("state")
    """Folder for the event log and the generated token."""
    max_message_bytes: int = 4096
    """Largest message a client may send; bigger ones close the connection (1009)."""
    client_queue_size: int = 256
    """Messages waiting for one client; when full the client is dropped (it reconnects)."""
    hello_timeout_s: float = 10.0
    """Time a new connection has to send its ``hello``."""
    display_s: float | None = None
    """How long a nudge shows on the till display before it is cleared as expired
    (``None``: the rules' ``policy.display_s``, so the display and the coach agree)."""
    event_log_max_events: int = 2000
    """Events kept for resume after a reconnect or restart."""
    event_log_max_age_s: float = 7 * 86400.0
    """Events older than this are dropped from the log."""

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError("config-invalid", f"server.port: {self.port} is not a TCP port")
        if self.token is not None and len(self.token) < 8:
            raise ConfigError("config-invalid", "server.token: use at least 8 characters")
        if self.max_message_bytes < 256:
            raise ConfigError("config-invalid", "server.max_message_bytes: at least 256")
        if self.client_queue_size < 4:
            raise ConfigError("config-invalid", "server.client_queue_size: at least 4")
        if self.display_s is not None and self.display_s <= 0:
            raise ConfigError("config-invalid", "server.display_s: must be positive")
        if self.event_log_max_events < 10:
            raise ConfigError("config-invalid", "server.event_log_max_events: at least 10")
