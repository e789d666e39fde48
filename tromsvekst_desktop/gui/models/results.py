"""The hits of one search as a tree model: a row per document (and one for goals), its hits below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from tromsvekst_desktop.core.facets import goals_for_hit
from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.core.offline import OfflineRoot, offline_root_of
from tromsvekst_desktop.core.search import Hit, SearchResult
from tromsvekst_desktop.gui.ocr_text import percent_text
from tromsvekst_desktop.gui.offline import offline_note

HIT_ROLE = Qt.ItemDataRole.UserRole + 20  # the core's Hit (None on a group row)
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 21  # "group", "page" or "goal"
HEADING_ROLE = Qt.ItemDataRole.UserRole + 22  # group: its title; hit: "p. 3 · section" or goal path
COUNT_ROLE = Qt.ItemDataRole.UserRole + 23  # group: its number of hits
GOALS_ROLE = Qt.ItemDataRole.UserRole + 24  # page hit: "Delmål 2.1, Strategi 2.1 a" that link to it
OFFLINE_ROLE = Qt.ItemDataRole.UserRole + 25  # group and page hit of an offline folder: the note on it
MAX_GOAL_LABELS = 2  # then "+3": the row shows where to look, the tooltip and detail pane the rest

GROUP = "group"
_GOALS_KEY = "\x00goals"  # cannot collide with a document id or a path

_AnyIndex = QModelIndex | QPersistentModelIndex


class _Group:
    """A top-level row; the model owns these so the children's internal pointers stay valid."""

    __slots__ = ("hits", "key", "row", "title")

    def __init__(self, key: str, title: str, row: int) -> None:
        self.key = key
        self.title = title
        self.row = row
        self.hits: list[Hit] = []

    @property
    def is_goals(self) -> bool:
        return self.key == _GOALS_KEY


class _Root:
    """The parent of the group rows (a pointer that is neither None nor a group)."""


