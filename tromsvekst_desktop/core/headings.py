"""The headings of a PDF and where each stands in its page's text: from the outline, or
found from the layout (size, weight, numbering) when the PDF has no usable bookmarks.

A heading's position is a character offset in the page's cleaned text (``clean_text``),
so a search hit, whose matched words are offsets in the same text, can be placed under
the nearest heading above it without the PDF at hand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pymupdf

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD = re.compile(r"\w+")
# "3", "3.2", "3.2.1" (with or without a final dot), "Delmål 1.1", "Kapittel 4", "§ 10-1" at
# the start of a line, followed by the heading's words.
_NUMBERED = re.compile(
    r"^(?:(?:kapittel|kap\.|del|delmål|innsatsområde|fokusområde|hovedmål|mål|tiltak|vedlegg|"
    r"chapter|section|part)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=[\s:–-])|^§\s*\d",
    re.IGNORECASE,
)
_BULLETS = tuple("•–-*·▪■□◦►✓")
BOLD_FLAG = 16
# A heading is at least this much larger than the body text, or bold and set apart.
LARGER = 1.12
MAX_HEADING_CHARS = 160
MAX_HEADING_WORDS = 24
# Characters after an outline entry's destination within which its title is looked for.
NEAR_DESTINATION = 300


@dataclass(frozen=True)
class Heading:
    """A heading on a page: ``offset`` is where it starts in the page's cleaned text."""

    page: int  # 1-based
    level: int  # 1 = top level
    title: str
    offset: int

    def to_json(self) -> list[Any]:
        return [self.page, self.level, self.title, self.offset]

    @classmethod
    def from_json(cls, data: Sequence[Any]) -> Heading:
        page, level, title, offset = data
        return cls(int(page), int(level), str(title), int(offset))


def tidy(title: str) -> str:
    """A title on one line, without control characters."""
    return " ".join(_CONTROL.sub(" ", title).split())


@lru_cache(maxsize=4096)  # placing a page's entries asks the same more than once
def locate(text: str, title: str, start: int = 0, line_start: bool = False) -> int | None:
    """Where ``title`` stands in ``text`` at or after ``start``, ignoring case, spacing,
    line breaks and punctuation between its first words; None when it is not there.
    With ``line_start`` only where a line starts."""
    lowered = _lowered(text)
    # As written first (as a rule): a plain search, no pattern to build.
    verbatim = _verbatim(title)
    found = lowered.find(verbatim, start) if verbatim else -1
    while found >= 0 and (
        (found > 0 and _mid_word_or_line(lowered, found, line_start))
        or _WORD_CHAR.match(lowered, found + len(verbatim)) is not None
    ):
        found = lowered.find(verbatim, found + 1)
    if found >= 0:
        return found
    pattern = _title_pattern(" ".join(_WORD.findall(title.lower())[:4]))
    if pattern is None:
        return None
    # The pattern starts with a plain word, which the regex engine finds fast; that the
    # word starts there is checked here.
    match = pattern.search(lowered, start)
    while match is not None and match.start() > 0 and _mid_word_or_line(lowered, match.start(), line_start):
        match = pattern.search(lowered, match.start() + 1)
    return match.start() if match else None


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=4096)
def _verbatim(title: str) -> str:
    """The title in lower case up to the end of its fourth word."""
    words = list(_WORD.finditer(title))[:4]
    return title[words[0].start() : words[-1].end()].lower() if words else ""


def _mid_word_or_line(text: str, at: int, line_start: bool) -> bool:
    return text[at - 1] != "\n" if line_start else _WORD_CHAR.match(text, at - 1) is not None


@lru_cache(maxsize=4096)
def _title_pattern(words: str) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\W*".join(re.escape(word) for word in words.split()) + r"(?!\w)")


@lru_cache(maxsize=16)
def _lowered(text: str) -> str:
    """The text in lower case, offsets kept (a character whose lower case is longer stays)."""
    lowered = text.lower()
    return (
        lowered
        if len(lowered) == len(text)
        else "".join(ch if len(ch.lower()) > 1 else ch.lower() for ch in text)
    )


