"""The ``whosaid`` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import click

from .. import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="whosaid")
def main() -> None:
    """Turn news into a searchable record of who said what, about whom, where and when.

    \b
    Example:
        whosaid demo
        whosaid extract --format jsonl article.txt feed.xml
        whosaid ingest https://example.com/feed.xml --db whosaid.db
        whosaid serve --db whosaid.db
    """


def _register() -> None:
    # Each command lives in its own module; importing it registers it on ``main``.
    from . import demo, eval, export, extract, ingest, scale, serve, train  # noqa: F401


_register()
