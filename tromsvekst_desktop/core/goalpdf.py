"""A goal tree proposed from a plan PDF: outline, numbered headings and the lists under "Strategier:".

The proposal is a draft for the user to correct (rename, move, merge, delete, change
level) before it is saved: every node carries the page where it stands, and the PDF gets
a catalogue entry of its own so that those page links load.

- Headings come from the PDF's outline; without one, from short bold or large lines
  numbered "3", "3.2" or named "Delmål 1.1:", "Innsatsområde 2 –", "Mål 4".
- A heading's level is the word before its number ("Delmål"), a leading plural list word
  ("Fokusområder 2024–2027"), else its depth ("Kapittel", "Avsnitt").
- Bullet items become goals under the current heading when a list heading introduces them
  ("Strategier", "Tiltak:", "… hovedmålene om:") or the section is named after them
  ("Fokusområder …"); other bullets are body text. "Sosial bærekraft – det betyr at …"
  becomes the title "Sosial bærekraft" with the rest as its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tromsvekst_desktop.core.goaldraft import (
    DraftDocument,
    DraftNode,
    DraftPlan,
    ImportProblem,
    slug,
    unique_id,
)
from tromsvekst_desktop.core.goalimport import ImportOptions, TableImport
from tromsvekst_desktop.core.pdftext import clean_text

# List words by stem: the stem and its inflected forms ("strategier", "områdene") name the level.
LIST_WORDS = {
    "strategi": "Strategi",
    "tiltak": "Tiltak",
    "delmål": "Delmål",
    "hovedmål": "Hovedmål",
    "mål": "Mål",
    "innsatsområde": "Innsatsområde",
    "fokusområde": "Fokusområde",
    "satsingsområde": "Satsingsområde",
    "satsningsområde": "Satsningsområde",
    "målområde": "Målområde",
    "handling": "Handling",
    "aktivitet": "Aktivitet",
    "prioritering": "Prioritering",
    "resultatmål": "Resultatmål",
    "effektmål": "Effektmål",
    "resultat": "Resultat",
}
_ENDINGS = ("", "r", "ne", "er", "ene", "en", "et", "a")
HEADING_WORDS = (*LIST_WORDS.values(), "Kapittel", "Tema", "Del")
DEPTH_LEVELS = ("Kapittel", "Avsnitt", "Underavsnitt")
BULLETS = "•●▪◦‣∙·-–*"
_NAMED = re.compile(
    r"(?P<word>[A-ZÆØÅ][\wæøå]+)\s+(?P<number>\d+(?:\.\d+)*)\s*(?:[:.–—-]\s*)?(?P<title>.*)", re.DOTALL
)
_NUMBERED = re.compile(r"(?P<number>\d+(?:\.\d+)*)\.?\s+(?P<title>[^\d\s].*)", re.DOTALL)
_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]\s+")
_TERM_DASH = re.compile(r"\s+[–—-]\s+")
MAX_TERM_WORDS = 6
MAX_HANGING_INDENT = 40  # points: further right, a line is not the wrapped rest of a bullet item
_PAGE_NUMBER_LINE = re.compile(r"(?:side|page|s\.)?\s*\d+(?:\s*(?:av|of|/)\s*\d+)?", re.IGNORECASE)
SUB_ITEM_LEVEL = "Punkt"  # bullets under a bullet, or under an intro that names no level
_SENTENCE_END = re.compile(r"(?<=[a-zæøå0-9][.!?])\s+(?=[A-ZÆØÅ])")
DONE = (0, -1)  # no more text for the current heading


def list_level(word: str) -> str | None:
    """The level a list word names: "Strategier" → Strategi, "hovedmålene" → Hovedmål."""
    lowered = word.lower()
    for stem, level in LIST_WORDS.items():
        if lowered.startswith(stem) and lowered[len(stem) :] in _ENDINGS:
            return level
    return None


@dataclass
class _Heading:
    title: str  # as in the outline or on the page
    depth: int  # 1 = top
    page: int
    node: DraftNode = field(init=False)
    list_level: str | None = None  # the level of bullets in its section, when it is named after them


@dataclass
class _Line:
    page: int
    block: int
    x0: float
    text: str
    bold: bool
    size: float


def parse_heading(title: str, depth: int) -> tuple[str, str | None, str]:
    """(level, number, title) of a heading: "Delmål 1.1: Tromsøregionen …" → Delmål, 1.1, Tromsøregionen …"""
    named = _NAMED.fullmatch(title)
    if named and named.group("word").capitalize() in HEADING_WORDS:
        rest = named.group("title").strip()
        return named.group("word").capitalize(), named.group("number"), rest or title
    numbered = _NUMBERED.fullmatch(title)
    if numbered:
        number = numbered.group("number")
        return _depth_level(number.count(".") + 1), number, numbered.group("title").strip()
    if _plural_list_word(title):
        return title.split(maxsplit=1)[0].rstrip(":"), None, title  # "Fokusområder 2024–2027"
    return _depth_level(depth), None, title


def _plural_list_word(title: str) -> str | None:
    """The level named by an inflected list word opening a title ("Fokusområder …" → Fokusområde)."""
    words = title.split(maxsplit=1)
    if not words or not words[0][:1].isupper():
        return None
    first = words[0].rstrip(":")
    level = list_level(first)
    return level if level is not None and first.lower() != level.lower() else None


def _depth_level(depth: int) -> str:
    return DEPTH_LEVELS[depth - 1] if depth <= len(DEPTH_LEVELS) else f"Nivå {depth}"


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def propose_from_pdf(path: Path, options: ImportOptions) -> TableImport:
    """Draft a plan (and its catalogue entry) from a PDF; problems instead of exceptions."""
    import pymupdf

    try:
        path = path.resolve()
        doc = pymupdf.open(path)
    except Exception as exc:  # MuPDF raises assorted errors on files that are not PDFs
        return TableImport([], [ImportProblem(None, f"{path}: cannot open the PDF ({exc})")], {}, [])
    try:
        if doc.needs_pass:
            return TableImport([], [ImportProblem(None, f"{path}: the PDF is password-protected")], {}, [])
        toc = [(level, " ".join(str(title).split()), page) for level, title, page in doc.get_toc(simple=True)]
        lines = _lines(doc)
        metadata = doc.metadata or {}
    finally:
        doc.close()
    if not any(line.text for line in lines):
        return TableImport([], [ImportProblem(None, f"{path}: the PDF has no text layer (scanned?)")], {}, [])
    headings = [_Heading(title, level, page) for level, title, page in toc if title and page >= 1]
    if not headings:
        headings = _headings_from_text(lines)
    title = (metadata.get("title") or "").strip() or path.stem
    taken = set(options.taken_ids)
    plan_id = unique_id(slug(path.stem) or "plan", taken)
    doc_id = unique_id(slug(path.stem) or "plan", set(options.known_documents or ()))
    plan = DraftPlan(
        id=plan_id,
        title=title,
        document=doc_id,
        page=1,
        source=f"Forslag fra {path.name}",
        catalogue=[
            DraftDocument(
                id=doc_id,
                title=title,
                file=str(path),
                owner=(metadata.get("author") or "").strip() or "Ukjent",
            )
        ],
    )
    _build_tree(plan, headings, taken)
    _attach_lists(plan, headings, lines, taken)
    problems = (
        []
        if any(True for _ in plan.nodes())
        else [ImportProblem(None, f"{path}: found no outline, numbered headings or lists of goals")]
    )
    return TableImport([plan] if not problems else [], problems, {}, [])


def _lines(doc: Any) -> list[_Line]:
    lines: list[_Line] = []
    for index in range(doc.page_count):
        number = index + 1  # PyMuPDF's 0-based page index meets our 1-based pages here only
        page = doc.load_page(index)
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                spans = [span for span in line["spans"] if span["text"].strip()]
                if not spans:
                    continue
                text = " ".join("".join(span["text"] for span in spans).split())
                bold = all(span["flags"] & 16 or "bold" in span["font"].lower() for span in spans)
                size = max(span["size"] for span in spans)
                lines.append(_Line(number, block["number"], line["bbox"][0], text, bold, size))
    return _without_running_lines(lines, doc.page_count)


def _without_running_lines(lines: list[_Line], page_count: int) -> list[_Line]:
    """The lines without page numbers and running heads (a text on at least half of 3+ pages)."""
    pages_with: dict[str, set[int]] = {}
    for line in lines:
        pages_with.setdefault(line.text, set()).add(line.page)
    running = {text for text, pages in pages_with.items() if len(pages) >= max(3, page_count / 2)}
    return [line for line in lines if line.text not in running and not _PAGE_NUMBER_LINE.fullmatch(line.text)]


def _headings_from_text(lines: list[_Line]) -> list[_Heading]:
    """Headings of a PDF without an outline: bold or large numbered lines, depth from number or word."""
    sizes = sorted(line.size for line in lines)
    body = sizes[len(sizes) // 2]
    word_depth: dict[str, int] = {}
    headings: list[_Heading] = []
    previous: _Line | None = None
    for line in lines:
        emphasised = line.bold or line.size > body * 1.15
        if not emphasised or len(line.text) > 160:
            previous = None
            continue
        if previous is not None and headings and previous.block == line.block and previous.page == line.page:
            headings[-1].title += " " + line.text  # a heading wrapped onto the next line
            previous = line
            continue
        named = _NAMED.fullmatch(line.text)
        numbered = _NUMBERED.fullmatch(line.text)
        if named and named.group("word").capitalize() in HEADING_WORDS:
            depth = word_depth.setdefault(named.group("word").capitalize(), len(word_depth) + 1)
        elif numbered:
            depth = numbered.group("number").count(".") + 1
        else:
            previous = None
            continue
        headings.append(_Heading(line.text, depth, line.page))
        previous = line
    return headings


def _build_tree(plan: DraftPlan, headings: list[_Heading], taken: set[str]) -> None:
    stack: list[_Heading] = []
    for heading in headings:
        level, number, title = parse_heading(heading.title, heading.depth)
        wanted = f"{plan.id}.{slug(level)}-{number}" if number else f"{plan.id}.{slug(title)[:40]}"
        heading.node = DraftNode(
            id=unique_id(wanted.rstrip("-."), taken),
            title=title,
            level=level,
            number=number,
            page=heading.page,
        )
        heading.list_level = _plural_list_word(heading.title) if number is None else None
        while stack and stack[-1].depth >= heading.depth:
            stack.pop()
        (stack[-1].node.children if stack else plan.children).append(heading.node)
        stack.append(heading)


def _attach_lists(plan: DraftPlan, headings: list[_Heading], lines: list[_Line], taken: set[str]) -> None:
    """Walk the page text: find each heading, its first paragraph, and the goals its lists hold."""
    reader = _ListReader(plan.id, taken)
    pending = list(headings)
    i = 0
    while i < len(lines):
        line = lines[i]
        spelled = _heading_at(pending, lines, i)
        if spelled:
            reader.start_section(pending.pop(0))
            i += spelled
            continue
        while pending and pending[0].page < line.page:
            reader.start_section(pending.pop(0))  # a heading the text never shows starts at its page
        reader.read(line)
        i += 1
    reader.flush()


class _ListReader:
    """Reads one section after another: the heading's first paragraph, list intros, bullet items."""

    def __init__(self, plan_id: str, taken: set[str]) -> None:
        self.plan_id = plan_id
        self.taken = taken
        self.section: _Heading | None = None
        self.list_level: str | None = None  # the level of the bullets read now; None: bullets are text
        self.text_block: tuple[int, int] | None = None  # (page, block) of the heading's paragraph
        self.item: list[_Line] = []  # the lines of the bullet item being read
        self.outer: tuple[DraftNode, float] | None = None  # the last top-level item and its indent

    def start_section(self, heading: _Heading) -> None:
        self.flush()
        self.section = heading
        self.list_level = heading.list_level
        self.text_block = None
        self.outer = None

    def read(self, line: _Line) -> None:
        bullet = _BULLET.match(line.text)
        if bullet:
            self.flush()
            self.text_block = DONE
            if self.list_level:
                self.item.append(replace(line, text=line.text[bullet.end() :]))
            return
        if (
            self.item
            and 1 < line.x0 - self.item[0].x0 < MAX_HANGING_INDENT
            and line.page == self.item[-1].page
        ):
            self.item.append(line)  # the item wraps onto an indented line
            return
        self.flush()
        intro = _list_intro(line)
        if intro is not None:
            self.list_level, self.text_block, self.outer = intro, DONE, None
            return
        self.outer = None
        if self.section is not None and self.text_block in (None, (line.page, line.block)):
            # The paragraph right under a heading is its text.
            node = self.section.node
            self.text_block = (line.page, line.block)
            node.text = clean_text(f"{node.text}\n{line.text}").replace("\n", " ").strip()
        else:
            self.text_block = DONE

    def flush(self) -> None:
        if self.item and self.section is not None and self.list_level:
            indent = self.item[0].x0
            if self.outer is not None and indent > self.outer[1] + 5:
                _add_item(self.outer[0], self.item, SUB_ITEM_LEVEL, self.taken)
            else:
                node = _add_item(self.section.node, self.item, self.list_level, self.taken)
                self.outer = (node, indent)
        self.item = []


