"""Short runs of the fault-injection script: kills mid-index, damaged index files, mutated PDFs."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.library_factory import make_library
from tromsvekst_desktop import cli
from tromsvekst_desktop.tools.faults import DAMAGE, damage_series, kill_series, main, mutate, mutate_series


def in_process(index_dir: Path, args: Sequence[str]) -> tuple[int, str, str]:
    """`tromsvekst` without a new interpreter per call (the damage series makes twenty calls)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(["--index-dir", str(index_dir), *args])
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_killed_runs_lose_nothing_and_the_next_run_matches_a_clean_rebuild(tmp_path: Path) -> None:
    rows = kill_series(runs=2, pages=120, work=tmp_path / "work", seed=11, corpus_dir=tmp_path / "corpus")
    failures = [row for row in rows if not row.ok]
    assert not failures, failures
    assert {row.after_kill for row in rows} <= {"old", "new", "old=new"}


# A garbled table of contents is unpickled by Whoosh: when the garbage holds pickle's
# READONLY_BUFFER opcode and a later one fails (MemoryError), CPython's unpickler frees a
# bytearray whose buffer is still exported and prints "deallocated bytearray object has
# exported buffers" (an unraisable SystemError, CPython's own, seen with some TOC contents):
# it changes nothing the user sees, which is what this test checks.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_every_kind_of_damage_is_reported_and_repaired(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    rows = damage_series(library, tmp_path / "work", run=in_process)
    assert [row.kind for row in rows] == list(DAMAGE)
    for row in rows:
        assert row.search_ok, (row.kind, row.search)
        assert row.repair_ok, (row.kind, row.repair)


def test_mutated_pdfs_are_each_indexed_or_reported(tmp_path: Path) -> None:
    result = mutate_series(30, tmp_path, seed=3)
    assert result.ok, result
    assert result.indexed + result.reported == 30
    assert result.reported > 0  # the mutations do break files, so reporting is exercised


def test_mutation_is_reproducible() -> None:
    import random

    data = bytes(range(256)) * 8
    assert mutate(data, random.Random(1)) == mutate(data, random.Random(1))
    assert mutate(data, random.Random(1)) != data


@pytest.mark.parametrize("argv", [["kill", "--runs", "0"], ["mutate", "--count", "-1"], ["nonsense"]])
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err
