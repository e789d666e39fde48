"""The document catalogue: which plan documents exist, who owns them, where the PDF is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.yamlsource import FieldReader, YamlMap, read_yaml


@dataclass(frozen=True)
class Adoption:
    """One adoption (vedtak) of a document: when, by whom, and the case number."""

    date: str  # ISO date, or "YYYY-MM" / "YYYY" when the source gives no day
    body: str
    case: str | None = None


@dataclass(frozen=True)
class Document:
    """A catalogue entry. ``file`` is an absolute path, or None when no local PDF exists."""

    id: str
    title: str
    owners: tuple[str, ...]
    kind: str
    period: str | None = None
    adoptions: tuple[Adoption, ...] = ()
    description: str = ""
    file: Path | None = None
    url: str | None = None
    source: str = ""
    catalog_path: str = ""  # the YAML file this entry came from
    line: int = 0

    def years(self) -> tuple[int, ...]:
        """Every year the document concerns: its period (e.g. 2020–2032) and adoptions."""
        from tromsvekst_desktop.core.yamlsource import years_in

        found: set[int] = set()
        if self.period:
            found.update(years_in(self.period, span=True))
        for adoption in self.adoptions:
            found.update(years_in(adoption.date, span=False))
        return tuple(sorted(found))


@dataclass
class Catalog:
    """All catalogue entries of a library, by id."""

    documents: dict[str, Document] = field(default_factory=dict)

    def by_file(self) -> dict[Path, Document]:
        return {doc.file.resolve(): doc for doc in self.documents.values() if doc.file is not None}


DOCUMENT_KEYS = (
    "id",
    "title",
    "owner",
    "kind",
    "period",
    "adoption",
    "description",
    "file",
    "url",
    "source",
)
ADOPTION_KEYS = ("date", "body", "case")


def load_catalog(path: Path) -> tuple[list[Document], list[Problem]]:
    """Read one catalogue file: its valid entries, and problems for everything else.

    Ids are checked for uniqueness across the library by ``load_library_data``.
    """
    data, problems = read_yaml(path)
    if data is None:
        return [], problems
    documents, more = catalog_from_yaml(data, path)
    return documents, problems + more


def catalog_from_yaml(
    data: YamlMap, path: Path, *, offline: bool = False
) -> tuple[list[Document], list[Problem]]:
    """The entries of a parsed catalogue. An entry with an error is left out.

    A ``file`` that does not exist is reported, and the entry kept without it; unless the
    catalogue is ``offline`` (read as last indexed, its folder out of reach): then the file
    is kept as named, and opens from the index's copy.
    """
    reader = FieldReader(str(path))
    reader.check_keys(data, ("documents",), "a catalogue")
    if "documents" not in data:
        reader.problem(data.line, "missing required key 'documents'")
    documents: list[Document] = []
    for entry in reader.mappings(data, "documents", what="documents (mappings with id, title, ...)"):
        document = _document(reader, entry, path, offline)
        if document is not None:
            documents.append(document)
    return documents, reader.problems


def _document(reader: FieldReader, entry: YamlMap, path: Path, offline: bool) -> Document | None:
    before = len(reader.problems)
    reader.check_keys(entry, DOCUMENT_KEYS, "a document")
    doc_id = reader.ident(entry, "id", required=True)
    title = reader.text(entry, "title", required=True)
    owners = _owners(reader, entry)
    kind = reader.text(entry, "kind", required=True)
    period = reader.text(entry, "period")
    adoptions = tuple(
        adoption
        for item in reader.mappings(entry, "adoption", what="adoptions (mappings with date and body)")
        if (adoption := _adoption(reader, item)) is not None
    )
    description = reader.text(entry, "description") or ""
    file_text = reader.text(entry, "file")
    url = reader.text(entry, "url")
    source = reader.text(entry, "source") or ""
    if len(reader.problems) > before or doc_id is None or title is None or owners is None or kind is None:
        return None
    file = None
    if file_text is not None:
        candidate = (path.parent / file_text).resolve()
        if offline or candidate.is_file():
            file = candidate
        else:
            missing = "is not a file" if candidate.exists() else "does not exist"
            reader.problem(entry.line_of("file"), f"'file': '{file_text}' {missing} (next to this catalogue)")
    return Document(
        id=doc_id,
        title=title,
        owners=owners,
        kind=kind,
        period=period,
        adoptions=adoptions,
        description=description,
        file=file,
        url=url,
        source=source,
        catalog_path=str(path),
        line=entry.line,
    )


def _owners(reader: FieldReader, entry: YamlMap) -> tuple[str, ...] | None:
    if "owner" not in entry:
        reader.problem(entry.line, "missing required key 'owner'")
        return None
    owners = reader.text_list(entry, "owner", what="names", single=True)
    if owners == ():
        reader.problem(entry.line_of("owner"), "'owner' is empty")
        return None
    return owners


def _adoption(reader: FieldReader, item: YamlMap) -> Adoption | None:
    before = len(reader.problems)
    reader.check_keys(item, ADOPTION_KEYS, "an adoption")
    date = reader.date(item, "date", required=True)
    body = reader.text(item, "body", required=True)
    case = reader.text(item, "case")
    if len(reader.problems) > before or date is None or body is None:
        return None
    return Adoption(date=date, body=body, case=case)
