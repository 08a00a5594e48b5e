"""Microphones through PortAudio (sounddevice), kept open for a whole shift.

The PortAudio callback thread never blocks: it copies each block and hands it to the
event loop with ``loop.call_soon_threadsafe``. There it goes into a bounded queue; when
the consumer falls behind the OLDEST block is dropped and counted (``overflowed_blocks``)
and a rate-limited warning is logged; stream time skips over the lost audio (the next
chunk's ``start_s`` jumps), so times stay true to the wall clock. A device that errors,
stops delivering or vanishes is closed and reopened with exponential back-off while the
status says ``reconnecting``; meanwhile the stream delivers silence paced by the wall
clock, so stream time keeps tracking real time and an utterance in progress is finalised
downstream.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import numpy as np

from assistant.audio.base import InputDevice, SourceState, SourceStatus
from assistant.audio.blocks import BlockResampler, level_dbfs
from assistant.audio.stdin import MAX_CHANNELS, check_rate
from assistant.errors import AudioInputError
from assistant.events import AudioChunk

log = logging.getLogger(__name__)

#: Back-off between attempts to reopen a failed device.
RECONNECT_FIRST_DELAY_S = 0.5
RECONNECT_MAX_DELAY_S = 30.0
#: A stream that stays healthy this long resets the back-off to its first delay.
HEALTHY_AFTER_S = 10.0
#: A freshly opened stream that delivers nothing for this long is treated as failed.
STARTUP_TIMEOUT_S = 6.0
#: A running stream that delivers nothing for this long is treated as gone.
STALL_TIMEOUT_S = 2.0
#: At most one overflow warning per this many seconds (with the count since the last one).
OVERFLOW_LOG_INTERVAL_S = 5.0


def _import_sounddevice() -> ModuleType:
    """Import sounddevice only when a microphone is used; PortAudio may be missing."""
    try:
        import sounddevice
    except OSError as error:  # sounddevice raises OSError when libportaudio is absent
        raise AudioInputError(
            "audio-portaudio-missing",
            "microphone input needs the PortAudio library (apt-get install libportaudio2)",
        ) from error
    except ImportError as error:
        raise AudioInputError(
            "audio-portaudio-missing",
            "microphone input needs the Python package sounddevice (pip install sounddevice)",
        ) from error
    return sounddevice


def _devices(sd: ModuleType) -> list[InputDevice]:
    try:
        raw = sd.query_devices()
        default_input = sd.default.device[0]
        host_apis = sd.query_hostapis()
    except Exception as error:  # PortAudio errors are sd.PortAudioError
        raise AudioInputError(
            "audio-devices-unavailable", f"cannot list audio devices: {error}"
        ) from error
    devices: list[InputDevice] = []
    for index, info in enumerate(raw):
        if int(info["max_input_channels"]) <= 0:
            continue
        host_api = host_apis[info["hostapi"]]["name"] if info["hostapi"] < len(host_apis) else ""
        devices.append(
            InputDevice(
                index=index,
                name=str(info["name"]),
                max_input_channels=int(info["max_input_channels"]),
                default_samplerate_hz=float(info["default_samplerate"]),
                is_default=index == default_input,
                host_api=str(host_api),
            )
        )
    return devices


def list_input_devices() -> list[InputDevice]:
    """Every PortAudio device with input channels, in PortAudio's order."""
    return _devices(_import_sounddevice())


def _describe(devices: list[InputDevice]) -> str:
    if not devices:
        return "no input devices found"
    return "available: " + "; ".join(f"{d.index} '{d.name}'" for d in devices)