def _list_intro(line: _Line) -> str | None:
    """The level of the bullets a line introduces: "Strategier", "Tiltak:", "… hovedmålene om:"."""
    words = re.findall(r"[\wæøå]+", line.text)
    if not words or not (line.bold or line.text.endswith(":")):
        return None
    if len(words) <= 3:
        named = [level for word in words if (level := list_level(word))]
        if named:
            return named[-1]
    if not line.text.endswith(":"):
        return None
    near_end = [level for word in words[-3:] if (level := list_level(word))]
    return near_end[-1] if near_end else SUB_ITEM_LEVEL


def _heading_at(pending: list[_Heading], lines: list[_Line], i: int) -> int:
    """How many lines from ``i`` on spell the next pending heading (0: it does not stand here)."""
    if not pending or lines[i].page != pending[0].page:
        return 0
    wanted = _norm(pending[0].title)
    seen = ""
    count = 0
    while i + count < len(lines) and len(seen) < len(wanted):
        seen += _norm(lines[i + count].text)
        count += 1
        if not wanted.startswith(seen):
            return 0
    return count if seen == wanted else 0


def _add_item(parent: DraftNode, lines: list[_Line], level: str, taken: set[str]) -> DraftNode:
    text = clean_text("\n".join(line.text for line in lines)).replace("\n", " ").strip()
    title, rest = text, ""
    parts = _TERM_DASH.split(text, maxsplit=1)
    sentences = _SENTENCE_END.split(text, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= MAX_TERM_WORDS:
        title, rest = parts  # "Sosial bærekraft – det betyr at …"
    elif text.endswith(":") and len(sentences) == 2:
        title, rest = sentences  # an item that introduces a sub-list: its first sentence is the title
    if title.startswith("«") and title.endswith("»") and title.count("«") == 1:
        title = title[1:-1]
    wanted = f"{parent.id}.{slug(level)[:1] or 'p'}{len(parent.children) + 1}"
    node = DraftNode(id=unique_id(wanted, taken), title=title, level=level, text=rest, page=lines[0].page)
    parent.children.append(node)
    return node
