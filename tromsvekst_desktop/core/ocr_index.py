"""The OCR phase of an indexing run: scanned pages recognised in worker processes, cached, and
added to the index in small commits, so that the index stays searchable and grows as pages finish.

It runs after the text pages are committed (``update_index(..., ocr=settings)``). A file's
record lists its scanned pages (``scanned_pages``); once all of them have a result the
record notes the OCR settings (``ocr``), drops its "no text layer" problem and lists the
pages that failed, so a later run does not look at the file again.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from whoosh.index import FileIndex

from tromsvekst_desktop.core.index_integrity import record_checksums
from tromsvekst_desktop.core.index_open import ProgressCallback, open_writer
from tromsvekst_desktop.core.index_records import (
    FileRecord,
    add_file_record,
    read_file_record,
    read_file_records,
)
from tromsvekst_desktop.core.index_schema import DocInfo, page_fields
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.ocr import (
    HOW_TO_ENABLE,
    OcrJob,
    OcrSettings,
    OcrTotals,
    RecognisedPage,
    find_tessdata,
    is_scan_problem,
)
from tromsvekst_desktop.core.ocr_cache import OcrCache
from tromsvekst_desktop.core.pdftext import ExtractionPool
from tromsvekst_desktop.core.problems import Problem

# Recognised pages are committed at least this often (and at the end), so that they become searchable.
COMMIT_EVERY_S = 3.0
OCR_PROBLEM_PREFIX = "text recognition"
NOTHING_RECOGNISED = "; text recognition found no readable text either"


@dataclass
class _File:
    """A scanned file still to finish: its record, and the result of each scanned page so far."""

    record: FileRecord
    sections: dict[int, str]
    results: dict[int, RecognisedPage] = field(default_factory=dict)
    written: bool = False

    @property
    def complete(self) -> bool:
        return len(self.results) == len(self.sections)


def recognise_scanned_pages(
    ix: FileIndex,
    index_dir: Path,
    infos: Mapping[Path, DocInfo],
    settings: OcrSettings,
    report: ProgressCallback,
    cancel: CancelToken,
    lock_timeout_s: float,
    workers: int | None = None,
    passwords: Mapping[str, str] | None = None,
) -> OcrTotals:
    """Recognise the scanned pages of the index's files that have not been (with these settings)."""
    started = time.monotonic()
    records, _ = read_file_records(ix)
    files: dict[str, _File] = {}
    with ix.searcher() as searcher:
        for path, record in records.items():
            if record.meta.get("ocr") != settings.key:
                pages = _scanned_pages(record, searcher)
                if pages:
                    files[path] = _File(record, pages)
    if not files:
        return OcrTotals()
    tessdata = find_tessdata(settings.language)
    if tessdata is None:
        return OcrTotals(unavailable=HOW_TO_ENABLE)
    writer = _BatchWriter(ix, index_dir, infos, settings, lock_timeout_s, report)
    with OcrCache(index_dir) as cache:
        cache.remember_files({path: f.record.file_hash for path, f in files.items()})
        for path, scanned in files.items():
            cached = cache.get(scanned.record.file_hash, scanned.sections, settings.key)
            scanned.results.update(cached)
            writer.add(path, cached.values())
        cached_count = sum(len(f.results) for f in files.values())
        writer.flush(files)
        jobs = [
            OcrJob(path, (passwords or {}).get(path), page=page, settings=settings, tessdata=str(tessdata))
            for path, scanned in files.items()
            for page in sorted(scanned.sections)
            if page not in scanned.results
        ]
        recognised = 0
        ocr_started = time.monotonic()
        try:
            with ExtractionPool(workers=workers, timeout_s=settings.time_limit_s) as pool:
                for job, outcome in pool.run(jobs, cancel):
                    assert isinstance(job, OcrJob)
                    result = outcome if isinstance(outcome, RecognisedPage) else _failure(job, outcome)
                    scanned = files[job.path]
                    cache.put(scanned.record.file_hash, settings.key, result)
                    scanned.results[job.page] = result
                    writer.add(job.path, [result])
                    recognised += 1
                    elapsed = time.monotonic() - ocr_started
                    eta = elapsed / recognised * (len(jobs) - recognised)
                    report(
                        Progress(
                            "ocr", recognised, len(jobs), recognised, recognised / elapsed, eta, job.path
                        )
                    )
                    if writer.due():
                        writer.flush(files)
        except KeyboardInterrupt:  # Ctrl+C in the CLI: keep what is done, like a cancel
            pass
        writer.flush(files)
    return OcrTotals(
        pages=recognised,
        seconds=time.monotonic() - started,
        cached=cached_count,
        remaining=len(jobs) - recognised,
    )


def _scanned_pages(record: FileRecord, searcher: Any) -> dict[int, str]:
    """The scanned pages of a file (number → section) as its record lists them.

    A file indexed before OCR existed has no such list: its pages without text are taken
    (a blank one costs a glance in the worker), if its record says it has no text layer.
    """
    listed = record.meta.get("scanned_pages")
    if listed is not None:
        return {int(number): str(section) for number, section in listed}
    if not any(is_scan_problem(p) for p in record.problems):
        return {}
    indexed = _indexed_pages(searcher, record.path)
    return {n: "" for n in range(1, int(record.meta.get("page_count", 0)) + 1) if n not in indexed}


