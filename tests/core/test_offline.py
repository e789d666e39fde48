"""Offline use through the `tromsvekst` command: folders out of reach keep their documents, files
that turn unreadable keep their last good version, and every indexed PDF has a local copy."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.library_factory import cli_argv, make_library, write_pdf
from tests.unprivileged import CAN_DROP_ROOT, cli_as_nobody, give_to_nobody, shared_dir
from tromsvekst_desktop.core.copystore import CopyStore, DamagedCopy, parse_budget
from tromsvekst_desktop.core.pdftext import file_sha256


def cli(index_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_argv(index_dir, *args), capture_output=True, text=True, timeout=120)


def index(index_dir: Path, *roots: Path, extra: tuple[str, ...] = ()) -> dict:
    result = cli(index_dir, "index", "--no-bundled", *map(str, roots), "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def search(index_dir: Path, query: str) -> dict:
    result = cli(index_dir, "search", query, "--json", "--no-bundled", "--kind", "page")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_since_is_now(since: str) -> None:
    when = datetime.datetime.fromisoformat(since)
    assert when.tzinfo is not None
    assert abs((datetime.datetime.now(datetime.UTC) - when).total_seconds()) < 120


def second_folder(parent: Path) -> Path:
    """Another library folder, with one PDF about havbruk."""
    write_pdf(parent / "andre" / "havbruk.pdf", ["Planen for havbruk i fjordene."])
    return parent / "andre"


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Path, Path]:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    summary = index(index_dir, library)
    assert (summary["documents"], summary["pages"], summary["offline"], summary["kept"]) == (2, 5, [], [])
    return library, index_dir


def test_a_renamed_folder_is_offline_and_keeps_its_pages(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    before = search(index_dir, "bolig")
    assert before["total"] == 2
    library.rename(library.with_name("lib-flyttet"))

    summary = index(index_dir, library)
    [offline] = summary["offline"]
    assert set(offline) == {"path", "reason", "since"}
    assert (offline["path"], offline["reason"]) == (str(library), "not found")
    assert_since_is_now(offline["since"])
    assert (summary["documents"], summary["pages"], summary["removed"]) == (2, 5, 0)
    assert summary["goals"] == 5  # the goals of its YAML stay searchable too
    assert summary["problems"] == []  # not also reported as "not found"
    after = search(index_dir, "bolig")
    assert after["total"] == before["total"]
    for hit in after["hits"]:
        assert hit["available"] is False
        assert Path(hit["copy"]).is_absolute()
        original = library.with_name("lib-flyttet") / Path(hit["path"]).name
        assert Path(hit["copy"]).read_bytes() == original.read_bytes()

    # Still offline on the next run: "since" stays the time it went offline.
    again = index(index_dir, library)
    assert again["offline"] == summary["offline"]

    # Back again: reconciled as usual, nothing read again.
    library.with_name("lib-flyttet").rename(library)
    back = index(index_dir, library)
    assert (back["offline"], back["unchanged"], back["added"], back["updated"]) == ([], 2, 0, 0)
    assert all(hit["available"] for hit in search(index_dir, "bolig")["hits"])


def test_a_folder_left_empty_is_offline(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    shutil.rmtree(library)
    library.mkdir()  # what an unmounted share leaves behind
    summary = index(index_dir, library)
    [offline] = summary["offline"]
    assert offline["reason"] == "none of the 2 files indexed from it is there (an unmounted drive or share?)"
    assert (summary["pages"], summary["removed"]) == (5, 0)
    assert search(index_dir, "skredsikring")["total"] == 1


def test_a_folder_that_is_no_longer_a_folder_is_offline(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    shutil.rmtree(library)
    library.write_text("a file where the folder was")
    [offline] = index(index_dir, library)["offline"]
    assert offline["reason"] == "no longer a folder"


def test_a_file_missing_from_a_reachable_folder_is_removed(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    (library / "avtalen.pdf").unlink()
    summary = index(index_dir, library)
    assert (summary["offline"], summary["removed"], summary["documents"]) == ([], 1, 1)


def test_a_missing_folder_that_was_never_indexed_is_reported_as_before(tmp_path: Path) -> None:
    summary = index(tmp_path / "index", tmp_path / "finnes-ikke")
    assert summary["offline"] == []
    assert summary["problems"] == [{"path": str(tmp_path / "finnes-ikke"), "reason": "not found"}]


def test_a_rebuild_keeps_the_documents_of_an_offline_folder(
    tmp_path: Path, indexed: tuple[Path, Path]
) -> None:
    library, index_dir = indexed
    other = second_folder(tmp_path)
    index(index_dir, library, other)
    library.rename(library.with_name("borte"))
    summary = index(index_dir, library, other, extra=("--rebuild",))
    assert (summary["pages"], summary["goals"], summary["added"], len(summary["offline"])) == (6, 5, 1, 1)
    assert search(index_dir, "skredsikring")["total"] == 1


def test_a_truncated_file_keeps_its_last_good_version(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    plan = library / "planen.pdf"
    whole = plan.read_bytes()
    plan.write_bytes(whole[: len(whole) // 2])  # a copy caught half way

    summary = index(index_dir, library)
    today = datetime.date.today().isoformat()
    assert summary["kept"] == [
        {
            "path": str(plan),
            "reason": "the file on disk is incomplete: the end of the PDF is missing; "
            f"the last readable version, from {today}, is kept",
        }
    ]
    assert (summary["pages"], summary["updated"], summary["problems"]) == (5, 0, [])
    assert "unexpected" not in json.dumps(summary)
    [hit] = search(index_dir, "skredsikring")["hits"]
    assert hit["available"] is True  # the file is there, only incomplete ...
    assert Path(hit["copy"]).read_bytes() == whole  # ... and the copy is the version indexed

    # Retried on the next run: still incomplete, still kept.
    assert index(index_dir, library)["kept"] == summary["kept"]

    # Replaced as soon as it reads: a new good version takes the old one's place.
    write_pdf(plan, ["Planen, ny utgave", "Havbruk i fjordene og skredsikring."])
    fixed = index(index_dir, library)
    assert (fixed["kept"], fixed["updated"], fixed["pages"]) == ([], 1, 4)
    assert search(index_dir, "havbruk")["total"] == 1
    [hit] = search(index_dir, "skredsikring")["hits"]
    assert Path(hit["copy"]).read_bytes() == plan.read_bytes()
    assert not CopyStore(index_dir).copy_of(_sha256_of(whole))  # the old version's copy is gone


def _sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_zero_byte_placeholder_keeps_its_last_good_version(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    (library / "avtalen.pdf").write_bytes(b"")  # a cloud file not downloaded
    summary = index(index_dir, library)
    [kept] = summary["kept"]
    assert kept["path"] == str(library / "avtalen.pdf")
    assert kept["reason"].startswith("the file on disk is incomplete: it is empty (0 bytes")
    assert summary["pages"] == 5
    assert search(index_dir, "kollektivtransport")["total"] == 1


def test_a_file_that_never_read_is_reported_as_before(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    (library / "tom.pdf").write_bytes(b"")
    summary = index(index_dir, library)
    assert summary["kept"] == []
    assert {"path": str(library / "tom.pdf"), "reason": "empty file (0 bytes)"} in summary["problems"]


def test_forget_removes_a_folder_and_its_copies_even_when_offline(
    tmp_path: Path, indexed: tuple[Path, Path]
) -> None:
    library, index_dir = indexed
    other = second_folder(tmp_path)
    index(index_dir, library, other)
    assert CopyStore(index_dir).usage()[0] == 3
    library.rename(library.with_name("borte"))
    assert len(index(index_dir, library, other)["offline"]) == 1

    summary = index(index_dir, library, other, extra=("--forget", str(library)))
    assert (summary["offline"], summary["removed"], summary["documents"], summary["pages"]) == ([], 2, 1, 1)
    assert search(index_dir, "skredsikring")["total"] == 0
    assert search(index_dir, "havbruk")["total"] == 1
    assert CopyStore(index_dir).usage()[0] == 1


@pytest.mark.skipif(not CAN_DROP_ROOT, reason="needs root to become nobody")
def test_an_unreadable_folder_is_offline_for_an_unprivileged_user() -> None:
    with shared_dir() as folder:
        library = make_library(folder / "lib")
        other = second_folder(folder)
        write_pdf(other / "arkiv" / "fiske.pdf", ["Planen for fiskeri og kystsone."])
        index_dir = folder / "index"
        index(index_dir, library, other)
        give_to_nobody(index_dir)
        other.chmod(0o755)
        # Root's own: nobody may not list the library or the archive, nor read havbruk.pdf.
        library.chmod(0o700)
        (other / "arkiv").chmod(0o700)
        (other / "havbruk.pdf").chmod(0o600)
        os.utime(other / "havbruk.pdf", (1_800_000_000, 1_800_000_000))  # changed: it must be read again

        result = cli_as_nobody(index_dir, "index", "--no-bundled", str(library), str(other), "--json")
        assert result.returncode == 0, result.stderr
        summary = json.loads(result.stdout)
        assert [(r["path"], r["reason"]) for r in summary["offline"]] == [(str(library), "permission denied")]
        assert (summary["pages"], summary["removed"], summary["problems"]) == (7, 0, [])
        today = datetime.date.today().isoformat()
        kept = "the last readable version, from " + today + ", is kept"
        assert summary["kept"] == [
            {"path": str(other / "havbruk.pdf"), "reason": f"cannot be read: Permission denied; {kept}"},
            {
                "path": str(other / "arkiv" / "fiske.pdf"),
                "reason": f"cannot be read: its folder cannot be listed; {kept}",
            },
        ]
        searched = cli_as_nobody(
            index_dir, "search", "skredsikring", "--json", "--kind", "page", "--no-bundled"
        )
        [hit] = json.loads(searched.stdout)["hits"]
        assert hit["available"] is False and Path(hit["copy"]).is_file()


def test_copies_keep_within_the_budget_least_recently_opened_first(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    for name in ("a", "b", "c"):
        write_pdf(library / f"{name}.pdf", [f"Dokument {name} " + "tekst " * 50])
    sizes = {name: (library / f"{name}.pdf").stat().st_size for name in "abc"}
    index_dir = tmp_path / "index"
    store = CopyStore(index_dir)
    budget = sizes["a"] + sizes["b"] + sizes["c"] // 2  # room for two of the three
    index(index_dir, library, extra=("--copy-budget", str(budget)))
    assert store.budget() == budget
    count, used = store.usage()
    assert count == 2 and used <= budget

    # Open the oldest copy: the other one is now the least recently opened.
    digests = {name: file_sha256(library / f"{name}.pdf") for name in "abc"}
    held = [name for name in "abc" if store.copy_of(digests[name])]
    os.utime(store.path_for(digests[held[1]]), (1_000_000, 1_000_000))
    os.utime(store.path_for(digests[held[0]]), (1_000_001, 1_000_001))
    assert store.open_copy(digests[held[0]]) is not None  # marks it as just opened

    write_pdf(library / "d.pdf", ["Dokument d " + "tekst " * 50])  # new: it may push one out
    index(index_dir, library)
    digests["d"] = file_sha256(library / "d.pdf")
    assert store.copy_of(digests["d"]) and store.copy_of(digests[held[0]])
    assert not store.copy_of(digests[held[1]])
    assert store.usage()[1] <= budget

    index(index_dir, library, extra=("--copy-budget", "none"))
    assert store.usage() == (0, 0)
    index(index_dir, library, extra=("--copy-budget", "all"))
    assert store.usage()[0] == 4


def test_a_damaged_copy_is_reported_and_replaced_from_the_source(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    store = CopyStore(index_dir)
    digest = file_sha256(library / "planen.pdf")
    copy = store.copy_of(digest)
    assert copy is not None
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, other bytes
    copy.write_bytes(bytes(data))
    with pytest.raises(DamagedCopy):
        store.open_copy(digest)
    assert store.copy_of(digest) is None  # deleted, not shown
    index(index_dir, library)
    assert store.open_copy(digest) is not None
    # A copy cut short is noticed by its size on the next run and made again.
    copy.write_bytes(copy.read_bytes()[:100])
    index(index_dir, library)
    assert store.open_copy(digest) is not None


def test_budget_texts() -> None:
    assert parse_budget("2GB") == 2 * 1000**3
    assert parse_budget("500 MB") == 500 * 1000**2
    assert parse_budget("all") is None
    assert parse_budget("none") == 0
    with pytest.raises(ValueError):
        parse_budget("mye")
    assert cli(Path("/tmp/x"), "index", "--copy-budget", "mye").returncode == 2
