"""File records: the index as its own manifest.

Besides page and goal documents the index holds one *file record* per library PDF
(type "file": path, size, mtime, content hash, problems), one *goal-set record* and the
roots' states. They are written in the same transaction as the pages they describe, so a
killed or cancelled run leaves the last commit consistent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from tromsvekst_desktop.core.index_schema import INDEX_NAME
from tromsvekst_desktop.core.offline import RootStates
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.whoosh_ext import install


@dataclass
class FileRecord:
    """A file record as stored in the index."""

    path: str
    file_hash: str
    meta: dict[str, Any]

    @property
    def problems(self) -> list[Problem]:
        return [Problem(**p) for p in self.meta.get("problems", [])]


def read_file_records(ix: FileIndex) -> tuple[dict[str, FileRecord], str | None]:
    records: dict[str, FileRecord] = {}
    goal_sig = None
    with ix.searcher() as searcher:
        for fields in searcher.documents(type="file"):
            records[fields["path"]] = _file_record(fields)
        for fields in searcher.documents(type="goalset"):
            goal_sig = (fields.get("meta") or {}).get("sig")
    return records, goal_sig


def read_file_record(searcher: Searcher, path: str) -> FileRecord | None:
    """The record of one file, without reading (and unpickling) every other file's."""
    fields = searcher.document(uid=f"file:{path}")
    return _file_record(fields) if fields else None


def _file_record(fields: dict[str, Any]) -> FileRecord:
    return FileRecord(fields["path"], fields.get("file_hash", ""), dict(fields.get("meta") or {}))


def add_file_record(writer: IndexWriter, path: str, file_hash: str, meta: dict[str, Any]) -> None:
    writer.update_document(uid=f"file:{path}", type="file", path=path, file_hash=file_hash, meta=meta)


def indexed_files(index_dir: Path) -> dict[str, tuple[str, int]]:
    """Every indexed PDF: path → (content hash, pages indexed); empty when there is no index."""
    try:
        install()
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        records, _ = read_file_records(ix)
    except Exception:  # no index, or one being rebuilt
        return {}
    return {path: (r.file_hash, int(r.meta.get("pages_indexed", 0))) for path, r in records.items()}


def indexed_hash(index_dir: Path, path: str) -> str | None:
    """The content hash the index holds for the PDF at ``path`` (None: not indexed, or no index)."""
    try:
        install()
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        with ix.searcher() as searcher:
            fields = searcher.document(uid=f"file:{path}")
    except Exception:  # no index, or one being rebuilt
        return None
    return str(fields["file_hash"]) if fields and fields.get("file_hash") else None


def read_root_states(index_dir: Path, ix: FileIndex | None = None) -> RootStates:
    """The library roots' states as the last run stored them (empty when there is no index).

    Opened without the full check of ``open_index``: this is a single stored record.
    """
    try:
        install()
        ix = ix or whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        with ix.searcher() as searcher:
            for fields in searcher.documents(type="roots"):
                return RootStates.from_meta(fields.get("meta"))
    except Exception:  # no index, or one being rebuilt: no states to show
        pass
    return RootStates({})
