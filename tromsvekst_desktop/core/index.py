"""The indexing run: the index brought in line with the library, incrementally.

Unchanged files are not read, changed and new ones are extracted in worker processes,
renamed ones keep their pages. The other concerns have modules of their own: the schema
and fields (index_schema), integrity (index_integrity), opening and locking (index_open)
and the file records (index_records). This module also gives the names other modules use
from them, so that ``tromsvekst_desktop.core.index`` stays the one place to import from.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from whoosh.index import FileIndex
from whoosh.query import Every
from whoosh.writing import CLEAR, IndexWriter

from tromsvekst_desktop.core.catalog import Catalog, Document
from tromsvekst_desktop.core.copystore import CopyFeeder, CopyStore
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.index_integrity import record_checksums
from tromsvekst_desktop.core.index_open import (
    IndexBusy,
    IndexDamaged,
    IndexError_,
    ProgressCallback,
    check_index,
    index_exists,
    index_generation,
    open_index,
    open_or_create,
    open_writer,
)
from tromsvekst_desktop.core.index_records import (
    FileRecord,
    add_file_record,
    indexed_files,
    indexed_hash,
    read_file_records,
    read_root_states,
)
from tromsvekst_desktop.core.index_schema import (
    INDEX_NAME,
    META_FILE,
    SCHEMA_VERSION,
    DocInfo,
    PreparedText,
    goal_fields,
    make_schema,
    page_fields,
    prepare_pages,
)
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.library import find_library_files
from tromsvekst_desktop.core.librarydata import LibraryData, load_library_data
from tromsvekst_desktop.core.ocr import OcrSettings, OcrTotals
from tromsvekst_desktop.core.offline import (
    ROOTS_UID,
    OfflineRoot,
    RootStates,
    emptied_reason,
    is_under,
    now_iso,
    root_key,
    shown_path,
    unreachable_reason,
)
from tromsvekst_desktop.core.pdftext import (
    EMPTY_FILE,
    TRUNCATED,
    ExtractedPdf,
    ExtractionPool,
    ExtractJob,
    file_sha256,
)
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.yamlsnapshot import outside_snapshot, save_snapshot

# The names other modules import from here (the index's public face).
__all__ = [
    "INDEX_NAME",
    "META_FILE",
    "IndexBusy",
    "IndexDamaged",
    "IndexError_",
    "IndexSummary",
    "check_index",
    "index_exists",
    "index_generation",
    "indexed_files",
    "indexed_hash",
    "make_schema",
    "open_index",
    "read_root_states",
    "update_index",
]


@dataclass(frozen=True)
class IndexSummary:
    """What an indexing run did and what the index now holds."""

    documents: int
    pages: int
    goals: int
    added: int
    updated: int
    removed: int
    unchanged: int
    problems: tuple[Problem, ...]
    seconds: float
    cancelled: bool = False
    offline: tuple[OfflineRoot, ...] = ()  # roots out of reach, their documents kept
    kept: tuple[Problem, ...] = ()  # files that failed to read now; their last good version kept
    ocr: OcrTotals = field(default_factory=OcrTotals)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "pages": self.pages,
            "goals": self.goals,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "problems": [{"path": p.path, "reason": _reason_with_place(p)} for p in self.problems],
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
            "offline": [root.to_json() for root in self.offline],
            "kept": [{"path": p.path, "reason": p.reason} for p in self.kept],
            "ocr": self.ocr.to_json(),
        }


def _reason_with_place(problem: Problem) -> str:
    if problem.line is not None:
        return f"line {problem.line}: {problem.reason}"
    if problem.page is not None:
        return f"page {problem.page}: {problem.reason}"
    return problem.reason


_SLUG_JUNK = re.compile(r"[^a-z0-9æøå]+")


def _slug(text: str) -> str:
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "dokument"


def _doc_infos(pdfs: Sequence[Path], data: LibraryData) -> dict[Path, DocInfo]:
    """Catalogue entries for catalogued PDFs; a stable id from the file name for the rest."""
    by_file = data.catalog.by_file()
    plans_by_doc: dict[str, set[str]] = {}
    for node in data.goals.all_nodes():
        for link in node.links:
            plans_by_doc.setdefault(link.doc_id, set()).add(node.plan_id)
    taken = set(data.catalog.documents)
    infos: dict[Path, DocInfo] = {}
    for pdf in pdfs:
        entry = by_file.get(pdf)
        if entry is not None:
            infos[pdf] = _info_for(entry, plans_by_doc)
            continue
        doc_id, n = _slug(pdf.stem), 2
        while doc_id in taken:
            doc_id, n = f"{_slug(pdf.stem)}-{n}", n + 1
        taken.add(doc_id)
        infos[pdf] = DocInfo(doc_id, pdf.stem, "", (), tuple(sorted(plans_by_doc.get(doc_id, ()))))
    return infos


def _info_for(entry: Document, plans_by_doc: Mapping[str, set[str]]) -> DocInfo:
    return DocInfo(
        entry.id, entry.title, entry.kind, entry.years(), tuple(sorted(plans_by_doc.get(entry.id, ())))
    )


def _title_for(info: DocInfo, extracted_title: str) -> str:
    """The catalogue title; for uncatalogued files the PDF's own title when it has one."""
    if info.kind or not extracted_title.strip():
        return info.title
    return extracted_title.strip()


