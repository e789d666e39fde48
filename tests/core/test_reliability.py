"""Faults a desktop sees: full disk, read-only index folder, two indexers at once, bad arguments."""

from __future__ import annotations

import json
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pymupdf
import pytest

from tests.library_factory import cli_argv, make_library, write_pdf
from tromsvekst_desktop import cli
from tromsvekst_desktop.core.index import INDEX_NAME, IndexDamaged, check_index, update_index
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.tools.faults import snapshot

QUERIES = ("skredsikring", "bolig", "havbruk", "kind:goal")
NOBODY = 65534


def cli_run(
    index_dir: Path, *args: str, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_argv(index_dir, *args), capture_output=True, text=True, timeout=120, preexec_fn=preexec
    )


def add_big_documents(library: Path, count: int, pages: int) -> None:
    for n in range(count):
        text = " ".join(f"havbruk{n}x{w} fiskeri Balsfjord kystsone" for w in range(120))
        write_pdf(library / "arkiv" / f"sak-{n}.pdf", [f"Side {p}: {text}" for p in range(pages)])


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Path, Path, dict[str, object]]:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    assert cli_run(index_dir, "index", "--no-bundled", str(library)).returncode == 0
    return library, index_dir, snapshot(index_dir, QUERIES)


def limit_file_size() -> None:
    """Like a full disk: writes past 64 KB fail with EFBIG (instead of killing the process)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_full_disk_says_so_and_keeps_the_previous_index(
    indexed: tuple[Path, Path, dict[str, object]],
) -> None:
    library, index_dir, before = indexed
    add_big_documents(library, count=2, pages=10)
    result = cli_run(index_dir, "index", "--no-bundled", str(library), preexec=limit_file_size)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"tromsvekst: cannot write {index_dir}")
    assert "full" in line and "as it was before" in line
    check_index(index_dir)
    assert snapshot(index_dir, QUERIES) == before
    # With space again the next run completes and finds the new pages.
    assert cli_run(index_dir, "index", "--no-bundled", str(library)).returncode == 0
    assert snapshot(index_dir, ("kystsone",))["kystsone"][0] == 20


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can read (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="tromsvekst-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_read_only_index_folder_says_so_and_stays_searchable(shared_dir: Path) -> None:
    library = make_library(shared_dir / "lib")
    index_dir = shared_dir / "index"
    assert cli_run(index_dir, "index", "--no-bundled", str(library)).returncode == 0
    before = snapshot(index_dir, QUERIES)
    add_big_documents(library, count=1, pages=2)
    for path in [shared_dir, *shared_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    index_dir.chmod(0o555)
    # Root ignores permissions: run the CLI in a process that gives up root once it has loaded
    # what it needs (a new interpreter as nobody could not reach this venv). A search as root
    # first loads the modules and codecs that the search and the index run import lazily.
    code = (
        "import contextlib, io, os, sys; from tromsvekst_desktop import cli; import encodings.utf_8_sig\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    cli.main(['--index-dir', sys.argv[2], 'search', 'bolig'])\n"
        f"if os.geteuid() == 0: os.setgid({NOBODY}); os.setuid({NOBODY})\n"
        "sys.exit(cli.main(sys.argv[1:]))"
    )

    def run_as_reader(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code, "--index-dir", str(index_dir), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    result = run_as_reader("index", "--no-bundled", str(library))
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.splitlines()) == 1, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"tromsvekst: cannot write {index_dir}")
    assert "Permission denied" in line and "as it was before" in line
    searched = run_as_reader("search", "skredsikring", "--json")
    assert searched.returncode == 0, searched.stderr
    assert json.loads(searched.stdout)["total"] == before["skredsikring"][0]
    assert snapshot(index_dir, QUERIES) == before


def test_two_indexers_on_one_index_wait_for_each_other(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    add_big_documents(library, count=4, pages=10)
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    args = ("index", "--no-bundled", str(library))
    first = subprocess.Popen(
        cli_argv(index_dir, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert wait_for_lock_holder(index_dir, first)
        second = cli_run(index_dir, *args)
    finally:
        _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert "Waiting: another process is writing the index …" in second.stderr
    assert "added 0, updated 0, removed 0, unchanged 6" in second.stdout  # the first did the work
    clean = tmp_path / "clean"
    assert cli_run(clean, *args).returncode == 0
    queries = (*QUERIES, "havbruk3x7", "kystsone")
    assert snapshot(index_dir, queries) == snapshot(clean, queries)


def wait_for_lock_holder(index_dir: Path, process: subprocess.Popen[str]) -> bool:
    """Wait until ``process`` holds the index's write lock (True), or has ended (False)."""
    from whoosh.filedb.filestore import FileStorage

    lock = FileStorage(str(index_dir)).lock(f"{INDEX_NAME}_WRITELOCK")
    while process.poll() is None:
        if (index_dir / f"{INDEX_NAME}_WRITELOCK").exists():
            if not lock.acquire(blocking=False):
                return True
            lock.release()
        time.sleep(0.02)
    return False


