"""Loading a corpus folder: the thin I/O wrapper around the parser, the build and the analysis.

:func:`load_corpus` is the one way a corpus is loaded, by the command line, the server
and its reloads alike; :func:`load_documents` only reads and parses.
"""

from __future__ import annotations

import gc
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.build import build_graph
from graph.document import Document
from graph.errors import CorpusError, DocumentError
from graph.problems import Problem, Severity
from graph.readers import read_document, skip_reason
from graph.snapshot import Snapshot, snapshot_of
from graph.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "LoadResult",
    "collection_paused",
    "corpus_files",
    "corpus_version",
    "load_corpus",
    "load_documents",
]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The documents that parsed, every problem found, and the version.

    ``problems`` are in file name order: an error for each document left out, and
    the warnings of the documents served and of the files not read.
    ``version`` is a hash of every document file's name and bytes, broken ones
    included, and of the names of the files not read: the same folder gives the
    same version on every machine and every run.
    """

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]
    version: str = ""


def _listing(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def corpus_files(folder: Path) -> list[Path]:
    """The files of ``folder`` that are read as documents (see ``graph.readers``).

    Sub-folders, hidden files and files of other kinds are not.
    """
    return [path for path in _listing(folder) if skip_reason(path.name) is None]


def _add_to_version(digest: hashlib._Hash, path: Path, data: bytes) -> None:
    # name and length first, so that no two different folders hash alike
    digest.update(f"{path.name}\0{len(data)}\0".encode())
    digest.update(data)


def _add_skipped_to_version(digest: hashlib._Hash, path: Path) -> None:
    # its name only: a skipped file is a warning, whatever it holds
    digest.update(f"{path.name}\0skipped\0".encode())


def corpus_version(folder: Path | str) -> str:
    """The version :func:`load_documents` would give ``folder`` now, without parsing it."""
    digest = hashlib.sha256()
    for path in _listing(Path(folder)):
        if skip_reason(path.name) is not None:
            _add_skipped_to_version(digest, path)
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue  # load_documents reports it, and leaves it out of the version too
        _add_to_version(digest, path, data)
    return digest.hexdigest()[:16]


def load_documents(folder: Path | str) -> LoadResult:
    """Read every document in ``folder`` (``.txt``, ``.md``, ``.docx``), in name order.

    A broken document becomes an error and never stops the others from loading; a
    file that is not read (hidden, a lock file, another kind) becomes a warning. The
    slug is the file stem: of two files with the same stem, the first by name is read
    and the other is an error naming both. Raises :class:`CorpusError` only when the
    folder itself cannot be read.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder of topic documents")
    try:
        paths = _listing(folder)
    except OSError as err:
        raise CorpusError(f"{folder}: cannot list the folder: {err}") from err
    documents: list[Document] = []
    problems: list[Problem] = []
    slugs: dict[str, str] = {}
    digest = hashlib.sha256()
    for path in paths:
        source = str(path)
        reason = skip_reason(path.name)
        if reason is not None:
            _add_skipped_to_version(digest, path)
            problems.append(Problem(source, f"skipped: {reason}", Severity.WARNING))
            continue
        try:
            data = path.read_bytes()
        except OSError as err:
            problems.append(Problem(source, f"cannot read file: {err.strerror}", line=1))
            continue
        _add_to_version(digest, path, data)
        if path.stem in slugs:
            problems.append(
                Problem(
                    source,
                    f"topic '{path.stem}' is already defined by {slugs[path.stem]}, which is "
                    "read: one file per name, so this one is left out (rename or remove one)",
                    line=1,
                )
            )
            continue
        slugs[path.stem] = source
        try:
            document = read_document(data, source, slug=path.stem)
        except DocumentError as err:
            problems.append(Problem.of(err))
            continue
        problems.extend(document.warnings)
        documents.append(document)
    return LoadResult(tuple(documents), tuple(problems), digest.hexdigest()[:16])


def load_corpus(
    folder: Path | str, vocabulary: Vocabulary | None = None, *, strict: bool = False
) -> Snapshot:
    """Read, parse, build and analyse ``folder``: everything a reader asks is computed here.

    Documents with errors are left out; every problem (errors and warnings) is kept
    as the graph's ``problems``. Raises :class:`CorpusError` when the folder cannot be
    read or, with ``strict``, when there is any problem, even a warning (each listed
    as ``FILE:LINE: message``).
    """
    started = time.perf_counter()
    with collection_paused():
        result = load_documents(folder)
        if strict and result.problems:
            listed = "\n".join(f"  {problem}" for problem in result.problems)
            raise CorpusError(
                f"{folder}: {len(result.problems)} problem(s) found, and strict mode refuses "
                f"even a warning:\n{listed}"
            )
        graph = build_graph(
            result.documents,
            vocabulary if vocabulary is not None else load_vocabulary(),
            result.problems,
        )
        return snapshot_of(graph, result.version, time.perf_counter() - started)


class _Pause:
    lock = threading.Lock()
    holders = 0  # how many pauses (from any thread) are open
    was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause Python's cycle collector for the block, then restore it.

    Loading makes millions of objects and no cycles worth collecting; each run of
    the collector over its oldest generation walks every one of them, which was
    about a third of the time to load 10,000 topics. Objects are still freed as
    soon as they are unused. Pauses may nest and overlap in threads: the collector
    is restored (if it was on) when the last one ends.
    """
    with _Pause.lock:
        if _Pause.holders == 0:
            _Pause.was_enabled = gc.isenabled()
            gc.disable()
        _Pause.holders += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.holders -= 1
            if _Pause.holders == 0 and _Pause.was_enabled:
                gc.enable()