def _add_extracted(
    writer: IndexWriter, info: DocInfo, pdf: ExtractedPdf, stat: os.stat_result, spelled: set[str]
) -> int:
    """Add a file's pages and its record; ``spelled`` holds the spelling words this run has added.

    Whoosh adds a spelling-field posting for every distinct word of every page, half of
    all postings, though only the word's presence is ever used (suggestions are ranked
    by the content field's frequencies): each word is added once per run instead.
    """
    title = _title_for(info, pdf.metadata.get("title", ""))
    pages = 0
    prepared = pdf.prepared if len(pdf.prepared) == len(pdf.pages) else (None,) * len(pdf.pages)
    for page, pickled in zip(pdf.pages, prepared, strict=True):
        analysed = None
        if isinstance(pickled, bytes):
            content, parts, unlisted = pickle.loads(pickled)
            new_words = tuple(word for word in content.spellable if word not in spelled)
            spelled.update(new_words)
            analysed = (PreparedText(content.items, new_words), parts, unlisted)
        if page.text.strip():
            fields = page_fields(
                info,
                title,
                pdf.path,
                pdf.sha256,
                page.number,
                page.section or "",
                page.text,
                analysed,
                page.headings,
            )
            writer.add_document(**fields)
            pages += 1
    years = info.years or _years_from_metadata(pdf.metadata)
    meta = {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "doc_id": info.doc_id,
        "doc_sig": info.signature(),
        "title": title,
        "years": list(years),
        "page_count": pdf.page_count,
        "pages_indexed": pages,
        "problems": [p.to_json() for p in pdf.problems],
        "headings": [heading.to_json() for heading in pdf.headings],
        # For the OCR phase (core.ocr_index): page numbers and sections.
        "scanned_pages": [[p.number, p.section or ""] for p in pdf.pages if p.number in pdf.scanned_pages],
    }
    add_file_record(writer, pdf.path, pdf.sha256, meta)
    return pages


def _years_from_metadata(metadata: Mapping[str, str]) -> tuple[int, ...]:
    created = metadata.get("created", "")
    return (int(created[:4]),) if created[:4].isdigit() else ()


def _add_problem_file(
    writer: IndexWriter, info: DocInfo, path: str, file_hash: str, stat: os.stat_result, problem: Problem
) -> None:
    meta = {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "doc_id": info.doc_id,
        "doc_sig": info.signature(),
        "title": info.title,
        "page_count": 0,
        "pages_indexed": 0,
        "problems": [problem.to_json()],
    }
    add_file_record(writer, path, file_hash, meta)


def _move_pages(
    writer: IndexWriter, searcher: Any, record: FileRecord, new_path: str, info: DocInfo, stat: os.stat_result
) -> None:
    """Re-add a file's stored pages under a new path or document identity, without re-reading it."""
    stored = [dict(fields) for fields in searcher.documents(path=record.path) if fields.get("type") == "page"]
    writer.delete_by_term("path", record.path)
    meta = dict(record.meta)
    title = info.title if info.kind else meta.get("title", info.title)
    years = info.years or tuple(meta.get("years", ()))
    for fields in stored:
        page_info = DocInfo(info.doc_id, title, info.kind, years, info.plans)
        writer.add_document(
            **page_fields(
                page_info,
                title,
                new_path,
                record.file_hash,
                fields["page"],
                fields.get("section", ""),
                fields["content"],
                headings=[(int(offset), str(title)) for offset, title in fields.get("headings") or ()],
            ),
            **({"meta": fields["meta"]} if "meta" in fields else {}),  # recognised pages (OCR)
        )
    meta.update(
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        doc_id=info.doc_id,
        doc_sig=info.signature(),
        title=title,
    )
    add_file_record(writer, new_path, record.file_hash, meta)


