"""An offline folder keeps its goals and catalogue entries: the index keeps a snapshot of the
library's YAML, and reading the library takes an offline folder's YAML from there."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.library_factory import cli_argv, make_library, write_pdf
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.librarydata import load_library
from tromsvekst_desktop.core.yamlsnapshot import MANIFEST, SNAPSHOT_DIR

MORE_GOALS = """\
plan:
  id: merplan
  title: Planen for mer
goals:
  - id: m.1
    level: Mål
    title: Mer av alt
"""


def cli(index_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_argv(index_dir, *args), capture_output=True, text=True, timeout=120)


def titles(forest: GoalForest) -> list[str]:
    return [node.title for node in forest.all_nodes()]


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Path, Path]:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    return library, index_dir


def test_a_renamed_folder_keeps_its_goals_and_documents_under_their_own_files(
    indexed: tuple[Path, Path], tmp_path: Path
) -> None:
    library, index_dir = indexed
    online_forest, online_documents = load_library([library], index_dir)
    library.rename(tmp_path / "flyttet")

    forest, documents = load_library([library], index_dir)
    assert titles(forest) == titles(online_forest) != []
    assert forest.node("t.s1") is not None
    assert forest.node("t.s1").file == str(library / "goals.yaml")  # type: ignore[union-attr]
    assert sorted(documents) == ["avtalen", "planen"]
    planen = documents["planen"]
    assert (planen.title, planen.catalog_path) == ("Planen for Testregionen", str(library / "catalog.yaml"))
    # The PDF keeps its place: the window opens it from the index's copy.
    assert planen.file == online_documents["planen"].file == library / "planen.pdf"

    # Without the index folder the offline folder has nothing to give.
    assert load_library([library]) == (GoalForest(), {})


def test_a_folder_left_empty_reads_its_goals_from_the_snapshot_once_a_run_found_it_offline(
    indexed: tuple[Path, Path],
) -> None:
    library, index_dir = indexed
    hidden = library.parent / "utenfor"
    hidden.mkdir()
    for entry in library.iterdir():
        entry.rename(hidden / entry.name)
    # An empty folder that no run has seen yet is just an empty folder.
    assert titles(load_library([library], index_dir)[0]) == []
    assert len(update_index(index_dir, [library]).offline) == 1
    assert "Samarbeid om flomvern og skredsikring" in titles(load_library([library], index_dir)[0])


def test_a_reachable_folder_is_read_from_disk_and_the_snapshot_follows_each_run(
    indexed: tuple[Path, Path],
) -> None:
    library, index_dir = indexed
    (library / "mer.yaml").write_text(MORE_GOALS, encoding="utf-8")
    assert "Mer av alt" in titles(load_library([library], index_dir)[0])  # not yet indexed: disk wins

    update_index(index_dir, [library])
    manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(Path(path).name for path in manifest) == ["catalog.yaml", "goals.yaml", "mer.yaml"]
    (library / "mer.yaml").unlink()
    update_index(index_dir, [library])
    manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(Path(path).name for path in manifest) == ["catalog.yaml", "goals.yaml"]
    # Copies no longer named are gone.
    assert sorted(p.stem for p in (index_dir / SNAPSHOT_DIR).iterdir()) == sorted(manifest.values())


def test_the_snapshot_stays_while_the_folder_is_offline_and_problems_name_the_original_file(
    indexed: tuple[Path, Path], tmp_path: Path
) -> None:
    library, index_dir = indexed
    broken = library / "mer.yaml"
    broken.write_text(MORE_GOALS + "  - id: m.2\n    level: Mål\n    title: [ikke tekst\n", encoding="utf-8")
    update_index(index_dir, [library])
    before = (index_dir / MANIFEST).read_text(encoding="utf-8")
    library.rename(tmp_path / "borte")

    summary = update_index(index_dir, [library])
    assert len(summary.offline) == 1
    assert (index_dir / MANIFEST).read_text(encoding="utf-8") == before

    result = cli(index_dir, "goals", "--no-bundled", str(library), "--json")
    assert result.returncode == 1  # the broken file's problem, named by its own path
    assert f"{broken}:" in result.stderr and "YAML syntax error" in result.stderr
    plans = json.loads(result.stdout)["plans"]
    assert [plan["id"] for plan in plans] == ["testplan"]
    assert plans[0]["children"][0]["title"] == "Klimatilpasning og beredskap"


def test_forget_removes_an_offline_folders_goals(indexed: tuple[Path, Path], tmp_path: Path) -> None:
    library, index_dir = indexed
    other = tmp_path / "andre"
    other.mkdir()
    (other / "mer.yaml").write_text(MORE_GOALS, encoding="utf-8")
    update_index(index_dir, [library, other])
    library.rename(tmp_path / "borte")
    assert "Klimatilpasning og beredskap" in titles(load_library([library, other], index_dir)[0])

    result = cli(
        index_dir, "index", "--no-bundled", str(library), str(other), "--forget", str(library), "--json"
    )
    assert result.returncode == 0, result.stderr
    forest, documents = load_library([library, other], index_dir)
    assert (titles(forest), documents) == (["Planen for mer", "Mer av alt"], {})


def test_a_cancelled_run_leaves_the_previous_snapshot_readable(
    indexed: tuple[Path, Path], tmp_path: Path
) -> None:
    library, index_dir = indexed
    before = (index_dir / MANIFEST).read_text(encoding="utf-8")
    (library / "mer.yaml").write_text(MORE_GOALS, encoding="utf-8")
    write_pdf(library / "ny.pdf", ["En ny side."])  # something to extract, where the run is cancelled
    cancel = CancelToken()

    def cancel_while_extracting(progress: Progress) -> None:
        if progress.phase == "extract":
            cancel.cancel()

    summary = update_index(index_dir, [library], on_progress=cancel_while_extracting, cancel=cancel)
    assert summary.cancelled
    assert (index_dir / MANIFEST).read_text(encoding="utf-8") == before
    library.rename(tmp_path / "borte")
    forest, _documents = load_library([library], index_dir)
    assert "Samarbeid om flomvern og skredsikring" in titles(forest)
    assert "Mer av alt" not in titles(forest)


def test_a_run_killed_while_writing_the_snapshot_leaves_the_previous_one(
    indexed: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, index_dir = indexed
    (library / "goals.yaml").write_text(MORE_GOALS, encoding="utf-8")

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # as if the process died before the manifest was replaced

    monkeypatch.setattr("tromsvekst_desktop.core.yamlsnapshot.write_json_atomically", killed)
    with pytest.raises(KeyboardInterrupt):
        update_index(index_dir, [library])
    monkeypatch.undo()

    library.rename(tmp_path / "borte")
    forest, _documents = load_library([library], index_dir)
    assert "Samarbeid om flomvern og skredsikring" in titles(forest)
    assert "Mer av alt" not in titles(forest)


def test_an_index_folder_inside_the_library_does_not_read_its_own_snapshot(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    index_dir = library / "indeks"
    update_index(index_dir, [library])
    assert (index_dir / MANIFEST).is_file()
    summary = update_index(index_dir, [library])
    assert not [p for p in summary.problems if "duplicate id" in p.reason]
    forest, _documents = load_library([library], index_dir)
    assert [plan.id for plan in forest.plans] == ["testplan"]