def section_at(start: str | None, headings: Sequence[tuple[int, str]], offset: int) -> str | None:
    """The section text at ``offset`` of a page stands in: the last heading on the page that
    starts at or before it, else ``start`` (the section the page began in)."""
    found = start
    for heading_offset, title in headings:
        if heading_offset > offset:
            break
        found = title
    return found


# --- from the outline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OutlineEntry:
    level: int
    title: str
    page: int  # 1-based
    y: float | None  # top of the destination on the page in points, when the outline says


def outline_entries(doc: pymupdf.Document) -> list[OutlineEntry]:
    """The outline entries that point into this document, in outline order.

    Walked item by item and resolved with ``resolve_link``, which gives every destination
    in page coordinates: ``get_toc(simple=False)`` is a hundred times slower and leaves
    named destinations in PDF coordinates (y up).
    """
    entries: list[OutlineEntry] = []

    def walk(item: Any, level: int) -> None:
        while item is not None:
            title = tidy(str(item.title or ""))
            target = None
            if item.uri and not item.is_external:
                try:
                    target = doc.resolve_link(item.uri)
                except Exception:
                    target = None
            if title and target and 0 <= int(target[0]) < doc.page_count:
                y = float(target[2])
                entries.append(OutlineEntry(level, title, int(target[0]) + 1, y if y > 0 else None))
            if item.down is not None:
                walk(item.down, level + 1)
            item = item.next

    try:
        walk(doc.outline, 1)
    except Exception:
        return []
    return entries


def place_outline(
    entries: Sequence[OutlineEntry],
    texts: Sequence[str],
    page_lines: Callable[[int], Sequence[Line]],
) -> list[Heading] | None:
    """The outline entries as headings placed in their pages' texts (``texts[0]`` = page 1).

    An entry is found by its title at its destination point (or shortly after it), else at
    that point, else by its title after the previous entry on the same page, else at the
    top of its page. None when the outline does not describe the text: the title of none of
    its entries on pages with text stands there (bookmarks named like form fields).
    """
    headings: list[Heading] = []
    cursor: dict[int, int] = {}
    placed_lines: dict[int, list[tuple[Line, int | None]]] = {}
    found = wanted = 0
    for entry in entries:
        text = texts[entry.page - 1] if entry.page - 1 < len(texts) else ""
        start = cursor.get(entry.page, 0)
        offset = locate(text, entry.title, start)
        at_destination = None
        # The title once on the page after the previous entry: that is the heading. Else
        # look where the entry points (a contents list above may name it too).
        if entry.y is not None and text and not _once(text, entry.title, offset):
            if entry.page not in placed_lines:
                placed_lines[entry.page] = _placed_lines(text, page_lines(entry.page))
            at_destination = _offset_of_line_at(placed_lines[entry.page], entry.y, start)
            offset = locate(text, entry.title, at_destination or start)
        if text.strip():
            wanted += 1
            found += offset is not None
        if at_destination is not None and (offset is None or offset - at_destination > NEAR_DESTINATION):
            offset = at_destination
        offset = start if offset is None else offset
        cursor[entry.page] = offset
        headings.append(Heading(entry.page, entry.level, entry.title, offset))
    if wanted and not found:
        return None
    return sorted(headings, key=lambda h: (h.page, h.offset))


def _once(text: str, title: str, offset: int | None) -> bool:
    """Whether the title found at ``offset`` stands there only (from there on)."""
    return offset is not None and locate(text, title, offset + 1) is None


def needs_layout(text: str, entries: Sequence[OutlineEntry]) -> bool:
    """Whether placing a page's outline entries may need its lines (a title that is not
    once on the page)."""
    lowered = _lowered(text)
    return any(
        entry.y is not None
        # A title's longest word once on the page at most: no need to look further.
        and lowered.count(max(_WORD.findall(entry.title.lower()) or [""], key=len)) > 1
        and not _once(text, entry.title, locate(text, entry.title))
        for entry in entries
    )


