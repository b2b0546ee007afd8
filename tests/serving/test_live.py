"""A live corpus: versions, whole swaps, failed rebuilds that keep the old graph, watching
settled documents only, problems logged once."""

from __future__ import annotations

import gc
import logging
import shutil
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import anyio
import pytest

import serving.live
from graph import CorpusError, Snapshot, load_documents
from graph.readers import skip_reason
from serving.live import LiveCorpus, ReloadOutcome
from tests.conftest import SEEDS
from tests.documents import as_docx, as_markdown
from tests.schema.conftest import topic_document

EXTRA = topic_document(
    "Queue management in contact centres.",
    ["Queue Management: keeping waits short and fair"],
    ["Quote Erlang C when sizing a team."],
    ["Thinking a longer queue always means poor service."],
    ["Credit use of Erlang C."],
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(SEEDS, copy)
    return copy


def test_the_version_is_a_hash_of_the_documents_names_and_bytes(folder: Path) -> None:
    first = load_documents(folder).version
    assert first == load_documents(SEEDS).version  # same content, another folder
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    second = load_documents(folder).version
    (folder / "extra.txt").rename(folder / "renamed.txt")
    third = load_documents(folder).version
    assert len({first, second, third}) == 3
    (folder / "renamed.txt").unlink()
    assert load_documents(folder).version == first


def test_a_reload_swaps_in_a_new_snapshot_and_leaves_the_old_one_whole(folder: Path) -> None:
    live = LiveCorpus(folder)
    old = live.load()
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    outcome = live.reload()
    assert outcome.ok
    assert live.snapshot is not None
    assert live.snapshot.version == outcome.version != old.version
    assert live.snapshot.graph.topic("extra") is not None
    # a request that took the old snapshot still reads the old graph, unchanged
    assert old.graph.topic("extra") is None
    assert len(old.graph.topics) == len(live.snapshot.graph.topics) - 1


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Leave no object frozen by a test for the tests that follow."""
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("unfrozen")
def test_the_served_graph_is_kept_out_of_the_cycle_collectors_walks(folder: Path) -> None:
    gc.unfreeze()
    live = LiveCorpus(folder)
    snapshot = live.load()
    tracked = {id(item) for item in gc.get_objects()}  # every generation but the frozen
    assert gc.get_freeze_count() > 0
    assert id(snapshot.graph.topics) not in tracked
    assert id(snapshot.analysis) not in tracked


@pytest.mark.usefixtures("unfrozen")
def test_a_reload_frees_the_previous_snapshot_even_where_it_holds_cycles(folder: Path) -> None:
    live = LiveCorpus(folder)
    old = live.load()
    # a networkx graph refers to itself through its views: only the collector frees it
    network = weakref.ref(old.graph.co_occurrence)
    old.graph.co_occurrence.edges  # noqa: B018 - makes the cycle
    del old
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    assert live.reload().ok
    assert network() is None


def test_a_broken_document_is_skipped_and_reported_on_reload(folder: Path) -> None:
    live = LiveCorpus(folder)
    before = live.load()
    (folder / "broken.txt").write_text("no sections at all\n", encoding="utf-8")
    assert live.reload().ok
    assert live.snapshot is not None
    [problem] = live.snapshot.graph.problems
    assert str(problem).startswith(f"{folder / 'broken.txt'}:1: ")
    assert [t.slug for t in live.snapshot.graph.topics] == [t.slug for t in before.graph.topics]


def test_a_failed_rebuild_keeps_the_old_snapshot_and_says_why(folder: Path) -> None:
    live = LiveCorpus(folder)
    old = live.load()
    shutil.rmtree(folder)
    outcome = live.reload()
    assert not outcome.ok
    assert outcome.error is not None
    assert "not a folder" in outcome.error
    assert live.snapshot is old
    assert live.last_reload == outcome


def test_an_unexpected_fault_in_a_rebuild_keeps_the_old_snapshot(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = LiveCorpus(folder)
    old = live.load()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(serving.live, "load_corpus", broken)
    outcome = live.reload()
    assert live.snapshot is old
    assert outcome.error == "unexpected RuntimeError while building the graph"


def test_strict_mode_refuses_any_problem_with_each_one_listed(folder: Path) -> None:
    (folder / "broken.txt").write_text("no sections at all\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"1 problem\(s\) found") as raised:
        LiveCorpus(folder, strict=True).load()
    assert f"{folder / 'broken.txt'}:1: " in str(raised.value)


def test_strict_mode_keeps_serving_the_clean_version_when_a_reload_has_problems(
    folder: Path,
) -> None:
    live = LiveCorpus(folder, strict=True)
    old = live.load()
    (folder / "broken.txt").write_text("no sections at all\n", encoding="utf-8")
    outcome = live.reload()
    assert live.snapshot is old
    assert outcome.error is not None
    assert "broken.txt:1:" in outcome.error


def test_watching_rebuilds_after_a_change_and_stops_when_asked(folder: Path) -> None:
    live = LiveCorpus(folder)
    first = live.load()

    async def scenario() -> str | None:
        stop = anyio.Event()
        async with anyio.create_task_group() as tasks:
            await tasks.start(live.watch, stop, 0.05)  # returns once the folder is watched
            (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
            deadline = time.monotonic() + 15
            while live.snapshot is first and time.monotonic() < deadline:
                await anyio.sleep(0.05)
            stop.set()
        return live.snapshot.version if live.snapshot else None

    version = anyio.run(scenario)
    assert version == load_documents(folder).version != first.version


def _statements_of(snapshot: Snapshot | None, slug: str) -> list[str]:
    assert snapshot is not None
    return [s.text for s in snapshot.graph.statements if s.topic_slug == slug]


@pytest.mark.parametrize(
    ("name", "written"),
    [
        pytest.param("extra.docx", as_docx, id="word"),
        pytest.param("extra.md", lambda text: as_markdown(text).encode(), id="markdown"),
    ],
)
def test_watching_picks_up_word_and_markdown_documents_and_their_changes(
    folder: Path, name: str, written: Callable[[str], bytes]
) -> None:
    live = LiveCorpus(folder)
    first = live.load()

    async def next_snapshot(after: Snapshot | None) -> Snapshot | None:
        deadline = time.monotonic() + 15
        while live.snapshot is after and time.monotonic() < deadline:
            await anyio.sleep(0.05)
        return live.snapshot

    async def scenario() -> tuple[Snapshot | None, Snapshot | None]:
        stop = anyio.Event()
        async with anyio.create_task_group() as tasks:
            await tasks.start(live.watch, stop, 0.05)
            (folder / name).write_bytes(written(EXTRA))
            added = await next_snapshot(first)
            (folder / name).write_bytes(written(EXTRA.replace("Erlang C", "Little's Law")))
            changed = await next_snapshot(added)
            stop.set()
        return added, changed

    added, changed = anyio.run(scenario)
    assert _statements_of(added, "extra")[0] == "Quote Erlang C when sizing a team."
    assert _statements_of(changed, "extra")[0] == "Quote Little's Law when sizing a team."
    assert changed is not None
    assert changed.version == load_documents(folder).version
    assert changed.problems == ()


def test_a_change_made_before_watching_starts_is_caught_up(folder: Path) -> None:
    live = LiveCorpus(folder)
    first = live.load()
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")  # during a long start-up

    async def scenario() -> None:
        stop = anyio.Event()
        async with anyio.create_task_group() as tasks:
            await tasks.start(live.watch, stop, 0.05)
            stop.set()

    anyio.run(scenario)
    assert live.snapshot is not first
    assert live.snapshot is not None
    assert live.snapshot.version == load_documents(folder).version


def test_hidden_files_trigger_no_rebuild_and_are_reported_by_the_next_one(
    folder: Path,
) -> None:
    live = LiveCorpus(folder)
    live.load()
    (folder / ".editor-swap").write_text("scratch", encoding="utf-8")
    assert serving.live._is_document(None, str(folder / ".editor-swap")) is False  # type: ignore[arg-type]
    live.reload()
    assert live.snapshot is not None
    assert [str(p) for p in live.snapshot.problems] == [
        f"{folder / '.editor-swap'}: warning: skipped: a hidden file is not read"
    ]
    assert serving.live._is_document(None, str(folder / "a.txt")) is True  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "document"),
    [
        pytest.param("topic.txt", True, id="a document"),
        pytest.param("notes.tmp.txt", True, id="tmp inside the name"),
        pytest.param(".draft.txt", False, id="hidden"),
        pytest.param(".topic.txt.swp", False, id="vim swap"),
        pytest.param(".~lock.topic.txt#", False, id="libreoffice lock"),
        pytest.param("~$topic.docx", False, id="word owner file"),
        pytest.param("#topic.txt#", False, id="emacs auto-save"),
        pytest.param("topic.txt~", False, id="backup"),
        pytest.param("topic.txt.tmp", False, id="tmp"),
        pytest.param("TOPIC.TXT.TMP", False, id="tmp in capitals"),
        pytest.param("topic.txt.part", False, id="partial download"),
        pytest.param("topic.txt.crdownload", False, id="browser download"),
    ],
)
def test_hidden_and_temporary_files_are_not_documents(
    folder: Path, name: str, document: bool
) -> None:
    (folder / name).write_text(EXTRA, encoding="utf-8")
    assert (skip_reason(name) is None) is document
    assert serving.live._is_document(None, str(folder / name)) is document  # type: ignore[arg-type]
    read = {Path(d.source).name for d in load_documents(folder).documents}
    assert (name in read) is document


class _CountingCorpus(LiveCorpus):
    """A live corpus that counts its rebuilds."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.reloads = 0

    def reload(self) -> ReloadOutcome:
        self.reloads += 1
        return super().reload()


def _watching(live: LiveCorpus, settle: float, actions: Callable[[], None], wait: float) -> None:
    """Watch with this settle time, do ``actions`` (in a thread), then watch ``wait`` s more."""

    async def scenario() -> None:
        stop = anyio.Event()
        async with anyio.create_task_group() as tasks:
            await tasks.start(live.watch, stop, settle)
            await anyio.to_thread.run_sync(actions)
            await anyio.sleep(wait)
            stop.set()

    anyio.run(scenario)


def test_a_document_written_in_pieces_is_read_once_and_whole(folder: Path) -> None:
    live = _CountingCorpus(folder)
    first = live.load()
    pieces = [EXTRA[i : i + len(EXTRA) // 4 + 1] for i in range(0, len(EXTRA), len(EXTRA) // 4 + 1)]

    def write_with_pauses() -> None:
        with (folder / "extra.txt").open("w", encoding="utf-8") as out:
            for piece in pieces:
                out.write(piece)
                out.flush()
                time.sleep(0.2)  # shorter than the settle time, longer than a batch of changes

    _watching(live, settle=1.5, actions=write_with_pauses, wait=3.0)
    assert live.reloads == 1
    assert live.snapshot is not None
    assert live.snapshot is not first
    assert live.snapshot.graph.problems == ()
    extra = live.snapshot.graph.topic("extra")
    assert extra is not None
    assert len(extra.marking_point_ids) == 1


def test_hidden_and_temporary_files_do_not_start_a_rebuild(folder: Path) -> None:
    live = _CountingCorpus(folder)
    first = live.load()

    def write_scratch() -> None:
        for name in (".draft.txt", "extra.txt.tmp", "~$extra.docx", "extra.txt~"):
            (folder / name).write_text(EXTRA, encoding="utf-8")

    _watching(live, settle=0.2, actions=write_scratch, wait=1.0)
    assert live.reloads == 0
    assert live.snapshot is first


def test_a_document_written_elsewhere_and_renamed_into_place_is_read_once(folder: Path) -> None:
    live = _CountingCorpus(folder)
    first = live.load()

    def write_then_rename() -> None:
        partial = folder / ".extra.txt.partial"
        partial.write_text(EXTRA[:40], encoding="utf-8")
        time.sleep(0.3)
        partial.write_text(EXTRA, encoding="utf-8")
        partial.rename(folder / "extra.txt")

    _watching(live, settle=0.2, actions=write_then_rename, wait=1.5)
    assert live.reloads == 1
    assert live.snapshot is not None
    assert live.snapshot.version == load_documents(folder).version != first.version


def test_problems_are_logged_once_when_they_appear_change_or_go(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = folder / "broken.txt"
    broken.write_text("no sections at all\n", encoding="utf-8")
    live = LiveCorpus(folder)

    def logged() -> list[str]:
        lines = [record.getMessage() for record in caplog.records]
        caplog.clear()
        return [line for line in lines if "broken.txt" in line]

    with caplog.at_level(logging.INFO, logger="curriculum_graph"):
        live.load()
        [first] = logged()
        (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
        assert live.reload().ok
        assert logged() == []  # the same problem: not again
        broken.write_text("Title only\nTopic Synopsis\n", encoding="utf-8")
        assert live.reload().ok
        [changed] = logged()
        assert changed != first
        broken.unlink()
        assert live.reload().ok
        [gone] = logged()
        assert gone == f"{broken}: no problem any more"
