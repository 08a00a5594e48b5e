"""Audio files (WAV, FLAC, OGG and whatever else libsndfile reads) as an AudioSource."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import soundfile

from assistant.audio.base import SourceState, SourceStatus
from assistant.audio.blocks import BlockResampler
from assistant.audio.pacing import Pacer
from assistant.errors import AudioInputError
from assistant.events import AudioChunk

log = logging.getLogger(__name__)

#: How much audio one read from disk covers when replaying as fast as possible; reads run
#: in a worker thread, so larger batches mean fewer thread hops.
_FAST_READ_S = 1.0


def _open_soundfile(path: Path) -> soundfile.SoundFile:
    """Open ``path`` with libsndfile, turning every failure into an AudioInputError."""
    if not path.exists():
        raise AudioInputError("audio-file-missing", f"audio file not found: {path}")
    if path.is_dir():
        raise AudioInputError(
            "audio-file-is-directory", f"{path} is a directory, not an audio file"
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise AudioInputError(
            "audio-file-unreadable", f"cannot read {path}: {error.strerror}"
        ) from error
    if size == 0:
        raise AudioInputError("audio-file-empty", f"audio file is empty (0 bytes): {path}")
    try:
        handle = soundfile.SoundFile(str(path))
    except PermissionError as error:
        raise AudioInputError(
            "audio-file-unreadable", f"cannot read {path}: permission denied"
        ) from error
    except (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError) as error:
        # libsndfile's own message ("Format not recognised.") is terse; keep it as a hint.
        hint = str(error).split(":")[-1].strip() or type(error).__name__
        raise AudioInputError(
            "audio-file-unsupported",
            f"cannot decode {path}: not a readable WAV/FLAC/OGG file ({hint})",
        ) from error
    if handle.frames == 0 or handle.samplerate <= 0 or handle.channels <= 0:
        handle.close()
        raise AudioInputError("audio-file-no-audio", f"audio file holds no audio samples: {path}")
    return handle


class FileSource:
    """Replay a file as blocks of 16 kHz chunks, paced in real time or as fast as possible."""

    def __init__(self, path: Path, *, realtime: bool = False, block_s: float = 0.1) -> None:
        if not 0.005 <= block_s <= 10.0:
            raise AudioInputError(
                "audio-bad-block", f"block length must be 5 ms .. 10 s, got {block_s} s"
            )
        self.path = path
        self._file = _open_soundfile(path)
        self.channels: int = self._file.channels
        self.input_rate_hz: int = self._file.samplerate
        self.duration_s: float = self._file.frames / self._file.samplerate
        self.description = (
            f"file {path.name} ({self.channels} ch @ {self.input_rate_hz} Hz, "
            f"{self.duration_s:.1f} s{', real time' if realtime else ''})"
        )
        self._realtime = realtime
        self._block_s = block_s
        self._blocks = BlockResampler(self.input_rate_hz, self.channels, block_s)
        self._state: SourceState = "starting"
        self._detail = ""
        self._closed = False
        self._iterating = False

    def status(self) -> SourceStatus:
        return SourceStatus(self._state, self._blocks.last_level_dbfs, 0, self._detail)

    def _read(self, frames: int) -> np.ndarray:
        try:
            data: np.ndarray = self._file.read(frames, dtype="float32", always_2d=True)
        except (soundfile.LibsndfileError, RuntimeError) as error:
            raise AudioInputError(
                "audio-file-corrupt",
                f"cannot decode {self.path} past {self._blocks.stream_time_s:.1f} s: {error}",
            ) from error
        return data

    async def chunks(self) -> AsyncIterator[AudioChunk]:
        """Yield one chunk per channel for every block; ends at the end of the file."""
        pacer = Pacer(self._realtime)
        read_s = self._block_s if self._realtime else max(self._block_s, _FAST_READ_S)
        frames_per_read = max(1, round(read_s * self.input_rate_hz))
        self._state = "listening"
        self._iterating = True
        try:
            while not self._closed:
                data = await asyncio.to_thread(self._read, frames_per_read)
                last = len(data) < frames_per_read
                for block in self._blocks.push(data, last=last):
                    await pacer.wait_until(block[0].start_s + block[0].duration_s)
                    for chunk in block:
                        yield chunk
                if last:
                    break
            self._state = "ended"
            self._detail = (
                "closed"
                if self._closed
                else f"end of file after {self._blocks.stream_time_s:.2f} s"
            )
        except AudioInputError as error:
            self._state = "failed"
            self._detail = error.message
            raise
        finally:
            self._file.close()

    async def aclose(self) -> None:
        self._closed = True
        if self._state not in ("ended", "failed"):
            self._state = "ended"
            self._detail = "closed"
        # While chunks() runs, a read may be in flight in a worker thread: the generator
        # closes the file itself when it stops.
        if not self._iterating:
            self._file.close()


def open_file(path: Path, *, realtime: bool = False, block_s: float = 0.1) -> FileSource:
    """Open an audio file of any rate and channel count; raises AudioInputError if unusable."""
    return FileSource(Path(path), realtime=realtime, block_s=block_s)
