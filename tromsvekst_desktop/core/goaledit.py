"""Editing goal trees: changes to a draft (an import's proposal, or a goal file the app wrote),
and linking a page to a goal in any goal file.

Files the app wrote (their first line says so) are rewritten whole from the edited draft.
Files written by hand are never rewritten: their comments and layout are the author's
work. Only a page link is added to them, as a few lines inserted under the goal's
``id:``, and only when the result still loads as before; anything else is edited in the
user's own editor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tromsvekst_desktop.core.goaldraft import (
    APP_WRITTEN_MARK,
    DraftNode,
    DraftPlan,
    check_drafts,
    draft_from_goal,
    first_line,
    is_app_written,
    slug,
    unique_id,
)
from tromsvekst_desktop.core.goals import goal_file_from_yaml
from tromsvekst_desktop.core.jsonfile import write_text_atomically
from tromsvekst_desktop.core.yamlsource import YamlList, YamlMap, parse_yaml, read_yaml


class GoalEditError(Exception):
    """An edit that cannot be made; the message says why in one sentence."""


# ------------------------------------------------------------------ draft operations


def find_node(plan: DraftPlan, node_id: str) -> tuple[list[DraftNode], int]:
    """The list holding a node (its parent's children, or the plan's) and its position there."""

    def search(siblings: list[DraftNode]) -> tuple[list[DraftNode], int] | None:
        for index, node in enumerate(siblings):
            if node.id == node_id:
                return siblings, index
            found = search(node.children)
            if found is not None:
                return found
        return None

    found = search(plan.children)
    if found is None:
        raise GoalEditError(f"no goal '{node_id}' in the plan '{plan.id}'")
    return found


def node_in(plan: DraftPlan, node_id: str) -> DraftNode:
    siblings, index = find_node(plan, node_id)
    return siblings[index]


def taken_ids(plan: DraftPlan) -> set[str]:
    return {plan.id, *(node.id for node in plan.nodes())}


def add_child(plan: DraftPlan, parent_id: str | None, title: str, level: str, taken: set[str]) -> DraftNode:
    """A new goal at the end of a goal's children (or of the plan's top level, parent None)."""
    siblings = plan.children if parent_id is None else node_in(plan, parent_id).children
    base = parent_id or plan.id
    node = DraftNode(id=unique_id(f"{base}.{slug(title)[:30] or 'nytt'}", taken), title=title, level=level)
    siblings.append(node)
    return node


def delete(plan: DraftPlan, node_id: str) -> DraftNode:
    """Remove a goal with everything under it."""
    siblings, index = find_node(plan, node_id)
    return siblings.pop(index)


def move(plan: DraftPlan, node_id: str, parent_id: str | None, position: int) -> None:
    """Move a goal (with its subtree) under another goal or to the top level, at ``position``."""
    node = node_in(plan, node_id)
    if parent_id is not None and any(n.id == parent_id for n in node.walk()):
        raise GoalEditError("a goal cannot be moved under itself")
    siblings, index = find_node(plan, node_id)
    target = plan.children if parent_id is None else node_in(plan, parent_id).children
    if target is siblings and index < position:
        position -= 1
    siblings.pop(index)
    target.insert(max(0, min(position, len(target))), node)


def shift(plan: DraftPlan, node_id: str, step: int) -> None:
    """Move a goal ``step`` places up (negative) or down among its siblings."""
    siblings, index = find_node(plan, node_id)
    target = max(0, min(index + step, len(siblings) - 1))
    siblings.insert(target, siblings.pop(index))


def merge_into_previous(plan: DraftPlan, node_id: str) -> DraftNode:
    """Join a goal to the one above it (a title or item the PDF split in two): titles, texts and
    children are joined in the earlier goal, which is returned."""
    siblings, index = find_node(plan, node_id)
    if index == 0:
        raise GoalEditError("the first goal at its level has no goal above it to be merged with")
    earlier, later = siblings[index - 1], siblings.pop(index)
    earlier.title = f"{earlier.title} {later.title}".strip()
    earlier.text = "\n".join(part for part in (earlier.text, later.text) if part)
    earlier.children.extend(later.children)
    earlier.tags = list(dict.fromkeys(earlier.tags + later.tags))
    earlier.related = list(dict.fromkeys(earlier.related + later.related))
    earlier.links = list(dict.fromkeys(earlier.links + later.links))
    return earlier


def add_link(node: DraftNode, doc_id: str, page: int | None) -> bool:
    """Link a goal to a page; False when it links there already."""
    if (node.document == doc_id and node.page == page) or (doc_id, page) in node.links:
        return False
    if node.document is None and node.page is None:
        node.document, node.page = doc_id, page
    else:
        node.links.append((doc_id, page))
    return True


# ------------------------------------------------------------------ goal files


def load_goal_draft(path: Path) -> DraftPlan:
    """The goal file the app wrote, as a draft to edit; GoalEditError when it is not editable."""
    if not is_app_written(path):
        raise GoalEditError(f"{path.name} was written by hand: edit it in your editor")
    data, problems = read_yaml(path)
    if data is None:
        raise GoalEditError(f"{path.name} cannot be read: {problems[0].reason if problems else 'empty'}")
    plan, problems = goal_file_from_yaml(data, path)
    if plan is None or problems:
        reason = str(problems[0]) if problems else "no plan"
        raise GoalEditError(f"{path.name} has a problem, fix it first: {reason}")
    return draft_from_goal(plan)


def save_goal_draft(path: Path, plan: DraftPlan) -> None:
    """Rewrite an app-written goal file from its edited draft, unless the result would not load."""
    texts, problems = check_drafts([plan], _origin(path))
    if problems:
        raise GoalEditError(problems[0].message)
    write_text_atomically(path, texts[plan.file_name])


def edit_goal_file(path: Path, change: Callable[[DraftPlan], object]) -> None:
    """Load an app-written goal file, apply ``change`` to its draft and write it back."""
    plan = load_goal_draft(path)
    change(plan)
    save_goal_draft(path, plan)


def _origin(path: Path) -> str:
    """The source named in the file's first line ("… from mål.xlsx. …"), kept when it is rewritten."""
    rest = first_line(path)[len(APP_WRITTEN_MARK) :]
    return rest[len(" from ") :].split(". ", 1)[0] if rest.startswith(" from ") else ""


