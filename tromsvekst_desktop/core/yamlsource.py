"""Line-aware YAML reading: plain values that remember their lines, and typed field checks."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from tromsvekst_desktop.core.problems import Problem

# Guards against hostile input: alias bombs ("billion laughs") and deep nesting.
MAX_VALUES = 200_000
MAX_DEPTH = 100
MAX_SPAN_YEARS = 50

ID_PATTERN = re.compile(r"[a-z0-9._-]+")
_DATE_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_YEAR_PATTERN = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SPAN_PATTERN = re.compile(r"(?<!\d)(\d{4})\s*[-–—]\s*(\d{4})(?!\d)")
# The characters the YAML reader counts as line breaks ("\r\n" counts once).
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")


class YamlMap(dict[str, Any]):
    """A YAML mapping as a dict that remembers its own line and the line of each key.

    ``raw`` holds the text of each scalar value as written, so that ``number: 1.10``
    stays "1.10" instead of the float 1.1.
    """

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}
        self.raw: dict[str, str] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class YamlList(list[Any]):
    """A YAML sequence as a list that remembers its own line and the line of each item."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []
        self.raw: list[str | None] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


def line_count(text: str) -> int:
    """The number of lines of a text as the YAML reader counts them (at least 1).

    A final line break ends the last line rather than starting an empty one, as editors show it.
    """
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return len(lines)


class _Converter:
    """Turns a composed YAML node graph into YamlMap/YamlList/scalars, reporting problems."""

    def __init__(self, path: str, last_line: int) -> None:
        self.path = path
        self.last_line = last_line
        self.problems: list[Problem] = []
        self.count = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def line(self, node: yaml.Node) -> int:
        return min(max(node.start_mark.line + 1, 1), self.last_line)

    def convert(self, node: yaml.Node, depth: int, active: set[int]) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise _TooLarge(f"the file expands to more than {MAX_VALUES} values (aliases?)")
        if depth > MAX_DEPTH:
            raise _TooLarge(f"nested more than {MAX_DEPTH} levels deep", self.line(node))
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if id(node) in active:
            # An alias to one of its own ancestors: a structure that contains itself.
            self.problems.append(Problem(self.path, "an alias refers to itself", line=self.line(node)))
            return None
        active.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self.mapping(node, depth, active)
            return self.sequence(node, depth, active)
        finally:
            active.discard(id(node))

    def scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except Exception:
            # Impossible dates such as 2025-13-01 or unknown tags: keep the text as written.
            return node.value

    def sequence(self, node: yaml.Node, depth: int, active: set[int]) -> YamlList:
        result = YamlList(self.line(node))
        for item in node.value:
            result.append(self.convert(item, depth + 1, active))
            result.lines.append(self.line(item))
            result.raw.append(item.value if isinstance(item, yaml.ScalarNode) else None)
        return result

    def mapping(self, node: yaml.MappingNode, depth: int, active: set[int]) -> YamlMap:
        result = YamlMap(self.line(node))
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(Problem(self.path, "a key must be a name", line=self.line(key_node)))
                continue
            key = str(key_node.value)
            if key in result:
                self.problems.append(
                    Problem(
                        self.path,
                        f"duplicate key '{key}' (also on line {result.key_lines[key]})",
                        line=self.line(key_node),
                    )
                )
                continue
            result[key] = self.convert(value_node, depth + 1, active)
            result.key_lines[key] = self.line(key_node)
            if isinstance(value_node, yaml.ScalarNode):
                result.raw[key] = value_node.value
        return result


class _TooLarge(Exception):
    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def parse_yaml(text: str, path: str) -> tuple[YamlMap | None, list[Problem]]:
    """Parse YAML text whose top level must be a mapping; never raises."""
    last_line = line_count(text)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = min(mark.line + 1, last_line) if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        return None, [Problem(path, f"YAML syntax error: {reason}", line=line)]
    except yaml.reader.ReaderError as exc:
        line = min(line_count(text[: exc.position]), last_line)
        return None, [
            Problem(path, f"YAML syntax error: character #x{exc.character:04x} is not allowed", line)
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(path, f"YAML syntax error: {exc}")]
    except RecursionError:
        return None, [Problem(path, "the file is nested too deeply to read")]
    if root is None:
        return None, [Problem(path, "the file is empty")]
    converter = _Converter(path, last_line)
    try:
        data = converter.convert(root, 0, set())
    except _TooLarge as exc:
        return None, [*converter.problems, Problem(path, exc.reason, line=exc.line)]
    if not isinstance(data, YamlMap):
        found = describe(data)
        reason = f"the top level must be a mapping with 'documents:', 'plan:' or 'vocabulary:', not {found}"
        return None, [*converter.problems, Problem(path, reason, line=converter.line(root))]
    return data, converter.problems


def read_yaml(path: Path, copy: Path | None = None) -> tuple[YamlMap | None, list[Problem]]:
    """Read a UTF-8 YAML file whose top level is a mapping; problems instead of exceptions.

    With ``copy`` the text is read from there (a kept copy) and problems still name ``path``.
    """
    where = str(path)
    try:
        data = (copy or path).read_bytes()
    except OSError as exc:
        return None, [Problem(where, f"cannot read the file: {exc.strerror or exc}")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(where, "the file is not UTF-8 text", line=line)]
    return parse_yaml(text, where)


