"""``GET /export/{format}``: the graph's exports (:mod:`graph.export`) as downloads.

    200  the bytes, Content-Type of the format, and
         ``Content-Disposition: attachment; filename="curriculum-graph.<extension>"``
    404  an unknown format: a JSON body whose ``error`` says which formats exist
    503  the graph is not loaded yet (with Retry-After)

Each format is built on its first request, in a worker thread so that other requests
are still answered, and kept for as long as the snapshot it came from is served: the
snapshot never changes, and the bytes are the same on every run. Two first requests
arriving together may both build it; the answers are identical.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from graph import ExportError, Snapshot
from graph.export import EXPORT_FORMATS, export, export_format
from serving.state import ServingState, served_snapshot

__all__ = ["FILE_STEM", "export_endpoint"]

FILE_STEM = "curriculum-graph"  # the download's file name, before the extension

_built: WeakKeyDictionary[Snapshot, dict[str, bytes]] = WeakKeyDictionary()


async def export_endpoint(request: Request[ServingState]) -> Response:
    """Answer ``GET /export/{format}`` from the served snapshot."""
    snapshot = served_snapshot(request)
    if snapshot is None:
        return JSONResponse(
            {"error": "the knowledge graph is still loading; try again shortly"},
            status_code=503,
            headers={"Retry-After": "1"},
        )
    try:
        chosen = export_format(request.path_params["format"])
    except ExportError as err:
        return JSONResponse({"error": str(err), "formats": sorted(EXPORT_FORMATS)}, 404)
    cached = _built.setdefault(snapshot, {})
    data = cached.get(chosen.name)
    if data is None:
        data = cached[chosen.name] = await run_in_threadpool(export, snapshot, chosen.name)
    filename = f"{FILE_STEM}{chosen.extension}"
    return Response(
        data,
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
