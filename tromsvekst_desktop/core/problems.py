"""Problem records: expected failures reported as data, with their location."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Something in the user's library that could not be used, and exactly why.

    ``line`` is set for YAML problems (1-based), ``page`` for a failure on one
    page of a PDF (1-based); both are None when the whole file is affected.
    """

    path: str
    reason: str
    line: int | None = None
    page: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.page is not None:
            where += f" (s. {self.page})"
        return f"{where}: {self.reason}"

    def to_json(self) -> dict[str, object]:
        return {"path": self.path, "reason": self.reason, "line": self.line, "page": self.page}
