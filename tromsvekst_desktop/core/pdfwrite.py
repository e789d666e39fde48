"""A small A4 layout engine over PyMuPDF: headings, wrapped (hyphenated) text, bullets, outline."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf

VOWELS = frozenset("aeiouyæøåéèêóòôüäö")
# Consonant pairs that spell one sound in Norwegian: never hyphenate between them.
UNSPLITTABLE = frozenset({"ng", "nk", "kj", "sj", "gj", "tj", "hj", "hv", "ch", "ck", "th", "ph"})
# Consonant pairs that open a syllable after a vowel ("kommune-grensene"): kept together.
ONSETS = frozenset({"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr"})
MIN_HEAD = 2  # letters before a syllable break
MIN_TAIL = 3  # letters after it

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.35, 0.35, 0.35)
BLUE: Color = (0.05, 0.2, 0.42)
BOX_FILL: Color = (0.9, 0.94, 0.97)


def hyphenation_points(word: str) -> list[tuple[int, bool]]:
    """Where ``word`` may be broken: (index, add_hyphen) pairs, ascending.

    A syllable break falls before a consonant, or a two-consonant onset such as "gr",
    that opens a syllable, with at least two letters before it and three after.
    A hyphen already in the word ("bo-relaterte") is a break point that adds none.
    Acronyms and words with digits are never broken at syllables.
    """
    points: list[tuple[int, bool]] = []
    lower = word.lower()
    syllables = not any(c.isdigit() for c in word) and sum(c.isupper() for c in word) < 2
    for i in range(1, len(word)):
        head, tail = lower[:i], lower[i:]
        if head.endswith("-") and len(head) > 2 and head[-2].isalpha() and tail[:1].isalpha():
            points.append((i, False))
            continue
        if not syllables or len(tail) < 2:
            continue
        word_start = max((j + 1 for j, c in enumerate(head) if not c.isalpha()), default=0)
        head_letters = head[word_start:]
        tail_letters = next((j for j, c in enumerate(tail) if not c.isalpha()), len(tail))
        if len(head_letters) < MIN_HEAD or tail_letters < MIN_TAIL:
            continue
        if not any(c in VOWELS for c in head_letters):
            continue
        prev, cur, nxt = head[-1], tail[0], tail[1]
        if cur in VOWELS or not cur.isalpha() or not prev.isalpha():
            continue
        if nxt in VOWELS:
            # Before a single consonant: not inside a cluster, and not after a linking
            # "s" ("nærings-utvikling" must not become "næring-sutvikling").
            ok = prev in VOWELS or (prev + cur not in UNSPLITTABLE | ONSETS and cur != "s")
        else:
            ok = prev in VOWELS and cur + nxt in ONSETS and len(tail) > 2 and tail[2] in VOWELS
        if ok:
            points.append((i, True))
    return points


def wrap(text: str, fits: Callable[[str], bool], *, hyphenate: bool = False) -> list[str]:
    """Break ``text`` into lines for which ``fits(line)`` holds; "\\n" forces a line break.

    With ``hyphenate`` a word that does not fit is broken at a syllable point with "-"
    at the line end; a single word too long for a whole line is broken in any case.
    """
    lines: list[str] = []
    for forced in text.split("\n"):
        pending = forced.split()
        current = ""
        while pending:
            word = pending.pop(0)
            candidate = f"{current} {word}" if current else word
            if fits(candidate):
                current = candidate
                continue
            lead = f"{current} " if current else ""
            if hyphenate or not current:
                split = _split_to_fit(word, fits, lead)
                if split is not None:
                    lines.append(lead + split[0])
                    current = ""
                    pending.insert(0, split[1])
                    continue
            if current:
                lines.append(current)
                current = ""
                pending.insert(0, word)
                continue
            # One word wider than the line with no syllable point that fits: cut anywhere.
            cut = max((i for i in range(1, len(word)) if fits(word[:i] + "-")), default=1)
            lines.append(word[:cut] + "-")
            pending.insert(0, word[cut:])
        if current or not lines:
            lines.append(current)
    return lines


def _split_to_fit(word: str, fits: Callable[[str], bool], lead: str) -> tuple[str, str] | None:
    """The longest head of ``word`` (with its line-end hyphen) that fits after ``lead``, and the rest."""
    for index, add_hyphen in reversed(hyphenation_points(word)):
        head = word[:index] + ("-" if add_hyphen else "")
        if fits(lead + head):
            return head, word[index:]
    return None


@dataclass(frozen=True)
class _Style:
    font: pymupdf.Font
    size: float
    leading: float  # baseline-to-baseline distance
    color: Color
    space_before: float
    space_after: float


class PdfBuilder:
    """Lays out text top to bottom on A4 pages and saves a PDF with outline and metadata.

    Usage::

        pdf = PdfBuilder(title="Plan", author="Tromsø kommune", subject="…")
        pdf.title("Plan for alt")
        page = pdf.heading("1. Innledning", level=1)   # every call returns its 1-based page
        pdf.paragraph("Lang tekst …", hyphenate=True)
        pdf.bullets(["Første punkt", "Andre punkt"])
        pdf.bullets(["Underpunkt"], level=2)
        pdf.page_break()
        pdf.save("plan.pdf")

    Fonts are PyMuPDF's Helvetica ("helv"/"hebo") written through ``TextWriter``, which
    embeds them with full Unicode coverage (æøå, –, «», §, € survive text extraction).
    Output is byte-for-byte reproducible: dates come from ``created``, never the clock.
    """

    WIDTH: float = pymupdf.paper_size("a4")[0]
    HEIGHT: float = pymupdf.paper_size("a4")[1]
    MARGIN_X = 70.0
    MARGIN_TOP = 72.0
    MARGIN_BOTTOM = 70.0
    BULLET_INDENT = 14.0
    BOX_PAD = 8.0

    def __init__(
        self,
        title: str,
        author: str = "",
        subject: str = "",
        *,
        keywords: str = "",
        created: dt.date = dt.date(2025, 1, 1),
        footer: str = "Side {page} av {pages}",
        running_header: bool = True,
    ) -> None:
        self.meta_title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.created = created
        self.footer = footer
        self.running_header = running_header
        regular, bold = pymupdf.Font("helv"), pymupdf.Font("hebo")
        self._body = _Style(regular, 10.5, 14.5, BLACK, 0.0, 7.0)
        self._bold = _Style(bold, 10.5, 14.5, BLACK, 0.0, 7.0)
        self._small = _Style(regular, 8.0, 10.0, GREY, 0.0, 0.0)
        self._title = _Style(bold, 22.0, 27.0, BLUE, 0.0, 14.0)
        self._subtitle = _Style(regular, 12.0, 16.0, GREY, 0.0, 18.0)
        self._headings = {
            1: _Style(bold, 15.0, 19.0, BLUE, 12.0, 8.0),
            2: _Style(bold, 12.5, 16.0, BLUE, 9.0, 6.0),
            3: _Style(bold, 11.0, 14.5, BLACK, 6.0, 5.0),
        }
        self._doc = pymupdf.open()
        # Text runs in layout order, a new writer whenever page or colour changes, so that
        # extraction returns the text in reading order (headings before their paragraphs).
        self._writers: list[tuple[int, Color, pymupdf.TextWriter]] = []
        self._boxes: list[tuple[int, pymupdf.Rect]] = []
        self._toc: list[list[Any]] = []
        self._y = 0.0  # top of the free space on the current page
        self._new_page()

    # -- public API -------------------------------------------------------------

    @property
    def current_page(self) -> int:
        """The 1-based page on which the next text starts (unless it must move on)."""
        return int(self._doc.page_count)

    @property
    def text_width(self) -> float:
        """Width of the text column in points."""
        return self.WIDTH - 2 * self.MARGIN_X

    def title(self, text: str, subtitle: str | None = None) -> int:
        """The document's title block (not in the outline); returns its page."""
        page = self._block(text, self._title, self.MARGIN_X, self.text_width)
        if subtitle:
            self._block(subtitle, self._subtitle, self.MARGIN_X, self.text_width)
        return page

    def heading(self, text: str, level: int = 1) -> int:
        """A heading (level 1–3) that becomes an outline entry; kept with the next lines."""
        style = self._headings[min(max(level, 1), 3)]
        if self._y > self.MARGIN_TOP:
            self._y += style.space_before
        lines = wrap(text, self._fits(style, self.text_width))
        self._reserve(len(lines) * style.leading + 3 * self._body.leading)
        top = self._y
        page = self._block(text, style, self.MARGIN_X, self.text_width)
        previous = int(self._toc[-1][0]) if self._toc else 0
        # The entry points at the heading itself, not at the top of its page.
        destination = {"kind": pymupdf.LINK_GOTO, "page": page - 1, "to": pymupdf.Point(self.MARGIN_X, top)}
        self._toc.append([min(level, previous + 1), " ".join(text.split()), page, destination])
        return page

    def paragraph(
        self,
        text: str,
        *,
        hyphenate: bool = False,
        bold: bool = False,
        boxed: bool = False,
        width: float | None = None,
        keep_with_next: bool = False,
    ) -> int:
        """A wrapped paragraph; returns the page of its first line.

        ``hyphenate`` breaks words at line ends as printed plans do; ``boxed`` sets the
        text on a tinted panel; ``width`` narrows the text column (points);
        ``keep_with_next`` moves a short lead-in ("Strategier") with what follows.
        """
        style = self._bold if bold else self._body
        column = min(width or self.text_width, self.text_width - (2 * self.BOX_PAD if boxed else 0))
        x = self.MARGIN_X + (self.BOX_PAD if boxed else 0)
        lines = wrap(text, self._fits(style, column), hyphenate=hyphenate)
        if boxed:
            # A panel never breaks across pages.
            height = len(lines) * style.leading + 2 * self.BOX_PAD
            self._reserve(height + style.space_after)
            top = self._y
            self._boxes.append(
                (
                    self._doc.page_count - 1,
                    pymupdf.Rect(self.MARGIN_X, top, self.WIDTH - self.MARGIN_X, top + height),
                )
            )
            self._y += self.BOX_PAD
            page = self._lines(lines, style, x)
            self._y = top + height + style.space_after
            return page
        self._reserve(style.leading * (min(len(lines), 2) + (2 if keep_with_next else 0)))
        page = self._lines(lines, style, x)
        self._y += style.space_after
        return page

    def bullets(self, items: Sequence[str], level: int = 1, *, hyphenate: bool = False) -> list[int]:
        """A bullet list ("•", or "–" at level 2); returns the page of each item's first line."""
        style = self._body
        # The marker shares the first line's text run, so extraction reads "•  Tekst".
        marker = "•  " if level == 1 else "–  "
        marker_x = self.MARGIN_X + (level - 1) * self.BULLET_INDENT * 1.4
        text_x = marker_x + style.font.text_length(marker, style.size)
        column = self.WIDTH - self.MARGIN_X - text_x
        pages: list[int] = []
        for item in items:
            lines = wrap(item, self._fits(style, column), hyphenate=hyphenate)
            self._reserve(style.leading * len(lines))  # keep an item on one page
            pages.append(self._lines([marker + lines[0]], style, marker_x))
            self._lines(lines[1:], style, text_x)
            self._y += 3.0
        self._y += style.space_after - 3.0
        return pages

    def page_break(self) -> None:
        """Start a new page unless the current one is still empty."""
        if self._y > self.MARGIN_TOP:
            self._new_page()

    def save(self, path: str | Path) -> None:
        """Write the pages, footers, outline and metadata to ``path`` (reproducibly)."""
        pages = self._doc.page_count
        for number in range(pages):
            page = self._doc[number]
            footer = self.footer.format(page=number + 1, pages=pages)
            width = self._small.font.text_length(footer, self._small.size)
            self._write_at(number, footer, self._small, (self.WIDTH - width) / 2, self.HEIGHT - 40)
            if self.running_header and number > 0:
                self._write_at(number, self.meta_title, self._small, self.MARGIN_X, 44)
                page.draw_line((self.MARGIN_X, 49), (self.WIDTH - self.MARGIN_X, 49), color=GREY, width=0.4)
        for number, rect in self._boxes:
            self._doc[number].draw_rect(rect, color=None, fill=BOX_FILL, overlay=False)
        for number, color, writer in self._writers:
            writer.write_text(self._doc[number], color=color)
        self._doc.set_toc(self._toc)
        stamp = self.created.strftime("D:%Y%m%d000000+00'00'")
        self._doc.set_metadata(
            {
                "title": self.meta_title,
                "author": self.author,
                "subject": self.subject,
                "keywords": self.keywords,
                "creator": "tromsvekst_desktop.core.pdfwrite",
                "producer": "PyMuPDF",
                "creationDate": stamp,
                "modDate": stamp,
            }
        )
        self._doc.save(str(path), garbage=4, deflate=True, no_new_id=True)

    # -- layout internals -------------------------------------------------------

    def _fits(self, style: _Style, width: float) -> Callable[[str], bool]:
        return lambda line: style.font.text_length(line, style.size) <= width

    def _new_page(self) -> None:
        self._doc.new_page(width=self.WIDTH, height=self.HEIGHT)
        self._y = self.MARGIN_TOP

    def _reserve(self, height: float) -> None:
        """Move to a new page when ``height`` points do not fit below the cursor."""
        if self._y + height > self.HEIGHT - self.MARGIN_BOTTOM and self._y > self.MARGIN_TOP:
            self._new_page()

    def _block(self, text: str, style: _Style, x: float, width: float) -> int:
        lines = wrap(text, self._fits(style, width))
        self._reserve(len(lines) * style.leading)
        page = self._lines(lines, style, x)
        self._y += style.space_after
        return page

    def _lines(self, lines: Sequence[str], style: _Style, x: float) -> int:
        """Write lines from the cursor down, breaking pages between lines; first line's page."""
        first_page = 0
        for line in lines:
            self._reserve(style.leading)
            first_page = first_page or self.current_page
            self._write(line, style, x, self._y + style.size)
            self._y += style.leading
        return first_page or self.current_page

    def _write(self, text: str, style: _Style, x: float, baseline: float) -> None:
        self._write_at(self._doc.page_count - 1, text, style, x, baseline)

    def _write_at(self, number: int, text: str, style: _Style, x: float, baseline: float) -> None:
        if not self._writers or self._writers[-1][:2] != (number, style.color):
            self._writers.append((number, style.color, pymupdf.TextWriter(self._doc[number].rect)))
        self._writers[-1][2].append((x, baseline), text, font=style.font, fontsize=style.size)


