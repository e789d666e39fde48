"""The OCR cache: what text recognition made of each page, by file SHA-256, page and settings.

An SQLite file beside the index (not one of the index's own files), so that a re-index,
a rename, a rebuild or a schema change never recognises the same page twice. It also
remembers which file (path, size, modification time) has which hash, so that the viewer
can find the word boxes of the page it shows without hashing the file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from tromsvekst_desktop.core.ocr import RecognisedPage
from tromsvekst_desktop.core.pagemarks import Box, PageChars

CACHE_FILE = "ocr-cache.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    sha256 TEXT NOT NULL, page INTEGER NOT NULL, settings TEXT NOT NULL,
    text TEXT NOT NULL, words TEXT NOT NULL, confidence REAL NOT NULL, seconds REAL NOT NULL,
    reason TEXT NOT NULL, failed INTEGER NOT NULL,
    PRIMARY KEY (sha256, page, settings)
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL
);
"""

Word = tuple[float, float, float, float, str]


class OcrCache:
    """One connection to the cache file (created on first use); use it in one thread."""

    def __init__(self, index_dir: Path) -> None:
        index_dir.mkdir(parents=True, exist_ok=True)
        # Another process (the window, a second indexer) may be writing: wait for it a while.
        self._db = sqlite3.connect(index_dir / CACHE_FILE, timeout=30.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> OcrCache:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def get(self, sha256: str, pages: Iterable[int], settings: str) -> dict[int, RecognisedPage]:
        """The cached results among ``pages`` of a file."""
        wanted = set(pages)
        rows = self._db.execute(
            "SELECT page, text, words, confidence, seconds, reason, failed FROM pages "
            "WHERE sha256 = ? AND settings = ?",
            (sha256, settings),
        )
        found: dict[int, RecognisedPage] = {}
        for page, text, words, confidence, seconds, reason, failed in rows:
            if page in wanted:
                boxes = tuple((w[0], w[1], w[2], w[3], w[4]) for w in json.loads(words))
                found[page] = RecognisedPage(page, text, boxes, confidence, seconds, reason, bool(failed))
        return found

    def put(self, sha256: str, settings: str, result: RecognisedPage) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sha256,
                    result.page,
                    settings,
                    result.text,
                    json.dumps(
                        [[round(c, 2) for c in w[:4]] + [w[4]] for w in result.words], ensure_ascii=False
                    ),
                    result.confidence,
                    result.seconds,
                    result.reason,
                    int(result.failed),
                ),
            )

    def remember_files(self, hashes: Mapping[str, str]) -> None:
        """Note the hash of each file (path → SHA-256) with its current size and modification time."""
        rows = []
        for path, sha256 in hashes.items():
            try:
                stat = os.stat(path)
            except OSError:
                continue
            rows.append((path, stat.st_size, stat.st_mtime_ns, sha256))
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", rows)

    def words_on_page(self, path: str, page: int) -> tuple[list[Word], float] | None:
        """The recognised words of a page and its confidence, if the file is as it was when recognised."""
        try:
            stat = os.stat(path)
        except OSError:
            return None
        row = self._db.execute("SELECT size, mtime_ns, sha256 FROM files WHERE path = ?", (path,)).fetchone()
        if row is None or (row[0], row[1]) != (stat.st_size, stat.st_mtime_ns):
            return None
        found = self._db.execute(
            "SELECT words, confidence FROM pages WHERE sha256 = ? AND page = ? AND reason = '' "
            "ORDER BY rowid DESC LIMIT 1",
            (row[2], page),
        ).fetchone()
        if found is None:
            return None
        return [(w[0], w[1], w[2], w[3], w[4]) for w in json.loads(found[0])], float(found[1])


def recognised_words(index_dir: Path, path: str, page: int) -> tuple[list[Word], float] | None:
    """The recognised words of a page (for the viewer), or None; never creates the cache file."""
    if not (index_dir / CACHE_FILE).is_file():
        return None
    try:
        with OcrCache(index_dir) as cache:
            return cache.words_on_page(path, page)
    except sqlite3.Error:
        return None


def recognised_page_chars(words: list[Word]) -> PageChars:
    """A recognised page's words as the viewer's marks need them: the words in reading order,
    a space between them, each character with its share of its word's box (the engine
    gives word boxes; a whole marked word gets its box exactly)."""
    text: list[str] = []
    boxes: list[Box | None] = []
    for x0, y0, x1, y1, word in words:
        if text:
            text.append(" ")
            boxes.append(None)
        width = (x1 - x0) / max(len(word), 1)
        for i, char in enumerate(word):
            text.append(char)
            boxes.append((x0 + i * width, y0, x0 + (i + 1) * width, y1))
    return PageChars("".join(text), tuple(boxes))
