"""Streaming voice-activity detection with the Silero VAD model that faster-whisper ships."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import RecognizerError

#: Silero works on 512-sample windows at 16 kHz (32 ms), each preceded by 64 samples of
#: the previous window as context.
WINDOW_SAMPLES = 512
CONTEXT_SAMPLES = 64
_STATE_SHAPE = (1, 1, 128)


def default_vad_model_path() -> Path:
    from faster_whisper.utils import get_assets_path

    return Path(get_assets_path()) / "silero_vad_v6.onnx"


class SileroVadModel:
    """The ONNX session, loaded once and shared read-only by every stream."""

    def __init__(self, path: Path | None = None) -> None:
        import onnxruntime

        path = path or default_vad_model_path()
        if not path.is_file():
            raise RecognizerError("vad-model-missing", f"Silero VAD model not found at {path}")
        options = onnxruntime.SessionOptions()
        # One thread: VAD is cheap and the cores are needed by the recogniser.
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(path), providers=["CPUExecutionProvider"], sess_options=options
        )
        # onnxruntime sessions may be run from several threads, but keep runs serial so
        # that two streams never compete for the one VAD thread.
        self._lock = threading.Lock()

    def run(
        self, rows: np.ndarray, h: np.ndarray, c: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Speech probabilities for consecutive windows ``rows`` (n, 576), carrying state."""
        with self._lock:
            outputs: list[Any] = self._session.run(None, {"input": rows, "h": h, "c": c})
        probs, h_next, c_next = outputs
        return np.asarray(probs, np.float32).reshape(-1), h_next, c_next


class StreamingVad:
    """Per-stream state: feed float32 samples, get one speech probability per 32 ms window."""

    def __init__(self, model: SileroVadModel) -> None:
        self._model = model
        self._h = np.zeros(_STATE_SHAPE, np.float32)
        self._c = np.zeros(_STATE_SHAPE, np.float32)
        self._context = np.zeros(CONTEXT_SAMPLES, np.float32)
        self._pending = np.zeros(0, np.float32)

    def feed(self, samples: np.ndarray) -> np.ndarray:
        """Probabilities for every window completed by ``samples`` (leftovers are kept)."""
        data = np.concatenate([self._pending, samples]) if len(self._pending) else samples
        count = len(data) // WINDOW_SAMPLES
        self._pending = data[count * WINDOW_SAMPLES :].copy()
        if count == 0:
            return np.zeros(0, np.float32)
        windows = data[: count * WINDOW_SAMPLES].reshape(count, WINDOW_SAMPLES)
        contexts = np.empty((count, CONTEXT_SAMPLES), np.float32)
        contexts[0] = self._context
        if count > 1:
            contexts[1:] = windows[:-1, -CONTEXT_SAMPLES:]
        self._context = windows[-1, -CONTEXT_SAMPLES:].copy()
        rows = np.ascontiguousarray(np.concatenate([contexts, windows], axis=1), np.float32)
        probs, self._h, self._c = self._model.run(rows, self._h, self._c)
        return probs