def test_damage_found_by_check_index_names_the_file(indexed: tuple[Path, Path, dict[str, object]]) -> None:
    _, index_dir, _ = indexed
    segment = next(index_dir.glob(f"{INDEX_NAME}_*.seg"))
    with segment.open("r+b") as stream:
        stream.seek(segment.stat().st_size // 2)
        stream.write(b"\0" * 32)
    with pytest.raises(IndexDamaged, match=segment.name):
        check_index(index_dir)


def test_core_rebuilds_a_damaged_index_and_says_so(indexed: tuple[Path, Path, dict[str, object]]) -> None:
    library, index_dir, before = indexed
    next(index_dir.glob(f"{INDEX_NAME}_*.seg")).unlink()
    phases: list[str] = []
    summary = update_index(index_dir, [library], on_progress=lambda p: phases.append(p.phase))
    assert "repair" in phases
    assert (summary.documents, summary.pages) == (2, 5)
    assert snapshot(index_dir, QUERIES) == before


# --------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["search"],
        ["search", "bolig", "--limit"],
        ["search", "bolig", "--limit", "-1"],
        ["search", "bolig", "--limit", "mange"],
        ["search", "bolig", "--kind", "dokument"],
        ["index", "--password", "bare-fil.pdf"],
        ["--index-dir"],
        ["--index-dir", "/finnes/ikke/indeks", "index"],
        ["frobnicate"],
        [],
    ],
    ids=lambda argv: " ".join(argv) or "nothing",
)
def test_bad_arguments_exit_2_with_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: tromsvekst") and "Traceback" not in err


def test_missing_index_dir_parent_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--index-dir", str(tmp_path / "mangler" / "indeks"), "index", "--no-bundled"])
    assert not (tmp_path / "mangler").exists()


@pytest.mark.parametrize(
    "raw",
    [
        {"version": 1, "library_folders": [1, 2]},
        {"version": 1, "index_dir": 42},
        {"version": 1, "include_bundled": "ja"},
        {"version": 1, "language": None},
        {"version": "1"},
        {"version": True},
        {"version": 99, "language": "en"},
    ],
    ids=[
        "folders-not-text",
        "index-dir-number",
        "bundled-text",
        "language-null",
        "version-text",
        "version-bool",
        "newer-version",
    ],
)
def test_settings_with_wrong_types_fall_back_with_a_warning(
    tmp_path: Path, raw: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert Settings.load(path) == Settings()
    assert any(record.levelname == "WARNING" for record in caplog.records)


def encrypted_pdf(path: Path, password: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Hemmelig plan om skredsikring i Tromsø.", fontname="helv")
    doc.save(str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password, owner_pw="eier")
    doc.close()
    return path


PASSWORDS = {"umlaut.pdf": "pässwört", "æøå.pdf": "Tromsø-æøå", "sámi.pdf": "ŧŋčšž€ Sápmi"}


def test_index_with_non_ascii_passwords(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    pdfs = {name: encrypted_pdf(folder / name, password) for name, password in PASSWORDS.items()}
    index_dir = tmp_path / "index"

    def index(passwords: dict[str, str]) -> dict[str, object]:
        pairs = [arg for name, pw in passwords.items() for arg in ("--password", str(pdfs[name]), pw)]
        result = cli_run(index_dir, "index", "--no-bundled", str(folder), "--json", *pairs)
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    without = index({})
    assert [p["reason"].startswith("password-protected") for p in without["problems"]] == [True] * 3
    wrong = index({name: pw.upper() for name, pw in PASSWORDS.items()})
    assert wrong["pages"] == 0 and len(wrong["problems"]) == 3
    right = index(PASSWORDS)
    assert (right["pages"], right["problems"]) == (3, [])
