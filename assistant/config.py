"""The composition root's configuration: one TOML file → every stage's settings.

Loaded and validated once at start-up; errors name the offending field
(``till[1].roles: …``). Relative paths are taken from the config file's folder, except
``store.path`` which is relative to ``server.state_dir``. See ``docs/config.md``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.asr import RecognizerSettings
from assistant.errors import ConfigError, read_config_text
from assistant.events import CASHIER, CUSTOMER
from assistant.server.settings import ServerSettings
from assistant.store.settings import StoreSettings

_TILL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_ROLES = (CASHIER, CUSTOMER, "none")


def default_state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_STATE_HOME/assistant`` or ``~/.local/state/assistant`` (no config given)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "assistant"


@dataclass(frozen=True, slots=True)
class TillConfig:
    """One till: where its audio comes from and who speaks on which channel."""

    id: str
    device: str | None = None
    """Microphone: ``"default"``, a device index or (part of) its name. Exclusive with source."""
    source: Path | None = None
    """A recording replayed instead of a microphone (tests, demos, trials)."""
    channels: int | None = None
    """Channels to open on the device (``None`` = the device's own)."""
    rate_hz: int | None = None
    """Sample rate to open the device at (``None`` = the device's default)."""
    roles: tuple[str | None, ...] = (CASHIER, CUSTOMER)
    """Speaker role per channel; a mono source uses only the first entry (often ``none``)."""
    realtime: bool = True
    """Replay ``source`` at the speed of speech (False: as fast as recognition allows)."""

    @property
    def role_map(self) -> dict[int, str | None]:
        return dict(enumerate(self.roles))

    @property
    def audio_spec(self) -> str:
        """The string :func:`assistant.audio.open_source` understands."""
        if self.source is not None:
            return str(self.source)
        if self.device in (None, "", "default"):
            return "mic"
        return f"mic:{self.device}"


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Everything ``assistant run`` needs, built once at start-up and passed explicitly."""

    server: ServerSettings
    recognizer: RecognizerSettings
    store: StoreSettings
    tills: tuple[TillConfig, ...]
    rules_file: Path | None = None
    status_interval_s: float = 1.0
    source_path: Path | None = None
    """The config file this came from (``None`` for built-in defaults)."""

    def __post_init__(self) -> None:
        if not self.tills:
            raise ConfigError("config-invalid", "till: configure at least one [[till]]")
        ids = [till.id for till in self.tills]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ConfigError("config-invalid", f"till: duplicate id(s) {', '.join(duplicates)}")


class _Table:
    """Typed reads from one TOML table that name the field on error and reject unknown keys."""

    def __init__(self, data: Any, name: str, known: set[str]) -> None:
        if not isinstance(data, Mapping):
            raise ConfigError("config-invalid", f"{name}: must be a table")
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError("config-invalid", f"{name}: unknown setting(s) {', '.join(unknown)}")
        self.data = data
        self.name = name

    def _fail(self, key: str, expected: str) -> ConfigError:
        return ConfigError(
            "config-invalid", f"{self.name}.{key}: expected {expected}, got {self.data[key]!r}"
        )

    def has(self, key: str) -> bool:
        return key in self.data

    def string(self, key: str, default: str | None = None) -> str | None:
        if key not in self.data:
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self._fail(key, "a string")
        return value

    def integer(self, key: str, default: int | None = None) -> int | None:
        if key not in self.data:
            return default
        value = self.data[key]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "an integer")
        return value

    def number(self, key: str, default: float | None = None) -> float | None:
        if key not in self.data:
            return default
        value = self.data[key]
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self._fail(key, "a number")
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        if key not in self.data:
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def strings(self, key: str) -> tuple[str, ...] | None:
        if key not in self.data:
            return None
        value = self.data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "a list of strings")
        return tuple(value)


def _path(text: str | None, base_dir: Path) -> Path | None:
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.is_absolute() else (base_dir / path).resolve()


def _server(data: Any, base_dir: Path, state_default: Path) -> ServerSettings:
    names = {f.name for f in dataclasses.fields(ServerSettings)}
    table = _Table(data, "server", names)
    kwargs: dict[str, Any] = {}
    for key in ("host", "token"):
        value = table.string(key)
        if value:
            kwargs[key] = value
    for key in ("port", "max_message_bytes", "client_queue_size", "event_log_max_events"):
        if table.has(key):
            kwargs[key] = table.integer(key)
    for key in ("hello_timeout_s", "display_s", "event_log_max_age_s"):
        if table.has(key):
            kwargs[key] = table.number(key)
    origins = table.strings("allowed_origins")
    if origins is not None:
        kwargs["allowed_origins"] = origins
    kwargs["state_dir"] = _path(table.string("state_dir"), base_dir) or state_default
    try:
        return ServerSettings(**kwargs)
    except TypeError as error:
        raise ConfigError("config-invalid", f"server: {error}") from None


def _recognizer(data: Any, base_dir: Path) -> RecognizerSettings:
    names = {f.name for f in dataclasses.fields(RecognizerSettings)} - {"model_dir"}
    table = _Table(data, "recognizer", names | {"model"})
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(RecognizerSettings):
        key = field.name
        if key == "model_dir" or not table.has(key):
            continue
        value = table.data[key]
        default = field.default
        if isinstance(default, bool):
            kwargs[key] = table.boolean(key, default)
        elif isinstance(default, int):
            kwargs[key] = table.integer(key)
        elif isinstance(default, float):
            kwargs[key] = table.number(key)
        elif isinstance(value, str):
            kwargs[key] = value
        else:
            raise table._fail(key, "a string")
    model = _path(table.string("model"), base_dir)
    if model is not None:
        kwargs["model_dir"] = model
    try:
        return RecognizerSettings(**kwargs)
    except ConfigError as error:
        raise ConfigError(error.code, f"recognizer: {error.message}") from None


def _till(data: Any, index: int, base_dir: Path) -> TillConfig:
    name = f"till[{index}]"
    table = _Table(
        data, name, {"id", "device", "source", "channels", "rate_hz", "roles", "realtime"}
    )
    till_id = table.string("id")
    if not till_id or not _TILL_ID.match(till_id):
        raise ConfigError(
            "config-invalid",
            f"{name}.id: 1-32 letters, digits, '.', '_' or '-' (got {till_id!r})",
        )
    name = f"till[{index}] ({till_id})"
    device = data.get("device")
    if device is not None and not isinstance(device, str | int):
        raise ConfigError("config-invalid", f"{name}.device: a device name or index")
    source = _path(table.string("source"), base_dir)
    if device is not None and source is not None:
        raise ConfigError("config-invalid", f"{name}: set either device or source, not both")
    if source is not None and not source.exists():
        raise ConfigError("config-invalid", f"{name}.source: file not found: {source}")
    channels = table.integer("channels")
    if channels is not None and not 1 <= channels <= 8:
        raise ConfigError("config-invalid", f"{name}.channels: between 1 and 8")
    rate_hz = table.integer("rate_hz")
    if rate_hz is not None and not 8000 <= rate_hz <= 192_000:
        raise ConfigError("config-invalid", f"{name}.rate_hz: between 8000 and 192000")
    roles_raw = table.strings("roles")
    roles: tuple[str | None, ...] = (CASHIER, CUSTOMER)
    if roles_raw is not None:
        bad = [r for r in roles_raw if r not in _ROLES]
        if bad or not roles_raw:
            raise ConfigError(
                "config-invalid",
                f"{name}.roles: one of {', '.join(_ROLES)} per channel (got {roles_raw!r})",
            )
        roles = tuple(None if r == "none" else r for r in roles_raw)
    return TillConfig(
        id=till_id,
        device=str(device) if device is not None else None,
        source=source,
        channels=channels,
        rate_hz=rate_hz,
        roles=roles,
        realtime=table.boolean("realtime", True),
    )


def config_from_mapping(
    data: Mapping[str, Any],
    *,
    base_dir: Path,
    state_dir: Path | None = None,
    source_path: Path | None = None,
) -> AppConfig:
    """Build and validate an :class:`AppConfig` from parsed TOML."""
    _Table(data, "config", {"server", "recognizer", "rules", "store", "till", "status"})
    server = _server(data.get("server", {}), base_dir, state_dir or default_state_dir())
    recognizer = _recognizer(data.get("recognizer", {}), base_dir)
    rules = _Table(data.get("rules", {}), "rules", {"file"})
    rules_file = _path(rules.string("file"), base_dir)
    if rules_file is not None and not rules_file.exists():
        raise ConfigError("config-invalid", f"rules.file: file not found: {rules_file}")
    store_table = data.get("store", {})
    if not isinstance(store_table, Mapping):
        raise ConfigError("config-invalid", "store: must be a table")
    store = StoreSettings.from_mapping(store_table, base_dir=server.state_dir)
    tills_raw = data.get("till", [])
    if not isinstance(tills_raw, list):
        raise ConfigError("config-invalid", "till: use [[till]] tables")
    tills = tuple(_till(t, i, base_dir) for i, t in enumerate(tills_raw))
    status = _Table(data.get("status", {}), "status", {"interval_s"})
    interval = status.number("interval_s", 1.0) or 1.0
    if not 0.2 <= interval <= 60:
        raise ConfigError("config-invalid", "status.interval_s: between 0.2 and 60 seconds")
    return AppConfig(
        server=server,
        recognizer=recognizer,
        store=store,
        tills=tills,
        rules_file=rules_file,
        status_interval_s=interval,
        source_path=source_path,
    )


def load_config(path: Path) -> AppConfig:
    """Read and validate the TOML config file at ``path``."""
    text = read_config_text(path, "config file", "config")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            "config-malformed", f"config file {path} is not valid TOML: {error}"
        ) from None
    return config_from_mapping(data, base_dir=path.resolve().parent, source_path=path)
