"""ingest -> pipeline -> store, for any mix of files, directories, globs, feeds, WARCs and URLs."""

from __future__ import annotations

import logging
import pathlib
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..errors import InputError, WhosaidError
from ..records import Document
from .db import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did.  ``ok`` counts articles written (new or updated)."""

    ok: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0  # already stored with the same text: not processed again
    failed: int = 0
    quotes: int = 0
    errors: list[str] = field(default_factory=list)
    run_id: int | None = None
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0: nothing failed; 1: some inputs failed; 2: inputs were given and all failed."""
        if not self.failed:
            return 0
        return 2 if self.ok + self.unchanged == 0 else 1


class _Progress:
    """A one-line counter on stderr (the number of articles is unknown until feeds are read)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr is not None
        self.last = 0.0

    def show(self, report: IngestReport, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < 0.2:
            return
        self.last = now
        sys.stderr.write(
            f"\ringest: {report.ok} stored, {report.unchanged} unchanged, {report.failed} failed,"
            f" {report.quotes} quotes" + ("\n" if final else "")
        )
        sys.stderr.flush()


def ingest_sources(
    sources: Iterable[str],
    db_path: str | pathlib.Path,
    *,
    options: Any = None,
    progress: bool = False,
    on_error: Callable[[str], None] | None = None,
    aliases: str | pathlib.Path | None = None,
    force: bool = False,
    process: Callable[[Document], Any] | None = None,
) -> IngestReport:
    """Read every source, extract who said what, and save each article in its own transaction.

    ``options`` is a :class:`whosaid.ingest.IngestOptions`.  Bad inputs and articles the
    pipeline fails on are counted, passed to ``on_error`` as one-line messages, and skipped;
    the batch goes on.  Articles already stored with the same text are not processed again
    unless ``force``.  ``aliases`` is a CSV alias table (name, alias, qid) applied first.
    ``process`` replaces :func:`whosaid.pipeline.process` (e.g. a lighter pipeline).
    """
    from ..ingest import iter_documents

    if process is None:
        from ..pipeline import process as process
    sources = list(sources)
    report = IngestReport()
    bar = _Progress(progress)
    started = time.monotonic()

    def fail(message: str) -> None:
        report.failed += 1
        report.errors.append(message)
        # INFO, not WARNING: the caller reports errors (on_error, IngestReport.errors); a warning
        # would also reach stderr through logging's last-resort handler and print twice.
        log.info("skipped: %s", message)
        if on_error is not None:
            on_error(message)

    with Store(db_path) as store:
        if aliases:
            store.load_aliases(aliases)
        report.run_id = store.start_run(sources)
        status = "interrupted"
        try:
            for item in iter_documents(sources, options=options):
                if isinstance(item, InputError):
                    fail(str(item))
                elif not force and store.is_unchanged(item):
                    report.unchanged += 1
                else:
                    try:
                        process(item)
                    except WhosaidError as err:
                        fail(f"{_name(item)}: {err}")
                    except Exception as err:  # one article's bug must not end the batch
                        log.debug("extraction failed", exc_info=True)
                        fail(f"{_name(item)}: extraction failed ({type(err).__name__}: {err})")
                    else:
                        result = store.save(item, run_id=report.run_id, force=force)
                        if result.status == "unchanged":
                            report.unchanged += 1
                        else:
                            report.ok += 1
                            report.quotes += result.quotes
                            if result.status == "new":
                                report.new += 1
                            else:
                                report.updated += 1
                bar.show(report)
            status = "done"
        finally:
            report.seconds = time.monotonic() - started
            store.finish_run(report.run_id, ok=report.ok, unchanged=report.unchanged, failed=report.failed,
                             status=status)
            bar.show(report, final=True)
    return report


def _name(doc: Document) -> str:
    prov = doc.provenance or {}
    return str(doc.url or prov.get("file") or doc.id)
