"""Serving the API: the Starlette app, GraphQL over HTTP, exports and live reload.

    app.py        create_app(): routes, CORS, the typed lifespan, /healthz
    settings.py   Settings read from the environment
    state.py      what the lifespan hands every request (typed)
    http.py       the GraphQL-over-HTTP endpoint
    cache.py      answers kept per corpus version
    exports.py    GET /export/{format}
    web.py        the pages built into web/dist: the web view's folder, GraphiQL's page
    live.py       the corpus folder watched, rebuilt and swapped in whole

Builds on ``schema/`` (GraphQL) and ``graph/`` (the domain); nothing imports it but
``server.py``.
"""

from serving.app import create_app
from serving.settings import SettingError, Settings

__all__ = ["SettingError", "Settings", "create_app"]
