"""The library's YAML read as a whole: catalogue, goal and vocabulary files, checked across files.

What is kept when something is wrong (every problem is reported either way, and one
broken file never hides the others):

- A file that cannot be read or parsed contributes nothing. Within a readable file, a
  key given twice keeps its first value.
- A catalogue entry or goal node with an error in its own keys is left out; a goal
  node goes together with its subtree (its children are still checked, so that all
  problems show in one run). The rest of the file loads. An unreadable plan header
  leaves out the whole plan.
- A catalogue entry whose ``file`` does not exist is kept without the file.
- Across files, the first occurrence of an id (in file order) wins; a later duplicate
  is left out, a goal node with its subtree.
- A link to an unknown document or a ``related`` id of an unknown node (or of the
  node itself) is dropped; the node stays. ``related`` is made symmetric.
- Vocabulary files are merged after the built-in vocabulary; a term group with an error
  is left out.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from tromsvekst_desktop.core.catalog import Catalog, Document, catalog_from_yaml
from tromsvekst_desktop.core.goals import GoalForest, GoalLink, GoalNode, goal_file_from_yaml
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.vocabulary import (
    Vocabulary,
    builtin_vocabulary,
    builtin_vocabulary_path,
    vocabulary_from_yaml,
)
from tromsvekst_desktop.core.yamlsnapshot import LibrarySources, library_sources
from tromsvekst_desktop.core.yamlsource import read_yaml

log = logging.getLogger(__name__)


@dataclass
class LibraryData:
    """Everything the library's YAML files hold, and what was wrong with them."""

    catalog: Catalog = field(default_factory=Catalog)
    goals: GoalForest = field(default_factory=GoalForest)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every YAML file read (or tried)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # built-in and the library's


def load_library_data(
    paths: Iterable[Path],
    *,
    with_builtin_vocabulary: bool = True,
    copies: Mapping[Path, Path] | None = None,
) -> LibraryData:
    """Load and check YAML files; files are taken in path order, each once. Never raises.

    The built-in vocabulary (resources/vocabulary.yaml) comes first unless
    ``with_builtin_vocabulary`` is false; when it is among the paths, it is read there.
    ``copies``: files read from a kept copy instead (original path → copy), named as the original.
    """
    copies = copies or {}
    files = _ordered(paths)
    problems: list[Problem] = []
    documents: list[Document] = []
    plans: list[GoalNode] = []
    vocabularies: list[Vocabulary] = []
    if with_builtin_vocabulary and not _contains(files, builtin_vocabulary_path()):
        builtin, more = builtin_vocabulary()
        vocabularies.append(builtin)
        problems.extend(more)
    for path in files:
        data, file_problems = read_yaml(path, copies.get(path))
        problems.extend(file_problems)
        if data is None:
            continue
        if "plan" in data:
            plan, more = goal_file_from_yaml(data, path)
            problems.extend(more)
            if plan is not None:
                plans.append(plan)
        elif "documents" in data:
            found, more = catalog_from_yaml(data, path, offline=path in copies)
            problems.extend(more)
            documents.extend(found)
        elif "vocabulary" in data:
            vocabulary, more = vocabulary_from_yaml(data, path)
            problems.extend(more)
            vocabularies.append(vocabulary)
        else:
            reason = "neither a catalogue (documents:), a goal file (plan:) nor a vocabulary (vocabulary:)"
            problems.append(Problem(str(path), reason, line=data.line))
    catalog = _unique_documents(documents, problems)
    plans = _unique_nodes(plans, problems)
    plans = _checked_references(plans, catalog, problems)
    order = {str(path): index for index, path in enumerate(files)}
    problems.sort(key=lambda problem: (order.get(problem.path, len(order)), problem.line or 0))
    return LibraryData(
        catalog=catalog,
        goals=GoalForest(plans=plans),
        problems=problems,
        files=files,
        vocabulary=Vocabulary().merge(*vocabularies),
    )


def load_library_sources(sources: LibrarySources) -> LibraryData:
    """The library's YAML read from its sources: an offline root's from the index's kept copies."""
    return load_library_data(sources.yaml_files(), copies=sources.kept)


