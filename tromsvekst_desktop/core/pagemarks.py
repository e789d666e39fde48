"""Where on a PDF page a search's marks go: the same words the snippets mark, character-exact."""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.core.pdftext import hyphen_join

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class PageChars:
    """A page's text as the index reads it (lines joined, split words rejoined), with the
    box of each character (None for the line breaks and spaces put in between)."""

    text: str
    boxes: tuple[Box | None, ...]


def page_chars(page: pymupdf.Page) -> PageChars:
    """The characters of a page in reading order, joined into lines as ``clean_text`` joins
    them, so that the rule finds the words the index found."""
    chars: list[tuple[str, Box | None]] = []
    lines: list[list[tuple[str, Box | None]]] = []
    for block in page.get_text("rawdict", flags=pymupdf.TEXTFLAGS_TEXT)["blocks"]:
        for line in block.get("lines", ()):
            lines.append(
                [(char["c"], tuple(char["bbox"])) for span in line["spans"] for char in span["chars"]]
            )
        lines.append([])  # blocks stand apart: no word is joined across them
    for line in lines:
        text = "".join(c for c, _box in line).rstrip()
        if not text:
            if chars and chars[-1][0] != "\n":
                chars.append(("\n", None))
            continue
        line = line[: len(text)]
        previous = "".join(c for c, _box in chars[_line_start(chars) :])
        join = hyphen_join(previous, text) if chars and text else None
        if join == "drop":
            chars.pop()  # the hyphen
        elif join == "space":
            chars.append((" ", None))
        elif join is None and chars:
            chars.append(("\n", None))
        chars.extend(line)
    return PageChars("".join(c for c, _box in chars), tuple(box for _c, box in chars))


def _line_start(chars: list[tuple[str, Box | None]]) -> int:
    """Where the last line of ``chars`` starts."""
    for i in range(len(chars) - 1, -1, -1):
        if chars[i][0] == "\n":
            return i + 1
    return 0


def mark_boxes(text: PageChars, rule: MatchRule) -> list[Box]:
    """One box per marked stretch and line: the union of its characters' boxes."""
    boxes: list[Box] = []
    for start, end in rule.spans(text.text):
        current: list[Box] = []
        for box in text.boxes[start:end]:
            if box is None:
                if current:
                    boxes.append(_union(current))
                current = []
                continue
            if current and box[0] < current[-1][0] - 1:  # the next line of a phrase
                boxes.append(_union(current))
                current = []
            current.append(box)
        if current:
            boxes.append(_union(current))
    return boxes


def _union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
