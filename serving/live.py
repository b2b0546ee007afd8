"""A corpus folder kept live: built once, rebuilt in the background when it changes.

:class:`LiveCorpus` holds the current :class:`~graph.Snapshot` (a graph, its analysis
and its version), loaded by :func:`graph.load_corpus` like any other corpus.
A rebuild never touches the snapshot being served: the new graph is built and
analysed beside it and swapped in whole, in one assignment, only when it is ready.
A rebuild that fails leaves the old snapshot serving and records why in
:attr:`LiveCorpus.last_reload`. Whoever read ``live.snapshot`` before the swap keeps
a consistent graph for as long as it holds the reference.

Only settled documents are read: a rebuild starts once the folder has been quiet for
the settle time (1 s by default), so a document written in pieces is read whole, and
hidden and temporary files (``graph.readers.is_transient_name``) never start a
rebuild (the next one reports them as skipped). A writer that writes elsewhere (or to a hidden or
``.tmp`` name) and renames the finished file into place is never read half-written.

Problems are logged once: when a document's problem first appears or changes, and
when it is fixed; a reload that brings the same problems says nothing more.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import anyio
import anyio.abc
from watchfiles import Change, awatch

from graph import CurriculumGraphError, Snapshot, Vocabulary, load_corpus
from graph.corpus import corpus_version
from graph.readers import is_transient_name

__all__ = ["LiveCorpus", "ReloadOutcome"]

logger = logging.getLogger("curriculum_graph")

_REWATCH_SECONDS = 1.0  # how soon to watch again after the folder went away
_IDLE_MS = 200  # the longest the watch waits before it looks at the clock again
_STEP_MS = 50  # changes closer together than this arrive as one batch

# watchfiles logs every batch of changes at INFO; the reload's own line says more
logging.getLogger("watchfiles").setLevel(logging.WARNING)


@dataclass(frozen=True, slots=True)
class ReloadOutcome:
    """What the last rebuild did: ``error`` is ``None`` when its snapshot was swapped in."""

    at: datetime
    version: str | None
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.error is None


def _is_document(change: Change, path: str) -> bool:
    return not is_transient_name(Path(path).name)


class LiveCorpus:
    """The snapshot of one corpus folder, swapped whole whenever the folder changes."""

    def __init__(
        self,
        folder: Path | str,
        *,
        strict: bool = False,
        vocabulary: Vocabulary | None = None,
        before_swap: Callable[[Snapshot], None] | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.strict = strict
        self._vocabulary = vocabulary
        # called with each rebuilt snapshot in the rebuild's thread, before it is served
        self._before_swap = before_swap
        self.snapshot: Snapshot | None = None
        self.last_reload: ReloadOutcome | None = None
        self._logged_problems: dict[str, list[str]] = {}  # by file, as last logged

    def load(self) -> Snapshot:
        """Build the first snapshot; errors propagate (the server must not start)."""
        self.snapshot = self._build()
        _set_aside_for_the_collector()
        self._announce(self.snapshot)
        return self.snapshot

    def reload(self) -> ReloadOutcome:
        """Rebuild from the folder; swap the result in, or keep serving the old one."""
        started = time.perf_counter()
        try:
            snapshot = self._build()
        except CurriculumGraphError as err:
            outcome = ReloadOutcome(_now(), None, str(err), time.perf_counter() - started)
            if self.last_reload is None or self.last_reload.error != outcome.error:
                logger.error("reload failed, still serving the previous version: %s", err)
        except Exception as err:  # a bug must not take the serving snapshot down with it
            message = f"unexpected {type(err).__name__} while building the graph"
            outcome = ReloadOutcome(_now(), None, message, time.perf_counter() - started)
            logger.exception("reload failed, still serving the previous version")
        else:
            previous = self.snapshot.version if self.snapshot else None
            if self._before_swap is not None:
                self._before_swap(snapshot)
            self.snapshot = snapshot
            _set_aside_for_the_collector()
            seconds = snapshot.build_seconds + snapshot.analysis_seconds
            outcome = ReloadOutcome(_now(), snapshot.version, None, seconds)
            if snapshot.version != previous:
                self._announce(snapshot)
        self.last_reload = outcome
        return outcome

    async def watch(
        self,
        stop: anyio.Event,
        settle_seconds: float = 1.0,
        *,
        task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
    ) -> None:
        """Rebuild in a worker thread once the folder has settled, until ``stop`` is set.

        A rebuild starts when no document has changed for ``settle_seconds``: a
        document written in several pieces, with pauses shorter than that, is read
        once, whole. Changes to hidden and temporary files are ignored.

        Once the folder is being watched, catches up with any change made since the
        snapshot was built (a change during a long start-up would otherwise wait for
        the next one), then reports itself started (``task_group.start``). Changes
        that arrive during a rebuild are picked up by the next one, so the last
        snapshot always matches the folder once it is quiet. If the folder itself
        goes away, the failed rebuild is recorded, the old snapshot keeps serving,
        and watching resumes (with a rebuild to catch up) once it is back.
        """
        started = False
        resumed = False
        # the watch comes back at least this often, so that the settle time is kept
        idle_ms = max(_STEP_MS, min(_IDLE_MS, int(settle_seconds * 1000 / 2)))
        gone = False  # the folder went away, and the failed rebuild says so
        while not stop.is_set():
            if not self.folder.is_dir():
                if not gone:
                    gone = True
                    await anyio.to_thread.run_sync(self.reload)
                with anyio.move_on_after(_REWATCH_SECONDS):
                    await stop.wait()
                continue
            gone = False
            if resumed:
                await anyio.to_thread.run_sync(self.reload)
            resumed = True
            last_change: float | None = None  # of a document, not yet read
            try:
                async for changes in awatch(
                    self.folder,
                    watch_filter=None,  # every change comes back: the clock is read each time
                    step=_STEP_MS,
                    stop_event=stop,
                    recursive=False,
                    ignore_permission_denied=True,
                    # an empty batch after this long without changes: the first one
                    # says that the folder is being watched
                    rust_timeout=idle_ms,
                    yield_on_timeout=True,
                ):
                    now = time.monotonic()
                    if any(_is_document(change, path) for change, path in changes):
                        last_change = now
                    if not started and not changes:
                        started = True
                        await anyio.to_thread.run_sync(self._catch_up)
                        task_status.started()
                    if last_change is None or now - last_change < settle_seconds:
                        continue
                    last_change = None
                    await anyio.to_thread.run_sync(self.reload)
                    if not self.folder.is_dir():
                        break  # a watch on a deleted folder would never fire again
            except OSError as err:  # the folder went away as the watch started
                logger.warning("cannot watch %s: %s", self.folder, err)

    def _catch_up(self) -> None:
        served = self.snapshot.version if self.snapshot else None
        if corpus_version(self.folder) != served:
            self.reload()

    def _build(self) -> Snapshot:
        return load_corpus(self.folder, self._vocabulary, strict=self.strict)

    def _announce(self, snapshot: Snapshot) -> None:
        graph = snapshot.graph
        problems: dict[str, list[str]] = {}  # by file: FILE:LINE: message
        for problem in graph.problems:
            problems.setdefault(problem.source, []).append(str(problem))
        for source, lines in problems.items():
            for line in lines:
                if line not in self._logged_problems.get(source, ()):
                    logger.warning("%s", line)  # the good documents still load
        for source in sorted(self._logged_problems.keys() - problems.keys()):
            logger.info("%s: no problem any more", source)
        self._logged_problems = problems
        counts = graph.counts
        logger.info(
            "serving version %s: %d topics and %d links from %s (built in %.2fs, analysed in "
            "%.2fs)",
            snapshot.version,
            counts.topics,
            counts.links,
            self.folder,
            snapshot.build_seconds,
            snapshot.analysis_seconds,
        )


def _set_aside_for_the_collector() -> None:
    """Collect what the previous snapshot left, then freeze what is left for good.

    A built graph is millions of long-lived objects. Left with the cycle collector,
    each run over its oldest generation would walk them all, a pause of a second
    or more at 10,000 topics in the middle of serving. Frozen, it never looks at
    them again; they are still freed by reference counting once a newer snapshot
    replaces them, and the unfreeze and collection here, once per swap, free what
    the previous one held in cycles (a networkx graph holds its own views).
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _now() -> datetime:
    return datetime.now(UTC)