def describe(value: Any) -> str:
    """A value's type in words, for messages: "a list", "a number (3)", "text 'abc'"."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"a true/false value ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{shown}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def years_in(text: str, span: bool) -> list[int]:
    """The 4-digit years in a text, sorted and unique.

    With ``span`` a range such as "2020–2032" or "2020-2032" yields every year in
    between; a range longer than 50 years yields only its two ends, and an open range
    ("2022–") just the year it names.
    """
    years = {int(match) for match in _YEAR_PATTERN.findall(text)}
    if span:
        for start_text, end_text in _SPAN_PATTERN.findall(text):
            start, end = sorted((int(start_text), int(end_text)))
            if end - start <= MAX_SPAN_YEARS:
                years.update(range(start, end + 1))
    return sorted(years)


class FieldReader:
    """Reads typed fields of one file's mappings and collects problems with their lines."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, reason: str) -> None:
        self.problems.append(Problem(self.path, reason, line=line))

    def check_keys(self, mapping: YamlMap, allowed: Collection[str], what: str) -> None:
        for key in mapping:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
            self.problem(mapping.line_of(key), f"unknown key '{key}' in {what} ({hint})")

    def text(self, mapping: YamlMap, key: str, *, required: bool = False) -> str | None:
        """A text field; numbers and dates are taken as written, booleans are refused."""
        if key not in mapping:
            if required:
                self.problem(mapping.line, f"missing required key '{key}'")
            return None
        return self._text(mapping[key], mapping.raw.get(key), key, mapping.line_of(key), required)

    def _text(self, value: Any, raw: str | None, name: str, line: int, required: bool) -> str | None:
        if value is None and not required:
            return None
        if isinstance(value, bool) or isinstance(value, list | dict):
            self.problem(line, f"'{name}' must be text, not {describe(value)}")
            return None
        if isinstance(value, str):
            result = value.strip()
        elif value is None:
            result = ""
        else:
            result = (raw if raw is not None else str(value)).strip()
        if not result:
            if required:
                self.problem(line, f"'{name}' is empty")
                return None
            return None
        return result

    def ident(self, mapping: YamlMap, key: str, *, required: bool = False) -> str | None:
        """An id: lowercase letters, digits, '-', '_' and '.'."""
        value = self.text(mapping, key, required=required)
        if value is None:
            return None
        return self._check_id(value, key, mapping.line_of(key))

    def _check_id(self, value: str, name: str, line: int) -> str | None:
        if not ID_PATTERN.fullmatch(value):
            self.problem(
                line, f"invalid {name} '{value}': use only lowercase letters, digits, '-', '_' and '.'"
            )
            return None
        return value

    def page(self, mapping: YamlMap, key: str = "page") -> int | None:
        """A 1-based page number: an integer ≥ 1 (true/false and text are refused)."""
        value = mapping.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.problem(mapping.line_of(key), f"'{key}' must be a whole number ≥ 1, not {describe(value)}")
            return None
        return value

    def date(self, mapping: YamlMap, key: str, *, required: bool = False) -> str | None:
        """A date as YYYY-MM-DD, YYYY-MM or YYYY (an unquoted YAML date is accepted)."""
        value = mapping.get(key)
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        text = self.text(mapping, key, required=required)
        if text is None:
            return None
        match = _DATE_PATTERN.fullmatch(text)
        if match is not None and _valid_date(match):
            return text
        self.problem(
            mapping.line_of(key),
            f"'{key}' must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not {describe(text)}",
        )
        return None

    def text_list(
        self, mapping: YamlMap, key: str, *, what: str, single: bool = False, ids: bool = False
    ) -> tuple[str, ...] | None:
        """A list of texts (or ids); ``single`` also accepts one text alone. None on error."""
        value = mapping.get(key)
        line = mapping.line_of(key)
        if value is None:
            return ()
        if single and not isinstance(value, list | dict):
            one = self.text(mapping, key, required=True)
            return None if one is None else (one,)
        if not isinstance(value, YamlList):
            self.problem(line, f"'{key}' must be a list of {what}, not {describe(value)}")
            return None
        result: list[str] = []
        ok = True
        for index, item in enumerate(value):
            item_line = value.line_of(index)
            if isinstance(item, bool) or isinstance(item, list | dict) or item is None:
                self.problem(item_line, f"'{key}' must be a list of {what}, but holds {describe(item)}")
                ok = False
                continue
            text = self._text(item, value.raw[index], key, item_line, required=True)
            if text is not None and ids:
                text = self._check_id(text, f"id in '{key}'", item_line)
            if text is None:
                ok = False
            else:
                result.append(text)
        return tuple(result) if ok else None

    def mappings(self, mapping: YamlMap, key: str, *, what: str) -> list[YamlMap]:
        """The mappings of a list field; anything else in the list is reported and skipped."""
        value = mapping.get(key)
        if value is None:
            return []
        if not isinstance(value, YamlList):
            self.problem(mapping.line_of(key), f"'{key}' must be a list of {what}, not {describe(value)}")
            return []
        result: list[YamlMap] = []
        for index, item in enumerate(value):
            if isinstance(item, YamlMap):
                result.append(item)
            else:
                self.problem(
                    value.line_of(index), f"'{key}' must be a list of {what}, but holds {describe(item)}"
                )
        return result


def _valid_date(match: re.Match[str]) -> bool:
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True