def link_page(path: Path, node_id: str, doc_id: str, page: int) -> bool:
    """Link a goal of any goal file to a page; False when it links there already.

    An app-written file is rewritten; a hand-written one gets the link inserted in place.
    """
    if is_app_written(path):
        changed: list[bool] = []
        edit_goal_file(path, lambda plan: changed.append(add_link(node_in(plan, node_id), doc_id, page)))
        return changed[0]
    return _insert_link(path, node_id, doc_id, page)


def _insert_link(path: Path, node_id: str, doc_id: str, page: int) -> bool:
    text = path.read_text(encoding="utf-8-sig")
    data, _ = parse_yaml(text, str(path))
    item = _find_item(data, node_id) if data is not None else None
    if data is None or item is None:
        raise GoalEditError(f"goal '{node_id}' not found in {path.name}")
    lines = text.split("\n")
    links = item.get("links")
    if isinstance(links, YamlList) and any(
        isinstance(entry, YamlMap) and entry.get("document") == doc_id and entry.get("page") == page
        for entry in links
    ):
        return False
    if isinstance(links, YamlList) and links and lines[links.line_of(0) - 1].lstrip().startswith("- "):
        first = lines[links.line_of(0) - 1]
        indent = " " * (len(first) - len(first.lstrip()))
        at = item.line_of("links")  # as the first entry, right under "links:"
        new = [f"{indent}- document: {doc_id}", f"{indent}  page: {page}"]
    elif "links" not in item:
        id_line = lines[item.line_of("id") - 1]
        key_column = id_line.index("id:")
        indent = " " * key_column
        at = item.line_of("id")
        new = [f"{indent}links:", f"{indent}  - document: {doc_id}", f"{indent}    page: {page}"]
    else:
        raise GoalEditError(f"the links of '{node_id}' are written in a way only your editor should change")
    updated = "\n".join([*lines[:at], *new, *lines[at:]])
    _check_same_but_link(text, updated, path, node_id, doc_id, page)
    write_text_atomically(path, updated)
    return True


def _find_item(data: YamlMap, node_id: str) -> YamlMap | None:
    def search(items: object) -> YamlMap | None:
        if not isinstance(items, list):
            return None
        for item in items:
            if isinstance(item, YamlMap):
                if item.get("id") == node_id:
                    return item
                found = search(item.get("children"))
                if found is not None:
                    return found
        return None

    return search(data.get("goals"))


def _check_same_but_link(before: str, after: str, path: Path, node_id: str, doc_id: str, page: int) -> None:
    """The inserted lines must add exactly this link and change nothing else."""
    old = _loaded(before, path)
    if old is None:
        raise GoalEditError(f"{path.name} has problems (see the problems panel): fix them first")
    new = _loaded(after, path)
    if new is None:
        raise GoalEditError(f"{path.name} would not load after the change: it is left as it was")
    expected = {**old}
    node = expected[node_id]
    expected[node_id] = (node[0], (*node[1], (doc_id, page)))
    got = {key: (value[0], tuple(sorted(value[1], key=str))) for key, value in new.items()}
    want = {key: (value[0], tuple(sorted(value[1], key=str))) for key, value in expected.items()}
    if got != want:
        raise GoalEditError(f"{path.name} is laid out in a way that only your editor should change")


def _loaded(text: str, path: Path) -> dict[str, tuple[str, tuple[tuple[str, int | None], ...]]] | None:
    data, problems = parse_yaml(text, str(path))
    if data is None:
        return None
    plan, more = goal_file_from_yaml(data, path)
    if plan is None or problems or more:
        return None
    return {
        node.id: (node.title, tuple((link.doc_id, link.page) for link in node.links)) for node in plan.walk()
    }
