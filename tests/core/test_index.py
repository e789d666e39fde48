"""Indexing a library: counts, incremental updates, renames, schema changes, cancel, locks."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from tests.library_factory import write_pdf
from tromsvekst_desktop.core.index import META_FILE, IndexBusy, update_index
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.pdftext import ExtractedPdf, ExtractionPool
from tromsvekst_desktop.core.search import SearchEngine


def refuse_to_extract(path: str, password: str | None) -> ExtractedPdf:
    """A pool target for runs that must not read any PDF."""
    raise RuntimeError(f"{path} was re-read")


@pytest.fixture
def no_reading_pool():
    with ExtractionPool(workers=1, target=refuse_to_extract) as pool:
        yield pool


def hits(index_dir: Path, query: str) -> list[tuple[str, str | None, int | None]]:
    with SearchEngine(index_dir) as engine:
        return [(h.kind, h.path, h.page) for h in engine.search(query, limit=100).hits]


def test_first_run_indexes_pages_and_goals(library: Path, index_dir: Path) -> None:
    summary = update_index(index_dir, [library])
    assert (summary.documents, summary.pages, summary.goals) == (2, 5, 5)
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (2, 0, 0, 0)
    assert summary.problems == ()
    assert ("page", str(library / "avtalen.pdf"), 2) in hits(index_dir, "midtveisevaluering")


def test_unchanged_library_reads_nothing(
    library: Path, index_dir: Path, no_reading_pool: ExtractionPool
) -> None:
    update_index(index_dir, [library])
    os.utime(library / "planen.pdf")  # touched, same content: hashed, not re-read
    summary = update_index(index_dir, [library], pool=no_reading_pool)
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (0, 0, 0, 2)
    assert summary.problems == ()
    assert hits(index_dir, "skredsikring")


def test_changed_file_replaces_only_its_pages(library: Path, index_dir: Path) -> None:
    update_index(index_dir, [library])
    write_pdf(library / "avtalen.pdf", ["Ny tekst om havbruk og fiskeri."])
    summary = update_index(index_dir, [library])
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 1)
    assert summary.pages == 4
    assert hits(index_dir, "havbruk") == [("page", str(library / "avtalen.pdf"), 1)]
    assert hits(index_dir, "midtveisevaluering") == []
    assert hits(index_dir, "skredsikring")  # the other document is untouched


def test_renamed_file_keeps_its_pages_without_rereading(
    library: Path, index_dir: Path, no_reading_pool: ExtractionPool
) -> None:
    write_pdf(library / "notat.pdf", ["Notat om reindrift i Balsfjord."])
    update_index(index_dir, [library])
    moved = library / "arkiv" / "notat-2025.pdf"
    moved.parent.mkdir()
    shutil.move(library / "notat.pdf", moved)
    summary = update_index(index_dir, [library], pool=no_reading_pool)
    assert (summary.added, summary.updated, summary.removed) == (0, 1, 0)
    assert summary.problems == ()
    assert hits(index_dir, "reindrift") == [("page", str(moved), 1)]


def test_moved_catalogued_file_is_reported_in_the_catalogue(
    library: Path, index_dir: Path, no_reading_pool: ExtractionPool
) -> None:
    update_index(index_dir, [library])
    moved = library / "arkiv" / "avtalen.pdf"
    moved.parent.mkdir()
    shutil.move(library / "avtalen.pdf", moved)
    summary = update_index(index_dir, [library], pool=no_reading_pool)
    [problem] = summary.problems
    assert problem.path.endswith("catalog.yaml") and "avtalen.pdf" in problem.reason
    assert hits(index_dir, "midtveisevaluering") == [("page", str(moved), 2)]


def test_removed_file_leaves_no_stale_hits(library: Path, index_dir: Path) -> None:
    update_index(index_dir, [library])
    (library / "avtalen.pdf").unlink()
    summary = update_index(index_dir, [library])
    assert summary.removed == 1
    assert summary.documents == 1
    assert hits(index_dir, "midtveisevaluering") == []


def test_added_file_is_found(library: Path, index_dir: Path) -> None:
    update_index(index_dir, [library])
    write_pdf(library / "nytt" / "notat.pdf", ["Notat om reindrift i Balsfjord."], title="Notat om reindrift")
    summary = update_index(index_dir, [library])
    assert (summary.added, summary.unchanged) == (1, 2)
    with SearchEngine(index_dir) as engine:
        [hit] = engine.search("reindrift").hits
    assert hit.title == "Notat om reindrift"  # the PDF's own title for an uncatalogued file
    assert hit.doc_id == "notat"


def test_schema_version_change_rebuilds(library: Path, index_dir: Path) -> None:
    update_index(index_dir, [library])
    meta = json.loads((index_dir / META_FILE).read_text())
    meta["schema_version"] = 0
    (index_dir / META_FILE).write_text(json.dumps(meta))
    summary = update_index(index_dir, [library])
    assert summary.added == 2  # everything indexed afresh
    assert hits(index_dir, "skredsikring")


def test_rebuild_keeps_readme_in_index_folder(library: Path, index_dir: Path) -> None:
    index_dir.mkdir()
    (index_dir / "README.md").write_text("keep me")
    update_index(index_dir, [library])
    summary = update_index(index_dir, [library], rebuild=True)
    assert summary.added == 2
    assert (index_dir / "README.md").read_text() == "keep me"
    assert hits(index_dir, "skredsikring")


def test_cancelled_run_leaves_last_commit_searchable(library: Path, index_dir: Path) -> None:
    update_index(index_dir, [library])
    write_pdf(library / "avtalen.pdf", ["Ny tekst om havbruk."])
    write_pdf(library / "tredje.pdf", ["Tredje dokument om fiskeri."])
    cancel = CancelToken()

    def cancel_after_first_file(progress: Progress) -> None:
        if progress.phase == "extract" and progress.files_done >= 1:
            cancel.cancel()

    summary = update_index(index_dir, [library], on_progress=cancel_after_first_file, cancel=cancel)
    assert summary.cancelled
    assert hits(index_dir, "midtveisevaluering")  # the old text is still there
    assert hits(index_dir, "havbruk") == [] and hits(index_dir, "fiskeri") == []
    summary = update_index(index_dir, [library])
    assert not summary.cancelled
    assert hits(index_dir, "havbruk") and hits(index_dir, "fiskeri")


def test_second_writer_waits_then_reports_busy(library: Path, index_dir: Path) -> None:
    update_index(index_dir, [library])
    ix = whoosh_index.open_dir(str(index_dir), indexname="MAIN")
    holder = ix.writer()
    waits: list[Progress] = []
    try:
        with pytest.raises(IndexBusy, match="another process"):
            update_index(index_dir, [library], lock_timeout_s=0.3, on_progress=waits.append)
        assert hits(index_dir, "skredsikring")  # readers are never blocked
    finally:
        holder.cancel()
    assert [p.phase for p in waits if p.phase == "wait"] == ["wait"]


def test_problem_files_are_reported_and_remembered(
    library: Path, index_dir: Path, no_reading_pool: ExtractionPool
) -> None:
    (library / "tom.pdf").write_bytes(b"")
    (library / "nettside.pdf").write_text("<!DOCTYPE html><html><body>Hei</body></html>")
    summary = update_index(index_dir, [library])
    reasons = {Path(p.path).name: p.reason for p in summary.problems}
    assert "empty" in reasons["tom.pdf"]
    assert "HTML" in reasons["nettside.pdf"]
    assert summary.documents == 2
    # Known-bad files are not re-read on the next run, but still reported.
    again = update_index(index_dir, [library], pool=no_reading_pool)
    assert {Path(p.path).name for p in again.problems} == {"tom.pdf", "nettside.pdf"}


def test_yaml_problems_do_not_stop_indexing(library: Path, index_dir: Path) -> None:
    (library / "broken.yaml").write_text("plan:\n  id: x\n  title: [unclosed\n")
    summary = update_index(index_dir, [library])
    [problem] = summary.problems
    assert problem.path.endswith("broken.yaml") and problem.line is not None
    assert summary.goals == 5 and summary.pages == 5
