"""A corpus folder kept live: built once, rebuilt in the background when it changes.

:class:`LiveCorpus` holds the current :class:`~graph.Snapshot` (a graph, its analysis
and its version), loaded by :func:`graph.load_corpus` like any other corpus.
A rebuild never touches the snapshot being served: the new graph is built and
analysed beside it and swapped in whole, in one assignment, only when it is ready.
A rebuild that fails leaves the old snapshot serving and records why in
:attr:`LiveCorpus.last_reload`. Whoever read ``live.snapshot`` before the swap keeps
a consistent graph for as long as it holds the reference.
"""

from __future__ import annotations

import gc
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import anyio
import anyio.abc
from watchfiles import Change, awatch

from graph import CurriculumGraphError, Snapshot, Vocabulary, load_corpus
from graph.corpus import corpus_version

__all__ = ["LiveCorpus", "ReloadOutcome"]

logger = logging.getLogger("curriculum_graph")

_REWATCH_SECONDS = 1.0  # how soon to watch again after the folder went away
_IDLE_MS = 200

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
    return not Path(path).name.startswith(".")


class LiveCorpus:
    """The snapshot of one corpus folder, swapped whole whenever the folder changes."""

    def __init__(
        self,
        folder: Path | str,
        *,
        strict: bool = False,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.strict = strict
        self._vocabulary = vocabulary
        self.snapshot: Snapshot | None = None
        self.last_reload: ReloadOutcome | None = None

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
            logger.error("reload failed, still serving the previous version: %s", err)
        except Exception as err:  # a bug must not take the serving snapshot down with it
            message = f"unexpected {type(err).__name__} while building the graph"
            outcome = ReloadOutcome(_now(), None, message, time.perf_counter() - started)
            logger.exception("reload failed, still serving the previous version")
        else:
            previous = self.snapshot.version if self.snapshot else None
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
        debounce_ms: int = 300,
        *,
        task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
    ) -> None:
        """Rebuild in a worker thread after every batch of changes, until ``stop`` is set.

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
        while not stop.is_set():
            if not self.folder.is_dir():
                with anyio.move_on_after(_REWATCH_SECONDS):
                    await stop.wait()
                continue
            if resumed:
                await anyio.to_thread.run_sync(self.reload)
            resumed = True
            try:
                async for changes in awatch(
                    self.folder,
                    watch_filter=_is_document,
                    debounce=debounce_ms,
                    step=50,
                    stop_event=stop,
                    recursive=False,
                    ignore_permission_denied=True,
                    # an empty batch after this long without changes: the first one
                    # says that the folder is being watched
                    rust_timeout=_IDLE_MS,
                    yield_on_timeout=True,
                ):
                    if not changes:
                        if not started:
                            started = True
                            await anyio.to_thread.run_sync(self._catch_up)
                            task_status.started()
                        continue
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
        for problem in graph.problems:
            logger.warning("%s", problem)  # FILE:LINE: message; good documents still load
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
