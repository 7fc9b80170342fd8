"""The store: one SQLite file (default ``whosaid.db``) holding articles and everything extracted.

    >>> from whosaid.store import Store
    >>> with Store("whosaid.db") as store:                    # doctest: +SKIP
    ...     store.save(doc)                                    # one transaction, idempotent
    ...     store.search("kitchen", speaker="Marisol Vane")

``ingest_sources`` runs ingest -> pipeline -> save over files, feeds, WARCs and URLs.
"""

from .db import DEFAULT_DB, SaveResult, Store, connect
from .ingest import IngestReport, ingest_sources
from .people import norm_name, read_alias_table
from .queries import fts_query
from .schema import SCHEMA_VERSION

__all__ = [
    "DEFAULT_DB",
    "IngestReport",
    "SCHEMA_VERSION",
    "SaveResult",
    "Store",
    "connect",
    "fts_query",
    "ingest_sources",
    "norm_name",
    "read_alias_table",
]