class ResultsModel(QAbstractItemModel):
    """One column. Documents come in the order of their best hit, then the goals (as in the
    sketch: the documents are what a search is mostly for, the tree beside shows the goals).
    Page hits are in page order within their document (relevance already chose the
    documents); goal hits in order of relevance.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Root()
        self._groups: list[_Group] = []
        self._result: SearchResult | None = None
        self._forest = GoalForest()
        self._linking: dict[int, list[GoalNode]] = {}  # by id(hit): painting asks often
        self._offline: list[OfflineRoot] = []

    # --- content ------------------------------------------------------------------------

    def set_result(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self._linking.clear()
        self._groups = _grouped(result.hits if result else ())
        self.endResetModel()

    def set_forest(self, forest: GoalForest) -> None:
        """The goal forest gives goal hits a path of level names ("Delmål 2.1") as their heading."""
        self._forest = forest
        self._linking.clear()
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    def set_offline(self, roots: list[OfflineRoot]) -> None:
        """The library folders that are offline: their documents' hits say so."""
        if roots != self._offline:
            self._offline = list(roots)
            self.texts_changed()

    def result(self) -> SearchResult | None:
        return self._result

    def _offline_note(self, hit: Hit) -> str | None:
        root = offline_root_of(hit.path, self._offline) if hit.kind == "page" and hit.path else None
        return None if root is None else offline_note(root)

    def hit(self, index: _AnyIndex) -> Hit | None:
        """The hit behind a row (None for a group row or an invalid index)."""
        group = index.internalPointer() if index.isValid() else None
        return group.hits[index.row()] if isinstance(group, _Group) else None

    def document_count(self) -> int:
        return sum(1 for g in self._groups if not g.is_goals)

    def page_hit_count(self) -> int:
        return sum(len(g.hits) for g in self._groups if not g.is_goals)

    def goal_hit_count(self) -> int:
        return sum(len(g.hits) for g in self._groups if g.is_goals)

    def first_hit_index(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def texts_changed(self) -> None:
        """Re-read every text (after a language change)."""
        for row, group in enumerate(self._groups):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, parent)
            if group.hits:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(group.hits) - 1, 0, parent))

    # --- QAbstractItemModel -------------------------------------------------------------

    def index(self, row: int, column: int, parent: _AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._root)
        return self.createIndex(row, column, self._groups[parent.row()])

    def parent(self, index: _AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        group = index.internalPointer()
        if not isinstance(group, _Group):
            return QModelIndex()
        return self.createIndex(group.row, 0, self._root)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or isinstance(parent.internalPointer(), _Group):
            return 0  # hits have no children
        return len(self._groups[parent.row()].hits)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        pointer = index.internalPointer()
        if isinstance(pointer, _Group):
            return self._hit_data(pointer.hits[index.row()], role)
        return self._group_data(self._groups[index.row()], role)

    def _group_title(self, group: _Group) -> str:
        return self.tr("Goals") if group.is_goals else group.title

    def _group_data(self, group: _Group, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._group_title(group)} ({len(group.hits)})"
        if role == HEADING_ROLE:
            return self._group_title(group)
        if role == COUNT_ROLE:
            return len(group.hits)
        if role == ROW_KIND_ROLE:
            return GROUP
        if role == OFFLINE_ROLE:
            return None if group.is_goals else self._offline_note(group.hits[0])
        if role == Qt.ItemDataRole.ToolTipRole:
            path = None if group.is_goals else group.hits[0].path
            note = None if group.is_goals else self._offline_note(group.hits[0])
            lines = [self._group_title(group), path, note]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _hit_data(self, hit: Hit, role: int) -> object:
        if role == HIT_ROLE:
            return hit
        if role == ROW_KIND_ROLE:
            return hit.kind
        if role == HEADING_ROLE:
            return self._heading(hit)
        if role == Qt.ItemDataRole.DisplayRole:
            parts = (hit.title_snippet.text if hit.title_snippet else "", hit.snippet.text)
            return " — ".join([self._heading(hit), *(part for part in parts if part)])
        if role == GOALS_ROLE:
            return self._goal_labels(hit)
        if role == OFFLINE_ROLE:
            return self._offline_note(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{hit.title}\n{self._heading(hit)}"
            note = self._offline_note(hit)
            if note:
                tip += "\n" + note
            goals = self._linking_goals(hit) if hit.kind == "page" else []
            if goals:
                lines = "\n".join(f"· {n.label}: {n.title}" for n in goals)
                tip += "\n" + self.tr("Goals that point here:") + "\n" + lines
            return tip
        return None

    def _linking_goals(self, hit: Hit) -> list[GoalNode]:
        found = self._linking.get(id(hit))
        if found is None:
            found = self._linking[id(hit)] = goals_for_hit(hit, self._forest)
        return found

    def _goal_labels(self, hit: Hit) -> str:
        """The labels of the goals that link to a page hit, the first few of them ("" for a goal hit)."""
        if hit.kind != "page":
            return ""
        nodes = self._linking_goals(hit)
        labels = list(dict.fromkeys(n.title if n.id == n.plan_id else n.label for n in nodes))
        shown = ", ".join(labels[:MAX_GOAL_LABELS])
        more = len(labels) - MAX_GOAL_LABELS
        return f"{shown} +{more}" if more > 0 else shown

    def _heading(self, hit: Hit) -> str:
        if hit.kind == "goal":
            return self._goal_path(hit)
        page = self.tr("p. %1").replace("%1", str(hit.page)) if hit.page else ""
        recognised = ""
        if hit.ocr_confidence is not None:
            recognised = self.tr("recognised text, %1 known words").replace(
                "%1", percent_text(hit.ocr_confidence)
            )
        return " · ".join(part for part in (page, hit.section, recognised) if part)

    def _goal_path(self, hit: Hit) -> str:
        """ "Tromsvekstavtalen for Tromsøregionen › Innsatsområde 2 › Delmål 2.1": each goal by
        its number where it has one, else by its title, down to the goal itself."""
        node = self._forest.node(hit.node_id) if hit.node_id else None
        if node is None:
            return " › ".join(hit.breadcrumb)
        chain = [*self._forest.ancestors(node.id), node]
        return " › ".join([chain[0].title, *(n.label if n.number else n.title for n in chain[1:])])


def _grouped(hits: tuple[Hit, ...]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for hit in hits:
        if hit.kind == "goal":
            key, title = _GOALS_KEY, ""
        else:
            key = hit.doc_id or hit.path or ""
            title = hit.title or (Path(hit.path).name if hit.path else key)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key, title, len(groups))
        group.hits.append(hit)
    ordered = sorted(groups.values(), key=lambda g: g.is_goals)  # stable: keeps the order of best hits
    for row, group in enumerate(ordered):
        group.row = row
        if not group.is_goals:
            group.hits.sort(key=lambda h: h.page or 0)
    return ordered
