"""The config file: the example loads, defaults apply, and mistakes name the field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import load_config
from assistant.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_example_config_loads_with_documented_values() -> None:
    config = load_config(ROOT / "deploy" / "assistant.example.toml")
    assert config.server.host == "127.0.0.1" and config.server.port == 8765
    assert config.server.token is None  # empty → generated on first start
    assert config.store.path == Path("/var/lib/assistant/records.sqlite3")
    assert [t.id for t in config.tills] == ["till-1"]
    assert config.tills[0].role_map == {0: "cashier", 1: "customer"}
    assert config.tills[0].audio_spec == "mic"


def test_minimal_config_gets_defaults_and_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "talk.wav").write_bytes(b"")
    path = tmp_path / "c.toml"
    path.write_text(
        '[server]\nstate_dir = "state"\n'
        '[[till]]\nid = "t1"\nsource = "talk.wav"\nroles = ["none"]\n'
        '[[till]]\nid = "t2"\ndevice = 3\n'
    )
    config = load_config(path)
    assert config.server.state_dir == (tmp_path / "state").resolve()
    assert config.store.path == (tmp_path / "state" / "records.sqlite3").resolve()
    assert config.tills[0].source == (tmp_path / "talk.wav").resolve()
    assert config.tills[0].role_map == {0: None}
    assert config.tills[1].audio_spec == "mic:3"
    assert config.recognizer.engine == "auto"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[server]\nport = 99999\n[[till]]\nid='a'", "server.port"),
        ("[server]\nport = 'x'\n[[till]]\nid='a'", "server.port: expected an integer"),
        ("[server]\nhots = 'x'\n[[till]]\nid='a'", "server: unknown setting(s) hots"),
        ("[recognizer]\nengine = 'siri'\n[[till]]\nid='a'", "recognizer: unknown recogniser"),
        ("[recognizer]\nend_silence_s = 'soon'\n[[till]]\nid='a'", "recognizer.end_silence_s"),
        ("[[till]]\nid = 'a b'", "till[0].id"),
        ("[[till]]\nid = 'a'\nroles = ['boss']", "till[0] (a).roles"),
        ("[[till]]\nid = 'a'\nsource = 'missing.wav'", "till[0] (a).source: file not found"),
        ("[[till]]\nid = 'a'\nsource = 'x'\ndevice = 'y'", "either device or source"),
        ("[[till]]\nid = 'a'\n[[till]]\nid = 'a'", "duplicate id(s) a"),
        ("[server]\nport = 1", "configure at least one [[till]]"),
        ("[store]\nretention_days = 0\n[[till]]\nid='a'", "store.retention_days"),
        ("[rules]\nfile = 'nope.toml'\n[[till]]\nid='a'", "rules.file: file not found"),
        ("[[till]]\nid = 'a'\nchannels = 0", "till[0] (a).channels"),
        ("this is not toml", "is not valid TOML"),
    ],
)
def test_bad_config_names_the_field(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert message in str(raised.value)


def test_cli_reports_config_errors_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[server]\nport = 'eighty'\n[[till]]\nid = 'a'\n")
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "run", "--config", str(path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "assistant: error: server.port: expected an integer, got 'eighty'"
    ]
    missing = subprocess.run(
        [sys.executable, "-m", "assistant", "run", "--config", str(tmp_path / "none.toml")],
        capture_output=True, text=True, timeout=60,
    )
    assert missing.returncode == 2 and "config file not found" in missing.stderr
    assert "Traceback" not in missing.stderr
