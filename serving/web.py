"""The pages ``make web`` builds into ``web/dist`` with Vite, from ``web/``.

    web/dist/index.html      the web view, served at ``/`` (``serving/app.py``)
    web/dist/graphiql.html   GraphiQL, the page a browser gets at ``GET /graphql``

GraphiQL is bundled from npm with React and its Monaco editor, so it loads nothing but
this server's own files: it works offline, behind a proxy or on a locked-down machine,
where a page that loads them from a CDN stays blank. Without npm nothing is built; the
API answers all the same, and a browser at ``/graphql`` is told how to build GraphiQL.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from starlette.responses import HTMLResponse

__all__ = ["GRAPHIQL_POLICY", "WEB_DIST", "graphiql_page"]

WEB_DIST = Path(__file__).resolve().parent.parent / "web" / "dist"

# What the built GraphiQL may load: its scripts, styles and workers from this server,
# its icon font inline. The browser refuses anything else, so no request leaves the
# host even if a later GraphiQL, or a link in a schema description, tried.
GRAPHIQL_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",  # React and Monaco set styles on elements
        "font-src 'self' data:",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)

_NOT_BUILT = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>GraphiQL is not built</title></head>
<body>
<h1>GraphiQL is not built</h1>
<p>Run <code>make web</code> (or <code>make run</code>); it needs Node.js and npm.
This page then shows GraphiQL, without a restart.</p>
<p>The API answers here all the same: <code>POST /graphql</code> with
<code>Content-Type: application/json</code> and a body such as
<code>{"query": "{ corpusVersion }"}</code>.</p>
</body>
</html>
"""


def graphiql_page(dist: Path = WEB_DIST) -> HTMLResponse:
    """GraphiQL as built into ``dist``, or a 404 page that says how to build it."""
    page = _built_page(dist / "graphiql.html")
    if page is None:
        return HTMLResponse(_NOT_BUILT, status_code=404)
    return HTMLResponse(page, headers={"Content-Security-Policy": GRAPHIQL_POLICY})


def _built_page(path: Path) -> str | None:
    """The page's text, read again only when a build has changed it."""
    try:
        modified = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return _read(path, modified)


@lru_cache(maxsize=4)
def _read(path: Path, modified: int) -> str:
    return path.read_text(encoding="utf-8")
