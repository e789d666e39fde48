"""Tables read from CSV, XLSX and JSON files: a header and rows of text, each with its row number.

Row numbers are what a user finds in the file: 1 is the first data row after the header
(for JSON, the object's position in the array, from 1). Empty rows keep their number but
are left out.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".json")
_DELIMITERS = ";,\t|"
# A cell holding a list (JSON) becomes one text with this separator, as a tags column has it.
LIST_SEPARATOR = "; "


class TableError(Exception):
    """A table that cannot be read at all; the message names the file and says why."""


@dataclass(frozen=True)
class Row:
    number: int  # 1 = the first data row after the header
    values: dict[str, str]  # header → cell text ("" for an empty cell)


@dataclass
class Table:
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (row, message) for unreadable rows


def read_table(path: Path) -> Table:
    """Read a CSV, XLSX or JSON table (chosen by the file's suffix); TableError when it cannot."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise TableError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if suffix == ".json":
        return _read_json(data, path)
    return read_csv_bytes(data, str(path))


def decode_text(data: bytes) -> str:
    """Bytes as text: UTF-8 (with or without BOM) or UTF-16 (with BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's "CSV" on Norwegian Windows; cp1252 leaves five bytes undefined, which latin-1 maps.
        return data.decode("cp1252", errors="replace")


def detect_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the candidate found the same number of times (and most) per line."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for candidate in _DELIMITERS:
        counts = [_count_outside_quotes(line, candidate) for line in lines]
        if counts[0] == 0:
            continue
        steady = sum(1 for count in counts if count == counts[0]) / len(counts)
        score = steady * 1000 + counts[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == char and not quoted:
            count += 1
    return count


def read_csv_bytes(data: bytes, name: str) -> Table:
    text = decode_text(data)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text)))
    return _table_from_records(records, name)


def _table_from_records(records: list[list[str]], name: str) -> Table:
    """The first non-empty record is the header; the records after it are the rows."""
    start = next((i for i, record in enumerate(records) if any(cell.strip() for cell in record)), None)
    if start is None:
        raise TableError(f"{name}: the table is empty")
    headers = _unique_headers(records[start])
    table = Table(headers=headers)
    for number, record in enumerate(records[start + 1 :], start=1):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(headers) and any(cell.strip() for cell in record[len(headers) :]):
            table.notes.append(
                (
                    number,
                    f"has {len(record)} cells but the header {len(headers)}: the extra cells are ignored",
                )
            )
        values = {header: (record[i] if i < len(record) else "") for i, header in enumerate(headers)}
        table.rows.append(Row(number, values))
    return table


def _unique_headers(cells: list[str]) -> list[str]:
    """Header names as written; an empty or repeated one gets a number ("kolonne 3", "navn (2)")."""
    headers: list[str] = []
    for index, cell in enumerate(cells, start=1):
        header = cell.strip().lstrip("\ufeff") or f"kolonne {index}"
        candidate, n = header, 2
        while candidate in headers:
            candidate, n = f"{header} ({n})", n + 1
        headers.append(candidate)
    while headers and headers[-1].startswith("kolonne ") and not cells[len(headers) - 1].strip():
        headers.pop()  # trailing empty header cells, as spreadsheets leave them
    return headers


def cell_text(value: Any) -> str:
    """A spreadsheet or JSON value as text: 3.0 → "3", a date → 2025-05-14, a list → "a; b"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return LIST_SEPARATOR.join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_xlsx(path: Path) -> Table:
    import openpyxl  # only needed for spreadsheets; keeps the CLI's start fast

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises assorted errors on files that are not workbooks
        raise TableError(f"{path}: not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheet = workbook.worksheets[0]
        records = [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table_from_records(records, str(path))


def _read_json(data: bytes, path: Path) -> Table:
    text = decode_text(data)
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TableError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if isinstance(items, dict):
        # Dataverse and other OData exports wrap the rows: {"value": [...]}.
        lists = [value for value in items.values() if isinstance(value, list)]
        if len(lists) == 1:
            items = lists[0]
    if not isinstance(items, list):
        raise TableError(f"{path}: expected an array of objects (one per goal)")
    headers: dict[str, None] = {}
    for item in items:
        if isinstance(item, dict):
            headers.update(dict.fromkeys(str(key) for key in item))
    table = Table(headers=list(headers))
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            table.notes.append((number, f"is not an object but {type(item).__name__}: skipped"))
            continue
        values = {str(key): cell_text(value) for key, value in item.items()}
        if not any(value.strip() for value in values.values()):
            continue
        table.rows.append(Row(number, {header: values.get(header, "") for header in table.headers}))
    return table
