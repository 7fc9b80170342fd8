"""``whosaid serve``: a Datasette plugin of ours adding the search, person and article pages.

The plugin is this package: Datasette finds ``templates/`` and ``static/`` beside it.  Datasette's
own pages (tables, SQL, CSV and JSON of every table) stay as they are.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    from .views import ROUTES

    return ROUTES


@hookimpl
def menu_links(datasette: Any, actor: Any) -> list[dict[str, str]]:
    return [{"href": "/search", "label": "Search quotes"}]


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return ["/-/static-plugins/whosaid.serve/whosaid.css"]


def register() -> None:
    """Register this plugin with Datasette (once per process)."""
    import sys

    from datasette.plugins import pm

    module = sys.modules[__name__]
    if not pm.is_registered(module):
        pm.register(module, name="whosaid.serve")


def make_app(db_path: str, **settings: Any) -> Any:
    """A Datasette instance serving ``db_path`` with whosaid's pages (an ASGI app via ``.app()``)."""
    from datasette.app import Datasette

    register()
    return Datasette(files=[db_path], settings=settings or None)
