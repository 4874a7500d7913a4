"""Image work off the event loop: decoding, re-encoding and resizing run on a small pool of
worker threads, so one heavy upload never stalls the server's event loop (and every other
person's page, websocket and health check with it). Pillow releases the GIL while it
decodes, resizes and encodes, so the loop keeps running meanwhile. Two threads: at most two
images are worked on at once per process, whatever the number of uploads."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
IMAGE_WORKERS = 2
_pool = ThreadPoolExecutor(max_workers=IMAGE_WORKERS, thread_name_prefix="image-work")


async def off_loop(work: Callable[..., T], *args, **kwargs) -> T:
    """Run ``work(*args, **kwargs)`` on the image worker pool and await its result."""
    return await asyncio.get_running_loop().run_in_executor(_pool, functools.partial(work, *args, **kwargs))