def _goal_signature(data: LibraryData) -> str:
    digest = hashlib.sha1(str(SCHEMA_VERSION).encode())
    for path in sorted(data.files):
        try:
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
        except OSError:
            digest.update(str(path).encode() + b"\0unreadable")
    return digest.hexdigest()


def _write_goals(writer: IndexWriter, forest: GoalForest, catalog: Catalog) -> int:
    writer.delete_by_term("type", "goal")
    count = 0
    for plan in forest.plans:
        plan_docs = {link.doc_id for node in plan.walk() for link in node.links}
        years = sorted(
            {
                y
                for doc_id in plan_docs
                if doc_id in catalog.documents
                for y in catalog.documents[doc_id].years()
            }
        )
        for node in plan.walk():
            writer.add_document(**goal_fields(node, forest, catalog, years))
            count += 1
    return count


@dataclass
class _RunWork:
    """What a run has to do with each PDF."""

    unchanged: list[str] = field(default_factory=list)
    touch: list[tuple[FileRecord, os.stat_result]] = field(default_factory=list)
    move: list[tuple[FileRecord, str, os.stat_result]] = field(default_factory=list)
    extract: list[tuple[str, str, os.stat_result, bool]] = field(
        default_factory=list
    )  # path, hash, stat, is_new
    remove: list[str] = field(default_factory=list)
    unreadable: list[Problem] = field(default_factory=list)
    # Files indexed with pages before: a failed read now keeps those pages (see _kept_reason).
    previous: dict[str, FileRecord] = field(default_factory=dict)
    kept: list[Problem] = field(default_factory=list)


def _reconcile(
    pdfs: Sequence[Path],
    infos: Mapping[Path, DocInfo],
    records: dict[str, FileRecord],
    passwords: Mapping[str, str],
    cancel: CancelToken,
) -> _RunWork:
    """What the run has to do with each PDF: the library compared with the file records."""
    work = _RunWork()
    present = {str(p) for p in pdfs}
    vanished_by_hash: dict[str, FileRecord] = {}
    for known in records.values():
        if known.path not in present:
            vanished_by_hash.setdefault(known.file_hash, known)
    for pdf in pdfs:
        cancel.raise_if_cancelled()
        path = str(pdf)
        record = records.get(path)
        try:
            stat = pdf.stat()
        except OSError as exc:
            _unreadable(work, path, record, f"cannot be read: {exc.strerror or exc}")
            continue
        info = infos[pdf]
        retry_password = path in passwords and record is not None and record.meta.get("pages_indexed", 0) == 0
        if (
            record
            and not retry_password
            and record.meta.get("size") == stat.st_size
            and record.meta.get("mtime_ns") == stat.st_mtime_ns
        ):
            if record.meta.get("doc_sig") == info.signature():
                work.unchanged.append(path)
            else:
                work.move.append((record, path, stat))
            continue
        try:
            digest = file_sha256(pdf)
        except OSError as exc:
            _unreadable(work, path, record, f"cannot be read: {exc.strerror or exc}")
            continue
        if record and record.file_hash == digest and not retry_password:
            work.touch.append((record, stat))
            continue
        moved_from = vanished_by_hash.pop(digest, None)
        if moved_from is not None and not retry_password:
            work.move.append((moved_from, path, stat))
            continue
        work.extract.append((path, digest, stat, record is None))
        if record is not None and record.meta.get("pages_indexed", 0) > 0:
            work.previous[path] = record
    moved_away = {record.path for record, _, _ in work.move}
    work.remove = [p for p in records if p not in present and p not in moved_away]
    return work


def _unreadable(work: _RunWork, path: str, record: FileRecord | None, reason: str) -> None:
    """A file that cannot be read now: its pages stay when it had some (it stays present), else a problem."""
    if record is not None and record.meta.get("pages_indexed", 0) > 0:
        work.kept.append(Problem(path, _kept_reason(reason, record)))
    else:
        work.unreadable.append(Problem(path, reason))