def _placed_lines(text: str, lines: Sequence[Line]) -> list[tuple[Line, int | None]]:
    """Each line with its offset in ``text`` (None when not found), found one after another
    in reading order by its first word, so that a line that reads like an earlier one ("1",
    a title also in a contents list) is not mistaken for it."""
    placed: list[tuple[Line, int | None]] = []
    cursor = 0
    for line in lines:
        word = _WORD.search(line.text)
        offset = text.find(word.group(), cursor) if word else -1
        if offset >= 0:
            cursor = offset + 1
        placed.append((line, offset if offset >= 0 else None))
    return placed


def _offset_of_line_at(placed: Sequence[tuple[Line, int | None]], y: float, start: int) -> int | None:
    """The offset of the nearest line at or below ``y`` (the line ``y`` falls in)."""
    below = [(line, offset) for line, offset in placed if line.bottom >= y + 1]
    if not below:
        return None
    _line, offset = min(below, key=lambda item: (item[0].top, item[0].left))
    return offset if offset is not None and offset >= start else None


# --- from the layout ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of text on a page with what its look says."""

    text: str
    top: float
    bottom: float
    left: float
    size: float  # font size of most of its characters
    bold: bool  # every character bold
    gap_above: float  # space to the line before it in the same column (inf when first)


def page_lines(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> list[Line]:
    """The lines of a page in reading order, each with its font size and weight (from
    ``textpage`` when the page's text was read from it already); not the values filled
    into a form's fields."""
    lines: list[Line] = []
    previous_bottom: float | None = None
    fields = _form_fields(page)
    for block in page.get_text("dict", flags=pymupdf.TEXTFLAGS_TEXT, textpage=textpage)["blocks"]:
        for raw in block.get("lines", ()):
            spans = [span for span in raw["spans"] if span["text"].strip()]
            if not spans or (fields and _inside(raw["bbox"], fields)):
                continue
            text = tidy("".join(span["text"] for span in raw["spans"]))
            sizes: Counter[float] = Counter()
            for span in spans:
                sizes[round(float(span["size"]) * 2) / 2] += len(span["text"].strip())
            bold = all(_is_bold(span) for span in spans)
            x0, y0, _x1, y1 = raw["bbox"]
            gap = (
                float("inf") if previous_bottom is None or y0 < previous_bottom - 2 else y0 - previous_bottom
            )
            lines.append(Line(text, float(y0), float(y1), float(x0), sizes.most_common(1)[0][0], bold, gap))
            previous_bottom = float(y1)
    return lines


def _form_fields(page: pymupdf.Page) -> list[pymupdf.Rect]:
    try:
        return [widget.rect for widget in page.widgets()] if page.parent.is_form_pdf else []
    except Exception:
        return []


def _inside(box: Sequence[float], fields: Sequence[pymupdf.Rect]) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return any(field.x0 <= x <= field.x1 and field.y0 <= y <= field.y1 for field in fields)


def _is_bold(span: dict[str, Any]) -> bool:
    font = str(span.get("font", "")).lower()
    return bool(int(span.get("flags", 0)) & BOLD_FLAG) or any(
        mark in font for mark in ("bold", "black", "heavy", "semibold", "demi")
    )


def body_size(pages: Sequence[Sequence[Line]]) -> float:
    """The font size most characters of the document are set in."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _repeated(pages: Sequence[Sequence[Line]]) -> set[str]:
    """Lines that stand on many pages (running heads and feet), digits ignored."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({re.sub(r"\d+", "#", line.text.lower()) for line in lines})
    return {text for text, count in counts.items() if count >= max(3, len(pages) // 3)}


def _looks_like_heading(line: Line, body: float, repeated: set[str]) -> bool:
    text = line.text
    words = text.split()
    if not 2 <= len(text) <= MAX_HEADING_CHARS or len(words) > MAX_HEADING_WORDS:
        return False
    if text.startswith(_BULLETS) or not any(ch.isalpha() for ch in text):
        return False
    if text[-1] in ",;" or (text[-1] == "." and not _NUMBERED.match(text)) or text[0].islower():
        return False
    if re.sub(r"\d+", "#", text.lower()) in repeated:
        return False
    if line.size >= body * LARGER:
        return True
    # At body size a bold line ending in ":" or "?" is a lead-in or a form's question.
    if line.bold and line.size >= body * 0.95 and text[-1] not in ":?":
        return line.gap_above >= line.size * 0.6 or _NUMBERED.match(text) is not None
    return False


def _wrapped(lines: Sequence[Line]) -> list[Line]:
    """The lines with each wrapped run of lines in one style (a heading over two or three
    lines) joined into one line."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if (
            last is not None
            and (line.size, line.bold) == (last.size, last.bold)
            and (line.bold or line.size >= last.size * LARGER)
            and -line.size / 2 <= line.gap_above < line.size * 0.6
            and len(last.text) + len(line.text) <= MAX_HEADING_CHARS
            and _NUMBERED.match(line.text) is None
        ):
            text = f"{last.text}\n{line.text}"  # joined as the page text is (``clean``)
            joined[-1] = Line(text, last.top, line.bottom, last.left, last.size, last.bold, last.gap_above)
        else:
            joined.append(line)
    return joined


def find_headings(
    texts: Sequence[str], pages: Sequence[Sequence[Line]], clean: Callable[[str], str]
) -> list[Heading]:
    """Headings found from the layout of a PDF without bookmarks (``pages[0]`` = page 1).

    A line is a heading when it is short, starts like a title and is set larger than the
    body text, or bold at body size and set apart or numbered; running heads and feet are
    not. A heading that wraps is one heading. Levels follow the numbering ("3.2" is level
    2) or, unnumbered, the size (the largest is level 1). ``clean`` joins the lines of a
    wrapped heading as the page texts were joined.
    """
    body = body_size(pages)
    if not body:
        return []
    repeated = _repeated(pages)
    found = [
        (number, line)
        for number, lines in enumerate(pages, start=1)
        for line in _wrapped(lines)
        if _looks_like_heading(line, body, repeated)
    ]
    # The same short text standing three times or more is a label (a form's, a table's).
    counts = Counter(line.text for _page, line in found)
    found = [(page, line) for page, line in found if counts[line.text] < 3]
    sizes = sorted({line.size for _page, line in found}, reverse=True)
    headings: list[Heading] = []
    cursor: dict[int, int] = {}
    for number, line in found:
        text = texts[number - 1] if number - 1 < len(texts) else ""
        title = tidy(clean(line.text))
        offset = locate(text, title, cursor.get(number, 0), line_start=True)
        if offset is None:
            continue
        cursor[number] = offset + 1
        headings.append(Heading(number, _level(title, line.size, sizes), title, offset))
    return headings


def _level(title: str, size: float, sizes: Sequence[float]) -> int:
    numbered = _NUMBERED.match(title)
    if numbered and numbered.group(1):
        return min(numbered.group(1).count(".") + 1, 4)
    return min(sizes.index(size) + 1, 4) if size in sizes else 1


def page_sections(
    page_count: int, headings: Sequence[Heading]
) -> list[tuple[str | None, tuple[tuple[int, str], ...]]]:
    """For every page (index 0 = page 1): the section it starts in (the last heading of an
    earlier page) and its own headings as (offset, title)."""
    by_page: dict[int, list[Heading]] = {}
    for heading in headings:
        by_page.setdefault(heading.page, []).append(heading)
    result: list[tuple[str | None, tuple[tuple[int, str], ...]]] = []
    current: str | None = None
    for number in range(1, page_count + 1):
        own = sorted(by_page.get(number, ()), key=lambda h: h.offset)
        result.append((current, tuple((h.offset, h.title) for h in own)))
        if own:
            current = own[-1].title
    return result
