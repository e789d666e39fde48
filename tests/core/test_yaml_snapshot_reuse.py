"""The snapshot is saved again whenever it may not hold the YAML the index was built from:
when it is missing, and after a run that stopped between saving it and committing the index."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library_factory import make_library
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.jobs import Progress
from tromsvekst_desktop.core.librarydata import load_library
from tromsvekst_desktop.core.yamlsnapshot import MANIFEST, SIGNATURE, SNAPSHOT_DIR

MORE_GOALS = """\
plan:
  id: merplan
  title: Planen for mer
goals:
  - id: m.1
    level: Mål
    title: Mer av alt
"""


def titles(forest: GoalForest) -> list[str]:
    return [node.title for node in forest.all_nodes()]


def offline_titles(library: Path, index_dir: Path, tmp_path: Path) -> list[str]:
    library.rename(tmp_path / "borte")
    return titles(load_library([library], index_dir)[0])


def test_an_index_without_a_snapshot_gets_one_though_its_goals_are_unchanged(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    # As an index made before snapshots were kept: the goal set is there, the snapshot not.
    for path in (index_dir / SNAPSHOT_DIR).iterdir():
        path.unlink()
    (index_dir / MANIFEST).unlink()
    (index_dir / SIGNATURE).unlink()

    update_index(index_dir, [library])
    assert "Samarbeid om flomvern og skredsikring" in offline_titles(library, index_dir, tmp_path)


def test_a_run_stopped_before_its_commit_does_not_leave_its_snapshot_behind(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    goals = library / "goals.yaml"
    original = goals.read_bytes()
    goals.write_text(MORE_GOALS, encoding="utf-8")

    def stopped_at_commit(progress: Progress) -> None:
        if progress.phase == "commit":  # the snapshot is saved, the goal set not committed
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        update_index(index_dir, [library], on_progress=stopped_at_commit)
    goals.write_bytes(original)  # back to the goals the index still holds
    update_index(index_dir, [library])

    offline = offline_titles(library, index_dir, tmp_path)
    assert "Samarbeid om flomvern og skredsikring" in offline
    assert "Mer av alt" not in offline
