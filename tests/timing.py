"""Time limits relative to this machine, for tests that guard against quadratic work.

A test never compares a duration with a fixed number of seconds: shared machines are
slow and noisy. It compares the input under test with plain input of the same size,
timed in the same run: quadratic work on a long line is thousands of times slower,
while noise makes a linear one at most a few times slower.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from tempfile import TemporaryDirectory

from bench.corpus import write_corpus
from graph import load_corpus, parse_document
from tests.strategies import SEED_BYTES

__all__ = [
    "NOISE_SECONDS",
    "SLOWDOWN",
    "allowed",
    "load_seconds_per_byte",
    "parse_seconds_per_byte",
    "timed",
]

SLOWDOWN = 10  # how many times slower than plain input a case may be
NOISE_SECONDS = 1.0  # what a busy machine may add to any one measurement


def timed(function: Callable[[], object]) -> float:
    """Seconds ``function()`` took."""
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def allowed(plain_seconds: float) -> float:
    """The most a case may take, given what plain input of its size took."""
    return SLOWDOWN * plain_seconds + NOISE_SECONDS


@functools.cache
def parse_seconds_per_byte() -> float:
    """Seconds per byte to parse the seeds, each repeated into a document of about 1 MB."""
    text = SEED_BYTES[0].decode("utf-8")
    head, _, rest = text.partition("Examiner Marking Points\n")
    bullets = [line for line in rest.splitlines() if line.startswith("- ")]
    big = head + "Examiner Marking Points\n" + "\n".join(bullets * (1_000_000 // len(rest)))
    return timed(lambda: parse_document(big, "plain.txt")) / len(big.encode())


@functools.cache
def load_seconds_per_byte() -> float:
    """Seconds per byte to load, build and analyse a plain generated corpus of 40 topics."""
    with TemporaryDirectory() as folder:
        write_corpus(Path(folder), 40)
        size = sum(path.stat().st_size for path in Path(folder).iterdir())
        return timed(lambda: load_corpus(folder)) / size
