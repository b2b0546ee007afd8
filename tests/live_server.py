"""Real servers for end-to-end tests: uvicorn in a thread, or ``server.py`` in a process.

Both bind 127.0.0.1 on a port the OS picks, and every wait is bounded in time.
"""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from starlette.types import ASGIApp

__all__ = ["ROOT", "serve_in_process", "serve_in_thread"]

ROOT = Path(__file__).resolve().parent.parent
_STARTED = re.compile(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")


@contextmanager
def serve_in_thread(app: ASGIApp, timeout: float = 15.0) -> Iterator[str]:
    """Run ``app`` under uvicorn in a background thread; yield its base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", ws="none")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the server stopped during start-up")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the server did not start within {timeout:g}s")
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


@contextmanager
def serve_in_process(
    args: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 30.0
) -> Iterator[tuple[str, list[str]]]:
    """Run ``python ARGS`` (a server on port 0) from the repository root.

    Yields the base URL uvicorn reports and the list of its log lines, which keeps
    growing while it runs; once the block has ended it holds every line.
    """
    process = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=None if env is None else dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    seen: list[str] = []

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line.rstrip("\n"))
            lines.put(seen[-1])

    reader = threading.Thread(target=pump, name="server-log", daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no start-up line within {timeout:g}s: {seen}")
            try:
                line = lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                if process.poll() is not None:
                    raise RuntimeError(f"server exited with {process.returncode}: {seen}") from None
                continue
            if match := _STARTED.search(line):
                yield match.group(1), seen
                return
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        reader.join(timeout=5)  # the pipe reaches end of file once the process is gone
        if process.stdout is not None:
            process.stdout.close()