def resolve_device(devices: list[InputDevice], device: int | str | None) -> InputDevice:
    """Pick the device an index, a (part of a) name or ``None`` (the default) means."""
    if not devices:
        raise AudioInputError(
            "audio-no-input-device",
            "no audio input device found (is a microphone plugged in? see `assistant devices`)",
        )
    if device is None:
        for candidate in devices:
            if candidate.is_default:
                return candidate
        return devices[0]
    if isinstance(device, int):
        for candidate in devices:
            if candidate.index == device:
                return candidate
        raise AudioInputError(
            "audio-device-not-found", f"no input device with index {device}; {_describe(devices)}"
        )
    wanted = device.strip().lower()
    exact = [d for d in devices if d.name.lower() == wanted]
    if exact:
        return exact[0]
    partial = [d for d in devices if wanted in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise AudioInputError(
            "audio-device-ambiguous",
            f"input device name '{device}' matches several devices; {_describe(partial)}",
        )
    raise AudioInputError(
        "audio-device-not-found", f"no input device matches '{device}'; {_describe(devices)}"
    )


class MicrophoneSource:
    """A live input device as an AudioSource that survives unplugging and errors."""

    def __init__(
        self,
        sd: ModuleType,
        device: InputDevice,
        *,
        requested: int | str | None,
        channels: int,
        rate_hz: int,
        block_s: float,
        queue_blocks: int,
        reconnect_first_delay_s: float = RECONNECT_FIRST_DELAY_S,
        reconnect_max_delay_s: float = RECONNECT_MAX_DELAY_S,
        stall_timeout_s: float = STALL_TIMEOUT_S,
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
    ) -> None:
        self._sd = sd
        self.device = device
        # Reopen by name, not index: indexes shift when devices come and go.
        self._requested: int | str | None = device.name if requested is not None else None
        self.channels = channels
        self.input_rate_hz = rate_hz
        self.block_s = block_s
        self.description = f"mic '{device.name}' ({channels} ch @ {rate_hz} Hz)"
        self._queue_blocks = queue_blocks
        self._first_delay_s = reconnect_first_delay_s
        self._max_delay_s = reconnect_max_delay_s
        self._stall_timeout_s = stall_timeout_s
        self._state: SourceState = "starting"
        self._detail = ""
        self._level_dbfs: float | None = None
        self.overflowed_blocks = 0
        self.device_overflows = 0
        self.reconnects = 0
        self._overflow_logged_at = -math.inf
        self._overflow_unlogged = 0
        self._device_overflow_logged_at = -math.inf
        self._dropped_frames = 0
        """Frames dropped from the queue that the consumer has not yet skipped over."""
        self._queue: asyncio.Queue[np.ndarray | None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stream: Any = None
        self._stream_failure: str | None = None
        self._last_block_at = 0.0
        self._generation = 0
        self._awaiting_audio = False
        self._opened_at = 0.0
        self._startup_timeout_s = startup_timeout_s
        self._closed = False

    # -- status --------------------------------------------------------------------

    def status(self) -> SourceStatus:
        return SourceStatus(self._state, self._level_dbfs, self.overflowed_blocks, self._detail)

    # -- PortAudio thread side ---------------------------------------------------------

    # Each opened stream has a generation number, so that late calls from a stream that
    # was already replaced neither mark the new one as failed nor as delivering.

    def _callback(self, generation: int, indata: np.ndarray, status: Any) -> None:
        """Runs on PortAudio's thread: copy, timestamp and hand over; never block."""
        if generation == self._generation:
            self._last_block_at = time.monotonic()
        loop = self._loop
        if loop is None:
            return
        overflow = bool(status and status.input_overflow)
        with contextlib.suppress(RuntimeError):  # loop already closed during shutdown
            loop.call_soon_threadsafe(self._enqueue, generation, indata.copy(), overflow)

    def _finished(self, generation: int) -> None:
        """Runs on PortAudio's thread when a stream stops (also after errors)."""
        loop = self._loop
        if loop is not None and not self._closed:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(
                    self._mark_failed, generation, "the device stopped delivering audio"
                )

    # -- event loop side -----------------------------------------------------------

    def _mark_failed(self, generation: int, reason: str) -> None:
        if generation == self._generation and self._stream_failure is None:
            self._stream_failure = reason

    def _enqueue(self, generation: int, block: np.ndarray, device_overflow: bool) -> None:
        queue = self._queue
        if queue is None or self._closed:
            return
        if generation == self._generation and self._awaiting_audio:
            # "listening" means audio flows, not merely that PortAudio opened the device
            # (a PulseAudio stream can take a second or two to deliver its first block).
            self._awaiting_audio = False
            if self._state == "reconnecting":
                self.reconnects += 1
                log.warning("%s: device reopened, listening again", self.description)
            self._state = "listening"
            self._detail = ""
        if device_overflow:
            # PortAudio itself lost samples (the machine was too busy to run the callback).
            self.device_overflows += 1
            now = time.monotonic()
            if now - self._device_overflow_logged_at >= OVERFLOW_LOG_INTERVAL_S:
                log.warning(
                    "%s: the audio device overran (%d time(s) so far): samples were lost",
                    self.description,
                    self.device_overflows,
                )
                self._device_overflow_logged_at = now
        self._level_dbfs = level_dbfs(block)
        if queue.full():
            # Drop the oldest block: fresh audio matters more than stale audio at a till.
            dropped = queue.get_nowait()
            if dropped is not None:
                self._dropped_frames += len(dropped)
            self.overflowed_blocks += 1
            self._overflow_unlogged += 1
            now = time.monotonic()
            if now - self._overflow_logged_at >= OVERFLOW_LOG_INTERVAL_S:
                log.warning(
                    "%s: consumer too slow, dropped %d oldest audio block(s) (%d in total)",
                    self.description,
                    self._overflow_unlogged,
                    self.overflowed_blocks,
                )
                self._overflow_logged_at = now
                self._overflow_unlogged = 0
        queue.put_nowait(block)

    def _open_stream(self, generation: int) -> Any:
        """Open and start a PortAudio stream (blocking; runs in a worker thread)."""
        sd = self._sd
        device = self.device
        if self._requested is not None:
            device = resolve_device(_devices(sd), self._requested)
        stream = sd.InputStream(
            device=device.index,
            channels=self.channels,
            samplerate=self.input_rate_hz,
            dtype="float32",
            blocksize=max(1, round(self.block_s * self.input_rate_hz)),
            callback=lambda indata, _frames, _time, status: self._callback(
                generation, indata, status
            ),
            finished_callback=lambda: self._finished(generation),
        )
        try:
            stream.start()
        except Exception:
            stream.close(ignore_errors=True)
            raise
        return stream

    def _close_stream(self, stream: Any) -> None:
        with contextlib.suppress(Exception):
            stream.abort(ignore_errors=True)
        with contextlib.suppress(Exception):
            stream.close(ignore_errors=True)

    def _health_problem(self) -> str | None:
        if self._stream_failure is not None:
            return self._stream_failure
        stream = self._stream
        if stream is None:
            return "no stream"
        if not stream.active:
            return "the stream stopped"
        now = time.monotonic()
        if self._awaiting_audio:
            if now - self._opened_at > self._startup_timeout_s:
                return f"no audio within {self._startup_timeout_s:.1f} s of opening"
        elif now - self._last_block_at > self._stall_timeout_s:
            return f"no audio for {self._stall_timeout_s:.1f} s"
        return None

    async def _keep_open(self) -> None:
        """Open the stream and reopen it with back-off whenever it fails, until closed."""
        delay = self._first_delay_s
        opened_at = time.monotonic()
        while not self._closed:
            if self._stream is None:
                self._generation += 1
                self._stream_failure = None
                self._awaiting_audio = True
                self._opened_at = self._last_block_at = time.monotonic()
                try:
                    self._stream = await asyncio.to_thread(self._open_stream, self._generation)
                except Exception as error:
                    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
                    self._state = "reconnecting"
                    self._detail = (
                        f"cannot open '{self.device.name}': {reason}; retry in {delay:.1f} s"
                    )
                    log.warning("%s: %s", self.description, self._detail)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self._max_delay_s)
                    continue
                if self._closed:
                    await asyncio.to_thread(self._close_stream, self._stream)
                    self._stream = None
                    break
                if self._awaiting_audio:
                    self._detail = f"opened '{self.device.name}', waiting for audio"
                opened_at = time.monotonic()
            await asyncio.sleep(min(0.25, self._stall_timeout_s / 4))
            problem = self._health_problem()
            if problem is not None and not self._closed:
                stream, self._stream = self._stream, None
                self._state = "reconnecting"
                self._detail = f"lost '{self.device.name}': {problem}; reopening"
                log.warning("%s: %s", self.description, self._detail)
                if stream is not None:
                    await asyncio.to_thread(self._close_stream, stream)
                if time.monotonic() - opened_at < HEALTHY_AFTER_S:
                    # It failed soon after opening: a flapping device backs off too
                    # instead of being reopened (and logged) twice a second forever.
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self._max_delay_s)
                else:
                    delay = self._first_delay_s

    async def chunks(self) -> AsyncIterator[AudioChunk]:
        """Yield one chunk per channel per block until :meth:`aclose`."""
        if self._queue is not None:
            raise RuntimeError("a microphone source can be iterated only once")
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue(maxsize=self._queue_blocks)
        blocks = BlockResampler(self.input_rate_hz, self.channels, self.block_s)
        keeper = asyncio.create_task(self._keep_open(), name=f"keep-open {self.device.name}")
        clock_start: float | None = None
        try:
            while not self._closed:
                if keeper.done():
                    keeper.result()  # re-raise an unexpected crash of the keeper
                try:
                    block = await asyncio.wait_for(self._queue.get(), timeout=self.block_s * 2)
                except TimeoutError:
                    if self._state == "reconnecting" and clock_start is not None:
                        # Keep stream time tracking the wall clock while the device is away.
                        behind_s = time.monotonic() - clock_start - blocks.stream_time_s
                        whole_blocks = math.floor(behind_s / self.block_s)
                        if whole_blocks > 0:
                            for silent in blocks.push_silence(whole_blocks * self.block_s):
                                for chunk in silent:
                                    yield chunk
                    continue
                if block is None:
                    break
                if clock_start is None:
                    clock_start = time.monotonic() - len(block) / self.input_rate_hz
                if self._dropped_frames:
                    # Dropped blocks were the oldest in the queue, so the gap lies right
                    # before this block: stream time skips it and keeps to the wall clock.
                    for ready in blocks.skip(self._dropped_frames, self.input_rate_hz):
                        for chunk in ready:
                            yield chunk
                    self._dropped_frames = 0
                for ready in blocks.push(block):
                    for chunk in ready:
                        yield chunk
        finally:
            self._closed = True
            keeper.cancel()
            # gather() absorbs the keeper's own cancellation but still lets a cancellation
            # of this generator's task propagate.
            await asyncio.gather(keeper, return_exceptions=True)
            stream, self._stream = self._stream, None
            if stream is not None:
                await asyncio.to_thread(self._close_stream, stream)
            if self._state != "failed":
                self._state = "ended"

    async def aclose(self) -> None:
        """Stop capturing; a running :meth:`chunks` loop ends after the current block."""
        self._closed = True
        queue = self._queue
        if queue is not None:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(None)
        stream, self._stream = self._stream, None
        if stream is not None:
            await asyncio.to_thread(self._close_stream, stream)
        self._state = "ended"
        self._detail = "closed"


