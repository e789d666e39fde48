"""The benchmark runs end to end at a tiny size and reports every measurement the README promises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pymupdf

from tromsvekst_desktop.bench import generated_sources, median_of_runs, plan_documents

KEYS = (
    "pages",
    "extract_pages_per_s",
    "index_pages_per_s",
    "reindex_unchanged_s",
    "reindex_one_file_s",
    "index_mb",
    "query_ms",
    "cold_start_s",
    "rss_mb_index",
    "rss_mb_search",
    "machine",
)


def test_benchmark_reports_every_measurement(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    command = [sys.executable, "-m", "tromsvekst_desktop.bench", "--pages", "60"]
    command += ["--json", str(out), "--keep", str(tmp_path / "work")]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr

    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(KEYS) <= set(result)
    assert "gui" not in result
    assert result["pages"] == 60
    assert result["indexed_pages"] == 60
    assert result["problems"] == 0
    for key in ("extract_pages_per_s", "index_pages_per_s", "index_mb", "rss_mb_index", "rss_mb_search"):
        assert result[key] > 0, key
    assert 0 < result["reindex_unchanged_s"] and 0 < result["reindex_one_file_s"]
    assert 0 < result["cold_start_s"] < 60
    query = result["query_ms"]
    assert 0 < query["p50"] <= query["p95"] <= query["max"]
    assert set(result["query_ms_by_kind"]) == {"word", "two words", "phrase", "prefix", "fuzzy", "filter"}
    # The mix searches real text: the prefix queries at least find pages.
    assert result["query_hits"]["bygg*"] + result["query_hits"]["konsekvens*"] > 0, result["query_hits"]
    assert result["machine"]["cores"] >= 1 and result["machine"]["python"]
    # The table a reader sees, before the JSON line.
    assert "query p50 / p95 / max" in run.stdout


def test_corpus_has_the_requested_pages_in_plan_sized_documents(tmp_path: Path) -> None:
    docs = plan_documents(1234, generated_sources())
    assert sum(d.pages for d in docs) == 1234
    assert all(25 <= d.pages <= 300 for d in docs)
    assert len({d.file_name for d in docs}) == len(docs)


def test_rendered_pages_keep_norwegian_letters_and_an_outline(tmp_path: Path) -> None:
    from tromsvekst_desktop.bench import render_document

    source = generated_sources(1)[0]
    spec = plan_documents(60, [source])[0]
    path = tmp_path / spec.file_name
    render_document(spec, source, path)
    with pymupdf.open(path) as doc:
        assert doc.page_count == 60
        assert doc.get_toc()
        text = doc[0].get_text()
    assert "Side 1 av 60" in text
    assert any(ch in text for ch in "æøå")


def test_fast_index_analysis_gives_exactly_the_analyzer_chains_postings(corpus_dir: Path) -> None:
    """The indexer's one-pass analysis (used for speed) must not change a single posting."""
    from whoosh.fields import TEXT

    from tromsvekst_desktop.bench import LAWS_DIR, parse_law
    from tromsvekst_desktop.core.index import make_schema

    field = make_schema()["content"]
    texts = [b.text for law in sorted(LAWS_DIR.glob("*.md"))[:4] for b in parse_law(law).blocks]
    texts += [
        "Og i by is på fjorden",
        "og og",
        "",
        "m.m. 2.1 kr. 3.500,- İstanbul straße ÆØÅ",
        "3-1. §§ (a) – «b»",
    ]
    for text in texts:
        prepared = field.prepare(text)
        assert prepared.items == tuple(TEXT.index(field, text)), text
        assert prepared.spellable == tuple(TEXT.spellable_words(field, text)), text


def test_several_runs_report_the_median_of_each_number() -> None:
    runs = [
        {"index_pages_per_s": 300.0, "query_ms": {"p95": 40.0}, "corpus": "laws", "gui": {"launch_s": 0.9}},
        {"index_pages_per_s": 500.0, "query_ms": {"p95": 90.0}, "corpus": "laws", "gui": {"launch_s": 0.7}},
        {"index_pages_per_s": 420.0, "query_ms": {"p95": 45.0}, "corpus": "laws", "gui": {"launch_s": 1.4}},
    ]
    assert median_of_runs(runs) == {
        "index_pages_per_s": 420.0,
        "query_ms": {"p95": 45.0},
        "corpus": "laws",
        "gui": {"launch_s": 0.9},
    }


def test_copy_store_cost_reports_both_budgets(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "tromsvekst_desktop.bench_copies", "--pages", "60", "--runs", "1"]
    run = subprocess.run([*command, "--keep", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["pages"] == 60
    assert result["none"]["copies_mb"] == 0.0
    # With copies the store holds every PDF once: as much disk as the library itself.
    assert result["2GB"]["copies_mb"] == result["library_mb"] > 0
    assert result["copying_alone_s"] > 0 and result["none"]["wall_s"] > 0
