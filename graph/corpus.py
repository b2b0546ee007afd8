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
from graph.document import Document, decode_document, parse_document
from graph.errors import CorpusError, DocumentError
from graph.snapshot import Snapshot, snapshot_of
from graph.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "LoadResult",
    "collection_paused",
    "corpus_files",
    "corpus_version",
    "is_document_name",
    "load_corpus",
    "load_documents",
]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The documents that parsed, one error per document that did not, and the version.

    ``version`` is a hash of every file's name and bytes, broken ones included: the
    same folder content gives the same version on every machine and every run.
    """

    documents: tuple[Document, ...]
    problems: tuple[DocumentError, ...]
    version: str = ""


# What editors, office suites, browsers and copy tools write while a file is not done yet
_TEMPORARY_SUFFIXES = (
    ".tmp", ".temp", ".swp", ".swo", ".swx", ".part", ".partial", ".crdownload", ".download",
)  # fmt: skip


def is_document_name(name: str) -> bool:
    """Whether a file called ``name`` may be a document: not hidden, not temporary.

    Hidden: ``.draft.txt``, and the ``.x.swp`` and ``.~lock.x#`` of vim and
    LibreOffice. Temporary: ``~$x.docx`` (Word), ``#x#`` (Emacs), ``x~`` (a backup),
    and names ending ``.tmp``, ``.temp``, ``.swp``, ``.part``, ``.partial``,
    ``.crdownload`` and the like, in any case.
    """
    return not (
        name.startswith((".", "~", "#"))
        or name.endswith("~")
        or name.lower().endswith(_TEMPORARY_SUFFIXES)
    )


def corpus_files(folder: Path) -> list[Path]:
    """The files of ``folder`` that are documents: not hidden, not temporary (see
    :func:`is_document_name`), not in sub-folders."""
    return sorted(p for p in folder.iterdir() if p.is_file() and is_document_name(p.name))


def _add_to_version(digest: hashlib._Hash, path: Path, data: bytes) -> None:
    # name and length first, so that no two different folders hash alike
    digest.update(f"{path.name}\0{len(data)}\0".encode())
    digest.update(data)


def corpus_version(folder: Path | str) -> str:
    """The version :func:`load_documents` would give ``folder`` now, without parsing it."""
    digest = hashlib.sha256()
    for path in corpus_files(Path(folder)):
        try:
            data = path.read_bytes()
        except OSError:
            continue  # load_documents reports it, and leaves it out of the version too
        _add_to_version(digest, path, data)
    return digest.hexdigest()[:16]


def load_documents(folder: Path | str) -> LoadResult:
    """Parse every document of ``folder`` (see :func:`corpus_files`), in name order.

    A broken document becomes a problem and never stops the others from loading.
    Raises :class:`CorpusError` only when the folder itself cannot be read.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder of topic documents")
    try:
        paths = corpus_files(folder)
    except OSError as err:
        raise CorpusError(f"{folder}: cannot list the folder: {err}") from err
    documents: list[Document] = []
    problems: list[DocumentError] = []
    slugs: dict[str, str] = {}
    digest = hashlib.sha256()
    for path in paths:
        source = str(path)
        try:
            data = path.read_bytes()
        except OSError as err:
            problems.append(DocumentError(source, 1, f"cannot read file: {err.strerror}"))
            continue
        _add_to_version(digest, path, data)
        try:
            document = parse_document(decode_document(data, source), source, slug=path.stem)
        except DocumentError as err:
            problems.append(err)
            continue
        if document.slug in slugs:
            problems.append(
                DocumentError(
                    source,
                    1,
                    f"topic '{document.slug}' is already defined by {slugs[document.slug]}",
                )
            )
            continue
        slugs[document.slug] = source
        documents.append(document)
    return LoadResult(tuple(documents), tuple(problems), digest.hexdigest()[:16])


def load_corpus(
    folder: Path | str, vocabulary: Vocabulary | None = None, *, strict: bool = False
) -> Snapshot:
    """Read, parse, build and analyse ``folder``: everything a reader asks is computed here.

    Documents with problems are left out and kept as the graph's ``problems``. Raises
    :class:`CorpusError` when the folder cannot be read or, with ``strict``, when any
    document has a problem (each listed as ``FILE:LINE: message``).
    """
    started = time.perf_counter()
    with collection_paused():
        result = load_documents(folder)
        if strict and result.problems:
            listed = "\n".join(f"  {problem}" for problem in result.problems)
            raise CorpusError(
                f"{folder}: {len(result.problems)} document(s) have problems and strict "
                f"mode refuses them:\n{listed}"
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