def _indexed_pages(searcher: Any, path: str) -> set[int]:
    """The numbers of a file's pages that are in the index."""
    return {fields["page"] for fields in searcher.documents(path=path, type="page")}


def _failure(job: OcrJob, problem: Any) -> RecognisedPage:
    """A page whose worker crashed or ran out of time, as a failed result."""
    reason = str(getattr(problem, "reason", problem))
    if reason.startswith("took longer"):
        reason = f"{OCR_PROBLEM_PREFIX} took longer than {job.settings.time_limit_s:g} s; skipped"
    else:  # "the PDF reader crashed on this file (killed by signal SIGSEGV)"
        status = reason[reason.find("(") + 1 : -1] if reason.endswith(")") else reason
        reason = f"{OCR_PROBLEM_PREFIX} crashed on this page ({status})"
    return RecognisedPage(job.page, reason=reason, failed=True)


class _BatchWriter:
    """Collects recognised pages and writes them (and finished files' records) in one commit."""

    def __init__(
        self,
        ix: FileIndex,
        index_dir: Path,
        infos: Mapping[Path, DocInfo],
        settings: OcrSettings,
        lock_timeout_s: float,
        report: ProgressCallback,
    ) -> None:
        self._ix, self._index_dir, self._infos = ix, index_dir, infos
        self._settings, self._lock_timeout_s, self._report = settings, lock_timeout_s, report
        self._pending: list[tuple[str, RecognisedPage]] = []
        self._touched: set[str] = set()
        self._last = time.monotonic()

    def add(self, path: str, results: Iterable[RecognisedPage]) -> None:
        self._pending += [(path, result) for result in results]
        self._touched.add(path)

    def due(self) -> bool:
        return time.monotonic() - self._last >= COMMIT_EVERY_S

    def flush(self, files: Mapping[str, _File]) -> None:
        finished = [path for path in self._touched if files[path].complete and not files[path].written]
        pages = [(path, result) for path, result in self._pending if result.usable]
        if pages or finished:
            self._commit(files, pages, finished)
        self._pending = []
        self._touched = {path for path in self._touched if not files[path].complete}
        self._last = time.monotonic()

    def _commit(
        self, files: Mapping[str, _File], pages: list[tuple[str, RecognisedPage]], finished: list[str]
    ) -> None:
        writer = open_writer(self._ix, self._lock_timeout_s, self._report)
        try:
            with self._ix.searcher() as searcher:
                # Under the lock: a file another run has re-read meanwhile is left to that run.
                current: dict[str, FileRecord] = {}
                for path in {path for path, _result in pages} | set(finished):
                    record = read_file_record(searcher, path)
                    if record is not None and record.file_hash == files[path].record.file_hash:
                        current[path] = record
                for path, result in pages:
                    if path in current:
                        writer.update_document(**self._page(files[path], path, result))
                for path in finished:
                    if path in current:
                        indexed = _indexed_pages(searcher, path)
                        meta = self._record_meta(current[path], files[path], indexed)
                        add_file_record(writer, path, files[path].record.file_hash, meta)
                        files[path].written = True
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        record_checksums(self._index_dir, self._ix)

    def _page(self, scanned: _File, path: str, result: RecognisedPage) -> dict[str, Any]:
        record = scanned.record
        info = self._infos.get(Path(path)) or DocInfo(record.meta.get("doc_id", ""), "", "", (), ())
        title = record.meta.get("title", info.title)
        fields = page_fields(
            info,
            title,
            path,
            record.file_hash,
            result.page,
            scanned.sections.get(result.page, ""),
            result.text,
        )
        fields["meta"] = {"ocr": {"confidence": round(result.confidence, 3), "settings": self._settings.key}}
        return fields

    def _record_meta(self, record: FileRecord, scanned: _File, indexed: set[int]) -> dict[str, Any]:
        """The record of a file all of whose scanned pages have a result; ``indexed``: its pages
        in the index before this commit."""
        meta = dict(record.meta)
        usable = {n for n, r in scanned.results.items() if r.usable}
        kept = [p for p in record.problems if not p.reason.startswith(OCR_PROBLEM_PREFIX)]
        if usable:
            kept = [p for p in kept if not is_scan_problem(p)]
        else:
            kept = [
                replace(p, reason=p.reason + NOTHING_RECOGNISED)
                if is_scan_problem(p) and not p.reason.endswith(NOTHING_RECOGNISED)
                else p
                for p in kept
            ]
        failures = [
            Problem(record.path, r.reason, page=n) for n, r in sorted(scanned.results.items()) if r.failed
        ]
        meta["problems"] = [p.to_json() for p in kept + failures]
        meta["pages_indexed"] = len(indexed | usable)
        meta["ocr"] = self._settings.key
        return meta