def _kept_reason(reason: str, record: FileRecord) -> str:
    """Why a file's previous version stays, and from when that version is (its modification day)."""
    if reason.startswith(TRUNCATED):
        reason = "the file on disk is incomplete: the end of the PDF is missing"
    elif reason == EMPTY_FILE:
        reason = "the file on disk is incomplete: it is empty (0 bytes; a cloud file not downloaded?)"
    day = time.strftime("%Y-%m-%d", time.localtime(record.meta.get("mtime_ns", 0) / 1e9))
    return f"{reason}; the last readable version, from {day}, is kept"


def _incomplete(pdf: ExtractedPdf) -> Problem | None:
    """The whole-file problem of a PDF that was read only in part because it is cut off."""
    return next((p for p in pdf.problems if p.page is None and p.reason.startswith(TRUNCATED)), None)


def _offline_roots(
    roots: Sequence[Path],
    pdfs: Sequence[Path],
    records: Mapping[str, FileRecord],
    states: RootStates,
    now: str,
) -> tuple[list[OfflineRoot], set[str]]:
    """The roots out of reach that have indexed files, and the paths of those files (kept as they are).

    A reachable root counts as offline when every file indexed from it is gone and nothing
    else is there: what an unmounted share or an ejected drive leaves behind.
    """
    present = [str(p) for p in pdfs]
    offline: list[OfflineRoot] = []
    held: set[str] = set()
    for root in roots:
        key = root_key(root)
        below = [path for path in records if is_under(path, key)]
        reason = unreachable_reason(root, indexed_below=any(path != key for path in below))
        if reason is None and below and not any(is_under(path, key) for path in present):
            reason = emptied_reason(len(below))
        if reason is None:
            states.mark_online(key, now)
        elif below:
            offline.append(states.mark_offline(key, shown_path(root), reason, now))
            held.update(below)
    return offline, held


