"""Speech recognition: audio chunks in, timed final utterances (and partials) out.

Engines: ``whisper`` (faster-whisper tiny.en + streaming Silero VAD, bundled, English)
and ``vosk`` (streaming Kaldi with partials; model from ``--model``, config,
``VOSK_MODEL_PATH`` or ``models/``). ``auto`` prefers an installed Vosk model.
"""

from assistant.asr.loader import (
    VOSK_MODEL_ENV,
    find_vosk_model,
    installed_vosk_models,
    load_recognizer,
)
from assistant.asr.settings import (
    ENGINE_NAMES,
    EngineName,
    Recognizer,
    RecognizerFactory,
    RecognizerSettings,
    ReportsSettled,
)
from assistant.asr.stream import recognize
from assistant.asr.text import normalize_text
from assistant.errors import RecognizerError

__all__ = [
    "ENGINE_NAMES",
    "VOSK_MODEL_ENV",
    "EngineName",
    "Recognizer",
    "RecognizerError",
    "RecognizerFactory",
    "RecognizerSettings",
    "ReportsSettled",
    "find_vosk_model",
    "installed_vosk_models",
    "load_recognizer",
    "normalize_text",
    "recognize",
]
