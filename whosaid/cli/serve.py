"""`whosaid serve`: the web page over a whosaid database (Datasette with whosaid's pages)."""

from __future__ import annotations

import pathlib
import sys

import click

from . import main


@main.command("serve")
@click.option("--db", "db", default="whosaid.db", show_default=True, metavar="FILE",
              help="SQLite database written by `whosaid ingest`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only. Use 0.0.0.0 to share.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("-q", "--quiet", is_flag=True, help="Do not print the addresses or the access log.")
def serve_command(db: str, host: str, port: int, quiet: bool) -> None:
    """Serve quote search, person pages and highlighted articles in the browser.

    Pages: /search?q=WORDS (facets: speaker, channel, site, date), /person/<id> and
    /article/<id>, each also as JSON (/search.json?q=..., /person/<id>.json,
    /article/<id>.json).  Datasette's own table pages, SQL and CSV stay available under
    /<database>.  Exit status: 0 after a clean stop, 2 when the database cannot be served.

    \b
    Example:
        whosaid serve --db whosaid.db
        whosaid serve --db news.db --port 8080
    """
    import asyncio

    from ..errors import WhosaidError
    from ..store import Store

    path = pathlib.Path(db)
    if not path.is_file():
        click.echo(f"error: {db}: no such database (create it with: whosaid ingest PATH --db {db})", err=True)
        sys.exit(2)
    try:
        Store(path).close()  # brings an older schema up to date before serving
    except WhosaidError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    try:
        import uvicorn

        from ..serve import make_app
    except ImportError:
        click.echo("error: whosaid serve needs Datasette: pip install 'whosaid[web]'", err=True)
        sys.exit(2)
    ds = make_app(str(path))
    asyncio.run(ds.invoke_startup())
    config = uvicorn.Config(ds.app(), host=host, port=port, log_level="warning" if quiet else "info",
                            access_log=not quiet, lifespan="on")
    server = uvicorn.Server(config)
    if not quiet:
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        click.echo(f"Serving {db} on http://{shown}:{port or '<port>'}/search (Ctrl+C stops)", err=True)
    server.run()
