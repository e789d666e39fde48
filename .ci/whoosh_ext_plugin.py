"""pytest plugin: run Whoosh's own suite where tromsvekst's Whoosh extensions are installed.

With TROMSVEKST_WHOOSH_WRITER=term-grouped, every single-process writer an index opens is
also tromsvekst's ``TermGroupedWriter``, so Whoosh's writing tests check it too.
"""

import os
from typing import Any

from whoosh.index import FileIndex

from tromsvekst_desktop.core import whoosh_ext

whoosh_ext.install()
TERM_GROUPED = os.environ.get("TROMSVEKST_WHOOSH_WRITER") == "term-grouped"

if TERM_GROUPED:
    whooshs_writer = FileIndex.writer

    def term_grouped_writer(self: FileIndex, procs: int = 1, **kwargs: Any) -> Any:
        if procs > 1:
            return whooshs_writer(self, procs=procs, **kwargs)
        return whoosh_ext.TermGroupedWriter(self, **kwargs)

    FileIndex.writer = term_grouped_writer


def pytest_report_header() -> str:
    writer = "TermGroupedWriter" if TERM_GROUPED else "Whoosh's SegmentWriter"
    return f"tromsvekst_desktop.core.whoosh_ext.install() applied; single-process writer: {writer}"
