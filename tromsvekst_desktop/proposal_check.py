"""How well the PDF proposal finds the hand-made goal trees of the bundled plans.

    python -m tromsvekst_desktop.proposal_check

For each bundled goal file whose plan document has a demo PDF, the PDF proposal is made
and every hand-made goal is looked up in it by its title (compared without case, spacing,
quotes and a final full stop): found at all, found on the right page, found on the right
page with the right level name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tromsvekst_desktop.core.goalimport import ImportOptions
from tromsvekst_desktop.core.goalpdf import propose_from_pdf
from tromsvekst_desktop.core.goals import GoalNode
from tromsvekst_desktop.core.library import bundled_library_dir, find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data


@dataclass(frozen=True)
class ProposalScore:
    plan: str
    pdf: str
    goals: int  # hand-made goals (the plan itself not counted)
    found: int
    right_page: int
    right_page_and_level: int
    proposed: int  # nodes in the proposal

    def line(self) -> str:
        return (
            f"{self.pdf}: {self.goals} hand-made goals; found {self.found}, on the right page "
            f"{self.right_page}, right page and level {self.right_page_and_level} "
            f"({self.proposed} nodes proposed)"
        )


def title_key(title: str) -> str:
    return re.sub(r"[\s«»\"'.:]+", " ", title.casefold()).strip()


def score_plan(plan: GoalNode, pdf: Path) -> ProposalScore:
    result = propose_from_pdf(pdf, ImportOptions())
    proposed = {}
    for draft in result.plans:
        for node in draft.nodes():
            proposed.setdefault(title_key(node.title), node)
    goals = [node for node in plan.walk() if node is not plan]
    found = right_page = both = 0
    for goal in goals:
        match = proposed.get(title_key(goal.title))
        if match is None:
            continue
        found += 1
        page = goal.links[0].page if goal.links else None
        if match.page == page:
            right_page += 1
            both += match.level.casefold() == goal.level.casefold()
    return ProposalScore(plan.id, pdf.name, len(goals), found, right_page, both, len(proposed))


def bundled_scores() -> list[ProposalScore]:
    data = load_library_data(find_library_files([bundled_library_dir()]).yaml_files)
    scores = []
    for plan in data.goals.plans:
        document = data.catalog.documents.get(plan.links[0].doc_id) if plan.links else None
        if document is not None and document.file is not None and document.file.is_file():
            scores.append(score_plan(plan, document.file))
    return scores


if __name__ == "__main__":
    for score in bundled_scores():
        print(score.line())
