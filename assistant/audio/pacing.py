"""Wall-clock pacing for replaying recorded audio as if it were live."""

from __future__ import annotations

import asyncio
import time


class Pacer:
    """Sleep until each block's end time, measured from one fixed start (no drift builds up)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._start: float | None = None

    async def wait_until(self, stream_time_s: float) -> None:
        """Return once ``stream_time_s`` of audio would have been heard live."""
        if not self.enabled:
            # Still yield so a fast replay never starves the rest of the event loop.
            await asyncio.sleep(0)
            return
        now = time.monotonic()
        if self._start is None:
            self._start = now
        delay = self._start + stream_time_s - now
        await asyncio.sleep(max(0.0, delay))