def load_library(
    roots: Sequence[Path], index_dir: Path | None = None
) -> tuple[GoalForest, dict[str, Document]]:
    """The goals and documents of the YAML under ``roots``; problems are logged, never raised.

    With ``index_dir``, a root that is offline now gives the YAML the index last read from it
    (see core/yamlsnapshot.py).
    """
    return library_from(library_sources(roots, index_dir))


def library_from(sources: LibrarySources) -> tuple[GoalForest, dict[str, Document]]:
    """The goals and documents of the library's YAML sources; problems are logged, never raised."""
    for missing in sources.files.missing:
        log.warning("library folder not found: %s", missing)
    for root in sources.offline:
        log.info("library folder offline, its YAML read as last indexed: %s", root)
    data = load_library_sources(sources)
    for problem in data.problems:
        log.warning("library problem: %s", problem)
    return data.goals, dict(data.catalog.documents)


def _contains(files: list[Path], wanted: Path) -> bool:
    """Whether one of the files is ``wanted`` (under whatever spelling)."""
    key = os.path.normcase(os.path.realpath(wanted))
    return any(os.path.normcase(os.path.realpath(path)) == key for path in files)


def _ordered(paths: Iterable[Path]) -> list[Path]:
    """The paths sorted, without the same file given twice (under different spellings)."""
    unique: dict[str, Path] = {}
    for path in paths:
        unique.setdefault(os.path.normcase(os.path.abspath(path)), path)
    return sorted(unique.values(), key=lambda path: path.as_posix())


def _unique_documents(documents: list[Document], problems: list[Problem]) -> Catalog:
    catalog = Catalog()
    for document in documents:
        first = catalog.documents.get(document.id)
        if first is None:
            catalog.documents[document.id] = document
        else:
            reason = f"duplicate id '{document.id}' (also at {first.catalog_path}:{first.line})"
            problems.append(Problem(document.catalog_path, reason, line=document.line))
    return catalog


def _unique_nodes(plans: list[GoalNode], problems: list[Problem]) -> list[GoalNode]:
    """The plans without nodes whose id was seen before (each with its subtree)."""
    seen: dict[str, GoalNode] = {}

    def keep(node: GoalNode) -> GoalNode | None:
        first = seen.get(node.id)
        if first is not None:
            reason = f"duplicate id '{node.id}' (also at {first.file}:{first.line})"
            problems.append(Problem(node.file, reason, line=node.line))
            return None
        seen[node.id] = node
        children = tuple(kept for child in node.children if (kept := keep(child)) is not None)
        return node if children == node.children else replace(node, children=children)

    return [kept for plan in plans if (kept := keep(plan)) is not None]


def _checked_references(plans: list[GoalNode], catalog: Catalog, problems: list[Problem]) -> list[GoalNode]:
    """Drop links to unknown documents and unknown or self `related` ids; make `related` symmetric."""
    nodes = [node for plan in plans for node in plan.walk()]
    node_ids = {node.id for node in nodes}
    links: dict[str, tuple[GoalLink, ...]] = {}
    related: dict[str, list[str]] = {}
    for node in nodes:
        for link in node.links:
            if link.doc_id not in catalog.documents:
                problems.append(Problem(node.file, f"unknown document '{link.doc_id}'", line=node.line))
        links[node.id] = tuple(link for link in node.links if link.doc_id in catalog.documents)
        related[node.id] = []
        for other in dict.fromkeys(node.related):
            if other == node.id:
                problems.append(
                    Problem(node.file, f"'related' names the goal itself ('{other}')", line=node.line)
                )
            elif other not in node_ids:
                problems.append(Problem(node.file, f"'related': unknown goal '{other}'", line=node.line))
            else:
                related[node.id].append(other)
    for node_id, others in list(related.items()):
        for other in list(others):
            if node_id not in related[other]:
                related[other].append(node_id)

    def rebuilt(node: GoalNode) -> GoalNode:
        return replace(
            node,
            links=links[node.id],
            related=tuple(related[node.id]),
            children=tuple(rebuilt(child) for child in node.children),
        )

    return [rebuilt(plan) for plan in plans]