def open_microphone(
    device: int | str | None,
    *,
    channels: int | None = None,
    rate_hz: int | None = None,
    block_s: float = 0.1,
    queue_blocks: int = 50,
) -> MicrophoneSource:
    """Check the device and settings now (clear errors early); capture starts on iteration."""
    if not 0.005 <= block_s <= 10.0:
        raise AudioInputError(
            "audio-bad-block", f"block length must be 5 ms .. 10 s, got {block_s} s"
        )
    if queue_blocks < 1:
        raise AudioInputError("audio-bad-queue", f"queue must hold ≥ 1 block, got {queue_blocks}")
    sd = _import_sounddevice()
    chosen = resolve_device(_devices(sd), device)
    wanted_channels = 1 if channels is None else channels
    if isinstance(wanted_channels, bool) or not 1 <= wanted_channels <= MAX_CHANNELS:
        raise AudioInputError(
            "audio-bad-channels", f"channel count must be 1..{MAX_CHANNELS}, got {channels!r}"
        )
    if wanted_channels > chosen.max_input_channels:
        raise AudioInputError(
            "audio-bad-channels",
            f"'{chosen.name}' has {chosen.max_input_channels} input channel(s), "
            f"{wanted_channels} requested",
        )
    rate = round(chosen.default_samplerate_hz) if rate_hz is None else check_rate(rate_hz)
    try:
        sd.check_input_settings(
            device=chosen.index, channels=wanted_channels, samplerate=rate, dtype="float32"
        )
    except Exception as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise AudioInputError(
            "audio-device-unusable",
            f"'{chosen.name}' cannot record {wanted_channels} ch @ {rate} Hz: {reason}",
        ) from error
    return MicrophoneSource(
        sd,
        chosen,
        requested=device,
        channels=wanted_channels,
        rate_hz=rate,
        block_s=block_s,
        queue_blocks=queue_blocks,
    )
