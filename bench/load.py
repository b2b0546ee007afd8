"""Load on loopback: servers in child processes, and wrk to drive them.

Shared by the serving benchmark (:mod:`bench.serving`) and ``make loadtest``
(:mod:`bench.loadtest`). Everything binds and connects to 127.0.0.1 only; every wrk
run is bounded by a duration; every server is killed when its ``with`` block ends,
error or not.

The load generator is wrk (Debian's ``wrk`` package). :func:`ensure_wrk` installs
it with apt-get when it is missing and the harness runs as root; otherwise it stops
with the command to run. There is no pure-Python fallback: one Python process could
not load a Python server hard enough to measure it.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "HOST",
    "NONCE_MARK",
    "HealthProbe",
    "Server",
    "WrkResult",
    "WrkUnavailable",
    "ensure_wrk",
    "free_port",
    "healthz",
    "lua_script",
    "post_json",
    "probe_healthz",
    "run_wrk",
    "serve",
    "server_command",
]

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
_MAX_WRK_SECONDS = 120  # no single run of wrk may last longer than this
_RESULT_LINE = re.compile(r"^RESULT (?P<fields>.*)$", re.MULTILINE)


class WrkUnavailable(RuntimeError):
    """wrk is not installed and could not be installed."""


def ensure_wrk() -> str:
    """The path of wrk, installing Debian's package first when missing and root."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0:
        raise WrkUnavailable(
            "wrk is not installed: run 'sudo apt-get install -y wrk' (Debian, Ubuntu) "
            "or 'brew install wrk' (macOS), then run this again"
        )
    print("installing wrk (apt-get install -y wrk) ...", file=sys.stderr)
    install = ["apt-get", "install", "-y", "-q", "wrk"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "timeout": 300}
    if subprocess.run(install, check=False, **quiet).returncode != 0:  # type: ignore[call-overload]
        subprocess.run(["apt-get", "update", "-q"], check=False, **quiet)  # type: ignore[call-overload]
        subprocess.run(install, check=False, **quiet)  # type: ignore[call-overload]
    found = shutil.which("wrk")
    if not found:
        raise WrkUnavailable("wrk could not be installed with apt-get; install it by hand")
    return found


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True, slots=True)
class Server:
    """A server running in a child process on 127.0.0.1."""

    process: subprocess.Popen[bytes]
    port: int
    started: float  # time.perf_counter() when the process was started
    ready: float  # time.perf_counter() of the first 200 from the ready path

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def startup_seconds(self) -> float:
        return self.ready - self.started

    def rss_bytes(self) -> int:
        """The resident memory of the server process now (0 once it has gone)."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return 0
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        return int(match[1]) * 1024 if match else 0


@contextmanager
def serve(
    command: Sequence[str],
    port: int,
    log: Path,
    ready_path: str = "/healthz",
    timeout: float = 300.0,
    env: Mapping[str, str] | None = None,
) -> Iterator[Server]:
    """Run ``command`` (which must listen on ``port``) until the block ends.

    Waits for the first 200 from ``ready_path``, polling every 10 ms, at most
    ``timeout`` seconds. ``env`` adds to the environment (settings such as
    ``CG_EXECUTOR``). The process gets its own session and the whole group is
    killed at the end, error or not.
    """
    with log.open("wb") as output:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command),
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, **env} if env else None,
        )
        try:
            ready = _wait_ready(process, f"http://{HOST}:{port}{ready_path}", timeout, log)
            yield Server(process, port, started, ready)
        finally:
            _stop(process)


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float, log: Path) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return time.perf_counter()
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.01)
    raise RuntimeError(f"server not ready within {timeout:.0f} s; see {log}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def post_json(url: str, body: bytes, timeout: float = 60.0) -> tuple[int, bytes, str]:
    """POST ``body`` as JSON; the status, the response bytes and their content type."""
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, err.read(), err.headers.get("Content-Type", "")


def healthz(url: str) -> dict[str, object]:
    """The JSON of ``GET /healthz`` (an empty dict when it cannot be read)."""
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=10) as response:
            found = json.loads(response.read())
    except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


_DONE = """
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function done(summary, latency, requests)
  local graphql_errors = 0
  for _, thread in ipairs(threads) do
    graphql_errors = graphql_errors + (thread:get("graphql_errors") or 0)
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d "
      .. "p50_us=%d p90_us=%d p99_us=%d max_us=%d graphql_errors=%d\\n",
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    graphql_errors))
end
"""

_CHECK_RESPONSES = """
graphql_errors = 0
function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end
"""


NONCE_MARK = b',"extensions":{"nonce":"'
"""What a unique request adds before its closing brace (see :func:`lua_script`)."""


def lua_script(bodies: Sequence[bytes], check_responses: bool = False, unique: bool = False) -> str:
    """A wrk script that POSTs ``bodies`` to /graphql in turn, one per request.

    Each wrk thread starts at its own place in the list. With ``check_responses``
    it also counts 200 responses that carry GraphQL ``errors`` (which slows wrk).
    With ``unique`` every request's body differs from every other's: a number is
    added as ``extensions.nonce``, which the API ignores, so that no response cache
    can answer it while the document and its variables stay the same.
    """
    if not bodies:
        raise ValueError("no request bodies")
    if unique and not all(body.endswith(b"}") for body in bodies):
        raise ValueError("unique requests need JSON object bodies")
    quoted = ",\n".join(f"[==[{body.decode('utf-8')}]==]" for body in bodies)
    lines = [
        "local bodies = {",
        quoted,
        "}",
        'local headers = {["Content-Type"] = "application/json"}',
        "local position = 0",
        "function init(args)",
        "  position = math.random(#bodies) - 1",
        "end",
        "local sent = 0",
        "function request()",
        "  position = position % #bodies + 1",
        "  local body = bodies[position]",
        *(
            [
                "  sent = sent + 1",
                "  body = string.sub(body, 1, -2) .. "
                f"'{NONCE_MARK.decode()}' .. position .. '.' .. sent .. '\"}}}}'",
            ]
            if unique
            else []
        ),
        '  return wrk.format("POST", "/graphql", headers, body)',
        "end",
    ]
    script = "\n".join(lines) + _DONE
    return script + (_CHECK_RESPONSES if check_responses else "")


@dataclass(frozen=True, slots=True)
class WrkResult:
    """What one run of wrk measured."""

    requests: int
    seconds: float
    non_2xx: int
    socket_errors: int  # connect, read, write and timeout errors
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    graphql_errors: int  # counted only when the script checks responses

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failures(self) -> int:
        return self.non_2xx + self.socket_errors


def run_wrk(
    url: str,
    script: Path,
    seconds: float,
    connections: int,
    threads: int = 1,
) -> WrkResult:
    """Run wrk against ``url`` for ``seconds`` (at most two minutes) with ``script``."""
    if not url.startswith(f"http://{HOST}:"):
        raise ValueError(f"load is only ever sent to {HOST}, not {url}")
    duration = max(1, min(_MAX_WRK_SECONDS, round(seconds)))
    command = [
        ensure_wrk(),
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={duration}s",
        "--timeout=10s",
        f"--script={script}",
        url,
    ]
    finished = subprocess.run(
        command, capture_output=True, text=True, timeout=duration + 60, check=False
    )
    match = _RESULT_LINE.search(finished.stdout)
    if finished.returncode != 0 or match is None:
        raise RuntimeError(f"wrk failed ({finished.returncode}): {finished.stderr.strip()}")
    fields = dict(item.split("=", 1) for item in match["fields"].split())
    return WrkResult(
        requests=int(fields["requests"]),
        seconds=int(fields["duration_us"]) / 1e6,
        non_2xx=int(fields["non2xx"]),
        socket_errors=sum(int(fields[key]) for key in ("connect", "read", "write", "timeout")),
        p50_ms=int(fields["p50_us"]) / 1000,
        p90_ms=int(fields["p90_us"]) / 1000,
        p99_ms=int(fields["p99_us"]) / 1000,
        max_ms=int(fields["max_us"]) / 1000,
        graphql_errors=int(fields["graphql_errors"]),
    )


def server_command(seeds: Path, port: int, workers: int = 1) -> list[str]:
    """The real server, started as ``make run`` starts it (``make run WORKERS=N``)."""
    return [
        sys.executable,
        str(ROOT / "server.py"),
        "--seeds",
        str(seeds),
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


@dataclass(frozen=True, slots=True)
class HealthProbe:
    """What polling ``/healthz`` saw: how long each answer took, and how many failed."""

    latencies_ms: tuple[float, ...]
    failures: int

    @property
    def max_ms(self) -> float:
        return max(self.latencies_ms, default=0.0)

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


@contextmanager
def probe_healthz(
    url: str, interval: float = 0.05, limit: int = 10_000
) -> Iterator[list[HealthProbe]]:
    """Ask ``url``/healthz every ``interval`` seconds (at most ``limit`` times) while the
    block runs, on one keep-alive connection; the probe is in the list once it ends.

    A client's view: each answer's time includes what the machine's load adds.
    """
    if not url.startswith(f"http://{HOST}:"):
        raise ValueError(f"probes are only ever sent to {HOST}, not {url}")
    port = int(url.rsplit(":", 1)[1])
    stop = threading.Event()
    latencies: list[float] = []
    failures = [0]

    def poll() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        try:
            for _ in range(limit):
                if stop.is_set():
                    return
                started = time.perf_counter()
                try:
                    connection.request("GET", "/healthz")
                    response = connection.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, port, timeout=10)
                if ok:
                    latencies.append((time.perf_counter() - started) * 1000)
                else:
                    failures[0] += 1
                stop.wait(interval)
        finally:
            connection.close()

    found: list[HealthProbe] = []
    thread = threading.Thread(target=poll, name="healthz-probe", daemon=True)
    thread.start()
    try:
        yield found
    finally:
        stop.set()
        thread.join(timeout=30)
        found.append(HealthProbe(tuple(latencies), failures[0]))
