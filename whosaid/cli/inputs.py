"""The input options every reading command shares (extract, ingest, scale)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

_OPTIONS = [
    click.option("--allow-private", is_flag=True,
                 help="Let URL fetching reach loopback, private and link-local addresses (refused by "
                      "default, so a feed cannot make whosaid probe your network)."),
    click.option("--max-bytes", type=click.IntRange(min=1), metavar="N",
                 help="Largest file or HTTP response read, in bytes (default 50 MiB)."),
    click.option("--timeout", type=click.FloatRange(min=0.1), metavar="SECONDS",
                 help="Connect and read timeout for URLs (default 10 s connect, 30 s read)."),
    click.option("--encoding", metavar="NAME",
                 help="Encoding of .txt and JSON-lines inputs (default: UTF-8, else Windows-1252)."),
]


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the shared input options; the command receives them as ``inputs`` (IngestOptions)."""

    @functools.wraps(command)  # keeps the options already attached below this decorator
    def build(*args: Any, allow_private: bool, max_bytes: int | None, timeout: float | None,
              encoding: str | None, **kwargs: Any) -> Any:
        from ..ingest import IngestOptions

        options = IngestOptions(allow_private=allow_private, encoding=encoding)
        if max_bytes:
            options.max_bytes = max_bytes
        if timeout:
            options.connect_timeout = options.read_timeout = timeout
        return command(*args, inputs=options, **kwargs)

    for option in reversed(_OPTIONS):
        build = option(build)
    return build