def update_index(
    index_dir: Path,
    roots: Sequence[Path],
    *,
    rebuild: bool = False,
    passwords: Mapping[str, str] | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    lock_timeout_s: float = 300.0,
    pool: ExtractionPool | None = None,
    forget: Sequence[Path] = (),
    ocr: OcrSettings | None = None,
) -> IndexSummary:
    """Bring the index in ``index_dir`` in line with the library under ``roots``.

    Unchanged files are not read; changed and new files are extracted in worker
    processes; renamed files keep their pages; removed files lose theirs. Cancelling
    discards the run's changes and leaves the last committed index as it was.

    A root out of reach is offline: its documents stay as they are (see core/offline.py).
    A file that fails to read keeps its previous pages. ``forget``: folders whose documents
    leave the index (and their copies the copy store) even when they are out of reach.
    Each indexed PDF is copied into the copy store meanwhile (see core/copystore.py).

    With ``ocr``, scanned pages are then recognised (core.ocr_index), committed as they
    finish; cancelling that phase keeps the pages recognised so far.
    """
    started = time.monotonic()
    cancel = cancel or CancelToken()
    report = on_progress or (lambda _progress: None)
    passwords = {str(Path(k).resolve()): v for k, v in (passwords or {}).items()}
    forgotten = [root_key(path) for path in forget]
    roots = [root for root in roots if not any(is_under(root_key(root), key) for key in forgotten)]

    report(Progress("scan", 0, 0, 0, 0.0, None))
    files = find_library_files(roots)
    store = CopyStore(index_dir)
    files.pdfs = [pdf for pdf in files.pdfs if not is_under(str(pdf), root_key(store.root))]
    files.yaml_files = outside_snapshot(files.yaml_files, index_dir)
    data = load_library_data(files.yaml_files)
    infos = _doc_infos(files.pdfs, data)
    ix, _created = open_or_create(index_dir, report, lock_timeout_s)
    writer = open_writer(ix, lock_timeout_s, report)
    feeder: CopyFeeder | None = None
    try:
        # Read under the lock: a run that waited for another sees what that one committed.
        known, goal_sig = read_file_records(ix)
        states = read_root_states(index_dir, ix)
        states.states = {root_key(r): states.states.get(root_key(r), {}) for r in roots}
        offline, held = _offline_roots(roots, files.pdfs, known, states, now_iso())
        # Files in a subfolder that cannot be listed now are kept like those of an offline root.
        in_unreadable = {
            path
            for path in known.keys() - held
            if any(is_under(path, root_key(folder)) for folder in files.unreadable)
        }
        held |= in_unreadable
        files.missing = [m for m in files.missing if root_key(m) not in {r.key for r in offline}]
        records = {} if rebuild else {p: r for p, r in known.items() if p not in held}
        # The goals of an offline root's YAML stay too: no new goal set while one is out of reach.
        goal_files = _goal_files(ix) if offline else []
        goals_offline = any(is_under(path, root.key) for root in offline for path in goal_files)
        if rebuild and held:
            # Keep what cannot be read again: delete all else.
            for path in known.keys() - held:
                writer.delete_by_term("path", path)
            if not goals_offline:
                for kind in ("goal", "goalset", "vocabulary"):
                    writer.delete_by_term("type", kind)
            goal_sig = None
        elif rebuild:
            writer.delete_by_query(Every())
            goal_sig = None
        work = _reconcile(files.pdfs, infos, records, passwords, cancel)
        work.kept += [
            Problem(path, _kept_reason("cannot be read: its folder cannot be listed", known[path]))
            for path in sorted(in_unreadable)
            if known[path].meta.get("pages_indexed", 0) > 0
        ]
        feeder = CopyFeeder(store)
        for path in work.unchanged + [record.path for record, _ in work.touch]:
            record = records[path]
            if record.meta.get("pages_indexed", 0) > 0:
                feeder.offer_missing(path, record.file_hash, record.meta.get("size", 0))
        for record, new_path, stat in work.move:
            if record.meta.get("pages_indexed", 0) > 0:
                feeder.offer_missing(new_path, record.file_hash, stat.st_size)
        with ix.searcher() as searcher:
            for record, stat in work.touch:
                add_file_record(
                    writer,
                    record.path,
                    record.file_hash,
                    {**record.meta, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns},
                )
            for record, new_path, stat in work.move:
                if record.path != new_path:
                    writer.delete_by_term("uid", f"file:{record.path}")
                _move_pages(writer, searcher, record, new_path, infos[Path(new_path)], stat)
        for path in work.remove:
            writer.delete_by_term("path", path)
        _extract_into(writer, work, infos, passwords, report, cancel, workers, pool, feeder)
        new_goal_sig = _goal_signature(data)
        if new_goal_sig != goal_sig and not goals_offline:
            _write_goals(writer, data.goals, data.catalog)
            goal_meta = {"sig": new_goal_sig, "files": [str(path) for path in data.files]}
            writer.update_document(uid="goalset", type="goalset", meta=goal_meta)
            # The library's vocabulary travels with the index: every search uses the same.
            groups = [[list(g.terms), g.note, g.exact_case] for g in data.vocabulary.groups]
            writer.update_document(uid="vocabulary", type="vocabulary", meta={"groups": groups})
        writer.update_document(uid=ROOTS_UID, type="roots", meta=states.to_meta())
        cancel.raise_if_cancelled()
        if not goals_offline:
            # Under the write lock: the YAML an offline folder's goals are read from later.
            save_snapshot(index_dir, data.files, new_goal_sig)
        report(Progress("commit", len(work.extract), len(work.extract), 0, 0.0, 0.0))
        writer.commit(mergetype=CLEAR) if rebuild and not held else writer.commit()
        record_checksums(index_dir, ix)
    except BaseException:
        writer.cancel()
        if feeder is not None:
            feeder.finish(None)
        if cancel.cancelled:
            return _summary(ix, data, files_missing=files.missing, work=None, started=started, cancelled=True)
        raise
    # Read once for the copies and the summary (a record carries its document's headings:
    # at 10,000 pages each read took ~30 ms); the OCR phase commits again, so it reads anew.
    committed, _ = read_file_records(ix)
    feeder.finish(_wanted_copies(committed))
    ocr_totals = OcrTotals()
    if ocr is not None and not cancel.cancelled:
        # Imported here: a process that only searches never loads the OCR phase (cold start).
        from tromsvekst_desktop.core.ocr_index import recognise_scanned_pages

        ocr_totals = recognise_scanned_pages(
            ix, index_dir, infos, ocr, report, cancel, lock_timeout_s, workers, passwords
        )
    report(Progress("done", len(work.extract), len(work.extract), 0, 0.0, 0.0))
    if ocr is not None:
        committed, _ = read_file_records(ix)
    summary = _summary(
        ix, data, files_missing=files.missing, work=work, started=started, cancelled=False, records=committed
    )
    return replace(
        summary,
        problems=tuple(ocr_totals.annotate(list(summary.problems))),
        ocr=ocr_totals,
        offline=tuple(offline),
        kept=tuple(work.kept),
    )