def write_text_pdf(
    path: Path, pages: Sequence[str], *, title: str = "", toc: Sequence[tuple[int, str, int]] = ()
) -> Path:
    """A plain PDF with one text block per page (Unicode font embedded, so æøå survive),
    for tests and fault runs; ``toc`` entries are (level, title, 1-based page)."""
    doc = pymupdf.open()
    font = pymupdf.Font("helv")
    for text in pages:
        page = doc.new_page()
        writer = pymupdf.TextWriter(page.rect)
        writer.fill_textbox(pymupdf.Rect(60, 60, 535, 780), text, font=font, fontsize=11)
        writer.write_text(page)
    if toc:
        doc.set_toc([list(entry) for entry in toc])
    doc.set_metadata({"title": title})
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    doc.close()
    return path


def write_scanned_pdf(
    path: Path,
    pages: Sequence[str],
    *,
    skew_degrees: float = 1.5,
    noise: float = 0.01,
    dpi: int = 200,
    seed: int = 0,
    title: str = "",
) -> Path:
    """An image-only PDF as a scanner makes it: each text page rendered to a grey image at
    ``dpi``, turned by ``skew_degrees``, with a ``noise`` share of pixels flipped to black or
    white (specks), for tests and OCR measurements. ``toc``-free; no text layer at all."""
    rng = random.Random(seed)
    source = pymupdf.open()
    font = pymupdf.Font("helv")
    scan = pymupdf.open()
    for text in pages:
        page = source.new_page()
        writer = pymupdf.TextWriter(page.rect)
        writer.fill_textbox(pymupdf.Rect(60, 60, 535, 780), text, font=font, fontsize=11)
        centre = (page.rect.tl + page.rect.br) / 2
        writer.write_text(page, morph=(centre, pymupdf.Matrix(skew_degrees)))
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        samples = bytearray(pix.samples)
        for _ in range(int(len(samples) * noise)):
            samples[rng.randrange(len(samples))] = rng.choice((0, 255))
        specked = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, bytes(samples), False)
        target = scan.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=specked.tobytes("png"))
    scan.set_metadata({"title": title})
    path.parent.mkdir(parents=True, exist_ok=True)
    scan.save(str(path), deflate=True)
    scan.close()
    source.close()
    return path