def _goal_files(ix: FileIndex) -> list[str]:
    """The YAML files the stored goal set was read from."""
    with ix.searcher() as searcher:
        for fields in searcher.documents(type="goalset"):
            return list((fields.get("meta") or {}).get("files", []))
    return []


def _wanted_copies(records: Mapping[str, FileRecord]) -> dict[str, int]:
    """The contents (hash → size) the copy store should hold: every file with indexed pages."""
    return {
        r.file_hash: r.meta.get("size", 0) for r in records.values() if r.meta.get("pages_indexed", 0) > 0
    }


def _extract_into(
    writer: IndexWriter,
    work: _RunWork,
    infos: Mapping[Path, DocInfo],
    passwords: Mapping[str, str],
    report: ProgressCallback,
    cancel: CancelToken,
    workers: int | None,
    pool: ExtractionPool | None,
    feeder: CopyFeeder,
) -> None:
    if not work.extract:
        return
    todo = {path: (digest, stat) for path, digest, stat, _new in work.extract}
    jobs = [ExtractJob(path, passwords.get(path), prepare=prepare_pages) for path in todo]
    started = time.monotonic()
    done = pages = 0
    spelled: set[str] = set()
    own_pool = pool is None
    active = pool or ExtractionPool(workers=workers)
    try:
        for job, result in active.run(jobs, cancel):
            digest, stat = todo[job.path]
            info = infos[Path(job.path)]
            failed = result if isinstance(result, Problem) else _incomplete(result)
            previous = work.previous.get(job.path)
            if failed is not None and previous is not None:
                # Its pages and record stay as they are, so the next run reads it again.
                work.kept.append(Problem(job.path, _kept_reason(failed.reason, previous)))
            elif isinstance(result, Problem):
                writer.delete_by_term("path", job.path)
                _add_problem_file(writer, info, job.path, digest, stat, result)
            else:
                writer.delete_by_term("path", job.path)
                pages += _add_extracted(writer, info, result, stat, spelled)
                feeder.offer_new(job.path, result.sha256, stat.st_size)
            done += 1
            elapsed = max(time.monotonic() - started, 1e-6)
            eta = elapsed / done * (len(jobs) - done) if done >= 1 else None
            report(Progress("extract", done, len(jobs), pages, pages / elapsed, eta, job.path))
    finally:
        if own_pool:
            active.close()
    cancel.raise_if_cancelled()


def _summary(
    ix: FileIndex,
    data: LibraryData,
    *,
    files_missing: Sequence[Path],
    work: _RunWork | None,
    started: float,
    cancelled: bool,
    records: Mapping[str, FileRecord] | None = None,
) -> IndexSummary:
    """What the run did; ``records``: the file records as committed (read here when not given)."""
    if records is None:
        records, _ = read_file_records(ix)
    kept = 0 if work is None else len(work.previous.keys() & {p.path for p in work.kept})
    with ix.searcher() as searcher:
        pages = len(list(searcher.document_numbers(type="page")))
        goals = len(list(searcher.document_numbers(type="goal")))
    problems: list[Problem] = [Problem(str(p), "not found") for p in files_missing]
    problems += data.problems
    for record in sorted(records.values(), key=lambda r: r.path):
        problems += record.problems
    if work is not None:
        problems += work.unreadable
    documents = sum(1 for r in records.values() if r.meta.get("pages_indexed", 0) > 0)
    return IndexSummary(
        documents=documents,
        pages=pages,
        goals=goals,
        added=0 if work is None else sum(1 for *_, new in work.extract if new),
        updated=0 if work is None else sum(1 for *_, new in work.extract if not new) + len(work.move) - kept,
        removed=0 if work is None else len(work.remove),
        unchanged=0 if work is None else len(work.unchanged) + len(work.touch),
        problems=tuple(problems),
        seconds=time.monotonic() - started,
        cancelled=cancelled,
    )
